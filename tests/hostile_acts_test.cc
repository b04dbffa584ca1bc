// Words of armed force, trade measures, ceasefires and named partnerships
// (data/en/events.tsv, issue 5, tenth pass). Every sentence is written for
// the test, about other countries and people than any article annals was
// tuned on.
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {

using Codes = std::set<std::string>;

// Published on Saturday 13 July 2024.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2024_y / 7 / 13) {}
};

// The mentions between `a` and `b`.
std::vector<annals::Mention> Between(std::vector<annals::Mention> found, const std::string& a,
                                     const std::string& b) {
  std::erase_if(found,
                [&](const annals::Mention& m) { return !m.actors.count(a) || !m.actors.count(b); });
  return found;
}

}  // namespace

TEST_CASE("force told by its weapon or its target is an incident between the two",
          "[hostile_acts]") {
  Fixture f;
  struct Case {
    std::string sentence, phrase, day;
  };
  const Case cases[] = {
      {"Eritrean artillery shelled Ethiopian border villages on Monday.", "Monday", "2024-07-08"},
      {"Ethiopia carried out air strikes on Eritrean army depots on Tuesday.", "Tuesday",
       "2024-07-09"},
      {"Eritrean units fired rockets at an Ethiopian garrison town on Wednesday.", "Wednesday",
       "2024-07-10"},
      {"Cross-border firing between Ethiopian and Eritrean troops resumed on Thursday.", "Thursday",
       "2024-07-11"},
      {"Eritrean and Ethiopian soldiers traded fire near the river on Friday.", "Friday",
       "2024-07-12"},
      {"Eritrea-based rebels attacked an Ethiopian army base on July 2.", "July 2", "2024-07-02"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    auto m = Between(f.Extract(c.sentence, {{c.phrase, c.day}}), "ERI", "ETH");
    REQUIRE(m.size() == 1);
    CHECK(m[0].family == "incident");
    CHECK(m[0].cameo == "190");
    CHECK(m[0].date == c.day);
    CHECK(m[0].status == "held");
  }
}

TEST_CASE("duties raised, exports restricted and trade suspended are trade measures",
          "[hostile_acts]") {
  Fixture f;
  const std::string sentences[] = {
      "Canada raised duties on Peruvian asparagus on Monday.",
      "Peru restricted exports of fishmeal to Canada on Monday.",
      "Peru suspended all trade with Canada on Monday.",
      "Canada imposed a ban on Peruvian blueberries on Monday.",
  };
  for (const std::string& s : sentences) {
    INFO(s);
    auto m = Between(f.Extract(s, {{"Monday", "2024-07-08"}}), "CAN", "PER");
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == "trade-restriction");
    CHECK(m[0].date == "2024-07-08");
  }
}

TEST_CASE("a ceasefire agreed or reaffirmed and a partnership signed are agreements",
          "[hostile_acts]") {
  Fixture f;
  auto m = Between(f.Extract("Armenia and Azerbaijan reaffirmed the ceasefire on Tuesday.",
                             {{"Tuesday", "2024-07-09"}}),
                   "ARM", "AZE");
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "agreement");
  CHECK(m[0].date == "2024-07-09");

  m = Between(f.Extract("Kenyan President Samuel Otieno and Tanzanian President Halima Said signed "
                        "the Comprehensive Strategic Partnership in Nairobi on Wednesday.",
                        {{"Wednesday", "2024-07-10"}}),
              "KEN", "TZA");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
  CHECK(m[0].place == "Nairobi");
}

TEST_CASE("domestic force, third parties and multilateral deals are not the pair's",
          "[hostile_acts]") {
  Fixture f;
  // Domestic: a country's own forces against its own rebels or crowds.
  for (const annals::Mention& m :
       f.Extract("Ethiopia carried out air strikes on rebel camps in Amhara on Tuesday.",
                 {{"Tuesday", "2024-07-09"}})) {
    CHECK(m.actors == Codes{"ETH"});
  }
  CHECK(Between(f.Extract("Ethiopian police fired tear gas at protesters in Addis Ababa on "
                          "Tuesday.",
                          {{"Tuesday", "2024-07-09"}}),
                "ERI", "ETH")
            .empty());
  // A ceasefire of two other countries is theirs, not Ethiopia's.
  auto m = f.Extract("Sudan and South Sudan agreed a ceasefire on Wednesday.",
                     {{"Wednesday", "2024-07-10"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"SDN", "SSD"});
  // A regional partnership both belong to is no deal between the two.
  CHECK(Between(f.Extract("Kenya and Tanzania joined the regional economic partnership on Monday.",
                          {{"Monday", "2024-07-08"}}),
                "KEN", "TZA")
            .empty());
  // A partnership told only as background, since a year, dates nothing.
  CHECK(Between(f.Extract("The strategic partnership between Kenya and Tanzania has deepened "
                          "since 2019.",
                          {{"2019", "2019"}}),
                "KEN", "TZA")
            .empty());
}
