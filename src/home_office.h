// Offices named without a country: "the foreign ministry summoned the
// Indian high commissioner", "the economy minister met the U.S.
// ambassador". In a report datelined in a capital, such an office is the
// dateline country's own (wire style names the home government without
// its country), so it is the event's other side.
#pragma once

#include <string_view>
#include <vector>

#include "actors.h"
#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

class HomeOffices {
 public:
  // Reads data/en/home_offices.tsv (phrase, `office` or `speech`); a bad
  // row gives file:line:col.
  bool Load(Diagnostic* error);
  // Loads the table from `contents`, named `origin` in errors (for tests).
  bool LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error);

  // Whether words [begin, end) of a sentence name an office that takes
  // part in an event with no country of its own: not "Pakistan's foreign
  // secretary" or "the Indian envoy" (a country right before), not
  // "Foreign Minister Wang Yi" when the data knows his country, and not an
  // office that only reports the event ("..., the foreign ministry said").
  // `actors` are the lexicon's mentions of the sentence.
  bool NamesUnplacedOffice(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                           size_t begin, size_t end) const;

 private:
  enum Kind { kOffice = 0, kSpeech = 1 };
  PhraseMatcher phrases_;
};

}  // namespace annals
