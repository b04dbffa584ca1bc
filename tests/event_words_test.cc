#include "event_words.h"
#include "tokenize_test_util.h"

#include <catch2/catch.hpp>

using namespace date::literals;
using annals::TokenizeKept;

namespace {
size_t IndexOf(const std::vector<annals::Word>& words, std::string_view lower, size_t from = 0) {
  for (size_t w = from; w < words.size(); ++w) {
    if (words[w].lower == lower) return w;
  }
  return words.size();
}
}  // namespace

TEST_CASE("a clause ends at a semicolon or at a comma before a conjunction", "[event_words]") {
  std::string text = "Israel imposed tariffs on Monday, and the United States praised China.";
  auto words = TokenizeKept(text);
  CHECK(annals::ClauseEnd(words, 0, words.size()) == IndexOf(words, ","));
  text = "The talks were cancelled; Pompeo went in October.";
  words = TokenizeKept(text);
  CHECK(annals::ClauseEnd(words, 0, words.size()) == IndexOf(words, ";"));
  CHECK(annals::ClauseBreakBetween(words, 0, words.size()));
  // A list of names is one clause.
  text = "Tokyo, Seoul and Beijing met in Busan.";
  words = TokenizeKept(text);
  CHECK(annals::ClauseEnd(words, 0, words.size()) == words.size());
  CHECK_FALSE(annals::ClauseBreakBetween(words, 0, words.size()));
}

TEST_CASE("a dateline ends at its dash", "[event_words]") {
  std::string text = "MOSCOW, Nov. 28 (AP) \u2014 Russia expelled two diplomats.";
  auto words = TokenizeKept(text);
  size_t end = annals::DatelineEnd(words, 0, words.size());
  REQUIRE(end < words.size());
  CHECK(words[end].lower == "russia");
  // Not a place in capitals: no dateline.
  words = TokenizeKept("Moscow said on Monday - in a statement - that it would respond.");
  CHECK(annals::DatelineEnd(words, 0, words.size()) == 0);
  // An acronym that opens a sentence is no place: no comma, bracket or
  // dash right after the capitals.
  words = TokenizeKept("UN envoy Ana Soto - in Lima - said talks would resume.");
  CHECK(annals::DatelineEnd(words, 0, words.size()) == 0);
  // A day between two dashes belongs to the dateline.
  words = TokenizeKept("ACCRA \u2014 March 12, 2024 \u2014 Ghana and Togo met.");
  end = annals::DatelineEnd(words, 0, words.size());
  REQUIRE(end < words.size());
  CHECK(words[end].lower == "ghana");
  // Places of two words or two towns.
  words = TokenizeKept("PORT LOUIS/LOME (Coast Wire) - Togo said.");
  end = annals::DatelineEnd(words, 0, words.size());
  REQUIRE(end < words.size());
  CHECK(words[end].lower == "togo");
}

TEST_CASE("early, mid and late take thirds of a month", "[event_words]") {
  date::sys_days first = date::sys_days(2015_y / 9 / 1), last = date::sys_days(2015_y / 9 / 30);
  auto narrowed = [&](const std::string& qualifier) {
    date::sys_days f = first, l = last;
    annals::NarrowSpan(qualifier, &f, &l);
    return std::make_pair(date::year_month_day(f), date::year_month_day(l));
  };
  CHECK(narrowed("early") == std::make_pair(2015_y / 9 / 1, 2015_y / 9 / 10));
  CHECK(narrowed("mid") == std::make_pair(2015_y / 9 / 11, 2015_y / 9 / 20));
  CHECK(narrowed("late") == std::make_pair(2015_y / 9 / 21, 2015_y / 9 / 30));
  CHECK(narrowed("about") == std::make_pair(2015_y / 9 / 1, 2015_y / 9 / 30));
  // A week is kept whole.
  date::sys_days f = date::sys_days(2015_y / 11 / 30), l = f + date::days(6);
  annals::NarrowSpan("late", &f, &l);
  CHECK(l - f == date::days(6));
}

TEST_CASE("word tests the event rules share", "[event_words]") {
  CHECK(annals::HasYear("in August 2019"));
  CHECK_FALSE(annals::HasYear("on 15 January"));
  CHECK(annals::Collapse("  the first\n  ministerial   dialogue ") ==
        "the first ministerial dialogue");
  // A sentence reads the same as Collapse makes it, whether its words stand
  // one space apart or not.
  annals::SentenceRules rules;
  for (std::string text : {"The first ministerial dialogue was held.",
                           "The first  ministerial\tdialogue\r was held."}) {
    std::vector<annals::Word> sentence_words = TokenizeKept(text);
    auto spans = annals::SplitSentences(text, sentence_words, rules);
    REQUIRE(spans.size() == 1);
    CHECK(annals::CollapseSentence(text, spans[0]) == annals::Collapse(text));
    CHECK(annals::CollapseSentence(text, spans[0]) == "The first ministerial dialogue was held.");
  }
  auto words = TokenizeKept("Kerry visited Beijing and led talks, opening Visited");
  CHECK(annals::IsPastTense(words[IndexOf(words, "visited")]));
  CHECK_FALSE(annals::IsPastTense(words[IndexOf(words, "led")]));  // too short to tell
  CHECK_FALSE(annals::IsPastTense(words.back()));                  // a capital: a name
  CHECK(annals::IsParticiple(words[IndexOf(words, "opening")]));
  CHECK(annals::CueBitOf("future") == annals::kFuture);
  CHECK(annals::CueBitOf("np-stop") == 0);  // a word list, not a cue matched in the text
}
