// Dates and statuses that single-sentence probes showed wrong (branch
// `probes32`): the setting of an agreement, a day between a verb and its
// "to", a plan called off on a day, a relative time kept in its year, a
// launch and its planned round, a visit under way. The real resolver dates
// the sentences; every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

// The same with each entry's place: "type date status place".
std::multiset<std::string> ToldAt(const std::string& body, const std::array<std::string, 2>& pair,
                                  const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

}  // namespace

TEST_CASE("an agreement made during dated talks dates the talks, held", "[probes32]") {
  CHECK(Told("Ghana and Togo agreed to reopen the border during talks in Accra on Monday.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"talks 2024-03-11 held"});
  CHECK(Told("Peru and Chile agreed to share river data on the sidelines of a summit in Quito on "
             "Monday.",
             kPerChl, "Lima") == std::multiset<std::string>{"sideline-meeting 2024-03-11 held"});
  // Talks that are what was agreed still lie ahead.
  CHECK(Told("Peru and Chile agreed to hold talks in Lima on Monday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"talks 2024-03-18 planned"});
}

TEST_CASE("a day between the verb and its \"to\" dates the agreement", "[probes32]") {
  CHECK(Told("Norway and Kenya agreed on Monday to boost cooperation in solar power.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"agreement 2024-03-11 held"});
  CHECK(Told("Ghana and Togo agreed Tuesday to work together on fisheries.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"agreement 2024-03-12 held"});
  // A verb that is no event word stays none, the day between or not.
  CHECK(
      Told("Peru and Chile agreed on Monday to disagree over the maritime border.", kPerChl, "Lima")
          .empty());
}

TEST_CASE("a planned trip called off on a day gone is called off that day", "[probes32]") {
  CHECK(Told("Chile's foreign minister cancelled a planned trip to Lima on Tuesday.", kPerChl,
             "Lima") == std::multiset<std::string>{"visit 2024-03-12 cancelled"});
  CHECK(Told("Norway postponed a scheduled visit to Kenya on Monday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"visit 2024-03-11 cancelled"});
  // The plan's own day after "scheduled for" stays the talks' day.
  CHECK(Told("Togo called off talks with Ghana scheduled for Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"talks 2024-03-15 cancelled"});
}

TEST_CASE("a time counted from the story's day keeps its year", "[probes32]") {
  CHECK(Told("Kenya's foreign ministry said on Tuesday that it would not attend a donor "
             "conference hosted by Norway next month.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"hosting 2024-04 planned"});
  CHECK(Told("Chile postponed talks with Peru planned for next month.", kPerChl, "Lima") ==
        std::multiset<std::string>{"talks 2024-04 cancelled"});
}

TEST_CASE("a dialogue launched takes no place from its planned first round", "[probes32]") {
  // Filed from Nairobi the day after: the dateline's town, not Oslo.
  CHECK(ToldAt("Norway and Kenya on Tuesday launched a strategic dialogue, with the first round "
               "to be held in Oslo in June.",
               kNorKen,
               "Nairobi") == std::multiset<std::string>{"dialogue 2024-03-12 held @Nairobi"});
  CHECK(ToldAt("Peru and Chile on Monday launched a security dialogue, with the first meeting to "
               "be held in Santiago next month.",
               kPerChl, "Lima")
            .count("dialogue 2024-03-11 held @") == 1);
}

TEST_CASE("a visit told in the present progressive is under way", "[probes32]") {
  CHECK(Told("Kenya's foreign minister is visiting Norway this week.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"visit 2024-W11 held"});
  CHECK(Told("Ghana's president is visiting Togo.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit 2024-03-13 held"});
  CHECK(Told("Peru's president will be visiting Chile next week.", kPerChl, "Lima") ==
        std::multiset<std::string>{"visit 2024-W12 planned"});
}

TEST_CASE("two days in a row joined by \"and\" are one span", "[probes32]") {
  CHECK(Told("Kenya's foreign minister held talks with Norway's foreign minister last Thursday "
             "and Friday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"talks 2024-03-07/2024-03-08 held"});
  CHECK(Told("Peru and Chile held talks in Lima on Monday and Tuesday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"talks 2024-03-11/2024-03-12 held"});
  // Days apart stay apart.
  CHECK(Told("Peru and Chile held talks in Lima on Monday and on Friday.", kPerChl, "Lima")
            .count("talks 2024-03-11/2024-03-15 held") == 0);
}
