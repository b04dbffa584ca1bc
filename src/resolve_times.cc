// Times of day: "3 p.m. Tuesday", "Tuesday night", "mid-afternoon".
#include <cstdio>

#include "resolve_parser.h"

namespace annals::resolve_internal {

void Parser::Times(size_t i, Take& take) const {
  // Every rule here starts at a number, a weekday or one of Clock's words
  // (or "mid", or a number word before "o'clock"): any other token leaves
  // before the strings are built.
  if (!Num(i) && I(i).weekday == 0 && !Is(i, "noon") && !Is(i, "midday") && !Is(i, "midnight") &&
      !Is(i, "mid") && !(I(i).number > 0 && Is(i + 1, "o"))) {
    return;
  }
  // "high noon" is a showdown (or a film), not a time of day.
  if (Is(i, "noon") && i > 0 && Is(i - 1, "high")) return;
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
    // The clock time alone, without a zone or the words of its day.
    // "0600 GMT" is a time only by its zone, which stays in the span.
    size_t bare = t_[i].lower.size() == 4 && ZoneAt(j)                             ? j + 1
                  : t_[i].lower.size() == 4 && Is(j, "local") && Is(j + 1, "time") ? j + 2
                                                                                   : j;
    // "4 a.m. EDT Thursday": the zone is kept in the span, the value stays local.
    if (ZoneAt(j)) ++j;
    // "10:30 a.m. local time Tuesday", "8 p.m. Eastern time Tuesday"
    if (ZoneTime(j)) j += 2;
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
    // A zone ("2pm GMT") or "local time" with no day after it stays out of
    // the span, as a signal; before a day the whole is one expression.
    size_t d = Is(j, ",") ? j + 1 : j;
    // "at 9am on Monday", "8.45pm on 3 March": the day joined by "on" is its
    // own expression; the clock time alone takes that day.
    bool on = Is(d, "on");
    if (on) ++d;
    int month = 0, day = 0, year = 0;
    // "5 p.m. EST, Nov. 6", or in the British order "8.45pm on 3 March",
    // "11.15pm, 22 May": the day is the one named. A year follows the
    // American order after a comma, the British one at once.
    bool american = Month(d, &month, &k) && DayNumber(k, &day, &k);
    if (american || (DayNumber(d, &day, &k) && Month(k, &month, &k))) {
      Spec t;
      t.type = TimexType::kTime;
      t.month = month;
      t.day = day;
      t.time = time;
      if ((!american || Is(k, ",")) && Year(american ? k + 1 : k, &year, &j)) {
        t.year = year;
        k = j;
      }
      take(i, on ? bare : k, t, on ? "clock_on_date" : "clock_date");
    } else if (Weekday(d, &wd, &k)) {
      Spec t;
      t.type = TimexType::kTime;
      t.weekday = wd;
      t.time = time;
      take(i, on ? bare : k, t, on ? "clock_on_weekday" : "clock_weekday");
    } else if (!on && (Is(d, "today") || Is(d, "yesterday") || Is(d, "tomorrow"))) {
      s.narrative = false;
      s.offset = Is(d, "today") ? 0 : Is(d, "yesterday") ? -1 : 1;
      take(i, d + 1, s, "clock_day");
    }
    take(i, bare, s, "clock");
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
  return lx_.time_zones.contains(W(j));  // data/en/time_zones.tsv
}

}  // namespace annals::resolve_internal
