// event_anchor.cc: counts told from an event the article named and dated
// before ("two days after the bombing", "the day after his inauguration").
// The end-to-end cases read stories published on Friday 20 November 2026
// through the real resolver. Every sentence is written for the test.
#include "event_anchor.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::EventAnchorWords;
using annals::EventCount;
using annals::Mention;
using annals::TimeExpression;
using annals::testing::OfType;

const date::year_month_day kPublished = date::year{2026} / 11 / 20;

TimeExpression Dated(const std::string& value, date::year_month_day first) {
  TimeExpression t;
  t.value = value;
  t.first_day = first;
  t.last_day = first;
  return t;
}

}  // namespace

TEST_CASE("the bundled anchor words name events and read counts", "[event_anchor]") {
  EventAnchorWords anchors;
  annals::Diagnostic error;
  REQUIRE(anchors.Load(&error));
  std::string lowered;
  auto words =
      annals::Tokenize("Two days after Sunday's disputed vote, the polls closed.", &lowered);
  int vote = anchors.NamedAt(words, 2);
  CHECK(vote >= 0);
  CHECK(anchors.Tells(words, 0, words.size(), vote));
  auto count = anchors.CountOf("Two days", words, 2);
  REQUIRE(count);
  CHECK(count->amount == 2);
  CHECK_FALSE(count->months);

  std::string lowered2;
  auto storm = annals::Tokenize("a week after the storm hit", &lowered2);
  CHECK(anchors.NamedAt(storm, 2) < 0);  // no event of the list
  auto week = anchors.CountOf("a week", storm, 2);
  REQUIRE(week);
  CHECK(week->amount == 7);

  std::string lowered3;
  auto back = annals::Tokenize("three months before the election", &lowered3);
  auto months = anchors.CountOf("three months", back, 2);
  REQUIRE(months);
  CHECK(months->months);
  CHECK(months->amount == -3);
  size_t first = 0;
  std::string lowered4;
  auto the_day = annals::Tokenize("The day after his inauguration, Soto spoke.", &lowered4);
  REQUIRE(anchors.CountWordsBefore(the_day, 2, &first));
  CHECK(first == 0);
  CHECK(anchors.NamedAt(the_day, 2) >= 0);
}

TEST_CASE("the turn-word filter passes every turn word", "[event_anchor]") {
  // The narrative walk skips a word whose bit is clear without asking
  // IsTurn: a turn word turned away there would lose "the day after ...".
  EventAnchorWords anchors;
  annals::Diagnostic error;
  REQUIRE(anchors.Load(&error));
  std::string lowered;
  auto words = annals::Tokenize(
      "The week before the summit and the day after the vote, Ghana and "
      "Togo spoke.",
      &lowered);
  size_t turns = 0;
  for (const annals::Word& w : words) {
    if (!anchors.IsTurn(w)) continue;
    ++turns;
    CHECK(((anchors.turn_bits() >> (w.hash % 64)) & 1) == 1);
  }
  CHECK(turns == 2);
}

TEST_CASE("a bad anchor row names its file, line and column", "[event_anchor]") {
  EventAnchorWords anchors;
  annals::Diagnostic error;
  REQUIRE_FALSE(anchors.LoadFrom("a.tsv", "day\tunit\tday\nweeks\tunit\tfortnight\n", "n.tsv",
                                 "two\t2\n", &error));
  CHECK(error.ToString() == "a.tsv:2:12: error: expected day, week or month, found 'fortnight'");
}

TEST_CASE("a number row with no plain count is no count, and an empty one is an error",
          "[event_anchor]") {
  EventAnchorWords anchors;
  annals::Diagnostic error;
  CHECK(anchors.LoadFrom("a.tsv", "day\tunit\tday\n", "n.tsv", "three\tabc\nfour\t4\n", &error));
  REQUIRE_FALSE(anchors.LoadFrom("a.tsv", "day\tunit\tday\n", "n.tsv", "two\t\n", &error));
  CHECK(error.ToString().starts_with("n.tsv:1:"));
}

