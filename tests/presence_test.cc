// Visits told by presence ("X at the White House on Wednesday") and
// meetings of officials named by role on both sides (issue 5). Every
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

std::vector<annals::Mention> Visits(std::vector<annals::Mention> found) {
  std::erase_if(
      found, [](const annals::Mention& m) { return m.family != "visit" || m.actors.size() < 2; });
  return found;
}
}  // namespace

TEST_CASE("a leader placed in the other side's capital has visited it", "[presence]") {
  Fixture f;
  auto m = Visits(f.Extract(
      "Japanese Prime Minister Kenji Mori was in Canberra on Monday for talks on fisheries.",
      {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-03-08");
  CHECK(m[0].actors == Codes{"JPN", "AUS"});
  CHECK(m[0].principal == "Kenji Mori");
  CHECK(m[0].place == "Canberra");

  // A seat of government stands for its city.
  m =
      Visits(f.Extract("Chilean President Ana Rojas at the White House on Tuesday, where she "
                       "discussed copper exports.",
                       {{"Tuesday", "2021-03-09"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-03-09");
  CHECK(m[0].actors == Codes{"CHL", "USA"});
  CHECK(m[0].place == "Washington");

  // "who was in", "while in": the same presence in a clause of its own.
  m =
      Visits(f.Extract("Ethiopian Prime Minister Abel Tesfaye, who was in Nairobi on Thursday, "
                       "praised the new railway.",
                       {{"Thursday", "2021-03-04"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-03-04");
  CHECK(m[0].actors == Codes{"ETH", "KEN"});
  CHECK(m[0].place == "Nairobi");
}

TEST_CASE("a leader at home, in talks or in office has made no visit", "[presence]") {
  Fixture f;
  // At home: the place is the person's own country.
  CHECK(Visits(f.Extract("Japanese Prime Minister Kenji Mori was in Tokyo on Monday for a "
                         "cabinet meeting.",
                         {{"Monday", "2021-03-08"}}))
            .empty());
  // "in talks", "in a statement": no place follows.
  CHECK(Visits(f.Extract("Japanese Prime Minister Kenji Mori, in a statement on Monday, praised "
                         "Australia.",
                         {{"Monday", "2021-03-08"}}))
            .empty());
  // A city of one's own country other than the capital is home too.
  CHECK(Visits(f.Extract("U.S. Trade Representative Dana Cole, while in New York on Monday, "
                         "opened a port.",
                         {{"Monday", "2021-03-08"}}))
            .empty());
  // After an event word the place is that event's: "met X, in Canberra".
  CHECK(Visits(f.Extract("Australian Foreign Minister Joan Lyle met Japan's foreign minister, "
                         "Kenji Mori, in Canberra on Monday.",
                         {{"Monday", "2021-03-08"}}))
            .empty());
  // No date in the sentence: nothing to date the visit by.
  CHECK(Visits(f.Extract("Japanese Prime Minister Kenji Mori in Canberra: fisheries top the "
                         "agenda.",
                         {}))
            .empty());
}

TEST_CASE("officials named by role on both sides meet for the pair", "[presence]") {
  Fixture f;
  const std::string pair = "Kenya and Ethiopia share a long border. ";
  auto met = [](const std::vector<annals::Mention>& found) {
    std::vector<annals::Mention> out;
    for (const annals::Mention& m : found) {
      if (m.family != "visit" && m.actors.size() >= 2) out.push_back(m);
    }
    return out;
  };
  auto m = met(f.Extract(pair + "Their national security advisers held talks on Monday.",
                         {{"Monday", "2021-03-08"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-03-08");
  CHECK(m[0].actors == Codes{"KEN", "ETH"});

  m = met(f.Extract(pair + "The two prime ministers met in Nairobi on Tuesday.",
                    {{"Tuesday", "2021-03-09"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"KEN", "ETH"});

  // One side's officials alone are domestic news.
  CHECK(met(f.Extract(pair + "Kenyan army chiefs met in Nairobi on Tuesday.",
                      {{"Tuesday", "2021-03-09"}}))
            .empty());
}
