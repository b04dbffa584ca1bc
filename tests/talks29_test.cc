// Meetings at third places, signings and court steps as news tells them
// (issue 5, branch `talks29`). The real resolver dates the sentences. Every
// sentence is written for the test.
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

TEST_CASE("an agreement signed during a visit told after it", "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 5 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peru and Chile have widened trade this year. The fisheries agreement was signed during "
      "Peruvian President Luis Ruiz's visit to Santiago in March.",
      kPerChl, "Lima"));
  CHECK(told.count("agreement 2024-03 @Santiago") == 1);
  CHECK(told.count("visit 2024-03 @Santiago") == 1);
  auto active = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghana and Togo signed the customs agreement during the Ghanaian president's visit to "
      "Lome in February.",
      kGhaTgo, "Accra"));
  CHECK(active.count("agreement 2024-02 @Lome") == 1);
  // An agreement only talked about during the visit was not signed then.
  auto topic = EntryTypes(DatelinedPairEntries(
      f,
      "The fisheries agreement was discussed during Peruvian President Luis Ruiz's visit to "
      "Santiago in March.",
      kPerChl, "Lima"));
  CHECK(topic.count("agreement 2024-03") == 0);
}

TEST_CASE("court steps: a filing at the EU court, an arbitration left, a tribunal's decision",
          "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 5 / 14);
  auto filed = EntryTypes(DatelinedPairEntries(
      f, "Peru took its case against Chile to the EU court in July 2019.", kPerChl, "Lima"));
  CHECK(filed.count("protest 2019-07") + filed.count("accusation 2019-07") == 1);
  auto left = EntryTypes(DatelinedPairEntries(
      f,
      "Ghana brought an arbitration case against Togo in 2015. Togo quit the arbitration in July "
      "2016.",
      kGhaTgo, "Accra"));
  CHECK(left.count("lifting 2016-07") == 1);
  auto decided = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghana brought an arbitration case against Togo in 2015. The arbitral tribunal decided in "
      "June 2017 that the case could go on without Togo.",
      kGhaTgo, "Accra"));
  CHECK(decided.count("ruling 2017-06 @") == 1);
  auto border = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peru and Chile have quarrelled over their border for a century. An arbitral tribunal in "
      "Geneva set the border between them in 1902.",
      kPerChl, "Lima"));
  CHECK(border.count("ruling 1902 @Geneva") == 1);
  auto award = EntryTypes(DatelinedPairEntries(
      f,
      "Peru and Chile have quarrelled over their border for a century. The 1902 award drew the "
      "boundary along the river.",
      kPerChl, "Lima"));
  CHECK(award.count("ruling 1902") == 1);
  // A president who decided something is no court.
  auto president = EntryTypes(DatelinedPairEntries(
      f, "Peru's president decided in June that Chile's envoy could stay.", kPerChl, "Lima"));
  CHECK(president.count("ruling 2024-06") == 0);
  auto mediator = EntryTypes(DatelinedPairEntries(
      f,
      "Peru and Chile have quarrelled over their border for a century. The UN Secretary-General "
      "decided in June to send an envoy to both capitals.",
      kPerChl, "Lima"));
  CHECK(mediator.count("ruling 2024-06") == 0);
}

TEST_CASE("envoys' rounds told again as 'the envoys' and 'their fourth meeting'", "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 9 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "The special envoys of Ghana and Togo, Kwame Mensah and Afi Koffi, met for the first time "
      "in Oslo in January. At their fourth meeting, in Oslo on July 1, the envoys agreed to open "
      "the border to traders.",
      kGhaTgo, "Accra"));
  CHECK(told.count("meeting 2024-01 @Oslo") == 1);
  CHECK(told.count("meeting 2024-07-01 @Oslo") == 1);
  auto held = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Norway and Kenya named special envoys for the fisheries dispute in May. The two envoys "
      "held their second meeting in Geneva on Monday.",
      kNorKen, "Nairobi"));
  CHECK(held.count("meeting 2024-09-09 @Geneva") == 1);
  // "the envoys" of a third party met by one side are not the pair's.
  auto others = EntryTypes(DatelinedPairEntries(
      f,
      "Norway and Kenya disagree on fishing quotas. Kenyan President John Mwangi met the envoys "
      "of the European Union in Nairobi on Friday.",
      kNorKen, "Nairobi"));
  CHECK(others.count("meeting 2024-09-13") == 0);
}

