// Short stays told by other verbs, visits under way with a length, notes
// verbales and orders to leave, releases ordered, and the titles and
// places of expulsions and links restored, as one-sentence probes showed
// them (issue 5, branch `probes41`). The real resolver dates the
// sentences. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>

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

using Set = std::multiset<std::string>;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status @place".
Set Told(const std::string& body, const std::array<std::string, 2>& pair, const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

// The titles of the same entries.
Set Titles(const std::string& body, const std::array<std::string, 2>& pair,
           const std::string& town) {
  return annals::testing::ToldTitles(body, pair, town);
}

}  // namespace

TEST_CASE("a trip told with 'came to' a town of the other side is a visit", "[probes41]") {
  CHECK(Told("Chile's foreign minister came to Lima in January.", kPerChl, "Lima") ==
        Set{"visit 2024-01 held @Lima"});
  CHECK(Told("Chile's president will come to Lima next month.", kPerChl, "Lima") ==
        Set{"visit 2024-04 planned @Lima"});
  // A present "comes" with a weekday is a timetable: the coming Friday.
  CHECK(Told("Togo's president comes to Accra on Friday.", kGhaTgo, "Accra") ==
        Set{"visit 2024-03-15 planned @Accra"});
  // Idioms name no place: no visit.
  CHECK(Told("Chile's president came to power in January.", kPerChl, "Lima").empty());
  CHECK(Told("Chile's president came to the conclusion that Peru was right on Monday.", kPerChl,
             "Lima")
            .empty());
  // A town that owns what follows is no destination.
  CHECK(Told("Chile's president came to Lima's rescue on Tuesday.", kPerChl, "Lima").empty());
}

TEST_CASE("a stopover on the way elsewhere is a visit", "[probes41]") {
  CHECK(Told("Chile's president stopped over in Lima on Monday.", kPerChl, "Lima") ==
        Set{"visit 2024-03-11 held @Lima"});
  CHECK(Told("Ghana's president made a brief stop in Lome on his way to Abuja on Monday.", kGhaTgo,
             "Accra") == Set{"visit 2024-03-11 held @Lome"});
  CHECK(Told("Norway's prime minister made a stopover in Nairobi on Monday.", kNorKen, "Nairobi") ==
        Set{"visit 2024-03-11 held @Nairobi"});
}

TEST_CASE("a visit under way with a length is held on the article's day", "[probes41]") {
  CHECK(Told("Norway's prime minister is on a two-day visit to Kenya.", kNorKen, "Nairobi") ==
        Set{"visit 2024-03-13 held @Nairobi"});
  CHECK(Told("Chile's president is currently on a three-day state visit to Peru.", kPerChl,
             "Lima") == Set{"state-visit 2024-03-13 held @Lima"});
  // Told in the past with its own time, the time dates it.
  CHECK(Told("Togo's president was on a two-day visit to Ghana last week.", kGhaTgo, "Accra") ==
        Set{"visit 2024-W10 held @Ghana"});
}

TEST_CASE("a note verbale is a protest of its sender", "[probes41]") {
  std::string note =
      "Peru's foreign ministry said on Tuesday it had handed a note verbale to the Chilean "
      "embassy.";
  CHECK(Told(note, kPerChl, "Lima") == Set{"protest 2024-03-12 held @"});
  CHECK(Titles(note, kPerChl, "Lima") == Set{"Peru's note verbale to Chile"});
}

TEST_CASE("an envoy told on a day to leave within hours is expelled", "[probes41]") {
  CHECK(Told("The Chilean ambassador was asked on Tuesday to leave Peru within 48 hours.", kPerChl,
             "Lima") == Set{"expulsion 2024-03-12 held @"});
  CHECK(Told("Ghana on Tuesday gave the Togolese consul 72 hours to leave the country.", kGhaTgo,
             "Accra") == Set{"expulsion 2024-03-12 held @"});
  // Leaving a matter to others is no order to go.
  CHECK(
      Told("Peru asked Chile on Tuesday to leave the matter to experts.", kPerChl, "Lima").empty());
}

TEST_CASE("a release ordered of the other side's held national is a release", "[probes41]") {
  CHECK(Told("A Peruvian court on Monday ordered the release of a detained Chilean journalist.",
             kPerChl, "Lima") == Set{"release 2024-03-11 held @"});
  CHECK(Told("Kenya's president on Tuesday ordered the release of an arrested Norwegian aid "
             "worker.",
             kNorKen, "Nairobi") == Set{"release 2024-03-12 held @"});
  // A release of things is none.
  CHECK(Told("A Peruvian court on Monday ordered the release of documents on a Chilean mining "
             "deal.",
             kPerChl, "Lima")
            .empty());
}

TEST_CASE("a diplomat declared persona non grata is titled as an expulsion", "[probes41]") {
  CHECK(Titles("Peru declared a Chilean diplomat persona non grata on Tuesday.", kPerChl, "Lima") ==
        Set{"Peru–Chile expulsion"});
}

TEST_CASE("flights resumed take no place from the dateline", "[probes41]") {
  CHECK(Told("Peru and Chile resumed direct flights on Tuesday after a four-year pause.", kPerChl,
             "Lima") == Set{"restoration 2024-03-12 held @"});
  // Relations restored, reported from the dateline, keep its town.
  CHECK(Told("Peru and Chile restored diplomatic relations on Tuesday.", kPerChl, "Lima") ==
        Set{"restoration 2024-03-12 held @Lima"});
}
