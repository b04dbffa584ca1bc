// Merging, answers in kind and status across articles (issue 5, branch
// `merge21`): one side's act and the other side's answer stay two entries;
// a plan told done by a later article is one entry. The real resolver
// dates the stories; every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge.h"

namespace {

using annals::Entry;
using annals::Mention;

const std::array<std::string, 2> kPair{"PER", "CHL"};

// The entries one story published on `day` gives for Peru and Chile.
std::vector<Entry> Entries(date::year_month_day day, const std::string& body) {
  annals::testing::ResolvedEventFixture fixture(day);
  return annals::MergeMentions(fixture.Extract(body), kPair, annals::testing::BundledActors());
}

// The entries of `type` among `entries`.
std::vector<const Entry*> OfType(const std::vector<Entry>& entries, const std::string& type) {
  std::vector<const Entry*> out;
  for (const Entry& e : entries)
    if (e.type == type) out.push_back(&e);
  return out;
}

}  // namespace

TEST_CASE("an act and the other side's answer to it are two entries", "[merge21]") {
  const date::year_month_day friday = date::year{2024} / 3 / 8;
  SECTION("the answer calls the act unacceptable a day later") {
    auto entries = Entries(friday,
                           "LIMA, March 8 (Wire) -- Peru expelled 23 Chilean diplomats on "
                           "Wednesday, the foreign ministry said.\n\nOn Thursday the Chilean "
                           "embassy called the expulsion \"unacceptable and short-sighted\".");
    auto expulsions = OfType(entries, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0]->date == "2024-03-06");
    CHECK(expulsions[0]->sources.size() == 1);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].type == "condemnation");
    CHECK(entries[1].date == "2024-03-07");
  }
  SECTION("duties answered with duties") {
    auto entries = Entries(friday,
                           "LIMA, March 8 (Wire) -- Chile imposed duties on Peruvian copper on "
                           "Monday.\n\nDays later Lima answered by raising duties on Chilean "
                           "wine.");
    auto measures = OfType(entries, "trade-restriction");
    REQUIRE(measures.size() == 2);
    CHECK(measures[0]->sources.size() == 1);
    CHECK(measures[1]->sources.size() == 1);
  }
  SECTION("two expulsions told in one sentence") {
    auto entries = Entries(friday,
                           "SANTIAGO, March 8 (Wire) -- Lima expelled two Chilean diplomats on "
                           "Wednesday, and Santiago answered by expelling two Peruvian "
                           "diplomats.");
    auto expulsions = OfType(entries, "expulsion");
    REQUIRE(expulsions.size() == 2);
    CHECK(expulsions[0]->date == "2024-03-06");
    CHECK(expulsions[1]->date == "2024-03-06");
  }
  SECTION("the same act told twice by the same side is still one entry") {
    auto entries =
        Entries(friday,
                "OSLO, March 8 (Wire) -- Peru expelled two Chilean diplomats on "
                "Wednesday.\n\nLima expelled the two Chilean diplomats on Wednesday over a "
                "spying case, officials said.");
    auto expulsions = OfType(entries, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0]->sources.size() == 2);
  }
}

TEST_CASE("a merge keeps acts of opposite doers apart", "[merge21]") {
  auto act = [](const std::string& doer) {
    Mention m;
    m.type = "sanction";
    m.family = "sanction";
    m.date = "2024-03-06";
    m.first = m.last = date::sys_days(date::year{2024} / 3 / 6);
    m.status = "held";
    m.actors = {"CHL", "PER"};
    m.doer = doer;
    m.source.file = doer + ".txt";
    m.source.quote = doer;
    return m;
  };
  const auto& actors = annals::testing::BundledActors();
  CHECK_FALSE(annals::SameEvent(act("PER"), act("CHL"), actors));
  CHECK(annals::SameEvent(act("PER"), act("PER"), actors));
  // A report that does not say who acted may tell either.
  CHECK(annals::SameEvent(act("PER"), act(""), actors));
}

TEST_CASE("a trip called off is one cancelled visit on the day it was due", "[merge21]") {
  // Published on Sunday 2 June 2024.
  const date::year_month_day sunday = date::year{2024} / 6 / 2;
  SECTION("called the trip off") {
    auto entries = Entries(sunday,
                           "LIMA, June 2 (Wire) -- Peru's foreign minister, due to fly to "
                           "Santiago on Monday, called the trip off on Sunday.");
    auto visits = OfType(entries, "visit");
    REQUIRE(visits.size() == 1);
    CHECK(visits[0]->status == "cancelled");
    CHECK(visits[0]->date == "2024-06-03");
  }
  SECTION("put the visit off") {
    auto entries = Entries(sunday,
                           "LIMA, June 2 (Wire) -- Chile's president, who was to visit Lima on "
                           "Tuesday, put the visit off on Sunday.");
    auto visits = OfType(entries, "visit");
    REQUIRE(visits.size() == 1);
    CHECK(visits[0]->status == "cancelled");
    CHECK(visits[0]->date == "2024-06-04");
  }
  SECTION("a trip made is no trip called off") {
    auto entries = Entries(sunday,
                           "LIMA, June 2 (Wire) -- Peru's foreign minister flew to Santiago on "
                           "Saturday and called the trip a success.");
    auto visits = OfType(entries, "visit");
    REQUIRE(visits.size() == 1);
    CHECK(visits[0]->status == "held");
  }
}

TEST_CASE("a plan a later article tells done is one held entry", "[merge21]") {
  const auto& actors = annals::testing::BundledActors();
  annals::testing::ResolvedEventFixture planned_day(date::year{2018} / 8 / 2);
  annals::testing::ResolvedEventFixture held_day(date::year{2018} / 8 / 11);
  SECTION("expected to meet, then met") {
    auto mentions = planned_day.Extract(
        "OSLO, Aug. 2 (Wire) -- The Norwegian and Kenyan foreign ministers are expected to meet "
        "on Friday in Singapore.");
    for (Mention& m : held_day.Extract("NAIROBI, Aug. 11 (Wire) -- The Norwegian and Kenyan "
                                       "foreign ministers met in Singapore on Aug. 3 but failed "
                                       "to agree.")) {
      m.source.file = "b.txt";
      mentions.push_back(m);
    }
    auto entries = annals::MergeMentions(mentions, {"NOR", "KEN"}, actors);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].date == "2018-08-03");
    CHECK(entries[0].status == "held");
    CHECK(entries[0].sources.size() == 2);
  }
  SECTION("will expel, then expelled") {
    annals::testing::ResolvedEventFixture march(date::year{2024} / 3 / 5);
    annals::testing::ResolvedEventFixture september(date::year{2024} / 9 / 5);
    auto mentions = march.Extract(
        "ACCRA, March 5 (Wire) -- Ghana will expel 23 Togolese diplomats this month, officials "
        "said.");
    for (Mention& m : september.Extract("LOME, Sept. 5 (Wire) -- Ties have been poor since "
                                        "Accra expelled 23 Togolese diplomats in March.")) {
      m.source.file = "b.txt";
      mentions.push_back(m);
    }
    auto entries = annals::MergeMentions(mentions, {"GHA", "TGO"}, actors);
    auto expulsions = OfType(entries, "expulsion");
    REQUIRE(expulsions.size() == 1);
    CHECK(expulsions[0]->status == "held");
    CHECK(expulsions[0]->date == "2024-03");
  }
}
