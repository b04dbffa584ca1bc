// Visits and steps told without an event word, and event words that name
// no event between the two (issue 5, branch `events20`). The real resolver
// dates the sentences, published on Thursday 14 March 2024. Every sentence
// is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("a visit told by what the guest did there", "[events20]") {
  CheckAll({
      {"Colombian President Laura Vega laid a wreath at the monument to the fallen in Quito on "
       "Monday.",
       "visit",
       "042",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Ecuadorean President Pablo Mena was greeted by crowds in Bogota on Tuesday.",
       "visit",
       "042",
       "2024-03-12",
       {"COL", "ECU"}},
      // A head of state at the other side's national occasion.
      {"Colombian President Laura Vega attended the military parade in Quito in August 2015.",
       "visit",
       "042",
       "2015-08",
       {"COL", "ECU"}},
  });
  Fixture f;
  // One side's own parade, with no other country, is no entry.
  CHECK(f.Extract("Colombian President Laura Vega attended the military parade in Bogota on "
                  "Monday.")
            .empty());
}

TEST_CASE("steps told with other verbs", "[events20]") {
  CheckAll({
      {"Colombia was the first country to recognise Ecuador's independence in 1830.",
       "establishment",
       "054",
       "1830",
       {"COL", "ECU"}},
      {"Colombia suspended the broadcasts of two Ecuadorean channels on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia said on Monday it was no longer sending weapons to Ecuador.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"COL", "ECU"}},
      // A ban kept or extended is a measure in force.
      {"Colombia extended on Monday its ban on Ecuadorean poultry.",
       "trade-restriction",
       "163",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Protesters broke into the Ecuadorean consulate in Bogota on Tuesday.",
       "incident",
       "180",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  // Recognising a need names no state.
  for (const auto& m : f.Extract("Colombia recognised on Monday the need for talks with Ecuador."))
    CHECK(m.type != "restoration");
}

TEST_CASE("a ban only warned of is a warning, and an agreement ended no agreement", "[events20]") {
  CheckAll({
      {"Colombia warned on Monday of a ban on Ecuadorean bananas.",
       "warning",
       "130",
       "2024-03-11",
       {"COL", "ECU"}},
      {"Colombia warned Ecuador on Tuesday that it could impose sanctions.",
       "warning",
       "130",
       "2024-03-12",
       {"COL", "ECU"}},
  });
  Fixture f;
  for (const auto& m : f.Extract("Colombia ended its defence agreements with Ecuador on Monday."))
    CHECK(m.type != "agreement");
}

TEST_CASE("tours sold, attacks on freedoms and a background war are no events", "[events20]") {
  Fixture f;
  // (Tours no longer sold are a boycott, events22_test.cc; never a visit.)
  for (const auto& m :
       f.Extract("Colombian tour operators stopped selling tours to Ecuador in 2019."))
    CHECK(m.type != "visit");
  CHECK(f.Extract("Colombia called the Ecuadorean move an attack on press freedom on Monday.")
            .empty());
  for (const auto& m : f.Extract("Colombia and Ecuador have traded more since the war in 1995."))
    CHECK(m.type != "incident");
  // An attack on someone still is one.
  CHECK(f.Extract("Ecuadorean troops carried out an attack on a Colombian border post on Monday.")
            .size() == 1);
}

TEST_CASE("a bloc's summit both sides attend is no bilateral summit", "[events20]") {
  Fixture f;
  CHECK(
      f.Extract("Colombia and Ecuador attended the NATO summit in Vilnius in July 2023.").empty());
  CHECK(f.Extract("Colombia and Ecuador took part in the G20 summit in Rome in October 2021.")
            .empty());
  // The two leaders meeting there is a meeting.
  auto m = f.Extract(
      "Colombian President Laura Vega met Ecuadorean President Pablo Mena at the G20 summit in "
      "Rome in October 2021.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].date == "2021-10");
}
