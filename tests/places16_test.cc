// Places that are no bare city, venues that stand for their city, trips
// told in two pieces and trips to a gathering (issue 5, branch places16).
#include <catch2/catch.hpp>

#include "annals/entry.h"
#include "event_rules.h"
#include "event_test_util.h"
#include "merge.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::OfType;
using annals::testing::Times;

namespace {
// Published on Friday 12 May 2023.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2023_y / 5 / 12) {}
};
}  // namespace

TEST_CASE("a meeting at a place named by its kind was held there", "[events][places16]") {
  Fixture f;
  auto island = f.Extract(
      "Peruvian President Dina Boluarte met Chilean President Gabriel Boric on Wednesday on the "
      "island of Chiloe.",
      {{"Wednesday", "2023-05-10"}}, "LIMA");
  REQUIRE(island.size() == 1);
  CHECK(island[0].place == "island of Chiloe");

  // Filed from Lima the next day: the lake, not the dateline.
  auto lake = f.Extract(
      "The Peruvian and Chilean foreign ministers held talks on Thursday on the shore of Lake "
      "Titicaca.",
      {{"Thursday", "2023-05-11"}}, "LIMA");
  REQUIRE(lake.size() == 1);
  CHECK(lake[0].place == "shore of Lake Titicaca");

  // The country after the region is part of the place and gives its side.
  auto region =
      f.Extract("Peru and Chile signed a water agreement on Monday in the Tacna region of Peru.",
                {{"Monday", "2023-05-08"}});
  REQUIRE(region.size() == 1);
  CHECK(region[0].place == "Tacna region of Peru");
  CHECK(region[0].place_country == "PER");

  auto bridge = f.Extract("Boluarte and Boric met on Tuesday at the Concordia bridge near Arica.",
                          {{"Tuesday", "2023-05-09"}});
  REQUIRE(bridge.size() == 1);
  CHECK(bridge[0].place == "Concordia bridge near Arica");
}

TEST_CASE("a place a meeting was about is not where it was held", "[events][places16]") {
  Fixture f;
  // "on" opens a place only before a kind of place and "of".
  auto peninsula = f.Extract(
      "Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric on "
      "Thursday on the Korean Peninsula.",
      {{"Thursday", "2023-05-11"}}, "LIMA");
  REQUIRE(peninsula.size() == 1);
  CHECK(peninsula[0].place == "Lima");

  auto topic = f.Extract(
      "Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric on "
      "Thursday about security in the Tarapaca region.",
      {{"Thursday", "2023-05-11"}}, "LIMA");
  REQUIRE(topic.size() == 1);
  CHECK(topic[0].place == "Lima");
}

TEST_CASE("a seat of government stands for its city", "[events][places16]") {
  Fixture f;
  struct Case {
    std::string venue, city;
  };
  for (const Case& c : {Case{"the Blue House", "Seoul"}, Case{"the Elysee", "Paris"},
                        Case{"Dolmabahce Palace", "Istanbul"},
                        Case{"the Oval Office", "Washington"}, Case{"La Moneda", "Santiago"}}) {
    std::string body = "Peruvian President Dina Boluarte met Chilean President Gabriel Boric at " +
                       c.venue + " on Wednesday.";
    INFO(body);
    auto m = f.Extract(body, {{"Wednesday", "2023-05-10"}});
    REQUIRE_FALSE(m.empty());
    CHECK(m[0].place == c.city);
  }
}

TEST_CASE("an arrival's day dates the trip named after it", "[events][places16]") {
  Fixture f;
  auto m = f.Extract(
      "Peruvian Prime Minister Alberto Otarola arrived on Monday on his first foreign trip as "
      "prime "
      "minister, to Santiago.",
      {{"Monday", "2023-05-08"}});
  const annals::Mention* trip = OfType(m, "visit");
  REQUIRE(trip);
  CHECK(trip->date == "2023-05-08");
  CHECK(trip->place == "Santiago");
  CHECK(trip->actors == std::set<std::string>{"CHL", "PER"});

  // A day before an arrival with no trip after it ("arrived on Monday,
  // after ...") is the arrival's, not the day of a trip told later.
  auto after = f.Extract(
      "Peruvian Prime Minister Alberto Otarola arrived on Monday after his first foreign trip as "
      "prime minister, to Santiago.",
      {{"Monday", "2023-05-08"}});
  for (const annals::Mention& x : after) CHECK(x.date != "2023-05-08");
}

TEST_CASE("a trip to an organisation's gathering is no bilateral visit", "[events][places16]") {
  Fixture f;
  std::string body =
      "Chilean President Gabriel Boric began a state visit to the United States on Monday in "
      "Washington. He travels to New York on Saturday for United Nations meetings.";
  auto m = f.Extract(body, {{"Monday", "2023-05-08"}, {"Saturday", "2023-05-13"}}, "WASHINGTON");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "state-visit");
  CHECK(m[0].date == "2023-05-08");

  // A trip for talks with the other side is a visit.
  std::string talks =
      "Chilean President Gabriel Boric travels to New York on Saturday for talks with U.S. "
      "President Joe Biden.";
  auto t = f.Extract(talks, {{"Saturday", "2023-05-13"}}, "WASHINGTON");
  CHECK(OfType(t, "visit") != nullptr);
}
