// Ordinary visits and talks told plainly or in background (issue 5, branch
// `visits25`): the last leader to visit, a guest who "came" to where the
// article is written, "was in <country>" with a town named later, and a
// full date that wins over "a year ago". The real resolver dates the
// sentences. Every sentence is written for the test.
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

TEST_CASE("the last leader to visit the other country, with the year after a comma", "[visits25]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f, "Kofi Mensah was the last Ghanaian president to visit Togo, in 1994.", kGhaTgo)) ==
        std::multiset<std::string>{"visit 1994 @Togo"});
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f, "The last Peruvian president to travel to Chile was Luis Vega, in 1981.",
            kPerChl)) == std::multiset<std::string>{"visit 1981 @Chile"});
  // No year: nothing to date.
  CHECK(
      DatelinedPairEntries(f, "Kofi Mensah was the last Ghanaian president to visit Togo.", kGhaTgo)
          .empty());
}

TEST_CASE("a guest who came to where the article is written", "[visits25]") {
  ResolvedEventFixture f(date::year{2017} / 1 / 26);
  const std::string lead =
      "Chilean President Ana Ruiz arrived in Lima on Thursday for talks with Peruvian President "
      "Carlos Soto.\n\n";
  auto told = EntryTypesAndPlaces(
      DatelinedPairEntries(f,
                           lead + "It was her second trip to Peru in less than a year. She first "
                                  "came in February last year.",
                           kPerChl, "Lima"));
  // No town in the sentence: the dateline's country (a later step may put
  // its capital, the dateline, in its place).
  CHECK(told.count("visit 2016-02 @Peru") + told.count("visit 2016-02 @Lima") == 1);
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(f, lead + "Ruiz last came in March 2015, for the Lima Trade Fair.",
                                 kPerChl, "Lima"))
            .count("visit 2015-03 @Lima") == 1);
  // The host's own leader, and "came to power", are no visit.
  CHECK(DatelinedPairEntries(f, "Peruvian President Carlos Soto first came in February last year.",
                             kPerChl, "Lima")
            .empty());
  CHECK(EntryTypesAndPlaces(
            DatelinedPairEntries(f, lead + "Ruiz came to power in 2014.", kPerChl, "Lima"))
            .size() == 1);
}

TEST_CASE("one side's official was in the other country at a time", "[visits25]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            "Chilean Foreign Minister Ana Ruiz was in Peru last month, when she joined "
            "the Peruvian president for a road show in Arequipa.",
            kPerChl)) == std::multiset<std::string>{"visit 2024-02 @Arequipa"});
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f, "Togolese Foreign Minister Afi Koffi was in Ghana in January.", kGhaTgo)) ==
        std::multiset<std::string>{"visit 2024-01 @Ghana"});
  // At home, or no time: none.
  CHECK(
      DatelinedPairEntries(f, "Peruvian President Carlos Soto was in Arequipa last month.", kPerChl)
          .empty());
  CHECK(
      DatelinedPairEntries(f, "Chilean Foreign Minister Ana Ruiz was in talks with Peru.", kPerChl)
          .empty());
}

TEST_CASE("a full date wins over a rougher time of the same meeting", "[visits25]") {
  ResolvedEventFixture f(date::year{2024} / 1 / 28);
  auto told = DatelinedPairEntries(
      f,
      "A year ago, when Peruvian President Carlos Soto and Chilean President Ana "
      "Ruiz met on the sidelines of the Davos forum on Jan. 24, 2023, they agreed "
      "to set up a joint commission.",
      kPerChl);
  std::set<std::string> dates;
  for (const annals::Entry& e : told) dates.insert(e.date);
  CHECK(dates.count("2023-01-24") == 1);
  CHECK(dates.count("2023") == 0);
  // The year of another thing the sentence names is not the visit's.
  ResolvedEventFixture g(date::year{2019} / 8 / 25);
  auto anniversary =
      DatelinedPairEntries(g,
                           "Peruvian President Carlos Soto held talks with Chilean President Ana "
                           "Ruiz in Lima on Sunday. Ruiz's visit coincided with the 20th "
                           "anniversary of the 1999 border treaty.",
                           kPerChl);
  for (const annals::Entry& e : anniversary) CHECK(e.date != "1999");
}

TEST_CASE("an arrival that began a state visit of stated length is the state visit", "[visits25]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            "Peruvian President Carlos Soto is in Chile on a three-day state visit that "
            "began when he landed in Santiago on Tuesday evening.",
            kPerChl)) == std::multiset<std::string>{"state-visit 2024-03-12/2024-03-14 @Santiago"});
  // A state visit in a "when" clause after the time of another act.
  auto when = EntryTypesAndPlaces(
      DatelinedPairEntries(f,
                           "Togo and Ghana signed a border accord in 2009, when Ghanaian President "
                           "Kofi Mensah was in Togo on a state visit.",
                           kGhaTgo));
  CHECK(when.count("state-visit 2009 @Togo") == 1);
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f, "Peruvian President Carlos Soto was in Chile on a state visit in 2009.", kPerChl)) ==
        std::multiset<std::string>{"state-visit 2009 @Chile"});
  // A visit not called a state visit keeps its type.
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            "Ghanaian President Kofi Mensah landed in Lome on Monday for a two-day "
            "visit.",
            kGhaTgo)) == std::multiset<std::string>{"visit 2024-03-11/2024-03-12 @Lome"});
}
