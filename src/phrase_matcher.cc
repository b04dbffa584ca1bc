#include "phrase_matcher.h"

#include <algorithm>

namespace annals {

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  thread_local std::string lowered;  // reused: no allocation per call
  for (const Word& w : Tokenize(phrase, &lowered)) out.emplace_back(w.lower);
  return out;
}

void PhraseMatcher::Add(std::string_view phrase, int value, bool proper) {
  // Tokenize hashes every word as it lower-cases it (Word::hash is
  // WordHash(lower)): the load takes those instead of hashing again.
  thread_local std::string lowered;  // reused: no allocation per call
  std::vector<Word> tokens = Tokenize(phrase, &lowered);
  if (tokens.empty()) return;
  // An acronym written in capitals ("UN", "U.N.") does not match a name
  // part ("Kim Jong Un"). The first word ends at a space or a hyphen (one
  // loop: a library search for either byte cost a call a byte).
  size_t letters = 0;
  bool capitals = true;
  for (char c : phrase) {
    if (c == ' ' || c == '-') break;
    if (c == '.') continue;
    ++letters;
    capitals = capitals && c >= 'A' && c <= 'Z';
  }
  Entry entry;
  entry.first = words_.size();
  entry.length = tokens.size();
  entry.second_hash = entry.length > 1 ? tokens[1].hash : 0;
  entry.value = value;
  entry.proper = proper;
  entry.acronym = proper && letters >= 2 && capitals;
  List& list = *FindOrAdd(tokens[0].hash);
  // The first entry added for a phrase wins; later duplicates are ignored.
  // A duplicate has the same words, so the same second word's hash: it can
  // only be in that group of the longer entries, or among the one-word
  // entries. Only those are compared (the list of a common first word
  // holds dozens of longer phrases).
  auto multi_end = list.entries.begin() + static_cast<std::ptrdiff_t>(list.singles_from);
  auto same_from = list.entries.begin();
  auto same_end = multi_end;
  if (entry.length > 1) {
    same_from = std::lower_bound(
        list.entries.begin(), multi_end, entry.second_hash,
        [](const Entry& e, size_t second_hash) { return e.second_hash < second_hash; });
  } else {
    same_from = multi_end;
    same_end = list.entries.end();
  }
  for (auto e = same_from; e != same_end; ++e) {
    if (entry.length > 1 && e->second_hash != entry.second_hash) break;
    if (e->length != entry.length || e->proper != entry.proper || e->acronym != entry.acronym)
      continue;
    bool same = true;
    for (size_t k = 0; k < e->length && same; ++k) same = words_[e->first + k] == tokens[k].lower;
    if (same) return;
  }
  for (const Word& w : tokens) {
    hashes_.push_back(w.hash);
    words_.emplace_back(w.lower);
  }
  if (entry.length > 1) {
    list.seconds |= SecondBit(entry.second_hash);
    // Into its second word's group, after the group's longer and equally
    // long entries.
    auto at = same_from;
    while (at != multi_end && at->second_hash == entry.second_hash && at->length >= entry.length)
      ++at;
    list.entries.insert(at, entry);
    ++list.singles_from;
  } else {
    list.entries.push_back(entry);
  }
}

// Inline: MatchListAt asks it of every word that passes the filter.
inline const PhraseMatcher::List* PhraseMatcher::Find(size_t hash) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.list == 0) return nullptr;
    if (slot.hash == hash) return &lists_[slot.list - 1];
  }
}

PhraseMatcher::List* PhraseMatcher::FindOrAdd(size_t hash) {
  // At most half full, so that a miss ends at an empty slot soon.
  if (2 * (lists_.size() + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.list == 0) continue;
      size_t at = slot.hash & mask;
      while (slots_[at].list != 0) at = (at + 1) & mask;
      slots_[at] = slot;
    }
  }
  size_t mask = slots_.size() - 1;
  size_t at = hash & mask;
  for (; slots_[at].list != 0; at = (at + 1) & mask) {
    if (slots_[at].hash == hash) return &lists_[slots_[at].list - 1];
  }
  lists_.emplace_back();
  slots_[at] = {hash, lists_.size()};
  if (filter_.empty()) filter_.assign(kFilterBits / 64, 0);
  filter_[FilterBit(hash) / 64] |= uint64_t{1} << (FilterBit(hash) % 64);
  filter_[FilterBit2(hash) / 64] |= uint64_t{1} << (FilterBit2(hash) % 64);
  first_bits_ |= uint64_t{1} << (hash >> 58);
  return &lists_.back();
}

