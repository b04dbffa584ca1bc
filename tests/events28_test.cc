// Newsroom sentence shapes of meetings, agreements and releases in their
// fuller forms (issue 5, branch `events28`). The real resolver dates the
// sentences. Every sentence is written for the test.
#include <algorithm>
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
using annals::testing::EntryTypes;
using annals::testing::EntryTypesAndPlaces;

}  // namespace

TEST_CASE("a meeting told after an apposition, one leader by surname only", "[events28]") {
  ResolvedEventFixture f(date::year{2019} / 3 / 6);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peruvian President Luis Ruiz accused Chilean President Carlos Soto on Wednesday of "
      "breaking fishing limits. The quarrel is the worst since Presidents Luis Ruiz and Soto, "
      "once allies in exile, met in Lima in March last year and promised to settle their "
      "differences through talks.",
      kPerChl, "Lima"));
  CHECK(told.count("meeting 2018-03 @Lima") == 1);
  auto ghana = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian President Kofi Mensah criticised Togolese President Afi Koffi on Wednesday over "
      "border posts. Relations are at their lowest since Presidents Kofi Mensah and Koffi, "
      "former classmates, met in Accra in June last year.",
      kGhaTgo, "Accra"));
  CHECK(ghana.count("meeting 2018-06 @Accra") == 1);
  // One of the two leaders in the apposition is a third country's: no
  // meeting of the pair.
  auto third = EntryTypes(DatelinedPairEntries(
      f,
      "Ghanaian President Kofi Mensah criticised Togolese President Afi Koffi on Wednesday over "
      "border posts. Mensah recalled that Presidents Kofi Mensah and Carlos Soto, former "
      "classmates, met in Accra in June last year.",
      kGhaTgo, "Accra"));
  CHECK(third.count("meeting 2018-06") == 0);
}

TEST_CASE("leaders a third party's leaders brought together, in the demonym's capital",
          "[events28]") {
  ResolvedEventFixture f(date::year{2024} / 8 / 21);
  auto told = DatelinedPairEntries(
      f,
      "Presidents Luis Ruiz of Peru and Carlos Soto of Chile signed a memorandum of "
      "understanding in the Bolivian capital on Wednesday, pledging to respect each other's "
      "sovereignty. It was their second meeting in La Paz in six weeks: Arce and Noboa brought "
      "the two men together there in July, when they agreed to keep talking.",
      kPerChl, "La Paz");
  CHECK(EntryTypesAndPlaces(told).count("meeting 2024-07 @La Paz") == 1);
  auto signed_at = std::find_if(told.begin(), told.end(),
                                [](const annals::Entry& e) { return e.type == "agreement"; });
  REQUIRE(signed_at != told.end());
  CHECK(signed_at->date == "2024-08-21");
  // "the Bolivian capital" is where they signed; Bolivia is no side.
  CHECK(signed_at->actors == std::vector<std::string>{"CHL", "PER"});
  // With only one side named, the capital's country is still the other.
  auto host = DatelinedPairEntries(
      f, "Norway's foreign minister held talks in the Kenyan capital on Monday.", kNorKen, "Oslo");
  REQUIRE(EntryTypes(host) == std::multiset<std::string>{"talks 2024-08-19"});
  CHECK(host[0].actors == std::vector<std::string>{"KEN", "NOR"});
}

