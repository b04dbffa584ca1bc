// Finds listed phrases (country names, titles, event words) in tokenized
// text in one pass: phrases are indexed by their first word and the longest
// match at a position wins.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sentences.h"

namespace annals {

class PhraseMatcher {
 public:
  // Adds `phrase` with a caller's `value` (an index into the caller's table).
  // A `proper` phrase (a name) matches only where its first word is written
  // with a capital letter; other phrases match in any case.
  void Add(std::string_view phrase, int value, bool proper);

  struct Match {
    size_t first_word = 0;
    size_t end_word = 0;  // one past
    int value = 0;
  };
  // The longest phrase starting at words[i] (not running past `end`), if any.
  // Inline so that the usual answer, no phrase starts with this word, costs
  // the caller no call.
  bool MatchAt(const std::vector<Word>& words, size_t i, size_t end, Match* match) const {
    return MayStart(words[i].hash) && MatchListAt(words, i, end, match);
  }
  // Every longest match in [begin, end), left to right, not overlapping.
  std::vector<Match> FindAll(const std::vector<Word>& words, size_t begin, size_t end) const;
  // The same into `out` (cleared first): a caller that reads sentence after
  // sentence keeps one buffer instead of allocating one a sentence.
  void FindAll(const std::vector<Word>& words, size_t begin, size_t end,
               std::vector<Match>* out) const;
  bool empty() const { return lists_.empty(); }
  // Whether some phrase may start with a word of this hash (Word::hash):
  // one bit of 64 per first word. A caller that asks a matcher of a few
  // first words at word after word tests it first, in one instruction or
  // two; false means MatchAt finds nothing there (perf38).
  bool MayStartWith(size_t hash) const { return (first_bits_ >> (hash >> 58) & 1) != 0; }
  // The same asked of the filter MatchAt tests first (two bits of 65,536
  // per first word): for a matcher of hundreds of first words, whose 64
  // bits above are all set. False: MatchAt finds nothing there.
  bool MayStart(size_t hash) const {
    return !filter_.empty() && TestBit(FilterBit(hash)) && TestBit(FilterBit2(hash));
  }

 private:
  // A phrase: its words are words_[first, first + length) and their
  // hashes hashes_[first, first + length), kept in two pools for all
  // entries (the load makes no vector per phrase; thousands of office
  // holders' names are added at every start).
  struct Entry {
    size_t first = 0;
    size_t length = 0;
    // hashes_[first + 1] (0 for one word), kept in the entry itself: most
    // entries of a list are turned away by it and the length without
    // reaching into the pools.
    size_t second_hash = 0;
    int value = 0;
    bool proper = false;
    bool acronym = false;  // "UN", "US": only an all-capital word matches
  };
  // Entries sharing a first word: those of two words or more grouped by
  // their second word's hash (ascending), each group longest first and in
  // the order added; then the one-word entries in the order added. Only
  // the group of the text's next word can match, and which of a group
  // matches first is what it was in one list longest first.
  struct List {
    std::vector<Entry> entries;
    // One bit (SecondBit) per second word of the entries of two words or
    // more, and where the one-word entries start: a text word whose
    // successor has no bit here goes straight to those. Lists that start
    // with a common word ("the", "foreign") hold dozens of longer phrases,
    // and most text words continue none of them.
    std::uint64_t seconds = 0;
    size_t singles_from = 0;  // the number of entries of two words or more
  };
  static std::uint64_t SecondBit(size_t hash) { return std::uint64_t{1} << (hash >> 58); }
  // The list for a first word's hash (Word::hash), or null. Words arrive
  // hashed, so matching costs no string hashing; the table is open addressing
  // over a power-of-two size, as every word of every sentence is looked up.
  const List* Find(size_t hash) const;
  bool MatchListAt(const std::vector<Word>& words, size_t i, size_t end, Match* match) const;
  // MatchListAt's work: the list's look-up and the two tests that turn
  // most words away, inline in FindAll; the entries tried by MatchEntries.
  bool TryList(const std::vector<Word>& words, size_t i, size_t end, Match* match) const;
  bool MatchEntries(const List& list, bool longer, size_t next_hash, const std::vector<Word>& words,
                    size_t i, size_t end, Match* match) const;
  // Whether `e` matches words [i, i + e.length) (not running past `end`).
  bool Matches(const Entry& e, const std::vector<Word>& words, size_t i, size_t end) const;
  List* FindOrAdd(size_t hash);
  struct Slot {
    size_t hash = 0;
    size_t list = 0;  // index into lists_ plus one; 0 for an empty slot
  };
  std::vector<Slot> slots_;
  std::vector<List> lists_;
  std::vector<std::string> words_;  // lower case, entry after entry
  std::vector<size_t> hashes_;      // WordHash of each: most mismatches cost one compare
  // One bit per first-word hash bucket: most text words start no phrase, and
  // the bit says so before any table probe.
  static constexpr size_t kFilterBits = size_t{1} << 16;
  // Two bits a hash (a Bloom filter): with one, thousands of first words
  // (names, titles) let one text word in six through to a table probe.
  static size_t FilterBit(size_t hash) { return (hash >> 24) & (kFilterBits - 1); }
  static size_t FilterBit2(size_t hash) { return (hash >> 44) & (kFilterBits - 1); }
  bool TestBit(size_t bit) const { return (filter_[bit / 64] >> (bit % 64) & 1) != 0; }
  std::vector<uint64_t> filter_;
  std::uint64_t first_bits_ = 0;  // MayStartWith's
};

// Lower-case words of `phrase` as Tokenize splits them.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace annals
