// Words and sentences of article text for the assembler: a tokenizer that
// keeps abbreviations ("U.S.", "Dec.") whole and a sentence splitter that
// does not stop at them.
#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
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

// The hash of PersonMemory and other maps looked up by a WordText: the
// tokenizers' inlined eight-byte one, not std::hash (a library call per
// look-up).
struct WordTextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return static_cast<size_t>(byte_words::HashBytes(s.data(), s.size()));
  }
};

struct Word {
  size_t begin = 0;  // byte offsets in the text
  size_t end = 0;
  WordText lower;             // lower case, without periods; points into Tokenize's `lowered`
  size_t hash = 0;            // WordHash(lower), once for phrase matchers and WordSet
  bool capitalized = false;   // starts with an upper-case letter
  bool all_caps = false;      // every letter upper case (datelines: "BEIJING")
  bool alpha = false;         // starts with a letter
  bool number = false;        // all digits
  bool punct = false;         // a single punctuation mark or symbol
  bool abbreviation = false;  // letters with inner periods: "U.S.", "D.C."
  // Part of a calendar time the resolver read (set by ArticleReading): no
  // word of a person's name.
  bool in_time = false;
};

// The hash phrase matchers and word sets index words by.
size_t WordHash(std::string_view lower);

// A set of lower-case words (stop words, prepositions, pronouns ...) that
// the rules ask of most words of every sentence. `set.count(word)` with a
// Word takes the hash Tokenize already gave it (Word::hash): no string is
// built and nothing is hashed again, and a miss, the usual answer, costs a
// slot or two of a flat table. `set.count(text)` with any string hashes
// it first. Iteration is in insertion order; no output should depend on
// it.
class WordSet {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;
  using iterator = const_iterator;

  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) insert(w);
  }

  // Adds `word` (lower case); the bool is false when it was in already.
  std::pair<const_iterator, bool> insert(std::string_view word);
  template <class... Args>
  std::pair<const_iterator, bool> emplace(Args&&... args) {
    return insert(std::string_view(std::forward<Args>(args)...));
  }

  size_t count(const Word& word) const;
  size_t count(std::string_view word) const { return Index(word, Hash(word)) != kNone; }
  bool contains(const Word& word) const { return count(word) > 0; }
  bool contains(std::string_view word) const { return count(word) > 0; }
  const_iterator find(std::string_view word) const {
    size_t at = Index(word, Hash(word));
    return at == kNone ? words_.end() : words_.begin() + static_cast<std::ptrdiff_t>(at);
  }

  const_iterator begin() const { return words_.begin(); }
  const_iterator end() const { return words_.end(); }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  void clear() {
    words_.clear();
    slots_.clear();
    bits_.fill(0);
  }

 private:
  static constexpr size_t kNone = ~size_t{0};
  // WordHash, inline: the same value Tokenize gives Word::hash.
  static size_t Hash(std::string_view word) {
    return static_cast<size_t>(byte_words::HashBytes(word.data(), word.size()));
  }
  // Open addressing over a power-of-two table at most half full: a miss
  // ends at an empty slot within a probe or two.
  struct Slot {
    size_t hash = 0;
    size_t index = 0;  // into words_, plus one; 0 for an empty slot
  };
  // One bit of 256 per word, the top byte of its hash: most words asked
  // are not in the set, and the bit turns nearly all of them away before
  // the table is read (an empty set has none; perf38).
  bool MayHold(size_t hash) const {
    const size_t bit = static_cast<size_t>(static_cast<std::uint64_t>(hash) >> 56);
    return (bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }
  size_t Index(std::string_view word, size_t hash) const {
    if (!MayHold(hash)) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.index == 0) return kNone;
      if (slot.hash == hash && words_[slot.index - 1] == word) return slot.index - 1;
    }
  }
  void Place(size_t hash, size_t index);
  std::vector<Slot> slots_;
  std::vector<std::string> words_;
  std::array<std::uint64_t, 4> bits_{};
};

inline std::pair<WordSet::const_iterator, bool> WordSet::insert(std::string_view word) {
  const size_t hash = Hash(word);
  if (size_t at = Index(word, hash); at != kNone) {
    return {words_.begin() + static_cast<std::ptrdiff_t>(at), false};
  }
  words_.emplace_back(word);
  {
    const size_t bit = static_cast<size_t>(static_cast<std::uint64_t>(hash) >> 56);
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  if (2 * words_.size() > slots_.size()) {
    // Grow (a power of two) and place every word again.
    size_t size = std::max<size_t>(16, slots_.size());
    while (2 * words_.size() > size) size *= 2;
    slots_.assign(size, Slot{});
    for (size_t i = 0; i < words_.size(); ++i) Place(Hash(words_[i]), i);
  } else {
    Place(hash, words_.size() - 1);
  }
  return {words_.end() - 1, true};
}

inline void WordSet::Place(size_t hash, size_t index) {
  const size_t mask = slots_.size() - 1;
  size_t at = hash & mask;
  while (slots_[at].index != 0) at = (at + 1) & mask;
  slots_[at] = {hash, index + 1};
}

inline size_t WordSet::count(const Word& word) const {
  assert(word.hash == Hash(word.lower));
  return Index(word.lower, word.hash) != kNone;
}

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
