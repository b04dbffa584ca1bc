#include "resolve_value.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include <date/iso_week.h>

namespace annals {

namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

int YearOf(year_month_day d) { return static_cast<int>(d.year()); }
int MonthOf(year_month_day d) { return static_cast<int>(static_cast<unsigned>(d.month())); }
int IsoWeekday(year_month_day d) {
  return static_cast<int>(date::weekday{sys_days{d}}.iso_encoding());
}

const char* const kSeasons[] = {"SP", "SU", "FA", "WI"};

int SeasonIndex(const std::string& code) {
  for (int i = 0; i < 4; ++i) {
    if (code == kSeasons[i]) return i;
  }
  return 0;
}

// Meteorological seasons; December opens the winter named for its year.
void SeasonOf(year_month_day d, int* year, int* index) {
  int m = MonthOf(d);
  *year = YearOf(d);
  if (m <= 2) {
    *year -= 1;
    *index = 3;
  } else {
    *index = m == 12 ? 3 : (m - 3) / 3;
  }
}

year_month_day SeasonStart(int year, int index) {
  return date::year{year} / date::month{static_cast<unsigned>(3 + 3 * index)} / 1;
}

// Picks the year for something that recurs yearly: `when(y)` is its date in
// year y. Past picks the latest on or before `ref`, future the first on or
// after, last/next strictly before/after, nearest the closest.
template <typename When>
int PickYear(year_month_day ref, Lean lean, When when) {
  int y = YearOf(ref);
  sys_days r{ref};
  switch (lean) {
    case Lean::kPast:
      return sys_days{when(y)} <= r ? y : y - 1;
    case Lean::kFuture:
      return sys_days{when(y)} >= r ? y : y + 1;
    case Lean::kLast:
      return sys_days{when(y)} < r ? y : y - 1;
    case Lean::kNext:
    case Lean::kComing:
      return sys_days{when(y)} > r ? y : y + 1;
    case Lean::kThis:
    case Lean::kTense:
      return y;
    case Lean::kNearest: {
      int best = y;
      long best_distance = -1;
      for (int c = y - 1; c <= y + 1; ++c) {
        long distance = std::labs((sys_days{when(c)} - r).count());
        if (best_distance < 0 || distance < best_distance) {
          best = c;
          best_distance = distance;
        }
      }
      return best;
    }
  }
  return y;
}

year_month_day EasterSunday(int y) {
  // The anonymous Gregorian computus.
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return date::year{y} / date::month{static_cast<unsigned>(month)} /
         date::day{static_cast<unsigned>(day)};
}

const char* const kWeekdayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Orthodox Easter: the Julian computus, its Julian date moved onto the
// Gregorian calendar (13 days in 1900-2099).
year_month_day OrthodoxEasterSunday(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  year_month_day julian = date::year{y} / date::month{static_cast<unsigned>(month)} /
                          date::day{static_cast<unsigned>(day)};
  return year_month_day{sys_days{julian} + days{y / 100 - y / 400 - 2}};
}

// A day of holiday_dates.tsv; outside its years, the month and day of the
// nearest year it lists (a guess).
year_month_day TableDay(const std::map<int, year_month_day>& table, int y) {
  auto it = table.lower_bound(y);
  if (it != table.end() && it->first == y) return it->second;
  const year_month_day& near = it == table.end() ? table.rbegin()->second : it->second;
  year_month_day moved = date::year{y} / near.month() / near.day();
  return moved.ok() ? moved : year_month_day{date::year{y} / near.month() / date::last};
}

// The day of a holidays.tsv rule in year y: a table of holiday_dates.tsv
// (the first name of "dates:A|B"), Orthodox or Western Easter and their
// moves, lunar new year, MM-DD or MM-WEEKDAY-N.
year_month_day HolidayByRule(const Lexicon& lexicon, const std::string& rule, int y) {
  if (rule.rfind("dates:", 0) == 0) {
    return TableDay(lexicon.holiday_dates.at(rule.substr(6, rule.find('|', 6) - 6)), y);
  }
  if (rule.rfind("orthodox-easter", 0) == 0) {
    int shift = rule.size() > 15 ? std::atoi(rule.c_str() + 15) : 0;
    return year_month_day{sys_days{OrthodoxEasterSunday(y)} + days{shift}};
  }
  if (rule == "lunar-new-year") {
    auto it = lexicon.lunar_new_year.find(y);
    // Outside the table: mid-February is as close as arithmetic gets.
    return it != lexicon.lunar_new_year.end() ? it->second : date::year{y} / 2 / 10;
  }
  if (rule.rfind("easter", 0) == 0) {
    int shift = rule.size() > 6 ? std::atoi(rule.c_str() + 6) : 0;
    return year_month_day{sys_days{EasterSunday(y)} + days{shift}};
  }
  unsigned month = static_cast<unsigned>(std::atoi(rule.substr(0, 2).c_str()));
  std::string rest = rule.substr(3);
  if (rest.size() >= 5 && rest[3] == '-') {
    unsigned wd = 1;
    for (unsigned k = 0; k < 7; ++k) {
      if (rest.compare(0, 3, kWeekdayNames[k]) == 0) wd = k + 1;
    }
    date::weekday w{wd % 7};
    std::string n = rest.substr(4);
    // "11-mon-1+1": days after the Nth weekday (US Election Day is the
    // Tuesday after the first Monday); "/even" is read by the caller.
    int after = 0;
    if (size_t plus = n.find('+'); plus != std::string::npos) {
      after = std::atoi(n.c_str() + plus + 1);
      n.resize(plus);
    }
    if (size_t slash = n.find('/'); slash != std::string::npos) n.resize(slash);
    if (n == "last") {
      return year_month_day{sys_days{date::year{y} / date::month{month} / w[date::last]} +
                            days{after}};
    }
    return year_month_day{sys_days{date::year{y} / date::month{month} /
                                   w[static_cast<unsigned>(std::atoi(n.c_str()))]} +
                          days{after}};
  }
  return date::year{y} / date::month{month} /
         date::day{static_cast<unsigned>(std::atoi(rest.c_str()))};
}

Lean ByTense(Lean lean, int tense) {
  if (lean != Lean::kTense) return lean;
  return tense > 0 ? Lean::kFuture : Lean::kPast;
}

std::string DirectionOf(Lean lean) {
  switch (lean) {
    case Lean::kPast:
    case Lean::kLast:
      return "past";
    case Lean::kFuture:
    case Lean::kNext:
    case Lean::kComing:
      return "future";
    default:
      return "";
  }
}

// What snprintf("%0*d") writes (the sign counts in the width), without the
// cost of a format string parsed on each of the resolver's many calls.
// Appends to `out`, so that a value of several parts ("2015-12-01") is
// built in one string instead of a string per part joined by operator+.
void AppendPad(std::string* out, int value, int width) {
  long long magnitude = value;
  bool negative = magnitude < 0;
  if (negative) magnitude = -magnitude;
  char digits[12];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  int length = count + (negative ? 1 : 0);
  if (negative) *out += '-';
  if (width > length) out->append(static_cast<size_t>(width - length), '0');
  while (count > 0) *out += digits[--count];
}

std::string Pad(int value, int width) {
  std::string out;
  AppendPad(&out, value, width);
  return out;
}

}  // namespace

