// Events told in a story's background paragraphs (issues 5 and 3, branch
// `narrative19`): meetings dated by a bare month in a later story, a
// stay's day told in a relative clause, talks on the margins of a
// gathering. The real resolver dates the sentences. Every sentence is
// written for the test; the people are invented.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using annals::Mention;

// Friday 10 December 2021: a story late in the year, looking back on it.
const date::year_month_day kFriday = date::year{2021} / 12 / 10;
// Sunday 12 December 2021.
const date::year_month_day kSunday = date::year{2021} / 12 / 12;

const char kLead[] =
    "Peruvian President Luis Soto and Chilean President Ana Ruiz signed a port accord in Lima on "
    "Friday. ";

// Both sides of the pair take part (an organisation of a bloc summit may
// join them).
bool HasPair(const Mention& m) { return m.actors.count("PER") && m.actors.count("CHL"); }

// The mentions of `found` dated `date`.
std::vector<Mention> DatedOn(const std::vector<Mention>& found, const std::string& date) {
  std::vector<Mention> out;
  for (const Mention& m : found)
    if (m.date == date) out.push_back(m);
  return out;
}

}  // namespace

TEST_CASE("a meeting in the background dated by a bare month", "[narrative19]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  SECTION("they met again on the sidelines, after a sentence naming both") {
    auto found = fixture.Extract(std::string(kLead) +
                                 "They met again on the sidelines of the APEC summit in Lima in "
                                 "November.");
    auto november = DatedOn(found, "2021-11");
    REQUIRE(november.size() == 1);
    CHECK(november[0].family == "meeting");
    CHECK(HasPair(november[0]));
    CHECK(november[0].status == "held");
  }
  SECTION("talked briefly on the margins of a summit") {
    auto found = fixture.Extract(
        "Peruvian President Luis Soto and Chilean President Ana Ruiz talked briefly on the margins "
        "of the East Asia Summit in Manila in November.");
    auto november = DatedOn(found, "2021-11");
    REQUIRE(november.size() == 1);
    CHECK(november[0].type == "sideline-meeting");
    CHECK(HasPair(november[0]));
    CHECK(november[0].place == "Manila");
  }
  SECTION("a month just after the story's, told in the past, is the one gone") {
    auto found = fixture.Extract(
        "Peruvian President Luis Soto met Chilean President Ana Ruiz on the sidelines of the World "
        "Economic Forum in Davos in January.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2021-01");
    CHECK(found[0].status == "held");
    CHECK(HasPair(found[0]));
  }
  SECTION("the month of a summit named before it") {
    auto found = fixture.Extract(
        "Peruvian President Luis Soto and Chilean President Ana Ruiz met at the November APEC "
        "summit in Lima.");
    auto november = DatedOn(found, "2021-11");
    REQUIRE(november.size() == 1);
    CHECK(november[0].family == "meeting");
    CHECK(HasPair(november[0]));
  }
}

TEST_CASE("margins that are no gathering give no event", "[narrative19]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  CHECK(fixture.Extract("Chile's profit margins on exports to Peru fell in November.").empty());
}

TEST_CASE("a stay dated in a relative clause after its noun", "[narrative19]") {
  annals::testing::ResolvedEventFixture fixture(kSunday);
  auto found = fixture.Extract(
      "Peruvian President Luis Soto and Chilean President Ana Ruiz spoke about trade in "
      "Santiago. Soto's two-day visit to Chile, which began on Friday, ended with a fishing "
      "pact.");
  const Mention* visit = nullptr;
  for (const Mention& m : found)
    if (m.family == "visit") visit = &m;
  REQUIRE(visit != nullptr);
  CHECK(visit->date == "2021-12-10/2021-12-11");
  CHECK(visit->status == "held");
  CHECK(HasPair(*visit));
  // A "which" that tells of the country after the noun, with a name of
  // its own between, lends it no time.
  found = fixture.Extract(
      "Soto's visit to Chile, which joined the OECD in 2010, was his first abroad as president.");
  for (const Mention& m : found) CHECK(m.date != "2010");
}

TEST_CASE("a bare month takes the year the paragraph is about", "[narrative19]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  auto found = fixture.Extract(
      std::string(kLead) +
      "\n\nRelations were tense in 2019. In June, Soto and Ruiz met in Quito. They met again in "
      "Arica in September.");
  CHECK(DatedOn(found, "2019-06").size() == 1);
  CHECK(DatedOn(found, "2019-09").size() == 1);
  CHECK(DatedOn(found, "2021-06").empty());
  // A year told as a bound is no paragraph's year.
  found = fixture.Extract(std::string(kLead) +
                          "Exports have grown since 2015. In June, Soto and Ruiz met in Quito.");
  CHECK(DatedOn(found, "2021-06").size() == 1);
}

TEST_CASE("a weekday in a past perfect look-back gives no publication-week date", "[narrative19]") {
  annals::testing::ResolvedEventFixture fixture(kFriday);
  auto found = fixture.Extract(std::string(kLead) +
                               "In 2019 the two ministers had met in Quito. On Tuesday Peru had "
                               "signed a fishing accord with Chile.");
  for (const Mention& m : found) CHECK(m.date != "2021-12-07");
}
