// An act told as done during a stay ("the pact was signed during Ruiz's
// visit to Santiago"; talks29): the "during" after the act's noun and the
// plain run of words that leads from it to the stay. Shared by the rules
// that give such an act the stay's time (event_dates.cc) and its town
// (event_place.cc).
#pragma once

#include <cstddef>
#include <vector>

#include "sentences.h"

namespace annals {

// The word "during" at most seven words after word `end` of sentence `s`
// with no punctuation before it ("the pact between Peru and Chile was
// signed during"), or s.last_word when there is none.
size_t DuringAfter(const std::vector<Word>& words, const SentenceSpan& s, size_t end);

// Whether words [from, to) hold no punctuation but a possessive "'s" or an
// abbreviation's period ("during Peruvian President Ruiz's visit").
bool PlainUpTo(const std::vector<Word>& words, size_t from, size_t to);

}  // namespace annals