namespace {

// Writes `value` (0 <= value < 10^width) as `width` digits.
char* PutDigits(char* p, unsigned value, int width) {
  for (int k = width - 1; k >= 0; --k) {
    p[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return p + width;
}

}  // namespace

std::string FormatAt(year_month_day d, Grain grain) {
  int y = YearOf(d);
  // Days, months and years of years 0..9999, nearly every value the
  // resolver writes, straight into a buffer; Pad below spells the rest.
  if (y >= 0 && y <= 9999 && MonthOf(d) <= 99 && static_cast<unsigned>(d.day()) <= 99 &&
      (grain == Grain::kNone || grain == Grain::kDay || grain == Grain::kMonth ||
       grain == Grain::kYear)) {
    char buffer[10];
    char* p = PutDigits(buffer, static_cast<unsigned>(y), 4);
    if (grain != Grain::kYear) {
      *p++ = '-';
      p = PutDigits(p, static_cast<unsigned>(MonthOf(d)), 2);
      if (grain != Grain::kMonth) {
        *p++ = '-';
        p = PutDigits(p, static_cast<unsigned>(d.day()), 2);
      }
    }
    return std::string(buffer, static_cast<size_t>(p - buffer));
  }
  std::string out;
  switch (grain) {
    case Grain::kNone:
    case Grain::kDay:
      AppendPad(&out, y, 4);
      out += '-';
      AppendPad(&out, MonthOf(d), 2);
      out += '-';
      AppendPad(&out, static_cast<int>(static_cast<unsigned>(d.day())), 2);
      return out;
    case Grain::kWeek:
    case Grain::kWeekend: {
      iso_week::year_weeknum_weekday w{sys_days{d}};
      AppendPad(&out, static_cast<int>(w.year()), 4);
      out += "-W";
      AppendPad(&out, static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
      if (grain == Grain::kWeekend) out += "-WE";
      return out;
    }
    case Grain::kMonth:
      AppendPad(&out, y, 4);
      out += '-';
      AppendPad(&out, MonthOf(d), 2);
      return out;
    case Grain::kSeason: {
      int sy = 0, index = 0;
      SeasonOf(d, &sy, &index);
      AppendPad(&out, sy, 4);
      out += '-';
      out += kSeasons[index];
      return out;
    }
    case Grain::kQuarter:
      AppendPad(&out, y, 4);
      out += "-Q";
      out += std::to_string((MonthOf(d) - 1) / 3 + 1);
      return out;
    case Grain::kHalf:
      AppendPad(&out, y, 4);
      out += "-H";
      out += std::to_string((MonthOf(d) - 1) / 6 + 1);
      return out;
    case Grain::kYear:
      return Pad(y, 4);
    case Grain::kDecade:
      return Pad(y / 10, 3);
    case Grain::kCentury:
      return Pad(y / 100, 2);
  }
  return Pad(y, 4);
}

namespace {

// Whether day d is within the last n days of its week (ISO, to Sunday),
// month or year; false for any other unit.
bool InLastDays(year_month_day d, Grain unit, int n) {
  sys_days day{d};
  switch (unit) {
    case Grain::kWeek:
      return (date::Sunday - date::weekday{day}).count() < n;
    case Grain::kMonth:
      return (sys_days{d.year() / d.month() / date::last} - day).count() < n;
    case Grain::kYear:
      return (sys_days{d.year() / date::December / 31} - day).count() < n;
    default:
      return false;
  }
}

}  // namespace

year_month_day ShiftBy(year_month_day d, int count, Grain unit) {
  int months = 0;
  switch (unit) {
    case Grain::kNone:
    case Grain::kDay:
      return year_month_day{sys_days{d} + days{count}};
    case Grain::kWeek:
    case Grain::kWeekend:
      return year_month_day{sys_days{d} + days{7 * count}};
    case Grain::kMonth:
      months = count;
      break;
    case Grain::kSeason:
    case Grain::kQuarter:
      months = 3 * count;
      break;
    case Grain::kHalf:
      months = 6 * count;
      break;
    case Grain::kYear:
      months = 12 * count;
      break;
    case Grain::kDecade:
      months = 120 * count;
      break;
    case Grain::kCentury:
      months = 1200 * count;
      break;
  }
  // Clamping policy: a day past the end of the target month becomes its
  // last day (31 January + 1 month = 29 February in a leap year).
  date::year_month ym = date::year_month{d.year(), d.month()} + date::months{months};
  year_month_day result = ym / d.day();
  if (!result.ok()) result = year_month_day{ym / date::last};
  return result;
}

Anchored Anchor(const Spec& spec, const Lexicon& lexicon, year_month_day dct,
                const NarrativeAnchor& narrative, int tense) {
  Anchored out;
  if (!spec.literal.empty()) {
    out.value = spec.literal;
    return out;
  }
  year_month_day ref = spec.narrative ? narrative.day : dct;
  // A clock time needs a day: after "in 1989" the story's day is unknown,
  // so it falls back to the publication date.
  // Nor does a clock time in a clause about the future belong to a day the
  // story told of in the past ("... on Monday. He will speak at 6pm local
  // time"): it is on the publication date.
  if (spec.narrative && !spec.time.empty() &&
      (narrative.grain != Grain::kDay ||
       (tense > 0 && spec.lean == Lean::kTense && sys_days{narrative.day} < sys_days{dct}))) {
    ref = dct;
  }
  Lean lean = ByTense(spec.lean, tense);
  if (spec.lean == Lean::kTense) out.direction = DirectionOf(lean);
  int base_year = YearOf(ref) + (spec.year_relative ? spec.year_offset : 0);
  bool year_known = spec.year != kUnset || spec.year_relative;
  int year = spec.year != kUnset ? spec.year : base_year;
  year_month_day first = ref;
  Grain grain = spec.grain;

  // "in June ... the next day", "in 1989 ... two days later": a day counted
  // from a story that is only at a month or a year stays at that month or
  // year; inventing its first day would be a guess. So does a week counted
  // from a month or a year ("In March the sides met. The following week
  // ..."): which week of March is not known, and TIMEX3 has no "a week of
  // March" that says so more exactly than the month.
  bool coarse_anchor = narrative.grain != Grain::kDay &&
                       (spec.unit == Grain::kDay ||
                        (spec.unit == Grain::kWeek && narrative.grain != Grain::kWeek &&
                         narrative.grain != Grain::kWeekend && narrative.grain != Grain::kNone));
  if (spec.shift && spec.narrative && coarse_anchor && spec.time.empty()) {
    out.first = ref;
    out.grain = narrative.grain;
    out.calendar = true;
    out.value = FormatAt(ref, narrative.grain);
    if (spec.offset < 0) out.direction = "past";
    if (spec.offset > 0) out.direction = "future";
    return out;
  }
  if (spec.shift) {
    int offset = spec.offset;
    if (spec.ended && !InLastDays(ref, spec.unit, 3)) --offset;
    first = ShiftBy(ref, offset, spec.unit);
    // "two years ago this week": the same week of that year, the one
    // holding the day of the reference's weekday nearest the day that far
    // back (2022-03-13, a Sunday, for a Wednesday gives 2022-03-16).
    if (grain == Grain::kWeek && (spec.unit == Grain::kYear || spec.unit == Grain::kDecade ||
                                  spec.unit == Grain::kCentury)) {
      int gap =
          static_cast<int>((date::weekday{sys_days{ref}} - date::weekday{sys_days{first}}).count());
      first = year_month_day{sys_days{first} + days{gap <= 3 ? gap : gap - 7}};
    }
    if (spec.offset < 0) out.direction = "past";
    if (spec.offset > 0) out.direction = "future";
  } else if (spec.holiday >= 0) {
    // "Easter week" is picked by the Monday that opens it: on that Monday
    // "as Easter week began" is this year's.
    // A holiday of even years only (US Election Day): an odd year holds the
    // one before it when looking back, the one after when looking ahead.
    const std::string& rule = lexicon.holidays[static_cast<size_t>(spec.holiday)].value;
    bool even = rule.size() > 5 && rule.compare(rule.size() - 5, 5, "/even") == 0 && !year_known;
    bool ahead = lean == Lean::kFuture || lean == Lean::kNext || lean == Lean::kComing;
    // "dates:eid-al-fitr|eid-al-adha" ("Eid" alone): each is read as below,
    // and the one closest to the reference wins.
    std::vector<std::string> alternatives;
    if (rule.rfind("dates:", 0) == 0) {
      for (size_t from = 6; from <= rule.size();) {
        size_t bar = std::min(rule.find('|', from), rule.size());
        alternatives.push_back("dates:" + rule.substr(from, bar - from));
        from = bar + 1;
      }
    } else {
      alternatives.push_back(rule);
    }
    long best_distance = -1;
    const int given_year = year;
    const std::string direction_before = out.direction;
    for (const std::string& alternative : alternatives) {
      auto when = [&](int y) {
        if (even && y % 2 != 0) y += ahead ? 1 : -1;
        sys_days d{HolidayByRule(lexicon, alternative, y)};
        if (grain == Grain::kWeek) d -= date::weekday{d} - date::Monday;
        return year_month_day{d};
      };
      // A holiday is one day of the year, read much as "Nov. 25" is: within
      // three months of the reference the closest wins when the clause has no
      // tense ("millions travel for Thanksgiving" three days before it), and a
      // future clause does not mean one more than a week gone. A past clause
      // keeps the one gone ("celebrated Christmas").
      Lean pick = lean;
      if (spec.lean == Lean::kTense && !year_known && grain != Grain::kWeek && tense >= 0) {
        int near = PickYear(ref, Lean::kNearest, when);
        long distance = (sys_days{when(near)} - sys_days{ref}).count();
        if (std::labs(distance) <= 90 && (tense == 0 || distance >= -7)) pick = Lean::kNearest;
      }
      int y = year_known ? given_year : PickYear(ref, pick, when);
      year_month_day day = when(y);
      long distance = std::labs((sys_days{day} - sys_days{ref}).count());
      if (best_distance >= 0 && distance >= best_distance) continue;
      best_distance = distance;
      year = y;
      first = day;
      out.direction = direction_before;
      if (spec.lean != Lean::kTense) out.direction = DirectionOf(lean);
      if (!year_known && spec.lean == Lean::kTense && pick == Lean::kNearest) {
        out.direction = sys_days{first} < sys_days{ref} ? "past" : "future";
      }
    }
  } else if (spec.month > 0) {
    unsigned m = static_cast<unsigned>(spec.month);
    if (spec.day > 0) {
      unsigned dd = static_cast<unsigned>(spec.day);
      // A day and month without a year: the closest such day, unless the
      // words said last/next.
      Lean pick = lean;
      auto when = [&](int y) {
        year_month_day c = date::year{y} / date::month{m} / date::day{dd};
        return c.ok() ? c : year_month_day{date::year{y} / date::month{m} / date::last};
      };
      // Within three months of the reference the closest reading wins even
      // against the tense: "payable Dec. 15" in a past-tense dividend story.
      // Beyond that, the tense decides, and news leans to the past. A clause
      // about the future ("is scheduled to visit Britain from Oct. 19" in
      // December) does not mean a day more than a week gone; within a week
      // it is a recap written in the tense of the announcement.
      if (spec.lean == Lean::kTense) {
        int near = PickYear(ref, Lean::kNearest, when);
        long distance = (sys_days{when(near)} - sys_days{ref}).count();
        if (std::labs(distance) <= 90 && (tense <= 0 || distance >= -7) &&
            !(spec.keep_past && tense < 0 && distance > 0)) {
          pick = Lean::kNearest;
        }
      }
      if (!year_known) year = PickYear(ref, pick, when);
      // "Monday 4 May": the year nearest the one picked whose 4 May is a
      // Monday (within seven years either way; earlier first in a past
      // clause).
      if (spec.date_weekday > 0 && (!year_known || spec.story_year)) {
        auto fits = [&](int y) {
          return date::weekday{sys_days{when(y)}}.iso_encoding() ==
                 static_cast<unsigned>(spec.date_weekday);
        };
        int step = tense > 0 ? 1 : -1;
        for (int d = 0; d <= 7; ++d) {
          if (fits(year + step * d)) {
            year += step * d;
            break;
          }
          if (d > 0 && fits(year - step * d)) {
            year -= step * d;
            break;
          }
        }
      }
      first = when(year);
      if (!year_known && spec.lean == Lean::kTense) {
        out.direction = sys_days{first} < sys_days{ref} ? "past" : "future";
      }
    } else {
      auto when = [&](int y) { return date::year{y} / date::month{m} / 1; };
      if (!year_known) {
        // Months compare as whole months: "June" in June is this June.
        year_month_day month_ref = date::year{YearOf(ref)} / ref.month() / 1;
        // "In 1998 ... the following March": a story only at a year counts
        // on from its end and back from its start (1999-03, "the previous
        // October" 1997-10).
        if (spec.narrative && narrative.grain == Grain::kYear) {
          month_ref = date::year{YearOf(ref)} /
                      (spec.lean == Lean::kNext ? date::December : date::January) / 1;
        }
        int ahead = (spec.month - MonthOf(ref) + 12) % 12;
        Lean pick = lean;
        // A bare month just after the reference month is the coming one:
        // eleven months back, writers say "last September". Not in a clause
        // told in the past: "the sanctions were lifted in January" in a
        // December story is the January gone.
        if (spec.lean == Lean::kTense && ahead == 1 && (tense >= 0 || spec.keep_ahead)) {
          pick = Lean::kFuture;
        }
        // "last February" in March: the month just gone would be "last
        // month", so it is the one a year before.
        if (spec.lean == Lean::kLast && ahead == 11) pick = Lean::kPast;
        year = PickYear(month_ref, pick, when);
        if (spec.lean == Lean::kLast && ahead == 11) --year;
      }
      first = when(year);
      if (grain == Grain::kNone) grain = Grain::kMonth;
    }
  } else if (spec.weekday > 0) {
    int today = IsoWeekday(ref);
    int diff = spec.weekday - today;  // -6 .. 6
    int shift = 0;
    switch (lean) {
      case Lean::kPast:
        shift = diff <= 0 ? diff : diff - 7;
        break;
      case Lean::kFuture:
        shift = diff >= 0 ? diff : diff + 7;
        break;
      case Lean::kLast:
        shift = diff < 0 ? diff : diff - 7;
        break;
      case Lean::kComing:
        shift = diff > 0 ? diff : diff + 7;
        break;
      case Lean::kNext:
        // "next Friday" is the Friday of next week.
        shift = diff + 7;
        break;
      case Lean::kThis:
      case Lean::kTense:
      case Lean::kNearest:
        shift = diff;
        break;
    }
    first = year_month_day{sys_days{ref} + days{shift}};
    if (spec.lean != Lean::kTense) out.direction = DirectionOf(lean);
    if (grain == Grain::kNone) grain = Grain::kDay;
  } else if (!spec.season.empty()) {
    int index = SeasonIndex(spec.season);
    if (!year_known) {
      int ry = 0, ri = 0;
      SeasonOf(ref, &ry, &ri);
      year_month_day season_ref = SeasonStart(ry, ri);
      year = PickYear(season_ref, lean, [&](int y) { return SeasonStart(y, index); });
      // "that spring" after January 1974 is the spring of 1974; "that
      // winter" the one January belongs to.
      if (lean == Lean::kThis) year = YearOf(ref) - (index == 3 && MonthOf(ref) <= 2 ? 1 : 0);
    }
    first = SeasonStart(year, index);
    grain = Grain::kSeason;
  } else if (spec.quarter != 0 || spec.half != 0) {
    int months_per = spec.quarter != 0 ? 3 : 6;
    int n = spec.quarter != 0 ? spec.quarter : spec.half;
    if (n < 0) n = 12 / months_per;  // "the last quarter of 2014"
    auto when = [&](int y) {
      return date::year{y} / date::month{static_cast<unsigned>(1 + months_per * (n - 1))} / 1;
    };
    // A quarter named in a forecast is the nearest one: "a rebound in the
    // first quarter" in December is next year's.
    if (lean == Lean::kFuture) lean = Lean::kNearest;
    if (!year_known) {
      year_month_day period_ref =
          date::year{YearOf(ref)} /
          date::month{static_cast<unsigned>(1 + months_per * ((MonthOf(ref) - 1) / months_per))} /
          1;
      year = PickYear(period_ref, lean, when);
    }
    first = when(year);
    grain = spec.quarter != 0 ? Grain::kQuarter : Grain::kHalf;
  } else if (spec.century != kUnset) {
    out.value = Pad(spec.century, 2);
    out.calendar = true;
    out.first = date::year{spec.century * 100} / 1 / 1;
    out.grain = Grain::kCentury;
    return out;
  } else if (spec.decade != kUnset) {
    out.value = Pad(spec.decade, 3);
    out.calendar = true;
    out.first = date::year{spec.decade * 10} / 1 / 1;
    out.grain = Grain::kDecade;
    return out;
  } else if (year_known) {
    first = date::year{year} / 1 / 1;
    if (grain == Grain::kNone) grain = Grain::kYear;
  } else if (grain == Grain::kWeekend) {
    // "the weekend": the last one in a past clause, the coming one otherwise.
    int today = IsoWeekday(ref);
    int shift = 6 - today;
    if (lean == Lean::kPast || lean == Lean::kLast) shift = today >= 6 ? 0 : -today - 1;
    first = year_month_day{sys_days{ref} + days{shift}};
  }
  if (grain == Grain::kNone) grain = spec.shift ? spec.unit : Grain::kDay;
  if (spec.nth != 0 && spec.nth_weekday > 0 && grain == Grain::kMonth) {
    // ISO 7 (Sunday) is date::weekday 0.
    date::weekday target{static_cast<unsigned>(spec.nth_weekday % 7)};
    date::year_month ym = first.year() / first.month();
    sys_days day = spec.nth > 0 ? sys_days{ym / target[static_cast<unsigned>(spec.nth)]}
                                : sys_days{ym / target[date::last]};
    // "the fifth Friday" of a month that has four is no day: the month stays.
    if (year_month_day{day}.month() == first.month()) {
      first = year_month_day{day};
      grain = spec.nth_week ? Grain::kWeek : Grain::kDay;
    }
  }
  if (spec.nth != 0 && spec.nth_weekday == 0 && (grain == Grain::kMonth || grain == Grain::kYear)) {
    date::year_month ym =
        first.year() /
        (grain == Grain::kYear ? date::month{spec.nth > 0 ? 1u : 12u} : first.month());
    // "the 24th of this month": that day (kept only when the month has it).
    year_month_day day = spec.nth > 0 ? year_month_day{ym / static_cast<unsigned>(spec.nth)}
                                      : year_month_day{ym / date::last};
    if (day.ok() && (grain == Grain::kMonth || spec.nth == 1 || spec.nth == -1)) {
      first = day;
      grain = Grain::kDay;
    }
  }
  if (spec.day_offset != 0 && grain == Grain::kDay) {
    first = year_month_day{sys_days{first} + days{spec.day_offset}};
  }
  if (spec.weekday_after != 0 && grain == Grain::kDay) {
    date::weekday target{static_cast<unsigned>(std::abs(spec.weekday_after))};
    sys_days day{first};
    if (spec.weekday_after > 0) {
      day += days{1};
      day += target - date::weekday{day};
    } else {
      day -= days{1};
      day -= date::weekday{day} - target;
    }
    first = year_month_day{day};
  }
  out.first = first;
  out.grain = grain;
  out.calendar = true;
  out.value = FormatAt(first, grain);
  if (!spec.time.empty()) out.value += spec.time;
  return out;
}

}  // namespace annals
