// A plan's own time and a plan that later took place (issue 5, branch
// `plans29`): a planned event takes the time of its future verb or plan
// noun, not the day it was told; a plan and the later report that it was
// held are one entry. The real resolver dates the stories; every sentence
// is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge.h"

namespace {

using annals::Mention;

// A Tuesday.
const date::year_month_day kJanuary = date::year{2023} / 1 / 10;

// The mentions of `family` in what `body`, published on `day`, tells.
std::vector<Mention> Of(date::year_month_day day, const std::string& body,
                        const std::string& family) {
  annals::testing::ResolvedEventFixture fixture(day);
  std::vector<Mention> out;
  for (Mention& m : fixture.Extract(body))
    if (m.family == family) out.push_back(std::move(m));
  return out;
}

struct PlanCase {
  std::string body, date, qualifier, phrase;
};

}  // namespace

TEST_CASE("a plan takes its own time, not the day it was told", "[plans29]") {
  const std::vector<PlanCase> cases = {
      {"LIMA, Jan 10 (Wire) -- Peruvian President Dina Boluarte will visit Chile later this "
       "year, her office said on Tuesday.",
       "2023", "", "later this year"},
      {"OSLO, Jan 10 (Wire) -- Her office said on Tuesday that Norway's foreign minister will "
       "visit Kenya later this year.",
       "2023", "", "later this year"},
      {"LIMA, Jan 10 (Wire) -- Boluarte will travel to Chile this month, her office said "
       "Tuesday.",
       "2023-01", "", "this month"},
      {"ACCRA, Jan 10 (Wire) -- Ghana's president will visit Togo at the end of the month, "
       "officials said on Tuesday.",
       "2023-01", "late", "the end of the month"},
      // Kept as before: a day of its own, and no time of its own.
      {"LIMA, Jan 10 (Wire) -- Boluarte will visit Chile on Friday, her office said on "
       "Tuesday.",
       "2023-01-13", "", "Friday"},
      {"LIMA, Jan 10 (Wire) -- Peruvian President Dina Boluarte will visit Chile, her office "
       "said on Tuesday.",
       "2023-01-10", "", "Tuesday"},
  };
  for (const PlanCase& c : cases) {
    INFO(c.body);
    auto visits = Of(kJanuary, c.body, "visit");
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].status == "planned");
    CHECK(visits[0].date == c.date);
    CHECK(visits[0].qualifier == c.qualifier);
    CHECK(visits[0].source.phrase == c.phrase);
  }
}

TEST_CASE("talks agreed on the day of the telling take the plan's month", "[plans29]") {
  annals::testing::ResolvedEventFixture fixture(kJanuary);
  auto found = fixture.Extract(
      "ACCRA, Jan 10 (Wire) -- Ghana and Togo agreed on Tuesday to hold talks on their border "
      "dispute this month.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == "talks");
  CHECK(found[0].status == "planned");
  CHECK(found[0].date == "2023-01");
  CHECK(found[0].actors == std::set<std::string>{"GHA", "TGO"});
}

TEST_CASE("a held event told with a day inside a coarser time keeps the day", "[plans29]") {
  auto visits = Of(kJanuary,
                   "LIMA, Jan 10 (Wire) -- Boluarte visited Chile this month, on Monday, her "
                   "office said.",
                   "visit");
  REQUIRE(visits.size() == 1);
  CHECK(visits[0].status == "held");
  CHECK(visits[0].date == "2023-01-09");
}

namespace {

const std::array<std::string, 2> kPeruChile{"PER", "CHL"};

// The entries of a plan told in one story and a visit told in another.
std::vector<annals::Entry> PlanThenVisit(date::year_month_day plan_day, const std::string& plan,
                                         date::year_month_day visit_day, const std::string& visit) {
  std::vector<Mention> all = Of(plan_day, plan, "visit");
  REQUIRE(all.size() == 1);
  REQUIRE(all[0].status == "planned");
  std::vector<Mention> held = Of(visit_day, visit, "visit");
  REQUIRE(held.size() == 1);
  REQUIRE(held[0].status == "held");
  held[0].source.file = "b.txt";
  all.push_back(held[0]);
  return annals::MergeMentions(all, kPeruChile, annals::testing::BundledActors());
}

const char* const kArrival =
    "SANTIAGO, June 15 (Wire) -- Peruvian President Dina Boluarte arrived in Santiago on "
    "Wednesday for a state visit.";
const date::year_month_day kJune = date::year{2023} / 6 / 15;

}  // namespace

TEST_CASE("a plan that took place is one entry with the report that it did", "[plans29]") {
  SECTION("later this year, then a June arrival") {
    auto entries = PlanThenVisit(kJanuary,
                                 "LIMA, Jan 10 (Wire) -- Peruvian President Dina Boluarte will "
                                 "visit Chile later this year, her office said on Tuesday.",
                                 kJune, kArrival);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].status == "held");
    CHECK(entries[0].date == "2023-06-14");
    REQUIRE(entries[0].sources.size() == 2);
    CHECK(entries[0].sources[0].published == "2023-01-10");
    CHECK(entries[0].sources[1].published == "2023-06-15");
  }
  SECTION("a held day outside the plan's period stays apart") {
    auto entries = PlanThenVisit(kJanuary,
                                 "LIMA, Jan 10 (Wire) -- Peruvian President Dina Boluarte will "
                                 "visit Chile later this month, her office said on Tuesday.",
                                 kJune, kArrival);
    CHECK(entries.size() == 2);
    entries = PlanThenVisit(kJanuary,
                            "LIMA, Jan 10 (Wire) -- Peruvian President Dina Boluarte will visit "
                            "Chile in the second half of the year, her office said.",
                            kJune, kArrival);
    CHECK(entries.size() == 2);
  }
  SECTION("a plan told after the visit is another visit") {
    auto entries = PlanThenVisit(date::year{2023} / 7 / 3,
                                 "LIMA, July 3 (Wire) -- Peruvian President Dina Boluarte will "
                                 "visit Chile again this year, her office said.",
                                 kJune, kArrival);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].status != entries[1].status);
  }
}
