// The word readers the rules share: a month, a weekday, a day number, a
// year, a count, a unit, an ordinal, a part of the day, a clock time.
#include <algorithm>
#include <cstdio>

#include "resolve_parser.h"

namespace annals::resolve_internal {

bool Parser::MonthRead(size_t i, int* month, size_t* next) const {
  if (i >= t_.size() || !t_[i].alpha) return false;
  const WordInfo& info = I(i);
  if (info.month == 0) return false;
  const Token& tok = t_[i];
  // "may" and "march" are far more often a verb: only the capitalized word is
  // the month. Abbreviations ("Jan", "Sept.") must be capitalized too.
  if (!tok.capitalized) return false;
  bool abbreviation = info.month_abbreviation;
  *month = info.month;
  *next = i + 1;
  if (abbreviation && Is(i + 1, ".") && Glued(i + 1)) {
    ++*next;
  } else if (abbreviation && !Num(i + 1) && !DayBefore(i)) {
    // "Jan" without its period or a number is more often a name; after a
    // day number it is the month ("LIMA, 14 Oct (Wire) -").
    return false;
  }
  // "March" heading a sentence and followed by a lowercase word is the verb
  // or the noun ("March on Washington" is a name, not a date).
  // "April Ryan": a month heading a name.
  // But a day before the month ("On 2 March Chile recalled") makes it a
  // date, and so does a preposition when the capitalized words after it
  // are the sentence's subject ("in May Peru said").
  if (NameWord(*next) && !Num(*next) && !DayBefore(i) &&
      !(DatePrepositionBefore(i) && SubjectFollows(*next)) && !OccasionAfter(i, *next)) {
    return false;
  }
  return true;
}

bool Parser::OccasionAfter(size_t i, size_t k) const {
  // "the November APEC summit", "their June Lima talks": after a
  // determiner, a month, a short name and a noun of an occasion; the month
  // dates the occasion the name qualifies.
  if (i == 0) return false;
  if (!lx_.occasion_determiners.contains(W(i - 1))) return false;  // occasion_determiners.tsv
  size_t j = k;
  // "G20" may read as a letter and a glued number.
  while (j < t_.size() && j - k < 4 && (NameWord(j) || (Num(j) && Glued(j) && j > k))) ++j;
  return j > k && j < t_.size() && t_[j].alpha && !t_[j].capitalized &&
         lx_.occasion_nouns.contains(W(j));  // data/en/occasion_nouns.tsv
}

bool Parser::WeekdayRead(size_t i, int* wd, size_t* next) const {
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
  if (*next < t_.size() && t_[*next].alpha && t_[*next].capitalized && !I(*next).trigger &&
      !t_[*next].newline_before && !DateBeforeSubject(i, *next)) {
    return false;
  }
  *wd = info.weekday;
  return true;
}

bool Parser::DateBeforeSubject(size_t i, size_t name) const {
  // "On Wednesday Sola met Araujo": after a sentence-opening "On" ("Late on",
  // "Earlier on") the weekday is the date and the name is the subject.
  if (i == 0) return false;
  if (Is(i - 1, "on") &&
      (SentenceStart(i - 1) || (i > 1 && SentenceStart(i - 2) && t_[i - 2].alpha))) {
    return true;
  }
  // Inside a sentence "on Tuesday Chile recalled" says the same when the
  // name is the subject of a verb ("on Sunday Times radio" is a name), and
  // so do "by Friday Chile had", "last Sunday Peru said".
  return lx_.weekday_leads.contains(W(i - 1)) && SubjectFollows(name);  // weekday_leads.tsv
}

bool Parser::DayNumberRead(size_t i, int* day, size_t* next) const {
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

bool Parser::SpokenYearRead(size_t i, int* year, size_t* next) const {
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

bool Parser::YearRead(size_t i, int* year, size_t* next) const {
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

bool Parser::CountRead(size_t i, bool allow_article, int* n, bool* vague, size_t* next) const {
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
  if ((w == "a" || w == "an" || w == "another") && !allow_article) return false;
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

bool Parser::UnitAtRead(size_t i, Unit* unit, size_t* next) const {
  if (i >= t_.size() || !t_[i].alpha) return false;
  if (I(i).unit == nullptr) return false;
  *unit = *I(i).unit;
  *next = i + 1;
  return true;
}

bool Parser::OrdinalRead(size_t i, int* n, size_t* next) const {
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

bool Parser::ClockHours(size_t i) const {
  if (!Num(i) || t_[i].lower.size() != 4 || i == 0) return false;
  int hour = ToInt(t_[i].lower.substr(0, 2)), minute = ToInt(t_[i].lower.substr(2));
  if (hour > 23 || minute > 59) return false;
  bool word =
      Is(i + 1, "hours") || Is(i + 1, "hrs") || Is(i + 1, "hr") || (Is(i + 1, "h") && Glued(i + 1));
  // "after 1800 hours of talks" is a length, and so is "extended by 1200
  // hours" (a change by that much: "by" after an -ed verb, "up", "down").
  if (!word || Is(i + 2, "of")) return false;
  if (Is(i - 1, "by") && i >= 2 &&
      (Is(i - 2, "up") || Is(i - 2, "down") ||
       (W(i - 2).size() > 3 && W(i - 2).substr(W(i - 2).size() - 2) == "ed"))) {
    return false;
  }
  // "from 2200 hrs to 0600 hrs": the second bound after the first.
  if ((Is(i - 1, "to") || Is(i - 1, "and") || Is(i - 1, "-")) && i >= 3 && ClockHours(i - 3)) {
    return true;
  }
  return Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") ||
         Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "from") || Is(i - 1, "since") ||
         Is(i - 1, "between");
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
  // "at 1800 hrs", "by 1400h": the hour word is part of the time.
  if (ClockHours(i)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%s:%s", std::string(t_[i].lower.substr(0, 2)).c_str(),
                  std::string(t_[i].lower.substr(2)).c_str());
    *time = buffer;
    *next = i + 2;
    return true;
  }
  // "0600 GMT": a four-digit time says it is one only by its zone. In
  // brackets after a clock time ("10:35 a.m. (0735 GMT)") it restates that
  // time and is no expression of its own.
  // "0600 local time" likewise (not "2010 Beijing time": a year may be).
  if (Num(i) && t_[i].lower.size() == 4 &&
      (ZoneAt(i + 1) || (Is(i + 1, "local") && Is(i + 2, "time"))) &&
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
  // "10 o'clock", "eight o'clock": the hour as told; "in the morning" or
  // "at night" after it says a.m. or p.m.
  if (((Num(i) && t_[i].lower.size() <= 2) || (I(i).number >= 1 && I(i).number <= 12)) &&
      Is(i + 1, "o") && Is(i + 2, "\'") && Is(i + 3, "clock")) {
    int hour = Num(i) ? ToInt(t_[i].lower) : I(i).number;
    if (hour < 1 || hour > 12) return false;
    size_t j = i + 4;
    std::string part;
    size_t after_part = 0;
    if (Is(j, "in") && Is(j + 1, "the") && DayPart(j + 2, &part, &after_part)) {
      if (part != "TMO" && (part != "TNI" || hour >= 6) && hour != 12) hour += 12;
      if (part == "TMO" && hour == 12) hour = 0;
      j = after_part;
    } else if (Is(j, "at") && Is(j + 1, "night")) {
      if (hour >= 6 && hour != 12) hour += 12;
      j += 2;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:00", hour);
    *time = buffer;
    *next = j;
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
  } else if (Is(j, ".") && Glued(j) && Num(j + 1) && Glued(j + 1) && t_[j + 1].lower.size() == 2 &&
             (ZoneAt(j + 2) || ZoneTime(j + 2))) {
    // "09.00 GMT", "18.30 local time": the British 24-hour clock, a time by
    // its zone as "19:30 GMT" is.
    minute = ToInt(t_[j + 1].lower);
    j += 2;
    colon = true;
  }
  // "19:30 GMT", "at 17:00": the 24-hour clock, told apart from scores and
  // ratios by a zone, or by a word like "at" before an hour no 12-hour
  // clock has ("at 10:30" could be either).
  bool day_hour = hour >= 13 || t_[i].lower[0] == '0';
  if (colon && hour <= 23 && minute <= 59 && !(Is(j, "am") || Is(j, "pm")) &&
      !((Is(j, "a") || Is(j, "p")) && Is(j + 1, ".")) &&
      (ZoneAt(j) || ZoneTime(j) ||
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
bool Parser::RelativeYearRead(size_t i, int* offset, size_t* next) const {
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

bool Parser::NarrativeYear(size_t i, int* offset, size_t* next) const {
  if (Is(i, "of")) ++i;
  // "that year", "that same year", "the same year".
  if (Is(i, "that") || (Is(i, "the") && Is(i + 1, "same"))) {
    size_t y = Is(i + 1, "same") ? i + 2 : i + 1;
    if (!Is(y, "year")) return false;
    *offset = 0;
    *next = y + 1;
    return true;
  }
  if (!Is(i, "the")) return false;
  // "the following year", "the next year", "the previous year", "the prior year".
  if (Is(i + 2, "year")) {
    std::string_view w = W(i + 1);
    if (w == "following" || w == "next") {
      *offset = 1;
    } else if (w == "previous" || w == "prior" || w == "preceding") {
      *offset = -1;
    } else {
      return false;
    }
    *next = i + 3;
    return true;
  }
  // "the year before", "the year after": not "the year before last" nor
  // "the year before the war", where the year is counted from something else.
  if (Is(i + 1, "year") && (Is(i + 2, "before") || Is(i + 2, "after"))) {
    size_t e = i + 3;
    if (e < t_.size() && t_[e].alpha && !Is(e, "and") && !Is(e, "but")) return false;
    *offset = Is(i + 2, "before") ? -1 : 1;
    *next = e;
    return true;
  }
  return false;
}

const std::string* Parser::CountryAt(size_t i, size_t* end) const {
  if (i >= t_.size() || !t_[i].capitalized) return nullptr;
  auto it = lx_.country_forms.find(W(i));
  if (it == lx_.country_forms.end()) return nullptr;
  const std::string* code = nullptr;
  size_t best = 0;
  for (const Lexicon::CountryForm& form : it->second) {
    size_t n = form.words.size();
    if (n <= best || i + n > t_.size()) continue;
    bool same = true;
    for (size_t k = 1; k < n && same; ++k) same = W(i + k) == form.words[k];
    if (same) {
      best = n;
      code = &form.code;
    }
  }
  if (code != nullptr) *end = i + best;
  return code;
}

int Parser::NationalHoliday(size_t first, int holiday) const {
  if (lx_.national_days.empty() || holiday < 0) return holiday;
  std::string key = ":" + std::to_string(holiday);
  // A country that owns it: "Ukraine's Independence Day", "Ukrainian
  // Independence Day".
  std::string code;
  for (size_t back : {size_t{1}, size_t{3}}) {
    size_t end = 0;
    const std::string* c = first >= back ? CountryAt(first - back, &end) : nullptr;
    if (c != nullptr && code.empty() &&
        (end == first ||
         (back == 3 && end == first - 2 && Is(first - 2, "'") && Is(first - 1, "s")))) {
      code = *c;
    }
  }
  // Else the country the text names most (the first of equals), if named
  // twice at least: one "Peruvian embassy" makes no story about Peru.
  if (code.empty()) {
    if (!story_country_done_) {
      story_country_done_ = true;
      std::vector<std::pair<std::string, int>> counts;
      for (size_t i = 0; i < t_.size();) {
        size_t end = 0;
        const std::string* c = CountryAt(i, &end);
        if (c == nullptr) {
          ++i;
          continue;
        }
        auto at = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& p) { return p.first == *c; });
        if (at == counts.end()) {
          counts.emplace_back(*c, 1);
        } else {
          ++at->second;
        }
        i = end;
      }
      int most = 1;
      for (const auto& [c, n] : counts) {
        if (n > most) {
          most = n;
          story_country_ = c;
        }
      }
    }
    code = story_country_;
  }
  if (code.empty()) return holiday;
  auto it = lx_.national_days.find(code + key);
  return it == lx_.national_days.end() ? holiday : it->second;
}

}  // namespace annals::resolve_internal
