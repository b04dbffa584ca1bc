// Events told through clauses and narrative that one-sentence probes
// showed missing or wrong (issue 5, branch `probes37`): stays counted back
// from the day they ended. The real resolver dates the sentences. Every
// sentence is written for the test.
#include <array>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status @place".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

}  // namespace

TEST_CASE("a stay told by its end is counted back from that day", "[probes37]") {
  CHECK(Told("Peru's trade minister wrapped up a two-day visit to Chile on Tuesday.", kPerChl,
             "Lima") == std::multiset<std::string>{"visit 2024-03-11/2024-03-12 held @Chile"});
  CHECK(Told("Ghana's foreign minister ended a three-day visit to Togo on Wednesday.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"visit 2024-03-11/2024-03-13 held @Togo"});
  CHECK(Told("Norway's health minister rounded off a four-day trip to Kenya on Tuesday.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"visit 2024-03-09/2024-03-12 held @Kenya"});
}

TEST_CASE("leaving a place after a stay went there", "[probes37]") {
  CHECK(Told("Chile's president left Lima on Tuesday after a two-day visit.", kPerChl,
             "Santiago") == std::multiset<std::string>{"visit 2024-03-11/2024-03-12 held @Lima"});
  CHECK(Told("Togo's prime minister departed Accra on Monday after a three-day trip.", kGhaTgo,
             "Lome") == std::multiset<std::string>{"visit 2024-03-09/2024-03-11 held @Accra"});
}

TEST_CASE("setting out on a stay keeps its first day", "[probes37]") {
  CHECK(
      Told("Peru's foreign minister left for a two-day visit to Chile on Monday.", kPerChl, "Lima")
          .count("visit 2024-03-10/2024-03-11 held @Chile") == 0);
}

TEST_CASE("a past time right before 'when' dates the act of the clause", "[probes37]") {
  using annals::testing::ToldEntries;
  CHECK(ToldEntries("Relations soured in 2022 when Peru expelled Chile's ambassador.", kPerChl,
                    "Lima") == std::multiset<std::string>{"expulsion 2022 held"});
  CHECK(ToldEntries("The dispute began last month when a Chilean court convicted a Peruvian "
                    "diplomat of fraud.",
                    kPerChl, "Santiago") == std::multiset<std::string>{"verdict 2024-02 held"});
  CHECK(ToldEntries("Tensions rose last year when Ghanaian police detained two Togolese reporters "
                    "for a week.",
                    kGhaTgo, "Accra") == std::multiset<std::string>{"detention 2023 held"});
}

TEST_CASE("a past verb before an event noun of the 'when' clause is dated too", "[probes37]") {
  using annals::testing::ToldEntries;
  CHECK(ToldEntries("Relations improved in 2019 when Ghana and Togo signed a trade deal.", kGhaTgo,
                    "Accra") == std::multiset<std::string>{"agreement 2019 held"});
}

TEST_CASE("a 'when' of the future dates nothing by the main clause's time", "[probes37]") {
  using annals::testing::ToldEntries;
  CHECK(ToldEntries("Ties will improve next year when Peru opens an embassy in Santiago.", kPerChl,
                    "Lima")
            .empty());
}

TEST_CASE("'last' before a verb of meeting or speaking is no 'last September'", "[probes37]") {
  using annals::testing::ToldEntries;
  CHECK(Told("Peru's president last met Chile's president in September on the sidelines of the UN "
             "General Assembly in New York.",
             kPerChl, "Lima") == std::multiset<std::string>{"meeting 2023-09 held @New York"});
  CHECK(ToldEntries("Peru's president last spoke with Chile's president in January.", kPerChl,
                    "Lima") == std::multiset<std::string>{"call 2024-01 held"});
  CHECK(ToldEntries("Ghana's president last talked to Togo's president in February.", kGhaTgo,
                    "Accra") == std::multiset<std::string>{"call 2024-02 held"});
  // (Speaking to a crowd is no call.)
  CHECK(
      ToldEntries("Ghana's president last spoke at a rally in Lome in February.", kGhaTgo, "Accra")
          .empty());
}

TEST_CASE("a trip named again in an apposition is no second visit", "[probes37]") {
  CHECK(Told("Ghana's president arrived in Lome on Wednesday for talks with his Togolese "
             "counterpart, his second trip to the neighbouring country this year.",
             kGhaTgo, "Accra") == std::multiset<std::string>{"visit 2024-03-13 held @Lome"});
  CHECK(Told("Peru's president visited Santiago on Monday, her third trip to Chile in two years.",
             kPerChl, "Lima") == std::multiset<std::string>{"visit 2024-03-11 held @Santiago"});
  // (A visit still ahead is another.)
  CHECK(Told("Peru's president visited Santiago on Monday, ahead of a second visit to Chile in "
             "June.",
             kPerChl, "Lima")
            .size() == 2);
}

TEST_CASE("a meeting after a one-sentence lead by its subject takes the lead's day", "[probes37]") {
  using annals::testing::ToldEntries;
  const std::string lead =
      "Peru's President Dina Boluarte told Chile's president on Monday that Peru would defend "
      "its fishing rights.\n\n";
  CHECK(ToldEntries(lead + "Boluarte met President Gabriel Boric for about an hour at the "
                           "presidential palace.",
                    kPerChl, "Santiago")
            .count("meeting 2024-03-11 held") == 1);
  CHECK(ToldEntries(lead + "Boluarte and Boric met for about an hour at the presidential palace.",
                    kPerChl, "Santiago")
            .count("meeting 2024-03-11 held") == 1);
  // (Told as older, or by someone else, it keeps no day of the lead's.)
  CHECK(ToldEntries(lead + "Boluarte had met President Gabriel Boric at the presidential palace.",
                    kPerChl, "Santiago")
            .count("meeting 2024-03-11 held") == 0);
  CHECK(ToldEntries(lead + "Boric met President Dina Boluarte at the presidential palace.", kPerChl,
                    "Santiago")
            .count("meeting 2024-03-11 held") == 0);
}
