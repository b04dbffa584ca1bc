// Plans with their own dates and event leftovers (issue 5, branch
// `plans21`): a measure told by a base verb ("will suspend flights") is an
// event only as a dated plan; hypotheticals stay out. The real resolver
// dates the stories, published on Wednesday 8 May 2024. Every sentence is
// written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge.h"

namespace {

using annals::Mention;

const date::year_month_day kPublished = date::year{2024} / 5 / 8;

// The mentions whose quote holds `words`.
std::vector<const Mention*> Quoting(const std::vector<Mention>& found, const std::string& words) {
  std::vector<const Mention*> out;
  for (const Mention& m : found)
    if (m.source.quote.find(words) != std::string::npos) out.push_back(&m);
  return out;
}

}  // namespace

TEST_CASE("a measure told as a plan takes its own day and is planned", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("flights suspended from Friday, told on Monday") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru said on Monday it would suspend flights to Chile from "
        "Friday, in a row over fishing rights.");
    auto plans = Quoting(found, "suspend flights");
    REQUIRE(plans.size() == 1);
    CHECK(plans[0]->family == "sanction");
    CHECK(plans[0]->date == "2024-05-10");
    CHECK(plans[0]->status == "planned");
    CHECK(plans[0]->actors == std::set<std::string>{"CHL", "PER"});
  }
  SECTION("a border closed on 1 June") {
    auto found = fixture.Extract(
        "ACCRA, May 8 (Wire) -- Ghana will close its border with Togo on 1 June, the "
        "foreign ministry said on Tuesday.");
    auto plans = Quoting(found, "close its border");
    REQUIRE(plans.size() == 1);
    CHECK(plans[0]->family == "sanction");
    CHECK(plans[0]->date == "2024-06-01");
    CHECK(plans[0]->status == "planned");
    CHECK(plans[0]->actors == std::set<std::string>{"GHA", "TGO"});
  }
  SECTION("diplomats to be expelled on Friday, an envoy recalled next week") {
    auto found = fixture.Extract(
        "OSLO, May 8 (Wire) -- Norway plans to expel two Kenyan diplomats on Friday, "
        "officials said. Norway is to recall its ambassador to Kenya next week.");
    auto expulsions = Quoting(found, "expel");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0]->type == "expulsion");
    CHECK(expulsions[0]->date == "2024-05-10");
    CHECK(expulsions[0]->status == "planned");
    auto recalls = Quoting(found, "recall its ambassador");
    REQUIRE(recalls.size() == 1);
    CHECK(recalls[0]->type == "recall");
    CHECK(recalls[0]->status == "planned");
  }
  SECTION("the act held in the past keeps its day") {
    auto found =
        fixture.Extract("LIMA, May 8 (Wire) -- Peru closed its border with Chile on Monday.");
    auto held = Quoting(found, "closed its border");
    REQUIRE(held.size() == 1);
    CHECK(held[0]->date == "2024-05-06");
    CHECK(held[0]->status == "held");
  }
}

TEST_CASE("a base verb that is no dated plan gives no event", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  const char* texts[] = {
      // a possibility, a threat, a refusal, a condition
      "LIMA, May 8 (Wire) -- Peru could suspend flights to Chile on 1 June, a minister warned.",
      "LIMA, May 8 (Wire) -- Peru threatened on Tuesday to halt flights to Chile.",
      "LIMA, May 8 (Wire) -- Chile will not close its border with Peru on 1 June, a minister "
      "said.",
      "LIMA, May 8 (Wire) -- Chile would suspend flights to Peru on 1 June if talks failed, a "
      "minister said.",
      // a plan with no day of its own: the day of the telling is not its day
      "LIMA, May 8 (Wire) -- Chile said on Tuesday it would halt charter flights to Peru.",
  };
  for (const char* text : texts) {
    INFO(text);
    // (The threat itself is an event of its own: a warning.)
    for (const Mention& m : fixture.Extract(text)) CHECK(m.family != "sanction");
  }
}

