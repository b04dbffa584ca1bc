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

namespace {

using annals::testing::ResolvedEventFixture;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

using annals::testing::DatelinedPairEntries;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::multiset<std::string> told;
  for (const annals::Entry& e : DatelinedPairEntries(f, body, pair, town))
    told.insert(e.type + " " + e.date + " " + e.status);
  return told;
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
