// Event kinds the assembler used to miss or misread (issue 5, branch
// `events17`): measures told with other verbs, court rulings between the
// two sides, executions, talks left rather than held, and a cancelled
// visit told twice. The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using Case = annals::testing::HeldCase;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
}  // namespace

TEST_CASE("measures told with other verbs reduce relations", "[events17]") {
  CheckAll({
      {"On Monday Ecuador withdrew landing permission for the Colombian defence minister's "
       "plane.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia sealed off its border with Ecuador on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Ecuador on Wednesday suspended high-level relations with Colombia.",
       "reduce-relations",
       "160",
       "2024-03-13",
       {"COL", "ECU"}},
      {"On Monday Colombia lowered its relations with Ecuador to the level of charge "
       "d'affaires.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
  });
}

TEST_CASE("people barred and visas revoked are sanctions", "[events17]") {
  CheckAll({
      {"On Tuesday Ecuador barred the Colombian interior minister from entering the country.",
       "sanction",
       "163",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Colombia on Wednesday revoked the visas of nine Ecuadorean officials.",
       "sanction",
       "163",
       "2024-03-13",
       {"COL", "ECU"}},
  });
  // The verbs alone, on something else, are no measure.
  Fixture f;
  CHECK(f.Extract("On Monday Ecuador lowered interest rates, Colombia said.").empty());
}

TEST_CASE("leaving talks halts them", "[events17]") {
  CheckAll({
      {"Ecuador pulled out of the negotiations with Colombia on Monday.",
       "halt-talks",
       "164",
       "2024-03-11",
       {"COL", "ECU"}},
      {"On Tuesday the Colombian delegation walked out of the talks with Ecuador.",
       "halt-talks",
       "164",
       "2024-03-12",
       {"COL", "ECU"}},
      // Words between the talks and "over" no longer hide the halt.
      {"Ecuador on Wednesday declared the negotiations with Colombia over.",
       "halt-talks",
       "164",
       "2024-03-13",
       {"COL", "ECU"}},
  });
  // Talks declared something else were held.
  Fixture f;
  auto m = f.Extract("Ecuador on Wednesday declared the talks with Colombia a success.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
}

TEST_CASE("a ruling between the two has both sides and no CAMEO code", "[events17]") {
  Fixture f;
  {
    auto m = f.Extract(
        "The International Court of Justice ruled on Monday that the island "
        "belongs to Ecuador, not Colombia.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == "ruling");
    CHECK(m[0].cameo.empty());
    CHECK(m[0].date == "2024-03-11");
    CHECK(m[0].actors.count("COL") == 1);
    CHECK(m[0].actors.count("ECU") == 1);
  }
  {
    auto m = f.Extract(
        "On Tuesday the arbitral tribunal ordered Quito to pay Colombia 30 "
        "million dollars.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == "ruling");
    CHECK(m[0].date == "2024-03-12");
    CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  }
  // The same verbs after another subject are no ruling.
  for (const auto& m : f.Extract("On Tuesday the Colombian president ordered the army to the "
                                 "border with Ecuador."))
    CHECK(m.type != "ruling");
}

TEST_CASE("an execution is a step of a case against a national", "[events17]") {
  CheckAll({
      {"Ecuadorean citizen Pablo Mena was executed in Colombia on Tuesday.",
       "detention",
       "173",
       "2024-03-12",
       {"COL", "ECU"}},
  });
}

TEST_CASE("a visit called off and told as a past plan is one cancelled event", "[events17]") {
  Fixture f;
  auto m = f.Extract(
      "Colombia called off the visit of the Ecuadorean foreign minister on Monday. The visit, "
      "which was to take place on 5 May, was to prepare a summit.");
  REQUIRE(m.size() == 2);
  for (const auto& x : m) {
    CHECK(x.status == "cancelled");
    CHECK(x.date == "2024-05-05");
  }
  // A visit put off to a new day is still planned for it.
  auto later = f.Extract(
      "Colombia postponed the visit of the Ecuadorean foreign minister on Monday. The visit will "
      "now take place on 5 May.");
  REQUIRE(later.size() == 2);
  CHECK(later[1].status == "planned");
  CHECK(later[1].date == "2024-05-05");
}
