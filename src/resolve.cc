// The resolver: tokenize, try every rule at each token and keep the longest
// match, then anchor the matches in text order so narrative time ("the next
// day") can follow the dates before it.
#include "annals/resolve.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "annals/date_value.h"
#include "resolve_lexicon.h"
#include "resolve_value.h"

namespace annals {

std::string_view TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

namespace {

// How many words of an object may stand between a move verb and the
// preposition that leads to the new date ("extended its filing deadline
// until Tuesday").
constexpr size_t kMoveReach = 8;

using date::year_month_day;

// What Parser::I gives for a token the lexicon does not know.
const WordInfo kNoWordInfo;

// A rule's match: tokens [first, end) and the value it built.
struct Match {
  size_t first = 0;
  size_t end = 0;
  Spec spec;
  const char* rule = "";
};

// A duration's value: TimeML writes decades and centuries in years
// (P20Y, P100Y) rather than the TIDES DE/CE letters, and so do annotators.
std::string DurationLiteral(const Unit& unit, const std::string& count) {
  std::string n = count;
  std::string code = unit.code;
  if ((code == "DE" || code == "CE") && count != "X") {
    n = std::to_string(std::stol(count) * (code == "DE" ? 10 : 100));
    code = "Y";
  } else if (code == "DE" || code == "CE") {
    code = "Y";
  }
  return std::string(unit.time ? "PT" : "P") + n + code;
}

Grain GrainOfUnit(const std::string& code) {
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

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// "Feb. 30" is no date; "Feb. 29" without a year may be one.
bool PossibleDay(const Spec& s) {
  int year = s.year != kUnset ? s.year : 2000;
  return date::year_month_day{date::year{year} / s.month / s.day}.ok();
}

// One pass over one text: the tokens and every rule as a member.
class Parser {
 public:
  Parser(const Lexicon& lexicon, const std::vector<Token>& tokens) : lx_(lexicon), t_(tokens) {}

  // The longest match starting at token i, if any.
  bool Best(size_t i, Match* best) const;
  // "Sept. 22-25", "June 5 to 8": the bare day closing a range opened by
  // `opening`, as a match of its own.
  bool RangeEnd(const Match& opening, Match* end) const;
  // `cue_at`, when given, receives the cue's token (t_.size() for none).
  int TenseAround(size_t first, size_t end, size_t* cue_at = nullptr) const;
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

 private:
  // An -ed word describing a noun rather than a past verb.
  bool Attributive(size_t k) const;
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
    if (k >= t_.size() || !t_[k].alpha || t_[k].capitalized) return false;
    if (I(k).has_tense) return I(k).tense == tense_word::kPast;
    std::string_view w = t_[k].lower;
    return w.size() > 4 && w.substr(w.size() - 2) == "ed";
  }
  // "meeting", "holding": an -ing verb after "is"/"are" ("something" is none).
  bool ProgressiveVerb(size_t k) const {
    if (k >= t_.size() || !t_[k].alpha || t_[k].capitalized) return false;
    std::string_view w = t_[k].lower;
    if (w.size() <= 4 || w.substr(w.size() - 3) != "ing" || w == "being" || w == "during") {
      return false;
    }
    return w.size() < 5 || w.substr(w.size() - 5) != "thing";
  }
  const Lexicon& lx_;
  const std::vector<Token>& t_;

  // kNoWordInfo lives at namespace scope: a function-local static costs a
  // guard check per call and kept this hot accessor from being inlined.
  const WordInfo& I(size_t i) const {
    return i < t_.size() && t_[i].info != nullptr ? *t_[i].info : kNoWordInfo;
  }
  std::string_view W(size_t i) const {
    return i < t_.size() ? std::string_view(t_[i].lower) : std::string_view();
  }
  // Compares against a literal without measuring it: this runs for every
  // token a rule looks at.
  template <size_t N>
  bool Is(size_t i, const char (&w)[N]) const {
    if (i >= t_.size() || t_[i].lower.size() != N - 1) return false;
    return std::memcmp(t_[i].lower.data(), w, N - 1) == 0;
  }
  // Words after which a bare month or year reads as a date: "in May",
  // "since 1972", "its 2016 summit".
  bool DateContext(size_t i) const {
    if (i >= t_.size()) return false;
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
      return false;
    }
    if (I(j).counted) return false;
    // Far from our time a number is a year only where a year is expected.
    if (year < 1900 || year > 2099) {
      return i > 0 && DateContext(i - 1) && W(i - 1) != "the" && !NameWord(j);
    }
    return true;
  }
  bool SentenceStart(size_t i) const {
    return i == 0 || t_[i].newline_before || Is(i - 1, ".") || Is(i - 1, "\"") || Is(i - 1, "`") ||
           Is(i - 1, "'") || Is(i - 1, ":");
  }
  // After "two days after": a word that opens a mention of an event ("it",
  // "the coup", "his arrival"), not a date ("after July 15" names its own).
  bool EventFollows(size_t k) const {
    std::string_view w = W(k);
    bool opener = w == "it" || w == "that" || w == "this" || w == "the" || w == "his" ||
                  w == "her" || w == "its" || w == "their";
    if (!opener || k + 1 >= t_.size()) return opener;
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
  // "2016-2020", "2016–20": the later year a dash at `k` leads to from
  // `year`, or 0 when it is no year range ("2015-12-02" is a date).
  int YearRangeEnd(size_t k, int year) const {
    if (!(Is(k, "-") || Is(k, "\u2013")) || !Glued(k) || !Num(k + 1) || !Glued(k + 1)) return 0;
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
    return i < t_.size() && t_[i].alpha && t_[i].capitalized && !I(i).trigger &&
           !t_[i].newline_before;
  }
  bool Glued(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool Num(size_t i) const { return i < t_.size() && t_[i].number; }

  bool Month(size_t i, int* month, size_t* next) const;
  bool Weekday(size_t i, int* wd, size_t* next) const;
  bool DayNumber(size_t i, int* day, size_t* next) const;
  bool Year(size_t i, int* year, size_t* next) const;
  bool SpokenYear(size_t i, int* year, size_t* next) const;
  bool Count(size_t i, bool allow_article, int* n, bool* vague, size_t* next) const;
  bool UnitAt(size_t i, Unit* unit, size_t* next) const;
  bool Ordinal(size_t i, int* n, size_t* next) const;
  bool DayPart(size_t i, std::string* code, size_t* next) const;
  bool Clock(size_t i, std::string* time, size_t* next) const;
  bool RelativeYear(size_t i, int* offset, size_t* next) const;

  // Rule families; each adds its matches through `take`.
  template <typename Take>
  void Core(size_t i, Take take) const;
  template <typename Take>
  void Absolute(size_t i, Take take) const;
  template <typename Take>
  void Relative(size_t i, Take take) const;
  template <typename Take>
  void Durations(size_t i, Take take) const;
  template <typename Take>
  void Sets(size_t i, Take take) const;
  template <typename Take>
  void Times(size_t i, Take take) const;
  // Phrases of modern news: rates, compound lengths, calendar phrases.
  template <typename Take>
  void Modern(size_t i, Take take) const;
  template <typename Take>
  void ModernRules(size_t i, bool number, Take take) const;
  // A time zone after a clock time: "GMT", "EDT".
  bool ZoneAt(size_t j) const;
  // A quantity shortly before token `p`: "10 million barrels", "$5".
  bool QuantityBefore(size_t p) const;
  bool CoreBest(size_t i, Match* best) const;
};

bool Parser::Month(size_t i, int* month, size_t* next) const {
  if (i >= t_.size() || !t_[i].alpha) return false;
  const WordInfo& info = I(i);
  if (info.month == 0) return false;
  const Token& tok = t_[i];
  // "may" and "march" are far more often a verb: only the capitalized word is
  // the month. Abbreviations ("Jan", "Sept.") must be capitalized too.
  if (!tok.capitalized) return false;
  bool abbreviation =
      tok.lower.size() <= 4 && tok.lower != "june" && tok.lower != "july" && tok.lower != "may";
  *month = info.month;
  *next = i + 1;
  if (abbreviation && Is(i + 1, ".") && Glued(i + 1)) {
    ++*next;
  } else if (abbreviation && !Num(i + 1)) {
    // "Jan" without its period or a number is more often a name.
    return false;
  }
  // "March" heading a sentence and followed by a lowercase word is the verb
  // or the noun ("March on Washington" is a name, not a date).
  // "April Ryan": a month heading a name.
  if (NameWord(*next) && !Num(*next)) return false;
  return true;
}

bool Parser::Weekday(size_t i, int* wd, size_t* next) const {
  if (i >= t_.size() || !t_[i].alpha) return false;
  const WordInfo& info = I(i);
  if (info.weekday == 0) return false;
  const Token& tok = t_[i];
  bool full = tok.lower.size() >= 6;
  if (!full && !tok.capitalized) return false;
  *next = i + 1;
  if (!full) {
    // Abbreviations ("Sun", "Wed") only with their period.
    if (!(Is(i + 1, ".") && Glued(i + 1))) return false;
    ++*next;
  }
  // "Sunday Times", "Monday Night Football": a weekday heading a name.
  // "On Wednesday Sola met Araujo": after a sentence-opening "On" ("Late on",
  // "Earlier on") the weekday is the date and the name is the subject.
  bool opened_by_on = i > 0 && Is(i - 1, "on") &&
                      (SentenceStart(i - 1) || (i > 1 && SentenceStart(i - 2) && t_[i - 2].alpha));
  if (!opened_by_on && *next < t_.size() && t_[*next].alpha && t_[*next].capitalized &&
      !I(*next).trigger && !t_[*next].newline_before) {
    return false;
  }
  *wd = info.weekday;
  return true;
}

bool Parser::DayNumber(size_t i, int* day, size_t* next) const {
  if (!Num(i) || t_[i].lower.size() > 2) return false;
  int d = ToInt(t_[i].lower);
  if (d < 1 || d > 31) return false;
  *next = i + 1;
  std::string_view s = W(i + 1);
  if (Glued(i + 1) && (s == "st" || s == "nd" || s == "rd" || s == "th")) ++*next;
  // "Dec. 2.5 percent", "Dec 2:30": not a day.
  if (Glued(*next) && (Is(*next, ":") || Is(*next, ".")) && Num(*next + 1) && Glued(*next + 1)) {
    return false;
  }
  if (Is(*next, "%") || Is(*next, "percent")) return false;
  *day = d;
  return true;
}

bool Parser::SpokenYear(size_t i, int* year, size_t* next) const {
  // "nineteen ninety-six", as broadcast transcripts write years.
  int hundreds = I(i).number;
  if (hundreds < 11 || hundreds > 20) return false;
  int rest = 0;
  bool vague = false;
  size_t j = 0;
  if (!Count(i + 1, false, &rest, &vague, &j) || vague || Num(i + 1) || rest < 10 || rest >= 100) {
    return false;
  }
  *year = hundreds * 100 + rest;
  *next = j;
  return true;
}

bool Parser::Year(size_t i, int* year, size_t* next) const {
  if (i < t_.size() && !t_[i].number) return SpokenYear(i, year, next);
  if (!Num(i) || t_[i].lower.size() != 4) return false;
  int y = ToInt(t_[i].lower);
  if (y < 1000 || y > 2999) return false;
  // Part of a larger number ("12,2015", "2015.5") or a money amount.
  if (i > 0 && !t_[i].space_before && (Is(i - 1, ",") || Is(i - 1, ".") || Is(i - 1, "$"))) {
    return false;
  }
  if (Glued(i + 1) && (Is(i + 1, ",") || Is(i + 1, ".")) && Num(i + 2) && Glued(i + 2)) {
    return false;
  }
  if (Is(i + 1, "%") || Is(i + 1, "percent")) return false;
  *year = y;
  *next = i + 1;
  return true;
}

bool Parser::Count(size_t i, bool allow_article, int* n, bool* vague, size_t* next) const {
  *vague = false;
  if (i >= t_.size()) return false;
  if (Num(i)) {
    if (t_[i].lower.size() > 6) return false;
    // "1,500 years" or "2.5 years": not a count we can write as a duration.
    if (Glued(i + 1) && (Is(i + 1, ",") || Is(i + 1, ".")) && Num(i + 2) && Glued(i + 2)) {
      return false;
    }
    if (i > 0 && !t_[i].space_before && (Is(i - 1, ".") || Is(i - 1, ","))) return false;
    *n = ToInt(t_[i].lower);
    *next = i + 1;
    return true;
  }
  std::string_view w = W(i);
  if (w == "several" || w == "few" || w == "many" || w == "numerous") {
    *vague = true;
    *next = i + 1;
    return true;
  }
  if (w == "a" && Is(i + 1, "few")) {
    *vague = true;
    *next = i + 2;
    return true;
  }
  if ((w == "a" || w == "couple") && (Is(i + 1, "couple") || w == "couple")) {
    size_t j = w == "a" ? i + 2 : i + 1;
    if (Is(j, "of")) {
      *n = 2;
      *next = j + 1;
      return true;
    }
  }
  if (I(i).number < 0) return false;
  if ((w == "a" || w == "an") && !allow_article) return false;
  int value = I(i).number;
  size_t j = i + 1;
  if (value >= 20 && value < 100 && value % 10 == 0) {
    // "twenty-four", "twenty four"
    size_t k = Is(j, "-") ? j + 1 : j;
    int ones = I(k).number;
    if (ones > 0 && ones < 10 && W(k) != "a" && W(k) != "an") {
      value += ones;
      j = k + 1;
    }
  }
  if (Is(j, "hundred")) {
    value *= 100;
    ++j;
  }
  *n = value;
  *next = j;
  return true;
}

bool Parser::UnitAt(size_t i, Unit* unit, size_t* next) const {
  if (i >= t_.size() || !t_[i].alpha) return false;
  if (I(i).unit == nullptr) return false;
  *unit = *I(i).unit;
  *next = i + 1;
  return true;
}

bool Parser::Ordinal(size_t i, int* n, size_t* next) const {
  if (Num(i) && t_[i].lower.size() <= 2) {
    std::string_view s = W(i + 1);
    if (Glued(i + 1) && (s == "st" || s == "nd" || s == "rd" || s == "th")) {
      *n = ToInt(t_[i].lower);
      *next = i + 2;
      return true;
    }
    return false;
  }
  if (I(i).has_ordinal) {
    *n = I(i).ordinal;
    *next = i + 1;
    return true;
  }
  // "twenty-first"
  if (Is(i + 1, "-")) {
    int tens = I(i).number;
    int ones = I(i + 2).has_ordinal ? I(i + 2).ordinal : 0;
    if (tens >= 20 && ones > 0 && ones < 10) {
      *n = tens + ones;
      *next = i + 3;
      return true;
    }
  }
  return false;
}

bool Parser::DayPart(size_t i, std::string* code, size_t* next) const {
  if (I(i).day_part == nullptr) return false;
  *code = "T" + *I(i).day_part;
  *next = i + 1;
  return true;
}

// "3 p.m.", "9:30 a.m.", "11pm", "noon", "midnight" -> "T15:00".
bool Parser::Clock(size_t i, std::string* time, size_t* next) const {
  if (Is(i, "noon") || Is(i, "midday")) {
    *time = "T12:00";
    *next = i + 1;
    return true;
  }
  if (Is(i, "midnight")) {
    // "just after midnight" is in the small hours of the day midnight opens.
    *time = i > 0 && Is(i - 1, "after") ? "T00:00" : "T24:00";
    *next = i + 1;
    return true;
  }
  // "0600 GMT": a four-digit time says it is one only by its zone. In
  // brackets after a clock time ("10:35 a.m. (0735 GMT)") it restates that
  // time and is no expression of its own.
  if (Num(i) && t_[i].lower.size() == 4 && ZoneAt(i + 1) &&
      !(i >= 2 && Is(i - 1, "(") &&
        (Is(i - 2, "m") || Is(i - 2, ".") || Is(i - 2, "am") || Is(i - 2, "pm") ||
         Is(i - 2, "time") || ZoneAt(i - 2)))) {
    int hour = ToInt(t_[i].lower.substr(0, 2)), minute = ToInt(t_[i].lower.substr(2));
    if (hour > 23 || minute > 59) return false;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
    *time = buffer;
    *next = i + 1;
    return true;
  }
  if (!Num(i) || t_[i].lower.size() > 2) return false;
  int hour = ToInt(t_[i].lower), minute = 0;
  size_t j = i + 1;
  bool colon = false;
  if (Is(j, ":") && Glued(j) && Num(j + 1) && t_[j + 1].lower.size() == 2) {
    minute = ToInt(t_[j + 1].lower);
    j += 2;
    colon = true;
  } else if (Is(j, ".") && Glued(j) && Num(j + 1) && Glued(j + 1) && t_[j + 1].lower.size() == 2 &&
             (Is(j + 2, "am") || Is(j + 2, "pm") || Is(j + 2, "a") || Is(j + 2, "p"))) {
    // "7.45pm": the British way; without a.m./p.m. "7.45" is a number.
    minute = ToInt(t_[j + 1].lower);
    j += 2;
  }
  // "19:30 GMT", "at 17:00": the 24-hour clock, told apart from scores and
  // ratios by a zone, or by a word like "at" before an hour no 12-hour
  // clock has ("at 10:30" could be either).
  bool day_hour = hour >= 13 || t_[i].lower[0] == '0';
  if (colon && hour <= 23 && minute <= 59 && !(Is(j, "am") || Is(j, "pm")) &&
      !((Is(j, "a") || Is(j, "p")) && Is(j + 1, ".")) &&
      (ZoneAt(j) || (Is(j, "local") && Is(j + 1, "time")) ||
       (day_hour && i > 0 &&
        (Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "from") ||
         Is(i - 1, "before") || Is(i - 1, "after"))))) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
    *time = buffer;
    *next = j;
    return true;
  }
  bool pm = false, meridiem = false;
  std::string_view w = W(j);
  if (w == "am" || w == "pm") {
    meridiem = true;
    pm = w == "pm";
    ++j;
    if (Is(j, ".") && Glued(j) && Is(j + 1, "m") == false && j + 1 < t_.size() &&
        t_[j + 1].capitalized == false) {
    }
  } else if ((w == "a" || w == "p") && Is(j + 1, ".") && Is(j + 2, "m")) {
    meridiem = true;
    pm = w == "p";
    j += 3;
    if (Is(j, ".") && Glued(j)) ++j;
  }
  // "at 4 in the morning", "until 10 at night": the day part says a.m. or
  // p.m.; without a word like "at" before it, "4 in the morning session" is
  // a count.
  std::string part;
  size_t after_part = 0;
  bool at = i > 0 &&
            (Is(i - 1, "at") || Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "by") ||
             Is(i - 1, "around") || Is(i - 1, "after") || Is(i - 1, "before") || Is(i - 1, "from"));
  if (!meridiem && at && Is(j, "in") && Is(j + 1, "the") && DayPart(j + 2, &part, &after_part)) {
    meridiem = true;
    pm = part != "TMO" && (part != "TNI" || hour >= 6);
    j = after_part;
  } else if (!meridiem && at && Is(j, "at") && Is(j + 1, "night")) {
    meridiem = true;
    pm = hour >= 6;
    j += 2;
  }
  if (!meridiem || hour < 1 || hour > 12 || minute > 59) return false;
  if (pm && hour != 12) hour += 12;
  if (!pm && hour == 12) hour = 0;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
  *time = buffer;
  *next = j;
  return true;
}

