// The resolver's tokenizer and its word tables (data/en/*.tsv), loaded and
// checked once. Rules look words up here instead of spelling them in code.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <date/date.h>

#include "annals/diagnostic.h"
#include "byte_words.h"

namespace annals {

struct WordInfo;

// One word, number or punctuation mark of the input.
struct Token {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  // Lower-cased (curly apostrophes read as '): a view into the copy of the
  // text Tokenize lower-cases once, so a token costs no string of its own.
  std::string_view lower;
  size_t hash = 0;  // of `lower`, set by Tokenize for Lexicon::Annotate
  bool number = false;
  bool alpha = false;
  bool capitalized = false;
  bool space_before = false;  // whitespace separates it from the previous token
  bool newline_before = false;
  // A word of the event reading's tokenizer (sentences.h) that starts here
  // is this token, no more and no less: an ASCII mark other than "'", or a run of
  // ASCII letters or digits that no letter, digit or non-ASCII byte goes on
  // from and that is no single letter before a period ("U.S."). Set by
  // Tokenize, which has the byte after the run at hand.
  bool whole_word = false;
  const WordInfo* info = nullptr;  // what the lexicon knows of the word, if anything
};

// Splits `text` into tokens. Letters and digits form runs; every other byte
// (or UTF-8 sequence) is a token of its own. `lowered` receives the text
// lower-cased (ASCII letters only): the tokens' `lower` views point into
// it (or at a static "'"), so they are valid while it is unchanged.
void Tokenize(std::string_view text, std::string* lowered, std::vector<Token>* tokens);
struct Lexicon;
// Tokenize and then lexicon.Annotate, in one pass: each word is looked up
// as it is read, while its bytes and hash are at hand.
void TokenizeAnnotated(std::string_view text, const Lexicon& lexicon, std::string* lowered,
                       std::vector<Token>* tokens);

// A text's tokens kept after the resolver read them (Resolver::Resolve
// with `kept`), for a later reader of the same text: the event rules make
// their words of them (AppendWordsFromTokens) instead of splitting the text
// again. The tokens' `lower` views point into `lowered`: keep the holder in
// place (a moved short string moves its bytes).
struct TokenizedText {
  std::string_view text;  // the text tokenized
  std::string lowered;
  std::vector<Token> tokens;
};

// The hash Tokenize gives each token's `lower` (byte_words::HashBytes, the
// assembler's WordHash too).
size_t LowerHash(std::string_view lower);

// What a word of data/en/tense.tsv says of the tense of its clause. Past,
// present and future are also the direction they give (-1, 0, +1); the
// others need the words around them to decide.
namespace tense_word {
constexpr int kPast = -1;
constexpr int kPresent = 0;
constexpr int kFuture = 1;
constexpr int kPlan = 2;      // "scheduled", "set": future after "be" or before "to"/"for"
constexpr int kModal = 3;     // "could": future unless "not"/"have" follows
constexpr int kNone = 4;      // "-ed" words that are no past verb ("hundred")
constexpr int kIntent = 5;    // "agreed": future before "to" and a verb
constexpr int kSchedule = 6;  // "meet Monday": a timetable verb
constexpr int kMove = 7;      // "postponed to Thursday": a date moved later
constexpr int kReport = 8;    // "reports results": a timetable verb only before its object
}  // namespace tense_word

// The word tables' hash: the tokenizers' inlined eight-byte one
// (byte_words::HashBytes), not std::hash, which is a library call per
// look-up and ran for every word a rule asked a table of (SaidRightBefore
// alone asks one for nearly every time expression). No answer depends on
// the hash: the tables are only looked up, and what is built by walking
// them (the `words` index, the flags in WordInfo) comes out the same in
// any order.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return static_cast<size_t>(byte_words::HashBytes(s.data(), s.size()));
  }
};
template <typename V>
using WordMap = std::unordered_map<std::string, V, TransparentHash, std::equal_to<>>;

struct Unit {
  std::string code;  // D, W, M, Q, Y, DE, CE, WE; H, M, S for clock units
  int count = 1;     // a fortnight is two weeks
  bool time = false;
};

// A multi-word entry (holidays, vague words, modifiers) as its lower-cased
// tokens, with the payload of its table.
struct Phrase {
  std::vector<std::string> words;
  std::string value;
  std::string kind;
};

