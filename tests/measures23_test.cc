// Measures and acts with verbs the lists lacked (issue 5, branch
// `measures23`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

constexpr auto Entries = annals::testing::PairEntries;
constexpr auto Types = annals::testing::EntryTypes;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;

}  // namespace

TEST_CASE("visa-free travel ended, visas put back, exit bans imposed", "[measures23]") {
  Fixture f;
  // The cancel word is the measure itself: held, not called off.
  std::vector<annals::Entry> scrapped =
      Entries(f, "Norway scrapped visa-free entry for Kenyan citizens on March 6.", kNorKen);
  REQUIRE(scrapped.size() == 1);
  CHECK(scrapped[0].type == "sanction");
  CHECK(scrapped[0].date == "2024-03-06");
  CHECK(scrapped[0].status == "held");
  CHECK(Types(Entries(f, "Ghana ended visa waivers for Togolese nationals on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"sanction 2024-03-11"});
  CHECK(Types(Entries(f, "Togo reimposed visas on Ghanaian citizens on Tuesday.", kGhaTgo)) ==
        std::multiset<std::string>{"sanction 2024-03-12"});
  CHECK(Types(Entries(f, "Kenya imposed an exit ban on Norwegian citizens on Tuesday.", kNorKen)) ==
        std::multiset<std::string>{"sanction 2024-03-12"});
  // A visit called off stays called off.
  std::vector<annals::Entry> visit =
      Entries(f, "Norway cancelled the visit of the Kenyan president on Monday.", kNorKen);
  REQUIRE(visit.size() == 1);
  CHECK(visit[0].status == "cancelled");
}

TEST_CASE("one's own embassy closed, told as a decision", "[measures23]") {
  Fixture f;
  std::vector<annals::Entry> decided =
      Entries(f, "Ghana said on Friday it would close its embassy in Lome.", kGhaTgo);
  REQUIRE(decided.size() == 1);
  CHECK(decided[0].type == "reduce-relations");
  CHECK(decided[0].date == "2024-03-08");
  CHECK(decided[0].place == "Lome");
  CHECK(Types(Entries(f, "Norway shut down its own embassy in Nairobi on Monday.", kNorKen)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11"});
  // Doubt and conditions still give nothing.
  CHECK(f.Extract("Ghana could close its embassy in Lome, the minister said on Friday.").empty());
  CHECK(f.Extract("Ghana said on Friday it would close its embassy in Lome if Togo expelled "
                  "its diplomats.")
            .empty());
}

TEST_CASE("oil stopped and restarted in a row with the other side", "[measures23]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Kenya shut down its oil production in January in a row over Norway's "
                      "transit fees.",
                      kNorKen)) == std::multiset<std::string>{"trade-restriction 2024-01"});
  CHECK(Types(Entries(f, "Togo resumed pumping oil through Ghana on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"lifting 2024-03-11"});
  // Domestic halts give nothing.
  CHECK(f.Extract("Kenya shut down its oil production for maintenance on Monday.").empty());
}

TEST_CASE("fields seized, troops ordered out, moved up, lands annexed or claimed", "[measures23]") {
  Fixture f;
  CHECK(Types(Entries(f, "Togo's troops seized a Ghanaian oil field on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"incident 2024-03-11"});
  CHECK(Types(Entries(f, "Togo ordered its troops out of Ghana on Friday.", kGhaTgo)) ==
        std::multiset<std::string>{"recall 2024-03-08"});
  CHECK(Types(Entries(f,
                      "In October 2023 Togo moved armoured divisions towards the Ghanaian "
                      "frontier.",
                      kGhaTgo)) == std::multiset<std::string>{"warning 2023-10"});
  CHECK(Types(Entries(f, "Togo moved troops to the Ghanaian border on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"warning 2024-03-11"});
  CHECK(Types(Entries(f,
                      "Togo declared a merger with Ghana on Aug. 8, six days after the "
                      "invasion.",
                      kGhaTgo)) == std::multiset<std::string>{"other 2023-08-08"});
  CHECK(Types(Entries(f, "Togo annexed the Ghanaian island of Ada on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"other 2024-03-11"});
  CHECK(Types(Entries(f, "Togo laid claim to Ghana's coastal islands on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"demand 2024-03-11"});
  // The same verbs at home give nothing.
  CHECK(f.Extract("Togo moved troops to the capital on Monday.").empty());
  CHECK(f.Extract("Togo seized drugs at the port on Monday.").empty());
  CHECK(f.Extract("Togo moved to reopen its border with Ghana on Monday.").empty());
}

TEST_CASE("captives who land at home are freed, officials who land are visitors", "[measures23]") {
  Fixture f;
  std::vector<annals::Entry> home =
      Entries(f, "Three Kenyan hostages landed in Nairobi from Oslo on Friday.", kNorKen);
  REQUIRE(home.size() == 1);
  CHECK(home[0].type == "release");
  CHECK(home[0].date == "2024-03-08");
  CHECK(home[0].place == "Nairobi");
  CHECK(Types(Entries(f, "Two Togolese captives returned home from Ghana on Friday.", kGhaTgo)) ==
        std::multiset<std::string>{"release 2024-03-08"});
  CHECK(Types(Entries(f, "Kenyan President Ruto landed in Oslo on Friday.", kNorKen)) ==
        std::multiset<std::string>{"visit 2024-03-08"});
}

TEST_CASE("more wordings of the same measures and acts", "[measures23]") {
  Fixture f;
  CHECK(Types(Entries(f, "Ghana abolished visa-free entry for Togolese on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"sanction 2024-03-11"});
  CHECK(Types(Entries(f, "Kenya slapped an exit ban on Norwegian diplomats on Monday.", kNorKen)) ==
        std::multiset<std::string>{"sanction 2024-03-11"});
  CHECK(Types(Entries(f, "Togo cut off oil flows through the Ghanaian pipeline on Monday.",
                      kGhaTgo)) == std::multiset<std::string>{"trade-restriction 2024-03-11"});
  CHECK(Types(Entries(f, "Togo's army occupied the Ghanaian province of Volta on Monday.",
                      kGhaTgo)) == std::multiset<std::string>{"incident 2024-03-11"});
  CHECK(Types(Entries(f, "Togo proclaimed the annexation of Ghana on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"other 2024-03-11"});
  CHECK(Types(Entries(f, "Togo massed tanks on the Ghanaian frontier on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"warning 2024-03-11"});
  // Visas made easier are no measure against the other side.
  CHECK(Entries(f, "Ghana introduced visas on arrival for Togolese on Monday.", kGhaTgo).empty());
}

TEST_CASE("the other side called part of one's own state is a claim", "[measures23]") {
  Fixture f;
  CHECK(Types(Entries(f, "In 1961 Accra called newly independent Togo part of Ghana.", kGhaTgo)) ==
        std::multiset<std::string>{"demand 1961"});
  // Part of something that is no state, or a thing that is no state.
  CHECK(Entries(f, "On Monday Ghana called Togo part of a new trading bloc.", kGhaTgo).empty());
}

TEST_CASE("troops ordered out of a named place only, claims on a state only", "[measures23]") {
  Fixture f;
  CHECK(
      Entries(f, "Togo ordered its troops out of the streets of Lome on Monday.", kGhaTgo).empty());
  CHECK(Entries(f, "On Monday Ghana's coach called the win over Togo part of Accra's history.",
                kGhaTgo)
            .empty());
}
