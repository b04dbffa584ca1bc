// What the event rules keep while they read one article: its words and
// sentences, its calendar times as word ranges, what earlier sentences told
// (people, countries, the last day given) and the mentions found so far; and
// per sentence and per event word, what the steps of EventRules::Extract
// hand on to each other.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "actors.h"
#include "annals/ingest.h"
#include "annals/resolve.h"
#include "mention.h"
#include "narrative_time.h"
#include "phrase_matcher.h"
#include "resolve_lexicon.h"
#include "sentences.h"

namespace annals {

// An event word of data/en/events.tsv with what its type says.
struct EventTrigger {
  WordString type, family;  // compared with literals per mention: see WordString
  std::string noun, cameo;
  bool noun_phrase = true;  // a noun ("the dialogue") rather than a verb ("met")
};

// A calendar time expression as a range of words.
struct TimeSpan {
  const TimeExpression* time;
  size_t first_word, end_word;
};

// The buffers of a SentenceReading's vectors, handed from one sentence to
// the next (SentenceReading::Take and Give): an article's sentences then
// allocate them once, not a handful of times a sentence.
struct SentenceStorage {
  std::vector<ActorMention> actors;
  std::vector<PhraseMatcher::Match> triggers, cues;
  std::vector<TimeSpan> sentence_times;
  std::vector<size_t> gapped_follows, distance_of;
  std::vector<int> time_of;
};

// One article as the event rules read it, sentence by sentence.
struct ArticleReading {
  // Tokenizes and splits `article` (which must have a publication date),
  // anchors its narrative times ("the same day") and keeps its calendar
  // times as word ranges. `article` and `resolved` must outlive the reading.
  ArticleReading(const Article& article, const std::vector<TimeExpression>& resolved,
                 const SentenceRules& sentence_rules, const NarrativeTimeWords& narrative,
                 const ActorLexicon& lexicon);
  // The same with `body` read in place of the article's own: its headline
  // and body, where the resolved times of the body stand `shift` bytes on.
  // `body` must outlive the reading too. `tokenized`, when not null and
  // made of article.body, gives the body's words (AppendWordsFromTokens);
  // it must outlive the reading as well.
  ArticleReading(const Article& article, const std::string& body,
                 const std::vector<TimeExpression>& resolved, size_t shift,
                 const SentenceRules& sentence_rules, const NarrativeTimeWords& narrative,
                 const ActorLexicon& lexicon, const TokenizedText* tokenized = nullptr);
  ArticleReading(const ArticleReading&) = delete;  // time_spans point into times
  ArticleReading& operator=(const ArticleReading&) = delete;

  const Article& article;
  const std::string& body;
  const date::sys_days published;
  // Formatted once: every mention of the article carries it.
  const std::string published_text;
  // The body lower-cased: every word's `lower` points into it (or, for
  // words made of the resolver's tokens, into their TokenizedText).
  std::string lowered;
  std::vector<Word> words;
  // A sentence opening with a dateline ("NAIROBI, March 13 (East Wire) -")
  // starts, as the rules read it, at the word after the dateline's dash;
  // its byte range (the quote a source gives) still holds the dateline.
  std::vector<SentenceSpan> sentences;
  // "The same day", "hours later": read against the event just told. Only
  // the times the narrative made or changed; time_spans point into these
  // and into the resolved times.
  std::deque<TimeExpression> anchored;
  PersonMemory memory;
  // The sides of the last undated measure of each type: "announced
  // sanctions against Russia. The sanctions took effect on March 1" dates
  // that event by its later, definite mention.
  std::map<std::string, std::set<std::string>> undated_sides;
  std::map<std::string, int> country_counts;  // for "the two sides"
  // The two sides the last sentence that named exactly two named (its
  // countries, demonyms and people's countries), and that sentence's
  // paragraph: "the two countries" later in that paragraph or the next
  // (probes33).
  std::set<std::string> last_pair;
  size_t last_pair_paragraph = 0;
  // Every side the article has named (countries, demonyms, people's
  // countries; not places): with --pair, an article that names no other
  // is about the pair.
  std::set<std::string> sides_named;
  std::set<std::string> current_countries;  // named by the sentence being read
  // The capitals the body names (capital's name -> the sentences naming
  // it) and the names of countries it names, for a visit placed in its
  // host country (scope22).
  std::map<std::string, std::vector<size_t>> capitals_named;
  std::set<std::string> countries_named;
  // The people (name, country) the sentence being read names, for "the two
  // men" in the next.
  std::vector<std::pair<std::string, std::string>> current_people;
  std::string dateline_city, dateline_country;
  // The dateline country's name ("Peru"), for a visit placed in it.
  std::string dateline_country_name;
  // The country of the body (country, government, company) and of the
  // person the paragraph being read last named as a sentence's subject,
  // for "it", "her department", "the ministry" after it (sides20); empty
  // when there is none or it has no side.
  std::string subject_body, subject_person;
  // Calendar time expressions as word ranges.
  std::vector<TimeSpan> time_spans;
  size_t next_time = 0;  // the first of time_spans not yet given to a sentence
  // The last time of the day-precision the text gave, and in which
  // sentence: "After the ceremony, the two went into talks" happens on the
  // day the ceremony was just dated to.
  const TimeExpression* recent_day = nullptr;
  size_t recent_day_sentence = 0, sentence_index = 0;
  // Sentences that gave a day, for "After the ceremony" to find the one
  // that told of the ceremony.
  std::vector<std::pair<const SentenceSpan*, const TimeExpression*>> day_sentences;
  // Per sentence: the paragraph it stands in (the headline is one), so
  // that a date carried to a sentence with none stops at a paragraph break.
  std::vector<size_t> paragraph_of;
  // "Peru expelled the envoy ... The ministry announced the measures late
  // on Sunday": the day a sentence of the lead's paragraph or the next
  // gives the acts of the lead (act-noun of carried_dates.tsv), and that
  // sentence's index (counted as sentence_index is); null when none.
  const TimeExpression* lead_day = nullptr;
  size_t lead_day_sentence = 0;
  // "Ruiz arrived on Tuesday": the arrivals the body tells with a plain
  // day, by a person of another country than the dateline's (the country;
  // empty for a pronoun), for the visit they began (visits26).
  std::vector<std::pair<std::string, date::sys_days>> arrivals;
  // "Kenya's president left for Oslo on Tuesday. He will hold talks ...":
  // the one person the sentence just read told going to a town, and the
  // town (its name and country); empty when that sentence told no such
  // trip (probes33).
  std::string trip_person, trip_place, trip_country;
  std::vector<Mention> mentions;
  // Per mention: the time expression that dates it (null when dated by
  // the publication day) and the sentence it was told in.
  std::vector<std::pair<const TimeExpression*, size_t>> mention_origin;
  SentenceStorage sentence_storage;  // between two sentences
};

// One sentence: its people and places, event words and times.
struct SentenceReading {
  explicit SentenceReading(const SentenceSpan& span) : s(span), opener_end(span.first_word) {}

