// The resolver's rules, internal to the resolve units: one Parser per text,
// its rule families each in a unit of their own (resolve_absolute.cc,
// resolve_relative.cc, ...), driven by resolve.cc.
#pragma once

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "resolve_lexicon.h"
#include "resolve_value.h"

namespace annals::resolve_internal {

// How many words of an object may stand between a move verb and the
// preposition that leads to the new date ("extended its filing deadline
// until Tuesday").
constexpr size_t kMoveReach = 12;
// How far a past verb's object may run before "in <Month>" that dates it,
// and how far the clause a sentence-opening "In June," heads is read.
constexpr size_t kObjectReach = 9;
constexpr size_t kClauseReach = 30;
// How far a reported plan may stand from the day of its saying.
constexpr size_t kReportReach = 15;
// How many tokens a wire dateline may hold before its dash ("NEW YORK,
// Dec. 2 (Xinhua) --").
constexpr size_t kDatelineReach = 12;

using date::year_month_day;

// What Parser::I gives for a token the lexicon does not know.
inline const WordInfo kNoWordInfo;

// A rule's match: tokens [first, end) and the value it built.
struct Match {
  size_t first = 0;
  size_t end = 0;
  Spec spec;
  const char* rule = "";
};

// Keeps the longest of the matches the rules offer at one token (the first
// of equal length).
struct Take {
  explicit Take(Match* best) : best_(best) {}
  void operator()(size_t first, size_t end, const Spec& spec, const char* rule) {
    if (!found_ || end > best_->end) {
      best_->first = first;
      best_->end = end;
      best_->spec = spec;
      best_->rule = rule;
      found_ = true;
    }
  }
  bool found() const { return found_; }

