// Sides carried from the sentence before ("It also recalled its
// ambassador", "Her department", "The ministry"), companies that stand for
// their state ("Aeroflot suspended flights"), and firms and goods of the
// other side taken over or checked (issue 5, branch `sides20`). The real
// resolver dates the sentences, published on Thursday 14 March 2024.
// Every sentence and name is made up for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "side_words.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

// The mentions of `body` of type `type` whose sides are exactly `sides`.
size_t CountWithSides(Fixture& f, const std::string& body, const std::string& type,
                      const std::set<std::string>& sides) {
  size_t n = 0;
  for (const annals::Mention& m : f.Extract(body)) n += m.type == type && m.actors == sides;
  return n;
}

// Opens the stories about a third country's quarrel with Peru: Bolivia and
// Peru are the two the article has named most, so a side left out is not
// Chile's unless the text says so.
const std::string kBoliviaIntro =
    "Bolivia and Peru have quarrelled for months over a gas pipeline. Bolivian and Peruvian "
    "officials met in La Paz in January. ";
// Opens the stories about Peru and Chile.
const std::string kIntro =
    "Peru and Chile have quarrelled for months over a fishing boundary. Lima and Santiago "
    "traded barbs in January. ";

}  // namespace

TEST_CASE("it, its and the ministry stand for the body named before", "[events][sides20]") {
  Fixture f;
  const std::set<std::string> chile_peru{"CHL", "PER"}, bolivia_peru{"BOL", "PER"};
  // "It" is the Chilean ministry; the other side is the capital it acts in.
  std::string body = kBoliviaIntro +
                     "The Chilean foreign ministry announced new measures late on Sunday. It "
                     "also said on Monday that it had recalled its ambassador in Lima.";
  CHECK(CountWithSides(f, body, "recall", chile_peru) == 1);
  CHECK(CountWithSides(f, body, "recall", bolivia_peru) == 0);
  // A body named without its country is the one named before.
  body = kBoliviaIntro +
         "The Chilean government announced new measures on Monday. The ministry recalled its "
         "ambassador in Lima on Tuesday.";
  CHECK(CountWithSides(f, body, "recall", chile_peru) == 1);
}

TEST_CASE("his or her department is the side of the person named before", "[events][sides20]") {
  Fixture f;
  // The title's country makes the person the subject too.
  std::string body = kBoliviaIntro +
                     "Chilean Foreign Minister Tomas Araya said on Tuesday that he was alarmed by "
                     "the arrests. His ministry recalled its ambassador in Lima on Wednesday.";
  CHECK(CountWithSides(f, body, "recall", {"CHL", "PER"}) == 1);
  CHECK(CountWithSides(f, body, "recall", {"BOL", "PER"}) == 0);
}

TEST_CASE("a subject is carried within its paragraph only", "[events][sides20]") {
  Fixture f;
  // A new paragraph may turn to another actor: "It" there is not Chile.
  std::string body = kBoliviaIntro +
                     "The Chilean government announced new measures on Monday.\n\nIt recalled "
                     "its ambassador in Lima on Tuesday.";
  CHECK(CountWithSides(f, body, "recall", {"CHL", "PER"}) == 0);
}

TEST_CASE("a pronoun standing for a third country gives the pair no event", "[events][sides20]") {
  Fixture f;
  // Argentina recalled its envoy from Santiago: no step between Peru and
  // Chile, though they are the article's two.
  std::string body = kIntro +
                     "The Argentine foreign ministry spoke on Monday. It also said on Tuesday "
                     "that it had recalled its ambassador in Santiago.";
  CHECK(CountWithSides(f, body, "recall", {"CHL", "PER"}) == 0);
  CHECK(CountWithSides(f, body, "recall", {"ARG", "CHL"}) == 1);
}

TEST_CASE("a company stands for its state in a measure", "[events][sides20]") {
  Fixture f;
  std::string body = kBoliviaIntro + "Aeroflot suspended flights to Lima on Monday.";
  CHECK(CountWithSides(f, body, "sanction", {"PER", "RUS"}) == 1);
  // As the object of a measure too.
  body = kIntro + "Peru banned imports from Codelco on Monday.";
  CHECK(CountWithSides(f, body, "trade-restriction", {"CHL", "PER"}) == 1);
}

TEST_CASE("a company in market news or flying as usual is no side", "[events][sides20]") {
  Fixture f;
  for (const auto& m :
       f.Extract(kIntro + "Peru imposed sanctions on Monday as Repsol shares fell.")) {
    CHECK(m.actors.count("ESP") == 0);
  }
  // A visit is no company's: only measures take a company's state.
  for (const auto& m : f.Extract(kIntro + "Aeroflot flew to Lima as usual on Tuesday.")) {
    CHECK(m.actors.count("RUS") == 0);
  }
}

TEST_CASE("firms taken over and goods checked at the border", "[events][sides20]") {
  annals::testing::CheckHeldOnTestDay({
      {"Peru took control of the oil company Tacna Crudo from its Chilean owner on Monday.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Chilean customs tightened checks on Peruvian fish on Monday.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
  });
  Fixture f;
  // A country's own firm taken over at home names one side only.
  CHECK(f.Extract("Peru took control of the oil company Tacna Crudo on Monday.").empty());
}

TEST_CASE("companies.tsv rows are checked", "[sides20]") {
  annals::SideWords words;
  annals::Diagnostic error;
  CHECK(words.LoadCompanies("c.tsv", "Aeroflot\tRUS\tairline\t-\n", &error));
  CHECK_FALSE(words.LoadCompanies("c.tsv", "Aeroflot\tRussia\tairline\t-\n", &error));
  CHECK(error.ToString() ==
        "c.tsv:1:10: error: expected an ISO 3166-1 alpha-3 code, found 'Russia'");
  CHECK_FALSE(words.LoadCompanies("c.tsv", "Aeroflot\tRUS\tbakery\t-\n", &error));
  CHECK(error.ToString().rfind("c.tsv:1:14: error: expected 'airline'", 0) == 0);
  CHECK_FALSE(words.LoadCompanies("c.tsv", "Aeroflot\tRUS\n", &error));
  CHECK(error.ToString().rfind("c.tsv:1:", 0) == 0);
}
