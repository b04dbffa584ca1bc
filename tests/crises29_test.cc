// Diplomatic crises, the measures of a rupture and their undoing (issue 5,
// branch `crises29`): accords revoked, ambassadors' functions ended,
// envoys brought home, aid and ratification suspended, skies closed and
// overflight held up. The real resolver dates the sentences, published on
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

TEST_CASE("an accord revoked, annulled, torn up or denounced is a suspension", "[crises29]") {
  CheckAll({
      {"Togo's military council revoked on Monday the defence cooperation agreements it had "
       "signed with Ghana.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"The Peruvian junta annulled the military accords with Chile on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Kenya on Monday denounced the 1961 defence treaty with Norway.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // A protest at an accord of others stays a protest.
  auto m = f.Extract("Chile condemned the trade agreement on Monday, Peru said.");
  for (const auto& x : m) CHECK(x.type != "reduce-relations");
}

TEST_CASE("an envoy's functions ended or the envoy brought home is a recall", "[crises29]") {
  CheckAll({
      {"The council also ended the functions of Togo's ambassador in Accra on Monday.",
       "recall",
       "161",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Peru terminated the mission of its ambassador to Chile on Tuesday.",
       "recall",
       "161",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  auto m = f.Extract(
      "President Mensah said on Sunday that Ghana would bring its ambassador home and end "
      "military cooperation with Togo.");
  std::multiset<std::string> types;
  for (const auto& x : m) {
    types.insert(x.type);
    CHECK(x.date == "2024-03-10");
    CHECK(x.actors == std::set<std::string>{"GHA", "TGO"});
  }
  CHECK(types == std::multiset<std::string>{"recall", "reduce-relations"});
}

TEST_CASE("aid, ratification and skies withheld from the other side", "[crises29]") {
  CheckAll({
      {"Ghana suspended all development aid and budget support to Togo on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Norway froze its aid to Kenya on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Peru suspended the ratification of the protocols with Chile on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Togo's parliament froze ratification of the border treaty with Ghana on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"GHA", "TGO"}},
      {"Kenya shut its skies to Norwegian planes on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Kenya held up permission for the Norwegian minister's plane to cross its airspace on "
       "Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // Aid named with no verb of holding it back is no event.
  CHECK(f.Extract("Norway is the largest donor of aid to Kenya.").empty());
}

TEST_CASE("a leader held by his own soldiers is no event between states", "[crises29]") {
  Fixture f;
  CHECK(f.Extract("Togolese soldiers detained President Tano on Monday as Ghana watched the "
                  "crisis.")
            .empty());
  CHECK(f.Extract("Peru's new rulers detained the president on Monday, Chile's foreign ministry "
                  "said.")
            .empty());
  // The other side's leader held keeps both sides.
  auto m = f.Extract("Togolese soldiers detained the Ghanaian president on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "detention");
  CHECK(m[0].actors == std::set<std::string>{"GHA", "TGO"});
}

TEST_CASE("recognition switched goes to the state after 'to'", "[crises29]") {
  CheckAll({
      {"Ghana's cabinet voted on Monday to switch diplomatic recognition from Taiwan to "
       "Beijing.",
       "establishment",
       "054",
       "2024-03-11",
       {"CHN", "GHA"}},
      {"Peru switched diplomatic recognition from Chile to Bolivia on Tuesday.",
       "establishment",
       "054",
       "2024-03-12",
       {"BOL", "PER"}},
  });
}