// Everything the tables say about one word, gathered so that a token costs
// one hash lookup however many rules look at it.
struct WordInfo {
  int month = 0;
  int weekday = 0;
  int number = -1;
  bool has_ordinal = false;
  int ordinal = 0;
  int decade = -1;
  const Unit* unit = nullptr;
  const std::string* season = nullptr;
  const std::string* day_part = nullptr;
  const std::string* set = nullptr;
  bool has_tense = false;
  int tense = 0;
  bool trigger = false;  // may begin an expression
  // A word that is a time word by itself (a month, a unit, "today"); the
  // other triggers ("the", "a", "over") are tried only near one.
  bool strong = false;
  bool abbreviation = false;
  // From month_forms.tsv: a month's shortened name ("Sept"), and a month
  // name that is also an everyday word ("may", "march").
  bool month_abbreviation = false;
  bool month_common_word = false;
  // From some_day_context.tsv: a word that makes the "one day" after it
  // "some day", and one that keeps the "one day" before it a length.
  bool some_day_before = false;
  bool some_day_after = false;
  bool counted = false;
  // From rate_words.tsv: 1 a noun of pay ("hourly pay"), 2 a measure that a
  // rate of time makes a speed ("miles an hour"); 0 neither.
  int rate_word = 0;
  bool phrase_word = false;  // inside a multi-word modifier ("the END of")  // a noun that follows
                             // counts ("troops")
  // The second word of some multi-word holiday, vague word or modifier
  // ("the PAST", "new YEAR's"): MatchPhraseAmong tries no longer phrase
  // at a word whose next word is not one.
  bool phrase_next = false;
  // Phrases starting with the word, the one-word phrase (if any) first.
  std::vector<int> holidays, vague, modifiers;
};

struct Lexicon {
  WordMap<int> months;    // 1-12
  WordMap<int> weekdays;  // ISO: Monday 1 .. Sunday 7
  WordMap<int> numbers;   // cardinal words
  WordMap<int> ordinals;  // first 1 ..; last -1
  WordMap<int> decades;   // nineties -> 90
  WordMap<Unit> units;
  WordMap<std::string> seasons;    // SP, SU, FA, WI
  WordMap<std::string> day_parts;  // MO, AF, EV, NI
  WordMap<std::string> sets;       // daily -> P1D
  WordMap<int> tense;              // a TenseWord (data/en/tense.tsv)
  std::vector<Phrase> holidays;    // value: the rule
  // "UKR:<index of independence day>" -> the index of Ukraine's own day in
  // `holidays` (data/en/national_days.tsv).
  WordMap<int> national_days;
  // Names, demonyms and capitals of the countries of national_days.tsv and
  // of the United States (countries.tsv), by their first lower-cased token.
  struct CountryForm {
    std::vector<std::string> words;
    std::string code;
  };
  WordMap<std::vector<CountryForm>> country_forms;
  std::vector<Phrase> vague;      // value: PAST_REF ...
  std::vector<Phrase> modifiers;  // kind: part|amount, value: mod
  std::map<int, date::year_month_day> lunar_new_year;
  // data/en/holiday_dates.tsv: the day of each lunar holiday ("dates:NAME"
  // in holidays.tsv) by year.
  std::map<std::string, std::map<int, date::year_month_day>> holiday_dates;
  // Words that may begin or take part in an expression; everything else is
  // skipped without trying a rule.
  WordMap<bool> triggers;
  // Abbreviations whose period does not end a sentence (Mr., Gen., Corp.).
  WordMap<bool> abbreviations;
  // Classes of words single rules test for (one lower-case word a line,
  // each file says why): words that cannot open an infinitive
  // (not_verbs.tsv), verbs that take "over" as an amount (length_verbs.tsv),
  // words before a timetable verb that silence it (schedule_blockers.tsv),
  // time-zone abbreviations (time_zones.tsv), words that may follow "on the
  // 15th" (day_of_month_followers.tsv), and words after "a day" that make
  // it no rate (rate_followers.tsv), words that make a number nearby an
  // amount (quantity_words.tsv), and words before a bare plural unit that
  // make it a span of time (span_words.tsv), and verbs of saying whose
  // date a "next week" reported after them counts from (speech_verbs.tsv),
  // and words ending in -ly that are no adverbs ("family", "July":
  // not_adverbs.tsv), and participles of hearsay that keep a present
  // passive in the past ("is believed killed": hearsay_participles.tsv),
  // and nouns of people or ways of life that make "today's" mean nowadays
  // ("today's youth": era_nouns.tsv).
  WordMap<bool> not_verbs;
  WordMap<bool> length_verbs;
  WordMap<bool> schedule_blockers;
  WordMap<bool> time_zones;
  WordMap<bool> day_of_month_followers;
  // Words of a game ("scored", "half-time": match_words.tsv): a bare "the
  // first half" near one is the match's half.
  WordMap<bool> match_words;
  // Past verbs that end the period after them ("ended the year":
  // period_end_verbs.tsv).
  WordMap<bool> period_end_verbs;
  WordMap<bool> rate_followers;
  WordMap<bool> quantity_words;
  WordMap<bool> span_words;
  WordMap<bool> speech_verbs;
  WordMap<bool> hearsay_participles;
  WordMap<bool> not_adverbs;
  WordMap<bool> era_nouns;
  // Nouns of figures counted over a month gone ("the August figures":
  // data_nouns.tsv).
  WordMap<bool> data_nouns;
  // Words between a count and its unit ("three straight quarters":
  // run_words.tsv).
  WordMap<bool> run_words;
  // Words before a month that ask for a date ("in May Peru said":
  // month_prepositions.tsv), words before a weekday that keep it a date
  // before a subject ("on Tuesday Chile recalled": weekday_leads.tsv), and
  // nouns of an occasion a month may date through a name ("the November
  // APEC summit": occasion_nouns.tsv) after a determiner
  // (occasion_determiners.tsv).
  WordMap<bool> month_prepositions;
  WordMap<bool> weekday_leads;
  WordMap<bool> occasion_nouns;
  WordMap<bool> occasion_determiners;
  // Words that open a clause after a part of the day ("the night the ferry
  // went down": clause_openers.tsv).
  WordMap<bool> clause_openers;
  // Words before "the day" that make it an idiom, no date ("carry the day",
  // "the order of the day": day_idiom_leads.tsv).
  WordMap<bool> day_idiom_leads;
  // Verbs of choosing a day ("did not name a day": day_naming_verbs.tsv).
  WordMap<bool> day_naming_verbs;
  // Journeys "overnight" may describe ("an overnight flight":
  // overnight_journeys.tsv).
  WordMap<bool> overnight_journeys;
  // Past verbs after "but" that tell a plan fell through ("was due to
  // arrive on Friday but cancelled": plan_failures.tsv).
  WordMap<bool> plan_failures;
  // Nouns of a person's age before "of" and a count ("from the age of six
  // months": age_nouns.tsv), and words that open the phrase of the time a
  // state began ("since": since_leads.tsv).
  WordMap<bool> age_nouns;
  WordMap<bool> since_leads;
  // Adjectives of recurrence ("annual" -> P1Y: recurrence_adjectives.tsv) and
  // the occasions they make a SET before ("the annual summit":
  // recurring_occasions.tsv).
  WordMap<std::string> recurrence_adjectives;
  WordMap<bool> recurring_occasions;
  // Phrases right before a time that make it a deadline ("by the end of":
  // the `deadline` rows of date_roles.tsv), each as its words.
  std::vector<std::vector<std::string>> deadline_phrases;

