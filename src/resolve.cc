// The resolver: tokenize, try every rule at each token and keep the longest
// match, then anchor the matches in text order so narrative time ("the next
// day") can follow the dates before it.
#include "annals/resolve.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"
#include "resolve_lexicon.h"
#include "resolve_parser.h"
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

namespace resolve_internal {

bool Parser::HolidayKnownIn(int holiday, int year) const {
  const std::string& rule = lx_.holidays[static_cast<size_t>(holiday)].value;
  if (rule == "lunar-new-year") return lx_.lunar_new_year.contains(year);
  if (rule.rfind("dates:", 0) != 0) return true;
  // "dates:A|B": the first name is the one read with a year.
  auto table = lx_.holiday_dates.find(rule.substr(6, rule.find('|', 6) - 6));
  return table != lx_.holiday_dates.end() && table->second.contains(year);
}

void Parser::Core(size_t i, Take& take) const {
  // First, so that a rate ("barrels a day") wins over the length it ties with.
  Modern(i, take);
  Absolute(i, take);
  Relative(i, take);
  Durations(i, take);
  Sets(i, take);
  Times(i, take);
  size_t j = 0, k = 0;
  int wd = 0, n = 0;
  // "the June quarter", "the quarter to September", "the quarter ended
  // March 2023": a fiscal quarter named by its last month, as "the three
  // months to June" (months_to); past or ahead by the clause's tense.
  if (Is(i, "the")) {
    int month = 0, year = 0;
    size_t end = 0;
    bool named = false;
    if (Month(i + 1, &month, &j)) {
      size_t q = Year(j, &year, &k) ? k : j;
      // Not "the June quarter-finals".
      if (Is(q, "quarter") && !Is(q + 1, "of") && !Is(q + 1, "-")) {
        named = true;
        end = q + 1;
      }
    } else if (Is(i + 1, "quarter") &&
               (Is(i + 2, "to") || Is(i + 2, "through") || Is(i + 2, "ending") ||
                Is(i + 2, "ended")) &&
               Month(i + 3, &month, &j) && !DayNumber(j, &n, &k)) {
      // "the quarter ended Sept. 30" is two: the quarter, and its last day.
      named = true;
      end = Year(j, &year, &k) ? k : j;
    }
    if (named && month % 3 == 0) {
      Spec s;
      s.month = month;
      s.grain = Grain::kQuarter;
      if (year != 0) s.year = year;
      take(i, end, s, "quarter_by_month");
    }
  }
  // A bare weekday.
  if (Weekday(i, &wd, &j)) {
    Spec s;
    s.weekday = wd;
    take(i, j, s, "weekday");
    // "on Saturday week", "Tuesday week" (British): a week after the coming
    // such day. Not after a word that makes the weekday describe the week
    // ("a Monday to Friday week", "every Sunday week") or a capitalized
    // "Week" (a name: "Fashion Week").
    if (Is(j, "week") && !t_[j].capitalized && !Is(j + 1, "-") && !Is(j + 1, "of") &&
        !(i > 0 && (Is(i - 1, "to") || Is(i - 1, "-") || Is(i - 1, "through") || Is(i - 1, "and") ||
                    Is(i - 1, "a") || Is(i - 1, "the") || Is(i - 1, "every") || Is(i - 1, "each") ||
                    Is(i - 1, "per") || Is(i - 1, "last") || Is(i - 1, "next") ||
                    Is(i - 1, "this") || Is(i - 1, "that")))) {
      s.lean = Lean::kFuture;
      s.day_offset = 7;
      take(i, j + 1, s, "weekday_week");
    }
    // "on Wednesday next", "Friday last" (British): the weekday after (before)
    // today, as "next Wednesday" and "last Friday" are; "Tuesday after next"
    // a week after that. Not before a time word ("Tuesday next week" is read
    // there) or "to" ("next to").
    size_t a = Is(j, "after") && Is(j + 1, "next") ? j + 1 : j;
    if ((Is(a, "next") || (a == j && Is(a, "last"))) && !Is(a + 1, "to") && !Num(a + 1) &&
        !I(a + 1).trigger &&
        !(i > 0 && (Is(i - 1, "a") || (a == j && Is(i - 1, "the")) || Is(i - 1, "every") ||
                    Is(i - 1, "each")))) {
      Spec t;
      t.weekday = wd;
      t.lean = Is(a, "next") ? Lean::kComing : Lean::kLast;
      if (a != j) t.day_offset = 7;
      take(i, a + 1, t, a != j ? "weekday_after_next" : "weekday_next_last");
    }
  }
  // "the Tuesday after next", with its article.
  if (Is(i, "the") && Weekday(i + 1, &wd, &j) && Is(j, "after") && Is(j + 1, "next") &&
      !Is(j + 2, "to") && !Num(j + 2) && !I(j + 2).trigger) {
    Spec t;
    t.weekday = wd;
    t.lean = Lean::kComing;
    t.day_offset = 7;
    take(i, j + 2, t, "weekday_after_next");
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
  // "the future of our peoples" is a fate, not a time; "the past three
  // summers" opens a count the duration rules did not read.
  if (v >= 0 && Is(i, "the") && j == i + 2 && (Is(i + 1, "future") || Is(i + 1, "past")) &&
      ((Is(i + 1, "future") && Is(j, "of")) || Num(j) || I(j).number >= 0)) {
    v = -1;
  }
  // "for a while", "for some time": a length only as the object of "for".
  if (v >= 0 && lx_.vague[static_cast<size_t>(v)].value == "PXX" && !(i > 0 && Is(i - 1, "for"))) {
    v = -1;
  }
  if (v >= 0 && W(i) == "previously" && i > 0 &&
      (Is(i - 1, "a") || Is(i - 1, "an") || Is(i - 1, "the") || Is(i - 1, "as") ||
       Is(i - 1, "its") || Is(i - 1, "their"))) {
    v = -1;
  }
  // "the small hours", "the early hours" (vague.tsv value TMO): that part
  // of the day the story is at, or of the weekday after "of" ("the small
  // hours of Sunday"). Before any other "of" they are no time ("the early
  // hours of the crisis"), nor before a weekday with its own part of the
  // day ("the early hours of Thursday morning" is read as that).
  if (v >= 0 && lx_.vague[static_cast<size_t>(v)].value[0] == 'T') {
    const std::string& part = lx_.vague[static_cast<size_t>(v)].value;
    Spec s;
    s.type = TimexType::kTime;
    s.time = part;
    std::string other;
    size_t other_end = 0;
    bool night = part == "TNI";
    if (night && Is(j, "of")) {
      // "the night of Oct. 23": annotators tag the day alone, which the
      // date rules read; "the night" is read standing alone only.
    } else if (Is(j, "of") && Weekday(j + 1, &wd, &k) && !DayPart(k, &other, &other_end)) {
      s.weekday = wd;
      take(i, k, s, "part_of_weekday");
    } else if (int month = 0, day = 0, year = 0;
               Is(j, "of") && Month(j + 1, &month, &k) && DayNumber(k, &day, &k)) {
      // "the morning of Nov. 9, 1993": that part of the day named.
      s.month = month;
      s.day = day;
      if (Is(k, ",") && Year(k + 1, &year, &other_end)) {
        s.year = year;
        k = other_end;
      }
      take(i, k, s, "part_of_date");
    } else if (int b_month = 0, b_day = 0, b_year = 0;
               Is(j, "of") && DayNumber(j + 1, &b_day, &k) && Month(k, &b_month, &k)) {
      // "the evening of 9 May 1998": the British order.
      s.month = b_month;
      s.day = b_day;
      if (Year(k, &b_year, &other_end)) {
        s.year = b_year;
        k = other_end;
      }
      take(i, k, s, "part_of_date");
    } else if (!Is(j, "of") &&
               !(j < t_.size() && t_[j].alpha && !t_[j].capitalized && !I(j).has_tense &&
                 (!I(j).trigger || (I(j).weekday > 0 && t_[j].lower.size() < 6))) &&
               !(t_[i].capitalized && !SentenceStart(i))) {
      // A plain word after it is the noun it describes ("the early hours
      // session", "a dawn raid", "the late afternoon sun": a lower-case
      // weekday abbreviation is no weekday); a capitalized one mid-sentence
      // is a name.
      // "the morning", "the night", "dawn" (a part of the day by its name,
      // or one word) are read only where the story has named a day (the
      // driver drops them otherwise: "day_part_of_story").
      bool named_part = j == i + 1;
      for (size_t w = i; w < j; ++w) named_part = named_part || I(w).day_part != nullptr;
      // "the night the ferry went down": the time of the clause after it,
      // not the day the story is at.
      if (!(named_part && j < t_.size() && lx_.clause_openers.contains(W(j)))) {
        s.shift = true;
        s.unit = Grain::kDay;
        s.narrative = true;
        take(i, j, s, named_part ? "day_part_of_story" : "part_of_story_day");
      }
    }
    v = -1;
  }
  // "midweek" (vague.tsv value WEEK_MID): the middle of the week the story
  // is at.
  if (v >= 0 && lx_.vague[static_cast<size_t>(v)].value == "WEEK_MID") {
    Spec s;
    s.shift = true;
    s.unit = Grain::kWeek;
    s.grain = Grain::kWeek;
    s.narrative = true;
    s.mod = "MID";
    take(i, j, s, "midweek");
    v = -1;
  }
  if (v >= 0) {
    Spec s;
    s.literal = lx_.vague[static_cast<size_t>(v)].value;
    // "the coming weeks" (PXW) is a stretch of time, not a point.
    if (s.literal[0] == 'P' && s.literal[1] == 'X') s.type = TimexType::kDuration;
    take(i, j, s, "vague");
  }
  // "At the time, officials were silent": a time in the past the story
  // does not name. Not "at the time of the vote" nor "at the time he left"
  // (a clause says when), only where a pause or the sentence's end follows,
  // or right after a verb of saying: in "said at the time he was willing"
  // the clause is what was said (data/en/speech_verbs.tsv).
  if (W(i) == "the" && i > 0 && Is(i - 1, "at") && Is(i + 1, "time") &&
      (i + 2 >= t_.size() || Is(i + 2, ",") || Is(i + 2, ".") || Is(i + 2, ";") ||
       (i > 1 && lx_.speech_verbs.contains(W(i - 2))))) {
    Spec s;
    s.literal = "PAST_REF";
    take(i, i + 2, s, "at_the_time");
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
      // "the winter of 2022-23": the second year's last digits say the
      // season spans the turn of the year; it is named by the first.
      if (Is(k, "-") && Glued(k) && Num(k + 1) && Glued(k + 1) && t_[k + 1].lower.size() == 2 &&
          ToInt(t_[k + 1].lower) == (year + 1) % 100) {
        k += 2;
      }
      take(i, k, s, "season_year");
    } else if (RelativeYear(j, &offset, &k)) {
      s.year_relative = true;
      s.year_offset = offset;
      take(i, k, s, "season_relative_year");
    } else if (NarrativeYear(j, &offset, &k)) {
      // "the summer of that year": the season of the year last told.
      s.year_relative = true;
      s.year_offset = offset;
      s.narrative = true;
      take(i, k, s, "season_narrative_year");
    }
  }
  // Holidays: Christmas [2014]. A one-word holiday after a name inside a
  // sentence ("envoy Ahmed Eid", "Mr. Eid") is a surname.
  auto surname = [&](size_t at, size_t end) {
    if (end != at + 1 || at == 0) return false;
    if (at >= 2 && Is(at - 1, ".") && t_[at - 2].capitalized && t_[at - 2].alpha &&
        I(at - 2).abbreviation && I(at - 2).month == 0) {
      return true;
    }
    return !SentenceStart(at) && NameWord(at - 1) && !SentenceStart(at - 1);
  };
  if (int h = MatchPhrase(lx_.holidays, I(p).holidays, t_, p, &j);
      h >= 0 && t_[p].capitalized && !NameWord(j) && !surname(p, j)) {
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
        Is(j, "festivities") || Is(j, "celebrations") || Is(j, "period") ||
        (Is(j, "weekend") && !Is(j + 1, "'"))) {
      Spec around = s;
      around.mod = "APPROX";
      take(i, j + 1, around, "holiday_period");
    }
    int year = 0;
    // "Easter 1916", and "Christmas Day in 1914", "Yom Kippur in 1973": the
    // holiday of that year, one DATE.
    bool in = Is(j, "in") && !Is(j + 2, "-") && !Is(j + 2, "and");
    if (Year(in ? j + 1 : j, &year, &k)) {
      s.year = year;
      // A holiday of another calendar whose day that year the tables do not
      // hold is the year alone: a day moved from another year would be wrong.
      if (!HolidayKnownIn(h, year)) {
        s = Spec();
        s.year = year;
      }
      take(i, k, s, in ? "holiday_in_year" : "holiday_year");
    }
  }
  // Quarters and halves: the third quarter [of 2014 | of next year], third-quarter;
  // "the fiscal first quarter", "fiscal-second quarter": "fiscal" is part of it.
  size_t fiscal_q = p;
  if (Is(fiscal_q, "fiscal"))
    fiscal_q = Is(fiscal_q + 1, "-") && Glued(fiscal_q + 1) ? fiscal_q + 2 : fiscal_q + 1;
  if (Ordinal(fiscal_q, &n, &j) && n != 0) {
    size_t u = Is(j, "-") ? j + 1 : j;
    if (Is(u, "fiscal")) ++u;
    // "the first two quarters of 1990" is that year's first half.
    bool two_quarters = n == 1 && Is(u, "two") && Is(u + 1, "quarters");
    if (two_quarters) ++u;
    if (two_quarters || Is(u, "quarter") || Is(u, "half")) {
      Spec s;
      if (two_quarters) {
        s.half = 1;
      } else if (Is(u, "quarter")) {
        if (n > 4) return;
        s.quarter = n;
      } else {
        if (n > 2) return;
        s.half = n;
      }
      // "the third-quarter loss": the compound describes the noun, whose
      // article it is.
      bool compound = u == j + 1 && p > i && Glued(j) && u + 1 < t_.size() && t_[u + 1].alpha &&
                      !t_[u + 1].capitalized;
      // "He scored in the first half": a bare half in a sentence about a
      // game is the match's (data/en/match_words.tsv); a year after it
      // still makes it the calendar's.
      if (!(s.half > 0 && !two_quarters && MatchSentence(i))) {
        take(compound ? p : i, u + 1, s, "quarter");
      }
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
  // "on the 15th", "by the 3rd": a day of the month the story is in (the
  // driver picks the month). Not "the 15th century", "the 3rd floor": a
  // word after it must not be a noun it counts.
  if (p == i + 1 && i > 0 && (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until")) && Num(p) &&
      Ordinal(p, &n, &j) && n >= 1 && n <= 31) {
    // data/en/day_of_month_followers.tsv
    bool noun_after = j < t_.size() && t_[j].alpha && !lx_.day_of_month_followers.contains(W(j));
    if (!noun_after && !(Is(j, "-") && Glued(j))) {
      Spec s;
      s.day = n;
      take(i, j, s, "day_of_month");
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

bool Parser::CoreBest(size_t i, Match* best, bool keep) const {
  if (i == memo_at_) {
    if (memo_found_) *best = memo_;
    return memo_found_;
  }
  Take take(best);
  Core(i, take);
  if (keep) {
    memo_at_ = i;
    memo_found_ = take.found();
    if (memo_found_) memo_ = *best;
  }
  return take.found();
}

bool Parser::MatchSentence(size_t i) const {
  auto ends = [&](size_t k) { return Is(k, ".") || Is(k, "?") || Is(k, "!") || Is(k, ";"); };
  size_t first = i;
  while (first > 0 && i - first < 40 && !t_[first].newline_before && !ends(first - 1)) --first;
  for (size_t k = first; k < t_.size() && k < i + 40; ++k) {
    if (k > i && (ends(k) || t_[k].newline_before)) break;
    if (lx_.match_words.contains(W(k))) return true;
    if (Is(k + 1, "-") && Glued(k + 1) && Glued(k + 2) && k + 2 < t_.size()) {
      std::string compound = std::string(W(k)) + "-" + std::string(W(k + 2));
      if (lx_.match_words.contains(compound)) return true;
    }
  }
  return false;
}

bool Parser::Best(size_t i, Match* best) const {
  const Token& tok = t_[i];
  if (!MayStart(i)) return false;
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
  // "the third of the month": an ordinal word and "of" reach one word
  // further.
  size_t reach = I(i + 1).has_ordinal && !t_[i + 1].number && Is(i + 2, "of") ? 4 : 3;
  for (size_t k = i + 1; !strong && k < t_.size() && k <= i + reach; ++k) {
    strong = I(k).strong || t_[k].number ||
             (t_[k].lower.size() == 1 && !t_[k].alpha && t_[k].lower != "," && t_[k].lower != ".");
  }
  if (!strong) return false;
  bool found = CoreBest(i, best);
  // Qualifiers: early September, the end of next month, more than a decade.
  size_t j = 0;
  int m = MatchPhrase(lx_.modifiers, I(i).modifiers, t_, i, &j);
  if (m >= 0 && !OverSpan(i)) {
    const Phrase& mod = lx_.modifiers[static_cast<size_t>(m)];
    // The kind and value as views: a std::string compared with a literal
    // measures the literal and calls compare, a dozen times here.
    const std::string_view kind = mod.kind, value = mod.value;
    // "mid-September", "late-November": the part word glued by a hyphen.
    if ((value == "MID" || kind == "part") && Is(j, "-") && Glued(j) && Glued(j + 1)) ++j;
    // "late on Tuesday", "early on Wednesday": the part word reaches over "on".
    bool day_part = (Is(i, "early") || Is(i, "late")) && j == i + 1;
    if (day_part && Is(j, "on") && j + 1 < t_.size() && I(j + 1).weekday > 0) ++j;
    // "early in December", "late in the year": the same part with the word
    // order flipped; only a calendar period may follow (not "late in the game").
    bool flipped = day_part && Is(j, "in");
    if (flipped) ++j;
    Match inner;
    if (j < t_.size() && CoreBest(j, &inner, true) && (!found || inner.end > best->end)) {
      bool duration = inner.spec.type == TimexType::kDuration;
      bool calendar = inner.spec.type == TimexType::kDate && inner.spec.literal.empty() &&
                      inner.spec.weekday == 0 && inner.spec.day == 0;
      bool ago = kind == "amount" && std::string_view(inner.rule) == "ago";
      // "early Tuesday", "late Friday": the start or end of that day.
      if (kind == "part" && day_part && !flipped && inner.spec.type == TimexType::kDate &&
          inner.spec.literal.empty() && inner.spec.weekday > 0) {
        calendar = true;
      }
      // "about every two years", "roughly every week": a recurrence whose
      // period is given loosely.
      bool loose_set = kind == "amount" && value == "APPROX" &&
                       inner.spec.type == TimexType::kSet && Is(j, "every");
      // "about 5.30pm", "around 2am": a clock time given loosely, in the
      // modern compact form (British, Indian, Australian press), where the
      // team's sets keep "about" inside; American wire copy ("at about 10
      // p.m.") leaves it out, as TimeBank and AQUAINT tag it.
      const std::string& at = inner.spec.time;
      bool loose_clock = kind == "amount" && value == "APPROX" &&
                         inner.spec.type == TimexType::kTime && at.size() == 6 && at[3] == ':';
      for (size_t k = j; loose_clock && k < inner.end; ++k) {
        if ((Is(k, "a") || Is(k, "p")) && Is(k + 1, ".")) loose_clock = false;
      }
      // "most of a decade" (a length, less than it), "most of the
      // weekend" (the period itself).
      bool share = kind == "share" && ((duration && !Is(j, "the")) || calendar);
      if ((kind == "amount" && duration && !Is(j, "the")) || (kind == "part" && calendar) || ago ||
          loose_set || loose_clock || share) {
        *best = inner;
        best->first = i;
        best->spec.mod = share && !duration ? "" : mod.value;
        best->rule = kind == "part" ? "part_of_period" : "amount_modifier";
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
    if (CoreBest(j, &inner, true) && inner.spec.decade != kUnset &&
        (!found || inner.end > best->end)) {
      *best = inner;
      best->first = i;
      best->spec.mod = mod.value;
      best->rule = "part_of_decade";
      found = true;
    }
  }
  // "Earlier Sunday", "later Thursday", "later yesterday": a time of that
  // day, tagged whole with the day's value (as TimeBank writes it); "two
  // days later Friday" leaves "later" to the length before it.
  if ((Is(i, "earlier") || Is(i, "later")) && !(i > 0 && I(i - 1).unit != nullptr) &&
      (I(i + 1).weekday > 0 || Is(i + 1, "yesterday") || Is(i + 1, "today") ||
       Is(i + 1, "tomorrow"))) {
    Match inner;
    if (CoreBest(i + 1, &inner, true) && inner.spec.type == TimexType::kDate &&
        (!found || inner.end > best->end)) {
      *best = inner;
      best->first = i;
      best->rule = "earlier_later_day";
      found = true;
    }
  }
  // the first half of 2016, the second half of next year
  size_t p = Is(i, "the") ? i + 1 : i;
  int n = 0;
  // "the latter half of the year" is the second.
  if (Is(p, "latter")) {
    n = 2;
    j = p + 1;
  }
  if ((n == 2 || Ordinal(p, &n, &j)) && n != 0 && n <= 2 && Is(j, "half") && Is(j + 1, "of")) {
    Match inner;
    if (CoreBest(j + 2, &inner, true) && inner.spec.literal.empty() &&
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
    if (CoreBest(d + 2, &inner, true) && (!found || inner.end > best->end)) {
      if (inner.spec.type == TimexType::kDate && named_day(inner.spec)) {
        *best = inner;
        best->first = i;
        best->spec.day_offset = Is(d + 1, "before") ? -1 : 1;
        best->rule = "day_before_after_date";
        found = true;
      }
    }
  }
  // "on the eve of May 9", "the eve of Independence Day": the day before a
  // named day; "the eve of the summit" names none and is left alone.
  size_t eve = Is(i, "the") ? i + 1 : i;
  if (Is(eve, "eve") && Is(eve + 1, "of")) {
    Match inner;
    if (CoreBest(eve + 2, &inner, true) && (!found || inner.end > best->end) &&
        inner.spec.type == TimexType::kDate && named_day(inner.spec)) {
      *best = inner;
      best->first = i;
      best->spec.day_offset = -1;
      best->rule = "eve_of_date";
      found = true;
    }
  }
  // "the first Monday of April", "the last Friday of the month", "the
  // second Tuesday in November": that weekday of the month named.
  {
    size_t o = Is(i, "the") ? i + 1 : i;
    int nth = 0, nth_wd = 0;
    size_t at = 0;
    if (Is(o, "last")) {
      nth = -1;
      at = o + 1;
    } else if (Ordinal(o, &nth, &at) && (nth < 1 || nth > 5)) {
      nth = 0;
    }
    size_t of = 0;
    Match inner;
    // "the second week of April", "the third week in May": the week of that
    // Monday ("the first week of May" is read as its start, "the last week
    // of June" as its end, by the part words).
    bool week = nth > 1 && Is(at, "week");
    if (week) {
      nth_wd = 1;
      of = at + 1;
    }
    if (nth != 0 && (week || Weekday(at, &nth_wd, &of)) && (Is(of, "of") || Is(of, "in")) &&
        CoreBest(of + 1, &inner, true) && (!found || inner.end > best->end) &&
        inner.spec.type == TimexType::kDate && inner.spec.literal.empty() && inner.spec.day == 0 &&
        inner.spec.weekday == 0 && inner.spec.mod.empty() &&
        ((inner.spec.month > 0 && inner.spec.grain == Grain::kNone) ||
         (inner.spec.shift && inner.spec.unit == Grain::kMonth &&
          inner.spec.grain == Grain::kMonth))) {
      *best = inner;
      best->first = i;
      best->spec.nth = nth;
      best->spec.nth_weekday = nth_wd;
      best->spec.nth_week = week;
      best->rule = week ? "nth_week_of_month" : "nth_weekday_of_month";
      found = true;
    }
  }
  // "the last day of the month", "the first day of March", "the final day
  // of next year": that day of the month or year named.
  if (Is(i, "the") && (Is(i + 1, "first") || Is(i + 1, "last") || Is(i + 1, "final")) &&
      Is(i + 2, "day") && Is(i + 3, "of")) {
    Match inner;
    const Spec& in = inner.spec;
    if (CoreBest(i + 4, &inner, true) && (!found || inner.end > best->end) &&
        in.type == TimexType::kDate && in.literal.empty() && in.day == 0 && in.weekday == 0 &&
        in.mod.empty() && in.season.empty() && in.quarter == 0 && in.half == 0 && in.holiday < 0 &&
        ((in.month > 0 && in.grain == Grain::kNone) ||
         (in.year != kUnset && in.month == 0 && in.grain == Grain::kNone) ||
         (in.shift && (in.unit == Grain::kMonth || in.unit == Grain::kYear) &&
          in.grain == in.unit))) {
      *best = inner;
      best->first = i;
      best->spec.nth = Is(i + 1, "first") ? 1 : -1;
      best->rule = "day_of_period";
      found = true;
    }
  }
  // "the 24th of this month", "the 3rd of next month", "the third of the
  // month": that day of the month counted.
  if (int nth = 0;
      Is(i, "the") && Ordinal(i + 1, &nth, &j) && nth >= 1 && nth <= 31 && Is(j, "of")) {
    Match inner;
    const Spec& in = inner.spec;
    if (CoreBest(j + 1, &inner, true) && (!found || inner.end > best->end) &&
        in.type == TimexType::kDate && in.literal.empty() && in.mod.empty() && in.shift &&
        in.unit == Grain::kMonth && in.grain == Grain::kMonth && in.day == 0 &&
        !Is(inner.end, "'")) {
      // Not "the third of the month's races": one of them.
      *best = inner;
      best->first = i;
      best->spec.nth = nth;
      best->rule = "day_of_month_counted";
      found = true;
    }
  }
  // "the Sunday after Thanksgiving", "the Friday before Christmas": the
  // first such weekday on either side of a named day.
  int after_wd = 0;
  size_t after_k = 0;
  if (Is(i, "the") && Weekday(i + 1, &after_wd, &after_k) && after_k == i + 2 &&
      (Is(after_k, "after") || Is(after_k, "before"))) {
    Match inner;
    if (CoreBest(after_k + 1, &inner, true) && (!found || inner.end > best->end) &&
        inner.spec.type == TimexType::kDate && named_day(inner.spec) && inner.spec.weekday == 0) {
      *best = inner;
      best->first = i;
      best->spec.weekday_after = Is(after_k, "before") ? -after_wd : after_wd;
      best->rule = "weekday_before_after_date";
      found = true;
    } else if (!found &&
               (after_k + 1 >= t_.size() || (!t_[after_k + 1].alpha && !t_[after_k + 1].number))) {
      // "the Monday before", "the Friday after" closing a phrase: that
      // weekday next to the day the story has just named.
      Spec s;
      s.shift = true;
      s.unit = Grain::kDay;
      s.grain = Grain::kDay;
      s.narrative = true;
      s.weekday_after = Is(after_k, "before") ? -after_wd : after_wd;
      best->first = i;
      best->end = after_k + 1;
      best->spec = s;
      best->rule = "weekday_before_after_story";
      found = true;
    }
  }
  if (found) Compounds(i, best);
  // "the next year or so", "mid-2016 or so": about then.
  if (found && best->spec.mod.empty() && best->spec.type != TimexType::kSet &&
      Is(best->end, "or") && Is(best->end + 1, "so")) {
    best->end += 2;
    best->spec.mod = "APPROX";
  }
  return found;
}

bool Parser::RangeEnd(const Match& opening, Match* end) const {
  // "2016–20", "the 2023/24 season", "fiscal 2024-25": the closing year,
  // written short (a TIMEX3 date names one year: each is its own).
  if ((std::string_view(opening.rule) == "year" ||
       std::string_view(opening.rule) == "fiscal_year") &&
      opening.spec.year != kUnset) {
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

bool Parser::InSincePhrase(size_t first) const {
  // How far back its "since" may stand: the phrase may hold an event and
  // more than one time ("since the invasion in February last year").
  constexpr size_t kSinceReach = 16;
  for (size_t k = first; k > 0 && first - k < kSinceReach; --k) {
    if (Is(k - 1, ".") || Is(k - 1, ";") || Is(k - 1, ",")) return false;
    if (lx_.since_leads.contains(W(k - 1))) return true;  // data/en/since_leads.tsv
  }
  return false;
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

}  // namespace resolve_internal

using date::year_month_day;
using resolve_internal::ClockMinutes;
using resolve_internal::Match;
using resolve_internal::Parser;

struct Resolver::Impl {
  Lexicon lexicon;
  WordMap<bool> done_nouns;  // data/en/done_nouns.tsv
};

namespace {

bool LoadDoneNouns(WordMap<bool>* nouns, Diagnostic* error) {
  constexpr std::string_view kPath = "data/en/done_nouns.tsv";
  std::string contents, origin, err;
  if (!ReadResource(kPath, &contents, &origin, &err)) {
    *error = Diagnostic{std::string(kPath), 0, 0, Severity::kError, err};
    return false;
  }
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 1, 1, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& word = row.fields[0];
    bool lower =
        std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!lower || !nouns->emplace(word, true).second) {
      *error = Diagnostic{origin, row.line, row.columns[0], Severity::kError,
                          lower ? "'" + word + "' is listed twice"
                                : "'" + word + "' must be written in lower case"};
      return false;
    }
  }
  return true;
}

// A day and month with no year, in the year before, of or after `around`
// that puts it nearest `around` (the earlier year on a tie); none for a day
// no such year has (29 February).
std::optional<year_month_day> NearestDayOfYear(int month, int day, year_month_day around) {
  std::optional<year_month_day> best;
  long best_distance = 0;
  for (int y = static_cast<int>(around.year()) - 1; y <= static_cast<int>(around.year()) + 1; ++y) {
    year_month_day c = date::year{y} / month / day;
    if (!c.ok()) continue;
    long distance = std::labs((date::sys_days{c} - date::sys_days{around}).count());
    if (!best || distance < best_distance) {
      best = c;
      best_distance = distance;
    }
  }
  return best;
}

// The story's time `anchor` ended more than `margin` before `dct`: a day,
// an ISO week, a month or a year wholly gone by then.
// How near publication a day of a past story may fall and still be news of
// now: about a quarter year.
constexpr long kNewsOfNowDays = 90;

bool EndsBefore(const NarrativeAnchor& anchor, year_month_day dct, date::days margin) {
  date::sys_days last;
  switch (anchor.grain) {
    case Grain::kDay:
      last = date::sys_days{anchor.day};
      break;
    case Grain::kWeek:
      last = date::sys_days{anchor.day} + date::days{6};
      break;
    case Grain::kMonth:
      last = date::sys_days{anchor.day.year() / anchor.day.month() / date::last};
      break;
    case Grain::kYear:
      last = date::sys_days{anchor.day.year() / date::December / 31};
      break;
    case Grain::kSeason:
    case Grain::kQuarter:
      last = date::sys_days{ShiftBy(anchor.day, 1, Grain::kQuarter)} - date::days{1};
      break;
    default:
      return false;
  }
  return last + margin < date::sys_days{dct};
}

// The story's clock, in minutes after midnight: a time before noon told
// after one from the evening on is of the next morning ("Polls closed at
// 10pm ... the first result came at 1.30am").
constexpr int kNoonMinutes = 12 * 60;
constexpr int kEveningFromMinutes = 18 * 60;
// The evening and the night, and "overnight", as the clock time they are
// told at.
constexpr int kEveningMinutes = 19 * 60;
constexpr int kNightMinutes = 22 * 60;

// A part of the day as the minutes it is told at: the evening 19:00, the
// night 22:00; -1 for the morning, the afternoon and anything else.
int PartMinutes(const std::string& time) {
  if (time == "TEV") return kEveningMinutes;
  if (time == "TNI") return kNightMinutes;
  return -1;
}

}  // namespace

Resolver::Resolver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Resolver::~Resolver() = default;

bool Resolver::Load(std::unique_ptr<Resolver>* out, Diagnostic* error) {
  auto impl = std::make_unique<Impl>();
  if (!impl->lexicon.Load(error)) return false;
  if (!LoadDoneNouns(&impl->done_nouns, error)) return false;
  out->reset(new Resolver(std::move(impl)));
  return true;
}

std::vector<TimeExpression> Resolver::Resolve(std::string_view text, year_month_day dct) const {
  return Resolve(text, dct, ResolveOptions{});
}

std::vector<TimeExpression> Resolver::Resolve(std::string_view text, year_month_day dct,
                                              const ResolveOptions& options) const {
  return Resolve(text, dct, options, nullptr);
}

std::vector<TimeExpression> Resolver::Resolve(std::string_view text, year_month_day dct,
                                              const ResolveOptions& options,
                                              TokenizedText* kept) const {
  // Without a holder, buffers the thread reuses from text to text.
  thread_local TokenizedText reused;
  TokenizedText& tokenized = kept ? *kept : reused;
  tokenized.text = text;
  std::vector<Token>& tokens = tokenized.tokens;
  // (Tokenize sizes the vector ahead: a holder new for each article grows
  // once, not token by token.)
  const Lexicon& lx = impl_->lexicon;
  TokenizeAnnotated(text, lx, &tokenized.lowered, &tokens);
  Parser parser(lx, tokens, &impl_->done_nouns);
  std::vector<TimeExpression> found;
  // News text runs about one expression in ten to thirty tokens: room for
  // one in eight spares most regrowths (each moves every expression so far),
  // and the cap keeps a huge text from reserving much it may not use.
  found.reserve(std::min<size_t>(tokens.size() / 8 + 1, 1024));
  NarrativeAnchor anchor{dct, Grain::kDay};
  bool dated = false;       // the text has named a date for `anchor`
  size_t anchor_token = 0;  // where the text named it
  // The last day the text named ("On Wednesday"), kept when a coarser time
  // ("last August") moves `anchor` on.
  NarrativeAnchor day_anchor{dct, Grain::kDay};
  bool day_dated = false;
  // The day told before `day_anchor`, for a clock time in the past perfect.
  NarrativeAnchor earlier_day{dct, Grain::kDay};
  bool earlier_day_dated = false;
  bool anchor_past_perfect = false;  // `anchor` was told in the past perfect
  // `anchor` is a time the story is told at: no bound ("since 1991") and
  // no aside ("Kenya, which became independent in 1963, ...").
  // ... and no counted time ("the following year") or one describing a
  // noun ("the August 1988 ceasefire"): a time the story has moved to.
  // Both are worked out only when a rule asks (most anchors are never
  // asked about), from where the anchor's match stood: 0 no, 1 yes, -1 not
  // yet known. (Rules test `story_known != 0` before their costlier tests:
  // a known "no" needs neither.)
  int plain_known = 0, story_known = 0;
  size_t anchor_first = 0, anchor_end = 0;
  auto anchor_plain = [&]() {
    if (plain_known < 0) {
      plain_known =
          parser.BoundMod(anchor_first) == nullptr && !parser.InAside(anchor_first, anchor_end);
    }
    return plain_known > 0;
  };
  auto anchor_story = [&]() {
    if (story_known < 0) {
      story_known = anchor_plain() && !parser.InSincePhrase(anchor_first) &&
                    !(anchor_first > 0 &&
                      (parser.Word(anchor_first - 1, "the") || parser.Word(anchor_first - 1, "a") ||
                       parser.Word(anchor_first - 1, "an")));
    }
    return story_known > 0;
  };
  // The last year written out with no bound or mod ("since 1990" has one,
  // "the following year" is counted), and where the text last told of it:
  // there, or at a month the paragraph dated in it.
  int story_year = 0;
  size_t story_year_token = 0;
  // A past perfect weekday this many tokens after a date told is still of
  // the story's time (about two sentences).
  constexpr size_t kLookBackReach = 60;
  // The time of day the text last told on the story's day, in minutes
  // ("at 10pm" 1320, "that evening" 1140; -1 for none), and where.
  int story_clock = -1;
  size_t story_clock_token = 0;
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
    // "at 9pm on Sunday": a clock time whose weekday follows as its own
    // expression; `first` is its day.
    bool clock_on_weekday = false;
  } previous;
  // "'We will meet tomorrow,' he said on Monday": "today", "tomorrow" and
  // "yesterday" in a quotation (where they end, their offset) and the days
  // of sayings (where they begin), to count the first from the second.
  struct QuotedDay {
    size_t found, end;
    int offset;
  };
  std::vector<QuotedDay> quoted_days;
  std::vector<std::pair<size_t, size_t>> said_days;  // found index, first token
  // One Match for the whole text: Best writes all of it whenever it finds
  // one and reads nothing of it otherwise, and a Match is five strings to
  // build and destroy per try.
  Match m;
  for (size_t i = 0; i < tokens.size();) {
    if (!parser.MayStart(i)) {
      ++i;
      continue;
    }
    if (!parser.Best(i, &m)) {
      ++i;
      continue;
    }
    // The rule name, measured once (the tests below compare it often).
    const std::string_view rule(m.rule);
    // "two days after the coup" before the story dated anything is a length;
    // "in 1989 ... a few days later": no day to count from, so a length.
    // "in 2013 ... two weeks before the signing": counted from a story only
    // at a year, the count says nothing of the date; a length too ("in June
    // ... a week after the opening" stays in June).
    // "On Wednesday ... He had clashed with Lima last August. The following
    // day ...": a time coarser than a day that looks back before the last
    // day told is an aside; a count of days or hours counts from that day.
    // "the following day" and "a day later" pass over any such time; "the
    // same day" and "hours later" only one told in the past perfect (after
    // "were killed last October", "that same day" is a day of October).
    bool day_step =
        m.spec.narrative && m.spec.shift && m.spec.unit == Grain::kDay && m.spec.time.empty();
    bool look_back = dated && day_dated && anchor.grain != Grain::kDay &&
                     anchor.grain != Grain::kWeek && anchor.grain != Grain::kWeekend &&
                     date::sys_days{anchor.day} < date::sys_days{day_anchor.day} &&
                     (anchor_past_perfect || (day_step && m.spec.offset != 0));
    bool no_day = (rule == "vague_later" && anchor.grain != Grain::kDay && !look_back) ||
                  (rule == "count_from_event" && anchor.grain != Grain::kDay &&
                   anchor.grain != Grain::kWeek && anchor.grain != Grain::kMonth);
    // "trades made that day" in a story that has told only a year or a
    // month: a day of a scenario the text never dates, no date to give
    // (the year or month it would fall back to is not that day).
    if (rule == "that_period" && dated && anchor.grain != Grain::kDay &&
        anchor.grain != Grain::kWeek && parser.Word(m.end - 1, "day")) {
      i = m.end;
      continue;
    }
    // "the afternoon", "at dawn": a part of the day the story has named; in
    // a story that has named no day it is no time the text gives.
    if (!(dated && anchor.grain == Grain::kDay) && StoryDayGuess(rule)) {
      i = m.end;
      continue;
    }
    // "Independence Day" in a story about Ukraine: Ukraine's own day.
    if (m.spec.holiday >= 0) m.spec.holiday = parser.NationalHoliday(m.first, m.spec.holiday);
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
    // "The bank's forecast in January was too low": a past verb right
    // after the month is the clause's own, the month the one gone.
    if (m.spec.month > 0 && m.spec.day == 0 && m.first > 0 && tense < 0 &&
        ((cue >= m.first && cue != m.end && !parser.OpensPastSentence(m.first, m.end, cue)) ||
         (cue < m.first && m.first - cue > 4 && !parser.VerbDatesObject(cue, m.first) &&
          !parser.PlaceBeforeMonth(cue, m.first)) ||
         parser.Word(m.first - 1, "until") || parser.Word(m.first - 1, "till") ||
         parser.Word(m.first - 1, "by") || parser.Word(m.first - 1, "for") ||
         parser.Word(m.first - 1, "through"))) {
      m.spec.keep_ahead = true;
    }
    // "The ban took effect on Jan. 1" in a December story: the verb right
    // before tells what was done, so the day is not the coming one. A past
    // verb further off ("declared a dividend payable Jan. 15") may govern
    // something else, and the closest day still wins.
    // "the accord he signed with Soto on Jan. 1": further off, with "on"
    // right before a day that names no weekday.
    if (m.spec.month > 0 && m.spec.day > 0 && tense < 0 &&
        (parser.PastVerbRightBefore(cue, m.first) ||
         parser.PastVerbWithObjectBefore(cue, m.first))) {
      m.spec.keep_past = true;
    }
    // "Relations were tense in 2019. In June, the two met in Quito", "In
    // 2018 Soto visited Santiago, and in March Ruiz hosted him": a bare month
    // in a past clause, shortly after the story named an earlier year, is a
    // month of that year, the year the paragraph is about. Not after a month
    // or a day of the year before ("last October ... in April"): a story told
    // in order runs on into the publication year. Nor after a bound ("since
    // 1990 ... in December") or a counted year ("the following year"): the
    // paragraph is not about that year, or not plainly.
    // "They last met in March": the latest time, counted from today, not
    // from a year the paragraph told.
    bool latest = cue < m.first && cue > 0 && parser.Word(cue - 1, "last");
    if (rule == "bare_month" && tense < 0 && dated && story_year != 0 && !latest &&
        m.first < story_year_token + kLookBackReach &&
        static_cast<int>(anchor.day.year()) == story_year &&
        (anchor.grain == Grain::kYear || anchor.grain == Grain::kMonth) &&
        date::year{story_year} < dct.year() && !parser.ComparedBefore(m.first)) {
      m.spec.year = story_year;
      story_year_token = m.end;
    }
    // "Last year, the two ministers met in Lima in October": a bare month
    // in a past clause of the sentence that opened with a year before the
    // publication year is a month of that year.
    if (rule == "bare_month" && tense < 0 && dated && !latest && anchor.grain == Grain::kYear &&
        anchor.day.year() < dct.year() && m.first > anchor_token && m.first - anchor_token < 25 &&
        !parser.Word(anchor_token, "'") && anchor_plain() && !parser.ComparedBefore(m.first)) {
      bool same_sentence = true;
      for (size_t k = anchor_token; k < m.first && same_sentence; ++k) {
        same_sentence = !parser.Word(k, ".") && !parser.Word(k, ";");
      }
      if (same_sentence) m.spec.year = static_cast<int>(anchor.day.year());
    }
    // "In 1998 the cave flooded. The following March ... In April ... On
    // June 3 ...": a month, or a day and month, with no year, in a past
    // clause shortly after the story dated a time that ended over a year
    // before publication, is of the story's time: a month of its year (not
    // after a day: "arrested on 14 June 2018 ... a hearing in July" may run
    // on into the next year); a day nearest the story's day or month (of
    // its year when the story is only at a year). "By the end of the decade" there is the story's
    // decade.
    bool past_story = dated && !latest && tense < 0 && m.first < anchor_token + kLookBackReach &&
                      story_known != 0 && EndsBefore(anchor, dct, date::days{365}) &&
                      anchor_story() && !parser.ComparedBefore(m.first);
    // A day within three months of publication is news of now ("had
    // bought shares through Sept. 29"), unless its weekday says otherwise.
    // (Of the three years tried, only the nearest can be that close.)
    bool near_now = false;
    if (past_story && m.spec.day > 0 && m.spec.month > 0) {
      if (auto c = NearestDayOfYear(m.spec.month, m.spec.day, dct)) {
        long distance = std::labs((date::sys_days{*c} - date::sys_days{dct}).count());
        near_now = distance <= kNewsOfNowDays &&
                   (m.spec.date_weekday == 0 || date::weekday{date::sys_days{*c}}.iso_encoding() ==
                                                    static_cast<unsigned>(m.spec.date_weekday));
      }
    }
    if (past_story && !near_now && m.spec.year == kUnset && !m.spec.year_relative &&
        !m.spec.shift && m.spec.lean == Lean::kTense && m.spec.month > 0 &&
        ((rule == "bare_month" && anchor.grain != Grain::kDay) || m.spec.day > 0)) {
      int year = static_cast<int>(anchor.day.year());
      if (m.spec.day > 0 && anchor.grain != Grain::kYear) {
        auto nearest = NearestDayOfYear(m.spec.month, m.spec.day, anchor.day);
        m.spec.year = nearest ? static_cast<int>(nearest->year()) : year;
      } else {
        m.spec.year = year;
        // A story told in order runs on: after "In May 2022 ...", "in
        // February" is the February after it, not the one before.
        if (anchor.grain != Grain::kYear &&
            static_cast<unsigned>(m.spec.month) < static_cast<unsigned>(anchor.day.month())) {
          m.spec.year = year + 1;
        }
      }
      m.spec.story_year = true;
    }
    if (past_story && m.spec.shift && !m.spec.narrative && m.spec.offset == 0 &&
        (m.spec.unit == Grain::kDecade || m.spec.unit == Grain::kYear) && m.end >= 2 &&
        parser.Word(m.end - 2, "the")) {
      m.spec.narrative = true;
    }
    // "headed home for the Spring Festival", "travelled for Thanksgiving"
    // in the days before it: a holiday one goes or gathers for, at most two
    // weeks ahead, is the coming one, whatever the tense of the going.
    // Further off, "gathered for Christmas" in November is the one gone.
    if (m.spec.holiday >= 0 && tense < 0 && m.first > 0 && parser.Word(m.first - 1, "for")) {
      Anchored coming = Anchor(m.spec, lx, dct, anchor, 1);
      if (coming.calendar && date::sys_days{coming.first} >= date::sys_days{dct} &&
          date::sys_days{coming.first} <= date::sys_days{dct} + date::days{14}) {
        tense = 0;
      }
    }
    // "In January 2023 ... a visit had been planned for May. It was
    // postponed until June": a date a plan or a move looks ahead to, in a
    // story told of a time over a month before publication, lies ahead of
    // the story's time, not of today.
    if (tense > 0 && dated && m.first < anchor_token + kLookBackReach && !m.spec.shift &&
        !m.spec.narrative && m.spec.lean == Lean::kTense && m.spec.weekday == 0 &&
        m.spec.year == kUnset && !m.spec.year_relative && story_known != 0 &&
        EndsBefore(anchor, dct, date::days{31}) && anchor_story() && parser.MovedOrPastPlan(cue)) {
      m.spec.narrative = true;
    }
    // "the highest since early March" (after "is averaging"): what "since"
    // bounds has begun, whatever the clause's tense.
    if (tense > 0 && m.first > 0 && parser.Word(m.first - 1, "since")) tense = -1;
    // "would appeal Wednesday's ruling", "will study Tuesday's attack": a
    // weekday that names something already done is past, whatever the verb
    // that governs the clause.
    bool bare_weekday =
        m.spec.weekday > 0 && !m.spec.shift && m.spec.lean == Lean::kTense && !m.spec.narrative;
    if (bare_weekday && tense > 0 && parser.DoneNounAfter(m.end)) tense = -1;
    // "In 2019 the two had met in Quito. On Tuesday they had signed an
    // accord": a bare weekday told in the past perfect, shortly after the
    // story dated a time that ended over a month before publication, is a
    // day of that time, not of the publication week; which week the text
    // does not say (before or after the day told), so it gives no date.
    // A bound ("Up until Thursday, they had described him") counts from
    // the publication week still.
    if (bare_weekday && tense < 0 && dated && m.first < anchor_token + kLookBackReach &&
        parser.PastPerfect(cue) && EndsBefore(anchor, dct, date::days{31}) &&
        parser.BoundMod(m.first) == nullptr) {
      i = m.end;
      continue;
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
    const NarrativeAnchor* story = &anchor;
    // Such comparisons look back: "two years later" moves the story on.
    // "the year-earlier period" names the story's period itself, however
    // far the text has run since the quarter was named.
    bool names_period = rule == "year_earlier" && m.end > m.first &&
                        (parser.Word(m.end - 1, "period") || parser.Word(m.end - 1, "quarter"));
    if (m.spec.shift && m.spec.unit == Grain::kYear && m.spec.offset < 0 && period_seen &&
        (m.first < period_token + kPeriodReach || names_period) &&
        (rule == "ago" || rule == "later_earlier" || rule == "year_earlier")) {
      m.spec.narrative = true;
      m.spec.grain = period.grain;
      story = &period;
    }
    if (rule == "year_period" && period_seen && m.first < period_token + kPeriodReach &&
        period.grain == Grain::kQuarter) {
      m.spec.quarter = (static_cast<int>(static_cast<unsigned>(period.day.month())) - 1) / 3 + 1;
    }
    // "in 2011 ... earlier in November": a story only at a year or coarser
    // gives no day to look back from; the publication date does.
    if (rule == "earlier_in_month" && anchor.grain != Grain::kDay && anchor.grain != Grain::kWeek &&
        anchor.grain != Grain::kMonth) {
      m.spec.narrative = false;
    }
    // "later in June" with nothing dated before it: read forward from the
    // publication date, a past "later in June" would land next year, so it
    // is a bare month, past or future by the tense.
    if (rule == "later_in_month" && !dated) {
      m.spec.narrative = false;
      m.spec.lean = Lean::kTense;
    }
    // "said on Friday that they would meet next week": next week from Friday.
    if (rule == "relative_period" && m.spec.shift && !m.spec.narrative && m.spec.offset != 0 &&
        previous.calendar && dated &&
        parser.ReportedFrom(previous.first_token, previous.end, m.first)) {
      m.spec.narrative = true;
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
    // "on the 15th": the day of the month the story last dated, else of
    // the publication month, or the month before (a past clause, a day
    // still ahead) or after (a future clause, a day gone) by the tense.
    if (rule == "day_of_month") {
      bool story_month = dated && (anchor.grain == Grain::kDay || anchor.grain == Grain::kMonth);
      date::year_month ym =
          story_month ? anchor.day.year() / anchor.day.month() : dct.year() / dct.month();
      unsigned dct_day = static_cast<unsigned>(dct.day());
      if (!story_month && tense > 0 && static_cast<unsigned>(m.spec.day) < dct_day) {
        ym += date::months{1};
      } else if (!story_month && tense < 0 && static_cast<unsigned>(m.spec.day) > dct_day) {
        ym -= date::months{1};
      }
      // "the 31st" of a month of 30 days is no date.
      if (!(ym / date::day{static_cast<unsigned>(m.spec.day)}).ok()) {
        i = m.end;
        continue;
      }
      m.spec.year = static_cast<int>(ym.year());
      m.spec.month = static_cast<int>(static_cast<unsigned>(ym.month()));
      m.spec.lean = Lean::kNearest;
    }
    // "On Wednesday, Ruiz criticised Lima. He had clashed with Soto last
    // August. The following day ...": a count of days ("the following day",
    // "a day later") does not count from a time coarser than a day that
    // looks back before the last day told; it counts from that day.
    if ((day_step || rule == "vague_later") && story == &anchor && look_back) {
      story = &day_anchor;
    }
    // "... steps down on April 4. Shares closed at 4.30 pm": a clock time
    // told in the past (the verb before it) is no time of a day still ahead;
    // it is on the publication date, as a future one after a past day is.
    NarrativeAnchor today{dct, Grain::kDay};
    if (m.spec.narrative && !m.spec.time.empty() && m.spec.lean == Lean::kTense && tense < 0 &&
        cue < m.first && story == &anchor && anchor.grain == Grain::kDay &&
        date::sys_days{anchor.day} > date::sys_days{dct}) {
      story = &today;
    }
    // "Polls closed at 10pm ... The first result came at 1.30am, and the
    // minister spoke at 7am": a clock time of the morning told after a time
    // of the evening or night of the story's day, in a past or plain
    // clause, is of the day after; the story's clock runs on.
    // "Togo voted on Thursday, and ballots were counted overnight": the
    // night of the day the story is at, not the one before publication.
    // Only in the sentence that told the day: further on ("The bombings,
    // on Aug. 7, killed ... the sites struck overnight") it is last night.
    if (rule == "overnight" && dated && anchor.grain == Grain::kDay && tense <= 0 &&
        story == &anchor && date::sys_days{anchor.day} < date::sys_days{dct} &&
        m.first > anchor_token && m.first < anchor_token + kLookBackReach) {
      bool same_sentence = true;
      for (size_t k = anchor_token; k < m.first && same_sentence; ++k) {
        same_sentence = !parser.Word(k, ".") && !parser.Word(k, ";");
      }
      if (same_sentence) {
        m.spec.narrative = true;
        m.spec.offset = 0;
      }
    }
    int clock = ClockMinutes(m.spec.time);
    NarrativeAnchor next_day{};
    // "Counting went on overnight" after the day told: the night of it.
    if (clock >= 0 && story_clock < 0 && dated && anchor.grain == Grain::kDay &&
        m.first > anchor_token && m.first < anchor_token + kLookBackReach) {
      for (size_t k = anchor_token; k < m.first; ++k) {
        if (parser.Word(k, "overnight")) {
          story_clock = kNightMinutes;
          story_clock_token = k;
        }
      }
    }
    if (clock >= 0 && clock < kNoonMinutes && story_clock >= kEveningFromMinutes &&
        clock < story_clock && m.spec.narrative && m.spec.lean == Lean::kTense && tense <= 0 &&
        story == &anchor && dated && anchor.grain == Grain::kDay &&
        date::sys_days{anchor.day} < date::sys_days{dct} &&
        m.first < story_clock_token + kLookBackReach) {
      next_day = NarrativeAnchor{date::sys_days{anchor.day} + date::days{1}, Grain::kDay};
      story = &next_day;
    }
    // "Saturday's votes were still being counted on Monday. Polls had
    // closed at 9pm": a clock time told in the past perfect goes back to
    // the day told before the story's day.
    if (clock >= 0 && tense < 0 && cue < m.first && parser.PastPerfect(cue) && story == &anchor &&
        dated && anchor.grain == Grain::kDay && earlier_day_dated &&
        date::sys_days{earlier_day.day} < date::sys_days{anchor.day} &&
        m.first < anchor_token + kLookBackReach) {
      story = &earlier_day;
    }
    Anchored a = Anchor(m.spec, lx, dct, *story, tense);
    // "had been scheduled to hold talks on Sunday, but ...": a plan told in
    // the past perfect names the weekday nearest the story. The past tense
    // chose the one gone; when that is four or more days back, the plan was
    // for the coming one.
    if (bare_weekday && !range_end && tense < 0 && a.calendar && parser.PastPlan(cue) &&
        date::sys_days{dct} - date::sys_days{a.first} >= date::days{4}) {
      a = Anchor(m.spec, lx, dct, *story, 1);
    }
    // "until 9pm on Sunday": the weekday is the clock time's day, read once
    // (its own tense cue, "on", is not the clock's "until").
    if (rule == "weekday" && previous.clock_on_weekday && m.first == previous.end + 1 &&
        a.calendar && a.grain == Grain::kDay &&
        date::weekday{a.first} == date::weekday{previous.first}) {
      a.first = previous.first;
      a.value = FormatAt(a.first, Grain::kDay);
      a.direction = previous.past ? "past" : previous.future ? "future" : "";
    }
    // Built in place: a TimeExpression is six strings to move otherwise.
    TimeExpression& e = found.emplace_back();
    e.begin = tokens[m.first].begin;
    e.end = tokens[m.end - 1].end;
    e.text.assign(text.substr(e.begin, e.end - e.begin));
    e.type = m.spec.type;
    e.value = std::move(a.value);
    e.mod = m.spec.mod;
    e.rule = m.rule;
    e.direction = std::move(a.direction);
    // "until June", "since 2010", "before March": the bound word stays
    // outside the expression (a TimeML signal) and gives its mod. The
    // second bound of a range ("from 1998 until 2003") has none, nor has a
    // possessive ("before Sunday's runoff" bounds the runoff).
    bool possessive = parser.Word(m.end, "'") && parser.Word(m.end + 1, "s");
    if (e.type == TimexType::kDate && a.calendar &&
        (e.mod.empty() || std::string_view(e.mod) == "APPROX") && m.first != previous.end + 1 &&
        !possessive) {
      if (const char* bound = parser.BoundMod(m.first)) e.mod = bound;
    }
    // The range's direction is its first bound's, seen from the DCT.
    if (range_end) e.direction = previous.past ? "past" : previous.future ? "future" : "";
    if (rule == "relative_day" && e.type == TimexType::kDate && a.calendar) {
      quoted_days.push_back({found.size() - 1, m.end, m.spec.offset});
    } else if (e.type == TimexType::kDate && a.calendar && a.grain == Grain::kDay &&
               parser.SaidRightBefore(m.first)) {
      said_days.emplace_back(found.size() - 1, m.first);
    }
    previous = Previous{};
    previous.first_token = m.first;
    previous.end = m.end;
    previous.calendar = a.calendar && e.type == TimexType::kDate;
    previous.first = a.first;
    previous.weekday = m.spec.weekday > 0;
    previous.month = m.spec.month > 0 && m.spec.day == 0;
    // (As a view: a std::string compared with a literal measures the
    // literal and calls compare, for every expression.)
    previous.past = std::string_view(e.direction) == "past";
    previous.future = !previous.past && !e.direction.empty();
    previous.clock_on_weekday = rule == "clock_on_weekday" && a.calendar;
    if (a.calendar) {
      DateValue v;
      std::string err;
      std::string_view calendar_value = std::string_view(e.value).substr(0, e.value.find('T'));
      if (ParseDateValue(calendar_value, &v, &err)) {
        e.first_day = v.first;
        e.last_day = v.last;
        if (options.display) e.display = DisplayDate(calendar_value, v, QualifierOf(e.mod));
      }
      // A comparison a year back ("up from a year earlier") does not move
      // the story: the next "a year earlier" is still from the same period.
      bool comparison =
          story == &period || rule == "year_earlier" || rule == "year_period" ||
          (m.spec.shift && m.spec.unit == Grain::kYear && m.spec.offset < 0 &&
           (rule == "ago" || rule == "later_earlier") && parser.ComparedBefore(m.first));
      // "on Monday evening, with kick-off at 7.45pm": a time of a named day
      // dates the story as the day alone would.
      // "'We were here in 1974,' she said on Friday. 'That spring ...'": the
      // day of a saying, in the publication week, is an aside in a story
      // told of years before; the story stays where it was.
      bool aside = dated && parser.SaidRightBefore(m.first) &&
                   date::sys_days{anchor.day} + date::days{366} < date::sys_days{a.first} &&
                   date::sys_days{a.first} + date::days{7} >= date::sys_days{dct} &&
                   date::sys_days{a.first} <= date::sys_days{dct} + date::days{7};
      // "On April 5, Chile recalled its envoy, the ministry said on
      // Thursday": the day of the saying, over a week after a day the same
      // sentence told, is when it was reported; "earlier that week" after
      // it is still of April.
      if (!aside && dated && anchor.grain == Grain::kDay && parser.SaidRightBefore(m.first) &&
          m.first > anchor_token && m.first - anchor_token < 40 &&
          date::sys_days{anchor.day} + date::days{7} < date::sys_days{a.first}) {
        bool same_sentence = true;
        for (size_t k = anchor_token; k < m.first && same_sentence; ++k) {
          same_sentence = !parser.Word(k, ".") && !parser.Word(k, ";");
        }
        aside = same_sentence;
      }
      if (!comparison && !aside &&
          (e.type == TimexType::kDate || (e.type == TimexType::kTime && a.grain == Grain::kDay)) &&
          a.grain != Grain::kDecade && a.grain != Grain::kCentury) {
        // A new day for the story starts its clock again; a time of the
        // same day moves it on.
        if (a.grain != Grain::kDay || a.first != anchor.day || e.type != TimexType::kTime) {
          story_clock = -1;
        }
        if (e.type == TimexType::kTime && a.grain == Grain::kDay) {
          int told = clock >= 0 ? clock : PartMinutes(m.spec.time);
          if (told >= 0) {
            story_clock = told;
            story_clock_token = m.end;
          }
        }
        anchor = NarrativeAnchor{a.first, a.grain};
        anchor_token = m.end;
        anchor_first = m.first;
        anchor_end = m.end;
        const std::string_view mod = e.mod;
        plain_known = mod.empty() || mod == "START" || mod == "MID" || mod == "END" ? -1 : 0;
        story_known = plain_known < 0 && tense <= 0 && !m.spec.shift ? -1 : 0;
        // ("had been expelled last October": the passive too.)
        anchor_past_perfect =
            tense < 0 && (parser.PastPerfect(cue) || (cue >= 2 && parser.Word(cue - 1, "been") &&
                                                      parser.Word(cue - 2, "had")));
        if (a.grain == Grain::kDay) {
          if (day_dated && day_anchor.day != anchor.day) {
            earlier_day = day_anchor;
            earlier_day_dated = true;
          }
          day_anchor = anchor;
          day_dated = true;
        }
        // A year in a forecast ("would travel ..., close to the level of
        // 2019") is a yardstick, not the year the paragraph tells of.
        if (rule == "year" && e.mod.empty() && parser.BoundMod(m.first) == nullptr && tense <= 0 &&
            anchor_plain()) {
          story_year = static_cast<int>(a.first.year());
          story_year_token = m.end;
        }
        dated = true;
      }
      if (!comparison && (a.grain == Grain::kQuarter || a.grain == Grain::kHalf)) {
        period = NarrativeAnchor{a.first, a.grain};
        period_seen = true;
        period_token = m.end;
      }
    }
    i = m.end;
    Match closing;
    if (parser.RangeEnd(m, &closing)) {
      Anchored b = Anchor(closing.spec, lx, dct, anchor, tense);
      TimeExpression& r = found.emplace_back();
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
        if (options.display) r.display = DisplayDate(r.value, v);
      }
      i = closing.end;
      previous = Previous{};
      previous.end = closing.end;
    }
  }
  // "'We will meet tomorrow,' he said on Monday": a day counted from "today"
  // inside a quotation whose saying is dated right after it counts from the
  // day of the saying, not the publication date.
  for (const QuotedDay& q : quoted_days) {
    // The closing mark a few words on, in the same sentence.
    auto closing = [&](size_t k) {
      return tokens[k].lower == "'" || tokens[k].lower == "\"" || tokens[k].lower == "\u201d";
    };
    size_t close = q.end;
    while (close < tokens.size() && close < q.end + 8 && !closing(close) &&
           !parser.Word(close, ".") && !parser.Word(close, "?") && !parser.Word(close, "!")) {
      ++close;
    }
    if (close >= tokens.size() || !closing(close)) continue;
    for (const auto& [index, first] : said_days) {
      if (first <= close || first > close + 6) continue;
      const TimeExpression& said = found[index];
      if (!said.first_day) break;
      TimeExpression& e = found[q.found];
      date::year_month_day day{date::sys_days{*said.first_day} + date::days{q.offset}};
      e.value = FormatAt(day, Grain::kDay);
      e.first_day = day;
      e.last_day = day;
      e.direction = date::sys_days{day} < date::sys_days{dct}   ? "past"
                    : date::sys_days{day} > date::sys_days{dct} ? "future"
                                                                : "";
      if (options.display) {
        DateValue v;
        std::string err;
        if (ParseDateValue(e.value, &v, &err)) e.display = DisplayDate(e.value, v);
      }
      break;
    }
  }
  return found;
}

}  // namespace annals
