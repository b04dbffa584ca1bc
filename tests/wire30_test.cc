// Everyday wire shapes (issue 5, branch `wire30`): letters told by "wrote
// to", accords to cooperate, aid pledged and resumed, hosts of others' talks.
// The real resolver dates the sentences. Every sentence is written for the
// test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

}  // namespace

TEST_CASE("a letter told by \"wrote to\" is a letter", "[wire30]") {
  CHECK(Told("Kenyan President Amina Otieno wrote to Norwegian Prime Minister Lars Berg last "
             "week to ask for debt relief.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"letter 2024-W10 held"});
  CHECK(Told("Chilean President Ana Ruiz wrote to Peruvian President Carlos Soto on Monday to "
             "seek help with the fires.",
             kPerChl, "Lima") == std::multiset<std::string>{"letter 2024-03-11 held"});
}

TEST_CASE("writing about the other side or in a paper is no letter", "[wire30]") {
  CHECK(Told("Chilean President Ana Ruiz wrote in a Lima newspaper on Monday that Peru must act.",
             kPerChl, "Lima")
            .count("letter 2024-03-11 held") == 0);
  CHECK(Told("Togolese Foreign Minister Afi Koffi wrote about Ghana in her memoir last year.",
             kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("two sides that agree to work together or deepen ties reach an agreement", "[wire30]") {
  CHECK(Told("Norway and Kenya on Tuesday agreed to boost cooperation in solar power.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"agreement 2024-03-12 held"});
  CHECK(Told("Ghana and Togo on Monday agreed to work together on fisheries.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"agreement 2024-03-11 held"});
  CHECK(Told("Peru and Chile on Monday agreed to step up cooperation against smuggling.", kPerChl,
             "Lima") == std::multiset<std::string>{"agreement 2024-03-11 held"});
}

TEST_CASE("agreeing to disagree or to consider is no agreement", "[wire30]") {
  CHECK(
      Told("Peru and Chile on Monday agreed to disagree over the maritime border.", kPerChl, "Lima")
          .empty());
  CHECK(Told("Kenya on Tuesday agreed to consider expanding trade with Norway.", kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("aid pledged or given to the other side is aid", "[wire30]") {
  CHECK(Told("Norway pledged 20 million dollars to Kenya on Tuesday for drought relief.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"aid 2024-03-12 held"});
  CHECK(Told("Chile on Monday donated 3 million dollars in aid to Peru after the floods.", kPerChl,
             "Lima") == std::multiset<std::string>{"aid 2024-03-11 held"});
  // A sum with no receiver is no aid between the two.
  CHECK(Told("Ghana on Monday pledged 5 million dollars for its own cocoa farmers, Togo said.",
             kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("aid resumed is a restoration, travel advice lifted a lifting", "[wire30]") {
  CHECK(Told("Norway said on Tuesday it would resume aid to Kenya, frozen since January.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"restoration 2024-03-12 held"});
  CHECK(Told("Chile lifted its travel warning for Peru on Monday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"lifting 2024-03-11 held"});
  CHECK(Told("Norway lifted its travel advisory for Kenya on Tuesday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"lifting 2024-03-12 held"});
  // Advice made sharper stays a reduction of relations.
  CHECK(Told("Ghana raised its travel advisory for Togo on Monday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 held"});
}

TEST_CASE("a host of talks between two others is no side of them", "[wire30]") {
  CHECK(
      Told("Norway hosted talks between Kenya and Somalia in Oslo on Tuesday.", kNorKen, "Nairobi")
          .empty());
  CHECK(Told("Chile hosted a meeting between Peru and Bolivia in Santiago on Monday.", kPerChl,
             "Lima")
            .empty());
  CHECK(Told("Nigeria hosted talks between Ghana and Togo in Abuja on Monday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"talks 2024-03-11 held"});
  // Talks with the host are the host's own.
  CHECK(Told("Norway hosted talks with Kenya in Oslo on Tuesday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"talks 2024-03-12 held"});
}

TEST_CASE("talks between the two on a deal are talks, the deal their topic", "[wire30]") {
  CHECK(Told("Talks between Kenya and Norway on a fisheries deal are due to resume in Oslo on "
             "April 2.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"talks 2024-04-02 planned"});
  CHECK(Told("Negotiations with Chile over a new border treaty will resume in Lima on Monday, Peru "
             "said.",
             kPerChl, "Lima") == std::multiset<std::string>{"talks 2024-03-18 planned"});
}

TEST_CASE("what a held event would bring about is no plan of it", "[wire30]") {
  CHECK(Told("Peruvian President Carlos Soto and Chilean President Ana Ruiz met in Lima on Monday. "
             "The meeting would allow the two leaders to settle the border in the year ahead, "
             "analysts said.",
             kPerChl, "Lima") == std::multiset<std::string>{"meeting 2024-03-11 held"});
  CHECK(Told("Kenyan President Amina Otieno and Norwegian Prime Minister Lars Berg held a summit "
             "in Oslo on Tuesday. The summit would help Otieno manage ties in the year before an "
             "election, analysts said.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"summit 2024-03-12 held"});
  // A plan told with "would" keeps its day.
  CHECK(Told("Ghana and Togo will hold a summit in Lome. The summit would take place in May, "
             "officials said.",
             kGhaTgo, "Accra") == std::multiset<std::string>{"summit 2024-05 planned"});
}