  WordMap<WordInfo> words;

  // `words` again, as an open-addressing table keyed by the hash Tokenize
  // computes as it reads a word (LowerHash): Annotate looks up every short
  // token, and std::hash is a library call per look-up. Built by Load
  // (BuildIndex after changing `words`).
  struct IndexSlot {
    size_t hash = 0;
    const std::string* word = nullptr;  // null: an empty slot
    const WordInfo* info = nullptr;
  };
  std::vector<IndexSlot> index;
  size_t index_mask = 0;

  bool Load(Diagnostic* error);
  bool LoadNationalDays(Diagnostic* error);
  void BuildIndex();
  // What the tables know of a lower-cased word, or null; `hash` is
  // LowerHash(lower), as Tokenize sets it in Token::hash.
  const WordInfo* Find(std::string_view lower, size_t hash) const;
  // Sets each token's `info`.
  void Annotate(std::vector<Token>* tokens) const;
};

// The longest phrase of `phrases` that starts at token `i`; returns the index
// into `phrases` or -1, and the token after it in `next`.
// `starting` lists the candidates (WordInfo::holidays, ...) of token i's
// own word, so their first word is not compared again. `tokens` are
// annotated (Lexicon::Annotate): a next word that is no
// WordInfo::phrase_next ends the search after the one-word phrases.
int MatchPhraseAmong(const std::vector<Phrase>& phrases, const std::vector<int>& starting,
                     const std::vector<Token>& tokens, size_t i, size_t* next);
// Inline, because the rules ask at nearly every token they try and most
// words start no phrase: those answers cost no call.
inline int MatchPhrase(const std::vector<Phrase>& phrases, const std::vector<int>& starting,
                       const std::vector<Token>& tokens, size_t i, size_t* next) {
  if (starting.empty()) return -1;
  return MatchPhraseAmong(phrases, starting, tokens, i, next);
}

// Rules that give the day the story is at to words that name no day ("the
// afternoon", "the day", "the eve of the summit"): a guess the resolver
// keeps only where the text has named a day, and that no event is dated by.
inline bool StoryDayGuess(std::string_view rule) {
  return rule == "day_part_of_story" || rule == "day_of_story" || rule == "eve_of_story_occasion" ||
         rule == "overnight_journey";
}

}  // namespace annals