// "next year", "last year", "this year" after a month or season.
bool Parser::RelativeYear(size_t i, int* offset, size_t* next) const {
  if (!Is(i + 1, "year")) return false;
  std::string_view w = W(i);
  if (w == "next") {
    *offset = 1;
  } else if (w == "last" || w == "previous") {
    *offset = -1;
  } else if (w == "this") {
    *offset = 0;
  } else {
    return false;
  }
  *next = i + 2;
  return true;
}

// Dates written with a month, a day or a year.
template <typename Take>
void Parser::Absolute(size_t i, Take take) const {
  int month = 0, day = 0, year = 0, wd = 0;
  size_t j = 0, k = 0, m = 0;
  // <weekday>, <month> <day>: the weekday only confirms the date.
  size_t start = i;
  if (Weekday(i, &wd, &j) && (Is(j, ",") || true)) {
    size_t after = Is(j, ",") ? j + 1 : j;
    if (Month(after, &month, &k) || (Num(after) && Month(after + 1, &month, &k))) i = after;
  }
  if (Month(i, &month, &j)) {
    // <month> <day>[,] [<year>]
    if (DayNumber(j, &day, &k)) {
      Spec s;
      s.month = month;
      s.day = day;
      s.grain = Grain::kDay;
      size_t end = k;
      size_t y = Is(k, ",") ? k + 1 : k;
      if (Year(y, &year, &m)) {
        s.year = year;
        end = m;
      }
      if (PossibleDay(s)) take(start, end, s, "month_day_year");
    }
    // <month> [of] <year>
    size_t y = Is(j, ",") || Is(j, "of") ? j + 1 : j;
    if (Year(y, &year, &k)) {
      Spec s;
      s.month = month;
      s.year = year;
      take(start, k, s, "month_year");
    }
    // <month> next year
    int offset = 0;
    if (RelativeYear(j, &offset, &k)) {
      Spec s;
      s.month = month;
      s.year_relative = true;
      s.year_offset = offset;
      take(start, k, s, "month_relative_year");
    }
    // "May" and "March" alone are a verb, a name or a noun more often than
    // a month: alone they need a word like "in" or "since" before them.
    bool ambiguous = t_[i].lower == "may" || t_[i].lower == "march";
    // "Feb. 30": an impossible day does not fall back to the bare month.
    int any_day = 0;
    size_t after_day = 0;
    if (start == i && !DayNumber(j, &any_day, &after_day) &&
        (!ambiguous || (i > 0 && DateContext(i - 1) && !SentenceStart(i)))) {
      Spec s;
      s.month = month;
      take(i, j, s, "bare_month");
    }
  }
  // <day> <month> [<year>]
  if (DayNumber(i, &day, &j) && Month(Is(j, "of") ? j + 1 : j, &month, &k)) {
    Spec s;
    s.month = month;
    s.day = day;
    s.grain = Grain::kDay;
    size_t end = k;
    if (Year(Is(k, ",") ? k + 1 : k, &year, &m)) {
      s.year = year;
      end = m;
    }
    if (PossibleDay(s)) take(start, end, s, "day_month_year");
  }
  if (start != i) return;
  // 2015-12-02
  if (Num(i) && t_[i].lower.size() == 4 && Is(i + 1, "-") && Glued(i + 1) && Num(i + 2) &&
      Glued(i + 2) && Is(i + 3, "-") && Glued(i + 3) && Num(i + 4) && Glued(i + 4)) {
    year_month_day d{date::year{ToInt(t_[i].lower)} / ToInt(t_[i + 2].lower) /
                     ToInt(t_[i + 4].lower)};
    if (d.ok()) {
      Spec s;
      s.year = static_cast<int>(d.year());
      s.month = static_cast<int>(static_cast<unsigned>(d.month()));
      s.day = static_cast<int>(static_cast<unsigned>(d.day()));
      s.grain = Grain::kDay;
      take(i, i + 5, s, "iso_date");
    }
  }
  // 12/2/2015, 11/02/89, 25/12/2015
  if (Num(i) && t_[i].lower.size() <= 2 && Is(i + 1, "/") && Glued(i + 1) && Num(i + 2) &&
      Glued(i + 2) && t_[i + 2].lower.size() <= 2 && Is(i + 3, "/") && Glued(i + 3) && Num(i + 4) &&
      Glued(i + 4) && (t_[i + 4].lower.size() == 4 || t_[i + 4].lower.size() == 2)) {
    int a = ToInt(t_[i].lower), b = ToInt(t_[i + 2].lower), y = ToInt(t_[i + 4].lower);
    if (t_[i + 4].lower.size() == 2) y += y >= 50 ? 1900 : 2000;
    // American order unless the first number cannot be a month.
    int mm = a, dd = b;
    if (a > 12) std::swap(mm, dd);
    year_month_day d{date::year{y} / mm / dd};
    if (d.ok() && mm >= 1 && dd >= 1) {
      Spec s;
      s.year = y;
      s.month = mm;
      s.day = dd;
      s.grain = Grain::kDay;
      take(i, i + 5, s, "numeric_date");
    }
  }
  // Years, decades and centuries.
  if (Is(i, "fiscal") && Year(i + 1, &year, &j)) {
    Spec s;
    s.year = year;
    take(i, j, s, "fiscal_year");
  }
  size_t the = Is(i, "the") ? i + 1 : i;
  if (Num(the) && Year(the, &year, &j)) {
    if (Is(j, "s") && Glued(j)) {
      Spec s;
      s.decade = year / 10;
      take(i, j + 1, s, "decade");
    } else if (Is(j, "'") && Is(j + 1, "s") && Glued(j)) {
      Spec s;
      s.decade = year / 10;
      take(i, j + 2, s, "decade");
    } else if (the == i && (!(Is(j, "-") && Glued(j) && Num(j + 1)) || YearRangeEnd(j, year) > 0) &&
               !(Is(j, ":") && Glued(j)) && YearContext(i, j)) {
      Spec s;
      s.year = year;
      take(i, j, s, "year");
    }
  }
  if (Is(the, "'") && Num(the + 1) && t_[the + 1].lower.size() == 2 && Is(the + 2, "s") &&
      Glued(the + 2)) {
    // "the '90s": the decade in the century before the reference's; the
    // reference is not read here, so take the 1900s for 30-99.
    int yy = ToInt(t_[the + 1].lower);
    Spec s;
    s.decade = (yy >= 30 ? 1900 + yy : 2000 + yy) / 10;
    take(i, the + 3, s, "decade_short");
  }
  int n = 0;
  if (Ordinal(the, &n, &j) && n > 0 && Is(j, "century")) {
    Spec s;
    s.century = n - 1;
    take(i, j + 1, s, "century");
  }
}

