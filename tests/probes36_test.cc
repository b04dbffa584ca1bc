// Ordinary diplomacy that one-sentence probes showed missing (issue 5,
// branch `probes36`): accords signed under any noun of an accord, promises
// to deepen ties, planned arrivals told with an aside. The real resolver
// dates the sentences. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::ResolvedEventFixture;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

using annals::testing::DatelinedPairEntries;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status @place".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

// The same, each as "type date status" alone.
std::multiset<std::string> Dated(const std::string& body, const std::array<std::string, 2>& pair,
                                 const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::multiset<std::string> told;
  for (const annals::Entry& e : DatelinedPairEntries(f, body, pair, town))
    told.insert(e.type + " " + e.date + " " + e.status);
  return told;
}

// The same with the pair asked for (--pair), as "type date status".
std::multiset<std::string> Asked(const std::string& body, const std::array<std::string, 2>& pair,
                                 const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  f.rules.SetPair({pair[0], pair[1]});
  std::multiset<std::string> told;
  for (const annals::Entry& e : DatelinedPairEntries(f, body, pair, town))
    told.insert(e.type + " " + e.date + " " + e.status);
  return told;
}

}  // namespace

TEST_CASE("an accord signed under any noun of an accord is an agreement", "[probes36]") {
  CHECK(Told("Peru and Chile signed a fisheries compact in Lima on Tuesday.", kPerChl,
             "Santiago") == std::multiset<std::string>{"agreement 2024-03-12 held @Lima"});
  CHECK(Told("In Accra on Monday, Ghana and Togo signed a roadmap for closer border cooperation.",
             kGhaTgo, "Lome") == std::multiset<std::string>{"agreement 2024-03-11 held @Accra"});
  CHECK(Told("Norway signed a letter of intent on fisheries with Kenya on Tuesday.", kNorKen,
             "Nairobi")
            .count("agreement 2024-03-12 held @Nairobi") == 1);
}

TEST_CASE("things signed that are no accord between the sides give none", "[probes36]") {
  // (A letter to the other side is a letter.)
  CHECK(Dated("Peru's president signed a letter to Chile's president on Tuesday.", kPerChl, "Lima")
            .count("agreement 2024-03-12 held") == 0);
  CHECK(Told("Ghana's president signed a book of condolence at Togo's embassy on Monday.", kGhaTgo,
             "Accra")
            .count("agreement 2024-03-11 held @Accra") == 0);
}

TEST_CASE("two sides promising to deepen ties have agreed to", "[probes36]") {
  CHECK(Told("Peru and Chile pledged on Tuesday to deepen ties.", kPerChl, "Lima") ==
        std::multiset<std::string>{"agreement 2024-03-12 held @Lima"});
  CHECK(Dated("Ghana and Togo vowed on Monday to boost trade.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"agreement 2024-03-11 held"});
  CHECK(Dated("Kenya and Norway promised on Monday to strengthen cooperation.", kNorKen,
              "Nairobi") == std::multiset<std::string>{"agreement 2024-03-11 held"});
  // A promise to do something else is no accord.
  CHECK(Told("Peru and Chile pledged on Tuesday to investigate the incident.", kPerChl, "Lima")
            .empty());
}

TEST_CASE("a way there told with an aside naming a tour is the planned visit", "[probes36]") {
  CHECK(Told("Peru's president will be in Santiago on Thursday, his first stop on a regional "
             "tour.",
             kPerChl, "Lima") == std::multiset<std::string>{"visit 2024-03-14 planned @Santiago"});
  CHECK(Told("Kenya's foreign minister is due in Oslo on Friday, ahead of a tour of the region.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-15 planned @Oslo"});
  // A visit word of the sentence's own way there still tells the visit.
  CHECK(Told("Kenya's president is due in Oslo on Thursday for a state visit.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"state-visit 2024-03-14 planned @Oslo"});
}

TEST_CASE("a meeting told after a visit to a country was held in that country", "[probes36]") {
  CHECK(Told("Peru's president, on his first visit to Chile as head of state, met Chile's "
             "president on Tuesday.",
             kPerChl, "Lima")
            .count("meeting 2024-03-12 held @Chile") == 1);
  CHECK(Told("During a visit to Togo, Ghana's foreign minister met Togo's president on Monday.",
             kGhaTgo, "Accra")
            .count("meeting 2024-03-11 held @Togo") == 1);
  // A visit to a town keeps the town.
  CHECK(Told("Kenya's president, on a visit to Oslo, met Norway's king on Tuesday.", kNorKen,
             "Nairobi")
            .count("meeting 2024-03-12 held @Oslo") == 1);
}

TEST_CASE("a visit a side says to expect is planned, not held", "[probes36]") {
  CHECK(Dated("Peru said on Tuesday to expect a visit by Chile's president.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit 2024-03-12 planned"});
  CHECK(Dated("Ghana expects a visit by Togo's president on Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit 2024-03-15 planned"});
  // A visit told done keeps its status.
  CHECK(
      Dated("Peru said on Tuesday that Chile's president paid a visit on Monday.", kPerChl, "Lima")
          .count("visit 2024-03-11 planned") == 0);
}

TEST_CASE("a country the two sides discussed is no side of the article", "[probes36]") {
  CHECK(Asked("The two foreign ministers discussed the crisis in Sudan in a phone call on Monday, "
              "the ministry said.",
              kNorKen, "Nairobi") == std::multiset<std::string>{"call 2024-03-11 held"});
  CHECK(Asked("The two presidents discussed the situation in Haiti by phone on Tuesday.", kPerChl,
              "Lima") == std::multiset<std::string>{"call 2024-03-12 held"});
  // A third country named as a side still keeps the pair out.
  CHECK(Asked("Sudan's foreign minister said the two foreign ministers spoke by phone on Monday.",
              kNorKen, "Nairobi")
            .empty());
}
