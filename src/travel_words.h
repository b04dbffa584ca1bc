// A traveller's way to a place told before its preposition ("heads to
// Nairobi", "leaves for Oslo", "is expected in Lima", "will be in Accra";
// issue 5, branch `visits29`). The words are the `go` rows of
// data/en/stay_words.tsv, which StayWords checks when it loads.
#ifndef ANNALS_TRAVEL_WORDS_H_
#define ANNALS_TRAVEL_WORDS_H_

#include <cstddef>
#include <vector>

#include "actors.h"
#include "sentences.h"

namespace annals {

// "heads", "leaves", "expected", "due", "be": a `go` word.
bool IsGoWord(const Word& word);

// The country, capital or place of `actors` that ends at word `end` and
// stands right after a `go` word and "to", "for", "in" or "at" (a "the"
// may come between: "heads to the Kenyan capital"), or nullptr.
const ActorMention* GonePlace(const std::vector<Word>& words, const SentenceSpan& s,
                              const std::vector<ActorMention>& actors, size_t end);

}  // namespace annals

#endif  // ANNALS_TRAVEL_WORDS_H_
