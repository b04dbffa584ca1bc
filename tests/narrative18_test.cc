// Event dates that rest on the story's own dates (issues 5 and 3, branch
// `narrative18`): days counted from a day told in an earlier sentence, a
// deadline month, and a stay's finer date reaching what happened during it.
// The real resolver dates the sentences, published on Thursday 9 November
// 2023. Every sentence is written for the test.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::Mention;
using annals::testing::OfType;

const date::year_month_day kPublished = date::year{2023} / 11 / 9;

}  // namespace

TEST_CASE("days counted from a day told in the sentence before", "[narrative18]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("a name right after the day does not hide it") {
    auto found = fixture.Extract(
        "On 2 October Peru recalled its ambassador to Chile. The following day, Chile summoned "
        "the Peruvian ambassador.");
    const Mention* recall = OfType(found, "recall");
    const Mention* summon = OfType(found, "summon");
    REQUIRE(recall != nullptr);
    REQUIRE(summon != nullptr);
    CHECK(recall->date == "2023-10-02");
    CHECK(summon->date == "2023-10-03");
    // Counted from a past day, the summons was held, not planned.
    CHECK(summon->status == "held");
  }
  SECTION("two days after that") {
    auto found = fixture.Extract(
        "On 7 September Chile expelled a Peruvian diplomat. Two days after that, the Peruvian "
        "foreign minister telephoned his Chilean counterpart.");
    const Mention* call = OfType(found, "call");
    REQUIRE(call != nullptr);
    CHECK(call->date == "2023-09-09");
    CHECK(call->status == "held");
  }
}

TEST_CASE("a short count opening a sentence follows the day told", "[narrative18]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  auto found = fixture.Extract(
      "On 12 October Chile expelled a Peruvian diplomat. Within 48 hours, Peru summoned the "
      "Chilean ambassador.");
  const Mention* summon = OfType(found, "summon");
  REQUIRE(summon != nullptr);
  CHECK(summon->date == "2023-10-12");
  CHECK(summon->qualifier == "after");
  CHECK(summon->status == "held");
  // Not opening the sentence it may be a deadline: no day is lent.
  found = fixture.Extract(
      "On 12 October Chile expelled a Peruvian diplomat. Peru said it would summon the Chilean "
      "ambassador within 48 hours.");
  summon = OfType(found, "summon");
  CHECK((summon == nullptr || summon->date != "2023-10-12"));
}

TEST_CASE("a deadline month is the whole month", "[narrative18]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  auto found = fixture.Extract(
      "Chile and Peru agreed to hold consultations on migration by the end of March.");
  const Mention* plan = OfType(found, "consultation");
  REQUIRE(plan != nullptr);
  CHECK(plan->date == "2024-03");
  CHECK(plan->qualifier.empty());
  CHECK(plan->status == "planned");
  // The text's own "late" is kept.
  found =
      fixture.Extract("Chile and Peru agreed to hold consultations on migration in late March.");
  plan = OfType(found, "consultation");
  REQUIRE(plan != nullptr);
  CHECK(plan->date == "2024-03");
  CHECK(plan->qualifier == "late");
}

TEST_CASE("an agreement during a stay takes the stay's time from its own sentence",
          "[narrative18]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  auto found = fixture.Extract(
      "Boric's state visit to Peru in 2022 was the first in ten years. In July 2022, during his "
      "state visit, Boric and Peruvian President Pedro Castillo signed a migration pact.");
  const Mention* pact = OfType(found, "agreement");
  REQUIRE(pact != nullptr);
  CHECK(pact->date == "2022-07");
}
