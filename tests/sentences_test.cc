#include "sentences.h"
#include "tokenize_test_util.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <string>

#include "phrase_matcher.h"
#include "resolve_lexicon.h"

namespace {
annals::SentenceRules Rules() {
  annals::SentenceRules rules;
  rules.abbreviations = {"dec", "jan", "mr"};
  rules.openers = {"the", "he"};
  return rules;
}
std::vector<std::string> Split(const std::string& text) {
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  std::vector<std::string> out;
  for (const auto& s : annals::SplitSentences(text, words, Rules()))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
}  // namespace

TEST_CASE("abbreviations stay whole words", "[sentences]") {
  std::vector<annals::Word> words = annals::TokenizeKept("the U.S. side, China-U.S. ties");
  REQUIRE(words.size() == 8);
  CHECK(words[1].lower == "us");
  CHECK(words[1].abbreviation);
  CHECK(words[5].lower == "-");
  CHECK(words[6].lower == "us");
}

TEST_CASE("a word compares with literals by its whole text", "[sentences]") {
  std::vector<annals::Word> words = annals::TokenizeKept("The theme \u2014 the");
  REQUIRE(words.size() == 4);
  CHECK(words[0].lower == "the");
  CHECK_FALSE(words[0].lower == "th");
  CHECK_FALSE(words[0].lower == "them");
  CHECK_FALSE(words[1].lower == "the");
  CHECK(words[1].lower != "the");
  CHECK(words[2].lower == "\u2014");
  CHECK_FALSE(words[2].lower == "-");
  // Against other strings it is the std::string it derives from.
  CHECK(words[3].lower == std::string("the"));
  CHECK(words[3].lower == words[0].lower);
}

TEST_CASE("a possessive is a word of its own", "[sentences]") {
  std::vector<annals::Word> words = annals::TokenizeKept("Xi's visit and Xi\u2019s trip");
  REQUIRE(words.size() == 7);
  CHECK(words[0].lower == "xi");
  CHECK(words[1].lower == "'s");
  CHECK(words[5].lower == "'s");
}

TEST_CASE("sentences do not end at U.S. or Dec.", "[sentences]") {
  auto s = Split("Talks at the U.S. Justice Department ended on Dec. 2 in Washington. He left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Talks at the U.S. Justice Department ended on Dec. 2 in Washington.");
  CHECK(s[1] == "He left.");
}

TEST_CASE("U.S. before a sentence opener ends the sentence", "[sentences]") {
  auto s = Split("Xi flew to the U.S. The visit lasted a week.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "The visit lasted a week.");
}

TEST_CASE("line breaks end headlines and datelines", "[sentences]") {
  auto s = Split("Xi meets Obama\n\nXinhua, December 2, 2015\n\nThe two met here.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Xi meets Obama");
}

TEST_CASE("a run of text without stops is cut into bounded sentences", "[sentences]") {
  std::string text;
  for (size_t i = 0; i < 2 * annals::kMaxSentenceWords + 10; ++i) text += "talks ";
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  auto sentences = annals::SplitSentences(text, words, Rules());
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].last_word - sentences[0].first_word == annals::kMaxSentenceWords);
  CHECK(sentences[1].first_word == annals::kMaxSentenceWords);
  CHECK(sentences[2].last_word == words.size());
  // An ordinary long sentence is left whole.
  std::string long_one;
  for (int i = 0; i < 120; ++i) long_one += "word ";
  CHECK(Split(long_one + "end.").size() == 1);
}

