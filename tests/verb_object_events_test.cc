// Events told by a verb and its object a few words on: "called in" an
// envoy, "arrived <time> in" a place (issue 5). Every sentence is written
// for the test.
#include "verb_object_events.h"
#include "tokenize_test_util.h"

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

std::vector<annals::Mention> OfFamily(std::vector<annals::Mention> found,
                                      const std::string& family) {
  std::erase_if(found, [&](const annals::Mention& m) { return m.family != family; });
  return found;
}

}  // namespace

TEST_CASE("calling in another country's envoy is a summons", "[verb_object_events]") {
  Fixture f;
  auto m = OfFamily(f.Extract("Peru's foreign ministry called in the Chilean charge d'affaires on "
                              "Thursday over the fishing dispute.",
                              {{"Thursday", "2024-03-21"}}),
                    "protest");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "summon");
  CHECK(m[0].date == "2024-03-21");
  CHECK(m[0].actors == Codes{"CHL", "PER"});
  CHECK(m[0].cameo == "111");

  // A government named by its capital, the envoy by his office alone.
  m = OfFamily(f.Extract("Nairobi hauled in the Ugandan high commissioner on Wednesday.",
                         {{"Wednesday", "2024-03-20"}}),
               "protest");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"KEN", "UGA"});
}

TEST_CASE("calling in no envoy, or an envoy of another clause, is no summons",
          "[verb_object_events]") {
  Fixture f;
  // "called in a statement": no envoy follows.
  CHECK(OfFamily(f.Extract("Peru called in a statement on Thursday for calm along the border "
                           "with Chile.",
                           {{"Thursday", "2024-03-21"}}),
                 "protest")
            .empty());
  // Troops called in at home.
  CHECK(OfFamily(f.Extract("Chile called in the army on Thursday to fight the forest fires.",
                           {{"Thursday", "2024-03-21"}}),
                 "protest")
            .empty());
  // The envoy belongs to another clause.
  CHECK(OfFamily(f.Extract("Peru called in extra police on Thursday, and the Chilean ambassador "
                           "praised the move.",
                           {{"Thursday", "2024-03-21"}}),
                 "protest")
            .empty());
}

TEST_CASE("arriving on a day in another country's city is a visit", "[verb_object_events]") {
  Fixture f;
  // The day between the verb and the place.
  auto m = OfFamily(f.Extract("Colombian President Laura Vega arrived late Wednesday in Quito, the "
                              "first stop of a tour of the Andes.",
                              {{"late Wednesday", "2024-03-20", "END"}}),
                    "visit");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].first == date::sys_days(2024_y / 3 / 20));
  CHECK(m[0].actors == Codes{"COL", "ECU"});
  CHECK(m[0].place == "Quito");

  m = OfFamily(f.Extract("Colombian President Laura Vega landed on Thursday in Lima for talks on "
                         "the river border.",
                         {{"Thursday", "2024-03-21"}}),
               "visit");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].date == "2024-03-21");
  CHECK(m[0].actors == Codes{"COL", "PER"});
}

TEST_CASE("arriving at a decision or a shipment arriving is no visit", "[verb_object_events]") {
  Fixture f;
  // No "in" after the verb in its clause.
  CHECK(OfFamily(f.Extract("Colombia and Ecuador arrived at a deal on fishing rights on Thursday.",
                           {{"Thursday", "2024-03-21"}}),
                 "visit")
            .empty());
  // "in" beyond a comma belongs to another clause.
  CHECK(OfFamily(f.Extract("Colombian President Laura Vega arrived on Thursday, and in Quito the "
                           "cabinet met.",
                           {{"Thursday", "2024-03-21"}}),
                 "visit")
            .empty());
}

TEST_CASE("the verb-object table is checked when loaded", "[verb_object_events]") {
  annals::PhraseMatcher events;
  events.Add("summoned", 7, false);
  annals::VerbObjectEvents table;
  annals::Diagnostic error;
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\tcalled in\ns\tperson\tenvoy\n", events, &error));
  CHECK(error.ToString() ==
        "v.tsv:2:3: error: expected 'verb', 'object', 'subject', 'reach', 'replaces', 'then', "
        "'antecedent' or 'event', found 'person'");
  // A `then` row says what must follow the object in so many words.
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\tcalled\ns\tthen\ta word\n", events, &error));
  CHECK(error.ToString() == "v.tsv:2:8: error: a 'then' row says 'a name', found 'a word'");
  // A `replaces` row says what it replaces in so many words.
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\tquit\ns\treplaces\tyes\n", events, &error));
  CHECK(error.ToString() ==
        "v.tsv:2:12: error: a 'replaces' row says 'inner event words' or 'the verb's event "
        "word', found 'yes'");
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\treopened\ns\tsubject\tthe old border post\n",
                             events, &error));
  CHECK(error.ToString() == "v.tsv:2:11: error: a subject has at most 3 words");
  // A group's reach is a count of words.
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\tcalled\ns\treach\tfar\n", events, &error));
  CHECK(error.ToString() ==
        "v.tsv:2:9: error: a reach is a number of words from 1 to 16, found 'far'");
  CHECK_FALSE(
      table.LoadFrom("v.tsv", "s\tverb\tcalled in\ns\tevent\tsummons them\n", events, &error));
  CHECK(error.ToString() ==
        "v.tsv:2:9: error: 'summons them' is no event word of data/en/events.tsv");
  CHECK_FALSE(table.LoadFrom("v.tsv", "s\tverb\tcalled in\n", events, &error));
  CHECK(error.ToString() == "v.tsv: error: group 's' has no 'event' row");

  // A loaded group marks the verb, followed by its object, as the event word.
  REQUIRE(table.LoadFrom("v.tsv", "s\tverb\tcalled in\ns\tobject\tenvoy\ns\tevent\tsummoned\n",
                         events, &error));
  std::vector<annals::Word> words = annals::TokenizeKept("they called in the Thai envoy today");
  std::vector<annals::PhraseMatcher::Match> triggers;
  table.AddTriggers(words, 0, words.size(), &triggers);
  REQUIRE(triggers.size() == 1);
  CHECK(triggers[0].first_word == 1);
  CHECK(triggers[0].end_word == 3);
  CHECK(triggers[0].value == 7);
}

