// The steps of event_triggers.cc, through EventRules::ReadTriggers.
#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::OneSentence;
using Texts = std::vector<std::string>;

TEST_CASE("an event word inside a name is no event", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2,
                  "Xi Jinping spoke at the UN Climate Change Conference and met Obama.", {});
  CHECK(one.TriggerTexts() == Texts{"met"});
}

TEST_CASE("a name holding both sides keeps its event word", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2,
                  "Officials prepared the China-U.S. Strategic and Economic Dialogue.", {});
  CHECK(one.TriggerTexts() == Texts{"Dialogue"});
}

TEST_CASE("a light verb with an event noun is that event", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2, "Kerry paid a visit to Beijing on Monday.",
                  {{"Monday", "2015-11-30"}});
  REQUIRE(one.TriggerTexts() == Texts{"visit"});
  CHECK(one.rules.trigger(one.sentence->triggers[0].value).noun_phrase);
}

TEST_CASE("an agreement that is the topic of talks is no event of its own", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2, "The two sides held talks on a trade agreement on Monday.",
                  {{"Monday", "2015-11-30"}});
  CHECK(one.TriggerTexts() == Texts{"held talks"});
}
