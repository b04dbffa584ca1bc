// Finds listed phrases (country names, titles, event words) in tokenized
// text in one pass: phrases are indexed by their first word and the longest
// match at a position wins.
#pragma once

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
  bool MatchAt(const std::vector<Word>& words, size_t i, size_t end, Match* match) const;
  // Every longest match in [begin, end), left to right, not overlapping.
  std::vector<Match> FindAll(const std::vector<Word>& words, size_t begin, size_t end) const;
  bool empty() const { return by_first_word_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;  // lower case
    std::vector<size_t> hashes;      // WordHash of each word: most mismatches cost one compare
    int value = 0;
    bool proper = false;
    bool acronym = false;  // "UN", "US": only an all-capital word matches
  };
  // Hash of the first word (Word::hash) -> entries, longest first. Words
  // arrive hashed, so matching costs no string hashing.
  struct Identity {
    size_t operator()(size_t h) const { return h; }
  };
  std::unordered_map<size_t, std::vector<Entry>, Identity> by_first_word_;
};

// Lower-case words of `phrase` as Tokenize splits them.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace annals