template <typename Take>
void Parser::Relative(size_t i, Take take) const {
  std::string_view w = W(i);
  size_t j = 0, k = 0;
  // today, yesterday, tomorrow, tonight, the day before yesterday
  // "USA Today", "China Daily": a capitalized time word inside a sentence is
  // part of a name.
  if (t_[i].capitalized && !SentenceStart(i) && (w == "today" || I(i).set != nullptr)) return;
  if (w == "today" || w == "yesterday" || w == "tomorrow") {
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
    take(i, i + 1, s, "relative_day");
    std::string code;
    if (DayPart(i + 1, &code, &j)) {
      s.type = TimexType::kTime;
      s.time = code;
      take(i, j, s, "relative_day_part");
    }
  }
  // Only when the phrase ends there: "the day before returning home" and
  // "the day after the vote" are relations, not dates.
  if (w == "the" && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
      (i + 3 >= t_.size() || (!t_[i + 3].alpha && !t_[i + 3].number))) {
    // "the day before": the day before the one the story is at.
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.offset = Is(i + 2, "before") ? -1 : 1;
    take(i, i + 3, s, "day_before_after");
  }
  if (std::string part; w == "that" && DayPart(i + 1, &part, &j)) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.time = part;
    take(i, j, s, "that_day_part");
  }
  if (w == "the" && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
      (Is(i + 3, "yesterday") || Is(i + 3, "tomorrow"))) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = Is(i + 3, "yesterday") ? -2 : 2;
    take(i, i + 4, s, "day_before_yesterday");
  }
  if (w == "tonight" || (w == "last" && Is(i + 1, "night"))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = w == "tonight" ? 0 : -1;
    s.time = "TNI";
    take(i, w == "tonight" ? i + 1 : i + 2, s, "tonight");
  }
  // this morning / this evening
  std::string code;
  if (w == "this" && DayPart(i + 1, &code, &j) && code != "TNI") {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.time = code;
    take(i, j, s, "this_day_part");
  }
  // [earlier|later] [the] this|last|next|past|coming|previous|current <unit|month|weekday|season>
  size_t p = i;
  std::string mod;
  if (w == "earlier" || w == "later") {
    mod = w == "earlier" ? "START" : "END";
    ++p;
  }
  bool the = Is(p, "the");
  if (the) ++p;
  std::string_view rel = W(p);
  Lean lean = Lean::kTense;
  int offset = 0;
  size_t q = p + 1;
  if (rel == "that" && !mod.empty()) {
    // "later that month": the story's month.
    lean = Lean::kThis;
  } else if (rel == "this" || rel == "current" || rel == "present") {
    lean = Lean::kThis;
    if (Is(q, "coming")) {
      lean = Lean::kComing;
      ++q;
    } else if (Is(q, "past")) {
      lean = Lean::kLast;
      offset = -1;
      ++q;
    }
  } else if (rel == "last" || rel == "past" || rel == "previous") {
    lean = Lean::kLast;
    offset = -1;
  } else if (rel == "next" || rel == "coming" || rel == "following") {
    lean = Lean::kNext;
    offset = 1;
  } else if (rel == "latest" && the) {
    lean = Lean::kLast;
    offset = -1;
  } else {
    rel = {};
  }
  // ABC's "This Week": a quoted title.
  if (!rel.empty() && p > 0 && (Is(p - 1, "\"") || Is(p - 1, "`")) && t_[p].capitalized &&
      q < t_.size() && t_[q].capitalized && I(q).unit != nullptr) {
    rel = {};
  }
  if (!rel.empty() && !(mod.size() && lean != Lean::kThis)) {
    bool narrative = the && (rel == "following" || rel == "previous" || rel == "next");
    Unit unit;
    int month = 0, wd = 0;
    std::string part;
    // "the current fiscal year", "next fiscal year": annotators and readers
    // take the year it is named for.
    if (Is(q, "fiscal") && Is(q + 1, "year") && !(the && (rel == "past" || rel == "last"))) ++q;
    if (UnitAt(q, &unit, &k) && !unit.time && unit.count == 1 && W(q).back() != 's') {
      Grain g = GrainOfUnit(unit.code);
      Spec s;
      s.shift = true;
      s.unit = g == Grain::kWeekend ? Grain::kWeek : g;
      s.grain = g;
      s.offset = offset;
      s.mod = mod;
      s.narrative = (narrative && rel != "previous") || rel == "that";
      // "the previous quarter" with nothing before it is the one before now.
      if (rel == "previous" && the) s.narrative = true;
      // "the past year", "the last week" in a clause are durations, handled
      // there; "the next day" follows the story.
      if (the && (rel == "past" || rel == "last") && g != Grain::kWeekend) {
        Spec d;
        d.type = TimexType::kDuration;
        d.literal = DurationLiteral(unit, "1");
        take(i, k, d, "the_past_unit");
      } else if (g == Grain::kQuarter && rel == "latest") {
        take(i, k, s, "latest_quarter");
      } else {
        take(i, k, s, "relative_period");
      }
    } else if (the && (rel == "next" || rel == "following") && DayPart(q, &part, &k)) {
      // "appeared in court the next morning": the part of the day after the
      // one the story is at.
      Spec s;
      s.type = TimexType::kTime;
      s.shift = true;
      s.unit = Grain::kDay;
      s.grain = Grain::kDay;
      s.offset = 1;
      s.narrative = true;
      s.time = part;
      take(i, k, s, "narrative_day_part");
    } else if (rel == "latest" && Is(q, "period")) {
      // "the latest period" in a results story is the quarter just reported.
      Spec s;
      s.shift = true;
      s.unit = Grain::kQuarter;
      s.grain = Grain::kQuarter;
      s.offset = -1;
      take(i, q + 1, s, "latest_quarter");
    } else if (Month(q, &month, &k)) {
      Spec s;
      s.month = month;
      s.lean = lean;
      s.mod = mod;
      take(i, k, s, "relative_month");
      // "last Oct. 23": the day, in the year the words point to.
      int day = 0;
      if (mod.empty() && DayNumber(k, &day, &j)) {
        s.day = day;
        s.grain = Grain::kDay;
        if (PossibleDay(s)) take(i, j, s, "relative_month_day");
      }
    } else if (Weekday(q, &wd, &k)) {
      Spec s;
      s.weekday = wd;
      s.lean = lean;
      // "the previous Friday", "the following Monday": around the day the
      // story is at, strictly before or after it.
      if (narrative) {
        s.narrative = true;
        if (lean == Lean::kNext) s.lean = Lean::kComing;
      }
      take(i, k, s, "relative_weekday");
      if (DayPart(k, &part, &j)) {
        s.type = TimexType::kTime;
        s.time = part;
        take(i, j, s, "relative_weekday_part");
      }
    } else if (I(q).season != nullptr) {
      Spec s;
      s.season = *I(q).season;
      s.lean = lean;
      s.narrative = narrative;
      s.mod = mod;
      take(i, q + 1, s, "relative_season");
    } else if (int h = -1; (h = MatchPhrase(lx_.holidays, I(q).holidays, t_, q, &k)) >= 0) {
      Spec s;
      s.holiday = h;
      s.lean = lean;
      take(i, k, s, "relative_holiday");
    }
  }
  // the year, the month, the week, the decade: the current one; "the quarter"
  // in business news is the last one reported.
  if (w == "the" || w == "that") {
    Unit unit;
    size_t u = i + 1;
    if (Is(u, "fiscal") || Is(u, "full") || Is(u, "calendar")) ++u;
    // "the year-ago quarter" is read by year_earlier. "the Year of the
    // Dragon", "Person of the Year": a capitalized period next to "of" is a
    // name.
    bool name = u < t_.size() && t_[u].capitalized && !t_[i].capitalized &&
                (Is(u + 1, "of") || (i > 0 && Is(i - 1, "of")));
    if (UnitAt(u, &unit, &k) && !unit.time && unit.count == 1 && W(i + 1).back() != 's' &&
        !(Is(k, "-") && (Is(k + 1, "earlier") || Is(k + 1, "ago"))) && !name) {
      Grain g = GrainOfUnit(unit.code);
      Spec s;
      s.shift = true;
      s.unit = g == Grain::kWeekend ? Grain::kWeek : g;
      s.grain = g;
      if (w == "the" && g == Grain::kDay) return;
      // "the week of March 6": the week holding that day.
      int month = 0, day = 0;
      if (w == "the" && g == Grain::kWeek && Is(k, "of") && Month(k + 1, &month, &j) &&
          DayNumber(j, &day, &j)) {
        Spec d;
        d.month = month;
        d.day = day;
        d.grain = Grain::kWeek;
        take(i, j, d, "week_of");
      }
      // "sales for the year ended Sept. 30": a fiscal year's length.
      if (w == "the" && g == Grain::kYear && (Is(k, "ended") || Is(k, "ending"))) {
        Spec d;
        d.type = TimexType::kDuration;
        d.literal = "P1Y";
        take(i, k, d, "fiscal_year_ended");
        return;
      }
      if (w == "that" || g == Grain::kDay) {
        s.narrative = true;
      } else if (g == Grain::kQuarter) {
        s.offset = -1;
      } else if (g == Grain::kWeekend) {
        s = Spec();
        s.grain = Grain::kWeekend;
      }
      take(i, k, s, w == "that" ? "that_period" : "the_period");
    }
    if ((w == "the" || w == "that") && Is(i + 1, "same") && Is(i + 2, "day")) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      take(i, i + 3, s, "same_day");
    }
  }
  // year-end, year's end
  if (w == "year" && Is(i + 1, "end")) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kYear;
    s.grain = Grain::kYear;
    s.mod = "END";
    take(i, i + 2, s, "year_end");
  }
  if (w == "year" && ((Is(i + 1, "-") && Is(i + 2, "end")) ||
                      (Is(i + 1, "'") && Is(i + 2, "s") && Is(i + 3, "end")))) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kYear;
    s.grain = Grain::kYear;
    s.mod = "END";
    take(i, Is(i + 1, "-") ? i + 3 : i + 4, s, "year_end");
  }
  // year-earlier, year-ago: the story's period a year before.
  // "the comparable year-ago quarter", "the year-earlier third quarter".
  size_t y = w == "the" && (Is(i + 1, "comparable") || Is(i + 1, "corresponding") ||
                            Is(i + 1, "same") || Is(i + 1, "prior"))
                 ? i + 2
             : w == "the" ? i + 1
                          : i;
  if (W(y) == "year" && Is(y + 1, "-") && (Is(y + 2, "earlier") || Is(y + 2, "ago"))) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kYear;
    s.offset = -1;
    s.narrative = true;
    s.grain = Grain::kNone;
    size_t end = y + 3;
    Unit unit;
    int n = 0;
    if (UnitAt(end, &unit, &k) && unit.code == "Q") {
      end = k;
    } else if (Is(end, "period")) {
      ++end;
    } else if (Ordinal(end, &n, &j) && n > 0 && n <= 4 && Is(Is(j, "-") ? j + 1 : j, "quarter")) {
      // A named quarter: that quarter of the year before the story's.
      end = (Is(j, "-") ? j + 1 : j) + 1;
      s = Spec();
      s.quarter = n;
      s.year_relative = true;
      s.year_offset = -1;
    }
    if (w == "the" && end == y + 3) return;
    take(i, end, s, "year_earlier");
  }
  // "the same period last year", "the corresponding quarter a year ago",
  // "the same period of the previous year": the story's period a year back.
  if (w == "the" && (Is(i + 1, "same") || Is(i + 1, "corresponding") || Is(i + 1, "comparable")) &&
      (Is(i + 2, "period") || Is(i + 2, "quarter"))) {
    size_t e = Is(i + 3, "of") ? i + 4 : i + 3;
    if (Is(e, "last") && Is(e + 1, "year")) {
      e += 2;
    } else if ((Is(e, "a") || Is(e, "one")) && Is(e + 1, "year") &&
               (Is(e + 2, "earlier") || Is(e + 2, "ago") || Is(e + 2, "before"))) {
      e += 3;
    } else if (Is(e, "the") && (Is(e + 1, "previous") || Is(e + 1, "prior")) && Is(e + 2, "year")) {
      e += 3;
    } else {
      e = 0;
    }
    if (e != 0) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kYear;
      s.offset = -1;
      s.narrative = true;
      take(i, e, s, "year_earlier");
    }
  }
}

