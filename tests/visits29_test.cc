// Everyday wire shapes of travel plans and envoys (issue 5, branch
// `visits29`): trips told by "heads to", "leaves for", "is expected in",
// "will be in". The real resolver dates the sentences. Every sentence is
// written for the test.
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

using annals::testing::EntryTypesAndPlaces;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status @place".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

}  // namespace

TEST_CASE("a trip told by the way there is a planned visit", "[visits29]") {
  CHECK(Told("Chilean Foreign Minister Ana Ruiz heads to Lima on Thursday for two days of talks.",
             kPerChl, "Lima") == std::multiset<std::string>{"visit 2024-03-14 planned @Lima"});
  CHECK(Told("Peruvian President Carlos Soto leaves for Santiago on Sunday on a state visit.",
             kPerChl,
             "Lima") == std::multiset<std::string>{"state-visit 2024-03-17 planned @Santiago"});
  CHECK(Told("Togolese Foreign Minister Afi Koffi is expected in Accra on Monday.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"visit 2024-03-18 planned @Accra"});
  CHECK(Told("Ghanaian President Kofi Mensah will be in Lome from April 3 to 5.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"visit 2024-04-03/2024-04-05 planned @Lome"});
  CHECK(Told("Togolese Foreign Minister Afi Koffi is due in Accra next week.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit 2024-W12 planned @Accra"});
}

TEST_CASE("ways that lead to no place are no visit", "[visits29]") {
  CHECK(Told("Chilean Foreign Minister Ana Ruiz heads to the polls on Thursday, while Peru "
             "watches.",
             kPerChl, "Lima")
            .empty());
  CHECK(
      Told("Peruvian President Carlos Soto leaves for good on Sunday, Chile said.", kPerChl, "Lima")
          .empty());
  CHECK(Told("Togolese Foreign Minister Afi Koffi is expected in the coming days to decide on "
             "Ghana.",
             kGhaTgo, "Accra")
            .empty());
  CHECK(Told("Ghanaian President Kofi Mensah leaves office on Sunday, Togo said.", kGhaTgo, "Accra")
            .empty());
  // The way to a town of the traveller's own country is no trip abroad.
  CHECK(Told("Chilean Foreign Minister Ana Ruiz heads to Valparaiso on Thursday to meet Peru's "
             "envoy.",
             kPerChl, "Lima")
            .count("visit 2024-03-14 planned @Valparaiso") == 0);
}

TEST_CASE("a decision or move told as a noun is the act it names", "[visits29]") {
  CHECK(Told("Chile's move last week to close its consulate in Arequipa surprised Peruvian "
             "officials.",
             kPerChl, "Lima") == std::multiset<std::string>{"reduce-relations 2024-W10 held @"});
  CHECK(Told("Ghana's decision last month to cut aid to Togo drew sharp criticism in Lome.",
             kGhaTgo, "Lome") == std::multiset<std::string>{"reduce-relations 2024-02 held @"});
  CHECK(Told("Norway on Monday suspended its development aid to Kenya.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 held @"});
  // Aid a storm cut is no state's act.
  CHECK(Told("The storm cut aid to Togo last week, Ghana said.", kGhaTgo, "Accra").empty());
  // A move with no act named is nothing.
  CHECK(Told("The move angered Lima, Chilean officials said on Tuesday.", kPerChl, "Lima").empty());
}

TEST_CASE("a visit put off keeps the date it had been planned for", "[visits29]") {
  CHECK(Told("Peruvian President Carlos Soto postponed his visit to Chile, which had been planned "
             "for next week.",
             kPerChl, "Lima") == std::multiset<std::string>{"visit 2024-W12 cancelled @Chile"});
}

TEST_CASE("an ambassador named, approved or accredited", "[visits29]") {
  CHECK(Told("Norway on Tuesday named a new ambassador to Kenya.", kNorKen, "Oslo") ==
        std::multiset<std::string>{"accreditation 2024-03-12 held @Oslo"});
  CHECK(Told("Ghana approved a new ambassador to Togo on Tuesday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"accreditation 2024-03-12 held @Accra"});
  CHECK(Told("Chile's new ambassador to Peru presented his credentials to the Peruvian "
             "president on Tuesday.",
             kPerChl, "Lima") == std::multiset<std::string>{"accreditation 2024-03-12 held @Lima"});
  CHECK(Told("Norway on Tuesday named a new coach for its match against Kenya.", kNorKen, "Oslo")
            .empty());
  // The new envoy welcomed by the receiving side is accredited, not hosted.
  CHECK(Told("Togo welcomed Ghana's new envoy on Tuesday.", kGhaTgo, "Lome") ==
        std::multiset<std::string>{"accreditation 2024-03-12 held @Lome"});
  CHECK(Told("Peruvian President Carlos Soto received Chile's foreign minister on Tuesday.",
             kPerChl, "Lima") == std::multiset<std::string>{"hosting 2024-03-12 held @Lima"});
}

TEST_CASE("a visit that ends on a day ahead is under way", "[visits29]") {
  CHECK(Told("The visit by Peruvian President Carlos Soto, the first by a Peruvian leader to "
             "Chile since 2015, ends on Friday.",
             kPerChl,
             "Lima") == std::multiset<std::string>{"visit 2024-03-13/2024-03-15 held @Chile"});
  CHECK(Told("The visit by Togolese Foreign Minister Afi Koffi to Ghana ends on Friday.", kGhaTgo,
             "Lome") == std::multiset<std::string>{"visit 2024-03-13/2024-03-15 held @Ghana"});
  // Begun on a day told, ending on a later one: held over those days.
  CHECK(
      Told(
          "Peruvian President Carlos Soto's visit to Chile, which began on Monday, ends on Friday.",
          kPerChl,
          "Lima") == std::multiset<std::string>{"visit 2024-03-11/2024-03-15 held @Chile"});
  CHECK(Told("Togolese Foreign Minister Afi Koffi's visit to Ghana began on Monday and ended on "
             "Tuesday.",
             kGhaTgo,
             "Lome") == std::multiset<std::string>{"visit 2024-03-11/2024-03-12 held @Ghana"});
  // The day of a saying after a ranking "since" dates no visit.
  CHECK(Told("It was the first visit by a Peruvian leader to Chile since 2015, officials said on "
             "Monday.",
             kPerChl, "Lima")
            .empty());
  // A ranking "since" whose time opens a ", when" clause dates the event
  // that clause tells: the last visit.
  auto last_time = Told(
      "Peruvian President Carlos Soto arrived in Santiago on Tuesday. It was Soto's first visit "
      "to Chile since November 2019, when Chilean President Ana Rojas received him in Santiago.",
      kPerChl, "Lima");
  CHECK(last_time.count("hosting 2019-11 held @Santiago") == 1);
  // Talks that end on a day ahead are still a plan of that day.
  CHECK(Told("The talks between Ghana and Togo end on Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"talks 2024-03-15 planned @"});
}

TEST_CASE("a side's plan to act is a planned act", "[visits29]") {
  CHECK(Told("Ghana on Monday announced a plan to cut aid to Togo.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 planned @"});
  CHECK(Told("Chile plans to cut aid to Peru next month.", kPerChl, "Lima") ==
        std::multiset<std::string>{"reduce-relations 2024-04 planned @"});
  // Done, the act is held.
  CHECK(Told("Chile cut aid to Peru last month.", kPerChl, "Lima") ==
        std::multiset<std::string>{"reduce-relations 2024-02 held @"});
}
