// Event mentions in one article: which words name an event, which time
// expression governs it, who takes part, where, and whether it was held,
// is planned or was called off.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <date/date.h>

#include "actors.h"
#include "annals/diagnostic.h"
#include "annals/entry.h"
#include "annals/ingest.h"
#include "annals/resolve.h"
#include "home_office.h"
#include "narrative_time.h"
#include "phrase_matcher.h"
#include "sentences.h"
#include "verb_object_events.h"

namespace annals {

// One event as one sentence reports it.
struct Mention {
  std::string type;    // event type (data/en/event_types.tsv)
  std::string family;  // mentions of one family may be the same event
  std::string noun;    // what a headline calls the type ("state visit")
  std::string cameo;
  std::string date;        // TIMEX3 value of the governing time expression
  std::string qualifier;   // early | mid | late | about | before | after | ""
  date::sys_days first{};  // the days the date (with its qualifier) covers
  date::sys_days last{};
  std::string status;                                 // held | planned | cancelled
  std::set<std::string> actors;                       // alpha-3 / organisation codes
  std::vector<std::string> people;                    // in order of mention
  std::map<std::string, std::string> person_country;  // name -> alpha-3, where known
  std::string principal;                              // the visitor, the one who acted
  std::string place;                                  // city, or country for a visit with no city
  std::string place_country;
  std::string destination;  // where a visit went (a country or city name)
  std::string
      phrase;  // the event's noun phrase as written ("first China-U.S. ministerial dialogue")
  std::string topic;              // "on fighting cyber crimes"
  bool both_sides = false;        // "the two sides": the article's pair
  bool heads_of_state = false;    // "the two presidents"
  bool visitor_unplaced = false;  // a visitor whose country the text does not give
  bool present = false;           // dated by the publication day: reported in the present tense
  bool stay = false;  // a visit dated by its start and announced length ("a three-day visit")
  // A visit with no destination in its sentence ("made the trip in June"):
  // it went to the other of the article's two countries.
  bool undirected_visit = false;
  // "The two leaders met ...", "they spoke": the two countries the sentence
  // before named, when it named exactly two; else empty (the article's two).
  std::set<std::string> antecedent;
  Source source;
  size_t sequence = 0;  // order of mention over the whole build
};

// Language data of the event rules: event words, types, cue words,
// sentence splitting.
class EventRules {
 public:
  bool Load(Diagnostic* error);

  // Every dated event mention of `article`, given its resolved time
  // expressions. Undated mentions only add people and places to an event
  // named earlier in the article ("the dialogue held at ...").
  std::vector<Mention> Extract(const Article& article, const std::vector<TimeExpression>& times,
                               const ActorLexicon& actors) const;

  const SentenceRules& sentence_rules() const { return sentence_rules_; }

 private:
  struct Trigger {
    WordText type, family;  // compared with literals per mention: see WordText
    std::string noun, cameo;
    bool noun_phrase = true;  // a noun ("the dialogue") rather than a verb ("met")
  };
  // The present-tense cue that reports `trigger` as going on now ("is on",
  // "meets"), or "" when its clause speaks of another time.
  std::string PresentTense(const std::vector<Word>& words,
                           const std::vector<PhraseMatcher::Match>& cues,
                           const PhraseMatcher::Match& trigger, size_t scope_begin,
                           size_t scope_end) const;

  // The place of the gathering after a "sidelines of" cue between `from`
  // and `to` ("on the sidelines of the G20 summit in Hamburg").
  void SidelinesPlace(const std::vector<Word>& words, const std::vector<PhraseMatcher::Match>& cues,
                      const std::vector<ActorMention>& actors, size_t from, size_t to,
                      std::string* place, std::string* country) const;

  std::vector<Trigger> triggers_;
  int expel_trigger_ = -1;       // the event word an order to leave stands for
  int trade_trigger_ = -1;       // the event word "suspended beef imports" stands for
  int mission_trigger_ = -1;     // the event word "closed the U.S. consulate" stands for
  int recall_trigger_ = -1;      // ... "withdrew 41 diplomats"
  int visit_trigger_ = -1;       // ... "attended Ruto's swearing-in"
  int halt_talks_trigger_ = -1;  // ... "paused trade talks"
  PhraseMatcher trigger_matcher_;
  PhraseMatcher cue_matcher_;
  std::vector<uint64_t> cues_;  // by cue value: the kinds of each phrase, as bits
  std::unordered_set<std::string> np_stop_;
  std::unordered_set<std::string> anaphors_;
  std::unordered_set<std::string> place_prepositions_;
  std::unordered_set<std::string> occasions_;  // "ceremony", "news conference"
  NarrativeTimeWords narrative_;               // "hours later", "the same day"
  std::map<std::string, int> numbers_;         // "three" -> 3 (data/en/numbers.tsv)
  std::unordered_set<std::string> weekdays_;   // "sunday", "sun" (data/en/weekdays.tsv)
  SentenceRules sentence_rules_;
  HomeOffices home_offices_;       // "the foreign ministry": the dateline country's
  VerbObjectEvents verb_objects_;  // "called in the Indian envoy"
};

}  // namespace annals
