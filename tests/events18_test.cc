// Hostile measures, incidents and protests the assembler used to miss
// (issue 5, branch `events18`): recalls told with one side, incidents whose
// other side is named past their clause, denials of fighting, complaints
// to the UN, force not ruled out, threats whose target follows the step
// threatened, duties, co-operation and visa-free travel suspended. The
// real resolver dates the sentences, published on Thursday 14 March 2024.
// Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using Case = annals::testing::HeldCase;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("a recall or expulsion with one side named involves the article's other side",
          "[events18]") {
  Fixture f;
  auto m = f.Extract(
      "Chile accused Peru of spying on Monday. Lima recalled its ambassador, Ana Soto, for "
      "consultations on Friday.");
  const annals::Mention* recall = nullptr;
  for (const auto& x : m)
    if (x.type == "recall") recall = &x;
  REQUIRE(recall != nullptr);
  CHECK(recall->cameo == "161");
  CHECK(recall->date == "2024-03-08");
  CHECK(recall->actors == std::set<std::string>{"CHL", "PER"});
  // An article about one country alone lends no second side.
  CHECK(f.Extract("Peru recalled its ambassador, Ana Soto, for consultations on Friday.").empty());
  // Diplomats expelled with no country named came from the other side.
  auto expelled =
      f.Extract("Chile accused Peru of spying on Monday. Peru expelled two diplomats on Tuesday.");
  const annals::Mention* expulsion = nullptr;
  for (const auto& x : expelled)
    if (x.type == "expulsion") expulsion = &x;
  REQUIRE(expulsion != nullptr);
  CHECK(expulsion->date == "2024-03-12");
  CHECK(expulsion->actors == std::set<std::string>{"CHL", "PER"});
}

