// The steps of event_status.cc: held, planned or cancelled.
#include <catch2/catch.hpp>

#include "event_steps_util.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::OneSentence;
using annals::testing::Timex;

namespace {
std::string StatusOf(const std::string& body, const std::vector<Timex>& times) {
  OneSentence one(2015_y / 12 / 2, body, times, "WASHINGTON");
  one.DateTriggers();
  REQUIRE_FALSE(one.sentence->triggers.empty());
  auto event = one.Event(0);
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  one.rules.DateMention(*one.reading, *one.sentence, event.get());
  one.rules.FindPastVerb(*one.reading, *one.sentence, event.get());
  one.rules.FindStatus(*one.reading, *one.sentence, event.get());
  return event->m.status;
}
}  // namespace

TEST_CASE("a past day is held, a future one planned", "[event_status]") {
  CHECK(StatusOf("The two ministers met on Tuesday.", {{"Tuesday", "2015-12-01"}}) == "held");
  CHECK(StatusOf("The two ministers will meet in June next year.",
                 {{"June next year", "2016-06"}}) == "planned");
}

TEST_CASE("a cancel cue in the event's clause calls it off", "[event_status]") {
  CHECK(StatusOf("The talks set for January were postponed.", {{"January", "2016-01"}}) ==
        "cancelled");
  // A cue in another clause speaks of that clause's event.
  CHECK(StatusOf("The two ministers met on Tuesday, and Japan postponed a visit.",
                 {{"Tuesday", "2015-12-01"}}) == "held");
}

TEST_CASE("a meeting of the story's day with no place was where the story was filed",
          "[event_status]") {
  OneSentence one(2015_y / 12 / 2, "The two ministers held a meeting on Tuesday.",
                  {{"Tuesday", "2015-12-01"}}, "WASHINGTON");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  one.rules.DateMention(*one.reading, *one.sentence, event.get());
  one.rules.FindPastVerb(*one.reading, *one.sentence, event.get());
  one.rules.FindStatus(*one.reading, *one.sentence, event.get());
  CHECK(event->m.place == "Washington");
}

TEST_CASE("an act after a modal of doubt or under a condition is never held", "[event_status]") {
  annals::testing::ResolvedEventFixture fixture(2024_y / 5 / 8);
  for (const char* text : {
           "LIMA, May 8 (Wire) -- Peru could expel Chilean diplomats, the minister said on "
           "Monday.",
           "OSLO, May 8 (Wire) -- Norway might impose sanctions on Kenya, the minister said on "
           "Monday.",
           "ACCRA, May 8 (Wire) -- Ghana would recall its ambassador from Togo if Lome closed "
           "the border, officials said on Monday.",
       }) {
    INFO(text);
    CHECK(fixture.Extract(text).empty());
  }
  // Told as the decision of the day, it stays held.
  auto held = fixture.Extract(
      "LIMA, May 8 (Wire) -- Peru said on Monday it would restore diplomatic relations with "
      "Chile.");
  REQUIRE(held.size() == 1);
  CHECK(held[0].status == "held");
}

TEST_CASE("a warning keeps the modal of its own words", "[event_status]") {
  annals::testing::ResolvedEventFixture fixture(2024_y / 5 / 8);
  auto found = fixture.Extract(
      "OSLO, May 8 (Wire) -- Norway's prime minister said on Monday that Kenya should no longer "
      "count on Norwegian support for its bid to join the council.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == "warning");
  CHECK(found[0].status == "held");
}
