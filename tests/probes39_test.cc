// Joint cabinets, trips whose purpose is no event of the two, border
// measures, titles of visitors with no name and meetings at a named
// summit's town, as one-sentence probes showed them (issue 5, branch
// `probes39`). The real resolver dates the sentences. Every sentence is
// written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::ResolvedEventFixture;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

using annals::testing::DatelinedPairEntries;

// The entries of one sentence filed from `town` on Wednesday 2024-03-13,
// each as "type date status @place".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true});
}

// The titles of the same entries.
std::multiset<std::string> Titles(const std::string& body, const std::array<std::string, 2>& pair,
                                  const std::string& town) {
  return annals::testing::ToldTitles(body, pair, town);
}

}  // namespace

TEST_CASE("a cabinet meeting the two hold together is a meeting of the two", "[probes39]") {
  CHECK(Told("Peru and Chile will hold a cabinet meeting in Arequipa next year.", kPerChl,
             "Lima") == std::multiset<std::string>{"meeting 2025 planned @Arequipa"});
  CHECK(Told("Ghana and Togo held a joint cabinet meeting in Lome on Monday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"meeting 2024-03-11 held @Lome"});
  CHECK(Told("Norway and Kenya held their second binational cabinet in Oslo last week.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"meeting 2024-W10 held @Oslo"});
  // The joint body as the subject of "met".
  CHECK(Told("The binational cabinet of Peru and Chile met in Arequipa on Monday.", kPerChl,
             "Lima") == std::multiset<std::string>{"meeting 2024-03-11 held @Arequipa"});
  CHECK(Told("Ghana and Togo will hold a joint commission session in Lome in May.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"meeting 2024-05 planned @Lome"});
}

TEST_CASE("a cabinet meeting of one side stays at home", "[probes39]") {
  CHECK(Told("Peru's president chaired a cabinet meeting on Chile's fishing fleet on Monday.",
             kPerChl, "Lima")
            .empty());
  CHECK(Told("Kenya's cabinet held a meeting on Norway's aid cuts on Tuesday.", kNorKen, "Nairobi")
            .empty());
  // Each side's own meetings, told together.
  CHECK(Told("Ghana and Togo both held cabinet meetings on Monday.", kGhaTgo, "Accra").empty());
}

TEST_CASE("a trip whose purpose is a meeting at home is still a visit", "[probes39]") {
  CHECK(Told("Peru's president is expected to travel to Valparaiso for a cabinet meeting next "
             "year.",
             kPerChl, "Lima") == std::multiset<std::string>{"visit 2025 planned @Valparaiso"});
  CHECK(Told("Ghana's president will fly to Lome for talks with business leaders in May.", kGhaTgo,
             "Accra") == std::multiset<std::string>{"visit 2024-05 planned @Lome"});
  CHECK(
      Told(
          "Norway's trade minister will visit Mombasa for a meeting of company executives in June.",
          kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-06 planned @Mombasa"});
  // A purpose the rules take tells the event.
  CHECK(Told("Peru's president is expected to travel to Santiago for a binational cabinet "
             "meeting next year.",
             kPerChl, "Lima") == std::multiset<std::string>{"meeting 2025 planned @Santiago"});
}

TEST_CASE("a border with the other side made military is a measure", "[probes39]") {
  CHECK(Told("Chile militarised its southern border with Peru in February.", kPerChl, "Lima") ==
        std::multiset<std::string>{"reduce-relations 2024-02 held @"});
  CHECK(Told("Togo deployed troops to its border with Ghana on Monday.", kGhaTgo, "Accra")
            .count("reduce-relations 2024-03-11 held @") == 1);
  CHECK(Told("Ghana declared a state of emergency along its frontier with Togo on Tuesday.",
             kGhaTgo, "Accra")
            .count("reduce-relations 2024-03-12 held @") == 1);
  CHECK(
      Told("Togo deployed 500 more soldiers to its border with Ghana on Tuesday.", kGhaTgo, "Accra")
          .count("reduce-relations 2024-03-12 held @") == 1);
  CHECK(Told("Chile will militarize its border with Peru next week.", kPerChl, "Lima")
            .count("reduce-relations 2024-W12 planned @") == 1);
  // A count with a thousands mark keeps the verb and its troops together
  // (troops moved up to the border are a show of force, measures23).
  CHECK(Told("Togo deployed 2,000 troops to the border with Ghana on Monday.", kGhaTgo, "Accra")
            .count("warning 2024-03-11 held @") == 1);
  // Troops sent elsewhere, or no troops at all, are none.
  CHECK(Told("Ghana sent a delegation to the border with Togo on Tuesday.", kGhaTgo, "Accra")
            .count("reduce-relations 2024-03-12 held @") == 0);
  CHECK(Told("Peru deployed troops to its border with Ecuador after Chile's warning on Monday.",
             kPerChl, "Lima")
            .empty());
}

TEST_CASE("a meeting on the sidelines of a summit is placed in the summit's town", "[probes39]") {
  CHECK(
      Told("The Kenyan and Norwegian presidents will meet on the margins of the G20 summit in Rio "
           "next month.",
           kNorKen,
           "Nairobi") == std::multiset<std::string>{"meeting 2024-04 planned @Rio de Janeiro"});
  CHECK(Told("Peru's and Chile's foreign ministers met on the sidelines of a trade forum in Rio on "
             "Tuesday.",
             kPerChl, "Lima")
            .count("meeting 2024-03-12 held @Rio de Janeiro") == 1);
}

TEST_CASE("a protest handed to the other side is its doer's", "[probes39]") {
  CHECK(Titles("Norway handed Kenya a protest note on Monday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"Norway's protest to Kenya"});
  CHECK(Titles("Peru handed Chile's ambassador a protest note on Monday.", kPerChl, "Lima") ==
        std::multiset<std::string>{"Peru's protest to Chile"});
  CHECK(Titles("Ghana gave Togo a formal protest on Tuesday over the shooting.", kGhaTgo, "Accra")
            .count("Ghana's formal protest to Togo") == 1);
}