TEST_CASE("a sentence knows whether its words stand one space apart", "[sentences]") {
  // The gap that ends a sentence (a line break, a run of spaces after a
  // period) is no sentence's: the next one starts clean.
  std::string text =
      "Xi met Obama in Paris.  The two  leaders\tspoke.\nThey agreed, \"fully\".\n\nDone";
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  auto sentences = annals::SplitSentences(text, words, Rules());
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0].single_spaced);
  CHECK_FALSE(sentences[1].single_spaced);  // two spaces, then a tab
  CHECK(sentences[2].single_spaced);        // punctuation against its word
  CHECK(sentences[3].single_spaced);
  std::string spaced = "talks with\u00a0Japan";  // a non-breaking space is no plain one
  std::vector<annals::Word> spaced_words = annals::TokenizeKept(spaced);
  auto one = annals::SplitSentences(spaced, spaced_words, Rules());
  REQUIRE(one.size() == 1);
  CHECK_FALSE(one[0].single_spaced);
}

TEST_CASE("closing quotes stay with their sentence", "[sentences]") {
  auto s = Split("He said \"we agree.\" The talks ended.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "He said \"we agree.\"");
}

TEST_CASE("phrases match longest first and names need a capital", "[sentences]") {
  annals::PhraseMatcher m;
  m.Add("visit", 1, false);
  m.Add("state visit", 2, false);
  m.Add("Turkey", 3, true);
  std::vector<annals::Word> words = annals::TokenizeKept("a State Visit, roast turkey, Turkey");
  auto found = m.FindAll(words, 0, words.size());
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == 2);
  CHECK(found[1].value == 3);
  CHECK(found[1].first_word == 7);
}

TEST_CASE("a matcher's first-word filters let through every word a phrase starts with",
          "[sentences]") {
  // Callers that scan word by word (verbs and their objects) test the
  // filters first and skip MatchAt where they say no.
  annals::PhraseMatcher m;
  m.Add("border crossing", 1, false);
  m.Add("embassy", 2, false);
  m.Add("Accra", 3, true);
  m.Add("trade talks", 4, false);
  std::vector<annals::Word> words = annals::TokenizeKept(
      "Ghana reopened its border crossing with Togo; the embassy in Accra hosted trade talks");
  size_t matched = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    annals::PhraseMatcher::Match match;
    if (!m.MatchAt(words, i, words.size(), &match)) continue;
    INFO(std::string(words[i].lower));
    ++matched;
    CHECK(m.MayStart(words[i].hash));
    CHECK(m.MayStartWith(words[i].hash));
  }
  CHECK(matched == 4);
  annals::PhraseMatcher empty;
  CHECK_FALSE(empty.MayStart(words[0].hash));
  CHECK_FALSE(empty.MayStartWith(words[0].hash));
}

TEST_CASE("a word that goes on with none of its longer phrases still matches alone",
          "[sentences]") {
  // Many longer phrases share the first word; the one-word phrase is last.
  annals::PhraseMatcher m;
  m.Add("foreign", 1, false);
  for (const char* second : {"minister", "ministry", "office", "secretary", "affairs"}) {
    m.Add(std::string("foreign ") + second, 2, false);
  }
  m.Add("foreign affairs committee", 3, false);
  std::vector<annals::Word> words =
      annals::TokenizeKept("foreign aid, foreign ministry, foreign affairs committee, foreign");
  // A buffer that still holds an earlier sentence's matches is cleared first.
  std::vector<annals::PhraseMatcher::Match> found(5);
  m.FindAll(words, 0, words.size(), &found);
  REQUIRE(found.size() == 4);
  CHECK(found[0].value == 1);
  CHECK(found[0].end_word == 1);
  CHECK(found[1].value == 2);
  CHECK(found[2].value == 3);
  CHECK(found[3].value == 1);
  CHECK(found[3].first_word == words.size() - 1);
}

