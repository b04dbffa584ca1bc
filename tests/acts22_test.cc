// Acts dated by the next paragraph or by another event; detentions,
// releases and attacks by a state's forces (issue 5, branch `acts22`). The
// real resolver dates the stories, published on Wednesday 8 May 2024.
// Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::Mention;

const date::year_month_day kPublished = date::year{2024} / 5 / 8;

// The mentions of `type` among `found`.
std::vector<const Mention*> OfType(const std::vector<Mention>& found, const std::string& type) {
  std::vector<const Mention*> out;
  for (const Mention& m : found)
    if (m.type == type) out.push_back(&m);
  return out;
}

}  // namespace

TEST_CASE("the lead's act takes the day its own side announced it", "[acts22]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("said in a statement on Monday, a background year after it") {
    auto found = fixture.Extract(
        "SANTIAGO, May 8 (Wire) - Chile has recalled its ambassador to Peru, accusing Lima of "
        "selling fishing rights in disputed waters.\n\nThe foreign ministry's secretary general "
        "said in a statement on Monday that the sale broke a 2015 accord.");
    auto recalls = OfType(found, "recall");
    REQUIRE(recalls.size() == 1);
    CHECK(recalls[0]->date == "2024-05-06");
    CHECK(recalls[0]->actors == std::set<std::string>{"CHL", "PER"});
  }
  SECTION("the other side's envoy ordered home is an expulsion of the same day") {
    auto found = fixture.Extract(
        "OSLO, May 8 (Wire) - Norway has recalled its ambassador to Kenya and ordered Kenya's "
        "ambassador in Oslo to return home, accusing Nairobi of jailing a Norwegian "
        "engineer.\n\nThe foreign ministry said in a statement on Monday that the engineer was "
        "innocent.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0]->date == "2024-05-06");
    CHECK(expulsions[0]->actors == std::set<std::string>{"KEN", "NOR"});
    // Its own envoy sent home is no expulsion.
    CHECK(OfType(fixture.Extract("OSLO, May 8 (Wire) - Norway on Monday ordered its ambassador "
                                 "in Nairobi to return home for consultations."),
                 "expulsion")
              .empty());
  }
  SECTION("announced the decision on Tuesday, saying it took effect that day") {
    auto found = fixture.Extract(
        "ACCRA, May 8 (Wire) - Ghana has broken off diplomatic relations with Togo.\n\nThe "
        "foreign minister announced the decision at a news conference in Accra on Tuesday, "
        "saying it took effect that day.");
    auto breaks = OfType(found, "break-relations");
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0]->date == "2024-05-07");
  }
  SECTION("the other side's answer dates nothing") {
    for (const char* text : {
             "SANTIAGO, May 8 (Wire) - Chile has recalled its ambassador to Peru.\n\nPeru's "
             "foreign ministry said in a statement on Monday that it regretted the step.",
             "OSLO, May 8 (Wire) - Norway has recalled its ambassador to Kenya.\n\nKenya's "
             "foreign ministry condemned the move on Monday.",
         }) {
      auto found = fixture.Extract(text);
      for (const Mention* m : OfType(found, "recall")) CHECK(m->date != "2024-05-06");
    }
  }
  SECTION("a statement about another matter, with a country of its own, dates nothing") {
    auto found = fixture.Extract(
        "NAIROBI, May 8 (Wire) - Kenya has recalled its ambassador to Norway.\n\nThe ministry "
        "said in a statement on Monday that talks with Uganda on a pipeline would resume.");
    for (const Mention* m : OfType(found, "recall")) CHECK(m->date != "2024-05-06");
  }
}

TEST_CASE("a court's order to hold the other side's national is a detention", "[acts22]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("held pending trial") {
    auto found = fixture.Extract(
        "LIMA, May 8 (Wire) - A court in Lima ordered the Chilean journalist Ana Soto held "
        "pending trial on Monday.");
    auto held = OfType(found, "detention");
    REQUIRE(held.size() == 1);
    CHECK(held[0]->date == "2024-05-06");
    CHECK(held[0]->actors == std::set<std::string>{"CHL", "PER"});
  }
  SECTION("remanded in custody") {
    auto found = fixture.Extract(
        "OSLO, May 8 (Wire) - A Kenyan engineer was remanded in custody in Oslo on Tuesday.");
    auto held = OfType(found, "detention");
    REQUIRE(held.size() == 1);
    CHECK(held[0]->date == "2024-05-07");
  }
  SECTION("one's own national held at home is no entry of the pair") {
    auto found = fixture.Extract(
        "ACCRA, May 8 (Wire) - A court in Accra ordered the Ghanaian trader Kofi Mensah held "
        "pending trial on Monday.");
    CHECK_FALSE(annals::testing::AnyBetween(found, "GHA", "TGO"));
  }
}

TEST_CASE("official business frozen days after a seizure takes the day counted from it",
          "[acts22]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  auto found = fixture.Extract(
      "LIMA, May 8 (Wire) - Six Chilean fishermen were seized by Peruvian navy boats on April "
      "20 after they had crossed the sea border.\n\nFive days after the seizure, the minister "
      "told parliament that Lima was freezing all official business with Santiago.");
  auto cuts = OfType(found, "reduce-relations");
  REQUIRE(cuts.size() == 1);
  CHECK(cuts[0]->date == "2024-04-25");
  CHECK(cuts[0]->actors == std::set<std::string>{"CHL", "PER"});
  // Business frozen for a holiday, no side named, is none.
  CHECK(OfType(fixture.Extract("LIMA, May 8 (Wire) - Peru's central bank said on Monday it was "
                               "freezing all official business for the holiday."),
               "reduce-relations")
            .empty());
}
