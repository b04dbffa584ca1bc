// Objects and subjects the verb-object groups missed (issue 5, branch
// `clauses24`): an object told before its verb in a relative clause, a
// summons after "and" sharing the time of a measure, an appositive name
// after the envoy, foreign ministries named by their seat. The real
// resolver dates the sentences, published on Thursday 14 March 2024. Every
// sentence is written for the test.
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
using annals::testing::kPerChl;

}  // namespace

TEST_CASE("an object told before its verb in a relative clause", "[clauses24]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Visa-free entry for Chileans, which Peru scrapped on March 6, remains "
                      "suspended.",
                      kPerChl)) == std::multiset<std::string>{"sanction 2024-03-06"});
  CHECK(Types(Entries(f, "The Ghanaian consulate, which Togo closed in 2019, is still empty.",
                      kGhaTgo)) == std::multiset<std::string>{"reduce-relations 2019"});
  // An act on the same thing before the relative clause is another act.
  CHECK(Types(Entries(f, "On Monday Norway reopened the embassy, which Kenya closed in 2019.",
                      kNorKen)) ==
        std::multiset<std::string>{"embassy-opening 2024-03-11", "reduce-relations 2019"});
  CHECK(Types(Entries(f, "The sanctions that Norway imposed on Kenya last year hurt exporters.",
                      kNorKen)) == std::multiset<std::string>{"sanction 2023"});
  // A third party's measure gives nothing for the pair; "said that" is no
  // relative clause about an object.
  CHECK(Entries(f,
                "Visa-free entry for Chileans, which the EU scrapped on March 6, remains "
                "suspended.",
                kPerChl)
            .empty());
  CHECK(Entries(f, "Peru said that Chile scrapped nothing on Monday.", kPerChl).empty());
}

TEST_CASE("a summons after a measure joined by and shares its day", "[clauses24]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru recalled its ambassador from Santiago for consultations on Monday "
                      "and summoned Chile's ambassador, Rojas, to explain remarks by the "
                      "Chilean president.",
                      kPerChl)) ==
        std::multiset<std::string>{"recall 2024-03-11", "summon 2024-03-11"});
  CHECK(Types(Entries(f,
                      "Kenya expelled two Norwegian diplomats on Friday and summoned the "
                      "Norwegian envoy.",
                      kNorKen)) ==
        std::multiset<std::string>{"expulsion 2024-03-08", "summon 2024-03-08"});
  CHECK(Types(Entries(f,
                      "Ghana expelled two Togolese diplomats and closed its consulate in "
                      "Lome on Friday.",
                      kGhaTgo)) ==
        std::multiset<std::string>{"expulsion 2024-03-08", "reduce-relations 2024-03-08"});
}

TEST_CASE("an appositive name after the envoy summoned", "[clauses24]") {
  Fixture f;
  CHECK(Types(Entries(f, "Norway summoned Kenya's envoy, Otieno, to explain the remarks on Monday.",
                      kNorKen)) == std::multiset<std::string>{"summon 2024-03-11"});
  // The verb-object group "called in" reads past the name too.
  CHECK(Types(Entries(f,
                      "Ghana recalled its ambassador on Monday and called in Togo's envoy, "
                      "Mensah, to explain.",
                      kGhaTgo)) ==
        std::multiset<std::string>{"recall 2024-03-11", "summon 2024-03-11"});
}

TEST_CASE("a foreign ministry named by its seat stands for its country", "[clauses24]") {
  Fixture f;
  CHECK(Types(Entries(f, "Torre Tagle condemned Chile's missile test on Monday.", kPerChl)) ==
        std::multiset<std::string>{"condemnation 2024-03-11"});
  CHECK(Types(Entries(f, "The Itamaraty condemned Chile's missile test on Monday.",
                      std::array<std::string, 2>{"BRA", "CHL"})) ==
        std::multiset<std::string>{"condemnation 2024-03-11"});
  CHECK(Types(Entries(f, "Foggy Bottom condemned Kenya's missile test on Monday.",
                      std::array<std::string, 2>{"USA", "KEN"})) ==
        std::multiset<std::string>{"condemnation 2024-03-11"});
}
