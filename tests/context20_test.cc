// Dates carried across sentences (issue 5, branch `context20`): an act told
// in a sentence with no time of its own takes the day of the sentence next
// to it when the text ties the two ("announced the measures late on
// Sunday", "It also said", "Within hours,"), and never otherwise. The real
// resolver dates the stories, published on Wednesday 8 May 2024. Every
// sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::Mention;
using annals::testing::OfType;

const date::year_month_day kPublished = date::year{2024} / 5 / 8;

// The mentions whose quote holds `words`.
std::vector<const Mention*> Quoting(const std::vector<Mention>& found, const std::string& words) {
  std::vector<const Mention*> out;
  for (const Mention& m : found)
    if (m.source.quote.find(words) != std::string::npos) out.push_back(&m);
  return out;
}

}  // namespace

TEST_CASE("the lead's acts take the day the next paragraph gives them", "[context20]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("the measures announced late on Sunday") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru ordered Chile's ambassador to leave within 24 hours, in a "
        "sharp escalation over a disputed fishing zone.\n\nThe foreign ministry announced the "
        "measures late on Sunday, saying Santiago had ignored repeated warnings.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2024-05-05");
    CHECK(expulsion->status == "held");
    CHECK(expulsion->actors == std::set<std::string>{"CHL", "PER"});
  }
  SECTION("the decision was announced on Monday") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru expelled two Chilean diplomats, the foreign ministry "
        "said.\n\nThe decision was announced on Monday after a spying case came to light.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2024-05-06");
  }
  SECTION("the announcement made late on Monday") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru recalled its ambassador to Chile, escalating a row over "
        "fishing rights.\n\nPeruvian Foreign Minister Soto made the announcement late on "
        "Monday.");
    const Mention* recall = OfType(found, "recall");
    REQUIRE(recall != nullptr);
    CHECK(recall->date == "2024-05-06");
  }
  SECTION("a cause told after the main clause keeps no day") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru expelled Chile's ambassador after the Chilean navy seized "
        "a Peruvian trawler.\n\nThe foreign ministry announced the measures on Monday.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2024-05-06");
    for (const Mention* m : Quoting(found, "trawler")) {
      INFO(m->type);
      CHECK(m == expulsion);
    }
  }
  SECTION("a day told first for another act ends the carry") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) -- Peru expelled two Chilean diplomats. Chile recalled its "
        "ambassador to Peru on Friday.\n\nThe foreign ministry announced the measures on "
        "Monday.");
    for (const Mention& m : found) {
      INFO(m.type);
      CHECK(m.type != "expulsion");
    }
  }
}

TEST_CASE("a sentence that goes on with the act before takes its day", "[context20]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("the step announced, and a joint statement") {
    auto found = fixture.Extract(
        "Peru and Chile restored diplomatic relations on Monday after a two-year break. The two "
        "foreign ministers announced the step in Lima and issued a joint statement.");
    const Mention* statement = OfType(found, "statement");
    REQUIRE(statement != nullptr);
    CHECK(statement->date == "2024-05-06");
    CHECK(statement->place == "Lima");
    CHECK(statement->source.phrase == "Monday");
  }
  SECTION("It also said") {
    auto found = fixture.Extract(
        "Peru recalled its ambassador to Chile on Tuesday. It also said it was closing its "
        "consulate in Arica.");
    auto closing = Quoting(found, "consulate");
    REQUIRE(closing.size() == 1);
    CHECK(closing[0]->date == "2024-05-07");
  }
  SECTION("an act dated by its own phrase keeps it") {
    auto found = fixture.Extract(
        "Peru recalled its ambassador to Chile on Tuesday. It also said it had closed its "
        "consulate in Arica on Friday.");
    auto closing = Quoting(found, "consulate");
    REQUIRE(closing.size() == 1);
    CHECK(closing[0]->date == "2024-05-03");
  }
}

TEST_CASE("a relative opener counts from the day told just before", "[context20]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("within hours") {
    auto found = fixture.Extract(
        "Chilean President Ruiz made the remark on Sunday at a rally in Santiago. Within hours, "
        "Peruvian Foreign Minister Soto demanded an apology from Chile.");
    const Mention* demand = OfType(found, "demand");
    REQUIRE(demand != nullptr);
    CHECK(demand->date == "2024-05-05");
    CHECK(demand->source.phrase == "Within hours");
  }
  SECTION("with no day told before, nothing") {
    auto found = fixture.Extract(
        "Chilean President Ruiz made the remark at a rally in Santiago. Within hours, Peruvian "
        "Foreign Minister Soto demanded an apology from Chile.");
    CHECK(OfType(found, "demand") == nullptr);
  }
  SECTION("responded on Tuesday with sanctions") {
    auto found = fixture.Extract(
        "Chile expelled two Peruvian diplomats on Monday. Peru responded on Tuesday with "
        "sanctions on Chilean fishing firms.");
    const Mention* sanction = OfType(found, "sanction");
    REQUIRE(sanction != nullptr);
    CHECK(sanction->date == "2024-05-07");
    CHECK(sanction->actors == std::set<std::string>{"CHL", "PER"});
  }
}

TEST_CASE("no carry without a tie, across a paragraph or to a reaction", "[context20]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("background after a paragraph break") {
    auto found = fixture.Extract(
        "Peru summoned Chile's ambassador on Tuesday over the arrest of two fishermen.\n\n"
        "Relations have been tense since 2019. Chile banned Peruvian fruit imports.");
    CHECK(Quoting(found, "fruit").empty());
  }
  SECTION("It also said, after a paragraph break") {
    auto found = fixture.Extract(
        "Peru recalled its ambassador to Chile on Tuesday.\n\nIt also said it was closing its "
        "consulate in Arica.");
    CHECK(Quoting(found, "consulate").empty());
  }
  SECTION("a reaction to the move may come days later") {
    auto found =
        fixture.Extract("Peru expelled two Chilean diplomats on Monday. Chile condemned the move.");
    CHECK(Quoting(found, "condemned").empty());
  }
  SECTION("nothing dated before") {
    auto found = fixture.Extract(
        "Peru is weighing its options. It also said it was closing its consulate in Arica.");
    CHECK(Quoting(found, "consulate").empty());
  }
}
