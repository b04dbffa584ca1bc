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

// "to", "for", "in", "at": a preposition that tells the place a `go` word
// leads to ("heads to Nairobi", "leaves for Oslo", "is expected in Lima").
// Closed-class grammar words, kept here rather than in a data file: the
// rules of GonePlace and of the visit a person's "in" tells both ask it.
bool IsGoPreposition(const Word& word);

// "was", "is", "were", "will": the auxiliary between a person and a `go`
// word or a place preposition ("X, who was in Beijing", "Y will be in
// Accra"). Grammar words, like IsGoPreposition's.
bool IsTravelAuxiliary(const Word& word);

// The country, capital or place of `actors` that ends at word `end` and
// stands right after a `go` word and "to", "for", "in" or "at" (a "the"
// may come between: "heads to the Kenyan capital"), or nullptr.
const ActorMention* GonePlace(const std::vector<Word>& words, const SentenceSpan& s,
                              const std::vector<ActorMention>& actors, size_t end);

}  // namespace annals

#endif  // ANNALS_TRAVEL_WORDS_H_