TEST_CASE("a count runs from its anchor, never finer than it", "[event_anchor]") {
  TimeExpression out;
  REQUIRE(
      annals::CountFromAnchor(Dated("2026-07-10", date::year{2026} / 7 / 10), {2, false}, &out));
  CHECK(out.value == "2026-07-12");
  REQUIRE(annals::CountFromAnchor(Dated("2026-01-31", date::year{2026} / 1 / 31), {1, true}, &out));
  CHECK(out.value == "2026-02");  // a month on gives the month, not a day of it
  REQUIRE(
      annals::CountFromAnchor(Dated("2026-08-06", date::year{2026} / 8 / 6), {-3, false}, &out));
  CHECK(out.value == "2026-08-03");
  // From a month or a year: that month or year, no invented day.
  REQUIRE(annals::CountFromAnchor(Dated("2026-07", date::year{2026} / 7 / 1), {2, false}, &out));
  CHECK(out.value == "2026-07");
  REQUIRE(annals::CountFromAnchor(Dated("2027", date::year{2027} / 1 / 1), {2, false}, &out));
  CHECK(out.value == "2027");
  CHECK_FALSE(
      annals::CountFromAnchor(Dated("PAST_REF", date::year{2026} / 1 / 1), {2, false}, &out));
}

TEST_CASE("a count after a named event is dated from that event's own day", "[event_anchor]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("the bombing is the attack told first, not a later reply's day") {
    auto found = fixture.Extract(
        "Chilean jets bombed a Peruvian border post on 10 July, Peru's government said.\n\n"
        "On 14 July, Chile denied any role in the attack.\n\n"
        "Peru expelled two Chilean diplomats two days after the bombing.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-07-12");
  }
  SECTION("the day after an inauguration no time expression covers") {
    auto found = fixture.Extract(
        "President Soto of Peru took office on 1 March after a close race.\n\n"
        "The day after his inauguration, Peru expelled two Chilean diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-03-02");
  }
  SECTION("a week after the summit, with another day told between") {
    auto found = fixture.Extract(
        "The summit of Norway and Kenya in Oslo ended on Thursday 24 September.\n\n"
        "Kenya's trade minister met Norwegian officials on 28 September.\n\n"
        "A week after the summit, Norway expelled two Kenyan diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-10-01");
  }
  SECTION("a count back from an election the resolver kept a length") {
    auto found = fixture.Extract(
        "Kenya held a presidential election on 9 August, officials said.\n\n"
        "Three days before the election, Norway expelled two Kenyan diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-08-06");
  }
  SECTION("an explicit date wins over the count") {
    auto found = fixture.Extract(
        "Ghana's troops crossed into Togo before dawn on Thursday 6 August.\n\n"
        "Ghana expelled two Togolese diplomats on Aug. 13, six days after the invasion.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-08-13");
  }
  SECTION("an explicit date later in the sentence wins too") {
    auto found = fixture.Extract(
        "Ghana's troops crossed into Togo before dawn on Thursday 6 August.\n\n"
        "Six days after the invasion, Ghana expelled two Togolese diplomats on 14 August.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-08-14");
  }
}

