// Words exchanged between the two sides: criticism told in a forum or by a
// comparison, protests in the words of diplomacy, threats, recognition,
// denials and invitations taken back (issue 5, branch `events21`). The
// real resolver dates the sentences, published on Thursday 14 March 2024.
// Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("criticism told by a comparison or in words of blame", "[events21]") {
  CheckAll({
      {"On Tuesday, Colombian President Laura Vega likened Ecuador to a rower who rows in "
       "circles.",
       "condemnation",
       "111",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Colombia's foreign minister on Monday called the Ecuadorean envoy's words shameful and "
       "his government without legitimacy.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia on Monday called the Ecuadorean military council unlawful.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombian President Laura Vega, in Madrid, faulted Ecuadorean methods on Monday.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombian President Laura Vega on Monday questioned the legitimacy of the Ecuadorean "
       "government.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      // A breach told as speech is criticism of the side that broke it.
      {"The Colombian foreign ministry said on Monday that Ecuador's new dam had breached the "
       "river pact.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Blame of one's own opposition, or of a third country, is no entry.
  CHECK(f.Extract("Colombian President Laura Vega said on Monday that the opposition violated "
                  "the constitution.")
            .empty());
  CHECK(f.Extract("Colombia on Monday called the local election illegal.").empty());
  // A comparison about one's own economy names no other side.
  CHECK(f.Extract("Colombian President Laura Vega likened the economy to a ship in a storm on "
                  "Monday.")
            .empty());
}

TEST_CASE("protests in the words of diplomacy", "[events21]") {
  CheckAll({
      {"Bogota made stern representations to the Ecuadorean ambassador on Monday.",
       "protest",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia on Tuesday requested an emergency session of the UN Security Council over "
       "Ecuadorean shelling.",
       "protest",
       "111",
       "2024-03-12",
       {"COL", "ECU", "UNSC"}},
      {"Ecuador on Wednesday denied any fighting on the Colombian border.",
       "condemnation",
       "111",
       "2024-03-13",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Plain representations for one's exporters protest nothing.
  CHECK(f.Extract("Colombia made representations to the Ecuadorean ambassador on Monday on "
                  "behalf of its exporters.")
            .empty());
  // Fighting denied with a third country is not between the two.
  for (const auto& m : f.Extract("Ecuador on Wednesday denied any fighting with Peru."))
    CHECK(m.actors.count("COL") == 0);
}

TEST_CASE("threats in the words of diplomacy", "[events21]") {
  CheckAll({
      {"Bogota said on Monday it would take whatever steps are needed to protect its border "
       "with Ecuador.",
       "warning",
       "130",
       "2024-03-11",
       {"COL", "ECU"}},
      // The reply may come a clause after the verb of speech.
      {"Colombian President Laura Vega said on Tuesday that Colombia needs the Ecuadorean "
       "harbour and will do whatever it takes.",
       "warning",
       "130",
       "2024-03-12",
       {"COL", "ECU"}},
      {"Ecuador on Monday warned Colombia against any move on the disputed islets.",
       "warning",
       "130",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Measures against inflation threaten no one.
  CHECK(f.Extract("Colombian President Laura Vega said on Monday that Colombia would take all "
                  "necessary measures to curb inflation.")
            .empty());
}

TEST_CASE("recognition of a leader of the other side", "[events21]") {
  CheckAll({
      {"Bogota on Monday recognised the Ecuadorean opposition leader as interim president.",
       "establishment",
       "054",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  CHECK(f.Extract("Bogota on Monday recognised the Peruvian opposition leader as interim "
                  "president.")
            .size() == 1);
  for (const auto& m : f.Extract("Bogota on Monday recognised the Peruvian opposition leader as "
                                 "interim president."))
    CHECK(m.actors.count("ECU") == 0);
}

TEST_CASE("a denial joined to blame names whom the blame names", "[events21]") {
  CheckAll({
      {"Ecuadorean President Pablo Mena on Monday rejected any role and blamed the Colombian "
       "government.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
  });
}

TEST_CASE("criticism that points at the other side without naming it", "[events21]") {
  Fixture f;
  // "Neighbours" in an article about two neighbours is the other one.
  auto m = f.Extract(
      "Colombia and Ecuador have quarrelled over the river for a year.\n\n"
      "Colombian President Laura Vega told the UN General Assembly on Tuesday that some "
      "neighbours treat friendship as a stage show.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "condemnation");
  CHECK(m[0].date == "2024-03-12");
  CHECK(m[0].actors.count("COL") == 1);
  CHECK(m[0].actors.count("ECU") == 1);
  // Criticism of a named side, the sentence before, answers it, though a
  // forum is spoken to.
  m = f.Extract(
      "Ecuador on Monday accused Colombia of stealing water.\n\n"
      "Colombian President Laura Vega told the UN General Assembly on Tuesday that the claim "
      "was a lie.");
  bool answered = false;
  for (const auto& e : m)
    answered = answered || (e.date == "2024-03-12" && e.actors.count("ECU") == 1);
  CHECK(answered);
  // A speech about one's own plans names no other side (the forum is
  // none).
  for (const auto& e :
       f.Extract("Colombia and Ecuador have quarrelled over the river for a year.\n\n"
                 "Colombian President Laura Vega told the UN General Assembly on Tuesday that "
                 "Colombia would halve poverty."))
    CHECK(e.actors.count("ECU") == 0);
  // Neighbours of an article about three countries stay unnamed.
  for (const auto& e :
       f.Extract("Colombia, Peru and Ecuador have quarrelled over the river for a year.\n\n"
                 "Colombian President Laura Vega told the UN General Assembly on Tuesday that "
                 "some neighbours treat friendship as a stage show."))
    CHECK(e.actors == std::set<std::string>{"COL", "UNGA"});
}

TEST_CASE("an invitation withdrawn calls the gathering off", "[events21]") {
  Fixture f;
  auto m = f.Extract(
      "Colombian President Laura Vega's invitation to Sunday's meeting with Ecuador in Quito "
      "was withdrawn.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].date == "2024-03-10");
  CHECK(m[0].status == "cancelled");
  // An envoy withdrawn is a recall held, not called off.
  for (const auto& e : f.Extract("Colombia's ambassador to Ecuador was withdrawn on Monday."))
    CHECK(e.status == "held");
  // Taking the invitation back is a snub of its own day.
  CheckAll({
      {"Ecuador on Monday withdrew its invitation to Colombian President Laura Vega.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
  });
}

TEST_CASE("a threat that names no one is aimed at the article's other side", "[events21]") {
  Fixture f;
  auto m = f.Extract(
      "Colombia and Ecuador have quarrelled over the river for a year.\n\n"
      "Bogota said on Monday it would take whatever steps are needed to protect its security.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "warning");
  CHECK(m[0].date == "2024-03-11");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  // The junta an article's side speaks of is the other side's.
  m = f.Extract(
      "Colombia and Ecuador have quarrelled over the river for a year.\n\n"
      "Colombia's foreign minister on Monday called the junta unlawful and its choices "
      "reckless.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "condemnation");
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  // So is criticism with no target named.
  m = f.Extract(
      "Colombia and Ecuador have quarrelled over the river for a year.\n\n"
      "Colombian President Laura Vega on Monday called the step deeply unfair.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"COL", "ECU"});
  // Criticism of someone at home is not aimed abroad.
  CHECK(f.Extract("Colombia and Ecuador have quarrelled over the river for a year.\n\n"
                  "Colombian President Laura Vega on Monday took aim at the opposition over the "
                  "budget.")
            .empty());
  // Criticism of a third country named in the sentence is not the other
  // side's.
  for (const auto& e :
       f.Extract("Colombia and Ecuador have quarrelled over the river for a year.\n\n"
                 "Colombian President Laura Vega on Monday took aim at Peru."))
    CHECK(e.actors.count("ECU") == 0);
  // In an article about three countries a threat's target is not clear.
  CHECK(f.Extract("Colombia, Peru and Ecuador have quarrelled over the river for a year.\n\n"
                  "Bogota said on Monday it would take whatever steps are needed.")
            .empty());
}

TEST_CASE("criticism, retorts and demands in other words", "[events21]") {
  CheckAll({
      {"Colombian President Laura Vega on Monday took aim at Ecuador over its river policy.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia on Monday labelled the Ecuadorean move a provocation.",
       "condemnation",
       "111",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia warned on Monday that Ecuador would pay a price for the dam.",
       "warning",
       "130",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuador on Monday called on Colombia to withdraw its troops from the river.",
       "demand",
       "100",
       "2024-03-11",
       {"COL", "ECU"}},
  });
  Fixture f;
  // A retort answers the side the sentence before reported.
  auto m = f.Extract(
      "Colombian President Laura Vega said on Monday the islets are Colombian.\n\n"
      "Ecuador shot back on Tuesday that the islets are Ecuadorean.");
  bool retort = false;
  for (const auto& e : m)
    retort = retort || (e.type == "condemnation" && e.date == "2024-03-12" &&
                        e.actors == std::set<std::string>{"COL", "ECU"});
  CHECK(retort);
  // A third party's appeal to both sides is no demand between them.
  CHECK(f.Extract("Peru on Monday urged Colombia and Ecuador to stop the fighting.").empty());
}
