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

TEST_CASE("a held event told with a day inside a coarser time keeps the day", "[plans29]") {
  auto visits = Of(kJanuary,
                   "LIMA, Jan 10 (Wire) -- Boluarte visited Chile this month, on Monday, her "
                   "office said.",
                   "visit");
  REQUIRE(visits.size() == 1);
  CHECK(visits[0].status == "held");
  CHECK(visits[0].date == "2023-01-09");
}
