// Summonses told without "summon": "called in the Indian charge
// d'affaires", "hauled in the U.S. ambassador". The verb alone is no event
// ("called in a statement for calm"); with an envoy a few words on, with
// only his country and modifiers between, it is a summons.
#pragma once

#include <string_view>
#include <vector>

#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

class EnvoySummons {
 public:
  // Reads data/en/envoy_summons.tsv (phrase, `verb`, `envoy` or `event`).
  // The `event` row is an event word of `events` (the caller's event
  // matcher, "summoned"): every summons found stands for it.
  bool Load(const PhraseMatcher& events, Diagnostic* error);
  bool LoadFrom(std::string_view origin, std::string_view contents, const PhraseMatcher& events,
                Diagnostic* error);

  // Adds to `triggers` (sorted by first word, not overlapping) a match over
  // "verb ... envoy" for each summons in words [begin, end) that no event
  // word already covers.
  void AddTriggers(const std::vector<Word>& words, size_t begin, size_t end,
                   std::vector<PhraseMatcher::Match>* triggers) const;

 private:
  enum Kind { kVerb = 0, kEnvoy = 1 };
  PhraseMatcher phrases_;
  int summon_trigger_ = -1;  // the `event` row's value in the caller's matcher
};

}  // namespace annals
