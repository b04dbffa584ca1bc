// Measures between states: troops and defence ties, trade and border
// steps, diplomatic presence and rounds of talks (issue 5, branch
// `events22`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "headline.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("troops withdrawn and joint operations stopped or resumed", "[events22]") {
  CheckAll({
      {"Colombian Defence Minister Laura Vega announced on Monday the withdrawal of Colombian "
       "forces from Ecuador.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"The last Colombian troops left Ecuador on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Colombia suspended joint operations with the Ecuadorean army on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia resumed joint operations with the Ecuadorean army in July 2023.",
       "restoration",
       "054",
       "2023-07",
       {"COL", "ECU"}},
      {"Bogota said on Monday it was no longer sending arms to Quito.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Troops leaving their own barracks, or pulled back at home, are no step
  // between two states.
  CHECK(f.Extract("Colombian troops left their barracks in Bogota on Monday.").empty());
  CHECK(f.Extract("Colombia withdrew its troops from the city of Cali on Monday.").empty());
}

TEST_CASE("trade stopped by the trade, customs and inspectors", "[events22]") {
  CheckAll({
      {"Colombian travel agencies stopped selling package tours to Ecuador on Monday.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador vanished from Colombia's customs system on Tuesday.",
       "trade-restriction",
       "163",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Dozens of Colombian-owned stores in Ecuador were closed by inspectors on Monday.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      // A time and a decimal rate between the verb and its levy.
      {"Ecuador imposed on Monday a provisional 60.2 percent duty on Colombian salmon.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Tours sold are no visit, whatever the tense.
  for (const auto& m : f.Extract("Colombian tour operators stopped selling tours to Ecuador in "
                                 "2019."))
    CHECK(m.type != "visit");
  // A removal from a register of one's own is no step against anyone.
  CHECK(f.Extract("The firm was removed from the customs register in Bogota on Monday.").empty());
}

TEST_CASE("formats left, missions cordoned off, officials put over the border", "[events22]") {
  CheckAll({
      {"Ecuador quit Colombia's Pacific dialogue format on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"On Monday Ecuadorean police cordoned off the Colombian embassy in Quito.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"On Tuesday Colombian police escorted the Ecuadorean minister to the border.",
       "expulsion",
       "166",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  // A dialogue joined is still a dialogue.
  auto m = f.Extract("Ecuador joined Colombia's Pacific dialogue on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "dialogue");
}

TEST_CASE("proposals accepted and pledges signed are agreements, drafts are not", "[events22]") {
  CheckAll({
      {"Colombia and Ecuador on Monday accepted a proposal ending the fishing-licence dispute.",
       "agreement",
       "057",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombian President Laura Vega and Ecuadorean President Pablo Mena signed separate "
       "pledges in Lima on Tuesday.",
       "agreement",
       "057",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  for (const auto& m : f.Extract("Colombia sent Ecuador a draft treaty on Monday."))
    CHECK(m.type != "agreement");
}

TEST_CASE("a second round of talks told with a place and again", "[events22]") {
  Fixture f;
  auto m = f.Extract(
      "Colombian and Ecuadorean negotiators met in Quito in January and in Bogota again in "
      "February.");
  REQUIRE(m.size() == 2);
  std::set<std::string> dates{m[0].date, m[1].date};
  CHECK(dates == std::set<std::string>{"2024-01", "2024-02"});
  for (const auto& one : m) CHECK(one.place == (one.date == "2024-01" ? "Quito" : "Bogota"));
}

TEST_CASE("talks, border steps and missions that name fewer sides than two", "[events22]") {
  Fixture f;
  const std::string background =
      "Ecuador and Colombia are at odds over fishing licences. Ecuadorean boats stay in port "
      "and Colombian boats stay at sea. ";
  auto talks = f.Extract(background +
                         "The round of talks on March 5 ended after eleven hours without a deal.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].type == "talks");
  CHECK(talks[0].date == "2024-03-05");
  CHECK(talks[0].actors == std::set<std::string>{"COL", "ECU"});
  auto border =
      f.Extract(background + "The border reopened to cargo traffic at the bridge on Tuesday.");
  REQUIRE(border.size() == 1);
  CHECK(border[0].type == "restoration");
  CHECK(border[0].date == "2024-03-12");
  CHECK(border[0].actors == std::set<std::string>{"COL", "ECU"});
  auto consulate = f.Extract(background + "Colombia reopened its consulate in Ibarra on Monday.");
  REQUIRE(consulate.size() == 1);
  CHECK(consulate[0].date == "2024-03-11");
  CHECK(consulate[0].actors == std::set<std::string>{"COL", "ECU"});
  // Negotiators with no country, in a story about two.
  auto rounds = f.Extract(background +
                          "Negotiators met in Quito in January and in Bogota again in February.");
  REQUIRE(rounds.size() == 2);
  for (const auto& one : rounds) CHECK(one.actors == std::set<std::string>{"COL", "ECU"});
  // Talks held in a third country, or in a story about one country, are
  // left alone.
  CHECK(f.Extract(background + "Talks on climate resumed in Bonn on Monday.").empty());
  CHECK(f.Extract("Colombia is at odds with its unions. The round of talks on March 5 ended "
                  "without a deal.")
            .empty());
}

TEST_CASE("more wordings of forces, flights, vehicles and goods stopped", "[events22]") {
  CheckAll({
      {"Colombia pulled its troops out of Ecuador on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia's troops completed their withdrawal from Ecuador on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Colombia suspended joint military operations with Ecuador on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador suspended the overflight permits of Colombian airlines on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador banned Colombian trucks from its roads on Monday.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombian exports to Ecuador were halted at the border on Tuesday.",
       "trade-restriction",
       "163",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  // A withdrawal asked for is none; nor is a proposal refused an agreement.
  CHECK(f.Extract("Ecuador demanded the withdrawal of Colombian troops from its territory on "
                  "Monday.")
            .empty());
  CHECK(
      f.Extract("Colombia said on Monday it would not accept any proposal from Ecuador.").empty());
  // Shops closed for a holiday were closed by no one.
  CHECK(f.Extract("Shops were closed in Bogota and Quito on Monday for the holiday.").empty());
}

TEST_CASE("exercises left, attaches sent back, a levy named with its rate", "[events22]") {
  CheckAll({
      {"Ecuador withdrew from joint naval exercises with Colombia on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia reinstated its defence attache in Quito on Tuesday.",
       "envoy-return",
       "054",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  auto m = f.Extract(
      "Ecuador's provisional 60.2 percent duty on Colombian salmon took effect on "
      "Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "trade-restriction");
  CHECK(m[0].date == "2024-03-11");
  // The headline phrase keeps the whole rate.
  CHECK(m[0].phrase.find("60.2 percent duty") != std::string::npos);
  // A bare duty is no levy.
  CHECK(f.Extract("Colombian officers on duty at the Ecuadorean border were praised on Monday.")
            .empty());
}

TEST_CASE("a headline writes a decimal rate as the text does", "[events22]") {
  Fixture f;
  auto m = f.Extract(
      "Ecuador's provisional 60.2 percent duty on Colombian salmon took effect on "
      "Monday.");
  REQUIRE(m.size() == 1);
  std::string title = annals::Headline(m[0], {"COL", "ECU"}, annals::testing::BundledActors());
  CHECK(title.find("60.2 percent duty") != std::string::npos);
  CHECK(title.find("60 .") == std::string::npos);
}
