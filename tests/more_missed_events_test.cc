// Wordings the assembler used to miss (issue 5, branch `events15`): court
// steps against one side's nationals, trade measures named by their tax or
// told as purchases stopped, rebukes, cooperation frozen and treaties ended.
// The real resolver dates the sentences, published on Thursday 14 March
// 2024. Every sentence is written for the test.
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

TEST_CASE("court steps against a national of the other side are detentions", "[missed15]") {
  CheckAll({
      // The sentence itself is a verdict (courts23).
      {"A Chilean court on Monday sentenced a Peruvian engineer to nine years in prison.",
       "verdict",
       "",
       "2024-03-11",
       {"CHL", "PER"}},
      {"On Tuesday Chile jailed two Peruvian fishermen for six months.",
       "detention",
       "173",
       "2024-03-12",
       {"CHL", "PER"}},
      {"A Chilean businessman was charged with espionage by Peru on Wednesday.",
       "detention",
       "173",
       "2024-03-13",
       {"CHL", "PER"}},
  });
}

TEST_CASE("trade measures named by their tax or told as purchases stopped", "[missed15]") {
  CheckAll({
      {"Peru on Wednesday imposed a 100 percent surtax on Chilean wine.",
       "trade-restriction",
       "163",
       "2024-03-13",
       {"CHL", "PER"}},
      {"On Monday Chile stopped buying copper from two Peruvian exporters.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
  });
}

TEST_CASE("rebukes, frozen cooperation and ended treaties", "[missed15]") {
  CheckAll({
      {"Chile's foreign minister on Tuesday scolded the Peruvian ambassador over the remarks.",
       "condemnation",
       "111",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru suspended cooperation on migration and intelligence with Chile on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
      {"On Wednesday Peru froze ministerial contacts with Chile.",
       "reduce-relations",
       "160",
       "2024-03-13",
       {"CHL", "PER"}},
  });
  // Assets frozen are no contacts: no cut in relations.
  Fixture f;
  for (const auto& m : f.Extract("On Monday Chile froze the assets of a Peruvian company."))
    CHECK(m.type != "reduce-relations");
}

TEST_CASE("a treaty terminated is a withdrawal, not an agreement", "[missed15]") {
  Fixture f;
  auto m = f.Extract("On Wednesday Chile terminated the 2016 fisheries pact with Peru.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type != "agreement");
  CHECK(m[0].date == "2024-03-13");
  CHECK(m[0].actors == std::set<std::string>{"CHL", "PER"});
}

TEST_CASE("arrests as nouns, trials, blame and votes waved away", "[missed15]") {
  CheckAll({
      {"The arrest of a Peruvian engineer in Santiago on Monday angered Lima.",
       "detention",
       "173",
       "2024-03-11",
       {"CHL", "PER"}},
      {"A Chilean journalist was tried behind closed doors in Lima on Monday.",
       "detention",
       "173",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru on Tuesday blamed Chile for the attack.",
       "accusation",
       "112",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Chile on Tuesday dismissed the Peruvian vote as meaningless.",
       "condemnation",
       "111",
       "2024-03-12",
       {"CHL", "PER"}},
  });
}

TEST_CASE("wars and rejections between the two", "[missed15]") {
  CheckAll({
      {"Chile and Peru fought a short war in 1995.", "incident", "190", "1995", {"CHL", "PER"}},
      {"On Monday Peru rejected the plan put forward by Chile.",
       "condemnation",
       "111",
       "2024-03-11",
       {"CHL", "PER"}},
      {"The trade war between Chile and Peru began in 2019.",
       "trade-restriction",
       "163",
       "2019",
       {"CHL", "PER"}},
  });
}