TEST_CASE("a count after an event the article never dated gets no day of it", "[event_anchor]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("an election told only as next year gives the year at most") {
    auto found = fixture.Extract(
        "Chile will hold an election next year, officials said.\n\n"
        "The day after the election, Peru expelled two Chilean diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    if (expulsion) CHECK(expulsion->date.size() <= 4);
  }
  SECTION("a storm the article never dated") {
    auto found = fixture.Extract(
        "The storm flooded the coast of Peru.\n\n"
        "The day after the storm, Peru expelled two Chilean diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    if (expulsion) CHECK(expulsion->date != "2026-11-21");
  }
}

TEST_CASE("an event told after a count from the main clause's day takes that day less the count",
          "[event_anchor]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("two days after a clause: the main clause's Sunday less two") {
    auto found = fixture.Extract(
        "Chilean diplomats drove out of their embassy in Lima on Sunday 15 November, two days "
        "after Peru broke off diplomatic relations with Chile.");
    const Mention* rupture = OfType(found, "break-relations");
    REQUIRE(rupture != nullptr);
    CHECK(rupture->date == "2026-11-13");
  }
  SECTION("a week after a clause; the main clause keeps its own day") {
    auto found = fixture.Extract(
        "Peru recalled its ambassador on 5 May, a week after Chile expelled two Peruvian "
        "diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-04-28");
    const Mention* recall = OfType(found, "recall");
    REQUIRE(recall != nullptr);
    CHECK(recall->date == "2026-05-05");
  }
  SECTION("a day before a clause counts on") {
    auto found = fixture.Extract(
        "Norway recalled its ambassador on Saturday 14 November, a day before Kenya expelled "
        "two Norwegian diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-11-15");
  }
  SECTION("the day after a clause, with no time expression of its own") {
    auto found = fixture.Extract(
        "Kenya recalled its ambassador on Thursday 12 November, the day after Norway expelled "
        "two Kenyan diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-11-11");
  }
  SECTION("a clause after other turn words of the article") {
    // Every "after"/"before" of the text is a candidate, not only the first.
    auto found = fixture.Extract(
        "Before the vote, Chile said little.\n\n"
        "Chilean diplomats drove out of their embassy in Lima on Sunday 15 November, two days "
        "after Peru broke off diplomatic relations with Chile.");
    const Mention* rupture = OfType(found, "break-relations");
    REQUIRE(rupture != nullptr);
    CHECK(rupture->date == "2026-11-13");
  }
  SECTION("hours after a clause: the same day") {
    auto found = fixture.Extract(
        "Togo recalled its ambassador on Monday 9 November, hours after Ghana expelled two "
        "Togolese diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2026-11-09");
  }
}

TEST_CASE("a count before a clause with no day in the main clause dates nothing",
          "[event_anchor]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  auto found = fixture.Extract(
      "Norway recalled its ambassador, two days after Kenya expelled two Norwegian diplomats.");
  const Mention* expulsion = OfType(found, "expulsion");
  if (expulsion) CHECK(expulsion->date.size() < 10);
  // "weeks after" counts no number: no day is made up for the clause, it
  // is only told to have come before the main clause's day.
  auto weeks = fixture.Extract(
      "Ghana recalled its ambassador on Monday 9 November, weeks after Togo expelled two "
      "Ghanaian diplomats.");
  const Mention* togo = OfType(weeks, "expulsion");
  REQUIRE(togo != nullptr);
  CHECK(togo->date == "2026-11-09");
  CHECK(togo->qualifier == "before");
}

TEST_CASE("a length with no number before a clause dates it before the main clause's time",
          "[event_anchor]") {
  annals::testing::ResolvedEventFixture fixture(kPublished);
  SECTION("weeks after a clause, the main clause told to the month") {
    auto found = fixture.Extract(
        "Peru took the dispute to the court in March 1994, weeks after fighting broke out "
        "between Peruvian and Chilean troops on the border.");
    const Mention* clash = OfType(found, "incident");
    REQUIRE(clash != nullptr);
    CHECK(clash->date == "1994-03");
    CHECK(clash->qualifier == "before");
  }
  SECTION("months after a clause, the main clause told to the year") {
    auto found = fixture.Extract(
        "Norway reopened its embassy in Nairobi in 2011, months after Kenya expelled two "
        "Norwegian diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2011");
    CHECK(expulsion->qualifier == "before");
  }
  SECTION("days before a clause: after the main clause's time") {
    auto found = fixture.Extract(
        "Togo recalled its ambassador in June 2015, days before Ghana expelled two Togolese "
        "diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    REQUIRE(expulsion != nullptr);
    CHECK(expulsion->date == "2015-06");
    CHECK(expulsion->qualifier == "after");
  }
  SECTION("a noun after the length names an event, which keeps its own date") {
    auto found = fixture.Extract(
        "Chile recalled its ambassador in June 2015, weeks after the summit in Lima.");
    for (const Mention& m : found) CHECK(m.qualifier != "before");
  }
  SECTION("no time in the main clause gives the clause nothing") {
    auto found = fixture.Extract(
        "Kenya recalled its ambassador, weeks after Norway expelled two Kenyan diplomats.");
    const Mention* expulsion = OfType(found, "expulsion");
    if (expulsion) CHECK(expulsion->qualifier.empty());
  }
}
