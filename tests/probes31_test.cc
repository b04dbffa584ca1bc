// Plain wire sentences typed into annals (issue 5, branch `probes31`): a
// time opening the sentence after a dateline, a bare weekday after a
// name, plans told in reported speech, and titles that name the sides.
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

using annals::testing::ResolvedEventFixture;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

using annals::testing::DatelinedPairEntries;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

// The titles of the same entries.
std::multiset<std::string> Titles(const std::string& body, const std::array<std::string, 2>& pair,
                                  const std::string& town) {
  return annals::testing::ToldTitles(body, pair, town);
}

// The people of the same entries, one set of names.
std::set<std::string> People(const std::string& body, const std::array<std::string, 2>& pair,
                             const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::set<std::string> people;
  for (const annals::Entry& e : DatelinedPairEntries(f, body, pair, town))
    people.insert(e.people.begin(), e.people.end());
  return people;
}

}  // namespace

TEST_CASE("a time that opens the first sentence after a dateline dates its event", "[probes31]") {
  CHECK(Told("NAIROBI, March 13 (East Wire) - On Tuesday, Kenya and Norway signed an agreement "
             "on fisheries.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"agreement 2024-03-12 held"});
  CHECK(Told("LIMA, March 13 (Andes Wire) - On Monday, Peru and Chile signed an agreement on "
             "water rights.",
             kPerChl, "Lima") == std::multiset<std::string>{"agreement 2024-03-11 held"});
  // One word before "on" and the day, a comma after, open the sentence too.
  CHECK(Told("ACCRA, March 13 (Coast Wire) - Earlier on Tuesday, Ghana and Togo signed a border "
             "agreement.",
             kGhaTgo, "Accra") == std::multiset<std::string>{"agreement 2024-03-12 held"});
  // A day between two dashes is the dateline's, not the event's.
  CHECK(Told("LIMA \u2014 March 13, 2024 \u2014 Peru and Chile signed a water agreement on "
             "Monday.",
             kPerChl, "Lima") == std::multiset<std::string>{"agreement 2024-03-11 held"});
}

TEST_CASE("a subject before a day set off by commas is no opening phrase", "[probes31]") {
  CHECK(Told("Ghana on Tuesday, Togo said, expelled two diplomats.", kGhaTgo, "Accra").empty());
}

TEST_CASE("a bare weekday or day after a name is no part of the name", "[probes31]") {
  const std::string met_tuesday =
      "Norway's foreign minister met Kenyan President William Ruto Tuesday and discussed "
      "climate finance.";
  CHECK(Told(met_tuesday, kNorKen, "Nairobi") ==
        std::multiset<std::string>{"meeting 2024-03-12 held"});
  CHECK(People(met_tuesday, kNorKen, "Nairobi").count("William Ruto") == 1);
  // A title with no name before the day: no person called "Monday".
  const std::string counterpart = "Chile's foreign minister met Peru's president Monday in Lima.";
  CHECK(Told(counterpart, kPerChl, "Lima") ==
        std::multiset<std::string>{"meeting 2024-03-11 held"});
  CHECK(People(counterpart, kPerChl, "Lima").count("Monday") == 0);
  // A month and day after a surname.
  CHECK(Told("Norway's foreign minister met Ruto March 4 in Nairobi.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"meeting 2024-03-04 held"});
}

TEST_CASE("a visit one said he would make later this year is planned for the year", "[probes31]") {
  CHECK(Told("Norway's prime minister said Tuesday he would visit Kenya later this year.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"visit 2024 planned"});
  CHECK(Told("Chile's president said on Monday he would visit Peru later this year.", kPerChl,
             "Lima") == std::multiset<std::string>{"visit 2024 planned"});
  CHECK(Told("Togo's president said Monday she plans to visit Accra this year.", kGhaTgo, "Lome") ==
        std::multiset<std::string>{"visit 2024 planned"});
  // The speaker is the visitor.
  CHECK(Titles("Chile's president said on Monday he would visit Peru later this year.", kPerChl,
               "Lima")
            .count("Gabriel Boric's visit to Peru") == 1);
}

TEST_CASE("a visit hoped for or told ahead with only the day of the telling is no held visit",
          "[probes31]") {
  CHECK(
      Told("Norway's prime minister said Tuesday he hoped to visit Kenya soon.", kNorKen, "Nairobi")
          .count("visit 2024-03-12 held") == 0);
  CHECK(Told("Chile's president said on Monday he will visit Peru.", kPerChl, "Lima")
            .count("visit 2024-03-11 held") == 0);
}

TEST_CASE("titles name the sides or the doer", "[probes31]") {
  CHECK(Titles("Norway's foreign ministry said on Tuesday it had lodged a protest with Kenya over "
               "the detention of a Norwegian journalist.",
               kNorKen, "Nairobi") == std::multiset<std::string>{"Norway's protest to Kenya"});
  CHECK(Titles("Talks between Peru and Chile on a border deal will resume in Lima next week.",
               kPerChl, "Lima") == std::multiset<std::string>{"Peru–Chile talks in Lima"});
  CHECK(Titles("Ghana and Togo will hold a strategic dialogue in Lome next week.", kGhaTgo,
               "Accra") == std::multiset<std::string>{"Ghana–Togo strategic dialogue in Lome"});
  // The visitor after "by" and a possessive, and where the visit was to go.
  CHECK(Titles("A planned visit by Norway's prime minister to Kenya was postponed on Tuesday.",
               kNorKen, "Nairobi") ==
        std::multiset<std::string>{"Jonas Gahr Store's planned visit to Kenya"});
  // Togo's president of the day is in data/en/actors/africa_rest.tsv (actors18).
  CHECK(Titles("A planned visit by Togo's president to Ghana was postponed on Tuesday.", kGhaTgo,
               "Accra") == std::multiset<std::string>{"Faure Gnassingbe's planned visit to Ghana"});
}
