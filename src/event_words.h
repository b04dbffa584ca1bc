// The words and cue kinds the event rules test over and over: cue kinds as
// bits, past tense and participles, clause ends, datelines, and text helpers
// for what a mention quotes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "sentences.h"

namespace annals {

// Cue kinds as bits: the rules test them for every event word of a sentence.
enum CueBit : uint64_t {
  kFuture = 1u << 0,
  kCancel = 1u << 1,
  kBothSides = 1u << 2,
  kHeadsOfState = 1u << 3,
  kVisitDestination = 1u << 4,
  kAgent = 1u << 5,
  kOtherEvent = 1u << 6,
  kRelative = 1u << 7,
  kPlaceAdjective = 1u << 8,
  kSpeech = 1u << 9,
  kNotEvent = 1u << 10,
  kPresent = 1u << 11,
  kPlaceNoun = 1u << 12,
  kLeaveOrder = 1u << 13,
  kClockTime = 1u << 14,
  kSidelines = 1u << 15,
  kTradeHalt = 1u << 16,
  kTradeGoods = 1u << 17,
  kMeasure = 1u << 18,
  kFollows = 1u << 19,
  kMissionClose = 1u << 20,
  kMission = 1u << 21,
  // 1u << 22 was past-plan, now the resolver's (Parser::PastPlan).
  kImpose = 1u << 23,
  kLevy = 1u << 24,
  kWithdraw = 1u << 25,
  kEnvoys = 1u << 26,
  kTalksHalt = 1u << 27,
  kTalks = 1u << 28,
  kMultilateral = 1u << 29,
  kPartyCount = 1u << 30,
  kAttend = 1ull << 31,
  kCeremony = 1ull << 32,
  kProposal = 1ull << 33,
  kAccordVerb = 1ull << 34,
  kAccordExit = 1ull << 35,
  kHypothetical = 1ull << 36,
  kRequest = 1ull << 37,
  kTwoSided = 1ull << 38,
  kApproval = 1ull << 39,
  kPastPlan = 1ull << 40,
  kDeclareEnd = 1ull << 41,
  kOver = 1ull << 42,
  kKin = 1ull << 43,
  kBorder = 1ull << 44,
  kReleaseVerb = 1ull << 45,
  kCancelGathering = 1ull << 46,
  kPlanOnly = 1ull << 47,
  kReportedFuture = 1ull << 48,
  kCraft = 1ull << 49,
  kMemory = 1ull << 50,
  kDecision = 1ull << 51,
  kPraised = 1ull << 52,
  kNotHeld = 1ull << 53,
  kStillHolds = 1ull << 58,
  kBroadcast = 1ull << 54,
  kCourt = 1ull << 55,
  kBringTogether = 1ull << 57,
  kFightingOn = 1ull << 60,
  kSequel = 1ull << 61,
  kBreach = 1ull << 62,
};

// The cue kind data/en/event_cues.tsv names `kind` ("future"), or 0 when
// it names no kind matched in the text.
uint64_t CueBitOf(std::string_view kind);

inline bool Contains(uint64_t kinds, uint64_t bit) { return (kinds & bit) != 0; }

// The days "early/mid/late" pick out of a month (thirds) or a year (four
// months each), so that "early September" and "late September" are told
// apart when mentions are merged. Other spans are kept whole.
void NarrowSpan(const std::string& qualifier, date::sys_days* first, date::sys_days* last);

// The determiner of the noun phrase an event noun at word `noun` ends
// ("the 2015 nuclear deal", "Iran's accord"), up to five words back with no
// punctuation between; `noun` itself when there is none or an indefinite one.
size_t DeterminerBefore(const std::vector<Word>& words, size_t sentence_first, size_t noun);

// `text` with each run of white space made one space and none at the ends:
// a quote or a phrase as a headline shows it.
std::string Collapse(std::string_view text);
// Sentence `s` of `body` as Collapse gives it: a plain copy when its words
// stand one space apart (most sentences; SplitSentences knows), without
// reading it byte by byte.
std::string CollapseSentence(std::string_view body, const SentenceSpan& s);

std::string LowerWord(std::string_view text);

// The word after a dateline's dash when the sentence opens with one (a place
// in capitals, then a dash within a few words: "MOSCOW, Nov. 28 (AP) --");
// else `first`.
size_t DatelineEnd(const std::vector<Word>& words, size_t first, size_t last);

// The word after the "in" that follows a visit verb and its site a few
// plain words on ("toured a Norwegian-funded solar plant in Kenya": at
// "Kenya"; a "the" after "in" passed over), or `s.last_word` when the
// clause has none (probes34).
size_t SiteTownAfter(const std::vector<Word>& words, const SentenceSpan& s, size_t from);

// A semicolon between two words: they are in different clauses.
bool ClauseBreakBetween(const std::vector<Word>& words, size_t from, size_t to);

// A mark (a comma, a dash, a quotation mark ...) among words [from, to):
// the words on either side are not one plain run.
inline bool MarkBetween(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].punct) return true;
  }
  return false;
}

