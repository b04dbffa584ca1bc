// The lead event of an article (issue 5, eighth pass): a meeting told over
// two sentences, the first with the day, the second with the place. Every
// sentence is written for the test.
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
// Published on Wednesday 10 March 2021.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2021_y / 3 / 10) {}
};

using Codes = std::set<std::string>;

std::vector<annals::Mention> Bilateral(std::vector<annals::Mention> found) {
  std::erase_if(found, [](const annals::Mention& m) { return m.actors.size() < 2; });
  return found;
}
}  // namespace

TEST_CASE("a decision taken in a meeting dates the meeting", "[lead]") {
  Fixture f;
  auto m = Bilateral(
      f.Extract("Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Monday to "
                "reopen the border in their first formal meeting in a year.",
                {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "meeting");
  CHECK(m[0].date == "2021-03-08");
  CHECK(m[0].actors == Codes{"CHL", "PER"});
  CHECK(m[0].status == "held");

  // "after a meeting" is another event than the decision: it keeps no date.
  m = Bilateral(
      f.Extract("Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Monday to "
                "reopen the border, after a meeting of their ministers.",
                {{"Monday", "2021-03-08"}}));
  CHECK(std::none_of(m.begin(), m.end(),
                     [](const annals::Mention& x) { return x.family == "meeting"; }));
}

TEST_CASE("the sentence after the lead gives the meeting its place", "[lead]") {
  Fixture f;
  const std::string lead =
      "Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Monday to reopen "
      "the border in their first formal meeting in a year. ";
  auto m = Bilateral(f.Extract(lead + "The two leaders met for about an hour in Lima.",
                               {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-03-08");
  CHECK(m[0].place == "Lima");

  // A plan: "will hold talks on Friday ... They will meet in Lima".
  m = Bilateral(f.Extract(
      "Chile and Peru will hold talks on Friday on the border. The two sides will meet at the "
      "foreign ministry in Lima.",
      {{"Friday", "2021-03-12"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "planned");
  CHECK(m[0].date == "2021-03-12");
  CHECK(m[0].place == "Lima");

  // "had last met in Lima" speaks of another time: no place for Monday's meeting.
  m = Bilateral(
      f.Extract(lead + "The two leaders had last met in Lima.", {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());

  // A meeting of other countries in the next sentence is not the lead.
  m = Bilateral(
      f.Extract(lead + "Bolivian and Ecuadorian envoys met in Lima.", {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());

  // Never dated by the publication day alone: the undated meeting gives no entry.
  m = Bilateral(f.Extract("The two leaders met for about an hour in Lima.", {}));
  CHECK(m.empty());
}

TEST_CASE("who summons the other side's envoy is the remaining side of the pair", "[lead]") {
  Fixture f;
  const std::string lead =
      "Relations between Norway and Russia have cooled since Russia expelled three Norwegian "
      "diplomats in January. ";
  auto m = Bilateral(
      f.Extract(lead + "Deputy Foreign Minister Ola Berg summoned Russia's ambassador on Monday.",
                {{"January", "2021-01"}, {"Monday", "2021-03-08"}}));
  REQUIRE(m.size() >= 1);
  auto summon =
      std::find_if(m.begin(), m.end(), [](const annals::Mention& x) { return x.type == "summon"; });
  REQUIRE(summon != m.end());
  CHECK(summon->date == "2021-03-08");
  CHECK(summon->actors == Codes{"NOR", "RUS"});

  // The envoy of a third country: no side of the pair is added for it.
  m = Bilateral(
      f.Extract(lead + "Deputy Foreign Minister Ola Berg summoned Brazil's ambassador on Monday.",
                {{"January", "2021-01"}, {"Monday", "2021-03-08"}}));
  CHECK(std::none_of(m.begin(), m.end(),
                     [](const annals::Mention& x) { return x.type == "summon"; }));

  // Domestic news names no envoy of a country: nothing between two sides.
  m = Bilateral(f.Extract("The interior minister summoned the police chief on Monday.",
                          {{"Monday", "2021-03-08"}}));
  CHECK(m.empty());
}

TEST_CASE("a plan called off with a month and no year is the one nearest the story", "[lead]") {
  // Published on 14 December 2022; the resolver read "in August" of a plan
  // as the coming August.
  annals::testing::EventFixture f(2022_y / 12 / 14);
  auto m =
      Bilateral(f.Extract("Talks between Chile and Peru planned for Lima in August were "
                          "called off.",
                          {{"August", "2023-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "cancelled");
  CHECK(m[0].date == "2022-08");

  // "due on 15 January ... postponed": next month is nearer than last January.
  m = Bilateral(f.Extract("Chile and Peru postponed the talks due on 15 January.",
                          {{"15 January", "2023-01-15"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "cancelled");
  CHECK(m[0].date == "2023-01-15");

  // A year in the phrase is kept as written.
  m = Bilateral(f.Extract("Talks between Chile and Peru planned for August 2023 were called off.",
                          {{"August 2023", "2023-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2023-08");

  // A plan that stands keeps the coming August.
  m = Bilateral(
      f.Extract("Chile and Peru will hold talks in Lima in August.", {{"August", "2023-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "planned");
  CHECK(m[0].date == "2023-08");
}

TEST_CASE("an agreement or a gathering of more parties than the pair is no bilateral event",
          "[lead]") {
  Fixture f;
  const char* multilateral[] = {
      "Peru and Chile signed the 11-nation Pacific trade pact in March.",
      "Chile and Peru joined the regional agreement on fisheries in March.",
      "Chile, Peru and Bolivia held a trilateral summit in March.",
      "Chile and Peru signed a three-country accord on water in March.",
  };
  for (const char* sentence : multilateral) {
    INFO(sentence);
    CHECK(Bilateral(f.Extract(sentence, {{"March", "2021-03"}})).empty());
  }
  // Two parties are the pair itself.
  auto m = Bilateral(f.Extract("Chile and Peru signed a two-nation accord on water in March.",
                               {{"March", "2021-03"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
  CHECK(m[0].actors == Codes{"CHL", "PER"});
  // "the anniversary of the 1978 treaty" is the treaty of 1978.
  m = Bilateral(
      f.Extract("Chile and Peru marked on Monday the 45th anniversary of the 1978 treaty.",
                {{"Monday", "2021-03-08"}, {"1978", "1978"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "1978");
}

TEST_CASE("a leader at another's swearing-in or funeral has made a visit", "[lead]") {
  Fixture f;
  auto m = Bilateral(f.Extract(
      "Ghanaian President Kofi Mensah attended the Kenyan president's swearing-in in Nairobi on "
      "Monday.",
      {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "visit");
  CHECK(m[0].date == "2021-03-08");
  CHECK(m[0].actors == Codes{"GHA", "KEN"});
  CHECK(m[0].place == "Nairobi");

  // At home it is no visit between two countries.
  m =
      Bilateral(f.Extract("Kenyan President Amos Kibet attended the funeral of a former minister "
                          "in Nairobi on Monday.",
                          {{"Monday", "2021-03-08"}}));
  CHECK(m.empty());
}

TEST_CASE("talks held with him are the meeting with the person just named", "[lead]") {
  Fixture f;
  auto m = Bilateral(
      f.Extract("Chilean Foreign Minister Ana Rojas met Peruvian President Luis Vega and held "
                "talks with him in Lima on Monday.",
                {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 2);
  for (const annals::Mention& x : m) {
    INFO(x.type);
    CHECK(x.people == std::vector<std::string>{"Ana Rojas", "Luis Vega"});
    CHECK(x.actors == Codes{"CHL", "PER"});
  }
}

TEST_CASE("a journey to a country is a visit", "[lead]") {
  Fixture f;
  auto m =
      Bilateral(f.Extract("Indian Prime Minister Ravi Kumar made a bus journey to Islamabad in "
                          "February.",
                          {{"February", "2021-02"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "visit");
  CHECK(m[0].actors == Codes{"IND", "PAK"});
  // A figurative journey goes nowhere.
  CHECK(Bilateral(f.Extract("Chile's journey towards democracy began in 1990.", {{"1990", "1990"}}))
            .empty());
}
