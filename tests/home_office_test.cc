// Offices named without a country take the dateline's country (issue 5).
// Every sentence is written for the test.
#include "home_office.h"
#include "tokenize_test_util.h"

#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {

using Codes = std::set<std::string>;

// Whether the whole of `text` names an office with no country of its own.
bool Unplaced(const std::string& text) {
  annals::HomeOffices offices;
  annals::Diagnostic error;
  REQUIRE(offices.Load(&error));
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  std::vector<annals::ActorMention> actors = annals::testing::BundledActors().Find(
      text, words, 0, words.size(), date::sys_days(2024_y / 3 / 20), nullptr);
  return offices.NamesUnplacedOffice(words, actors, 0, words.size());
}

// Published on Wednesday 20 March 2024.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2024_y / 3 / 20) {}
};

// The mentions of `type` that have two sides.
std::vector<annals::Mention> OfType(std::vector<annals::Mention> found, const std::string& type) {
  std::erase_if(found,
                [&](const annals::Mention& m) { return m.type != type || m.actors.size() < 2; });
  return found;
}

}  // namespace

TEST_CASE("an office with no country before it is unplaced", "[home_office]") {
  CHECK(Unplaced("The foreign ministry summoned the envoy"));
  CHECK(Unplaced("the economy minister met the ambassador"));
  // A title with a name the data does not know is still only an office.
  CHECK(Unplaced("Foreign Secretary Anwar Qadri called in the envoy"));
}

TEST_CASE("an office owned by a country, a known holder or a speaker is placed", "[home_office]") {
  CHECK_FALSE(Unplaced("Pakistan's foreign ministry summoned the envoy"));
  CHECK_FALSE(Unplaced("the Mexican economy minister met the ambassador"));
  CHECK_FALSE(Unplaced("the ministry of foreign affairs of Peru"));
  // A holder the data knows has his own country.
  CHECK_FALSE(Unplaced("President Joe Biden met the envoy"));
  // An office that only tells of the event takes no part in it.
  CHECK_FALSE(Unplaced("troops crossed the border, the foreign ministry said"));
  // No office at all.
  CHECK_FALSE(Unplaced("the envoy was summoned"));
}

TEST_CASE("a bad row of the office table names its file, line and column", "[home_office]") {
  annals::HomeOffices offices;
  annals::Diagnostic error;
  CHECK_FALSE(
      offices.LoadFrom("offices.tsv", "foreign ministry\toffice\ncabinet\tagency\n", &error));
  CHECK(error.ToString() ==
        "offices.tsv:2:9: error: expected 'office' or 'speech', found 'agency'");
}

TEST_CASE("the home office of a datelined report is the dateline country", "[home_office]") {
  Fixture f;
  // A summons by the home ministry: Pakistan, from the Islamabad dateline.
  auto m = OfType(f.Extract("The foreign ministry summoned the Indian high commissioner on Monday "
                            "to protest against the remarks.",
                            {{"Monday", "2024-03-18"}}, "Islamabad"),
                  "summon");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"IND", "PAK"});
  CHECK(m[0].date == "2024-03-18");

  // A meeting of a minister named by office with the other side's envoy.
  m = OfType(f.Extract("The economy minister met the U.S. ambassador on Tuesday to discuss steel "
                       "quotas.",
                       {{"Tuesday", "2024-03-19"}}, "Mexico City"),
             "meeting");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"MEX", "USA"});
}

TEST_CASE("no dateline, a placed office or a reporting office adds no side", "[home_office]") {
  Fixture f;
  // No dateline: whose ministry it is, the text does not say.
  CHECK(OfType(f.Extract("The foreign ministry summoned the Indian high commissioner on Monday.",
                         {{"Monday", "2024-03-18"}}),
               "summon")
            .empty());
  // The office is another country's: the dateline is only where it was written.
  auto m = OfType(f.Extract("Nepal's foreign ministry summoned the Indian ambassador on Monday.",
                            {{"Monday", "2024-03-18"}}, "Islamabad"),
                  "summon");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"IND", "NPL"});
  // The ministry only reports a clash between two others.
  m = OfType(
      f.Extract("Chinese troops attacked an Indian post on Monday, the foreign ministry said.",
                {{"Monday", "2024-03-18"}}, "Islamabad"),
      "incident");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"CHN", "IND"});
  // Domestic: the minister met no one from abroad.
  CHECK(OfType(f.Extract("The economy minister met farmers in Monterrey on Tuesday.",
                         {{"Tuesday", "2024-03-19"}}, "Mexico City"),
               "meeting")
            .empty());
}
