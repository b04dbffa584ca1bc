// Nationals of one side detained, tried, sentenced, swapped and freed by
// the other, and harm and spying done to the other side's people (issue
// 5, branch `events23`). The real resolver dates the sentences, published
// on Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("nationals captured, extradited and swapped", "[events23]") {
  CheckAll({
      {"Two former Colombian marines were captured in Ecuador on Monday after a failed landing.",
       "detention",
       "173",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador extradited Colombian businessman Hugo Salas on Tuesday.",
       "extradition",
       "063",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Ecuador and Colombia carried out a prisoner swap on Monday.",
       "release",
       "084",
       "2024-03-11",
       {"COL", "ECU"}},
      // The verb and "on bail" with the person between them.
      {"An Ecuadorean judge released Colombian executive Sara Pineda on bail on Monday.",
       "release",
       "084",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // "Captured" with a town after it is a capture of territory, not of people.
  auto m = f.Extract("Colombian troops captured the Ecuadorean town of Lago Verde on Monday.");
  for (const auto& mention : m) CHECK(mention.type != "detention");
}

TEST_CASE("an event word with its own form of be is passive", "[events23]") {
  Fixture f;
  // "were executed" holds its "were": the Colombians are whom it was done
  // to, so the other of the article's two countries did it.
  auto m = f.Extract(
      "Ecuador and Colombia have quarrelled for months. The two Colombians were executed "
      "shortly after midnight on Tuesday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "detention");
  CHECK(m[0].date == "2024-03-12");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
}

TEST_CASE("a detained diplomat's later trial is the other side's doing", "[events23]") {
  Fixture f;
  auto m = f.Extract(
      "Lucas Mejia, a former Colombian diplomat, was detained in Quito in January. A court "
      "sentenced Mejia to nine years on Monday.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "verdict");  // a court's sentence (courts23)
  CHECK(m[1].date == "2024-03-11");
  CHECK(m[1].actors == std::set<std::string>{"COL", "ECU"});
}

TEST_CASE("a national judged at home is domestic news", "[events23]") {
  Fixture f;
  CHECK(f.Extract("Ecuador and Colombia have quarrelled for months. Colombian engineer Luis "
                  "Mora was sentenced to nine years in Bogota on Monday.")
            .empty());
  // Judged abroad, the same sentence is between the two.
  auto m = f.Extract(
      "Ecuador and Colombia have quarrelled for months. Colombian engineer Luis Mora was "
      "sentenced to nine years in Quito on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
}

TEST_CASE("harm and spying done to the other side's people", "[events23]") {
  CheckAll({
      {"Ecuadorean security guards beat two Colombian cameramen in Quito on Tuesday.",
       "incident",
       "190",
       "2024-03-12",
       {"COL", "ECU"}},
      // A phone tapped is no phone call.
      {"Colombia's intelligence agency tapped the phones of Ecuador's foreign minister in 2013.",
       "incident",
       "180",
       "2013",
       {"COL", "ECU"}},
  });
  Fixture f;
  // "Beat" with no person after it is a match won.
  CHECK(f.Extract("Colombia beat Ecuador 2-1 in Quito on Tuesday.").empty());
}

TEST_CASE("a release is with the country the freed person went to", "[events23]") {
  Fixture f;
  auto m = f.Extract(
      "Ecuador and Colombia have quarrelled for months. Ecuador freed Pablo Ortiz on Monday, "
      "who flew to Bogota.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "release");
  CHECK(m[0].date == "2024-03-11");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  // Sent on to a third country, the release stays one side's.
  CHECK(f.Extract("Ecuador and Colombia have quarrelled for months. Ecuador freed Pablo Ortiz on "
                  "Monday and deported him to Peru.")
            .empty());
}

TEST_CASE("released with a nationality after it is a release", "[events23]") {
  Fixture f;
  auto m = f.Extract(
      "Ecuador and Colombia have quarrelled for months. Ecuador released three Colombians on "
      "Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "release");
  CHECK(m[0].date == "2024-03-11");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  // A nationality that describes a thing frees no one.
  CHECK(f.Extract("Ecuador and Colombia have quarrelled for months. Ecuador released a "
                  "Colombian statement on Monday.")
            .empty());
  CHECK(f.Extract("Ecuador and Colombia have quarrelled for months. Ecuador released a "
                  "Colombian-made film on Monday.")
            .empty());
}