TEST_CASE("a statement that urges the other side is a demand", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("urging Santiago to release the fishermen") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru on Tuesday issued a statement urging Santiago to release "
        "the fishermen.");
    auto demands = Quoting(found, "urging");
    REQUIRE(demands.size() == 1);
    CHECK(demands[0]->type == "demand");
    CHECK(demands[0]->date == "2024-05-07");
    CHECK(demands[0]->actors == std::set<std::string>{"CHL", "PER"});
  }
  SECTION("calling on Nairobi to hand over the suspects") {
    auto found = fixture.Extract(
        "OSLO, May 8 (Wire) -- Norway on Monday issued a statement calling on Nairobi to hand "
        "over the suspects.");
    auto demands = Quoting(found, "calling on");
    REQUIRE(demands.size() == 1);
    CHECK(demands[0]->type == "demand");
    CHECK(demands[0]->date == "2024-05-06");
    CHECK(demands[0]->actors == std::set<std::string>{"KEN", "NOR"});
  }
  SECTION("a statement urging calm names no other side") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru on Tuesday issued a statement urging calm after the "
        "floods.");
    for (const Mention& m : found) CHECK(m.type != "demand");
  }
}

TEST_CASE("a plane or a ship that lands makes no visit", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("the first flight from Lima landed in Santiago") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- The first flight from Lima landed in Santiago on Monday.");
    for (const Mention& m : found) CHECK(m.family != "visit");
  }
  SECTION("a ferry from Accra arrived in Lome") {
    auto found = fixture.Extract(
        "ACCRA, May 8 (Wire) -- A ferry from Accra arrived in Lome on Monday with 200 "
        "passengers.");
    for (const Mention& m : found) CHECK(m.family != "visit");
  }
  SECTION("a minister who landed makes one") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peruvian Foreign Minister Soto landed in Santiago on Monday "
        "for talks on fishing rights.");
    bool visit = false;
    for (const Mention& m : found) visit = visit || m.family == "visit";
    CHECK(visit);
  }
}

TEST_CASE("a refusal to apologise to the other side is a rejection", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("declined to apologize to Togo") {
    auto found = fixture.Extract(
        "ACCRA, May 8 (Wire) -- Ghana's foreign minister declined to apologize to Togo on "
        "Monday over the remarks.");
    auto refusals = Quoting(found, "declined to apologize");
    REQUIRE(refusals.size() == 1);
    CHECK(refusals[0]->type == "condemnation");
    CHECK(refusals[0]->date == "2024-05-06");
    CHECK(refusals[0]->actors == std::set<std::string>{"GHA", "TGO"});
  }
  SECTION("the blame the apology was asked for keeps its own entry") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- The Chilean minister on Tuesday refused to apologise for "
        "calling Peru's president corrupt.");
    auto blame = Quoting(found, "corrupt");
    REQUIRE(blame.size() == 1);
    CHECK(blame[0]->type == "condemnation");
    CHECK(blame[0]->date == "2024-05-07");
    CHECK(blame[0]->actors == std::set<std::string>{"CHL", "PER"});
  }
}

TEST_CASE("an act dated by the sentence before is an entry of its own", "[plans21]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  const std::array<std::string, 2> pair{"PER", "CHL"};
  SECTION("a consulate closed after a recall") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru recalled its ambassador to Chile on Monday. It also said it "
        "was closing its consulate in Arica.");
    auto closing = Quoting(found, "consulate");
    REQUIRE(closing.size() == 1);
    CHECK(closing[0]->date == "2024-05-06");
    CHECK(closing[0]->carried);
    auto entries = annals::MergeMentions(found, pair, annals::testing::BundledActors());
    CHECK(entries.size() == 2);
  }
  SECTION("the same act told again still joins") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru recalled its ambassador to Chile on Monday. It also said it "
        "recalled its ambassador over the fishing row.");
    auto entries = annals::MergeMentions(found, pair, annals::testing::BundledActors());
    CHECK(entries.size() == 1);
  }
}