TEST_CASE("a currency sign of the table is part of an amount, no clause's end",
          "[verb_object_events]") {
  annals::PhraseMatcher events;
  events.Add("fined", 4, false);
  const std::string group =
      "f\tverb\tfined\nf\tobject\tfishing firm\nf\treach\t8\nf\tevent\tfined\n";
  annals::VerbObjectEvents plain, signs;
  annals::Diagnostic error;
  REQUIRE(plain.LoadFrom("v.tsv", group, events, &error));
  REQUIRE(signs.LoadFrom("v.tsv", group + "-\tcurrency\t$\n", events, &error));
  auto triggers = [](const annals::VerbObjectEvents& table, const std::string& text) {
    std::vector<annals::Word> words = annals::TokenizeKept(text);
    std::vector<annals::PhraseMatcher::Match> found;
    table.AddTriggers(words, 0, words.size(), &found);
    return found;
  };
  const std::string text = "Ghana fined a $2 million Togolese fishing firm on Monday";
  CHECK(triggers(plain, text).empty());
  auto found = triggers(signs, text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == 4);
  // Any other mark still ends the clause.
  CHECK(triggers(signs, "Ghana fined a ; 2 million Togolese fishing firm").empty());

  CHECK_FALSE(plain.LoadFrom("v.tsv", group + "-\tcurrencies\t$\n", events, &error));
  CHECK(error.ToString() ==
        "v.tsv:5:3: error: a row of the group '-' is a 'relative' word, a 'bare-subject' or a "
        "'currency' sign, found 'currencies'");
}

TEST_CASE("a subject a few plain words before the verb stands for its object",
          "[verb_object_events]") {
  annals::PhraseMatcher events;
  events.Add("reopened", 3, false);
  annals::VerbObjectEvents table;
  annals::Diagnostic error;
  REQUIRE(table.LoadFrom("v.tsv",
                         "l\tverb\treopened\nl\tsubject\tborder crossings\nl\tevent\treopened\n",
                         events, &error));
  auto find = [&](const std::string& text) {
    std::vector<annals::Word> words = annals::TokenizeKept(text);
    std::vector<annals::PhraseMatcher::Match> triggers;
    table.AddTriggers(words, 0, words.size(), &triggers);
    return triggers;
  };
  auto found = find("border crossings between the two states were reopened today");
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_word == 7);
  CHECK(found[0].value == 3);
  // A comma puts the subject in another clause; so do too many words.
  CHECK(find("border crossings stayed shut, but the market reopened").empty());
  CHECK(find("border crossings were one of many things the old market town reopened").empty());
}

TEST_CASE("a group may stand for the event words inside its object", "[verb_object_events]") {
  annals::PhraseMatcher events;
  events.Add("dialogue", 2, false);
  events.Add("left", 5, false);
  auto find = [&](const std::string& table_text, const std::string& text) {
    annals::VerbObjectEvents table;
    annals::Diagnostic error;
    REQUIRE(table.LoadFrom("v.tsv", table_text, events, &error));
    std::vector<annals::Word> words = annals::TokenizeKept(text);
    // "dialogue", the event word the sentence holds before the groups run.
    std::vector<annals::PhraseMatcher::Match> triggers;
    for (size_t w = 0; w < words.size(); ++w) {
      if (words[w].lower == "dialogue") triggers.push_back({w, w + 1, 2});
    }
    table.AddTriggers(words, 0, words.size(), &triggers);
    return triggers;
  };
  const std::string group = "x\tverb\tquit\nx\tobject\tformat\nx\tevent\tleft\n";
  const std::string text = "Peru quit the Pacific dialogue format today";
  // Without the row the dialogue stays and the group gives way.
  auto kept = find(group, text);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].value == 2);
  // With it, the format left is the one event word.
  auto replaced = find(group + "x\treplaces\tinner event words\n", text);
  REQUIRE(replaced.size() == 1);
  CHECK(replaced[0].value == 5);
  CHECK(replaced[0].first_word == 1);
  // An event word before the verb is no part of its object.
  auto before = find(group + "x\treplaces\tinner event words\n",
                     "the dialogue partner quit the format today");
  REQUIRE(before.size() == 2);
}
