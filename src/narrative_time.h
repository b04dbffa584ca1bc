// Times the text counts from the event it has just told of: "the same day",
// "the next day", "hours later", "a day after", "earlier that month". The
// resolver reads them against the last time expression, whatever its
// precision; the assembler must neither invent a day from a month nor lose
// the event when the resolver gives no date.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annals/resolve.h"
#include "event_anchor.h"
#include "sentences.h"

namespace annals {

// Vocabulary from data/en/event_cues.tsv.
struct NarrativeTimeWords {
  // A word of a resolved phrase that points back to a time just told
  // ("that", "same", "following"): "that month" is not "this month".
  std::unordered_set<std::string> anaphoric;
  // Weaker: a day phrase opened by one of these ("the next day", not
  // "next week") counts from the time told before, a month phrase need not.
  std::unordered_set<std::string> article;
  // Phrases with no time of their own: the day just told ("hours later"),
  // or shortly after it ("days later").
  std::unordered_set<std::string> same_day;
  std::unordered_set<std::string> days_after;
  // A resolver that gives "the next day" after a bare year the year itself
  // (it invents no day) leaves the step to be read from the words: +1, -1
  // or 0 for "next"/"following", "previous", "same", in a phrase holding one
  // of `day_units` ("day").
  std::unordered_map<std::string, int> day_step;
  std::unordered_set<std::string> day_units;
  // Follows a count of days: "a day after", "two days on".
  WordSet offset;
  // Opens a sentence with a short count: "Within 48 hours, ..." happened
  // from the day just told to shortly after it.
  WordSet within;
  // Last words of same_day and days_after phrases, where a match can end.
  // A handful, looked up at every word: a vector beats hashing each word.
  std::vector<std::string> last_words;
  std::vector<size_t> last_word_hashes;  // WordHash of each, compared first
  // "two days after the bombing": the events a count is told from
  // (data/en/anchor_events.tsv).
  EventAnchorWords anchors;

  bool empty() const { return same_day.empty() && days_after.empty() && anaphoric.empty(); }
};

// A time expression and where it stands in the body read: its own offsets,
// or those moved along by a headline put before the body.
struct PlacedTime {
  const TimeExpression* time;
  size_t begin, end;
};

// Fills `out` with `times` re-read against the narrative and returns true,
// or returns false (leaving `out` alone) when nothing changes. It copies no
// time it keeps: `out` points into `times` and, for the times it makes or
// changes, into `store` (whose offsets are those of `body`); `times` stand
// `shift` bytes earlier than in `body` (a headline put before the body).
// - a relative day ("the same day", "the next day") counted off a month
//   keeps the month ("in June ... the same day" is June, not 1 June); off a
//   year or a week it gives no date;
// - "earlier that month" counted off a year ("the 2020 election") takes the
//   month of the last time told to the month or day, else gives no date;
// - "hours later", "days later" (qualifier after) and "a day after" get a
//   time of their own: the last day the text gave, or the day after it;
// - "Within 48 hours, ..." opening a sentence, a count of at most three
//   days, dates like "days later";
// - "eight months later", "a week later" with no time told before them
//   give no date (the resolver counted them from the publication date).
bool AnchorNarrativeTimes(std::string_view body, const std::vector<Word>& words,
                          const std::vector<TimeExpression>& times, size_t shift,
                          const NarrativeTimeWords& vocabulary, std::deque<TimeExpression>* store,
                          std::vector<PlacedTime>* out);

}  // namespace annals
