// Plans, hosting and effective dates that one-sentence probes showed wrong
// (issue 5, branch `probes38`): hosting told from the host's side, a visit
// dated by "when he arrives", a plan bounded by "before" a time ahead,
// agreements and trips told with other verbs, and a measure's day of effect
// that a past verb does not move back a year. The real resolver dates the
// sentences. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status".
std::multiset<std::string> Dated(const std::string& body, const std::array<std::string, 2>& pair,
                                 const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

}  // namespace

TEST_CASE("hosting told ahead or with 'played host to' is the host's meeting", "[probes38]") {
  CHECK(Dated("Chile will host Peru's foreign minister next month, the foreign ministry said.",
              kPerChl, "Santiago") == std::multiset<std::string>{"hosting 2024-04 planned"});
  CHECK(Dated("Ghana is due to host Togo's president on Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"hosting 2024-03-15 planned"});
  CHECK(Dated("Peru played host to Chile's foreign minister on Tuesday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"hosting 2024-03-12 held"});
}

TEST_CASE("a visit dated by the traveller's arrival in a 'when' clause", "[probes38]") {
  CHECK(Dated("Chile's foreign minister will visit Peru for the first time when she arrives on "
              "Friday.",
              kPerChl, "Santiago") == std::multiset<std::string>{"visit 2024-03-15 planned"});
  CHECK(Dated("Ghana's foreign minister is set to become the first Ghanaian minister to visit Togo "
              "in ten years when he lands on Saturday.",
              kGhaTgo, "Accra") == std::multiset<std::string>{"visit 2024-03-16 planned"});
}

TEST_CASE("a plan bounded by 'before' a time ahead is dated by that time", "[probes38]") {
  CHECK(Dated("Peru's foreign minister will visit Santiago before the end of the month.", kPerChl,
              "Lima") == std::multiset<std::string>{"visit 2024-03 planned"});
  CHECK(Dated("Togo's foreign minister is expected in Accra before the end of April.", kGhaTgo,
              "Lome") == std::multiset<std::string>{"visit 2024-04 planned"});
  // A time gone by is no bound of a plan: the clause is another event's.
  CHECK(Dated("Peru's foreign minister visited Santiago before the election in 2021.", kPerChl,
              "Lima")
            .count("visit 2021 held") == 0);
}

TEST_CASE("agreements, courtesy calls and departures told with other verbs", "[probes38]") {
  CHECK(Dated("Peru and Chile agreed on Tuesday to waive visas for holders of official passports.",
              kPerChl, "Lima") == std::multiset<std::string>{"agreement 2024-03-12 held"});
  CHECK(Dated("Ghana's foreign minister paid a courtesy call on Togo's president on Monday.",
              kGhaTgo, "Lome") == std::multiset<std::string>{"meeting 2024-03-11 held"});
  CHECK(Dated("Norway's trade minister jetted off to Nairobi on Monday.", kNorKen, "Oslo") ==
        std::multiset<std::string>{"visit 2024-03-11 held"});
  CHECK(Dated("Chile's foreign minister departed for Lima on Tuesday.", kPerChl, "Santiago") ==
        std::multiset<std::string>{"visit 2024-03-12 held"});
}

TEST_CASE("a measure's day of effect ahead is not moved back a year", "[probes38]") {
  CHECK(Dated("Chile imposed tariffs of 20 percent on Peruvian grapes from April 1.", kPerChl,
              "Santiago") == std::multiset<std::string>{"trade-restriction 2024-04-01 planned"});
  CHECK(Dated("Kenya imposed a ban on Norwegian salmon with effect from May 1.", kNorKen,
              "Nairobi") == std::multiset<std::string>{"trade-restriction 2024-05-01 planned"});
  // Without such a word the past verb still tells a day gone
  // ("lifted the ban on 10 May", told in March: last May).
  CHECK(Dated("Chile lifted its ban on Peruvian flights on May 10.", kPerChl, "Santiago") ==
        std::multiset<std::string>{"lifting 2023-05-10 held"});
}

TEST_CASE("a signing expected before the visitor returns, borders reopened told by 'them'",
          "[probes38]") {
  CHECK(Dated("Ghana's foreign minister arrived in Lome on Tuesday for talks with her Togolese "
              "counterpart.\n\nThe two ministers were expected to sign an accord on fishing rights "
              "before she returns to Accra on Friday, officials said.",
              kGhaTgo, "Lome")
            .count("agreement 2024-03-15 planned") == 1);
  CHECK(
      Dated("Chile closed its land border with Peru in May 2020 and reopened it only in July 2022.",
            kPerChl, "Santiago") ==
      std::multiset<std::string>{"reduce-relations 2020-05 held", "restoration 2022-07 held"});
  // Without a border named before it, "reopened it" reopens nothing of the two.
  CHECK(
      Dated("Peru reopened it in July, Chile's foreign minister said on Tuesday.", kPerChl, "Lima")
          .empty());
}