TEST_CASE("of the phrases a word goes on with, the longest, then the first added, wins",
          "[sentences]") {
  // Added in no particular order: the matcher keeps each second word's
  // phrases together, and that must not change which one matches.
  annals::PhraseMatcher m;
  m.Add("joint statement", 1, false);
  m.Add("joint", 2, false);
  m.Add("joint press conference", 3, false);
  m.Add("Joint Chiefs", 4, true);
  m.Add("joint press", 5, false);
  m.Add("joint chiefs", 6, false);
  std::vector<annals::Word> words = annals::TokenizeKept(
      "joint press conference; the joint press; joint chiefs; Joint Chiefs; joint venture");
  auto found = m.FindAll(words, 0, words.size());
  REQUIRE(found.size() == 5);
  CHECK(found[0].value == 3);
  CHECK(found[0].end_word == 3);
  CHECK(found[1].value == 5);
  CHECK(found[2].value == 6);  // the name needs its capital
  CHECK(found[3].value == 4);  // both match: the one added first
  CHECK(found[4].value == 2);
  CHECK(found[4].end_word == found[4].first_word + 1);
}

TEST_CASE("acronyms match only words in capitals", "[sentences]") {
  annals::PhraseMatcher m;
  m.Add("U.N.", 1, true);
  m.Add("UN", 1, true);
  std::vector<annals::Word> words = annals::TokenizeKept("Kim Jong Un at the U.N. and the UN");
  auto found = m.FindAll(words, 0, words.size());
  REQUIRE(found.size() == 2);
  CHECK(found[0].first_word == 5);
  CHECK(found[1].first_word == 8);
}

TEST_CASE("a large phrase table finds every phrase and nothing else", "[sentences]") {
  // Thousands of first words: the lookup table grows many times over.
  annals::PhraseMatcher m;
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    std::string name = "place" + std::to_string(i);
    m.Add(name + " hall", i, false);
    text += name + " hall, ";
  }
  m.Add("place7 hall annex", 9999, false);
  text += "place7 hall annex; place3000 hall; hall place12";
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  auto found = m.FindAll(words, 0, words.size());
  // "place3000" starts no phrase; a lone "place12" lacks its second word.
  REQUIRE(found.size() == 3001);
  for (int i = 0; i < 3000; ++i) CHECK(found[i].value == i);
  CHECK(found[3000].value == 9999);
  CHECK(found[3000].end_word - found[3000].first_word == 3);
}

TEST_CASE("words carry their case, digit and hash flags", "[sentences]") {
  std::vector<annals::Word> words = annals::TokenizeKept("BEIJING, Dec. 2015 Xi 3.5");
  REQUIRE(words.size() == 9);
  CHECK(words[0].all_caps);
  CHECK(words[0].capitalized);
  CHECK(words[2].lower == "dec");
  CHECK_FALSE(words[2].all_caps);
  CHECK(words[4].number);
  CHECK(words[4].hash == annals::WordHash("2015"));
  CHECK(words[5].hash == annals::WordHash("xi"));
  CHECK(words[5].hash != words[4].hash);
  CHECK(words[6].number);
  CHECK(words[7].punct);
}

TEST_CASE("letters, digits and non-ASCII letters make words, curly quotes do not", "[sentences]") {
  std::vector<annals::Word> words =
      annals::TokenizeKept("G20 talks in T\u00fcrkiye \u201cMcCain\u201d 2015a NATO\u2019s 42");
  REQUIRE(words.size() == 11);
  CHECK(words[0].lower == "g20");
  CHECK(words[0].all_caps);
  CHECK_FALSE(words[0].number);
  CHECK(words[3].lower == "t\u00fcrkiye");  // non-ASCII bytes are kept as they are
  CHECK(words[3].capitalized);
  CHECK(words[4].punct);
  CHECK(words[4].lower == "\u201c");
  CHECK(words[5].lower == "mccain");
  CHECK(words[5].capitalized);
  CHECK_FALSE(words[5].all_caps);
  CHECK(words[7].lower == "2015a");
  CHECK_FALSE(words[7].number);
  CHECK(words[8].lower == "nato");
  CHECK(words[9].lower == "'s");
  CHECK(words[10].number);
  CHECK(words[10].hash == annals::WordHash("42"));
}

