#include "phrase_matcher.h"

#include <algorithm>

namespace annals {

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  for (Word& w : Tokenize(phrase)) out.push_back(std::move(w.lower));
  return out;
}

void PhraseMatcher::Add(std::string_view phrase, int value, bool proper) {
  Entry entry{PhraseWords(phrase), {}, value, proper, false};
  if (entry.words.empty()) return;
  for (const std::string& word : entry.words) entry.hashes.push_back(WordHash(word));
  // An acronym written in capitals ("UN", "U.N.") does not match a name
  // part ("Kim Jong Un").
  std::string_view first = phrase.substr(0, phrase.find_first_of(" -"));
  size_t letters = 0;
  bool capitals = true;
  for (char c : first) {
    if (c == '.') continue;
    ++letters;
    capitals = capitals && c >= 'A' && c <= 'Z';
  }
  entry.acronym = proper && letters >= 2 && capitals;
  std::vector<Entry>& list = by_first_word_[WordHash(entry.words[0])];
  // The first entry added for a phrase wins; later duplicates are ignored.
  for (const Entry& e : list) {
    if (e.words == entry.words && e.proper == entry.proper && e.acronym == entry.acronym) return;
  }
  auto at = std::find_if(list.begin(), list.end(),
                         [&](const Entry& e) { return e.words.size() < entry.words.size(); });
  list.insert(at, std::move(entry));
}

bool PhraseMatcher::MatchAt(const std::vector<Word>& words, size_t i, size_t end,
                            Match* match) const {
  auto it = by_first_word_.find(words[i].hash);
  if (it == by_first_word_.end()) return false;
  for (const Entry& e : it->second) {
    if (i + e.words.size() > end) continue;
    if (e.proper && !words[i].capitalized) continue;
    if (e.acronym && !words[i].all_caps) continue;
    bool same = words[i].lower == e.words[0];
    for (size_t k = 1; k < e.words.size() && same; ++k) {
      same = words[i + k].hash == e.hashes[k] && words[i + k].lower == e.words[k];
    }
    if (!same) continue;
    *match = {i, i + e.words.size(), e.value};
    return true;
  }
  return false;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const std::vector<Word>& words,
                                                         size_t begin, size_t end) const {
  std::vector<Match> out;
  for (size_t i = begin; i < end;) {
    Match m;
    if (MatchAt(words, i, end, &m)) {
      out.push_back(m);
      i = m.end_word;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace annals
