// The steps of event_participants.cc: the sides and people of one event.
#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::OneSentence;
using Codes = std::set<std::string>;

TEST_CASE("the scope's countries and people take part, and a city after \"in\" is a place",
          "[event_participants]") {
  OneSentence one(
      2015_y / 12 / 2,
      "Chinese President Xi Jinping met U.S. President Barack Obama in Paris on Monday.",
      {{"Monday", "2015-11-30"}});
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.ReadScopeActors(*one.reading, *one.sentence, event.get());
  CHECK(event->m.actors == Codes{"CHN", "USA"});
  CHECK(event->m.people == std::vector<std::string>{"Xi Jinping", "Barack Obama"});
  CHECK(event->at_place == "Paris");
  CHECK(event->at_capital);  // of France: a third country's capital is only a place here
  CHECK(event->at_country == "FRA");
  one.rules.FindPrincipal(*one.reading, *one.sentence, event.get());
  CHECK(event->m.principal == "Xi Jinping");
}

TEST_CASE("a capital as subject is its government", "[event_participants]") {
  OneSentence one(2015_y / 12 / 2, "Beijing summoned the Japanese ambassador on Monday.",
                  {{"Monday", "2015-11-30"}});
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.ReadScopeActors(*one.reading, *one.sentence, event.get());
  CHECK(event->m.actors == Codes{"CHN", "JPN"});
  CHECK(event->at_place.empty());
}

TEST_CASE("a visit goes where the words after it say", "[event_participants]") {
  OneSentence one(2015_y / 12 / 2, "Kerry's visit to the United States in early September.",
                  {{"early September", "2015-09", "START"}});
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.FindDestination(*one.reading, *one.sentence, event.get());
  CHECK(event->m.destination == "United States");
  CHECK(event->m.place_country == "USA");
}
