// Which date an event takes when the sentence holds a time that is not the
// event's own (issues 5 and 3, branch `dates21`): a deadline after an
// order, a year that names a treaty, a count of days after a look back or
// after a month. The real resolver dates the sentences. Every sentence is
// written for the test; the people are invented.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::Mention;

// Sunday 18 April 2021.
const date::year_month_day kSunday = date::year{2021} / 4 / 18;
// Saturday 6 April 2024.
const date::year_month_day kSaturday = date::year{2024} / 4 / 6;
// Friday 24 May 2024.
const date::year_month_day kFriday = date::year{2024} / 5 / 24;

// The mentions of `found` of type `type`.
std::vector<Mention> OfType(const std::vector<Mention>& found, const std::string& type) {
  std::vector<Mention> out;
  for (const Mention& m : found)
    if (m.type == type) out.push_back(m);
  return out;
}

}  // namespace

TEST_CASE("a deadline after an order to leave dates no expulsion", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kSunday);
  SECTION("the order's own day stays, the deadline adds nothing") {
    auto found = fixture.Extract(
        "Santiago on Sunday ordered 20 Peruvian diplomats to leave the country by the end of "
        "Monday.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0].date == "2021-04-18");
  }
  SECTION("told again with only the deadline, no entry on a Monday") {
    auto found = fixture.Extract(
        "Chile on Sunday ordered 20 Peruvian diplomats to leave the country. Santiago ordered the "
        "diplomats to leave by the end of Monday, the ministry said.");
    for (const Mention& m : found) CHECK(m.date != "2021-04-12");
    for (const Mention& m : found) CHECK(m.date != "2021-04-19");
  }
  SECTION("talks agreed for a deadline still take it") {
    auto found = fixture.Extract(
        "Norway and Kenya agreed to hold trade talks by the end of June, officials said.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2021-06");
    CHECK(found[0].status == "planned");
  }
}

TEST_CASE("a year that names a document is no event date", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  SECTION("the Vienna Convention of 1961") {
    auto found = fixture.Extract(
        "Peru accused Chile of acting in breach of the Vienna Convention of 1961 when its police "
        "searched a Peruvian diplomat's car.");
    for (const Mention& m : found) CHECK(m.date != "1961");
  }
  SECTION("the event keeps its own day") {
    auto found =
        fixture.Extract("Ghana on Thursday accused Togo of breaking the Treaty of Lome of 1987.");
    for (const Mention& m : found) CHECK(m.date != "1987");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].date == "2024-05-23");
  }
}

TEST_CASE("a count of days after a look back counts from the last day", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kSaturday);
  auto found = fixture.Extract(
      "On Wednesday, Chile's president criticised Peru's election. He had already clashed with "
      "Lima last August. The following day Peru declared the Chilean ambassador persona non "
      "grata.");
  auto expulsions = OfType(found, "expulsion");
  REQUIRE(expulsions.size() == 1);
  CHECK(expulsions[0].date == "2024-04-04");
  // The clash keeps its own month.
  for (const Mention& m : found) CHECK(m.date.rfind("2023-09", 0) != 0);
}

TEST_CASE("hours later after a look back is the last day told", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kSaturday);
  auto found = fixture.Extract(
      "On Monday, Ghana closed its border with Togo. Togo had protested in 2019. Hours later "
      "Togo recalled its ambassador from Ghana.");
  auto recalls = OfType(found, "recall");
  REQUIRE(recalls.size() == 1);
  CHECK(recalls[0].date == "2024-04-01");
}

TEST_CASE("days later after a month keeps the month", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  SECTION("two expulsions of one month") {
    auto found = fixture.Extract(
        "Norway expelled a Kenyan attache in July 2007. Kenya expelled four Norwegian diplomats "
        "days later.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 2);
    CHECK(expulsions[0].date == "2007-07");
    CHECK(expulsions[1].date == "2007-07");
  }
  SECTION("a day told after the month is counted from") {
    auto found = fixture.Extract(
        "Talks stalled in July 2007. On 14 July 2007 Norway expelled a Kenyan attache. Kenya "
        "expelled four Norwegian diplomats days later.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 2);
    CHECK(expulsions[1].date == "2007-07-14");
  }
}

TEST_CASE("earlier that week stays in the week of the paragraph", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  SECTION("after a day of saying in the publication week") {
    auto found = fixture.Extract(
        "On April 5, Chile recalled its ambassador from Lima, the ministry said on Thursday. The "
        "row had begun earlier that week, when Peru expelled two Chilean diplomats.");
    for (const Mention& m : found) {
      CHECK(m.date.rfind("2024-05", 0) != 0);
      CHECK(m.date != "2024-W21");
    }
  }
  SECTION("after a day of the year before") {
    auto found = fixture.Extract(
        "On August 1 last year, Ghana lifted the sanctions on Togo imposed earlier that week.");
    auto liftings = OfType(found, "lifting");
    REQUIRE(liftings.size() == 1);
    CHECK(liftings[0].date == "2023-08-01");
    for (const Mention& m : found) CHECK(m.date.rfind("2024", 0) != 0);
  }
}

TEST_CASE("an old year in a clause after the lead's acts dates none of them", "[dates21]") {
  annals::testing::ResolvedEventFixture fixture(kSunday);
  SECTION("the lead's own day") {
    auto found = fixture.Extract(
        "Peru expelled 18 Chilean diplomats on Saturday, saying they were spies tied to a 2014 "
        "depot blast.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0].date == "2021-04-17");
    for (const Mention& m : found) CHECK(m.date != "2014");
  }
  SECTION("the day the next paragraph gives the measures") {
    auto found = fixture.Extract(
        "Ghana expelled 18 Togolese diplomats, saying they were spies tied to a 2014 depot "
        "blast.\n\nThe Ghanaian foreign ministry announced the measures on Saturday.");
    auto expulsions = OfType(found, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0].date == "2021-04-17");
    for (const Mention& m : found) CHECK(m.date != "2014");
  }
  SECTION("a recent day after the comma still turns the carry off") {
    auto found = fixture.Extract(
        "Ghana expelled 18 Togolese diplomats, a week after a blast on April 10.\n\nThe Ghanaian "
        "foreign ministry announced the measures on Saturday.");
    for (const Mention& m : found) CHECK(m.date != "2021-04-17");
  }
}
