// Statements, admissions, warnings and announced measures told in
// background (issue 5, branch `speech25`): an envoy calling the other
// side's step its own business, a wrong admitted, work for the other side's
// nationals stopped, a warning "at the time" of the sentence before, an
// honour announced for the other side's leader, an accusation before an
// "after" clause. The real resolver dates the sentences, published on
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
using annals::testing::kPerChl;

}  // namespace

TEST_CASE("an envoy calls the other side's step its internal matter", "[speech25]") {
  Fixture f;
  auto e = Entries(f,
                   "Earlier this month, after Lima changed the status of its southern province, "
                   "Chile's ambassador in Lima said the change was an internal matter for Peru.",
                   kPerChl);
  REQUIRE(e.size() == 1);
  CHECK(e[0].type == "statement");
  CHECK(e[0].date == "2024-03");
  CHECK(e[0].qualifier == "early");
  CHECK(e[0].place == "Lima");
  CHECK(Types(Entries(f,
                      "Norway's ambassador in Nairobi said on Monday that the ruling was an "
                      "internal matter for Kenya.",
                      kNorKen)) == std::multiset<std::string>{"statement 2024-03-11"});
  // Said of one's own state, or of a third one, it is nothing of the pair.
  CHECK(Entries(f,
                "Peru's foreign minister said on Monday that the protests were an internal "
                "matter for Peru.",
                kPerChl)
            .empty());
  CHECK(Entries(f,
                "Peru's ambassador in Santiago said on Monday that the vote was an internal "
                "matter for Bolivia.",
                kPerChl)
            .empty());
}

TEST_CASE("a wrong admitted is the speaker's statement", "[speech25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru and Chile signed a border pact in March 1985. In September that year "
                      "Chile's foreign minister, Ana Ruiz, admitted what she called technical "
                      "violations of the pact.",
                      kPerChl)) ==
        std::multiset<std::string>{"agreement 1985-03", "statement 1985-09"});
  CHECK(Types(Entries(f, "Togo admitted on Monday violations of its border pact with Ghana.",
                      kGhaTgo)) == std::multiset<std::string>{"statement 2024-03-11"});
  // A wrong at home names one side.
  CHECK(Entries(f,
                "Chile's foreign minister acknowledged on Monday violations of human rights by "
                "the police.",
                kPerChl)
            .empty());
}

TEST_CASE("work for the other side's nationals stopped is a measure", "[speech25]") {
  Fixture f;
  auto e = Entries(f,
                   "Earlier this month Chile said it would stop recruiting Peruvians for its "
                   "mines and would send home those whose contracts expired.",
                   kPerChl);
  REQUIRE(e.size() == 1);
  CHECK(e[0].type == "sanction");
  CHECK(e[0].date == "2024-03");
  CHECK(e[0].qualifier == "early");
  CHECK(e[0].status == "held");
  CHECK(Types(Entries(f, "Kenya stopped hiring Norwegians for its oil fields on Monday.",
                      kNorKen)) == std::multiset<std::string>{"sanction 2024-03-11"});
  // Foreign workers in general, or a third country's, are no measure of the pair.
  CHECK(Entries(f, "Chile said on Monday it would stop hiring foreign workers.", kPerChl).empty());
  CHECK(
      Entries(f, "Chile said on Monday it would stop recruiting Bolivians for its mines.", kPerChl)
          .empty());
}

TEST_CASE("an act told at the time of the sentence before takes its time", "[speech25]") {
  Fixture f;
  auto e = Entries(f,
                   "Earlier this month Peru's President, Luis Soto, ordered raids on Chile. "
                   "Chile's defence minister warned Soto at the time that his country would "
                   "respond if the attacks went on.",
                   kPerChl);
  REQUIRE(e.size() == 1);
  CHECK(e[0].type == "warning");
  CHECK(e[0].date == "2024-03");
  CHECK(e[0].qualifier == "early");
  // "then" right before the act's verb.
  CHECK(Types(Entries(f,
                      "Norway and Kenya signed a fishing pact in February. Kenya's president "
                      "then met Norway's prime minister in Oslo.",
                      kNorKen)) ==
        std::multiset<std::string>{"agreement 2024-02", "meeting 2024-02"});
  // "at the time" before the act tells of an office held, not of the act.
  CHECK(Entries(f,
                "Soto was president of Peru in 2010. Chile's president, foreign minister at the "
                "time, visited Lima.",
                kPerChl)
            .empty());
  // No time in the sentence before: nothing to take.
  CHECK(Entries(f,
                "Peru's President, Luis Soto, ordered raids on Chile. Chile's defence minister "
                "warned Soto at the time that his country would respond.",
                kPerChl)
            .empty());
  // A danger warned of with no addressee of the other side gives nothing.
  CHECK(Entries(f,
                "Chile's defence minister warned on Monday of a general danger of war in the "
                "region.",
                kPerChl)
            .empty());
}

TEST_CASE("an honour for the other side's leader is a statement, at a visit part of it",
          "[speech25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Chile's President Ruiz will visit Lima next week. Peru announced in "
                      "January that it would award Ruiz the Order of the Sun, its highest "
                      "honour.",
                      kPerChl)) ==
        std::multiset<std::string>{"statement 2024-01", "visit 2024-W12"});
  // Presented during the visit: one entry, the visit.
  CHECK(Types(Entries(f,
                      "On Monday Ghana awarded Togo's president Faure the Order of the Star "
                      "during his state visit to Accra.",
                      kGhaTgo)) == std::multiset<std::string>{"state-visit 2024-03-11"});
  // An honour for one's own general names one side.
  CHECK(Entries(f, "Peru awarded its own general Soto the Order of the Sun on Monday.", kPerChl)
            .empty());
}

TEST_CASE("an accusation before an after clause takes the clause's time", "[speech25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Lima accused Santiago of breaking the pact after Peruvian troops captured "
                      "rebel diaries in August 1985.",
                      kPerChl)) == std::multiset<std::string>{"accusation 1985-08"});
  // The accord broken is no accord made.
  CHECK(Types(Entries(f, "Ghana accused Togo of violating the treaty in May 2001.", kGhaTgo)) ==
        std::multiset<std::string>{"accusation 2001-05"});
  // A clause that hangs on another verb, or a plan, takes nothing.
  CHECK(Types(Entries(f,
                      "Norway promised to restore the ties that collapsed after Kenya seized a "
                      "Norwegian trawler in May 2001.",
                      kNorKen))
            .count("restoration 2001-05") == 0);
}
