// Counts told from an event the article names: "two days after the
// bombing", "the day after his inauguration", "a week before the vote". The
// noun after "after"/"before" names an event of a family (an attack, an
// invasion, a summit ...); the earliest earlier sentence that tells an event
// of that family and gives a date is where the count runs from. The words
// are data/en/anchor_events.tsv (and the count words of data/en/numbers.tsv).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/resolve.h"
#include "sentences.h"

namespace annals {

// A count of days or months, signed: "three days before" is -3 days.
struct EventCount {
  int amount = 0;
  bool months = false;  // else days ("a week" is seven)
  // "weeks after", "months before": a length with no number. `amount` is
  // then only the sign of the turn word (+1 after, -1 before).
  bool vague = false;
};

class EventAnchorWords {
 public:
  // Reads data/en/anchor_events.tsv and data/en/numbers.tsv. A bad row
  // gives file:line:col.
  bool Load(Diagnostic* error);
  bool LoadFrom(std::string_view origin, std::string_view contents, std::string_view numbers_origin,
                std::string_view numbers, Diagnostic* error);
  bool empty() const { return families_.empty(); }
  // "after", "before": the word that opens the named event.
  bool IsTurn(const Word& word) const { return turn_words_.count(word) > 0; }
  // A bit per turn word (bit `WordHash % 64`): a word whose bit is clear
  // is no turn word, known without a look-up.
  uint64_t turn_bits() const { return turn_bits_; }

  // The family of the event named after the "after"/"before" at word `w`
  // ("after the bombing", "before Sunday's vote", "after his
  // inauguration"), or -1 when `w` is no such word or the noun is none of
  // the list.
  int NamedAt(const std::vector<Word>& words, size_t w) const;
  // Whether words [from, to) tell an event of `family` ("sank the ship",
  // "took office", "the summit").
  bool Tells(const std::vector<Word>& words, size_t from, size_t to, int family) const;
  // The count of `text` ("two days", "A week", "the day") read with the
  // direction word after it (at word `w`: "after" counts on, "before"
  // back), or none.
  std::optional<EventCount> CountOf(std::string_view text, const std::vector<Word>& words,
                                    size_t w) const;
  // Whether words [first, w) are a count ("the day") right before the
  // "after"/"before" at `w`: the phrase no time expression covers.
  bool CountWordsBefore(const std::vector<Word>& words, size_t w, size_t* first) const;
  // The count right before the "after"/"before" at `w`, signed by it: "two
  // days after" is +2, "a day before" -1, "hours after" or "shortly after"
  // 0 (the same day); "weeks after" (a `vague` word) is vague, signed +1.
  // `first` is the count's first word.
  std::optional<EventCount> CountRightBefore(const std::vector<Word>& words, size_t w,
                                             size_t* first) const;
  // Whether the "after"/"before" at `w` opens a clause of its own (a
  // subject, then a verb in the past: "after Peru broke off relations",
  // "before President Soto ordered ...") rather than naming an event with a
  // noun ("after the summit") or pointing back ("after it").
  bool ClauseAt(const std::vector<Word>& words, size_t w) const;

 private:
  std::optional<EventCount> Count(std::string_view count, std::string_view unit) const;
  // +1 for a turn word that counts on ("after"), -1 for one that counts
  // back ("before"), 0 for no turn word.
  int Turn(const Word& word) const { return !IsTurn(word) ? 0 : back_words_.count(word) ? -1 : 1; }

  std::vector<std::string> families_;
  std::unordered_map<std::string, int> nouns_;  // phrase -> family
  std::unordered_map<std::string, int> tells_;  // nouns_ and verbs
  std::unordered_map<std::string, int> counts_;
  std::unordered_map<std::string, int> units_;  // days in it, or -1 for a month
  WordSet modifiers_, turn_words_;
  WordSet back_words_;  // the turn words that count back ("before")
  WordSet soon_;        // "hours", "shortly": a count of no whole day
  WordSet past_;        // past verbs not ending in "-ed" ("broke", "sent")
  WordSet vague_;       // "days", "weeks", "months": a length with no number
  uint64_t turn_bits_ = 0;
  size_t longest_ = 1;  // words in the longest phrase
};

// `anchor` (a date of a day, a month or a year) moved on by `count`, into
// `out` (type, value, first_day, last_day, display): a day counted from a
// day; from a month or a year nothing finer than it has (its month or
// year, moved on by a count of months). False when `anchor` is no date.
bool CountFromAnchor(const TimeExpression& anchor, const EventCount& count, TimeExpression* out);

}  // namespace annals
