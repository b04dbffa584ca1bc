// Measures told with verbs the lists missed, and two acts told in one
// sentence (issue 5, branch `measures21`). The real resolver dates the
// sentences, published on Thursday 14 March 2024 unless a case says
// otherwise. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

constexpr auto Entries = annals::testing::PairEntries;
constexpr auto Types = annals::testing::EntryTypes;

}  // namespace

TEST_CASE("measures told with verbs and objects the lists missed", "[measures21]") {
  CheckAll({
      {"Ghana said on Monday it was suspending the work of its embassy in Lome.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Oslo ordered Kenya on Monday to reduce the number of its diplomats in Norway.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"The Togolese embassy stopped issuing most visas to Ghanaians on Monday.",
       "reduce-relations",
       "160",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Norwegian state oil firm Equinor would be barred from Kenyan public tenders, the Kenyan "
       "energy minister said on Tuesday.",
       "trade-restriction",
       "163",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"On Friday Santiago named Peru and Bolivia as the first two countries on its list of "
       "'unfriendly' states.",
       "sanction",
       "163",
       "2024-03-08",
       {"BOL", "CHL", "PER"}},
      {"The Peruvian Treasury ordered the assets of two Chilean ministers frozen on Wednesday.",
       "sanction",
       "163",
       "2024-03-13",
       {"CHL", "PER"}},
  });
}

TEST_CASE("people freed, missions at work again, diplomats gone", "[measures21]") {
  CheckAll({
      {"A Peruvian court moved the Chilean pastor from prison to house arrest on Wednesday.",
       "release",
       "084",
       "2024-03-13",
       {"CHL", "PER"}},
      {"The Chilean embassy in Lima resumed its work on Monday, 18 months after it closed.",
       "embassy-opening",
       "054",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Kenya pulled out its embassy staff from Oslo on Sunday.",
       "recall",
       "161",
       "2024-03-10",
       {"KEN", "NOR"}},
      {"Togo granted political asylum to a former Ghanaian minister on Friday.",
       "demand",
       "100",
       "2024-03-08",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("a court's answer to a request for provisional measures", "[measures21]") {
  annals::testing::ResolvedEventFixture f(date::year{2023} / 6 / 1);
  auto m = f.Extract(
      "The International Court of Justice on May 23 turned down Peru's request for provisional "
      "measures against Chile.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "ruling");
  CHECK(m[0].date == "2023-05-23");
}

TEST_CASE("the new verbs keep to steps between the two states", "[measures21]") {
  Fixture f;
  // A firm kept out of a tender by its own state names one side.
  CHECK(f.Extract("A Chilean mining firm was kept out of the tender for the new port, the "
                  "Chilean minister said on Thursday.")
            .empty());
  // Emergency measures at home are no ruling.
  CHECK(f.Extract("Peru granted emergency measures to farmers in Cusco on Monday.").empty());
  // A step that could come is no step taken.
  CHECK(
      f.Extract("Kenya could suspend contacts with Norway, the minister said on Tuesday.").empty());
  // Diplomats who left on a trip are not called home (and "left" alone
  // is no recall at all).
  CHECK(f.Extract("Peruvian diplomats left for Santiago on Monday to prepare the visit.").empty());
  // A threat stays a threat.
  auto threat = f.Extract("Peru threatened on Tuesday to cut the staff of the Chilean embassy.");
  REQUIRE(threat.size() == 1);
  CHECK(threat[0].type == "warning");
}

TEST_CASE("two acts told in one sentence are two entries", "[measures21]") {
  Fixture f;
  const std::array<std::string, 2> pair{"PER", "CHL"};
  CHECK(Types(Entries(f,
                      "Lima suspended the strategic partnership with Santiago on Tuesday and "
                      "expelled a second Chilean diplomat.",
                      pair)) ==
        std::multiset<std::string>{"expulsion 2024-03-12", "reduce-relations 2024-03-12"});
  CHECK(Types(Entries(f,
                      "Peru said on Monday it is suspending the work of its embassy in Santiago "
                      "and will evacuate its diplomats.",
                      pair)) ==
        std::multiset<std::string>{"recall 2024-03-11", "reduce-relations 2024-03-11"});
  // The other side's reply, by its verb or by "did the same".
  CHECK(Types(Entries(f,
                      "Peru expelled two Chilean diplomats in 2020, and Santiago answered by "
                      "expelling two Peruvians.",
                      pair)) == std::multiset<std::string>{"expulsion 2020", "expulsion 2020"});
  CHECK(Types(Entries(f,
                      "The Peruvian embassy stopped issuing most visas to Chileans on Monday; "
                      "Chile's mission in Lima did the same hours later.",
                      pair)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11", "reduce-relations 2024-03-11"});
  CHECK(Types(Entries(f,
                      "Kenya closed its airspace to Norwegian airlines on Monday, and Norway "
                      "followed suit on Tuesday.",
                      {"NOR", "KEN"})) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11", "reduce-relations 2024-03-12"});
  // The measure of the sentence before, in the same paragraph.
  CHECK(Types(Entries(f,
                      "Norway expelled three Kenyan diplomats on Monday. Kenya did the same on "
                      "Wednesday.",
                      {"NOR", "KEN"})) ==
        std::multiset<std::string>{"expulsion 2024-03-11", "expulsion 2024-03-13"});
  CHECK(Types(Entries(f,
                      "Norway expelled three Kenyan diplomats on Monday.\n\nKenya did the same "
                      "on Wednesday.",
                      {"NOR", "KEN"})) == std::multiset<std::string>{"expulsion 2024-03-11"});
  // A third state doing the same adds no step between the two.
  CHECK(Types(Entries(f,
                      "Norway expelled three Kenyan diplomats on Monday. Sweden did the same on "
                      "Wednesday.",
                      {"NOR", "KEN"})) == std::multiset<std::string>{"expulsion 2024-03-11"});
  CHECK(
      Types(Entries(f, "Norway expelled three Kenyan diplomats on Monday, and Sweden did the same.",
                    {"NOR", "KEN"})) == std::multiset<std::string>{"expulsion 2024-03-11"});
  // One act named twice stays one entry; "did the same" after no measure
  // adds none.
  CHECK(Entries(f, "Peru expelled two Chilean diplomats on Monday, the first expulsion since 2010.",
                pair)
            .size() == 1);
  CHECK(Types(Entries(f, "Norway held talks with Kenya on Monday, and Sweden did the same.",
                      {"NOR", "KEN"})) == std::multiset<std::string>{"talks 2024-03-11"});
}

TEST_CASE("a case answered with a case of the other side's own", "[measures21]") {
  annals::testing::ResolvedEventFixture f(date::year{2023} / 6 / 1);
  CHECK(Types(Entries(f,
                      "Peru filed the case at the International Court of Justice on April 11; "
                      "Chile answered on April 29 with a case of its own.",
                      {"PER", "CHL"})) ==
        std::multiset<std::string>{"accusation 2023-04-11", "accusation 2023-04-29"});
}
