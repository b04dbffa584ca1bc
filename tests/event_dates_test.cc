// The steps of event_dates.cc: which time governs which event word.
#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::OneSentence;

TEST_CASE("a time right before an event noun dates it", "[event_dates]") {
  OneSentence one(2015_y / 12 / 2, "They recalled their September summit in Washington.",
                  {{"September", "2015-09"}});
  REQUIRE(one.sentence->triggers.size() == 1);
  size_t distance = 99;
  CHECK(one.rules.EventForTime(*one.reading, *one.sentence, 0, &distance) == 0);
  CHECK(distance == 0);
}

TEST_CASE("a time after event words dates the nearest in its clause", "[event_dates]") {
  OneSentence one(2015_y / 12 / 2,
                  "The summit is likely to be the last before Obama leaves office in January.",
                  {{"January", "2016-01"}});
  one.DateTriggers();
  REQUIRE(one.sentence->time_of.size() == one.sentence->triggers.size());
  // "before" opens a clause about another event: the summit keeps no date.
  CHECK(one.sentence->time_of[0] == -1);

  OneSentence held(2015_y / 12 / 2, "The dialogue was held here Tuesday.",
                   {{"Tuesday", "2015-12-01"}});
  held.DateTriggers();
  REQUIRE(held.sentence->time_of.size() == 1);
  CHECK(held.sentence->time_of[0] == 0);
  CHECK(held.sentence->distance_of[0] == 3);  // "was held here"
}

TEST_CASE("a time opening the sentence governs the event after it", "[event_dates]") {
  OneSentence one(2015_y / 12 / 2, "On Friday, the two presidents held talks.",
                  {{"Friday", "2015-11-27"}});
  one.DateTriggers();
  REQUIRE(one.sentence->time_of.size() == 1);
  CHECK(one.sentence->time_of[0] == 0);
  CHECK(one.sentence->heads);
  auto event = one.Event(0);
  one.rules.DateMention(*one.reading, *one.sentence, event.get());
  CHECK(event->m.date == "2015-11-27");
  CHECK(event->m.source.phrase == "Friday");
  CHECK_FALSE(event->m.present);
}

TEST_CASE("two event words joined by \"and\" share the time after the second", "[event_dates]") {
  OneSentence one(2018_y / 5 / 2,
                  "Russia expelled ten diplomats and closed the consulate in April.",
                  {{"April", "2018-04"}});
  REQUIRE(one.TriggerTexts().size() == 2);
  one.DateTriggers();
  CHECK(one.sentence->time_of[1] == 0);
  CHECK(one.sentence->time_of[0] == 0);  // borrowed across "and"

  // A comma between them breaks the bond: "expelled ten diplomats, and ..."
  // starts a clause of its own.
  OneSentence broken(2018_y / 5 / 2,
                     "Russia expelled ten diplomats, and closed the consulate in April.",
                     {{"April", "2018-04"}});
  REQUIRE(broken.TriggerTexts().size() == 2);
  broken.DateTriggers();
  CHECK(broken.sentence->time_of[1] == 0);
  CHECK(broken.sentence->time_of[0] == -1);
}
