// Event kinds that one-sentence probes showed missing or mistyped (issue 5,
// branch `probes34`): relations established, releases welcomed,
// extraditions and rejected requests, military cooperation, ministers
// touring sites, acts of a side's own parliament. The real resolver dates
// the sentences. Every sentence is written for the test.
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
// each as "type date status".
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town) {
  return annals::testing::ToldEntries(body, pair, town);
}

// The same, each as "type date @place".
std::multiset<std::string> Placed(const std::string& body, const std::array<std::string, 2>& pair,
                                  const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::multiset<std::string> told;
  for (const annals::Entry& e : DatelinedPairEntries(f, body, pair, town))
    told.insert(e.type + " " + e.date + " @" + e.place);
  return told;
}

}  // namespace

TEST_CASE("relations set up for the first time are established, not restored", "[probes34]") {
  CHECK(Told("Peru and Chile established diplomatic relations in 1839.", kPerChl, "Lima") ==
        std::multiset<std::string>{"establishment 1839 held"});
  CHECK(Told("Ghana and Togo set up diplomatic ties in 1960.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"establishment 1960 held"});
  CHECK(Told("Kenya has had diplomatic relations with Norway since 1964.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"establishment 1964 held"});
  // Relations mended after a break are still restored.
  CHECK(Told("Peru and Chile restored diplomatic relations in 1883.", kPerChl, "Lima") ==
        std::multiset<std::string>{"restoration 1883 held"});
}

TEST_CASE("relations held since a time the text does not give date nothing", "[probes34]") {
  CHECK(Told("Ghana and Togo have had diplomatic relations since independence.", kGhaTgo, "Accra")
            .empty());
}

TEST_CASE("a release the other side welcomes is the release", "[probes34]") {
  CHECK(Told("Norway welcomed Kenya's release of two Norwegian aid workers on Tuesday.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"release 2024-03-12 held"});
  CHECK(Told("Chile on Monday hailed the release of three Chilean fishermen by Peru.", kPerChl,
             "Lima") == std::multiset<std::string>{"release 2024-03-11 held"});
  // A visitor welcomed is still hosted.
  CHECK(Told("Norway welcomed Kenya's foreign minister in Oslo on Tuesday.", kNorKen, "Nairobi")
            .count("release 2024-03-12 held") == 0);
}

TEST_CASE("suspects sent to the other side are extradited, not detained", "[probes34]") {
  CHECK(Told("Kenya on Monday handed over two suspects to Norway under an extradition request.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"extradition 2024-03-11 held"});
  CHECK(Told("Ghana extradited a Togolese businessman to Togo on Friday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"extradition 2024-03-08 held"});
}

TEST_CASE("a request of the other side turned down is a rejection", "[probes34]") {
  CHECK(Told("Kenya rejected a Norwegian request to extradite the suspect, a court official said "
             "on Tuesday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"rejection 2024-03-12 held"});
  CHECK(Told("Peru on Monday turned down a Chilean offer to mediate.", kPerChl, "Lima") ==
        std::multiset<std::string>{"rejection 2024-03-11 held"});
  // Claims rejected stay a condemnation.
  CHECK(Told("Togo on Monday rejected Ghana's claims about the border.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"condemnation 2024-03-11 held"});
}

TEST_CASE("joint drills and arms handed over are military cooperation", "[probes34]") {
  CHECK(Told("Kenyan and Norwegian naval vessels held joint exercises off Mombasa last week.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"exercise 2024-W10 held"});
  CHECK(Told("Ghana and Togo began joint military drills on Monday.", kGhaTgo, "Accra") ==
        std::multiset<std::string>{"exercise 2024-03-11 held"});
  CHECK(Told("Norway delivered patrol boats to Kenya's navy on Monday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"aid 2024-03-11 held"});
  // Boats delivered to a side's own navy are no aid between the two.
  CHECK(Told("Chile's state shipyard delivered two patrol boats to the Chilean navy on Monday.",
             kPerChl, "Lima")
            .empty());
}

TEST_CASE("a minister touring a site or staying in the other country visits it", "[probes34]") {
  CHECK(Placed("Norway's development minister toured a Norwegian-funded solar plant in Kenya on "
               "Monday.",
               kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-11 @Kenya"});
  CHECK(Placed("Chile's mining minister toured a copper mine in Arequipa on Tuesday.", kPerChl,
               "Lima") == std::multiset<std::string>{"visit 2024-03-12 @Arequipa"});
  CHECK(Placed("Norway's trade minister was in Nairobi on Monday.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"visit 2024-03-11 @Nairobi"});
  // A site at home, and an envoy where he serves, are no visit.
  CHECK(Told("Kenya's energy minister toured a solar plant in Kenya on Monday, Norway said.",
             kNorKen, "Nairobi")
            .empty());
  CHECK(Told("Peru's energy minister visited a dam in Peru on Friday, Chile said.", kPerChl, "Lima")
            .empty());
  CHECK(Placed("Ghana's and Togo's energy ministers visited a dam in Togo on Friday.", kGhaTgo,
               "Accra") == std::multiset<std::string>{"visit 2024-03-08 @Togo"});
  CHECK(Told("Norway's ambassador was in Nairobi on Monday.", kNorKen, "Nairobi").empty());
}

TEST_CASE("a parliament's act on an accord is placed at its own capital", "[probes34]") {
  CHECK(Placed("Norway's parliament ratified a tax treaty with Kenya on Tuesday.", kNorKen,
               "Nairobi") == std::multiset<std::string>{"agreement 2024-03-12 @Oslo"});
  CHECK(Placed("The Chilean senate ratified a fisheries accord with Peru on Monday.", kPerChl,
               "Lima") == std::multiset<std::string>{"agreement 2024-03-11 @Santiago"});
}
