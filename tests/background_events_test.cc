// Measures, truces, rebukes, invitations and agreements told in passing
// (issue 5, branch `events12`): penalties and blacklists, towns captured,
// humanitarian pauses, missions and crossings reopened, rebuttals and
// warnings, offers and requests, numbered rounds of talks, treaties left,
// and agreement nouns that only name what a sentence is about. The real
// resolver dates the sentences, published on Thursday 14 March 2024. Every
// sentence is written for the test.
#include <memory>
#include <set>

#include <catch2/catch.hpp>

#include "annals/resolve.h"
#include "event_rules.h"
#include "event_test_util.h"

namespace {
using Codes = std::set<std::string>;

using Fixture = annals::testing::SentenceTestFixture;
using Case = annals::testing::HeldCase;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
}  // namespace

TEST_CASE("penalties, blacklists and treaties left are measures", "[background]") {
  CheckAll({
      {"Ghana imposed fresh penalties on Togo on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana designated the Togolese militia as a terrorist organisation in January.",
       "sanction",
       "163",
       "2024-01",
       {"GHA", "TGO"}},
      {"Togo pulled out of the maritime treaty with Ghana on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("war and truce told by captures and pauses", "[background]") {
  CheckAll({
      {"Togolese troops captured the Ghanaian border town of Aflao on Sunday.",
       "incident",
       "192",
       "2024-03-10",
       {"GHA", "TGO"}},
      {"Ghana and Togo declared a humanitarian pause on Tuesday.",
       "agreement",
       "0871",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("links reopened and rebukes in plain words", "[background]") {
  CheckAll({
      {"Ghana and Togo reopened the Aflao border crossing on Monday.",
       "restoration",
       "054",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Togo dismissed the Ghanaian accusations as baseless on Monday.",
       "condemnation",
       "111",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana slammed Togo's decision on Wednesday.",
       "condemnation",
       "111",
       "2024-03-13",
       {"GHA", "TGO"}},
      {"Ghana warned Togo of serious repercussions on Monday.",
       "warning",
       "130",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana handed Togo a list of conditions on Monday.",
       "demand",
       "100",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("invitations and requests are events of their own day", "[background]") {
  CheckAll({
      {"Togo requested talks with Ghana on Monday.",
       "invitation",
       "036",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana invited Togo's foreign minister to Accra on Tuesday.",
       "invitation",
       "036",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("numbered rounds of talks are events of their own", "[background]") {
  Fixture f;
  auto m = f.Extract(
      "The first round of talks between Ghana and Togo was held in Accra on Monday, and a second "
      "round followed on Wednesday.");
  std::set<std::string> dates;
  for (const annals::Mention& x : m) {
    CHECK(x.type == "talks");
    dates.insert(x.date);
  }
  CHECK(dates == std::set<std::string>{"2024-03-11", "2024-03-13"});
}

TEST_CASE("an agreement named as a topic is no event", "[background]") {
  Fixture f;
  CHECK(f.Extract("Ghana said on Monday that Togo must return to the maritime deal.").empty());
  CHECK(f.Extract("Under the accord, Togo on Monday began paying Ghana for transit.").empty());
  CHECK(f.Extract("The agreement's future was discussed by Ghana and Togo on Monday.").empty());
  // Made, or dated right before the noun, it is one.
  auto signed_deal = f.Extract("Ghana and Togo signed the maritime deal on Monday.");
  REQUIRE(signed_deal.size() == 1);
  CHECK(signed_deal[0].type == "agreement");
  CHECK(signed_deal[0].date == "2024-03-11");
  auto old_treaty = f.Extract("Ghana and Togo still honour the 1994 treaty.");
  REQUIRE(old_treaty.size() == 1);
  CHECK(old_treaty[0].date == "1994");
}

TEST_CASE("a clock time on a day dates the day, a deal at a dated summit the summit's",
          "[background]") {
  Fixture f;
  auto truce = f.Extract("A truce between Ghana and Togo took hold at 6 a.m. on 2 March.");
  REQUIRE(truce.size() == 1);
  CHECK(truce[0].date == "2024-03-02");
  auto m = f.Extract("Ghana and Togo signed a border agreement at the February summit.");
  bool agreement = false;
  for (const annals::Mention& x : m) {
    if (x.type != "agreement") continue;
    agreement = true;
    CHECK(x.date == "2024-02");
  }
  CHECK(agreement);
  // A deal with no gathering after it stays undated.
  CHECK(f.Extract("Ghana and Togo signed a border agreement at a ceremony.").empty());
}

TEST_CASE("envoys sent back", "[background]") {
  CheckAll({
      {"Ghana restored its ambassador to Lome on Monday.",
       "envoy-return",
       "054",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Togolese diplomats returned to Accra on Tuesday.",
       "envoy-return",
       "054",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("a named accord whose making the sentence tells is an agreement", "[background]") {
  Fixture f;
  auto m = f.Extract("The Volta Accord between Ghana and Togo, signed in 1994, fixed the border.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
  CHECK(m[0].date == "1994");
  // Named in passing, it is still no event.
  CHECK(f.Extract("Ghana and Togo invoked the Volta Accord on Monday.").empty());
}

TEST_CASE("an event word in a quoted condition is no event", "[background]") {
  Fixture f;
  CHECK(f.Extract("\"If Togo keeps shooting down our drones, we will respond,\" a Ghanaian "
                  "general said on Monday.")
            .empty());
  // Outside a quotation, or with no condition, it still is one.
  auto m = f.Extract("\"Togo shot down our drone,\" a Ghanaian general said on Monday.");
  CHECK(m.size() == 1);
}

TEST_CASE("clashes told with no one named are between the article's two", "[background]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana accused Togo of massing troops on the border. Togo denied it and accused Ghana of "
      "provocation. Clashes erupted along the frontier on Tuesday.");
  bool clash = false;
  for (const annals::Mention& x : m) {
    if (x.type != "incident") continue;
    clash = true;
    CHECK(x.date == "2024-03-12");
    CHECK(x.actors == Codes{"GHA", "TGO"});
  }
  CHECK(clash);
  // With the two named once each, or no two named at all, they are nobody's.
  for (const annals::Mention& x :
       f.Extract("Ghana and Togo met. Clashes erupted along the frontier on Tuesday.")) {
    CHECK(x.type != "incident");
  }
  CHECK(f.Extract("Clashes erupted in the capital on Tuesday.").empty());
}
