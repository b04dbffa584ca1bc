// The step of event_place.cc: where an event took place.
#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::OneSentence;

TEST_CASE("\"here\" is the dateline's place", "[event_place]") {
  OneSentence one(2015_y / 12 / 2, "The dialogue was held here on Tuesday.",
                  {{"Tuesday", "2015-12-01"}}, "WASHINGTON");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  CHECK(event->m.place == "Washington");
  CHECK(event->m.place_country == "USA");
}

TEST_CASE("a place the scope names wins over the dateline", "[event_place]") {
  OneSentence one(2015_y / 12 / 2, "The dialogue was held in Beijing on Tuesday.",
                  {{"Tuesday", "2015-12-01"}}, "WASHINGTON");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.ReadScopeActors(*one.reading, *one.sentence, event.get());
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  CHECK(event->m.place == "Beijing");
  CHECK(event->m.place_country == "CHN");
  CHECK_FALSE(event->dateline_candidate);
}

TEST_CASE("a meeting with no place may have been where the story was filed", "[event_place]") {
  OneSentence one(2015_y / 12 / 2, "The two ministers held a meeting on Tuesday.",
                  {{"Tuesday", "2015-12-01"}}, "WASHINGTON");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  // Decided with the date (event_status.cc): only a meeting of the story's day.
  CHECK(event->m.place.empty());
  CHECK(event->dateline_candidate);
}

TEST_CASE("a town that begins a firm's name gives way to the place after \"in\"", "[event_place]") {
  OneSentence one(2024_y / 3 / 13,
                  "The two trade ministers met at Lima Mining's offices in Santiago on Tuesday.",
                  {{"Tuesday", "2024-03-12"}}, "NAIROBI");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.ReadScopeActors(*one.reading, *one.sentence, event.get());
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  CHECK(event->m.place == "Santiago");
  CHECK(event->m.place_country == "CHL");
  CHECK(event->m.actors.count("PER") == 0);
}

TEST_CASE("a town before a capitalised word is still the place with no other town after",
          "[event_place]") {
  OneSentence one(2024_y / 3 / 13, "The two trade ministers met at Lima Airport on Tuesday.",
                  {{"Tuesday", "2024-03-12"}}, "NAIROBI");
  one.DateTriggers();
  auto event = one.Event(0);
  one.rules.ReadScopeActors(*one.reading, *one.sentence, event.get());
  one.rules.FindPlace(*one.reading, *one.sentence, event.get());
  CHECK(event->m.place == "Lima");
}
