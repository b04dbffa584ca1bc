// The steps of event_forms.cc: event words no single word names, and
// events told over more than one phrase.
#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::OneSentence;
using Texts = std::vector<std::string>;

TEST_CASE("an order to leave is an expulsion", "[event_forms]") {
  OneSentence one(2015_y / 12 / 2, "Cuba ordered a U.S. diplomat to leave on Monday.",
                  {{"Monday", "2015-11-30"}});
  REQUIRE(one.TriggerTexts() == Texts{"ordered a U.S. diplomat to leave"});
  CHECK(one.rules.trigger(one.sentence->triggers[0].value).type == "expulsion");
}

TEST_CASE("an official of one country at another's capital has visited", "[event_forms]") {
  OneSentence one(2015_y / 12 / 2,
                  "Chinese Foreign Minister Wang Yi, in Washington on Monday, said little.",
                  {{"Monday", "2015-11-30"}});
  REQUIRE(one.sentence->triggers.size() == 1);
  CHECK(one.rules.trigger(one.sentence->triggers[0].value).family == "visit");
  // Without a time it is no visit the rules could date, so none is made.
  OneSentence undated(2015_y / 12 / 2,
                      "Chinese Foreign Minister Wang Yi, in Washington, said little.", {});
  CHECK(undated.sentence->triggers.empty());
}

TEST_CASE("two years joined by \"and\" are two events", "[event_forms]") {
  OneSentence one(2015_y / 12 / 2, "China and Japan signed agreements in 1998 and 2001.",
                  {{"1998", "1998"}, {"2001", "2001"}});
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.DateMention(*one.reading, *one.sentence, event.get());
  one.rules.SecondYear(*one.reading, *one.sentence, event.get());
  CHECK(event->m.date == "1998");
  REQUIRE(event->second);
  CHECK(event->second->date == "2001");
  CHECK(event->second_time->text == "2001");
}