TEST_CASE("a joint body of ministers holds its first meeting", "[events28]") {
  ResolvedEventFixture f(date::year{2024} / 8 / 21);
  auto told = DatelinedPairEntries(f,
                                   "Peru and Chile agreed on Wednesday to settle their border "
                                   "dispute through talks. A commission of ministers from both "
                                   "countries is to hold its first meeting in Lima next month to "
                                   "follow up on the memorandum.",
                                   kPerChl, "Lima");
  auto planned = std::find_if(told.begin(), told.end(),
                              [](const annals::Entry& e) { return e.type == "meeting"; });
  REQUIRE(planned != told.end());
  CHECK(planned->date == "2024-09");
  CHECK(planned->status == "planned");
  CHECK(planned->place == "Lima");
  // Told right after a meeting others brought about: "both countries" are
  // the two brought together, not those who brought them.
  auto after_brokers = DatelinedPairEntries(
      f,
      "Presidents Luis Ruiz of Peru and Carlos Soto of Chile signed a memorandum in the Bolivian "
      "capital on Wednesday. Bolivia's and Ecuador's leaders brought the two men together there "
      "in July. A commission of ministers from both countries is to hold its first meeting in "
      "Lima next month.",
      kPerChl, "La Paz");
  CHECK(EntryTypesAndPlaces(after_brokers).count("meeting 2024-09 @Lima") == 1);
  // A commission of ministers from both of another pair is theirs.
  // (The agreement to widen trade is the pair's own, probes32.)
  auto others =
      DatelinedPairEntries(f,
                           "Ghana and Togo agreed on Wednesday to widen trade. A commission "
                           "of ministers from Kenya and Uganda is to hold its first meeting in "
                           "Nairobi next month.",
                           kGhaTgo, "Accra");
  CHECK(std::none_of(others.begin(), others.end(),
                     [](const annals::Entry& e) { return e.type == "meeting"; }));
}

TEST_CASE("agreements signed in a clause after dated talks share their day", "[events28]") {
  ResolvedEventFixture f(date::year{2024} / 8 / 25);
  const std::string opening = "Peruvian President Luis Ruiz paid a visit to Chile this week. ";
  CHECK(EntryTypesAndPlaces(DatelinedPairEntries(
            f,
            opening + "Ruiz and Soto held talks in Santiago on Friday, and their governments "
                      "signed a series of agreements on trade, energy and transport.",
            kPerChl, "Santiago")) == std::multiset<std::string>{"visit 2024-W34 @Santiago",
                                                                "talks 2024-08-23 @Santiago",
                                                                "agreement 2024-08-23 @Santiago"});
  CHECK(EntryTypes(DatelinedPairEntries(f,
                                        "Norwegian Prime Minister Erik Berg and Kenyan President "
                                        "John Mwangi met in Nairobi on Thursday and signed "
                                        "agreements on fisheries and health.",
                                        kNorKen, "Nairobi"))
            .count("agreement 2024-08-22") == 1);
  // An agreement of the past the talks were about is not signed that day.
  auto past = EntryTypes(DatelinedPairEntries(
      f,
      "Peruvian President Luis Ruiz and Chilean President Carlos Soto held talks in Santiago on "
      "Friday, and discussed the agreement on fisheries.",
      kPerChl, "Santiago"));
  CHECK(past.count("agreement 2024-08-23") == 0);
}

TEST_CASE("a release dated a month before a meeting told to the month", "[events28]") {
  ResolvedEventFixture f(date::year{2021} / 5 / 10);
  auto told = DatelinedPairEntries(
      f,
      "Peruvian President Luis Ruiz will meet Chilean President Carlos Soto next month, officials "
      "said on Monday. Ruiz and Soto last met at Tacna in February 2020 at a summit with the "
      "leaders of Bolivia and Ecuador, a month after Peru freed a group of Chilean detainees as "
      "a goodwill gesture.",
      kPerChl, "Lima");
  auto types = EntryTypesAndPlaces(told);
  CHECK(types.count("meeting 2020-02 @Tacna") == 1);
  auto freed = std::find_if(told.begin(), told.end(),
                            [](const annals::Entry& e) { return e.type == "release"; });
  REQUIRE(freed != told.end());
  CHECK(freed->date == "2020-01");
  CHECK(freed->actors == std::vector<std::string>{"CHL", "PER"});
  // Two months before a month.
  CHECK(EntryTypes(DatelinedPairEntries(f,
                                        "Ghana and Togo signed a border accord in October 2020, "
                                        "two months after Ghana freed a group of Togolese "
                                        "fishermen.",
                                        kGhaTgo, "Accra"))
            .count("release 2020-08") == 1);
  // A count of days from a month tells no day: the release stays undated.
  CHECK(EntryTypes(DatelinedPairEntries(f,
                                        "Ghana and Togo signed a border accord in October 2020, "
                                        "ten days after Ghana freed a group of Togolese "
                                        "fishermen.",
                                        kGhaTgo, "Accra"))
            .count("release 2020-10") == 0);
}