inline bool PhraseMatcher::Matches(const Entry& e, const std::vector<Word>& words, size_t i,
                                   size_t end) const {
  if (i + e.length > end) return false;
  if (e.proper && !words[i].capitalized) return false;
  if (e.acronym && !words[i].all_caps) return false;
  // The later words' hashes first, an integer compare each; the text of
  // every word is compared once the hashes agree.
  const size_t* hashes = hashes_.data() + e.first;
  const std::string* entry_words = words_.data() + e.first;
  for (size_t k = 2; k < e.length; ++k) {
    if (words[i + k].hash != hashes[k]) return false;
  }
  for (size_t k = 0; k < e.length; ++k) {
    if (words[i + k].lower != entry_words[k]) return false;
  }
  return true;
}

bool PhraseMatcher::MatchEntries(const List& list, bool longer, size_t next_hash,
                                 const std::vector<Word>& words, size_t i, size_t end,
                                 Match* match) const {
  const Entry* const first = list.entries.data();
  const Entry* const singles = first + list.singles_from;
  const Entry* const last = first + list.entries.size();
  // Most text words continue no longer entry, and the list's bits of
  // second words said so without a search.
  if (longer) {
    const Entry* e =
        std::lower_bound(first, singles, next_hash,
                         [](const Entry& entry, size_t hash) { return entry.second_hash < hash; });
    for (; e != singles && e->second_hash == next_hash; ++e) {
      if (Matches(*e, words, i, end)) {
        *match = {i, i + e->length, e->value};
        return true;
      }
    }
  }
  for (const Entry* e = singles; e != last; ++e) {
    if (Matches(*e, words, i, end)) {
      *match = {i, i + 1, e->value};
      return true;
    }
  }
  return false;
}

// Inline in FindAll, for every word that passes the filter: the words
// turned away here ("the" and "of" start longer phrases only, and the
// next word continues none of them) cost no call.
inline bool PhraseMatcher::TryList(const std::vector<Word>& words, size_t i, size_t end,
                                   Match* match) const {
  const List* list = Find(words[i].hash);
  if (!list) return false;
  // The next word's hash picks the one group of longer entries that may
  // match. (0 past the end: no entry of two or more words can match
  // there, and Matches says so anyway.)
  const size_t next_hash = i + 1 < end ? words[i + 1].hash : 0;
  const bool longer = (list->seconds & SecondBit(next_hash)) != 0;
  if (!longer && list->singles_from == list->entries.size()) return false;
  return MatchEntries(*list, longer, next_hash, words, i, end, match);
}

bool PhraseMatcher::MatchListAt(const std::vector<Word>& words, size_t i, size_t end,
                                Match* match) const {
  return TryList(words, i, end, match);
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const std::vector<Word>& words,
                                                         size_t begin, size_t end) const {
  std::vector<Match> out;
  FindAll(words, begin, end, &out);
  return out;
}

void PhraseMatcher::FindAll(const std::vector<Word>& words, size_t begin, size_t end,
                            std::vector<Match>* out) const {
  out->clear();
  if (filter_.empty()) return;
  // The filter's words in a local: the pushes below could, as far as the
  // compiler knows, change filter_, and it would load it again a word.
  const std::uint64_t* filter = filter_.data();
  auto test = [filter](size_t bit) { return (filter[bit / 64] >> (bit % 64) & 1) != 0; };
  Match m;
  for (size_t i = begin; i < end;) {
    const size_t hash = words[i].hash;
    if (test(FilterBit(hash)) && test(FilterBit2(hash)) && TryList(words, i, end, &m)) {
      // Room for a few at the first: growing one by one reallocated twice
      // in most sentences with a match.
      if (out->capacity() == 0) out->reserve(8);
      out->push_back(m);
      i = m.end_word;
    } else {
      ++i;
    }
  }
}

}  // namespace annals