// Short ASCII words take a one-pass path into the string's inline buffer;
// longer ones, and single letters before a period, take the general one.
// Both must give the same words.
TEST_CASE("long words, and single letters before a period, are words like any other",
          "[sentences]") {
  std::string fifteen = "Internationalis";  // 15 letters: fills the inline buffer
  std::string sixteen = "INTERNATIONALISM";
  std::string long_word = "Counterrevolutionaries";
  std::vector<annals::Word> words = annals::TokenizeKept(fifteen + " " + sixteen + " " + long_word +
                                                         " Plan B. Then 12345678901234567");
  REQUIRE(words.size() == 8);
  CHECK(words[0].lower == "internationalis");
  CHECK(words[0].hash == annals::WordHash("internationalis"));
  CHECK(words[0].capitalized);
  CHECK_FALSE(words[0].all_caps);
  CHECK(words[1].lower == "internationalism");
  CHECK(words[1].hash == annals::WordHash("internationalism"));
  CHECK(words[1].all_caps);
  CHECK(words[2].lower == "counterrevolutionaries");
  CHECK(words[2].end - words[2].begin == long_word.size());
  CHECK(words[4].lower == "b");  // "B." is a letter and a period, not an abbreviation
  CHECK_FALSE(words[4].abbreviation);
  CHECK(words[5].punct);
  CHECK(words[7].lower == "12345678901234567");
  CHECK(words[7].number);
  CHECK(words[7].hash == annals::WordHash("12345678901234567"));
}

TEST_CASE("a decimal point ends no sentence", "[sentences]") {
  auto s = Split("Duties of 80.5 per cent took effect. He left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Duties of 80.5 per cent took effect.");
  // A figure at the end of a sentence still ends it.
  s = Split("Growth was 2.5. He left.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Growth was 2.5.");
}

// A word in the middle of a text is read eight bytes at a time; within the
// last sixteen bytes, byte by byte. Both must give the same word, and its
// hash must be WordHash of its text (the phrase matchers rely on it).
TEST_CASE("a word reads the same in the middle of a text and at its end", "[sentences]") {
  const std::string letters = "aBcDeFgHiJkLmNoPqRsTuV";
  const std::string digits = "1234567890123456789012";
  const std::string trailing = " more words after it, well past sixteen bytes.";
  for (const std::string& source : {letters, digits, std::string("MIXEDcase99WORDS4567z")}) {
    for (size_t n = 1; n <= 20; ++n) {
      std::string word = source.substr(0, n);
      for (const std::string& after : {std::string(""), std::string(","), std::string("\u2019s")}) {
        std::vector<annals::Word> middle = annals::TokenizeKept("x " + word + after + trailing);
        std::vector<annals::Word> end = annals::TokenizeKept("x " + word + after);
        REQUIRE(middle.size() >= 2);
        REQUIRE(end.size() >= 2);
        const annals::Word& a = middle[1];
        const annals::Word& b = end[1];
        INFO(word + after);
        CHECK(a.lower == b.lower);
        CHECK(a.end == b.end);
        CHECK(a.end - a.begin == n);
        CHECK(a.hash == b.hash);
        CHECK(a.hash == annals::WordHash(a.lower));
        CHECK(a.number == b.number);
        CHECK(a.number == (source == digits));
        CHECK(a.capitalized == b.capitalized);
        CHECK(a.all_caps == b.all_caps);
        CHECK(a.alpha == b.alpha);
        std::string lower = word;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(std::string(a.lower) == lower);
      }
    }
  }
}

TEST_CASE("words' lower case lies in the one buffer Tokenize fills", "[sentences]") {
  // Long words, an abbreviation, a curly possessive and a non-ASCII word:
  // every path of the tokenizer writes into the caller's buffer.
  std::string text = "Ministerial-Level CONSULTATIONS on U.S. Xi\u2019s Z\u00fcrich trip.";
  std::string lowered;
  std::vector<annals::Word> words = annals::Tokenize(text, &lowered);
  std::vector<std::string> lower;
  for (const annals::Word& w : words) {
    lower.emplace_back(w.lower);
    CHECK(w.lower.data() >= lowered.data());
    CHECK(w.lower.data() + w.lower.size() <= lowered.data() + lowered.size());
  }
  CHECK(lower == std::vector<std::string>{"ministerial", "-", "level", "consultations", "on", "us",
                                          "xi", "'s", "z\u00fcrich", "trip", "."});
  CHECK(words[1].hash == annals::WordHash("-"));
  CHECK(words[3].hash == annals::WordHash("consultations"));
}

