// Where an event took place when the sentence names several places.
#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
// Published on Friday 3 March 2023.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2023_y / 3 / 3) {}
};
}  // namespace

TEST_CASE("a clock named after a city is no place", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday "
      "evening in Paris time.";
  auto m = f.Extract(body, {{"Thursday evening", "2023-03-02TEV"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "call");
  CHECK(m[0].place.empty());
  CHECK(m[0].actors.count("FRA") == 0);
}

TEST_CASE("a meeting on the sidelines of a gathering is where the gathering was",
          "[events][places]") {
  Fixture f;
  std::string body =
      "Chinese Premier Li Qiang met U.S. Treasury Secretary Janet Yellen on Tuesday on the "
      "sidelines of the G20 meeting of finance ministers in Hamburg.";
  auto m = f.Extract(body, {{"Tuesday", "2023-02-28"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].place == "Hamburg");

  std::string other =
      "Chinese Premier Li Qiang met U.S. Treasury Secretary Janet Yellen on Tuesday, and the "
      "two leaders will meet on the sidelines of the G20 summit in Hamburg.";
  auto n = f.Extract(other, {{"Tuesday", "2023-02-28"}});
  REQUIRE_FALSE(n.empty());
  CHECK(n[0].place != "Hamburg");
}

TEST_CASE("a place in another clause is not the event's", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich in "
      "February, and U.S. President Joe Biden hosted Chinese President Xi Jinping on Nov. 15.";
  auto m = f.Extract(body, {{"February", "2023-02"}, {"Nov. 15", "2023-11-15"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].place == "Munich");
  CHECK(m[1].date == "2023-11-15");
  CHECK(m[1].place != "Munich");
}
