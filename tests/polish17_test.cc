// Trips on to a gathering after a bilateral visit (issue 5, branch
// polish17). Every sentence and name is made up for the test.
#include <catch2/catch.hpp>

#include "annals/entry.h"
#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
// Published on Friday 12 May 2023.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2023_y / 5 / 12) {}
};
}  // namespace

TEST_CASE("going on to a summit after a state visit is no second visit", "[events][polish17]") {
  Fixture f;
  // The summit is the gathering's, not Japan's: no visit to Japan dated
  // Friday, which would join the state visit and stretch its dates.
  auto m = f.Extract(
      "Chilean President Gabriel Boric began a state visit to Japan on Monday in Tokyo. He goes "
      "on to the G20 summit in Osaka on Friday.",
      {{"Monday", "2023-05-08"}, {"Friday", "2023-05-12"}}, "TOKYO");
  REQUIRE(!m.empty());
  CHECK(m[0].type == "state-visit");
  CHECK(m[0].date == "2023-05-08");
  for (const annals::Mention& x : m) {
    // (The summit itself may be told; the pair filter decides on it.)
    CHECK_FALSE((x.family == "visit" && (x.date == "2023-05-12" || x.place == "Osaka")));
  }

  auto flew = f.Extract(
      "Chilean President Gabriel Boric held talks with Japanese Prime Minister Fumio Kishida in "
      "Tokyo on Monday and then flew on to the ASEAN meeting in Jakarta on Wednesday.",
      {{"Monday", "2023-05-08"}, {"Wednesday", "2023-05-10"}}, "TOKYO");
  REQUIRE(!flew.empty());
  CHECK(flew[0].date == "2023-05-08");
  CHECK(flew[0].place == "Tokyo");
  for (const annals::Mention& x : flew) {
    CHECK_FALSE((x.family == "visit" && (x.date == "2023-05-10" || x.place == "Jakarta")));
  }
}