TEST_CASE("gatherings placed at a town on a third country, in a 'where' clause, on a side's soil",
          "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 9 / 14);
  // A town of two words the gazetteer does not know, on a third country:
  // there, not at the dateline; the host is no side.
  auto third = DatelinedPairEntries(
      f,
      "Norwegian Prime Minister Erik Berg and Kenyan President John Mwangi met at Port Alder on "
      "Fiji on Thursday, hosted by Prime Minister Rabuka, and pledged to settle the fisheries "
      "row.",
      kNorKen, "Oslo");
  CHECK(EntryTypesAndPlaces(third).count("meeting 2024-09-12 @Port Alder") == 1);
  // Two words alone may be a venue: the dateline stays.
  auto venue = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Norwegian Prime Minister Erik Berg and Kenyan President John Mwangi met at State House on "
      "Friday.",
      kNorKen, "Nairobi"));
  CHECK(venue.count("meeting 2024-09-13 @Nairobi") == 1);
  // A signing in a clause of "where" after the town a minister flew to.
  auto where = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peruvian Foreign Minister Ana Rios flew to Santiago, where she and Chilean Foreign Minister "
      "Pablo Vera initialled the fisheries treaty at the palace on Monday.",
      kPerChl, "Lima"));
  CHECK(where.count("agreement 2024-09-09 @Santiago") == 1);
  // Talks on one side's soil, told from the other side's capital.
  auto soil = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Afi Koffi held the "
      "first public talks on Togolese soil on Wednesday.",
      kGhaTgo, "Accra"));
  CHECK(soil.count("talks 2024-09-11 @Togo") == 1);
  auto in_country = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Afi Koffi held talks in "
      "Togo on Wednesday.",
      kGhaTgo, "Accra"));
  CHECK(in_country.count("talks 2024-09-11 @Togo") == 1);
  // Told from a town of that country the day after, the dateline is the
  // finer place.
  auto home = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Afi Koffi held talks in "
      "Togo on Friday.",
      kGhaTgo, "Lome"));
  CHECK(home.count("talks 2024-09-13 @Lome") == 1);
}

TEST_CASE("a visit to people in a town the gazetteer does not know", "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 9 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian President Kofi Mensah visited bereaved families in Aflao West on Thursday with "
      "Togolese President Afi Koffi.",
      kGhaTgo, "Accra"));
  CHECK(told.count("visit 2024-09-12 @") == 1);
  auto one_word = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Ghanaian President Kofi Mensah visited bereaved families in Kpalime on Thursday with "
      "Togolese President Afi Koffi.",
      kGhaTgo, "Accra"));
  CHECK(one_word.count("visit 2024-09-12 @Kpalime") == 1);
}

TEST_CASE("a first visit placed at the town its 'when' clause names", "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 9 / 16);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Kenyan President John Mwangi became the first Kenyan president to set foot in Norway on "
      "Saturday, when he held talks with Norwegian Prime Minister Erik Berg and watched the "
      "qualifier in Bergen.",
      kNorKen, "Oslo"));
  CHECK(told.count("visit 2024-09-14 @Bergen") == 1);
  // With no ", when" the town may be another act's: the country stays.
  auto other = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Kenyan President John Mwangi visited Norway on Saturday. Norwegian Prime Minister Erik Berg "
      "spoke in Bergen.",
      kNorKen, "Oslo"));
  CHECK(other.count("visit 2024-09-14 @Bergen") == 0);
}

TEST_CASE("a traveller welcomed in a ', where' clause is no gathering held in that town",
          "[talks29]") {
  ResolvedEventFixture f(date::year{2024} / 5 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Chilean executive Ana Soto flew home on Saturday after three years under house arrest in "
      "Peru. Later that afternoon a judge in Lima ended the case against her, and she left Peru "
      "on a chartered flight to Arica, where she was welcomed on Saturday evening by cheering "
      "crowds.",
      kPerChl, "Lima"));
  CHECK(told.count("hosting 2024-05-11 @Arica") == 0);
  CHECK(told.count("meeting 2024-05-11 @Arica") == 0);
}
