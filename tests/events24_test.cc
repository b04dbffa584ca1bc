// Measures still missed by events23: assets frozen, air links cut,
// suspects handed over, sanctions lifted in the passive, a summons in the
// passive and a demand with a time before its clause (issue 5, branch
// `events24`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("assets frozen and air links cut between states", "[events24]") {
  CheckAll({
      {"Ecuador froze Colombian assets on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia froze the bank accounts of Ecuadorean state firms on Tuesday.",
       "sanction",
       "163",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Ecuador cut air links with Colombia on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // A court at home freezing a citizen's assets is no step between states.
  CHECK(f.Extract("A Quito court froze the assets of an Ecuadorean banker on Monday.").empty());
}

TEST_CASE("suspects handed over to the other side", "[events24]") {
  CheckAll({
      {"Colombia handed over the two suspects to Ecuador on Monday.",
       "extradition",
       "063",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador surrendered a Colombian fugitive to Bogota on Tuesday.",
       "extradition",
       "063",
       "2024-03-12",
       {"COL", "ECU"}},
  });
}

TEST_CASE("sanctions lifted, told in the passive or the active", "[events24]") {
  CheckAll({
      {"Sanctions on Colombia were lifted by Ecuador on Monday.",
       "lifting",
       "085",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador lifted sanctions on Colombia on Tuesday.",
       "lifting",
       "085",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  // A ban at home lifted is no easing between states.
  CHECK(f.Extract("Ecuador lifted the ban on street markets in Quito on Monday.").empty());
}

TEST_CASE("an envoy called in with no agent named", "[events24]") {
  CheckAll({
      {"The Colombian ambassador was called in on Monday, the Ecuadorean foreign ministry said.",
       "summon",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // An envoy calling in sick summons no one.
  CHECK(f.Extract("The Colombian ambassador in Quito called in sick on Monday.").empty());
}

TEST_CASE("a demand with its time before the clause", "[events24]") {
  CheckAll({
      {"Quito demanded on Monday that Bogota withdraw the troops.",
       "demand",
       "100",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador demanded on Tuesday that Colombia apologise.",
       "demand",
       "100",
       "2024-03-12",
       {"COL", "ECU"}},
  });
}