  const SentenceSpan& s;
  std::vector<ActorMention> actors;
  // "They held their first meeting": the countries the sentence before named.
  std::set<std::string> previous_countries;
  // "Kenya and Norway signed a deal. Ruto praised it. The two sides also
  // agreed ...": the two the article last named together, in a sentence
  // of this paragraph or the one before (empty when none).
  std::set<std::string> recent_pair;
  // "Boluarte called Boric. The two men spoke again": who the sentence
  // before named (name, country).
  std::vector<std::pair<std::string, std::string>> previous_people;
  // ArticleReading's subject_body and subject_person as the sentences
  // before this one left them.
  std::string carried_body, carried_person;
  // Companies that stand for their country ("Aeroflot"), not in `actors`.
  std::vector<ActorMention> companies;
  std::vector<PhraseMatcher::Match> triggers;  // event words, in order
  size_t sentence_first_mention = 0;           // the first mention this sentence adds
  std::vector<TimeSpan> sentence_times;
  std::vector<PhraseMatcher::Match> cues;
  // "After the ceremony, ...": the day the opener refers to, and where the
  // opener ends.
  const TimeExpression* opener_day = nullptr;
  size_t opener_end;
  // The day the sentence before gave, in the same paragraph, or null:
  // what "It also said ..." or "Within hours, ..." may be dated by.
  const TimeExpression* previous_day = nullptr;
  std::vector<size_t> gapped_follows;  // where left-out "followed" verbs stand
  // Per event word: the index in sentence_times of the time that governs
  // it (or -1), and how far that time stands from it.
  std::vector<int> time_of;
  std::vector<size_t> distance_of;
  bool both_sides = false, heads = false;  // "the two sides", "the two presidents"
  std::set<std::string> sentence_countries;

  // Whether word `w` is part of one of the sentence's times.
  bool InTime(size_t w) const {
    return std::any_of(sentence_times.begin(), sentence_times.end(),
                       [&](const TimeSpan& t) { return t.first_word <= w && w < t.end_word; });
  }

  // Takes the (empty) buffers of `storage` for the vectors above, and gives
  // them back emptied when the sentence is read.
  void Take(SentenceStorage* storage) {
    actors.swap(storage->actors);
    triggers.swap(storage->triggers);
    cues.swap(storage->cues);
    sentence_times.swap(storage->sentence_times);
    gapped_follows.swap(storage->gapped_follows);
    distance_of.swap(storage->distance_of);
    time_of.swap(storage->time_of);
  }
  void Give(SentenceStorage* storage) {
    actors.clear();
    triggers.clear();
    cues.clear();
    sentence_times.clear();
    gapped_follows.clear();
    distance_of.clear();
    time_of.clear();
    Take(storage);
  }
};

// One event word of a sentence on its way to a mention.
struct EventReading {
  EventReading(size_t index, const PhraseMatcher::Match& match, const EventTrigger& event)
      : k(index), tm(match), trigger(event) {}

  const size_t k;  // index in SentenceReading::triggers
  const PhraseMatcher::Match& tm;
  const EventTrigger& trigger;
  // The words that speak of this event, the end of the words its sides
  // are taken from, and the event's own clause.
  size_t scope_begin = 0, scope_end = 0, actors_end = 0, clause_begin = 0, clause_end = 0;
  // A repeat of the visit just told ("the commerce secretary followed").
  std::set<std::string> repeated_actors;
  std::string repeated_destination, repeated_place, repeated_country;
  bool repeated = false;
  Mention m;  // what the steps find, from StartMention on
  // Where the event was, as the scope says ("in Beijing").
  std::string at_place, at_country;
  size_t at_place_end = 0;
  bool at_capital = false;
  std::set<std::string> organizations;  // "the G20 summit": a venue's name, not a side
  bool dateline_candidate = false;
  // The town the sentence before told a person of this event going to: its
  // place, rather than the dateline's, when it is near the story's day
  // (probes33).
  std::string trip_place, trip_country;
  // A time the event takes from elsewhere in the text, and the words given for it.
  const TimeExpression* borrowed = nullptr;
  std::string borrowed_phrase;
  size_t lead = 0;  // the earlier mention an undated one tells more of, or mentions.size()
  std::string present_phrase;
  const TimeExpression* time = nullptr;  // the time that dates the mention
  size_t past_verb = 0;
  // "agreements signed in 1998 and 2001": the second event and its time.
  std::optional<Mention> second;
  const TimeExpression* second_time = nullptr;
};

}  // namespace annals