 private:
  Match* best_;
  bool found_ = false;
};

// A duration's value: TimeML writes counted decades and centuries in years
// (P20Y, P100Y) rather than the TIDES DE/CE letters, and so do annotators;
// an unknown count of them keeps its unit, as E and C ("decades" PXE,
// "centuries" PXC), since PXY would say "years".
inline std::string DurationLiteral(const Unit& unit, const std::string& count) {
  std::string n = count;
  std::string code = unit.code;
  if ((code == "DE" || code == "CE") && count != "X") {
    n = std::to_string(std::stol(count) * (code == "DE" ? 10 : 100));
    code = "Y";
  } else if (code == "DE" || code == "CE") {
    code = code == "DE" ? "E" : "C";
  }
  return std::string(unit.time ? "PT" : "P") + n + code;
}

inline Grain GrainOfUnit(const std::string& code) {
  if (code == "D") return Grain::kDay;
  if (code == "W") return Grain::kWeek;
  if (code == "WE") return Grain::kWeekend;
  if (code == "M") return Grain::kMonth;
  if (code == "Q") return Grain::kQuarter;
  if (code == "Y") return Grain::kYear;
  if (code == "DE") return Grain::kDecade;
  if (code == "CE") return Grain::kCentury;
  return Grain::kNone;
}

inline int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// "signed", "released": an -ed form of five letters or more ("red", "bed"
// and "used" are none), a past verb or participle when lowercase.
inline bool EdForm(std::string_view w) {
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

// "T21:30" as minutes after midnight (T24:00 is 1440); -1 for anything
// else ("TEV", "").
inline int ClockMinutes(const std::string& time) {
  auto digit = [&](size_t k) { return k < time.size() && time[k] >= '0' && time[k] <= '9'; };
  if (time.size() < 6 || time[0] != 'T' || !digit(1) || !digit(2) || time[3] != ':' || !digit(4) ||
      !digit(5)) {
    return -1;
  }
  return ((time[1] - '0') * 10 + (time[2] - '0')) * 60 + (time[4] - '0') * 10 + (time[5] - '0');
}

// "Feb. 30" is no date; "Feb. 29" without a year may be one.
inline bool PossibleDay(const Spec& s) {
  int year = s.year != kUnset ? s.year : 2000;
  return date::year_month_day{date::year{year} / s.month / s.day}.ok();
}

// One pass over one text: the tokens and every rule as a member.

class Parser {
 public:
  // `done_nouns` (data/en/done_nouns.tsv), when given, names what has
  // happened by the time it is named ("ruling", "attack").
  Parser(const Lexicon& lexicon, const std::vector<Token>& tokens,
         const WordMap<bool>* done_nouns = nullptr)
      : lx_(lexicon), t_(tokens), done_(done_nouns), n_(tokens.size()) {}

  // Whether any rule may begin at token i: a number or a trigger word.
  // Best says no at once to the rest; the driver asks first so that most
  // tokens cost no Match (five strings) to build and destroy.
  bool MayStart(size_t i) const { return t_[i].number || I(i).trigger; }
  // The longest match starting at token i, if any.
  bool Best(size_t i, Match* best) const;
  // "Sept. 22-25", "June 5 to 8": the bare day closing a range opened by
  // `opening`, as a match of its own.
  bool RangeEnd(const Match& opening, Match* end) const;
  // `cue_at`, when given, receives the cue's token (t_.size() for none).
  int TenseAround(size_t first, size_t end, size_t* cue_at = nullptr) const;
  // The tense cue at `cue` is a past verb telling a thing done, right
  // before the date at `first` ("took effect on Jan. 1").
  bool PastVerbRightBefore(size_t cue, size_t first) const;
  // "the accord he signed with Peruvian minister Soto on Jan. 1": a past
  // verb, its object or partner (no verb, "to" or comma between), then
  // "on" right before the date at `first`.
  bool PastVerbWithObjectBefore(size_t cue, size_t first) const;
  // Token k is the literal word `w` (lower case).
  template <size_t N>
  bool Word(size_t k, const char (&w)[N]) const {
    return Is(k, w);
  }
  // The word at `k` joins two bounds of a range: "to", "-", "and"...
  // "and" only after "between": "made Friday and Thursday" is a list.
  bool RangeLink(size_t k, size_t opening) const {
    if (Is(k, "and")) return opening > 0 && Is(opening - 1, "between");
    return Is(k, "to") || Is(k, "-") || Is(k, "through") || Is(k, "until") || Is(k, "till");
  }
  // "up from $4 million a year earlier", "higher than a year ago",
  // "compared with a year earlier": a comparison word before token `first`
  // that leads to it straight or through an amount.
  bool ComparedBefore(size_t first) const;
  // The mod a bound word before token `first` gives a date: "until June"
  // ON_OR_BEFORE, "since 2010" ON_OR_AFTER...; nullptr when none.
  const char* BoundMod(size_t first) const;
  // Whether a time lies inside a "since" phrase of its clause ("warm since
  // the invasion in February last year"): it bounds a state of now.
  bool InSincePhrase(size_t first) const;
  // "would appeal Wednesday's ruling": the expression ending before token
  // `end` is the possessive of a noun of something done, maybe after one
  // more word ("Wednesday's court ruling").
  bool DoneNounAfter(size_t end) const;
  // "cancelled a planned trip": the plan word at `k` describes the object
  // of a past -ed verb right before its determiner or owner (probes32).
  // (`head`: the word at k is the object's head noun, "vetoed Kenya's bid
  // to join", not a word describing it.)
  bool PastVerbOwnsObject(size_t k, bool head = false) const;
  // "during" or "sidelines" among tokens [from, first), no punctuation
  // between: the date after it is an occasion's (probes32).
  bool SettingBetween(size_t from, size_t first) const;
  // "had been scheduled", "was due": the cue at `cue` is a plan word in
  // the past, a plan told after its day was set.
  bool PastPlan(size_t cue) const;
  // "reached a new deal in June": the past verb at `cue` dates its object
  // with the month at `first` (right after "in").
  bool VerbDatesObject(size_t cue, size_t first) const;
  // "met Ruiz on the sidelines of the forum in Davos in January": the past
  // verb at `cue` is dated by the month at `first`, a place right before it.
  bool PlaceBeforeMonth(size_t cue, size_t first) const;
  // "set for 4-5 October was called off": after the date ending before
  // token `end`, a passive past ("was", "were", "had been" and a past verb)
  // tells what became of the plan.
  bool PlanToldPast(size_t end) const;
  // "was due to arrive on Friday but cancelled", "were set to meet on
  // Monday, but the talks were called off": after the date ending before
  // token `end`, "but" and a past verb tell that the plan fell through.
  bool PlanFellThrough(size_t end) const;
  // Where a deadline phrase ("by", "by the end of": data/en/date_roles.tsv)
  // that ends right before token `first` begins, else `first`.
  size_t DeadlineBefore(size_t first) const;
  // "she said on Friday", "he said this week": the expression at `first`
  // follows a verb of saying (data/en/speech_verbs.tsv), maybe with "on".
  bool SaidRightBefore(size_t first) const;
  // "Kenya, which became independent in 1963, is ...", "The treaty, signed
  // in 1991, still holds": the date [first, end) closes an aside set off by
  // commas, with a verb of its own, after a subject with none.
  bool InAside(size_t first, size_t end) const;
  // The holiday a match names as the story's country keeps it: Ukraine's
  // own day for "Independence Day" in a story about Ukraine
  // (national_days.tsv); `holiday` itself when the country is the United
  // States, has no day listed, or is unknown.
  int NationalHoliday(size_t first, int holiday) const;
  // The tense cue at `cue` is a word that moves a date ("postponed") or a
  // plan word told in the past ("had been planned").
  bool MovedOrPastPlan(size_t cue) const {
    return cue < n_ && I(cue).has_tense &&
           (I(cue).tense == tense_word::kMove ||
            (I(cue).tense == tense_word::kPlan && PastPlan(cue)));
  }
  // The tense cue at `cue` is a past perfect: "had signed", "had been".
  bool PastPerfect(size_t cue) const;
  // "In June, the two sides reached a deal": the month [first, end) opens a
  // sentence told in the past (`cue` the past verb after it).
  bool OpensPastSentence(size_t first, size_t end, size_t cue) const;
  // "said on Friday [said_first, said_end) that they would meet next week
  // (at `first`)": the plan counts from the day of the saying.
  bool ReportedFrom(size_t said_first, size_t said_end, size_t first) const;
  // "is heard in May": a present passive that announces the date after it.
  bool PresentPassive(size_t be, size_t first) const;
  // "talks held over two days", "spread over three years": "over" at `i`
  // after a verb of holding or spreading is "across", not "more than"
  // ("lasted over a week", "for over two years", "over 20 years ago").
  bool OverSpan(size_t i) const;

 private:
  // An -ed word describing a noun rather than a past verb.
  bool Attributive(size_t k) const;
  // Token k reads as an adverb by its -ly ending ("formally", "newly"),
  // unless data/en/not_adverbs.tsv lists it ("family", "July").
  bool LyAdverb(size_t k) const;
  // Token k is the verb of a relative clause ("who met", "which had
  // opened"): it tells of the clause's own subject.
  bool RelativeVerb(size_t k) const;
  // The move word at `k` ("postponed", "extended") leads through "to",
  // "until", "till", "through" or "for" straight to the date at `first`,
  // maybe past its object: "postponed to Thursday", "extended its deadline
  // until Tuesday".
  bool MovedTo(size_t k, size_t first) const;
  // A word that can follow "to" as a verb.
  bool Infinitive(size_t k) const;
  // "the first visit by a U.S. president in 88 years", "for the first time
  // in", "the highest level in": a record word shortly before token `k`.
  bool RecordBefore(size_t k) const {
    for (size_t b = k; b > 0 && k - b < 10;) {
      --b;
      std::string_view w = W(b);
      // A sentence ends at ";" or a period that closes no abbreviation (U.S.).
      if (w == ";" || (w == "." && b > 0 && !(t_[b - 1].alpha && t_[b - 1].lower.size() == 1) &&
                       !I(b - 1).abbreviation)) {
        return false;
      }
      if (w == "first" || w == "only" || w == "time") return true;
      // A superlative after a determiner ("its weakest"; "interest" is none).
      if (w.size() > 4 && w.substr(w.size() - 3) == "est" && b > 0 &&
          (Is(b - 1, "the") || Is(b - 1, "its") || Is(b - 1, "their") || Is(b - 1, "his") ||
           Is(b - 1, "her"))) {
        return true;
      }
    }
    return false;
  }
  // "became", "released": a past verb (an -ed word or one tense.tsv calls past).
  bool PastVerb(size_t k) const {
    if (k >= n_ || !t_[k].alpha || t_[k].capitalized) return false;
    if (I(k).has_tense) return I(k).tense == tense_word::kPast;
    std::string_view w = t_[k].lower;
    return EdForm(w);
  }
  // "meeting", "holding": an -ing verb after "is"/"are" ("something" is none).
  bool ProgressiveVerb(size_t k) const {
    if (k >= n_ || !t_[k].alpha || t_[k].capitalized) return false;
    std::string_view w = t_[k].lower;
    if (w.size() <= 4 || w.substr(w.size() - 3) != "ing" || w == "being" || w == "during") {
      return false;
    }
    return w.size() < 5 || w.substr(w.size() - 5) != "thing";
  }
  const Lexicon& lx_;
  const std::vector<Token>& t_;
  const WordMap<bool>* done_;
  // t_.size(), read once: the accessors below test it at every token they
  // look at, and the vector's size is a division (a Token is not a power
  // of two bytes) of two pointers loaded anew after every call.
  size_t n_;

  // kNoWordInfo lives at namespace scope: a function-local static costs a
  // guard check per call and kept this hot accessor from being inlined.
  const WordInfo& I(size_t i) const {
    return i < n_ && t_[i].info != nullptr ? *t_[i].info : kNoWordInfo;
  }
  std::string_view W(size_t i) const {
    return i < n_ ? std::string_view(t_[i].lower) : std::string_view();
  }
  // Compares against a literal without measuring it: this runs for every
  // token a rule looks at.
  template <size_t N>
  bool Is(size_t i, const char (&w)[N]) const {
    if (i >= n_ || t_[i].lower.size() != N - 1) return false;
    return std::memcmp(t_[i].lower.data(), w, N - 1) == 0;
  }
  // Words after which a bare month or year reads as a date: "in May",
  // "since 1972", "its 2016 summit".
  bool DateContext(size_t i) const {
    if (i >= n_) return false;
    static const std::string_view kWords[] = {
        "in",     "since",     "by",     "until",   "till",       "from",    "to",     "of",
        "before", "after",     "during", "through", "throughout", "between", "and",    "or",
        "its",    "the",       "this",   "early",   "mid",        "late",    "fiscal", "year",
        "for",    "circa",     "last",   "next",    "each",       "every",   "on",     "-",
        "(",      "spring",    "summer", "autumn",  "fall",       "winter",  "around", "at",
        "end",    "beginning", "start",  "middle",  "half",       "quarter", "than",   "until"};
    for (std::string_view w : kWords) {
      if (W(i) == w) return true;
    }
    return false;
  }
  // A four-digit number [i, j) reads as a year after "in", "since", ... or
  // when punctuation follows; "1500 troops", "Resolution 2254", "Flight
  // 1549", "the 1540 Committee" are counts and names.
  bool YearContext(size_t i, size_t j) const {
    int year = ToInt(t_[i].lower);
    if (i > 0 && (Is(i - 1, "$") || Is(i - 1, "#"))) return false;
    // "Resolution 2254", "Flight 1549", "Room 1901": a number naming a thing.
    if (i > 0 && t_[i - 1].alpha && t_[i - 1].capitalized && !SentenceStart(i - 1) &&
        !I(i - 1).trigger) {
      return false;
    }
    // "about 1999 yuan", "2000 tonnes": a count.
    if (i > 0 && (Is(i - 1, "about") || Is(i - 1, "around") || Is(i - 1, "some") ||
                  Is(i - 1, "nearly") || Is(i - 1, "almost") || Is(i - 1, "than") ||
                  Is(i - 1, "roughly") || Is(i - 1, "approximately") || Is(i - 1, "over"))) {
      // "averaged 4% over 2024.": "over" a year closing the clause is the
      // year's course ("rose by over 2000." stays a count).
      bool over_year = Is(i - 1, "over") && (j >= n_ || Is(j, ".") || Is(j, ",") || Is(j, ";")) &&
                       !(i > 1 && (Is(i - 2, "by") || Is(i - 2, "of") || Is(i - 2, "to") ||
                                   Is(i - 2, "from") || t_[i - 2].number));
      if (!over_year) return false;
    }
    if (I(j).counted) return false;
    // Far from our time a number is a year only where a year is expected.
    if (year < 1900 || year > 2099) {
      return i > 0 && DateContext(i - 1) && W(i - 1) != "the" && !NameWord(j);
    }
    return true;
  }
  // Whether the sentence around token i has a word of a game in it
  // (data/en/match_words.tsv; a hyphenated "half-time" is looked up whole).
  bool MatchSentence(size_t i) const;
  bool SentenceStart(size_t i) const {
    return i == 0 || t_[i].newline_before || Is(i - 1, ".") || Is(i - 1, "\"") || Is(i - 1, "`") ||
           Is(i - 1, "'") || Is(i - 1, ":") || MarkStartsSentence(i);
  }
  // After a dateline's dash, or after "•", "-" opening a line ("• On Friday").
  // Most tokens follow a word: one test of it spares the rest.
  bool MarkStartsSentence(size_t i) const {
    if (t_[i - 1].alpha || t_[i - 1].number) return false;
    return t_[i - 1].newline_before || (t_[i].space_before && DatelineDash(i - 1));
  }
  // "LIMA, March 14 — On Monday", "PARIS (Wire) -- Last week": token k
  // closes the spaced dash that ends a wire dateline, the story's first
  // sentence starting after it. Only the first dash of a short line
  // opening counts: a later dash sets off words inside a sentence.
  bool DatelineDash(size_t k) const {
    if (!(Is(k, "-") || Is(k, "\u2014") || Is(k, "\u2013"))) return false;
    size_t dash = k;
    if (Is(k, "-") && Glued(k) && k > 0 && Is(k - 1, "-")) dash = k - 1;
    if (!t_[dash].space_before || t_[dash].newline_before) return false;
    for (size_t b = dash; b > 0 && dash - b < kDatelineReach;) {
      --b;
      std::string_view w = W(b);
      if (w == "-" || w == "\u2014" || w == "\u2013") return false;
      if (t_[b].newline_before) return t_[b].alpha && t_[b].capitalized;
    }
    return dash <= kDatelineReach && t_[0].alpha && t_[0].capitalized;
  }
  // "2 March", "the 2nd March": a day number right before the month at i.
  bool DayBefore(size_t i) const {
    if (i == 0) return false;
    size_t d = i - 1;
    std::string_view w = W(d);
    // "the 2nd of March"
    if (w == "of" && d > 0) w = W(--d);
    if (d > 0 && Glued(d) && (w == "st" || w == "nd" || w == "rd" || w == "th")) --d;
    if (!Num(d) || t_[d].lower.size() > 2) return false;
    int day = ToInt(t_[d].lower);
    return day >= 1 && day <= 31;
  }
  // "in May", "since June": a preposition that asks for a date (not "by
  // April Smith": the file says which).
  bool DatePrepositionBefore(size_t i) const {
    if (i == 0) return false;
    std::string_view w = W(i - 1);
    // "in mid-March"
    if (w == "-" && Glued(i - 1) && Glued(i) && i > 1) w = W(i - 2);
    return lx_.month_prepositions.contains(w);  // data/en/month_prepositions.tsv
  }
  // "On 2 March Chile recalled", "in May Peru said": the capitalized words
  // from token k (a name of up to three words) are a sentence's subject,
  // its verb or possessive right after them, not a name the date heads.
  bool SubjectFollows(size_t k) const {
    size_t j = k;
    while (j < n_ && j - k < 3 && NameWord(j)) ++j;
    if (j == k || j >= n_) return false;
    // "Chile and Peru signed"
    if (Is(j, "and") && NameWord(j + 1)) {
      size_t second = ++j;
      while (j < n_ && j - second < 3 && NameWord(j)) ++j;
    }
    auto verb = [this](size_t v) {
      return v < n_ && t_[v].alpha && !t_[v].capitalized &&
             ((I(v).has_tense && I(v).tense != tense_word::kNone) || PastVerb(v));
    };
    if (!(Is(j, "'") && Glued(j) && Is(j + 1, "s"))) return verb(j);
    // "Chile's foreign minister flew": the possessive's noun, then the
    // verb; "On April Smith's advice, he resigned" has none.
    for (size_t v = j + 2; v < n_ && v < j + 6 && t_[v].alpha && !t_[v].capitalized; ++v) {
      if (verb(v)) return true;
    }
    return false;
  }
  // After "two days after": a word that opens a mention of an event ("it",
  // "the coup", "his arrival"), not a date ("after July 15" names its own).
  bool EventFollows(size_t k) const {
    std::string_view w = W(k);
    bool opener = w == "it" || w == "that" || w == "this" || w == "the" || w == "his" ||
                  w == "her" || w == "its" || w == "their";
    if (!opener || k + 1 >= n_) return opener;
    const WordInfo& next = I(k + 1);
    return next.month == 0 && next.weekday == 0 && next.holidays.empty() && !Num(k + 1);
  }
  // "for two days after the vote", "nearly two months after it": a word
  // before the count that makes it a length, not a date.
  bool LengthBefore(size_t i) const {
    if (i == 0) return false;
    std::string_view w = W(i - 1);
    return w == "for" || w == "within" || w == "nearly" || w == "almost" || w == "about" ||
           w == "around" || w == "some" || w == "over" || w == "than" || w == "least" ||
           w == "roughly" || w == "approximately" || w == "lasted" || w == "took" || w == "spent" ||
           w == "only" || w == "up";
  }
  // "days later", "hours later": the day the story is at; days later are
  // after it.
  static Spec LaterSameStory(const Unit& unit) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    if (!unit.time) s.mod = "AFTER";
    s.fallback = DurationLiteral(unit, "X");
    return s;
  }
  // "2016-2020", "2016–20", "2023/24": the later year a dash or slash at `k`
  // leads to from `year`, or 0 when it is no year range ("2015-12-02" and
  // "2015/12/02" are dates).
  int YearRangeEnd(size_t k, int year) const {
    if (!(Is(k, "-") || Is(k, "\u2013") || Is(k, "/")) || !Glued(k) || !Num(k + 1) ||
        !Glued(k + 1)) {
      return 0;
    }
    if (Glued(k + 2) && (Is(k + 2, "-") || Is(k + 2, "/") || Is(k + 2, ".")) && Num(k + 3))
      return 0;
    size_t digits = t_[k + 1].lower.size();
    int end = ToInt(t_[k + 1].lower);
    if (digits == 2) end += year / 100 * 100;
    if (digits != 2 && digits != 4) return 0;
    // "2000-2050 tonnes" is a range of counts.
    if (I(k + 2).counted) return 0;
    return end > year && end - year <= 100 ? end : 0;
  }
  // A capitalized word that is not a time word: "Sunday Times", "Summer Palace".
  bool NameWord(size_t i) const {
    return i < n_ && t_[i].alpha && t_[i].capitalized && !I(i).trigger && !t_[i].newline_before;
  }
  bool Glued(size_t i) const { return i < n_ && !t_[i].space_before; }
  bool Num(size_t i) const { return i < n_ && t_[i].number; }

  // The word readers below live in resolve_words.cc (their *Read
  // functions); the rules try them at nearly every token they look at, and
  // most tokens are none of these. Each inline wrapper first makes the
  // test its reader opens with (before it writes anything), so that most
  // answers cost no call into another unit.
  bool Month(size_t i, int* month, size_t* next) const {
    return i < n_ && t_[i].alpha && I(i).month != 0 && t_[i].capitalized &&
           MonthRead(i, month, next);
  }
  bool Weekday(size_t i, int* wd, size_t* next) const {
    return i < n_ && t_[i].alpha && I(i).weekday != 0 && WeekdayRead(i, wd, next);
  }
  bool MonthRead(size_t i, int* month, size_t* next) const;
  bool WeekdayRead(size_t i, int* wd, size_t* next) const;
  // The weekday at i before the capitalized word at `name` is still a date:
  // "On Wednesday Sola met Araujo", "by Friday Chile had agreed".
  bool DateBeforeSubject(size_t i, size_t name) const;
  // The month at i, after a determiner, dates the occasion a name from
  // token k qualifies: "the November APEC summit".
  bool OccasionAfter(size_t i, size_t k) const;
  bool DayNumber(size_t i, int* day, size_t* next) const {
    return Num(i) && t_[i].lower.size() <= 2 && DayNumberRead(i, day, next);
  }
  // A number word from eleven to twenty may open a spoken year.
  bool SpokenYearStart(size_t i) const { return I(i).number >= 11 && I(i).number <= 20; }
  bool Year(size_t i, int* year, size_t* next) const {
    return i < n_ && (t_[i].number ? t_[i].lower.size() == 4 : SpokenYearStart(i)) &&
           YearRead(i, year, next);
  }
  bool SpokenYear(size_t i, int* year, size_t* next) const {
    return SpokenYearStart(i) && SpokenYearRead(i, year, next);
  }
  bool DayNumberRead(size_t i, int* day, size_t* next) const;
  bool YearRead(size_t i, int* year, size_t* next) const;
  bool SpokenYearRead(size_t i, int* year, size_t* next) const;
  // A count opens with a number, a number word or a word of a vague count
  // ("several", "a few", "a couple of").
  bool Count(size_t i, bool allow_article, int* n, bool* vague, size_t* next) const {
    *vague = false;
    if (i >= n_) return false;
    if (!t_[i].number && I(i).number < 0 && !Is(i, "a") && !Is(i, "several") && !Is(i, "few") &&
        !Is(i, "many") && !Is(i, "numerous") && !Is(i, "couple")) {
      return false;
    }
    return CountRead(i, allow_article, n, vague, next);
  }
  bool CountRead(size_t i, bool allow_article, int* n, bool* vague, size_t* next) const;
  bool UnitAt(size_t i, Unit* unit, size_t* next) const {
    return i < n_ && t_[i].alpha && I(i).unit != nullptr && UnitAtRead(i, unit, next);
  }
  bool UnitAtRead(size_t i, Unit* unit, size_t* next) const;
  // "24 hours a day", "seven days a week", "365 days a year": a count that
  // fills the whole period it is counted per says "all the time", no length
  // and no rate. i is the count; true when the idiom starts there, with
  // `per` (when given) at its "a" or "per".
  bool RoundTheClock(size_t i, size_t* per = nullptr) const;
  // Whether the "a" or "per" at `per` closes such an idiom ("24 hours [a] day").
  bool ClosesRoundTheClock(size_t per) const;
  // A number of one or two digits ("21st"), an ordinal word, or a word
  // before a hyphen ("twenty-first").
  bool Ordinal(size_t i, int* n, size_t* next) const {
    return ((Num(i) && t_[i].lower.size() <= 2) || I(i).has_ordinal || Is(i + 1, "-")) &&
           OrdinalRead(i, n, next);
  }
  bool OrdinalRead(size_t i, int* n, size_t* next) const;
  bool DayPart(size_t i, std::string* code, size_t* next) const;
  bool Clock(size_t i, std::string* time, size_t* next) const;
  bool RelativeYear(size_t i, int* offset, size_t* next) const {
    return Is(i + 1, "year") && RelativeYearRead(i, offset, next);
  }
  bool RelativeYearRead(size_t i, int* offset, size_t* next) const;
  // "that year", "the same year", "the following year", "the year before"
  // at token i (after an optional "of"): the year the text last talked
  // about, moved by *offset; fills *next past the phrase.
  bool NarrativeYear(size_t i, int* offset, size_t* next) const;

  // Rule families; each adds its matches through `take`.
  void Core(size_t i, Take& take) const;
  void Absolute(size_t i, Take& take) const;
  void Relative(size_t i, Take& take) const;
  void Durations(size_t i, Take& take) const;
  void Sets(size_t i, Take& take) const;
  void Times(size_t i, Take& take) const;
  // Phrases of modern news: rates, compound lengths, calendar phrases.
  void Modern(size_t i, Take& take) const;
  void ModernRules(size_t i, bool number, Take& take) const;
  // Grows the match `best` found at token i over the words that complete a
  // compound ("a week from Friday", "20 years or more"; resolve_compounds.cc).
  void Compounds(size_t i, Match* best) const;
  // A time zone after a clock time: "GMT", "EDT".
  bool ZoneAt(size_t j) const;
  // "at 1800 hrs", "by 1400h", "until 2300 hours": a four-digit 24-hour
  // clock time (HHMM) at token i whose hour word follows at once, after a
  // word that sets a time ("at", "by", "until"...); never a year or a
  // length ("for 1800 hours", "in 1800" are not).
  bool ClockHours(size_t i) const;
  // Whether the day of holiday `holiday` (an index of data/en/holidays.tsv)
  // in `year` is known: computed, or held by the tables of lunar holidays.
  bool HolidayKnownIn(int holiday, int year) const;
  // "local time", "Eastern time", "Beijing time" at token j, after a clock
  // time.
  bool ZoneTime(size_t j) const {
    return Is(j + 1, "time") &&
           (Is(j, "local") || (j < n_ && t_[j].alpha && t_[j].capitalized && !I(j).trigger));
  }
  // A quantity shortly before token `p`: "10 million barrels", "$5".
  bool QuantityBefore(size_t p) const;
  // The longest match of Core at token i into a fresh `best`. `keep`
  // remembers the answer: Best tries the words after a modifier ("about",
  // "early") as an inner match, and when the whole is turned down the
  // driver's next Best starts at that same token.
  bool CoreBest(size_t i, Match* best, bool keep = false) const;
  // The last kept CoreBest answer (Core depends on nothing but the token).
  // The country the text names most (StoryCountry), found once.
  mutable bool story_country_done_ = false;
  mutable std::string story_country_;
  // The code of the country whose name, demonym or capital (capitalized)
  // starts at token i, with `end` one past it; null when none does.
  const std::string* CountryAt(size_t i, size_t* end) const;
  mutable size_t memo_at_ = static_cast<size_t>(-1);
  mutable bool memo_found_ = false;
  mutable Match memo_;
};

}  // namespace annals::resolve_internal
