// Words and sentences of article text for the assembler: a tokenizer that
// keeps abbreviations ("U.S.", "Dec.") whole and a sentence splitter that
// does not stop at them.
#pragma once

#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "byte_words.h"

namespace annals {

// A word's lower-case text: a view into the lower-cased copy of the text
// that Tokenize fills (one buffer per text, no string per word). Rules
// compare words against literals thousands of times an article (`w.lower
// == "the"`): against a literal the length is known at compile time, so a
// differing length (most words) costs one compare and the rest is a memcmp
// of constant size the compiler inlines. Look it up in sets and maps with
// transparent hashing or ordering (WordSet, WordMap, std::less<>); the
// implicit conversion to std::string keeps a plain std::string set or a
// `const std::string&` parameter working, at the price of a copy.
struct WordText : std::string_view {
  using std::string_view::string_view;
  WordText() = default;
  WordText(std::string_view s) : std::string_view(s) {}

  operator std::string() const { return std::string(data(), size()); }

  template <size_t N>
  friend bool operator==(const WordText& a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }
};

// An owned lower-case text with the same literal compare as WordText
// (event types and families: see EventTrigger).
struct WordString : std::string {
  using std::string::string;
  using std::string::operator=;
  WordString() = default;
  WordString(std::string s) : std::string(std::move(s)) {}
  operator WordText() const { return WordText(data(), size()); }

  template <size_t N>
  friend bool operator==(const WordString& a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }
};

// A set of lower-case words that looks a WordText up without a copy:
// `set.count(word.lower)`. The hash is the tokenizers' inlined eight-byte
// one, not std::hash (a library call per look-up, and the assembler looks
// up most words of every sentence in a set or two). No output depends on
// the order of these sets.
struct WordTextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return static_cast<size_t>(byte_words::HashBytes(s.data(), s.size()));
  }
};
using WordSet = std::unordered_set<std::string, WordTextHash, std::equal_to<>>;

struct Word {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  WordText lower;             // lower case, without periods; points into Tokenize's `lowered`
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
// possessive "'s" becomes its own word ("Xi" "'s"). Every word's `lower`
// points into `lowered`, which Tokenize fills: it must outlive the words
// and stay untouched while they are used.
std::vector<Word> Tokenize(std::string_view text, std::string* lowered);

struct Token;  // resolve_lexicon.h

// The words of `text`, the same as Tokenize(text, lowered) gives them, made
// from `tokens`, the resolver's tokens of text.substr(shift): an article is
// then split into words once, not twice. The first `shift` bytes (a
// headline and a blank line read ahead of the body) are read from the
// text. A word the tokens tell in full (a run of ASCII letters or digits,
// an ASCII mark: most words) takes its lower case (a view into the
// resolver's lower-cased text, which must outlive the words) and its hash
// from its token; the rest are read from the text as Tokenize reads them,
// their lower case written into `lowered`.
std::vector<Word> TokenizeWithTokens(std::string_view text, size_t shift,
                                     const std::vector<Token>& tokens, std::string* lowered);

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
  WordSet abbreviations;  // "dec", "mr", "gen": lower case, no period
  WordSet openers;        // "the", "he": words that open sentences
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