// A mark among words [from, to) other than a possessive "'s": "Peru's
// border" is still one plain run of words.
// The most words of a short name told beside a noun: "Storskog, the last
// crossing", "its ambassador, Ana Rios,".
constexpr size_t kMaxShortNameWords = 3;

// Whether words [from, to) are one short name: one to kMaxShortNameWords
// capitalized words.
inline bool ShortNameRun(const std::vector<Word>& words, size_t from, size_t to) {
  if (to <= from || to - from > kMaxShortNameWords) return false;
  for (size_t w = from; w < to; ++w)
    if (!words[w].capitalized || !words[w].alpha) return false;
  return true;
}

// Whether the words from `at` on spell `phrase`, one lower-case word a
// place (the caller keeps the phrase inside the sentence).
inline bool SpellsAt(const std::vector<Word>& words, size_t at,
                     const std::vector<std::string>& phrase) {
  for (size_t i = 0; i < phrase.size(); ++i)
    if (words[at + i].lower != phrase[i]) return false;
  return true;
}

inline bool MarkBesidesPossessive(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].punct && words[w].lower != "'s") return true;
  }
  return false;
}

// "in August 2019", "on 15 January 2020": the phrase states its year
// (four digits in a row).
bool HasYear(std::string_view text);

inline bool IsPastTense(const Word& w) {
  return w.alpha && !w.capitalized && w.lower.size() > 3 &&
         w.lower.compare(w.lower.size() - 2, 2, "ed") == 0;
}

// "signed a decree on Saturday imposing sanctions": a present participle
// right after a time opens a clause the time also dates.
inline bool IsParticiple(const Word& w) {
  return w.alpha && !w.capitalized && w.lower.size() > 5 &&
         w.lower.compare(w.lower.size() - 3, 3, "ing") == 0;
}

// Conflict and relations language (protests, sanctions, incidents): common
// in news about third countries, so their participants are taken from the
// event's own clause only.
inline bool IsConflictFamily(const WordText& family) {
  return family == "protest" || family == "sanction" || family == "incident";
}

// The end of the clause that holds words [from, ...): a semicolon, or a
// comma before a conjunction that opens a new clause ("..., and the United
// States praised China").
// (Inline: FindScope asks it of every word back to the sentence's start.)
inline size_t ClauseEnd(const std::vector<Word>& words, size_t from, size_t last) {
  for (size_t w = from; w < last; ++w) {
    const WordText& x = words[w].lower;
    if (x == ";") return w;
    if (x == "," && w + 1 < last) {
      const WordText& next = words[w + 1].lower;
      if (next == "and" || next == "but" || next == "while" || next == "whereas") return w;
    }
  }
  return last;
}

}  // namespace annals
