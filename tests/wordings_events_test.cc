// Wordings of common events the assembler read too narrowly before (issue
// 5, thirteenth pass): "the two governments" or a war with no one named,
// interim understandings, links reopened told in the passive, votes to
// ratify, rebuffs and force at sea. The real resolver dates the sentences,
// published on Friday 17 May 2024. Every sentence is written for the test.
#include <memory>
#include <set>

#include <catch2/catch.hpp>

#include "annals/resolve.h"
#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
using Codes = std::set<std::string>;

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2024_y / 5 / 17) {}
};

struct Case {
  std::string text;
  std::string type, cameo, date;
  Codes sides;
};

// Each text gives exactly one mention of `type` between two or more sides.
void CheckAll(const std::vector<Case>& cases) {
  Fixture f;
  for (const Case& c : cases) {
    INFO(c.text);
    auto found = f.Extract(c.text);
    std::erase_if(found, [&](const annals::Mention& m) { return m.type != c.type; });
    REQUIRE(found.size() == 1);
    CHECK(found[0].cameo == c.cameo);
    CHECK(found[0].date == c.date);
    CHECK(found[0].actors == c.sides);
  }
}

// Two sentences that make Kenya and Tanzania the article's pair.
const std::string kPair =
    "Kenya and Tanzania have quarrelled over cattle for years. Kenyan and Tanzanian officials met "
    "in Arusha last month. ";
}  // namespace

TEST_CASE("a group subject or a war with no one named is the article's pair", "[wordings]") {
  CheckAll({
      {kPair + "The neighbours restored flights on Monday.",
       "restoration",
       "054",
       "2024-05-13",
       {"KEN", "TZA"}},
      {kPair + "War broke out in March 1999.", "incident", "190", "1999-03", {"KEN", "TZA"}},
  });
}

TEST_CASE("interim understandings are agreements", "[wordings]") {
  CheckAll({
      {"Kenya and Tanzania reached an interim understanding on grazing on Tuesday.",
       "agreement",
       "057",
       "2024-05-14",
       {"KEN", "TZA"}},
      {"Kenya and Tanzania reached a provisional arrangement on fishing in April.",
       "agreement",
       "057",
       "2024-04",
       {"KEN", "TZA"}},
  });
}

TEST_CASE("links reopened told in the passive or by their subject", "[wordings]") {
  CheckAll({
      {"Border crossings between Kenya and Tanzania were reopened on Monday.",
       "restoration",
       "054",
       "2024-05-13",
       {"KEN", "TZA"}},
      {"Flights between Nairobi and Dodoma resumed on 2 May.",
       "restoration",
       "054",
       "2024-05-02",
       {"KEN", "TZA"}},
      {"Phone lines between Kenya and Tanzania were switched back on on Wednesday.",
       "restoration",
       "054",
       "2024-05-15",
       {"KEN", "TZA"}},
  });
}

TEST_CASE("a vote to ratify dates the agreement it names", "[wordings]") {
  CheckAll({
      {"Kenya's parliament voted on Tuesday to ratify the border treaty with Tanzania.",
       "agreement",
       "057",
       "2024-05-14",
       {"KEN", "TZA"}},
      {"Kenya's parliament voted 201 to 44 on Tuesday to approve the grazing accord with Tanzania.",
       "agreement",
       "057",
       "2024-05-14",
       {"KEN", "TZA"}},
  });
  // A plan to sign is no approval: the day of the decision does not date it.
  Fixture f;
  for (const annals::Mention& m :
       f.Extract("Kenya and Tanzania agreed on Tuesday to sign the grazing accord next year.")) {
    INFO(m.type);
    CHECK(m.date != "2024-05-14");
  }
}

TEST_CASE("rebuffs and force at sea", "[wordings]") {
  CheckAll({
      {"Tanzania declared the Kenyan ruling null and void on Monday.",
       "condemnation",
       "111",
       "2024-05-13",
       {"KEN", "TZA"}},
      {"Kenya rejected the Tanzanian panel's findings on Tuesday.",
       "condemnation",
       "111",
       "2024-05-14",
       {"KEN", "TZA"}},
      {"A Tanzanian patrol boat fired water cannon at Kenyan fishing boats on Monday.",
       "incident",
       "190",
       "2024-05-13",
       {"KEN", "TZA"}},
      {"Kenyan coast guards boarded a Tanzanian fishing vessel on Tuesday.",
       "incident",
       "190",
       "2024-05-14",
       {"KEN", "TZA"}},
      {"A Tanzanian ship rammed a Kenyan supply boat on Wednesday.",
       "incident",
       "190",
       "2024-05-15",
       {"KEN", "TZA"}},
  });
}

TEST_CASE("departments one government names so stand for it", "[wordings]") {
  CheckAll({
      {"The Treasury Department sanctioned three Chinese banks on Wednesday.",
       "sanction",
       "163",
       "2024-05-15",
       {"CHN", "USA"}},
      {"The Commerce Department added 22 Chinese companies to its entity list on Tuesday.",
       "sanction",
       "163",
       "2024-05-14",
       {"CHN", "USA"}},
  });
}

TEST_CASE("during the visit is the day the visit was told with", "[wordings]") {
  Fixture f;
  auto found = f.Extract(
      "Kenyan President William Ruto visited Tanzania on 3 March. A day later, the two "
      "foreign ministers met in Dodoma. During the visit, Kenya and Tanzania signed a grazing "
      "accord.");
  std::erase_if(found, [](const annals::Mention& m) { return m.type != "agreement"; });
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == "2024-03-03");
  CHECK(found[0].source.phrase == "During the visit");
  // After a visit is no occasion of the same day: it stays undated.
  auto after = f.Extract(
      "Kenyan President William Ruto visited Tanzania on 3 March. After the visit, Kenya and "
      "Tanzania signed a grazing accord.");
  for (const annals::Mention& m : after) CHECK(m.source.phrase != "After the visit");
}
