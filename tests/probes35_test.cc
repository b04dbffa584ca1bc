// Measures, incidents and court steps that one-sentence probes showed
// missing (issue 5, branch `probes35`): borders reopened, bids vetoed and
// vetoes lifted, a court's orders and appeals of its rulings, force at
// sea, walls along a border and unions dissolved. The real resolver dates
// the sentences. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of a story filed from `town` on Wednesday 2024-03-13, built
// for `pair`, each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.pair_asked = true});
}

}  // namespace

TEST_CASE("a border one side reopens is a restoration, as one it closes is a reduction",
          "[probes35]") {
  CHECK(Told("Norway reopened its border with Kenya on Friday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"restoration 2024-03-08 held"});
  CHECK(Told("Peru partially reopened the border with Chile on Tuesday after a month-long "
             "closure.",
             kPerChl, "Lima") == std::multiset<std::string>{"restoration 2024-03-12 held"});
  CHECK(Told("Togo closed its borders with Ghana on Monday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 held"});
  // A debate about the border reopened is no border reopened.
  CHECK(Told("Lawmakers reopened the debate on the border with Norway on Tuesday.", kNorKen,
             "Nairobi")
            .empty());
}

TEST_CASE("a bid vetoed is a rejection and a veto lifted a lifting", "[probes35]") {
  CHECK(Told("Norway vetoed Kenya's bid to join the bloc on Tuesday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"rejection 2024-03-12 held"});
  CHECK(Told("Norway on Tuesday blocked Kenya's bid to join the bloc.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"rejection 2024-03-12 held"});
  CHECK(Told("Chile vetoed Peru's application to join the trade bloc on Friday.", kPerChl,
             "Lima") == std::multiset<std::string>{"rejection 2024-03-08 held"});
  CHECK(Told("Norway lifted its veto on Kenya's membership talks on Monday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"lifting 2024-03-11 held"});
  CHECK(Told("Ghana dropped its veto on Togo's accession talks on Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"lifting 2024-03-08 held"});
  // A road blocked is no bid turned down.
  CHECK(Told("Police blocked the road to the Norwegian embassy on Tuesday.", kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("a court that orders a state rules, and a state that appeals takes a legal step",
          "[probes35]") {
  CHECK(Told("Ghana and Togo took their maritime dispute to an arbitration tribunal in 2022. On "
             "Friday the court ordered Togo to pay damages to Ghana.",
             kGhaTgo, "Accra")
            .count("ruling 2024-03-08 held") == 1);
  CHECK(Told("The International Court of Justice heard the case between Kenya and Norway. The "
             "court ordered Norway on Tuesday to halt drilling in the disputed zone.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"ruling 2024-03-12 held"});
  CHECK(Told("An arbitration panel found for Chile in its dispute with Peru last year. On Friday "
             "Peru challenged the award.",
             kPerChl, "Lima") ==
        std::multiset<std::string>{"ruling 2023 held", "accusation 2024-03-08 held"});
  // A court that orders people held or freed rules on no state.
  CHECK(Told("Two Norwegians were charged with drug trafficking in Nairobi. The court ordered "
             "their release on bail on Tuesday.",
             kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("warning shots and collisions at sea are incidents, a border wall a measure",
          "[probes35]") {
  CHECK(Told("A Norwegian frigate fired warning shots at a Kenyan trawler on Sunday.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"incident 2024-03-10 held"});
  CHECK(Told("A Peruvian tanker collided with a Chilean navy ship near Arica on Friday.", kPerChl,
             "Lima") == std::multiset<std::string>{"incident 2024-03-08 held"});
  CHECK(Told("Togo began building a wall along its border with Ghana last week.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"reduce-relations 2024-W10 held"});
  // Plans that collide, and a school built, are none.
  CHECK(Told("The plan collided with Kenya's budget rules on Sunday, Norway said.", kNorKen,
             "Nairobi")
            .empty());
  CHECK(
      Told("Ghana began building a new school near the Togolese border in March.", kGhaTgo, "Accra")
          .empty());
}

TEST_CASE("a union of the two dissolved ends a tie", "[probes35]") {
  CHECK(Told("Kenya and Norway dissolved their customs union on Tuesday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"reduce-relations 2024-03-12 held"});
  CHECK(Told("Chile ended its monetary union with Peru on Friday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"reduce-relations 2024-03-08 held"});
  // A state's own parliament dissolved is none.
  CHECK(
      Told("Norway dissolved its parliament on Tuesday, Kenya said.", kNorKen, "Nairobi").empty());
}

TEST_CASE("an accord of one side signed in the other's capital is between the two", "[probes35]") {
  CHECK(Told("Kenya said the agreement, signed in Oslo last May, came into force on Monday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"agreement 2023-05 held"});
  CHECK(Told("Chile said the fisheries accord, signed in Lima in 2019, took effect on Monday.",
             kPerChl, "Lima") == std::multiset<std::string>{"agreement 2019 held"});
  // With no side named, filed from one side and signed in the other's
  // capital: the pair's. Filed from where it was signed: no one's.
  CHECK(Told("The agreement, signed in Oslo last May, came into force on Monday.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"agreement 2023-05 held"});
  CHECK(Told("The agreement, signed in Oslo last May, came into force on Monday.", kNorKen, "Oslo")
            .empty());
  // Signed at home, it names no second side.
  CHECK(Told("Ghana said the agreement, signed in Accra last May, came into force on Monday.",
             kGhaTgo, "Accra")
            .empty());
}