template <typename Take>
void Parser::Durations(size_t i, Take take) const {
  // [the] [past|last|next|coming|first|latest] <count> <unit> [ago|later|earlier]
  size_t p = i;
  bool the = Is(p, "the");
  if (the) ++p;
  std::string_view rel = W(p);
  bool has_rel = rel == "past" || rel == "last" || rel == "next" || rel == "coming";
  if (the) {
    has_rel = has_rel || rel == "first" || rel == "latest" || rel == "previous" ||
              rel == "following" || rel == "final" || rel == "initial";
  }
  if (has_rel) ++p;
  int n = 0;
  bool vague = false;
  size_t j = 0, k = 0;
  Unit unit;
  if (Count(p, !the && !has_rel, &n, &vague, &j)) {
    // "two to three weeks", "the next 12 to 18 months", "12-18 months": a
    // range of counts, read as at least the lower one.
    bool count_range = false;
    if (!vague && (Is(j, "to") || Is(j, "or") || (Is(j, "-") && Glued(j) && Num(p)))) {
      int upper = 0;
      bool upper_vague = false;
      size_t after = 0;
      if (Count(j + 1, false, &upper, &upper_vague, &after) && !upper_vague && upper > n &&
          UnitAt(after, &unit, &k) && !unit.time) {
        j = after;
        count_range = true;
      }
    }
    bool hyphen = Is(j, "-") && Glued(j);
    // "2 1/2 years": a half more of the unit.
    bool half = false, and_half = false;
    if (!hyphen && !vague && Num(p) && Is(j, "1") && Is(j + 1, "/") && Glued(j + 1) &&
        Is(j + 2, "2") && Glued(j + 2)) {
      half = true;
      j += 3;
    }
    // "two and a half hours"
    if (!hyphen && !vague && !half && Is(j, "and") && Is(j + 1, "a") && Is(j + 2, "half") &&
        I(j + 3).unit != nullptr) {
      half = and_half = true;
      j += 3;
    }
    // "20 more years", "an additional year"
    if (!hyphen && (Is(j, "more") || Is(j, "additional") || Is(j, "further"))) ++j;
    // "eight trading days", "ten business days": days counted on a calendar
    // of work.
    if (!hyphen && (Is(j, "trading") || Is(j, "business") || Is(j, "working")) &&
        (Is(j + 1, "day") || Is(j + 1, "days"))) {
      ++j;
    }
    size_t u = hyphen ? j + 1 : j;
    // "60 Minutes" is a programme.
    if (UnitAt(u, &unit, &k) && unit.code != "WE" && (!t_[u].capitalized || SentenceStart(u))) {
      bool plural = W(u).back() == 's';
      bool article = W(p) == "a" || W(p) == "an";
      if (plural && article && !vague) return;
      // "a quarter of exports", "a second time", "half of": not durations.
      if (article && (Is(k, "of") || unit.code == "S")) return;
      // "70 miles an hour" is a speed.
      if (article && unit.time && i > 0 && I(i - 1).rate_word == 2) return;
      // "the 1988 quarter" is a quarter of 1988 (year_period).
      if (unit.code == "Q" && n >= 1000) return;
      Spec s;
      s.type = TimexType::kDuration;
      std::string count = vague ? "X" : std::to_string(n * unit.count);
      s.literal = DurationLiteral(unit, count);
      // "a minute and a half"
      if (!vague && !plural && Is(k, "and") && (Is(k + 1, "a") || Is(k + 1, "one")) &&
          Is(k + 2, "half")) {
        half = and_half = true;
        k += 3;
      }
      if (half) {
        // The half unit in the next smaller one; units without one stay whole.
        const char* rest = unit.code == "Y"                 ? "6M"
                           : unit.code == "M" && !unit.time ? "15D"
                           : unit.code == "D"               ? "T12H"
                           : unit.code == "H"               ? "30M"
                           : unit.code == "M"               ? "30S"
                                                            : "";
        // Said in words, years count on in months, decades and centuries in
        // years: "a year and a half" is P18M, "a decade and a half" P15Y
        // ("2 1/2 years" stays P2Y6M, as TimeBank writes it).
        int whole = n * unit.count;
        if (unit.code == "Y" && and_half) {
          s.literal = "P" + std::to_string(whole * 12 + 6) + "M";
        } else if (unit.code == "DE" || unit.code == "CE") {
          int size = unit.code == "DE" ? 10 : 100;
          s.literal = "P" + std::to_string(whole * size + size / 2) + "Y";
        } else {
          if (*rest == 0) return;
          s.literal += rest;
        }
      }
      if (hyphen && (plural || has_rel)) return;
      // "a year-earlier quarter", "a year-ago period": a comparison date,
      // read where it starts ("year").
      if (!hyphen && Is(k, "-") && (Is(k + 1, "earlier") || Is(k + 1, "ago"))) return;
      // "a 6-year-old boy" is an age, not a period.
      if (hyphen && ((Is(k, "-") && Is(k + 1, "old")) || Is(k, "old"))) return;
      // "Mr. Lee, 52 years old": an age too.
      if (Is(k, "old")) return;
      if (!hyphen && n == 1 && plural && !vague && W(p) != "1" && !count_range) return;
      // "a week or so", "two years or so ago": about that long.
      bool or_so = !hyphen && Is(k, "or") && Is(k + 1, "so");
      if (or_so) k += 2;
      // "a day or two", "a year or two": a range of counts after the unit.
      if (int upper = 0;
          !hyphen && !vague && !count_range && !plural && Is(k, "or") && !Num(k + 1)) {
        bool upper_vague = false;
        size_t after = 0;
        Unit other;
        if (Count(k + 1, false, &upper, &upper_vague, &after) && !upper_vague && upper > n &&
            !UnitAt(after, &other, &j)) {
          k = after;
          count_range = true;
        }
      }
      if (count_range) s.mod = "EQUAL_OR_MORE";
      if (or_so) s.mod = "APPROX";
      const char* rule = hyphen ? "duration_adjective" : "duration";
      if (vague && !the && !has_rel && Is(k, "ago")) {
        Spec d;
        d.literal = "PAST_REF";
        take(i, k + 1, d, "vague_ago");
        return;
      }
      // "two years from now", "a week from today": that long after the
      // publication date.
      if (!the && !has_rel && !vague && !unit.time && !hyphen && Is(k, "from") &&
          (Is(k + 1, "now") || Is(k + 1, "today"))) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g == Grain::kDecade || g == Grain::kCentury ? Grain::kYear : g;
        d.offset = n * unit.count;
        take(i, k + 2, d, "from_now");
        return;
      }
      // "two years ago": the date that long before the publication date.
      if (!the && !has_rel && !vague && !unit.time && !hyphen &&
          (Is(k, "ago") || Is(k, "later") || Is(k, "earlier") || Is(k, "before") ||
           Is(k, "after") || Is(k, "since"))) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g;
        d.offset = (Is(k, "ago") || Is(k, "earlier") || Is(k, "before")) ? -n * unit.count
                                                                         : n * unit.count;
        // "a decade ago" names a year, not a decade.
        if (g == Grain::kDecade || g == Grain::kCentury) d.grain = Grain::kYear;
        if (count_range || or_so) d.mod = "APPROX";
        if (Is(k, "ago")) {
          take(i, k + 1, d, "ago");
          return;
        }
        // "a day earlier than planned": how much earlier, a length.
        if ((Is(k, "later") || Is(k, "earlier")) && !Is(k + 1, "than")) {
          d.narrative = true;
          take(i, k + 1, d, "later_earlier");
          return;
        }
        // "two days after the coup", "a week before it": counted from the
        // event the story just dated. The count alone is the expression
        // (the relation word is a signal); with no date in the story yet it
        // stays a duration.
        if ((g == Grain::kDay || g == Grain::kWeek || g == Grain::kMonth) && !count_range &&
            !or_so && (Is(k, "after") || Is(k, "before")) && EventFollows(k + 1) &&
            !LengthBefore(i)) {
          d.narrative = true;
          d.fallback = s.literal;
          // "a week after July 3" is July 10: counted in days from a day.
          if (g == Grain::kWeek) {
            d.unit = d.grain = Grain::kDay;
            d.offset *= 7;
          }
          take(i, k, d, "count_from_event");
          return;
        }
      }
      // "days later", "several hours later": the story's day, after it
      // (hours later is mostly still that day).
      if (vague && !the && !has_rel && !hyphen && Is(k, "later") &&
          (unit.code == "D" || unit.time)) {
        take(i, k + 1, LaterSameStory(unit), "vague_later");
        return;
      }
      // "in three months" in a clause about the future is a date; "the
      // first visit in 88 years", "its highest level in a decade" measure
      // a gap.
      if (!the && !has_rel && !vague && !unit.time && !hyphen && i > 0 && Is(i - 1, "in") &&
          !RecordBefore(i - 1) && TenseAround(i, k) > 0) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g;
        d.offset = n * unit.count;
        if (count_range || or_so) d.mod = "APPROX";
        take(i, k, d, "in_duration");
        return;
      }
      take(i, k, s, rule);
      return;
    }
  }
  // "half an hour"
  if (Is(i, "half") && (Is(i + 1, "an") || Is(i + 1, "a")) && UnitAt(i + 2, &unit, &k)) {
    Spec s;
    s.type = TimexType::kDuration;
    if (unit.code == "H") s.literal = "PT30M";
    if (unit.code == "Y") s.literal = "P6M";
    if (unit.code == "D") s.literal = "PT12H";
    if (unit.code == "DE") s.literal = "P5Y";
    if (unit.code == "CE") s.literal = "P50Y";
    if (!s.literal.empty()) take(i, k, s, "half_unit");
  }
  // Bare plural units: "months of talks", "for years".
  // Only after words that introduce a span of time; "years old", "minutes
  // of the meeting" are not.
  auto span_word = [&](std::string_view w) {
    return w == "for" || w == "over" || w == "within" || w == "after" || w == "took" ||
           w == "spent" || w == "lasted" || w == "last" || w == "lasts" || w == "in" ||
           w == "take" || w == "takes" || w == "following";
  };
  // "in the weeks before the vote", "the years that followed": a period of
  // unknown length next to an event.
  auto around_event = [&]() {
    bool next = Is(k, "before") || Is(k, "after") || Is(k, "following") || Is(k, "that") ||
                Is(k, "leading");
    return next && W(i - 1) == "the";
  };
  // "weeks or months", "days or weeks": an uncertain length, in the
  // smaller unit, wherever it stands.
  if (Unit second; I(i).unit != nullptr && Is(i + 1, "or") && UnitAt(i, &unit, &k) && !unit.time &&
                   unit.code != "WE" && W(i).back() == 's' && UnitAt(k + 1, &second, &j) &&
                   !second.time && second.code != "WE" && W(k + 1).back() == 's') {
    Spec s;
    s.type = TimexType::kDuration;
    s.literal = DurationLiteral(unit, "X");
    s.mod = "APPROX";
    take(i, j, s, "vague_duration_pair");
  }
  // "three-quarters of its food" is a fraction.
  bool fraction = i > 0 && W(i - 1) == "-" && Glued(i - 1) && Glued(i);
  // "the early hours of Thursday": annotators mark the day, and the hours
  // are no period of their own.
  bool small_hours =
      Is(i, "hours") && i > 0 && (Is(i - 1, "early") || Is(i - 1, "small") || Is(i - 1, "wee"));
  bool plural_unit = UnitAt(i, &unit, &k) && W(i).back() == 's';
  if (plural_unit && Is(k, "later") && (unit.code == "D" || unit.time) &&
      (i == 0 || !(Num(i - 1) || I(i - 1).number >= 0))) {
    take(i, k + 1, LaterSameStory(unit), "vague_later");
  }
  // "just months ago", "Years ago, the town was quiet": some time back.
  if (plural_unit && unit.code != "WE" && Is(k, "ago") && !fraction &&
      (i == 0 || !(Num(i - 1) || I(i - 1).number >= 0 || Is(i - 1, "-")))) {
    Spec d;
    d.literal = "PAST_REF";
    take(i, k + 1, d, "plural_ago");
  }
  if (plural_unit && unit.code != "WE" && i > 0 && !fraction && !small_hours &&
      (span_word(W(i - 1)) || Is(k, "of") || around_event()) && !Is(k, "ago") && !Is(k, "old")) {
    Spec s;
    s.type = TimexType::kDuration;
    s.literal = DurationLiteral(unit, "X");
    take(i, k, s, "vague_duration");
  }
}

