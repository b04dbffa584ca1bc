// Times told against the event just reported, read through the real
// resolver so that a change in its rule names shows up here.
#include "narrative_time.h"

#include <memory>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;

namespace {
struct Fixture {
  annals::ActorLexicon actors;
  annals::EventRules rules;
  std::unique_ptr<annals::Resolver> resolver;
  Fixture() {
    annals::Diagnostic error;
    REQUIRE(actors.Load(&error));
    REQUIRE(rules.Load(&error));
    REQUIRE(annals::Resolver::Load(&resolver, &error));
  }
  std::vector<annals::Mention> Extract(const std::string& body) {
    annals::Article a = MakeArticle("a.txt", 2023_y / 9 / 19, body, "");
    return rules.Extract(a, resolver->Resolve(body, 2023_y / 9 / 19), actors);
  }
};

const annals::Mention* Find(const std::vector<annals::Mention>& m, const std::string& type) {
  for (const annals::Mention& x : m) {
    if (x.type == type) return &x;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("a day counted off a month keeps the month", "[events][narrative]") {
  Fixture f;
  auto m = f.Extract(
      "Canada accused India in June of a killing in British Columbia. Canada expelled a senior "
      "Indian diplomat the same day.");
  const annals::Mention* e = Find(m, "expulsion");
  REQUIRE(e);
  CHECK(e->date == "2023-06");
  CHECK(e->source.phrase == "the same day");
}

TEST_CASE("a day counted off a year gives no date", "[events][narrative]") {
  Fixture f;
  auto m =
      f.Extract("Relations soured in 2019. The next day, Japan imposed sanctions on South Korea.");
  CHECK_FALSE(Find(m, "sanction"));
}

TEST_CASE("a day counted off a year named in passing counts from the story's day",
          "[events][narrative]") {
  Fixture f;
  auto m = f.Extract(
      "Chinese Foreign Minister Wang Yi arrived in Washington on Feb. 10, a year after the 2022 "
      "Olympics. The next day, Wang met U.S. Secretary of State Antony Blinken.");
  const annals::Mention* e = Find(m, "meeting");
  REQUIRE(e);
  CHECK(e->date == "2023-02-11");
}

TEST_CASE("a day counted off a day is still that day", "[events][narrative]") {
  Fixture f;
  auto m = f.Extract(
      "Chinese Foreign Minister Wang Yi arrived in Washington on Feb. 10. The next day, Wang met "
      "U.S. Secretary of State Antony Blinken.");
  const annals::Mention* e = Find(m, "meeting");
  REQUIRE(e);
  CHECK(e->date == "2023-02-11");
}

TEST_CASE("hours later, days later and a day after take the day just told", "[events][narrative]") {
  Fixture f;
  std::string told =
      "Russian President Vladimir Putin met Turkish President Tayyip Erdogan on Aug. 9. ";
  SECTION("hours later: that day") {
    auto m = f.Extract(told + "Hours later, Russia lifted sanctions on Turkey.");
    const annals::Mention* e = Find(m, "lifting");
    REQUIRE(e);
    CHECK(e->date == "2023-08-09");
    CHECK(e->qualifier == "");
  }
  SECTION("days later: after that day") {
    auto m = f.Extract(told + "Days later, Turkey expelled a Russian diplomat.");
    const annals::Mention* e = Find(m, "expulsion");
    REQUIRE(e);
    CHECK(e->date == "2023-08-09");
    CHECK(e->qualifier == "after");
  }
  SECTION("a day after: the next day") {
    auto m = f.Extract(told + "A day after, Turkey expelled a Russian diplomat.");
    const annals::Mention* e = Find(m, "expulsion");
    REQUIRE(e);
    CHECK(e->date == "2023-08-10");
  }
  SECTION("with only a month told before, that month (dates21)") {
    auto m = f.Extract("In August, the two met. Days later, Turkey expelled a Russian diplomat.");
    const annals::Mention* e = Find(m, "expulsion");
    REQUIRE(e);
    CHECK(e->date == "2023-08");
  }
  SECTION("with no time told before, no date") {
    auto m = f.Extract("Days later, Turkey expelled a Russian diplomat.");
    CHECK_FALSE(Find(m, "expulsion"));
  }
}

TEST_CASE("earlier that month after a year takes the story's month", "[events][narrative]") {
  Fixture f;
  auto m = f.Extract(
      "U.S. President Joe Biden met Chinese President Xi Jinping on Nov. 14, 2022, a year after "
      "the 2021 summit. Earlier that month, Blinken held talks with Wang Yi.");
  const annals::Mention* e = Find(m, "talks");
  REQUIRE(e);
  CHECK(e->date == "2022-11");
  CHECK(e->qualifier == "early");
}

TEST_CASE("next month still counts from publication", "[events][narrative]") {
  Fixture f;
  auto m = f.Extract(
      "The dispute dates from 2020. Biden will visit China next month for talks with Xi.");
  const annals::Mention* e = Find(m, "visit");
  REQUIRE(e);
  CHECK(e->date == "2023-10");
}

TEST_CASE("a counted period dates an event only after a date told before it",
          "[events][narrative]") {
  Fixture f;
  SECTION("months later: the month the count gives") {
    auto m = f.Extract(
        "Chile and Peru signed a fisheries accord on March 2, 2021. Eight months later, Chilean "
        "and Peruvian ministers held talks in Lima.");
    const annals::Mention* e = Find(m, "talks");
    REQUIRE(e);
    CHECK(e->date == "2021-11");
  }
  SECTION("days later: the day") {
    auto m = f.Extract(
        "Chile and Peru held talks in Lima on March 2, 2021. Three days later, Chile expelled a "
        "Peruvian diplomat.");
    const annals::Mention* e = Find(m, "expulsion");
    REQUIRE(e);
    CHECK(e->date == "2021-03-05");
  }
  SECTION("with no date told before, no date") {
    auto m = f.Extract(
        "Eight months later, Chilean and Peruvian ministers held talks in Lima to end the row.");
    CHECK_FALSE(Find(m, "talks"));
  }
}
