#include "travel_words.h"

#include <string>

#include "annals/tsv.h"

namespace annals {

namespace {

// Read once. StayWords::Load checks the same file at start-up and stops the
// run on a bad row, so a failure here cannot be reached.
const WordSet& GoWords() {
  static const WordSet words = [] {
    std::vector<std::string> go;
    Diagnostic unreachable;
    ReadFirstFieldsWhere("data/en/stay_words.tsv", 1, "go", &go, &unreachable);
    WordSet set;
    for (const std::string& w : go) set.insert(w);
    return set;
  }();
  return words;
}

}  // namespace

bool IsGoWord(const Word& word) { return GoWords().count(word) > 0; }

bool IsGoPreposition(const Word& word) {
  const WordText& w = word.lower;
  return w == "to" || w == "for" || w == "in" || w == "at";
}

bool IsTravelAuxiliary(const Word& word) {
  const WordText& w = word.lower;
  return w == "was" || w == "is" || w == "were" || w == "will";
}

const ActorMention* GonePlace(const std::vector<Word>& words, const SentenceSpan& s,
                              const std::vector<ActorMention>& actors, size_t end) {
  for (const ActorMention& am : actors) {
    bool place_like = am.kind == ActorKind::kCountry || am.kind == ActorKind::kCapital ||
                      am.kind == ActorKind::kPlace;
    if (!place_like || am.end_word != end || am.first_word < s.first_word + 2) continue;
    size_t p = am.first_word - 1;
    if (words[p].lower == "the" && p > s.first_word + 1) --p;
    if (IsGoPreposition(words[p]) && IsGoWord(words[p - 1])) return &am;
  }
  return nullptr;
}

}  // namespace annals
