// Meetings brought about by others, envoys, messages, and meetings planned
// or called off (issue 5, branch `meetings27`). The real resolver dates the
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

const std::array<std::string, 2> kNorGha{"NOR", "GHA"};

}  // namespace

TEST_CASE("those a third party brought together met, and the host is no side", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto told = DatelinedPairEntries(f,
                                   "Kenya's president brought the Norwegian and Ghanaian foreign "
                                   "ministers together in Nairobi on Monday, officials said.",
                                   kNorGha, "Nairobi");
  REQUIRE(EntryTypesAndPlaces(told) == std::multiset<std::string>{"meeting 2024-03-11 @Nairobi"});
  CHECK(told[0].actors == std::vector<std::string>{"GHA", "NOR"});
  // Brought together with someone else: no meeting of the pair.
  CHECK(DatelinedPairEntries(f,
                             "Kenya's president brought the Norwegian and Ugandan foreign "
                             "ministers together in Nairobi on Monday.",
                             kNorGha, "Nairobi")
            .empty());
  // The host and one of those it brought are no pair's meeting either.
  CHECK(DatelinedPairEntries(f,
                             "Kenya's president brought the Norwegian and Ugandan foreign "
                             "ministers together in Nairobi on Monday.",
                             kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("'the two men' brought together 'there' are the two named before", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 8 / 21);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Presidents Luis Ruiz of Peru and Carlos Soto of Chile signed a memorandum on fisheries in "
      "the Bolivian capital on Wednesday. It was their second meeting in La Paz in six weeks: "
      "Bolivia's and Ecuador's leaders brought the two men together there in July, when they "
      "agreed to keep talking.",
      kPerChl, "La Paz"));
  CHECK(told.count("meeting 2024-07 @La Paz") == 1);
  // "there" is the town named before, in another event's clause.
  auto there = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peruvian President Luis Ruiz and Chilean President Carlos Soto signed a memorandum on "
      "fisheries on Wednesday. The two men had talks in La Paz last week, and Bolivia's leaders "
      "brought the two men together there in July.",
      kPerChl, "Lima"));
  CHECK(there.count("meeting 2024-07 @La Paz") == 1);
}

TEST_CASE("a meeting in a 'since' clause is still told", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto told = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peruvian President Luis Ruiz accused Chilean President Carlos Soto on Thursday of breaking "
      "fishing limits. The quarrel is the worst since Presidents Ruiz and Soto met in Lima in "
      "March last year and promised to settle their differences through talks.",
      kPerChl, "Lima"));
  CHECK(told.count("meeting 2023-03 @Lima") == 1);
}

TEST_CASE("a commander who is also a leader's son travels as the commander", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto told = DatelinedPairEntries(f,
                                   "General Pedro Vargas, Peru's army commander and the son of "
                                   "President Luis Ruiz, flew to Santiago on Tuesday.",
                                   kPerChl, "Santiago");
  CHECK(EntryTypesAndPlaces(told) == std::multiset<std::string>{"visit 2024-03-12 @Santiago"});
  // Dated by what governs the clause: six days after the signing.
  auto after = EntryTypesAndPlaces(DatelinedPairEntries(
      f,
      "Peru and Chile signed a security pact on March 1. Six days after the signing, General "
      "Pedro Vargas, Peru's army commander and the son of President Luis Ruiz, flew to Santiago "
      "and held talks with President Carlos Soto.",
      kPerChl, "Lima"));
  CHECK(after.count("visit 2024-03-07 @Santiago") == 1);
  // A relative with no office still makes no state visit.
  CHECK(DatelinedPairEntries(f, "Ghanaian President Kofi Mensah's son flew to Lome on Tuesday.",
                             kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("a message an envoy carried from one leader to the other", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  const std::string opening =
      "Peruvian President Luis Ruiz and Chilean President Carlos Soto have moved to mend ties, "
      "officials said on Thursday. ";
  auto told = DatelinedPairEntries(f,
                                   opening +
                                       "Earlier this month Peru's ambassador to the United "
                                       "Nations, Ana Rios, carried a message from Ruiz to Soto.",
                                   kPerChl, "Lima");
  REQUIRE(EntryTypes(told) == std::multiset<std::string>{"message 2024-03"});
  // The body the envoy serves at is no side.
  CHECK(told[0].actors == std::vector<std::string>{"CHL", "PER"});
  // Told with another verb, split by a modifier.
  CHECK(EntryTypes(DatelinedPairEntries(f,
                                        opening + "On Monday Peru's foreign minister handed over a "
                                                  "personal message from Ruiz to Soto.",
                                        kPerChl, "Lima")) ==
        std::multiset<std::string>{"message 2024-03-11"});
  // A message to a third country is not the pair's.
  CHECK(DatelinedPairEntries(f,
                             "Ghanaian President Kofi Mensah and Togolese President Afi Koffi "
                             "have moved to mend ties. On Monday Ghana's foreign minister "
                             "carried a message from Mensah to the Kenyan president.",
                             kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("meetings called off or put off are cancelled entries of the pair", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  const std::string opening =
      "Ties between Peru and Chile have soured over the past year, diplomats said on Thursday. ";
  CHECK(EntryTypes(DatelinedPairEntries(
            f,
            opening + "A meeting between the two transport ministers was "
                      "called off in January after a dispute over permits.",
            kPerChl, "Lima")) == std::multiset<std::string>{"meeting 2024-01"});
  auto retreat = DatelinedPairEntries(f,
                                      opening +
                                          "The annual leaders' retreat, which Chile was to host "
                                          "last year, was put off because of the pandemic.",
                                      kPerChl, "Lima");
  REQUIRE(EntryTypes(retreat) == std::multiset<std::string>{"summit 2023"});
  CHECK(retreat[0].status == "cancelled");
  // Where it was to be: the country the relative clause says was to host.
  CHECK(retreat[0].place == "Chile");
  // A gathering a third country was to host is not the pair's.
  CHECK(DatelinedPairEntries(f,
                             "Ties between Ghana and Togo have soured, diplomats said on "
                             "Thursday. The annual summit, which Kenya was to host last year, was "
                             "put off because of the pandemic.",
                             kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("a joint body's coming meeting is a planned meeting of the pair", "[meetings27]") {
  ResolvedEventFixture f(date::year{2024} / 3 / 14);
  auto first = DatelinedPairEntries(f,
                                    "Peru and Chile signed a memorandum on fisheries on Thursday. "
                                    "The commission set up by the memorandum will hold its first "
                                    "meeting in Lima in September.",
                                    kPerChl, "Lima");
  auto planned = std::find_if(first.begin(), first.end(),
                              [](const annals::Entry& e) { return e.type == "meeting"; });
  REQUIRE(planned != first.end());
  CHECK(planned->date == "2024-09");
  CHECK(planned->status == "planned");
  CHECK(planned->place == "Lima");
  auto next = DatelinedPairEntries(f,
                                   "Peru and Chile agreed on Thursday to widen trade in farm "
                                   "goods. The joint commission is to meet in Santiago next month.",
                                   kPerChl, "Lima");
  CHECK(EntryTypesAndPlaces(next).count("meeting 2024-04 @Santiago") == 1);
  // Another pair's joint commission is theirs.
  // (The agreement to widen trade is the pair's own, probes32.)
  auto others =
      DatelinedPairEntries(f,
                           "Ghana and Togo agreed on Thursday to widen trade. The joint "
                           "commission of Kenya and Uganda is to meet in Nairobi next month.",
                           kGhaTgo, "Accra");
  CHECK(std::none_of(others.begin(), others.end(),
                     [](const annals::Entry& e) { return e.type == "meeting"; }));
}
