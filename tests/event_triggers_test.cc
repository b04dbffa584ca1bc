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

TEST_CASE("an act the sentence denies or makes a condition of is no event", "[event_triggers]") {
  const std::vector<annals::testing::Timex> times = {{"Monday", "2015-11-30"}};
  for (const char* text : {
           "Peru did not expel the Chilean diplomats on Monday.",
           "Lima never recalled its ambassador from Santiago on Monday.",
           "Relations between Norway and Kenya had not been restored on Monday.",
           "No agreement was reached between Ghana and Togo on Monday.",
           "The Peruvian minister refused to meet his Chilean counterpart on Monday.",
           "Peru on Monday denied that it had expelled any Chilean diplomats.",
           "If Chile expels our diplomats, we will respond, Peru said on Monday.",
           "Norway is considering sanctions against Kenya, the minister said on Monday.",
           "Ghana and Togo failed to agree on a new fishing accord on Monday.",
           "Norway did not sign a trade agreement with Kenya on Monday.",
           "Ghana has yet to restore relations with Togo, officials said on Monday.",
           "Kenya on Monday denied expelling Norwegian diplomats.",
       }) {
    OneSentence one(2015_y / 12 / 2, text, times);
    INFO(text);
    CHECK(one.TriggerTexts().empty());
  }
}

TEST_CASE("a denial in another clause leaves the act held", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2,
                  "Peru, which did not attend, expelled two Chilean diplomats on Monday.",
                  {{"Monday", "2015-11-30"}});
  CHECK(one.TriggerTexts() == Texts{"expelled"});
  OneSentence also(2015_y / 12 / 2,
                   "Ghana not only recalled its envoy from Togo on Monday but closed the border.",
                   {{"Monday", "2015-11-30"}});
  CHECK(!also.TriggerTexts().empty());
  // "no longer" tells a stop, itself an act.
  OneSentence stop(2015_y / 12 / 2,
                   "Norway said on Monday that it was no longer sending weapons to Kenya.",
                   {{"Monday", "2015-11-30"}});
  CHECK(!stop.TriggerTexts().empty());
}

TEST_CASE("an event noun after a denial in another clause stays an event", "[event_triggers]") {
  OneSentence one(2015_y / 12 / 2,
                  "Norway, which did not object, signed a trade agreement with Kenya on Monday.",
                  {{"Monday", "2015-11-30"}});
  CHECK(one.TriggerTexts() == Texts{"agreement"});
}
