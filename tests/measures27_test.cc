// Measures, restrictions and the accusations that come with them (issue 5,
// branch `measures27`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
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
using annals::testing::kPerChl;

}  // namespace

TEST_CASE("crossings shut, in background clauses and kept shut", "[measures27]") {
  Fixture f;
  // A closure in a "when" clause takes the time before it.
  CHECK(Types(Entries(f,
                      "Dozens of buses have queued on the Peruvian side since late last month, "
                      "when Chile shut the main crossing at Visviri to freight.",
                      kPerChl)) == std::multiset<std::string>{"reduce-relations 2024-02"});
  CHECK(Types(Entries(f,
                      "Since last Friday, all Norwegian crossings but Lakselv have been closed to "
                      "Kenyan buses.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-08"});
  // Kept shut since a month: the state began then.
  CHECK(
      Types(Entries(f, "Togo has kept the Aflao crossing closed to Ghanaian traders since January.",
                    kGhaTgo)) == std::multiset<std::string>{"reduce-relations 2024-01"});
  CHECK(Types(Entries(f, "Chile has kept the border with Peru closed since February.", kPerChl)) ==
        std::multiset<std::string>{"reduce-relations 2024-02"});
  // Closures at home, with a third country, or only thought of.
  CHECK(Entries(f, "Chile closed its schools on Monday, Peru said.", kPerChl).empty());
  CHECK(
      Entries(f, "Chile closed the crossing with Bolivia on Monday, Peru said.", kPerChl).empty());
  CHECK(
      Entries(f, "Chile could close the crossing with Peru, the minister said on Monday.", kPerChl)
          .empty());
}

TEST_CASE("supplies and sales to the other side stopped", "[measures27]") {
  Fixture f;
  CHECK(Types(Entries(f, "Ghana stopped selling electricity to Togo in 2019.", kGhaTgo)) ==
        std::multiset<std::string>{"trade-restriction 2019"});
  CHECK(Types(Entries(f, "Norway stopped exporting fish to Kenya on Monday.", kNorKen)) ==
        std::multiset<std::string>{"trade-restriction 2024-03-11"});
  CHECK(Types(Entries(f, "Togo halted power sales to Ghana on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"trade-restriction 2024-03-11"});
  CHECK(Types(Entries(f, "Norway cut gas to Kenya on Monday.", kNorKen)) ==
        std::multiset<std::string>{"trade-restriction 2024-03-11"});
  CHECK(Entries(f, "Ghana could stop selling electricity to Togo, the minister said on Monday.",
                kGhaTgo)
            .empty());
}

TEST_CASE("travel to the other country advised against", "[measures27]") {
  Fixture f;
  std::vector<annals::Entry> told = Entries(
      f, "Ghana told its citizens on Tuesday not to travel to Togo, citing a wave of arrests.",
      kGhaTgo);
  REQUIRE(told.size() == 1);
  CHECK(told[0].type == "warning");
  CHECK(told[0].date == "2024-03-12");
  CHECK(Types(Entries(f, "Norway issued a travel warning for Kenya on Tuesday.", kNorKen)) ==
        std::multiset<std::string>{"warning 2024-03-12"});
  CHECK(Types(Entries(f, "Kenya advised its nationals against all travel to Norway on Monday.",
                      kNorKen)) == std::multiset<std::string>{"warning 2024-03-11"});
  // A trip not made, a side of a place rather than the country, and a
  // third country are no warning (and no visit).
  CHECK(Entries(f, "The Peruvian guide told visitors on Monday not to travel to the Chilean side.",
                kPerChl)
            .empty());
  // A trip not made, and a third country, are no warning.
  CHECK(Entries(f, "Peru told reporters on Tuesday that it would not travel to Chile.", kPerChl)
            .empty());
  CHECK(
      Entries(f, "Peru told its citizens on Tuesday not to travel to Bolivia, Chile said.", kPerChl)
          .empty());
}

TEST_CASE("programmes of help for the other side ended", "[measures27]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Togo has ended its programme to train Ghanaian customs officers, the "
                      "ministry said on Monday.",
                      kGhaTgo)) == std::multiset<std::string>{"reduce-relations 2024-03-11"});
  CHECK(Types(Entries(f, "Kenya halted its scholarship programme for Norway in January.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-01"});
  CHECK(Types(Entries(f, "Norway pulled out of a programme to train Kenyan judges on Monday.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-11"});
  // A programme at home.
  CHECK(Entries(f, "Chile ended its vaccination programme on Monday, the ministry of Peru said.",
                kPerChl)
            .empty());
}

TEST_CASE("an announced closure and the blame said with it", "[measures27]") {
  Fixture f;
  // The closure is planned from its own day; the blame was said on the
  // saying day.
  CHECK(Types(Entries(f,
                      "Ghana will close Aflao, the last crossing on its border with Togo that is "
                      "still open, from Thursday until Dec. 13, the government said on Tuesday, "
                      "accusing Lome of sending smugglers to the frontier.",
                      kGhaTgo)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-14", "accusation 2024-03-12"});
  // The saying time earlier in the sentence.
  CHECK(Types(Entries(f,
                      "Peru said on Tuesday it would close its border with Chile from Friday, "
                      "accusing Santiago of a surge in smuggling.",
                      kPerChl)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-15", "accusation 2024-03-12"});
  // An act of its own day keeps it.
  CHECK(Types(Entries(f,
                      "Peru closed its border with Chile on Friday, the government said on "
                      "Tuesday, accusing Santiago of harbouring smugglers.",
                      kPerChl)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-08", "accusation 2024-03-12"});
}

TEST_CASE("a company of the other country barred", "[measures27]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru's congress voted in January to bar a Chilean mining company from "
                      "operating in Peru.",
                      kPerChl)) == std::multiset<std::string>{"sanction 2024-01"});
  CHECK(Types(Entries(f, "Togo barred a Ghanaian airline from landing in Lome on Monday.",
                      kGhaTgo)) == std::multiset<std::string>{"sanction 2024-03-11"});
  CHECK(Types(Entries(f, "Ghana voted in May to ban a fishing company of Togo from its ports.",
                      kGhaTgo)) == std::multiset<std::string>{"sanction 2023-05"});
  // No country named for the company: no side.
  CHECK(Entries(f,
                "Kenya barred a shipping firm from operating in its waters on Monday, Norway said.",
                kNorKen)
            .empty());
}

TEST_CASE("objections to the other side's rules", "[measures27]") {
  Fixture f;
  CHECK(Types(Entries(f, "Chile objected in November to Peru's new fishing quotas.", kPerChl)) ==
        std::multiset<std::string>{"protest 2023-11"});
  CHECK(Types(Entries(f, "Togo lodged an objection to Ghana's new port fees on Monday.",
                      kGhaTgo)) == std::multiset<std::string>{"protest 2024-03-11"});
  CHECK(
      Entries(f, "Togo raised no objection to Ghana's new port fees on Monday.", kGhaTgo).empty());
}

TEST_CASE("a crossing shut by name is where the closure is placed", "[measures27]") {
  Fixture f;
  CHECK(annals::testing::EntryTypesAndPlaces(Entries(
            f, "Togo shut the main crossing at Sanve to Ghanaian lorries on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 @Sanve"});
  // The name a crossing is set beside.
  CHECK(annals::testing::EntryTypesAndPlaces(Entries(
            f, "Ghana will close Aflao, the main crossing on its border with Togo, from Friday.",
            kGhaTgo)) == std::multiset<std::string>{"reduce-relations 2024-03-15 @Aflao"});
  // No name: no place.
  CHECK(annals::testing::EntryTypesAndPlaces(Entries(
            f, "Togo shut the main crossing at dawn to Ghanaian lorries on Monday.", kGhaTgo)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11 @"});
}

TEST_CASE("a crossing shut in a story about two is shut to the other", "[measures27]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Ghana and Togo have quarrelled over cocoa for a year, and Togolese "
                      "officials blame Ghana. Togo has kept the Sanve crossing closed since "
                      "January.",
                      kGhaTgo)) == std::multiset<std::string>{"reduce-relations 2024-01"});
  // Schools shut, or a border with a third country, give nothing.
  CHECK(Entries(f,
                "Ghana and Togo have quarrelled over cocoa for a year, and Togolese officials "
                "blame Ghana. Togo closed its schools on Monday.",
                kGhaTgo)
            .empty());
  CHECK(Entries(f,
                "Ghana and Togo have quarrelled over cocoa for a year, and Togolese officials "
                "blame Ghana. Togo closed its border with Benin on Monday.",
                kGhaTgo)
            .empty());
}