namespace {
// Words made of the resolver's tokens of `body`, with `title` read ahead of
// it as ArticleReading does, against Tokenize of the whole text.
void CheckWordsFromTokens(const std::string& title, const std::string& body) {
  std::string text = title.empty() ? body : title + "\n\n" + body;
  size_t shift = title.empty() ? 0 : title.size() + 2;
  std::string lowered;
  std::vector<annals::Word> expected = annals::Tokenize(text, &lowered);
  annals::TokenizedText tokenized;
  annals::Tokenize(body, &tokenized.lowered, &tokenized.tokens);
  std::string kept;
  std::vector<annals::Word> words =
      annals::TokenizeWithTokens(text, shift, tokenized.tokens, &kept);
  INFO("text: " << text);
  REQUIRE(words.size() == expected.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const annals::Word& a = words[i];
    const annals::Word& b = expected[i];
    INFO("word " << i << ": " << std::string(b.lower));
    CHECK(a.begin == b.begin);
    CHECK(a.end == b.end);
    CHECK(std::string_view(a.lower) == std::string_view(b.lower));
    CHECK(a.hash == b.hash);
    CHECK(a.capitalized == b.capitalized);
    CHECK(a.all_caps == b.all_caps);
    CHECK(a.alpha == b.alpha);
    CHECK(a.number == b.number);
    CHECK(a.punct == b.punct);
    CHECK(a.abbreviation == b.abbreviation);
  }
}
}  // namespace

TEST_CASE("words made of the resolver's tokens are Tokenize's words", "[sentences]") {
  CheckWordsFromTokens("", "");
  CheckWordsFromTokens("",
                       "WASHINGTON, Dec. 1 (Xinhua) -- The U.S. and China's ministers met "
                       "on Tuesday, 80.5 per cent, at 10:30 a.m. in D.C.");
  CheckWordsFromTokens("Xi’s visit: “historic”",
                       "Zürich talks\u00a0end\f, 2015th\vround — "
                       "J. Smith said \"NATO's\" line. O'Brien's 'quote'");
  CheckWordsFromTokens("", "A verylongwordthatrunsonforeverandever, UNCTAD2 Mr. X.");
  // Malformed UTF-8: stray continuation bytes, a cut-off sequence.
  CheckWordsFromTokens("T",
                       "a\x80 b-\x80\x80 \xE2"
                       "AB \xC3 x \xE2\x80");
  // Texts put together at random from pieces the two tokenizers treat
  // differently (fixed seed: the same texts every run).
  // The pieces, split at '|'.
  const std::string all =
      "a|B|xi|US|7|2015| |  |\n|\t|\r|\f|\v|.|,|'|s|S|\u2019|\u2018|\u00a0|\u00e9|\u2014|"
      "\u201c|-|\x80|\xE2|\xC3|U.S.|Dec.|abcdefghijklmnopq";
  std::vector<std::string> pieces;
  for (size_t from = 0, bar; from <= all.size(); from = bar + 1) {
    bar = std::min(all.find('|', from), all.size());
    pieces.push_back(all.substr(from, bar - from));
  }
  const size_t count = pieces.size();
  unsigned state = 12345;
  for (int round = 0; round < 400; ++round) {
    std::string title, body;
    for (int k = 0; k < 12; ++k) {
      state = state * 1103515245u + 12345u;
      title += round % 2 ? pieces[(state >> 8) % count] : "";
    }
    for (int k = 0; k < 40; ++k) {
      state = state * 1103515245u + 12345u;
      body += pieces[(state >> 8) % count];
    }
    CheckWordsFromTokens(title, body);
  }
}
