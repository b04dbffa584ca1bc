// Event kinds the assembler used to miss (issue 5, branch `events16`):
// ratification steps, rulings accepted, talks and treaties ended, links cut
// and reopened, joint offices opened, numbered rounds of talks told by what
// they did, and cooperation stopped in several fields at once. The real
// resolver dates the sentences, published on Thursday 14 March 2024. Every
// sentence is written for the test.
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

TEST_CASE("ratification steps and rulings accepted are agreement steps", "[events16]") {
  CheckAll({
      {"On Tuesday the Ecuadorean government sent the accession protocol with Colombia to the "
       "National Assembly.",
       "agreement",
       "057",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Colombia's cabinet said on Monday that it would accept the border ruling in the dispute "
       "with Ecuador.",
       "agreement",
       "057",
       "2024-03-11",
       {"COL", "ECU"}},
  });
}

TEST_CASE("talks declared over and treaties ended are no agreements", "[events16]") {
  CheckAll({
      {"Ecuador declared the negotiations over on Wednesday, blaming Colombia.",
       "halt-talks",
       "164",
       "2024-03-13",
       {"COL", "ECU"}},
      {"Ecuador and Colombia on Wednesday declared the talks over.",
       "halt-talks",
       "164",
       "2024-03-13",
       {"COL", "ECU"}},
      // The year before the pact names the pact; the day dates its end.
      {"On Monday Colombia ended its 2019 fisheries pact with Ecuador.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
  });
}

TEST_CASE("links cut, crossings shut and reopened, offices opened", "[events16]") {
  CheckAll({
      {"Ecuador cut the last communication line with Colombia on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"COL", "ECU"}},
      {"On Wednesday Colombia shut the land crossings with Ecuador.",
       "reduce-relations",
       "160",
       "2024-03-13",
       {"COL", "ECU"}},
      {"The crossings between Ecuador and Colombia reopened on Monday.",
       "restoration",
       "054",
       "2024-03-11",
       {"COL", "ECU"}},
      {"A joint liaison office of Colombia and Ecuador opened in Ipiales on Tuesday.",
       "embassy-opening",
       "054",
       "2024-03-12",
       {"COL", "ECU"}},
  });
}

TEST_CASE("a numbered round told by what it did is talks", "[events16]") {
  CheckAll({
      {"A third round in Quito on Wednesday agreed to set up a border commission for Colombia "
       "and Ecuador.",
       "talks",
       "046",
       "2024-03-13",
       {"COL", "ECU"}},
  });
}

TEST_CASE("cooperation stopped in two fields joined by and", "[events16]") {
  CheckAll({
      {"Colombia on Monday suspended security and intelligence cooperation with Ecuador.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  // An "and" that starts another clause still ends the verb's reach: the
  // cooperation praised was not suspended.
  Fixture f;
  for (const auto& m : f.Extract("On Monday Ecuador halted the shipment and Colombia praised "
                                 "cooperation on migration."))
    CHECK(m.type != "reduce-relations");
}

TEST_CASE("a step that follows an earlier event takes its two sides", "[events16]") {
  Fixture f;
  {
    auto m = f.Extract(
        "Peru closed the land crossings with Chile in January. The crossings reopened on "
        "Monday.");
    REQUIRE(m.size() == 2);
    CHECK(m[1].type == "restoration");
    CHECK(m[1].date == "2024-03-11");
    CHECK(m[1].actors == std::set<std::string>{"CHL", "PER"});
  }
  {
    auto m = f.Extract(
        "Chile and Peru signed a fisheries pact in 2019. On Monday Peru pulled out of the pact.");
    REQUIRE(m.size() == 2);
    CHECK(m[1].type == "reduce-relations");
    CHECK(m[1].date == "2024-03-11");
    CHECK(m[1].actors == std::set<std::string>{"CHL", "PER"});
  }
  {
    // A ratification step of one side is a step of the protocol the two
    // signed.
    auto m = f.Extract(
        "Chile and Peru signed a border protocol in January. On Monday the Peruvian congress "
        "approved the protocol.");
    REQUIRE(m.size() == 2);
    CHECK(m[1].type == "agreement");
    CHECK(m[1].date == "2024-03-11");
    CHECK(m[1].actors == std::set<std::string>{"CHL", "PER"});
  }
  // A side the earlier event did not involve keeps the step its own.
  auto m = f.Extract(
      "Peru closed the land crossings with Chile in January. Bolivia's crossings reopened on "
      "Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "reduce-relations");
}

TEST_CASE("one side's news conference is no conference between the two", "[events16]") {
  Fixture f;
  for (const char* sentence :
       {"Ecuador's foreign minister will give a news conference on Thursday about the border "
        "with Colombia.",
        "Colombia's president is to hold a press conference in Bogota on Friday after his call "
        "with Ecuador's president."}) {
    for (const auto& m : f.Extract(sentence)) CHECK(m.type != "conference");
  }
  // A conference of the two is still one.
  bool found = false;
  for (const auto& m : f.Extract("Colombia and Ecuador will hold a border conference in Quito "
                                 "on Friday."))
    found = found || m.type == "conference";
  CHECK(found);
}
