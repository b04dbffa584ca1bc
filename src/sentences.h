// Words and sentences of article text for the assembler: a tokenizer that
// keeps abbreviations ("U.S.", "Dec.") whole and a sentence splitter that
// does not stop at them.
#pragma once

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace annals {

// A word's lower-case text. It is a std::string in every way but one: the
// rules compare words against literals thousands of times an article
// (`w.lower == "the"`), and std::string's own operator== with a `const
// char*` calls strlen and compare every time. Against a literal the length
// is known at compile time, so a differing length (most words) costs one
// compare and the rest is a memcmp of constant size the compiler inlines.
struct WordText : std::string {
  using std::string::string;
  using std::string::operator=;
  WordText() = default;
  WordText(std::string s) : std::string(std::move(s)) {}

  template <size_t N>
  friend bool operator==(const WordText& a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }
};

struct Word {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  WordText lower;             // lower case, without a trailing period
  size_t hash = 0;            // WordHash(lower), computed once for the phrase matchers
  bool capitalized = false;   // starts with an upper-case letter
  bool all_caps = false;      // every letter upper case (datelines: "BEIJING")
  bool alpha = false;         // starts with a letter
  bool number = false;        // all digits
  bool punct = false;         // a single punctuation mark or symbol
  bool abbreviation = false;  // letters with inner periods: "U.S.", "D.C."
};

// The hash phrase matchers index words by.
size_t WordHash(std::string_view lower);

// Splits `text` into words; punctuation marks are words of their own except
// the periods inside and at the end of "U.S."-style abbreviations. A
// possessive "'s" becomes its own word ("Xi" "'s").
std::vector<Word> Tokenize(std::string_view text);

struct SentenceSpan {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  size_t first_word = 0;  // index range into the words of the text
  size_t last_word = 0;   // one past
  // Its words stand at most one space apart (no tab, line break or run of
  // spaces between them): the text is already as Collapse would make it.
  bool single_spaced = false;
};

// Language data for sentence splitting (data/en/sentences.tsv).
struct SentenceRules {
  std::unordered_set<std::string> abbreviations;  // "dec", "mr", "gen": lower case, no period
  std::unordered_set<std::string> openers;        // "the", "he": words that open sentences
};

// Splits tokenized text into sentences. A sentence ends at a line break, or
// at ".", "!" or "?", unless the period closes a listed abbreviation ("Dec.
// 2", "Mr. Xi") or is followed by a lower-case word. A "U.S."-style
// abbreviation ends a sentence only when a sentence opener follows ("in the
// U.S. The next day"), not before a name ("the U.S. Justice Department").
// A sentence is at most kMaxSentenceWords words long: longer runs are cut.
inline constexpr size_t kMaxSentenceWords = 400;
std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Word>& words,
                                         const SentenceRules& rules);

}  // namespace annals
