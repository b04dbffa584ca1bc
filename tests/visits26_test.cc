// Visits told by their steps and the visit's leftovers (issue 5, branch
// `visits26`): an arrival day that widens the visit it began. The real
// resolver dates the sentences. Every sentence is written for the test.
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
using annals::testing::kPerChl;

using annals::testing::DatelinedPairEntries;
using annals::testing::EntryTypesAndPlaces;

}  // namespace

TEST_CASE("an arrival day widens the visit told a day or so later", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Chilean President Ana Ruiz arrived on Tuesday, and the two leaders "
      "held talks in the capital that afternoon.\n\nRuiz visited a port on "
      "Wednesday, on the second day of a visit meant to deepen trade ties with "
      "Peruvian President Carlos Soto.",
      kPerChl, "Lima"));
  CHECK(told.count("visit 2024-03-12/2024-03-13 @Lima") == 1);
  CHECK(told.count("visit 2024-03-13") == 0);
  // An arrival alone makes no entry.
  CHECK(
      DatelinedPairEntries(f, "Togolese President Afi Koffi arrived on Tuesday.", kGhaTgo, "Accra")
          .empty());
}

TEST_CASE("talks a day after the guest flew in are the guest's visit", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 17);
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            "Chilean President Ana Ruiz held talks with Peruvian President Carlos Soto "
            "at the palace on Saturday.\n\nRuiz had arrived from Paris late on Friday.",
            kPerChl, "Lima")) == std::multiset<std::string>{"visit 2024-03-15/2024-03-16 @Lima"});
  // Landing in another country's town is a trip elsewhere: the talks stay.
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            "Togolese Foreign Minister Afi Koffi held talks with Ghanaian Foreign "
            "Minister Kofi Mensah in Accra on Saturday. Koffi had landed in Lome on "
            "Friday.",
            kGhaTgo, "Accra")) == std::multiset<std::string>{"talks 2024-03-16 @Accra"});
}

TEST_CASE("the last leader to make the trip is the person 'was' names", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  std::vector<annals::Entry> after = DatelinedPairEntries(
      f, "The last Peruvian president to travel to Chile was Luis Vega, in 1981.", kPerChl);
  REQUIRE(after.size() == 1);
  CHECK(after[0].people == std::vector<std::string>{"Luis Vega"});
  std::vector<annals::Entry> before = DatelinedPairEntries(
      f, "Kofi Mensah was the last Ghanaian president to visit Togo, in 1994.", kGhaTgo);
  REQUIRE(before.size() == 1);
  CHECK(before[0].people == std::vector<std::string>{"Kofi Mensah"});
}

TEST_CASE("a guest who landed in 'the capital' landed in the dateline country's", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto told = EntryTypesAndPlaces(
      DatelinedPairEntries(f,
                           "Chile's crown prince Diego met Peruvian President Carlos Soto on "
                           "Wednesday during a state visit that began when the crown prince landed "
                           "in the capital on Tuesday evening.",
                           kPerChl, "Lima"));
  CHECK(told.count("visit 2024-03-12 @Lima") == 1);
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(
                f,
                "Chilean President Ana Ruiz is in Peru on a state visit that began when she "
                "landed in the capital on Tuesday evening.",
                kPerChl, "Lima"))
            .count("visit 2024-03-12 @Lima") == 1);
}

TEST_CASE("an agreement with no sides right after a dated meeting of the pair", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  const std::string meeting =
      "Chilean President Ana Ruiz met Peruvian President Carlos Soto in Lima on Tuesday.";
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(f,
                                 meeting +
                                     " Officials then exchanged the investment treaty and several "
                                     "memorandums.",
                                 kPerChl, "Lima"))
            .count("agreement 2024-03-12 @Lima") == 1);
  // Not across a paragraph, nor one told as older.
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(
                f,
                meeting + "\n\nOfficials then exchanged the investment treaty and several "
                          "memorandums.",
                kPerChl, "Lima"))
            .count("agreement 2024-03-12 @Lima") == 0);
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(f,
                                 meeting +
                                     " Officials had exchanged the investment treaty and several "
                                     "memorandums.",
                                 kPerChl, "Lima"))
            .count("agreement 2024-03-12 @Lima") == 0);
}

TEST_CASE("views exchanged on an agreement make no agreement", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  for (const annals::Entry& e : DatelinedPairEntries(
           f, "Peru and Chile exchanged views on the fishing deal on Monday, officials said.",
           kPerChl, "Lima"))
    CHECK(e.type != "agreement");
}

TEST_CASE("a guest who flew in the day before the talks", "[visits26]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 17);
  const std::string talks =
      "Togolese Foreign Minister Afi Koffi held talks with Ghanaian Foreign Minister Kofi Mensah "
      "in Accra on Saturday. ";
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f, talks + "Koffi had flown in from Paris late on Friday.", kGhaTgo, "Accra")) ==
        std::multiset<std::string>{"visit 2024-03-15/2024-03-16 @Accra"});
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(f, talks + "Koffi flew to Lome on Friday.", kGhaTgo, "Accra")) ==
        std::multiset<std::string>{"talks 2024-03-16 @Accra"});
}
