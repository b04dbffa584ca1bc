// Summonses told as "called in" an envoy (issue 5). Every sentence is
// written for the test.
#include "envoy_summons.h"

#include <set>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {

using Codes = std::set<std::string>;

// Published on Friday 22 March 2024.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2024_y / 3 / 22) {}
};

std::vector<annals::Mention> Summonses(std::vector<annals::Mention> found) {
  std::erase_if(found, [](const annals::Mention& m) { return m.type != "summon"; });
  return found;
}

}  // namespace

TEST_CASE("calling in another country's envoy is a summons", "[envoy_summons]") {
  Fixture f;
  auto m = Summonses(f.Extract(
      "Peru's foreign ministry called in the Chilean charge d'affaires on Thursday over the "
      "fishing dispute.",
      {{"Thursday", "2024-03-21"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2024-03-21");
  CHECK(m[0].actors == Codes{"CHL", "PER"});
  CHECK(m[0].cameo == "111");

  // A government named by its capital, the envoy by his office alone.
  m = Summonses(f.Extract("Nairobi hauled in the Ugandan high commissioner on Wednesday.",
                          {{"Wednesday", "2024-03-20"}}));
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"KEN", "UGA"});
}

TEST_CASE("calling in no envoy, or an envoy of another clause, is no summons", "[envoy_summons]") {
  Fixture f;
  // "called in a statement": no envoy follows.
  CHECK(Summonses(f.Extract("Peru called in a statement on Thursday for calm along the border "
                            "with Chile.",
                            {{"Thursday", "2024-03-21"}}))
            .empty());
  // Troops called in at home.
  CHECK(Summonses(f.Extract("Chile called in the army on Thursday to fight the forest fires.",
                            {{"Thursday", "2024-03-21"}}))
            .empty());
  // The envoy belongs to another clause.
  CHECK(Summonses(f.Extract("Peru called in extra police on Thursday, and the Chilean ambassador "
                            "praised the move.",
                            {{"Thursday", "2024-03-21"}}))
            .empty());
}

TEST_CASE("the summons table is checked when loaded", "[envoy_summons]") {
  annals::PhraseMatcher events;
  events.Add("summoned", 7, false);
  annals::EnvoySummons summons;
  annals::Diagnostic error;
  CHECK_FALSE(summons.LoadFrom("s.tsv", "called in\tverb\nenvoy\tperson\n", events, &error));
  CHECK(error.ToString() ==
        "s.tsv:2:7: error: expected 'verb', 'envoy' or 'event', found 'person'");
  CHECK_FALSE(summons.LoadFrom("s.tsv", "called in\tverb\nsummons them\tevent\n", events, &error));
  CHECK(error.ToString() ==
        "s.tsv:2:1: error: 'summons them' is no event word of data/en/events.tsv");

  // A loaded table marks the verb and its envoy as the event word's match.
  REQUIRE(summons.LoadFrom("s.tsv", "called in\tverb\nenvoy\tenvoy\nsummoned\tevent\n", events,
                           &error));
  std::vector<annals::Word> words = annals::Tokenize("they called in the Thai envoy today");
  std::vector<annals::PhraseMatcher::Match> triggers;
  summons.AddTriggers(words, 0, words.size(), &triggers);
  REQUIRE(triggers.size() == 1);
  CHECK(triggers[0].first_word == 1);
  CHECK(triggers[0].end_word == 6);
  CHECK(triggers[0].value == 7);
}