template <typename Take>
void Parser::Sets(size_t i, Take take) const {
  // "the Communist Party daily Granma" is a newspaper.
  // "hourly pay", "an hourly wage": "hourly" before a noun says how pay is
  // counted, not how often something happens.
  // ("data/en/rate_words.tsv"; "average hourly earnings" stays a set, as
  // TimeBank tags it).
  bool of_pay = I(i).set != nullptr && Is(i, "hourly") &&
                (I(i + 1).rate_word == 1 || (i + 2 < t_.size() && t_[i + 1].alpha &&
                                             !t_[i + 1].capitalized && I(i + 2).rate_word == 1));
  if (I(i).set != nullptr && (!t_[i].capitalized || SentenceStart(i)) && !NameWord(i + 1) &&
      !(i > 0 && NameWord(i - 1) && !SentenceStart(i - 1)) && !of_pay) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = *I(i).set;
    take(i, i + 1, s, "frequency_adverb");
  }
  // "twice a year", "three times a week", "once a month": how often, not
  // how long.
  // The word after is "a", "an", "per" or "times": one look at its first
  // letter turns most tokens away.
  if (std::string_view after = W(i + 1);
      !after.empty() && (after[0] == 'a' || after[0] == 'p' || after[0] == 't')) {
    size_t per = Is(i, "once") || Is(i, "twice") || Is(i, "thrice")   ? i + 1
                 : (Num(i) || I(i).number >= 0) && Is(i + 1, "times") ? i + 2
                                                                      : 0;
    if (Unit unit; per > 0 && (Is(per, "a") || Is(per, "an") || Is(per, "per")) &&
                   UnitAt(per + 1, &unit, &per) && W(per - 1).back() != 's') {
      Spec s;
      s.type = TimexType::kSet;
      s.literal = DurationLiteral(unit, "1");
      take(i, per, s, "times_per_unit");
    }
  }
  if (!Is(i, "every") && !Is(i, "each")) return;
  size_t p = i + 1;
  int every = 1;
  if (Is(p, "other")) {
    every = 2;
    ++p;
  }
  int n = 0, month = 0, wd = 0;
  bool vague = false;
  size_t j = 0, k = 0;
  Unit unit;
  if (Count(p, false, &n, &vague, &j) && !vague && UnitAt(j, &unit, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string(unit.time ? "PT" : "P") + std::to_string(n * unit.count) + unit.code;
    take(i, k, s, "every_n_units");
  } else if (UnitAt(p, &unit, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string(unit.time ? "PT" : "P") + std::to_string(every * unit.count) +
                (unit.code == "WE" ? "W" : unit.code);
    take(i, k, s, "every_unit");
  } else if (Weekday(p, &wd, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-WXX-" + std::to_string(wd);
    take(i, k, s, "every_weekday");
    std::string part;
    if (DayPart(k, &part, &j)) {
      s.literal += part;
      take(i, j, s, "every_weekday_part");
    }
  } else if (Month(p, &month, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string("XXXX-") + (month < 10 ? "0" : "") + std::to_string(month);
    take(i, k, s, "every_month");
  } else if (I(p).season != nullptr) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-" + *I(p).season;
    take(i, p + 1, s, "every_season");
  } else if (std::string part; DayPart(p, &part, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-XX-XX" + part;
    take(i, k, s, "every_day_part");
  }
}

template <typename Take>
void Parser::Times(size_t i, Take take) const {
  std::string time, part;
  size_t j = 0, k = 0;
  int wd = 0;
  // "between 2 and 3 p.m.", "from 9 to 11 a.m.", "2-3 p.m.": the first
  // bound borrows the a.m./p.m. of the second.
  if (Num(i) && t_[i].lower.size() <= 2) {
    int hour = ToInt(t_[i].lower), minute = 0;
    size_t link = i + 1;
    if (Is(link, ":") && Glued(link) && Num(link + 1) && t_[link + 1].lower.size() == 2) {
      minute = ToInt(t_[link + 1].lower);
      link += 2;
    }
    bool linked = Is(link, "to") || (Is(link, "-") && Glued(link)) ||
                  (Is(link, "and") && i > 0 && Is(i - 1, "between"));
    std::string closing;
    if (linked && hour >= 1 && hour <= 12 && minute <= 59 && Clock(link + 1, &closing, &k) &&
        closing.size() == 6 && closing[3] == ':') {
      int end_hour = ToInt(closing.substr(1, 2));
      if (end_hour >= 12 && end_hour < 24 && hour != 12 && hour + 12 <= end_hour) hour += 12;
      if (end_hour < 12 && hour == 12) hour = 0;
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
      Spec s;
      s.type = TimexType::kTime;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      s.time = buffer;
      // "between 2 and 3 p.m. Tuesday": both bounds on the day named.
      size_t d = Is(k, ",") ? k + 1 : k;
      if (Is(d, "on")) ++d;
      if (int named = 0; Weekday(d, &named, &j)) {
        s.shift = false;
        s.narrative = false;
        s.weekday = named;
      }
      take(i, link, s, "clock_range_start");
    }
  }
  // 3 p.m. [Tuesday|today|yesterday|tomorrow]
  if (Clock(i, &time, &j)) {
    // A bare clock time is on the day the story is at.
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.time = time;
    // "4 a.m. EDT Thursday": the zone is kept in the span, the value stays local.
    if (ZoneAt(j)) ++j;
    // "10:30 a.m. local time Tuesday"
    if (Is(j, "local") && Is(j + 1, "time")) j += 2;
    // "10:35 a.m. (0735 GMT) Friday": the same time in another zone stands
    // between the time and its day; the time keeps its own span (the zone's
    // time and the day are read on their own) and takes the day.
    if (Is(j, "(") && Num(j + 1)) {
      size_t close = j + 2;
      while (close < t_.size() && close < j + 8 && !Is(close, ")")) ++close;
      size_t d = Is(close + 1, ",") ? close + 2 : close + 1;
      if (Is(d, "on")) ++d;
      if (Is(close, ")") && Weekday(d, &wd, &k)) {
        Spec t;
        t.type = TimexType::kTime;
        t.weekday = wd;
        t.time = time;
        take(i, j, t, "clock_zone_weekday");
        return;
      }
    }
    take(i, j, s, "clock");
    if (Is(j, ",")) ++j;
    size_t d = Is(j, "on") ? j + 1 : j;
    int month = 0, day = 0, year = 0;
    if (Month(d, &month, &k) && DayNumber(k, &day, &k)) {
      // "5 p.m. EST, Nov. 6": the day is the one named.
      Spec t;
      t.type = TimexType::kTime;
      t.month = month;
      t.day = day;
      t.time = time;
      if (Is(k, ",") && Year(k + 1, &year, &j)) {
        t.year = year;
        k = j;
      }
      take(i, k, t, "clock_date");
    } else if (Weekday(d, &wd, &k)) {
      Spec t;
      t.type = TimexType::kTime;
      t.weekday = wd;
      t.time = time;
      take(i, k, t, "clock_weekday");
    } else if (Is(d, "today") || Is(d, "yesterday") || Is(d, "tomorrow")) {
      s.narrative = false;
      s.offset = Is(d, "today") ? 0 : Is(d, "yesterday") ? -1 : 1;
      take(i, d + 1, s, "clock_day");
    }
  }
  // Tuesday night
  if (Weekday(i, &wd, &j) && DayPart(j, &part, &k)) {
    Spec s;
    s.type = TimexType::kTime;
    s.weekday = wd;
    s.time = part;
    take(i, k, s, "weekday_part");
  }
  // "mid-afternoon", "mid afternoon yesterday", "mid-morning Tuesday": the
  // day part of the day named after it, else of the day the story is at.
  if (Is(i, "mid")) {
    j = Is(i + 1, "-") && Glued(i + 1) ? i + 2 : i + 1;
    if (DayPart(j, &part, &k) && part != "TNI") {
      Spec s;
      s.type = TimexType::kTime;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      s.time = part;
      if (Is(k, "today") || Is(k, "yesterday") || Is(k, "tomorrow")) {
        s.narrative = false;
        s.offset = Is(k, "today") ? 0 : Is(k, "yesterday") ? -1 : 1;
        ++k;
      } else if (Weekday(k, &wd, &j)) {
        s = Spec();
        s.type = TimexType::kTime;
        s.weekday = wd;
        s.time = part;
        k = j;
      }
      take(i, k, s, "mid_day_part");
    }
  }
}

bool Parser::ZoneAt(size_t j) const {
  if (j >= t_.size() || !t_[j].capitalized || !t_[j].alpha || t_[j].lower.size() > 4) return false;
  std::string_view zone = W(j);
  static const std::string_view kZones[] = {"est", "edt", "gmt", "utc",  "cst",  "cdt", "pst",
                                            "pdt", "bst", "cet", "cest", "mst",  "mdt", "jst",
                                            "kst", "ist", "msk", "aest", "aedt", "hkt", "sgt"};
  for (std::string_view z : kZones) {
    if (zone == z) return true;
  }
  return false;
}

bool Parser::QuantityBefore(size_t p) const {
  for (size_t b = p; b > 0 && p - b < 5;) {
    --b;
    std::string_view x = W(b);
    // The clause ends at ";" or at a "." or "," with a space after it
    // ("1,500" and "2.5" are one number).
    if (x == ";" || ((x == "." || x == ",") && (b + 1 >= t_.size() || t_[b + 1].space_before))) {
      return false;
    }
    if (Num(b)) {
      // "in 2010 a year of drought": a year is no quantity.
      int v = ToInt(t_[b].lower);
      if (t_[b].lower.size() == 4 && v >= 1900 && v <= 2099 && b > 0 && DateContext(b - 1)) {
        return false;
      }
      return true;
    }
    if (x == "%" || x == "$" || x == "percent" || x == "cent" || x == "million" || x == "billion" ||
        x == "thousand" || x == "hundred" || x == "dozen" || x == "times" || x == "once" ||
        x == "twice" || x == "thrice" || I(b).number >= 2) {
      return true;
    }
  }
  return false;
}

template <typename Take>
void Parser::Modern(size_t i, Take take) const {
  // Every rule here starts at a number or one of a few words; one look at
  // the first letter turns the rest away.
  const Token& tok = t_[i];
  bool number = tok.number || (tok.info != nullptr && tok.info->number >= 0);
  std::string_view w = tok.lower;
  // Each rule has a unit or a month within three words.
  auto unit_at = [&](size_t k) {
    return k < t_.size() && t_[k].info != nullptr && t_[k].info->unit != nullptr;
  };
  auto unit_near = [&]() { return unit_at(i + 1) || unit_at(i + 2) || unit_at(i + 3); };
  bool start = number && unit_near();
  switch (w.empty() ? 0 : w[0]) {
    case 't':
      start = start || (w == "the" && (unit_at(i + 1) || I(i + 1).month > 0)) ||
              ((w == "twice" || w == "thrice") && unit_near());
      break;
    case 'p':
      start = start || (w == "per" && unit_near());
      break;
    case 'o':
      start = start || (w == "once" && unit_near()) || w == "overnight";
      break;
    case 'l':
      start = start || w == "later";
      break;
    case 'e':
      start = start || w == "earlier";
      break;
    default:
      break;
  }
  if (!start) return;
  ModernRules(i, number, take);
}

template <typename Take>
void Parser::ModernRules(size_t i, bool number, Take take) const {
  bool the = Is(i, "the");
  size_t j = 0, k = 0;
  Unit unit;
  // Rates are sets: "10 million barrels a day", "twice a week", "$40 per
  // year", "three times a year". "for a day", "a day later", "a day-long
  // strike" stay lengths and dates.
  {
    size_t p = i;
    int n = 0;
    bool vague = false;
    if (Is(i, "once") || Is(i, "twice") || Is(i, "thrice")) {
      ++p;
    } else if (number && (Is(i + 1, "times") || Is(i + 2, "times")) &&
               Count(i, false, &n, &vague, &j) && !vague && Is(j, "times")) {
      p = j + 1;
    }
    bool per = Is(p, "per");
    bool article = Is(p, "a") || Is(p, "an");
    bool counted = p != i;
    if ((per || article) && UnitAt(p + 1, &unit, &k) && W(p + 1).back() != 's' &&
        unit.code != "WE" && (counted || (unit.code != "S" && !(unit.time && unit.code == "M"))) &&
        (per || counted || (unit.code != "Q" && unit.code != "DE" && unit.code != "CE"))) {
      // "instructions per second", "60 miles an hour" are measures ("12
      // miles a day" is a rate); "rose 3 percent in a year" a length.
      bool after_word = p > 0 && (Is(p - 1, "in") || Is(p - 1, "of") || Is(p - 1, "to") ||
                                  Is(p - 1, "by") || Is(p - 1, "after") || Is(p - 1, "before") ||
                                  Is(p - 1, "from") || Is(p - 1, "into") || Is(p - 1, "during") ||
                                  Is(p - 1, "half") || Is(p - 1, "past"));
      bool rate = (per || counted || (QuantityBefore(p) && !LengthBefore(p) && !after_word)) &&
                  !(unit.time && p > 0 && I(p - 1).rate_word == 2);
      static const std::string_view kAfter[] = {
          "ago",   "earlier", "later", "before", "after", "or",     "and",  "-",     "old",
          "from",  "of",      "since", "early",  "late",  "longer", "more", "ahead", "behind",
          "apart", "into",    "too",   "'",      "long",  "when",   "until"};
      for (std::string_view a : kAfter) {
        if (W(k) == a) rate = false;
      }
      if (rate) {
        Spec s;
        s.type = TimexType::kSet;
        s.literal = DurationLiteral(unit, std::to_string(unit.count));
        take(i, k, s, "rate");
      }
    }
  }
  // "six years and eight months", "two hours and 20 minutes": one length in
  // both units (a larger unit first).
  {
    int n = 0, m = 0;
    bool vague = false;
    Unit second;
    size_t u = 0;
    auto rank = [](const Unit& x) {
      if (x.time) return x.code == "H" ? 3 : x.code == "M" ? 2 : 1;
      if (x.code == "D") return 4;
      if (x.code == "W") return 5;
      if (x.code == "M") return 6;
      if (x.code == "Q") return 7;
      if (x.code == "Y") return 8;
      if (x.code == "DE") return 9;
      return x.code == "CE" ? 10 : 0;
    };
    if (number && (Is(i + 2, "and") || Is(i + 3, "and") || Is(i + 4, "and")) &&
        Count(i, true, &n, &vague, &j) && !vague && UnitAt(j, &unit, &k) && Is(k, "and") &&
        Count(k + 1, true, &m, &vague, &u) && !vague && UnitAt(u, &second, &j) &&
        rank(second) > 0 && rank(second) < rank(unit) && unit.code != "WE" &&
        !(Is(j, "ago") || Is(j, "later") || Is(j, "earlier") || Is(j, "-") || Is(j, "old"))) {
      // Fields of an ISO 8601 duration, filled from both parts.
      long years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
      auto add = [&](const Unit& x, long count) {
        count *= x.count;
        if (x.time) {
          (x.code == "H" ? hours : x.code == "M" ? minutes : seconds) += count;
        } else if (x.code == "D") {
          days += count;
        } else if (x.code == "W") {
          weeks += count;
        } else if (x.code == "M") {
          months += count;
        } else if (x.code == "Q") {
          months += 3 * count;
        } else {
          years += count * (x.code == "DE" ? 10 : x.code == "CE" ? 100 : 1);
        }
      };
      add(unit, n);
      add(second, m);
      // Weeks do not mix with other fields in TIMEX3 values: count them as days.
      if (weeks != 0 && (days != 0 || hours != 0 || minutes != 0 || seconds != 0)) {
        days += 7 * weeks;
        weeks = 0;
      }
      std::string v = "P";
      auto field = [&](long count, char letter) {
        if (count != 0) v += std::to_string(count) + letter;
      };
      field(years, 'Y');
      field(months, 'M');
      field(weeks, 'W');
      field(days, 'D');
      if (hours != 0 || minutes != 0 || seconds != 0) v += "T";
      field(hours, 'H');
      field(minutes, 'M');
      field(seconds, 'S');
      Spec s;
      s.type = TimexType::kDuration;
      s.literal = v;
      take(i, j, s, "compound_duration");
    }
  }
  // "the January-March quarter": a calendar quarter named by its months.
  if (int first = 0, last = 0; the && I(i + 1).month > 0 && Month(i + 1, &first, &j) &&
                               (Is(j, "-") || Is(j, "\u2013") || Is(j, "to")) &&
                               Month(j + 1, &last, &k) && Is(k, "quarter") && last == first + 2 &&
                               (first - 1) % 3 == 0) {
    Spec s;
    s.quarter = (first - 1) / 3 + 1;
    take(i, k + 1, s, "month_range_quarter");
  }
  // "later in the week", "earlier in the year": that part of the current
  // period, like "later this week".
  if ((Is(i, "later") || Is(i, "earlier")) && Is(i + 1, "in") && Is(i + 2, "the") &&
      UnitAt(i + 3, &unit, &k) && !unit.time && unit.count == 1 && W(i + 3).back() != 's' &&
      (unit.code == "W" || unit.code == "M" || unit.code == "Y")) {
    Grain g = GrainOfUnit(unit.code);
    Spec s;
    s.shift = true;
    s.unit = g;
    s.grain = g;
    s.mod = Is(i, "later") ? "END" : "START";
    take(i, k, s, "later_in_the_period");
  }
  // "the week before last": two periods back; "the year before", "the month
  // after": one period off the story's, when the phrase ends there ("the
  // week before the vote" is a relation).
  if (the && I(i + 1).unit != nullptr && UnitAt(i + 1, &unit, &k) && !unit.time &&
      unit.count == 1 && W(i + 1).back() != 's' && unit.code != "D" && unit.code != "WE" &&
      (Is(k, "before") || Is(k, "after"))) {
    Grain g = GrainOfUnit(unit.code);
    Spec s;
    s.shift = true;
    s.unit = g;
    s.grain = g == Grain::kDecade || g == Grain::kCentury ? Grain::kYear : g;
    // "the week before last Tuesday" counts back from Tuesday.
    if (Is(k, "before") && Is(k + 1, "last") && !Num(k + 2) && I(k + 2).unit == nullptr &&
        I(k + 2).weekday == 0 && I(k + 2).month == 0 && I(k + 2).season == nullptr &&
        I(k + 2).holidays.empty()) {
      s.offset = -2;
      take(i, k + 2, s, "period_before_last");
    } else if (k + 1 >= t_.size() || (!t_[k + 1].alpha && !t_[k + 1].number)) {
      s.offset = Is(k, "before") ? -1 : 1;
      s.narrative = true;
      take(i, k + 1, s, "period_before_after");
    }
  }
  // "overnight": the night before the story's day, or in a clause about the
  // future the coming one; "an overnight curfew", "overnight rates" describe
  // a noun.
  if (Is(i, "overnight") &&
      !(i > 0 && (Is(i - 1, "an") || Is(i - 1, "the") || Is(i - 1, "a") || Is(i - 1, "its") ||
                  Is(i - 1, "their"))) &&
      !(i + 1 < t_.size() && t_[i + 1].alpha && !t_[i + 1].capitalized &&
        I(i + 1).has_tense == false && I(i + 1).trigger == false && !Is(i + 1, "and") &&
        !Is(i + 1, "to") && !Is(i + 1, "in") && !Is(i + 1, "on") && !Is(i + 1, "at") &&
        !Is(i + 1, "near") && !Is(i + 1, "as") && !Is(i + 1, "after") && !Is(i + 1, "into") &&
        !Is(i + 1, "from") && !Is(i + 1, "with") && !Is(i + 1, "but") && !Is(i + 1, "by"))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = TenseAround(i, i + 1) > 0 ? 0 : -1;
    s.time = "TNI";
    take(i, i + 1, s, "overnight");
  }
}

template <typename Take>
void Parser::Core(size_t i, Take take) const {
  // First, so that a rate ("barrels a day") wins over the length it ties with.
  Modern(i, take);
  Absolute(i, take);
  Relative(i, take);
  Durations(i, take);
  Sets(i, take);
  Times(i, take);
  size_t j = 0, k = 0;
  int wd = 0, n = 0;
  // A bare weekday.
  if (Weekday(i, &wd, &j)) {
    Spec s;
    s.weekday = wd;
    take(i, j, s, "weekday");
  }
  // Vague references: now, recently, the future.
  int v = MatchPhrase(lx_.vague, I(i).vague, t_, i, &j);
  // "as soon as", "soon after" relate events, not times; "a previously
  // announced plan" qualifies a participle.
  if (v >= 0 && W(i) == "soon" && ((i > 0 && Is(i - 1, "as")) || Is(j, "after") || Is(j, "as"))) {
    v = -1;
  }
  // "the cash soon became a flood", "he was soon released": "soon" in a
  // past narrative orders two past events and names no time ahead of the
  // publication date.
  if (v >= 0 && W(i) == "soon" &&
      ((i > 0 && (Is(i - 1, "was") || Is(i - 1, "were") || Is(i - 1, "had"))) || PastVerb(j))) {
    v = -1;
  }
  if (v >= 0 && W(i) == "previously" && i > 0 &&
      (Is(i - 1, "a") || Is(i - 1, "an") || Is(i - 1, "the") || Is(i - 1, "as") ||
       Is(i - 1, "its") || Is(i - 1, "their"))) {
    v = -1;
  }
  if (v >= 0) {
    Spec s;
    s.literal = lx_.vague[static_cast<size_t>(v)].value;
    take(i, j, s, "vague");
  }
  // Seasons: [the] summer [of] [2014 | next year]
  size_t p = Is(i, "the") ? i + 1 : i;
  const std::string* season = I(p).season;
  // "fall" and "spring" are verbs too: without a determiner or a year
  // they are read as seasons only after "in".
  if (season != nullptr && p == i && (W(p) == "fall" || W(p) == "spring")) {
    int y = 0;
    size_t after = Is(p + 1, "of") ? p + 2 : p + 1;
    if (!(i > 0 && (Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "since") ||
                    Is(i - 1, "until") || Is(i - 1, "by"))) &&
        !Year(after, &y, &k)) {
      season = nullptr;
    }
  }
  if (season != nullptr && t_[p].capitalized && NameWord(p + 1)) season = nullptr;
  if (season != nullptr) {
    Spec s;
    s.season = *season;
    j = p + 1;
    take(i, j, s, "season");
    int year = 0, offset = 0;
    size_t y = Is(j, "of") ? j + 1 : j;
    if (Year(y, &year, &k)) {
      s.year = year;
      take(i, k, s, "season_year");
    } else if (RelativeYear(j, &offset, &k)) {
      s.year_relative = true;
      s.year_offset = offset;
      take(i, k, s, "season_relative_year");
    }
  }
  // Holidays: Christmas [2014]
  if (int h = MatchPhrase(lx_.holidays, I(p).holidays, t_, p, &j);
      h >= 0 && t_[p].capitalized && !NameWord(j)) {
    Spec s;
    s.holiday = h;
    take(i, j, s, "holiday");
    // "Easter week", "Christmas week": the ISO week holding the day (for
    // Easter, Holy Week, Monday to Easter Sunday).
    if (Is(j, "week")) {
      Spec week = s;
      week.grain = Grain::kWeek;
      take(i, j + 1, week, "holiday_week");
    }
    // "the Christmas holidays", "the Lunar New Year holiday": the days
    // around it.
    if (Is(j, "holiday") || Is(j, "holidays") || Is(j, "break") || Is(j, "recess") ||
        Is(j, "festivities") || Is(j, "celebrations")) {
      Spec around = s;
      around.mod = "APPROX";
      take(i, j + 1, around, "holiday_period");
    }
    int year = 0;
    if (Year(j, &year, &k)) {
      s.year = year;
      take(i, k, s, "holiday_year");
    }
  }
  // Quarters and halves: the third quarter [of 2014 | of next year], third-quarter
  if (Ordinal(p, &n, &j) && n != 0) {
    size_t u = Is(j, "-") ? j + 1 : j;
    if (Is(u, "fiscal")) ++u;
    if (Is(u, "quarter") || Is(u, "half")) {
      Spec s;
      if (Is(u, "quarter")) {
        if (n > 4) return;
        s.quarter = n;
      } else {
        if (n > 2) return;
        s.half = n;
      }
      take(i, u + 1, s, "quarter");
      int year = 0, offset = 0;
      size_t y = Is(u + 1, "of") ? u + 2 : u + 1;
      if (Is(y, "fiscal")) ++y;
      if (Year(y, &year, &k)) {
        s.year = year;
        take(i, k, s, "quarter_year");
      } else if (RelativeYear(y, &offset, &k) || (Is(y, "the") && Is(y + 1, "year"))) {
        if (Is(y, "the")) k = y + 2;
        s.year_relative = true;
        s.year_offset = offset;
        take(i, k, s, "quarter_relative_year");
      }
    }
  }
  // the 1988 third quarter, 1998 first-quarter
  int year = 0;
  if (Year(p, &year, &j) && Ordinal(j, &n, &k) && n > 0 && n <= 4) {
    size_t u = Is(k, "-") ? k + 1 : k;
    if (Is(u, "quarter")) {
      Spec s;
      s.quarter = n;
      s.year = year;
      take(i, u + 1, s, "year_quarter");
    }
  }
  // "this year's third quarter", "the current year's first half", "last
  // year's quarter".
  {
    int offset = 0;
    size_t r = 0;
    bool current = Is(i, "the") && Is(i + 1, "current") && Is(i + 2, "year");
    if (current) r = i + 3;
    if ((current || RelativeYear(i, &offset, &r)) && Is(r, "'") && Is(r + 1, "s")) {
      size_t q = r + 2;
      if (Is(q, "fiscal")) ++q;
      if (Ordinal(q, &n, &j) && n > 0) {
        size_t u = Is(j, "-") ? j + 1 : j;
        if ((Is(u, "quarter") && n <= 4) || (Is(u, "half") && n <= 2)) {
          Spec s;
          (Is(u, "quarter") ? s.quarter : s.half) = n;
          s.year_relative = true;
          s.year_offset = offset;
          take(i, u + 1, s, "relative_year_quarter");
        }
      } else if (offset < 0 && (Is(q, "quarter") || Is(q, "period"))) {
        // The story's quarter a year before, like "the year-ago quarter".
        Spec s;
        s.shift = true;
        s.unit = Grain::kYear;
        s.offset = -1;
        s.narrative = true;
        take(i, q + 1, s, "year_earlier");
      }
    }
  }
  // "the 1988 period", "the 1988 quarter": the quarter the story is about,
  // in that year (Resolve fills the quarter in).
  if (Is(i, "the") && Year(i + 1, &year, &j) && (Is(j, "quarter") || Is(j, "period"))) {
    Spec s;
    s.year = year;
    take(i, j + 1, s, "year_period");
  }
  // nineteen ninety-six
  if (int spoken = 0; SpokenYear(i, &spoken, &j)) {
    Spec s;
    s.year = spoken;
    take(i, j, s, "spoken_year");
  }
  // the year 2000, the year two thousand
  if (Is(i, "the") && Is(i + 1, "year")) {
    int named = 0;
    if (Year(i + 2, &named, &j)) {
      Spec s;
      s.year = named;
      take(i, j, s, "the_year_n");
    } else if (Is(i + 2, "two") && Is(i + 3, "thousand")) {
      Spec s;
      s.year = 2000;
      j = i + 4;
      int rest = 0;
      bool vague = false;
      size_t k2 = Is(j, "and") ? j + 1 : j;
      if (Count(k2, false, &rest, &vague, &k) && !vague && !Num(k2) && rest < 100) {
        s.year += rest;
        j = k;
      }
      take(i, j, s, "the_year_n");
    }
  }
  // the nineties
  if (int decade = I(p).decade; decade >= 0 && p > i) {
    Spec s;
    s.decade = (1900 + decade) / 10;
    take(i, p + 1, s, "decade_word");
  }
}

bool Parser::CoreBest(size_t i, Match* best) const {
  bool found = false;
  Core(i, [&](size_t first, size_t end, const Spec& spec, const char* rule) {
    if (!found || end > best->end) {
      best->first = first;
      best->end = end;
      best->spec = spec;
      best->rule = rule;
      found = true;
    }
  });
  return found;
}

bool Parser::Best(size_t i, Match* best) const {
  const Token& tok = t_[i];
  if (!tok.number && !I(i).trigger) return false;
  // Cheap test before trying every rule: a weak trigger ("the", "a",
  // "over", a small number) needs a time word or a number close by.
  bool strong = tok.number ? tok.lower.size() == 4 : I(i).strong;
  // "3 p.m.", "10am"
  if (tok.number && (Is(i + 1, "a") || Is(i + 1, "p") || Is(i + 1, "am") || Is(i + 1, "pm"))) {
    strong = true;
  }
  // "the beginning of next month": a part word opens a longer phrase.
  size_t after_phrase = 0;
  if (!strong && !I(i).modifiers.empty() && I(i + 1).phrase_word &&
      MatchPhrase(lx_.modifiers, I(i).modifiers, t_, i, &after_phrase) >= 0) {
    strong = true;
  }
  for (size_t k = i + 1; !strong && k < t_.size() && k <= i + 3; ++k) {
    strong = I(k).strong || t_[k].number ||
             (t_[k].lower.size() == 1 && !t_[k].alpha && t_[k].lower != "," && t_[k].lower != ".");
  }
  if (!strong) return false;
  bool found = CoreBest(i, best);
  // Qualifiers: early September, the end of next month, more than a decade.
  size_t j = 0;
  int m = MatchPhrase(lx_.modifiers, I(i).modifiers, t_, i, &j);
  if (m >= 0) {
    const Phrase& mod = lx_.modifiers[static_cast<size_t>(m)];
    if (mod.value == "MID" && Is(j, "-") && Glued(j)) ++j;
    // "late on Tuesday", "early on Wednesday": the part word reaches over "on".
    bool day_part = (Is(i, "early") || Is(i, "late")) && j == i + 1;
    if (day_part && Is(j, "on") && j + 1 < t_.size() && I(j + 1).weekday > 0) ++j;
    Match inner;
    if (j < t_.size() && CoreBest(j, &inner) && (!found || inner.end > best->end)) {
      bool duration = inner.spec.type == TimexType::kDuration;
      bool calendar = inner.spec.type == TimexType::kDate && inner.spec.literal.empty() &&
                      inner.spec.weekday == 0 && inner.spec.day == 0;
      bool ago = mod.kind == "amount" && std::string_view(inner.rule) == "ago";
      // "early Tuesday", "late Friday": the start or end of that day.
      if (mod.kind == "part" && day_part && inner.spec.type == TimexType::kDate &&
          inner.spec.literal.empty() && inner.spec.weekday > 0) {
        calendar = true;
      }
      if ((mod.kind == "amount" && duration && !Is(j, "the")) || (mod.kind == "part" && calendar) ||
          ago) {
        *best = inner;
        best->first = i;
        best->spec.mod = mod.value;
        best->rule = mod.kind == "amount" ? "amount_modifier" : "part_of_period";
        if (ago) {
          // "more than four decades ago" is a date before the one four
          // decades back; "nearly three years ago" about it (as TimeBank
          // writes it); "less than a year ago" after it.
          const std::string& v = mod.value;
          bool less = Is(i, "less") || Is(i, "under") || Is(i, "just");
          best->spec.mod = v == "MORE_THAN"       ? "BEFORE"
                           : v == "EQUAL_OR_MORE" ? "ON_OR_BEFORE"
                           : v == "EQUAL_OR_LESS" ? "ON_OR_AFTER"
                           : v == "LESS_THAN"     ? (less ? "AFTER" : "APPROX")
                                                  : "APPROX";
          best->rule = "amount_ago";
        }
        found = true;
      }
    }
  }
  // the early 1990s, the late '80s
  if (Is(i, "the") && (m = MatchPhrase(lx_.modifiers, I(i + 1).modifiers, t_, i + 1, &j)) >= 0 &&
      lx_.modifiers[static_cast<size_t>(m)].kind == "part") {
    const Phrase& mod = lx_.modifiers[static_cast<size_t>(m)];
    if (mod.value == "MID" && Is(j, "-") && Glued(j)) ++j;
    Match inner;
    if (CoreBest(j, &inner) && inner.spec.decade != kUnset && (!found || inner.end > best->end)) {
      *best = inner;
      best->first = i;
      best->spec.mod = mod.value;
      best->rule = "part_of_decade";
      found = true;
    }
  }
  // the first half of 2016, the second half of next year
  size_t p = Is(i, "the") ? i + 1 : i;
  int n = 0;
  if ((Ordinal(p, &n, &j)) && n != 0 && n <= 2 && Is(j, "half") && Is(j + 1, "of")) {
    Match inner;
    if (CoreBest(j + 2, &inner) && inner.spec.literal.empty() &&
        (inner.spec.grain == Grain::kYear || (inner.spec.year != kUnset && inner.spec.month == 0) ||
         (inner.spec.shift && inner.spec.unit == Grain::kYear))) {
      *best = inner;
      best->first = i;
      Spec& s = best->spec;
      if (s.shift) {
        s.shift = false;
        s.year_relative = true;
        s.year_offset = s.offset;
        s.narrative = false;
      }
      s.half = n < 0 ? 2 : n;
      s.grain = Grain::kHalf;
      best->rule = "half_of_year";
      found = true;
    }
  }
  // A match naming one day of the calendar: "Nov. 3", "Tuesday", "Christmas",
  // "yesterday".
  auto named_day = [](const Spec& in) {
    return in.literal.empty() && in.day_offset == 0 &&
           (in.day > 0 || in.weekday > 0 || in.holiday >= 0 ||
            (in.shift && in.unit == Grain::kDay && in.grain != Grain::kWeekend));
  };
  // "the day before last Tuesday", "the day after Christmas": a day off a
  // named day; "the day after the vote" names none and is left alone.
  size_t d = Is(i, "the") ? i + 1 : i;
  if (Is(d, "day") && (Is(d + 1, "before") || Is(d + 1, "after"))) {
    Match inner;
    if (CoreBest(d + 2, &inner) && (!found || inner.end > best->end)) {
      if (inner.spec.type == TimexType::kDate && named_day(inner.spec)) {
        *best = inner;
        best->first = i;
        best->spec.day_offset = Is(d + 1, "before") ? -1 : 1;
        best->rule = "day_before_after_date";
        found = true;
      }
    }
  }
  // "the next year or so", "mid-2016 or so": about then.
  if (found && best->spec.mod.empty() && best->spec.type != TimexType::kSet &&
      Is(best->end, "or") && Is(best->end + 1, "so")) {
    best->end += 2;
    best->spec.mod = "APPROX";
  }
  return found;
}

bool Parser::RangeEnd(const Match& opening, Match* end) const {
  // "2016–20": the closing year, written short.
  if (std::string_view(opening.rule) == "year" && opening.spec.year != kUnset) {
    int year = YearRangeEnd(opening.end, opening.spec.year);
    if (year == 0 || t_[opening.end + 1].lower.size() != 2) return false;
    *end = opening;
    end->first = opening.end + 1;
    end->end = opening.end + 2;
    end->spec.year = year;
    end->rule = "range_end_year";
    return true;
  }
  if (opening.spec.month == 0 || opening.spec.day == 0 || opening.spec.type != TimexType::kDate) {
    return false;
  }
  size_t k = opening.end;
  if (!(Is(k, "-") || Is(k, "to") || Is(k, "through") || Is(k, "until") || Is(k, "and"))) {
    return false;
  }
  int day = 0, month = 0;
  size_t next = 0, after = 0;
  if (!DayNumber(k + 1, &day, &next) || Month(next, &month, &after)) return false;
  if (Is(next, "-") || Is(next, ":") || Is(next, "/") || (Is(next, ".") && Num(next + 1))) {
    return false;
  }
  if (day <= opening.spec.day) return false;
  *end = opening;
  end->first = k + 1;
  end->end = next;
  end->spec.day = day;
  end->rule = "range_end_day";
  return true;
}

const char* Parser::BoundMod(size_t first) const {
  if (first == 0) return nullptr;
  size_t k = first - 1;
  // Runs for every date: one look at the word's first letter turns most away.
  std::string_view w = W(k);
  if (w.size() < 2 || w.size() > 7) return nullptr;
  char c = w[0];
  if (c != 'u' && c != 't' && c != 'b' && c != 'a' && c != 's') return nullptr;
  // "no later than June", "not before March".
  bool negated = k > 0 && (Is(k - 1, "not") || Is(k - 1, "no"));
  if (Is(k, "than") && k >= 2 && (Is(k - 2, "no") || Is(k - 2, "not"))) {
    if (Is(k - 1, "later")) return "ON_OR_BEFORE";
    if (Is(k - 1, "earlier")) return "ON_OR_AFTER";
    return nullptr;
  }
  if (Is(k, "until") || Is(k, "till") || Is(k, "through") || Is(k, "by")) {
    // "postponed until March", "extended its deadline until June": the new
    // date itself.
    for (size_t v = k; v > 0 && k - v < kMoveReach + 2;) {
      --v;
      if (I(v).has_tense && I(v).tense == tense_word::kMove && MovedTo(v, first)) return nullptr;
    }
    if (negated && !Is(k, "by")) return "ON_OR_AFTER";  // "not until March"
    return "ON_OR_BEFORE";
  }
  if (Is(k, "before")) return negated ? "ON_OR_AFTER" : "BEFORE";
  if (Is(k, "after")) return "AFTER";
  if (Is(k, "since")) return "ON_OR_AFTER";
  return nullptr;
}

// The tense of the clause around tokens [first, end): the nearest cue word
// before it, else the nearest after it, within the sentence.
// An -ed word after a determiner ("a still unspecified date", "the
// expected ruling") describes a noun; it is no past verb.
bool Parser::Attributive(size_t k) const {
  auto determiner = [&](size_t d) {
    std::string_view w = W(d);
    return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" ||
           w == "her" || w == "this" || w == "these" || w == "those";
  };
  if (k == 0) return false;
  if (determiner(k - 1)) return true;
  std::string_view adverb = W(k - 1);
  return k >= 2 && determiner(k - 2) &&
         (adverb == "still" || (adverb.size() > 3 && adverb.substr(adverb.size() - 2) == "ly"));
}

bool Parser::ComparedBefore(size_t first) const {
  for (size_t b = first; b > 0 && first - b < 12;) {
    --b;
    std::string_view w = W(b);
    if (w == "." || w == ";" || w == "!" || w == "?") return false;
    bool compared = w == "from" || w == "than" || w == "versus" || w == "vs" ||
                    ((w == "with" || w == "to") && b > 0 &&
                     (Is(b - 1, "compared") || Is(b - 1, "compares") || Is(b - 1, "compare")));
    if (!compared) continue;
    size_t next = b + 1;
    // An amount opens with a figure or a currency sign ("$", "#").
    return next == first || Num(next) || I(next).number >= 0 ||
           (!t_[next].alpha && W(next) != "," && W(next) != "\"" && W(next) != "`");
  }
  return false;
}

bool Parser::MovedTo(size_t k, size_t first) const {
  size_t q = k + 1;
  if (Is(q, "back") || Is(q, "off")) ++q;
  // The object may sit between the verb and its preposition ("pushed the
  // vote back to May"); punctuation or another verb ends the clause first.
  for (size_t object = 0; q + 1 < first && object < kMoveReach; ++q, ++object) {
    std::string_view w = W(q);
    if (w == "." || w == "," || w == ";" || w == ":" || (I(q).has_tense && !Is(q, "back"))) {
      return false;
    }
  }
  if (q + 1 != first) return false;
  return Is(q, "to") || Is(q, "until") || Is(q, "till") || Is(q, "for") || Is(q, "through");
}

// A word after "to" that can open an infinitive: no article, pronoun or
// name ("to the plan", "to it", "to Paris").
bool Parser::Infinitive(size_t k) const {
  if (k >= t_.size() || !t_[k].alpha || t_[k].capitalized) return false;
  static const std::string_view kNotVerbs[] = {
      "the",   "a",   "an",   "this",  "that", "these", "those", "his",   "her",  "its",
      "their", "our", "my",   "your",  "it",   "them",  "him",   "us",    "me",   "some",
      "all",   "any", "such", "which", "what", "whom",  "each",  "every", "both", "no"};
  for (std::string_view w : kNotVerbs) {
    if (W(k) == w) return false;
  }
  return !I(k).has_tense || I(k).tense != tense_word::kPast;
}

int Parser::TenseAround(size_t first, size_t end, size_t* cue_at) const {
  size_t none = t_.size();
  if (cue_at == nullptr) cue_at = &none;
  *cue_at = t_.size();
  auto boundary = [&](size_t k) {
    std::string_view w = W(k);
    if (w == ";" || w == "!" || w == "?") return true;
    if (w != ".") return false;
    // A period after an abbreviation (Dec., Mr., U.S.) does not end it.
    if (k == 0) return true;
    const Token& before = t_[k - 1];
    // A weekday or month spelt out ("said Wednesday.", "in September.") is
    // no abbreviation: its period ends the sentence.
    bool spelt_out = before.lower.size() >= 6 && (I(k - 1).weekday > 0 || I(k - 1).month > 0);
    if (before.alpha && !spelt_out && (before.lower.size() == 1 || I(k - 1).abbreviation)) {
      return false;
    }
    return true;
  };
  auto be = [&](size_t k) {
    std::string_view w = W(k);
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "am" || w == "being";
  };
  auto cue = [&](size_t k, int* tense) {
    const std::string& w = t_[k].lower;
    // "ahead of Sunday's vote", "in the run-up to Thursday's summit": what
    // the clause waits for lies ahead.
    if ((k + 2 == first && Is(k, "ahead") && Is(k + 1, "of")) ||
        (k + 2 == first && Is(k, "up") && Is(k + 1, "to") && k + 2 == first && k >= 2 &&
         Is(k - 1, "-") && Is(k - 2, "run"))) {
      *tense = 1;
      return true;
    }
    // "a new office, effective Feb. 1": the day a change takes effect is
    // announced ahead of it.
    // "became effective Jan. 1", "was effective March 1": a change already
    // made; the past verb before it decides.
    if (k + 1 == first && Is(k, "effective") &&
        !(k > 0 &&
          (Is(k - 1, "been") || (I(k - 1).has_tense && I(k - 1).tense == tense_word::kPast)))) {
      *tense = 1;
      return true;
    }
    if (I(k).has_tense) {
      // "expected to last until Friday": the verb, not "last week".
      if (k > 0 && Is(k, "last") && Is(k - 1, "to")) return false;
      // "Pyongyang has until Monday to respond": a deadline ahead.
      if (Is(k + 1, "until") && (Is(k, "has") || Is(k, "have"))) {
        *tense = 1;
        return true;
      }
      // "the meeting was to take place on Thursday": a plan as seen then;
      // "was to have taken place" is one that did not happen.
      if (Is(k + 1, "to") && (Is(k, "was") || Is(k, "were")) && !Is(k + 2, "have")) {
        *tense = 1;
        return true;
      }
      switch (I(k).tense) {
        case tense_word::kPresent:
          // "is to", "are to": a plan.
          if (Is(k + 1, "to")) {
            *tense = 1;
            return true;
          }
          // "the presidents are meeting in Paris on Monday": an arrangement;
          // "is continuing to try" is an effort under way.
          if (k + 1 < first && ProgressiveVerb(k + 1) && !Is(k + 2, "to")) {
            *tense = 1;
            return true;
          }
          // "Pompeo is in Pyongyang on Sunday": where someone is on a day
          // named in the present is a schedule.
          if ((w == "is" || w == "are") && Is(k + 1, "in") && k + 2 < first && first - k <= 7) {
            size_t q = k + 2;
            while (q < first && t_[q].alpha && t_[q].capitalized) ++q;
            if (q > k + 2 && (q == first || (q + 1 == first && Is(q, "on")))) {
              *tense = 1;
              return true;
            }
          }
          return false;
        case tense_word::kPlan:
          // "the court set Friday as the deadline": "set" right before the
          // date is the past verb ("sets" would be the present).
          if (k + 1 == first && Is(k, "set")) {
            *tense = -1;
            return true;
          }
          // "had been due to expire Friday", "as previously planned": a plan
          // that was made for a day now past.
          if (k > 0 && (Is(k - 1, "previously") || Is(k - 1, "originally") || Is(k - 1, "had") ||
                        (k > 1 && Is(k - 1, "been") && Is(k - 2, "had")))) {
            *tense = -1;
            return true;
          }
          // "is scheduled", "set to", "due for", "planned a rally on Saturday";
          // after the date ("On Friday, the government planned to pay") a
          // bare plan word is a past verb.
          if ((k < first && (w != "set" || Is(k + 1, "for") || Is(k + 1, "to"))) ||
              (k > 0 && be(k - 1))) {
            *tense = 1;
            return true;
          }
          if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) {
            *tense = -1;
            return true;
          }
          return false;
        case tense_word::kModal:
          // "could not be located", "would have": not a plan.
          if (Is(k + 1, "not") || Is(k + 1, "have") || (Is(k + 1, "n") && Is(k + 2, "'"))) {
            return false;
          }
          // "Neither he nor his aides could be reached Wednesday", "nobody
          // could be found": a negative subject, the same as "could not".
          for (size_t b = k; b > 0 && k - b < 8;) {
            --b;
            std::string_view stop = W(b);
            if (stop == "." || stop == ";" || stop == "!" || stop == "?" ||
                t_[b + 1].newline_before) {
              break;
            }
            if (Is(b, "neither") || Is(b, "nor") || Is(b, "nobody") || Is(b, "none")) return false;
          }
          *tense = 1;
          return true;
        case tense_word::kNone:
          // "succeed", "hundred": -ed words that are no past verb.
          return false;
        case tense_word::kIntent:
          // "agreed to buy the line in February", "an agreement to acquire
          // the bank in January": what was agreed lies ahead. "agreed to the
          // plan on Monday" has no verb after "to" and keeps the past.
          if (Is(k + 1, "to") && k + 2 < first && Infinitive(k + 2)) {
            *tense = 1;
            return true;
          }
          if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) {
            *tense = -1;
            return true;
          }
          return false;
        case tense_word::kSchedule: {
          // "Leaders meet Monday", "Xi arrives in Seattle Tuesday": a
          // timetable. After an auxiliary, "to", a determiner or a count
          // ("did not meet", "agreed to meet", "his visits", "two visits")
          // the word says nothing of its own.
          // "heads of state", "by end of June": nouns.
          if (k >= first || k == 0 || Is(k + 1, "of")) return false;
          std::string_view before = W(k - 1);
          static const std::string_view kBlockers[] = {
              "to",    "not",    "will", "would", "could", "can",  "may",   "might", "must",
              "shall", "should", "did",  "does",  "do",    "t",    "the",   "a",     "an",
              "his",   "her",    "its",  "their", "this",  "that", "these", "those", "s"};
          for (std::string_view b : kBlockers) {
            if (before == b) return false;
          }
          // An auxiliary or another verb before it takes the lead; a noun of
          // intent is the subject ("the agreement expires in March").
          if (t_[k - 1].number || I(k - 1).number >= 0 ||
              (I(k - 1).has_tense && I(k - 1).tense != tense_word::kIntent)) {
            return false;
          }
          *tense = 1;
          return true;
        }
        case tense_word::kMove: {
          // "postponed to Thursday", "pushed back to Friday", "delayed
          // until March": the new date lies ahead. Elsewhere ("troops moved
          // to the border on Monday") a past verb.
          if (MovedTo(k, first)) {
            *tense = 1;
            return true;
          }
          if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !Attributive(k)) {
            *tense = -1;
            return true;
          }
          return false;
        }
        default:
          // "the plan", "its forecast", "their hopes" are nouns; "the
          // upcoming talks" still looks ahead.
          if (I(k).tense == tense_word::kFuture && k > 0 && Attributive(k) &&
              !(w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0)) {
            return false;
          }
          // "On Friday, when she set aside vacation plans for the trip":
          // after the date, "plans for", "hopes of" are nouns of the clause
          // that reported it ("plans for Friday" before it still looks ahead).
          if (I(k).tense == tense_word::kFuture && k > first &&
              (Is(k + 1, "for") || Is(k + 1, "of"))) {
            return false;
          }
          *tense = I(k).tense;
          return true;
      }
    }
    // Past participles and past verbs; "United", "Red Cross" are names.
    if (t_[k].alpha && !t_[k].capitalized && w.size() > 4 &&
        w.compare(w.size() - 2, 2, "ed") == 0 && !Attributive(k)) {
      *tense = -1;
      return true;
    }
    return false;
  };
  int tense = 0;
  for (size_t k = first; k > 0 && first - k < 20;) {
    --k;
    if (boundary(k) || t_[k + 1].newline_before) break;
    if (cue(k, &tense)) {
      // "will be held", "will stay closed": a participle after "be" (or
      // "stay", "remain") takes its tense from the auxiliary before it.
      if (tense < 0 && k > 0 &&
          (Is(k - 1, "be") || Is(k - 1, "being") || Is(k - 1, "stay") || Is(k - 1, "remain"))) {
        // "guidelines to be published in early November": still to come.
        if (k > 1 && Is(k - 1, "be") && Is(k - 2, "to")) {
          *cue_at = k;
          return 1;
        }
        continue;
      }
      *cue_at = k;
      return tense;
    }
  }
  for (size_t k = end; k < t_.size() && k - end < 10; ++k) {
    if (boundary(k) || t_[k].newline_before) break;
    if (cue(k, &tense)) {
      *cue_at = k;
      return tense;
    }
  }
  return 0;
}

}  // namespace

