// Statuses and years that one-sentence probes showed wrong (issue 5,
// branch `probes40`): a visit an invitation asks for, an arrival in a
// future "when" clause, and an event told "ahead of" with a month and no
// year, the holder of a title on the event's own days, and a trip dated
// by "arriving on Friday". The real resolver dates the sentences. Every sentence is written
// for the test.
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
// each as "type date status".
std::multiset<std::string> Dated(const std::string& body, const std::array<std::string, 2>& pair,
                                 const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

// The people of each entry of one sentence, as "type: name, name".
std::multiset<std::string> People(const std::string& body, const std::array<std::string, 2>& pair,
                                  const std::string& town) {
  annals::testing::ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::multiset<std::string> told;
  for (const annals::Entry& e : annals::testing::DatelinedPairEntries(f, body, pair, town)) {
    std::string line = e.type + ":";
    for (const std::string& p : e.people) line += " " + p;
    told.insert(line);
  }
  return told;
}

}  // namespace

TEST_CASE("a visit an invitation asks for is a plan, never held", "[probes40]") {
  // With no time of its own the plan keeps the day of the telling.
  CHECK(Dated("Chile's president accepted an invitation to visit Peru, her office said on "
              "Tuesday.",
              kPerChl, "Santiago") == std::multiset<std::string>{"visit 2024-03-12 planned"});
  CHECK(Dated("Peru's foreign minister has been invited to visit Santiago, the ministry said on "
              "Monday.",
              kPerChl, "Lima") == std::multiset<std::string>{"visit 2024-03-11 planned"});
  // A month of its own is the coming one, though "accepted" is past.
  CHECK(Dated("Ghana's president accepted an invitation to visit Lome in May.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit 2024-05 planned"});
  // A summit invitation turned down is no summit held.
  CHECK(Dated("Chile's president declined an invitation to the Lima summit on Tuesday.", kPerChl,
              "Santiago")
            .empty());
}

TEST_CASE("an arrival in a future 'when' clause takes the main clause's time", "[probes40]") {
  CHECK(Dated("Talks will resume next week when Chile's envoy arrives in Lima.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit 2024-W12 planned"});
  CHECK(Dated("Peru and Chile will sign the accord on Friday when Chile's foreign minister "
              "arrives in Lima.",
              kPerChl, "Lima") ==
        (std::multiset<std::string>{"agreement 2024-03-15 planned", "visit 2024-03-15 planned"}));
  // With no time before "when" the arrival is no visit of the day.
  CHECK(Dated("Talks will resume when Norway's envoy arrives in Nairobi.", kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("an event told 'ahead of' with a month is the coming one", "[probes40]") {
  CHECK(Dated("Peru's president visited Santiago on Monday, ahead of a second visit to Chile in "
              "June.",
              kPerChl, "Lima") ==
        (std::multiset<std::string>{"visit 2024-03-11 held", "visit 2024-06 planned"}));
  CHECK(Dated("Norway's foreign minister met Ruto in Nairobi on Tuesday ahead of talks in Oslo in "
              "May.",
              kNorKen, "Nairobi") ==
        (std::multiset<std::string>{"meeting 2024-03-12 held", "talks 2024-05 planned"}));
  // A month after the act's own keeps its year.
  CHECK(Dated("Chile's foreign minister met Peru's president in May ahead of talks in Lima in "
              "June.",
              kPerChl, "Lima")
            .count("talks 2024-06 planned") == 0);
  // A year told keeps the month where it is.
  CHECK(Dated("Peru's president visited Santiago on Monday, ahead of a second visit to Chile in "
              "June 2023.",
              kPerChl, "Lima")
            .count("visit 2023-06 held") == 1);
}

TEST_CASE("a title with no name is its holder on the event's own days", "[probes40]") {
  // The one holder of that whole year.
  CHECK(People("Chile's foreign minister last visited Lima in 2016.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit: Heraldo Munoz"});
  CHECK(People("Ghana's foreign minister visited Lome in 2015.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit: Hanna Tetteh"});
  // Two holders that year: the office alone.
  CHECK(People("Chile's foreign minister last visited Lima in 2019.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit:"});
  // A person named keeps the name, whatever the year.
  CHECK(People("Chile's foreign minister Alberto van Klaveren visited Lima in 2019.", kPerChl,
               "Lima") == std::multiset<std::string>{"visit: Alberto van Klaveren"});
  // Today's holder, back for a second term, named in the first.
  CHECK(People("The Norwegian foreign minister visited Nairobi in March 2013.", kNorKen,
               "Nairobi") == std::multiset<std::string>{"visit: Espen Barth Eide"});
  // Today's holder on a day of the term.
  CHECK(People("Chile's foreign minister visited Lima on Monday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit: Alberto van Klaveren"});
}

TEST_CASE("a trip dated by 'arriving on' after its comma", "[probes40]") {
  CHECK(Dated("Norway's prime minister will visit Kenya, arriving on Friday.", kNorKen,
              "Nairobi") == std::multiset<std::string>{"visit 2024-03-15 planned"});
  CHECK(Dated("Peru's foreign minister will travel to Santiago, arriving on Monday.", kPerChl,
              "Lima") == std::multiset<std::string>{"visit 2024-03-18 planned"});
  // Any other participle still opens a clause of its own.
  CHECK(Dated("Peru's foreign minister will travel to Santiago, saying on Monday that ties are "
              "strong.",
              kPerChl, "Lima")
            .count("visit 2024-03-11 planned") == 0);
}
