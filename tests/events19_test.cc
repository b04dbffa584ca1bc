// Events the assembler used to miss or misread in background and reply
// paragraphs (issue 5, branch `events19`): criticism and replies that
// answer the other side, a gathering one side attended, a relative's
// private trip, and a time that belongs to a noun described after the
// event word. The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using Case = annals::testing::HeldCase;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

// The mentions of `all` dated `date`.
std::vector<annals::Mention> DatedOn(const std::vector<annals::Mention>& all,
                                     const std::string& date) {
  std::vector<annals::Mention> out;
  for (const auto& m : all)
    if (m.date == date) out.push_back(m);
  return out;
}
}  // namespace

TEST_CASE("criticism told as a retort or a judgement is a condemnation", "[events19]") {
  CheckAll({
      {"Colombian President Laura Vega hit back at Ecuador on Monday.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      // The judgement ends a longer object than a measure's.
      {"On Tuesday Ecuadorean Foreign Minister Pablo Mena called the Colombian idea of a shared "
       "port absurd.",
       "condemnation",
       "111",
       "2024-03-12",
       {"COL", "ECU"}},
  });
}

TEST_CASE("a reply naming one side answers the other side of the sentence before", "[events19]") {
  Fixture f;
  {
    auto m = f.Extract(
        "Colombian President Laura Vega criticised Ecuador on Monday. Ecuadorean President Pablo "
        "Mena said on Tuesday he was annoyed and surprised.");
    auto reply = DatedOn(m, "2024-03-12");
    REQUIRE(reply.size() == 1);
    CHECK(reply[0].type == "condemnation");
    CHECK(reply[0].actors == std::set<std::string>{"COL", "ECU"});
  }
  {
    auto m = f.Extract(
        "Colombian President Laura Vega said on Tuesday that Colombia wanted the port. Ecuadorean "
        "President Pablo Mena said in a video on Wednesday that Ecuador does not appreciate the "
        "tone.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == "2024-03-13");
    CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  }
  {
    auto m = f.Extract(
        "Colombian President Laura Vega said on Tuesday that Colombia wanted the port. On "
        "Wednesday Ecuadorean President Pablo Mena replied that Ecuador is a good and strong "
        "neighbour.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == "2024-03-13");
    CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  }
  // A domestic quote after a sentence of background that reported no
  // speech stays one side's.
  CHECK(f.Extract("Colombian President Laura Vega took office in 2022, and Ecuadorean President "
                  "Pablo Mena in 2023. Mena said on Tuesday the tax plan was absurd.")
            .empty());
}

TEST_CASE("a gathering one side attended is where the two met", "[events19]") {
  Fixture f;
  auto m = f.Extract(
      "Colombian President Laura Vega attended the Andean business summit in Quito on Monday and "
      "met Ecuadorean President Pablo Mena.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].date == "2024-03-11");
  CHECK(m[0].place == "Quito");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
}

TEST_CASE("a leader's relative's trip is no state event", "[events19]") {
  Fixture f;
  CHECK(f.Extract("Colombian President Laura Vega's son visited Ecuador on Monday.").empty());
  CHECK(f.Extract("Colombian President Laura Vega's daughter, Marta, visited Quito on Monday.")
            .empty());
  // The leader's own visit stays.
  CheckAll({{"Colombian President Laura Vega visited Ecuador on Monday.",
             "visit",
             "042",
             "2024-03-11",
             {"COL", "ECU"}}});
}

TEST_CASE("a time of a noun described after the event word does not date it", "[events19]") {
  Fixture f;
  for (const auto& m : f.Extract("Colombia and Ecuador have held talks on repairing relations "
                                 "damaged in 2017."))
    CHECK(m.date != "2017");
  // A participle of the event's own making still passes the time on.
  auto m = f.Extract("The agreement between Colombia and Ecuador signed in 2018 expired.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2018");
}

TEST_CASE("a meeting held again in another place and month is a second meeting", "[events19]") {
  Fixture f;
  auto m = f.Extract(
      "Colombian and Ecuadorean negotiators met in Pasto in September and again in Tulcan in "
      "October.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].date == "2023-09");
  CHECK(m[1].date == "2023-10");
  CHECK(m[1].type == "meeting");
  CHECK(m[1].place == "Tulcan");
  CHECK(m[1].actors == std::set<std::string>{"COL", "ECU"});
  auto twice = f.Extract(
      "Colombian President Laura Vega and Ecuadorean President Pablo Mena met in Quito in May and "
      "in Bogota in October.");
  REQUIRE(twice.size() == 2);
  CHECK(twice[0].date == "2023-05");
  CHECK(twice[0].place == "Quito");
  CHECK(twice[1].date == "2023-10");
  CHECK(twice[1].place == "Bogota");
}