TEST_CASE("fighting: the other side past the clause, denials, complaints", "[events18]") {
  CheckAll({
      {"A Peruvian soldier was killed on Monday in an exchange of fire with Chilean troops.",
       "incident",
       "190",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Lima on Wednesday denied any clashes with Chilean forces.",
       "condemnation",
       "111",
       "2024-03-13",
       {"CHL", "PER"}},
      {"Chile complained to the UN on Tuesday that Peru is militarising the coast.",
       "protest",
       "111",
       "2024-03-12",
       {"CHL", "PER", "UN"}},
      {"Peru lodged a formal complaint with Chile on Monday.",
       "protest",
       "111",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  // A complaint to no one named is no protest.
  Fixture f;
  for (const auto& m : f.Extract("Chile complained about the rain on Tuesday, Peru said."))
    CHECK(m.type != "protest");
}

TEST_CASE("force or pressure not ruled out is a threat", "[events18]") {
  CheckAll({
      {"On Monday Peru refused to rule out military or economic pressure on Chile.",
       "warning",
       "130",
       "2024-03-11",
       {"CHL", "PER"}},
      // A time inside the verb.
      {"Peruvian President Ana Rojas refused on Wednesday to rule out military or economic "
       "pressure on Chile.",
       "warning",
       "130",
       "2024-03-13",
       {"CHL", "PER"}},
  });
  Fixture f;
  for (const auto& m : f.Extract("On Monday Peru did not rule out a meeting with Chile."))
    CHECK(m.type != "warning");
}

TEST_CASE("duties, co-operation and visa-free travel stopped", "[events18]") {
  CheckAll({
      {"On Wednesday Chile imposed a provisional 75 percent duty on Peruvian quinoa.",
       "trade-restriction",
       "163",
       "2024-03-13",
       {"CHL", "PER"}},
      {"Chile retaliated with a 75 percent duty on Peruvian quinoa on Tuesday.",
       "trade-restriction",
       "163",
       "2024-03-12",
       {"CHL", "PER"}},
      {"On Monday Peru lifted the 25 percent duty on Chilean wine.",
       "lifting",
       "085",
       "2024-03-11",
       {"CHL", "PER"}},
      {"On Monday Chile suspended co-operation with Peru on people smuggling, exercises and "
       "intelligence sharing.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Chile suspended joint military exercises with Peru on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Chile suspended visa-free travel for Peruvians on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru suspended all flights to and from Chile on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Chile banned Peruvian airlines from its airspace on Tuesday.",
       "sanction",
       "163",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru ordered the closure of the Chilean consulate in Tacna on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  // Flights grounded by the weather are no measure.
  Fixture f;
  CHECK(f.Extract("Heavy snow grounded flights in Lima on Monday, Chile said.").empty());
}

TEST_CASE("a threat's target may follow the step threatened", "[events18]") {
  Fixture f;
  auto m = f.Extract("On Monday Peru threatened to cut diplomatic ties with Chile.");
  const annals::Mention* warning = nullptr;
  for (const auto& x : m)
    if (x.type == "warning") warning = &x;
  REQUIRE(warning != nullptr);
  CHECK(warning->date == "2024-03-11");
  CHECK(warning->status == "held");
  CHECK(warning->actors == std::set<std::string>{"CHL", "PER"});
  // A third country the threat is not aimed at stays out.
  auto third = f.Extract(
      "On Monday Peru threatened to close its border with Chile, and Bolivia asked for calm.");
  for (const auto& x : third)
    if (x.type == "warning") CHECK(x.actors == std::set<std::string>{"CHL", "PER"});
}

TEST_CASE("a clock time after 'after' dates the event it follows", "[events18]") {
  CheckAll({
      {"Two Chilean citizens were executed in Peru shortly after midnight on Tuesday.",
       "detention",
       "173",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  // "After" before an event, not a clock, still opens another clause.
  Fixture f;
  auto m = f.Extract("Chile recalled its ambassador after the talks with Peru on Tuesday.");
  for (const auto& x : m)
    if (x.type == "recall") CHECK(x.date != "2024-03-12");
}

TEST_CASE("one's own envoy called home is a recall, not a summons", "[events18]") {
  CheckAll({
      {"Peru on Monday summoned its ambassador to Chile home for consultations.",
       "recall",
       "161",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru on Monday called back its ambassador to Chile.",
       "recall",
       "161",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru brought home its ambassador to Chile on Tuesday.",
       "recall",
       "161",
       "2024-03-12",
       {"CHL", "PER"}},
      // The other side's envoy summoned is still a summons.
      {"On Monday Chile summoned the Peruvian ambassador.",
       "summon",
       "111",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  // Troops called back are no recall of an envoy.
  Fixture f;
  CHECK(f.Extract("Peru on Monday called back its reserve troops, Chile said.").empty());
}

TEST_CASE("protests in other words", "[events18]") {
  CheckAll({
      {"Peru registered its strong displeasure with Chile on Monday.",
       "protest",
       "111",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru objected on Tuesday to Chile's naval exercises.",
       "protest",
       "111",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru sent a strongly worded note to Chile on Monday.",
       "protest",
       "111",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru demanded explanations from Chile on Tuesday.",
       "protest",
       "100",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  CHECK(f.Extract("Peru expressed satisfaction with Chile's decision on Monday.").empty());
  for (const auto& m : f.Extract("The objects found in Chile were returned to Peru on Monday."))
    CHECK(m.type != "protest");
}

TEST_CASE("incursions, seizures, supplies cut and pacts suspended", "[events18]") {
  CheckAll({
      {"Chilean warplanes violated Peruvian airspace on Monday.",
       "incident",
       "190",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Chilean troops crossed into Peruvian territory on Tuesday.",
       "incident",
       "190",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru seized two Chilean trawlers on Monday.",
       "incident",
       "190",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru on Monday cut off gas supplies to Chile.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru closed its ports to Chilean ships on Tuesday.",
       "reduce-relations",
       "160",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru left the regional trade format with Chile in May.",
       "reduce-relations",
       "160",
       "2023-05",
       {"CHL", "PER"}},
      {"Chile on Monday suspended the bilateral commission with Peru.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
      // A pact suspended is left for now, not made.
      {"Chile suspended the free trade agreement with Peru on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  Fixture f;
  CHECK(f.Extract("Police seized two tonnes of cocaine in Peru on Monday, Chile said.").empty());
  // Leaving a city names no format.
  for (const auto& m : f.Extract("Peru's president left Lima for Santiago on Monday."))
    CHECK(m.type != "reduce-relations");
}

TEST_CASE("threats and shows of force in other words", "[events18]") {
  CheckAll({
      {"Peru issued a warning to Chile on Monday.", "warning", "130", "2024-03-11", {"CHL", "PER"}},
      {"Peru said on Tuesday it would use force if necessary to defend the islands from Chile.",
       "warning",
       "130",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Chile said on Monday that all options were on the table against Peru.",
       "warning",
       "130",
       "2024-03-11",
       {"CHL", "PER"}},
      {"On Monday Peru warned of a military response if Chile built the base.",
       "warning",
       "130",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Peru massed troops on the border with Chile on Monday.",
       "warning",
       "154",
       "2024-03-11",
       {"CHL", "PER"}},
  });
}

TEST_CASE("people killed by the other side, cases and captives", "[events18]") {
  CheckAll({
      {"Two Peruvian fishermen were killed by Chilean coast guard fire on Monday.",
       "incident",
       "190",
       "2024-03-11",
       {"CHL", "PER"}},
      // A court's sentence is a verdict (courts23).
      {"A Peruvian court convicted two Chileans of spying on Tuesday.",
       "verdict",
       "",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Peru deported 40 Chilean nationals on Monday.",
       "expulsion",
       "174",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Chile returned the captured Peruvian soldiers on Monday.",
       "release",
       "084",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  Fixture f;
  CHECK(f.Extract("Two Peruvians were killed by a storm on Monday, Chile said.").empty());
  CHECK(f.Extract("Chile returned the documents to Peru on Monday.").empty());
}
