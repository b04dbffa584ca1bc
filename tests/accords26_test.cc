// Agreements' leftovers (issue 5, branch `accords26`): a treaty told again
// as "the one the two ministers signed", "in this city" for the dateline's
// town, a treaty named for a town placed there only when it was made. Every
// sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"
#include "merge_test_util.h"

using namespace date::literals;

namespace {

using Resolved = annals::testing::SentenceTestFixture;

constexpr auto Entries = annals::testing::PairEntries;
constexpr auto Types = annals::testing::EntryTypes;

using annals::testing::kGhaTgo;
using annals::testing::kPerChl;

// Published on Thursday 14 March 2024, times dated by hand.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2024_y / 3 / 14) {}
};

const annals::Mention* OfType(const std::vector<annals::Mention>& m, const std::string& type) {
  for (const annals::Mention& x : m)
    if (x.type == type) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("a treaty told again as the one both sides signed", "[accords26]") {
  Resolved f;
  CHECK(Types(Entries(f,
                      "The new text is nearly identical to the one the two ministers signed in "
                      "May 2005, officials of Peru and Chile said.",
                      kPerChl))
            .count("agreement 2005-05") == 1);
  CHECK(Types(Entries(f,
                      "Ghana and Togo said the fishing accord would replace the one that the two "
                      "sides signed in 2011.",
                      kGhaTgo))
            .count("agreement 2011") == 1);
  // With no agreement noun before it, "the one" stands for anything.
  CHECK(Types(Entries(f,
                      "Ghana and Togo said the new bridge would be wider than the one the two "
                      "sides signed off on in 2011.",
                      kGhaTgo))
            .count("agreement 2011") == 0);
}

TEST_CASE("in this city is the dateline's town", "[accords26]") {
  Fixture f;
  auto handover = f.Extract(
      "Peru formally handed the remaining part of the peninsula to Chile on Thursday, at a "
      "ceremony in this southern city.",
      {{"Thursday", "2024-03-14"}}, "ARICA");
  const annals::Mention* other = OfType(handover, "other");
  REQUIRE(other != nullptr);
  CHECK(other->place == "Arica");

  auto talks = f.Extract("Ghana and Togo held talks in this port city on Wednesday.",
                         {{"Wednesday", "2024-03-13"}}, "LOME");
  const annals::Mention* lome = OfType(talks, "talks");
  REQUIRE(lome != nullptr);
  CHECK(lome->place == "Lome");

  // A speaker "in this city" only says where he spoke.
  auto speech = f.Extract(
      "Peru handed the peninsula to Chile on Wednesday, the minister told reporters in this "
      "city.",
      {{"Wednesday", "2024-03-13"}}, "TACNA");
  const annals::Mention* handed = OfType(speech, "other");
  REQUIRE(handed != nullptr);
  CHECK(handed->place != "Tacna");
}

TEST_CASE("a treaty named for a town was made there, not accepted there", "[accords26]") {
  Fixture f;
  auto accept = f.Extract(
      "The ruling coalition announced on Tuesday that Peru would fully accept the Tacna "
      "agreement with Chile.",
      {{"Tuesday", "2024-03-12"}}, "LIMA");
  for (const annals::Mention& m : accept) CHECK(m.place != "Tacna");

  auto breach = f.Extract("Chile said on Tuesday that Peru had breached the Treaty of Tacna.",
                          {{"Tuesday", "2024-03-12"}}, "LIMA");
  for (const annals::Mention& m : breach) CHECK(m.place != "Tacna");

  // Its making, and the treaty told with its year, still are.
  auto signed_ = f.Extract("Peru and Chile concluded the Treaty of Tacna in June 1929.",
                           {{"June 1929", "1929-06"}}, "LIMA");
  const annals::Mention* made = OfType(signed_, "agreement");
  REQUIRE(made != nullptr);
  CHECK(made->place == "Tacna");
}

TEST_CASE("an agreement signed after talks in a clause of after which was made there",
          "[accords26]") {
  Fixture f;
  auto kumasi = f.Extract(
      "The presidents of Ghana and Togo held talks at the royal palace in Kumasi on Wednesday, "
      "after which ministers signed an agreement on trade.",
      {{"Wednesday", "2024-03-13"}}, "ACCRA");
  const annals::Mention* trade = OfType(kumasi, "agreement");
  REQUIRE(trade != nullptr);
  CHECK(trade->place == "Kumasi");

  // Talks told in the sentence before give the agreement no place.
  auto before = f.Extract(
      "The presidents of Peru and Chile held talks in Arequipa on Wednesday. Officials said "
      "ministers signed an agreement on fishing, after which they left.",
      {{"Wednesday", "2024-03-13"}}, "LIMA");
  const annals::Mention* fishing = OfType(before, "agreement");
  if (fishing) CHECK(fishing->place != "Arequipa");
}

TEST_CASE("a ratification by a vote in a parliament named for its town", "[accords26]") {
  Fixture f;
  auto vote = f.Extract(
      "Peru and Chile signed a border treaty in 2021. Chile ratified the treaty on Monday by a "
      "vote in the Santiago parliament.",
      {{"2021", "2021"}, {"Monday", "2024-03-11"}}, "LIMA");
  bool santiago = false;
  for (const annals::Mention& m : vote) santiago = santiago || m.place == "Santiago";
  CHECK(santiago);

  // A parliament after "of" is what the accord is about, not where it was made.
  auto topic = f.Extract(
      "Ghana and Togo signed a trade accord on Monday on the budget of the Kumasi parliament.",
      {{"Monday", "2024-03-11"}}, "LOME");
  const annals::Mention* accord = OfType(topic, "agreement");
  REQUIRE(accord != nullptr);
  CHECK(accord->place != "Kumasi");
}