struct Resolver::Impl {
  Lexicon lexicon;
};

Resolver::Resolver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Resolver::~Resolver() = default;

bool Resolver::Load(std::unique_ptr<Resolver>* out, Diagnostic* error) {
  auto impl = std::make_unique<Impl>();
  if (!impl->lexicon.Load(error)) return false;
  out->reset(new Resolver(std::move(impl)));
  return true;
}

std::vector<TimeExpression> Resolver::Resolve(std::string_view text, year_month_day dct) const {
  thread_local std::vector<Token> tokens;
  Tokenize(text, &tokens);
  const Lexicon& lx = impl_->lexicon;
  lx.Annotate(&tokens);
  Parser parser(lx, tokens);
  std::vector<TimeExpression> found;
  NarrativeAnchor anchor{dct, Grain::kDay};
  bool dated = false;  // the text has named a date for `anchor`
  // The last quarter or half the text named, and where.
  NarrativeAnchor period{dct, Grain::kQuarter};
  bool period_seen = false;
  size_t period_token = 0;
  constexpr size_t kPeriodReach = 120;
  // The expression just read, for the second bound of a range.
  struct Previous {
    size_t first_token = 0;
    size_t end = static_cast<size_t>(-2);
    bool calendar = false;
    year_month_day first{};
    bool weekday = false;
    bool month = false;
    bool past = false, future = false;  // its direction
  } previous;
  for (size_t i = 0; i < tokens.size();) {
    Match m;
    if (!parser.Best(i, &m)) {
      ++i;
      continue;
    }
    // "two days after the coup" before the story dated anything is a length;
    // "in 1989 ... a few days later": no day to count from, so a length.
    // "in 2013 ... two weeks before the signing": counted from a story only
    // at a year, the count says nothing of the date; a length too ("in June
    // ... a week after the opening" stays in June).
    bool no_day = (std::string_view(m.rule) == "vague_later" && anchor.grain != Grain::kDay) ||
                  (std::string_view(m.rule) == "count_from_event" && anchor.grain != Grain::kDay &&
                   anchor.grain != Grain::kWeek && anchor.grain != Grain::kMonth);
    if (!m.spec.fallback.empty() && (!dated || no_day)) {
      Spec length;
      length.type = TimexType::kDuration;
      length.literal = m.spec.fallback;
      m.spec = length;
    }
    // "Tuesday's vote": the possessive is not part of the expression.
    size_t cue = 0;
    int tense = m.spec.literal.empty() ? parser.TenseAround(m.first, m.end, &cue) : 0;
    // A month just ahead in a past clause: "were lifted in January" (the
    // verb right before) is the one gone; "told oil companies of a cutback
    // in September" reports a plan, and "until mid-November" is a deadline.
    if (m.spec.month > 0 && m.spec.day == 0 && m.first > 0 && tense < 0 &&
        (cue >= m.first || m.first - cue > 4 || parser.Word(m.first - 1, "until") ||
         parser.Word(m.first - 1, "till") || parser.Word(m.first - 1, "by") ||
         parser.Word(m.first - 1, "for") || parser.Word(m.first - 1, "through"))) {
      m.spec.keep_ahead = true;
    }
    // "the Aug. 7 blasts": a day used as a name of what happened on it is
    // the closest such day, whatever the clause says.
    if (tense > 0 && m.spec.day > 0 && m.spec.month > 0 && m.first > 0 &&
        parser.Word(m.first - 1, "the")) {
      tense = 0;
    }
    // "profit rose from a year ago": in a story about a quarter, a year
    // back is that quarter a year earlier, even when a day ("the quarter
    // ended Sept. 30") came in between.
    std::string_view rule(m.rule);
    const NarrativeAnchor* story = &anchor;
    // Such comparisons look back: "two years later" moves the story on.
    if (m.spec.shift && m.spec.unit == Grain::kYear && m.spec.offset < 0 && period_seen &&
        m.first < period_token + kPeriodReach &&
        (rule == "ago" || rule == "later_earlier" || rule == "year_earlier")) {
      m.spec.narrative = true;
      m.spec.grain = period.grain;
      story = &period;
    }
    if (rule == "year_period" && period_seen && m.first < period_token + kPeriodReach &&
        period.grain == Grain::kQuarter) {
      m.spec.quarter = (static_cast<int>(static_cast<unsigned>(period.day.month())) - 1) / 3 + 1;
    }
    // "from Monday to Wednesday", "between April and June": the second
    // bound of a range is the first such day or month on or after the first
    // bound, whatever the tense.
    NarrativeAnchor range_start{};
    bool range_end = m.first == previous.end + 1 && previous.calendar &&
                     parser.RangeLink(previous.end, previous.first_token) &&
                     m.spec.lean == Lean::kTense && !m.spec.shift && m.spec.year == kUnset &&
                     !m.spec.year_relative &&
                     ((m.spec.weekday > 0 && previous.weekday) ||
                      (m.spec.month > 0 && m.spec.day == 0 && previous.month));
    if (range_end) {
      m.spec.narrative = true;
      m.spec.lean = Lean::kFuture;
      range_start = NarrativeAnchor{previous.first, Grain::kDay};
      story = &range_start;
    }
    Anchored a = Anchor(m.spec, lx, dct, *story, tense);
    TimeExpression e;
    e.begin = tokens[m.first].begin;
    e.end = tokens[m.end - 1].end;
    e.text.assign(text.substr(e.begin, e.end - e.begin));
    e.type = m.spec.type;
    e.value = std::move(a.value);
    e.mod = m.spec.mod;
    e.rule = m.rule;
    e.direction = a.direction;
    // "until June", "since 2010", "before March": the bound word stays
    // outside the expression (a TimeML signal) and gives its mod. The
    // second bound of a range ("from 1998 until 2003") has none, nor has a
    // possessive ("before Sunday's runoff" bounds the runoff).
    bool possessive = parser.Word(m.end, "'") && parser.Word(m.end + 1, "s");
    if (e.type == TimexType::kDate && a.calendar && (e.mod.empty() || e.mod == "APPROX") &&
        m.first != previous.end + 1 && !possessive) {
      if (const char* bound = parser.BoundMod(m.first)) e.mod = bound;
    }
    // The range's direction is its first bound's, seen from the DCT.
    if (range_end) e.direction = previous.past ? "past" : previous.future ? "future" : "";
    previous = Previous{};
    previous.first_token = m.first;
    previous.end = m.end;
    previous.calendar = a.calendar && e.type == TimexType::kDate;
    previous.first = a.first;
    previous.weekday = m.spec.weekday > 0;
    previous.month = m.spec.month > 0 && m.spec.day == 0;
    previous.past = e.direction == "past";
    previous.future = !previous.past && !e.direction.empty();
    if (a.calendar) {
      DateValue v;
      std::string err;
      std::string calendar_value = e.value.substr(0, e.value.find('T'));
      if (ParseDateValue(calendar_value, &v, &err)) {
        e.first_day = v.first;
        e.last_day = v.last;
        e.display = DisplayDate(calendar_value, QualifierOf(e.mod));
      }
      // A comparison a year back ("up from a year earlier") does not move
      // the story: the next "a year earlier" is still from the same period.
      bool comparison =
          story == &period || rule == "year_earlier" || rule == "year_period" ||
          (m.spec.shift && m.spec.unit == Grain::kYear && m.spec.offset < 0 &&
           (rule == "ago" || rule == "later_earlier") && parser.ComparedBefore(m.first));
      if (!comparison && e.type == TimexType::kDate && a.grain != Grain::kDecade &&
          a.grain != Grain::kCentury) {
        anchor = NarrativeAnchor{a.first, a.grain};
        dated = true;
      }
      if (!comparison && (a.grain == Grain::kQuarter || a.grain == Grain::kHalf)) {
        period = NarrativeAnchor{a.first, a.grain};
        period_seen = true;
        period_token = m.end;
      }
    }
    found.push_back(std::move(e));
    i = m.end;
    Match closing;
    if (parser.RangeEnd(m, &closing)) {
      Anchored b = Anchor(closing.spec, lx, dct, anchor, tense);
      TimeExpression r;
      r.begin = tokens[closing.first].begin;
      r.end = tokens[closing.end - 1].end;
      r.text.assign(text.substr(r.begin, r.end - r.begin));
      r.type = closing.spec.type;
      r.value = std::move(b.value);
      r.rule = closing.rule;
      r.direction = b.direction;
      DateValue v;
      std::string err;
      if (ParseDateValue(r.value, &v, &err)) {
        r.first_day = v.first;
        r.last_day = v.last;
        r.display = DisplayDate(r.value);
      }
      found.push_back(std::move(r));
      i = closing.end;
      previous = Previous{};
      previous.end = closing.end;
    }
  }
  return found;
}

}  // namespace annals
