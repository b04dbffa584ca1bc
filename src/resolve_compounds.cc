// Compound expressions kept whole (resolve25): a match the rules found
// grows over the words that complete it, so that one phrase gives one
// expression ("a week from Friday", "Ten years ago today", "20 years or
// more", "one minute after midnight").
#include <cstdio>
#include <string>

#include "resolve_parser.h"

namespace annals::resolve_internal {

namespace {

// "P3D" -> 3 days, "P1W" -> 7 days; 0 when the literal is no count of days
// or weeks.
int DaysOf(const std::string& literal) {
  if (literal.size() < 3 || literal[0] != 'P' || literal[1] == 'T') return 0;
  int n = ToInt(std::string_view(literal).substr(1, literal.size() - 2));
  char unit = literal.back();
  if (n <= 0) return 0;
  return unit == 'D' ? n : unit == 'W' ? 7 * n : 0;
}

// "PT1M" -> 1, "PT2H" -> 120; -1 when the literal is no count of minutes
// or hours.
int MinutesOf(const std::string& literal) {
  if (literal.size() < 4 || literal.compare(0, 2, "PT") != 0) return -1;
  int n = ToInt(std::string_view(literal).substr(2, literal.size() - 3));
  char unit = literal.back();
  if (n <= 0) return -1;
  return unit == 'M' ? n : unit == 'H' ? 60 * n : -1;
}

}  // namespace

void Parser::Compounds(size_t i, Match* best) const {
  Spec& s = best->spec;
  // Every compound below grows a "duration", an "ago" or a "the_period"
  // match, or a length: any other match (most) is turned away by its rule's
  // first letter, before the rule's name is measured.
  const char first = best->rule[0];
  if (first != 'd' && first != 'a' && first != 't' && s.type != TimexType::kDuration) return;
  std::string_view rule = best->rule;
  size_t end = best->end;
  // "a named day" as the day_before_after rules of Best read it.
  auto named_day = [](const Spec& in) {
    return in.type == TimexType::kDate && in.literal.empty() && in.day_offset == 0 &&
           in.weekday_after == 0 && in.time.empty() &&
           (in.day > 0 || in.weekday > 0 || in.holiday >= 0 ||
            (in.shift && in.unit == Grain::kDay && in.grain != Grain::kWeekend));
  };
  // "a week from Friday", "two weeks from tomorrow": that long after a
  // weekday or a day named relatively, one DATE. "44 days from April 19"
  // and "for a week from Monday" count a span from its first day: two.
  if (rule == "duration" && s.mod.empty() && Is(end, "from") && !LengthBefore(i)) {
    int n = DaysOf(s.literal);
    Match inner;
    if (n > 0 && n <= 28 && CoreBest(end + 1, &inner, true) && named_day(inner.spec) &&
        inner.spec.day == 0 && inner.spec.holiday < 0) {
      *best = inner;
      best->first = i;
      best->spec.day_offset = n;
      // "a week from Friday" looks ahead from the coming Friday.
      if (inner.spec.weekday > 0 && inner.spec.lean == Lean::kTense) {
        best->spec.lean = Lean::kFuture;
      }
      best->rule = "duration_from_day";
      return;
    }
  }
  // "a week on Friday", "a fortnight on Monday", "a week today", "a week
  // tomorrow" (British): that long after the coming such day, one DATE. Not
  // "it will be a week on Monday since the quake", which names the Monday.
  if (rule == "duration" && s.mod.empty() && !LengthBefore(i) && !Is(i, "for")) {
    int n = DaysOf(s.literal);
    Match inner;
    size_t at = Is(end, "on") ? end + 1 : end;
    bool day_word = at == end && (Is(at, "today") || Is(at, "tomorrow"));
    // "a week last Friday": that long before the Friday gone.
    bool back = at == end && Is(at, "last");
    if (n >= 7 && n <= 28 && (at != end || day_word || back) && CoreBest(at, &inner, true) &&
        named_day(inner.spec) && inner.spec.day == 0 && inner.spec.holiday < 0 &&
        (day_word || (inner.spec.weekday > 0 &&
                      std::string_view(inner.rule) == (back ? "relative_weekday" : "weekday"))) &&
        !Is(inner.end, "since") && !Is(inner.end, "'")) {
      *best = inner;
      best->first = i;
      best->spec.day_offset = back ? -n : n;
      if (!day_word && !back) best->spec.lean = Lean::kFuture;
      best->rule = "duration_on_day";
      return;
    }
  }
  // "Ten years ago today", "a year ago this week": the same day (week)
  // that long back, one DATE.
  if (rule == "ago" && s.mod.empty() && s.shift &&
      (s.unit == Grain::kYear || s.unit == Grain::kMonth || s.unit == Grain::kWeek)) {
    if (Is(end, "today")) {
      s.grain = Grain::kDay;
      best->end = end + 1;
      best->rule = "ago_today";
      return;
    }
  }
  if (rule == "ago" && s.mod.empty() && s.shift) {
    // "50 years ago this month", "two years ago this week", "a decade ago
    // this year": the named period of the date that far back, one DATE.
    // The count's unit is longer than the period named ("a week ago this
    // month" is left).
    bool yearly = s.unit == Grain::kYear || s.unit == Grain::kDecade || s.unit == Grain::kCentury;
    if (Is(end, "this") && !Is(end + 2, "'") &&
        ((Is(end + 1, "year") && yearly) || (Is(end + 1, "month") && yearly) ||
         (Is(end + 1, "week") && (yearly || s.unit == Grain::kMonth)))) {
      s.grain = Is(end + 1, "year")    ? Grain::kYear
                : Is(end + 1, "month") ? Grain::kMonth
                                       : Grain::kWeek;
      best->end = end + 2;
      best->rule = "ago_this_period";
      return;
    }
  }
  // "three weeks ago on Friday", "a week ago on Monday": that many weeks
  // before the latest such day gone ("last Friday"), one DATE.
  if (rule == "ago" && s.mod.empty() && s.shift && s.unit == Grain::kWeek && Is(end, "on")) {
    Match inner;
    int weeks = s.offset;
    if (CoreBest(end + 1, &inner, true) && std::string_view(inner.rule) == "weekday" &&
        inner.spec.weekday > 0 && !Is(inner.end, "'")) {
      *best = inner;
      best->first = i;
      best->spec.lean = Lean::kLast;
      best->spec.day_offset = 7 * weeks;
      best->rule = "ago_on_weekday";
      return;
    }
  }
  // "the year to June", "the year through March 2025": the twelve months
  // ending then (a fiscal or reporting year), one DURATION, as "the 12
  // months to December".
  int month = 0;
  size_t next = 0;
  if (rule == "the_period" && Is(i, "the") && Is(i + 1, "year") && end == i + 2 &&
      (Is(end, "to") || Is(end, "through")) && Month(end + 1, &month, &next)) {
    int year = 0;
    int day = 0;
    if (DayNumber(next, &day, &next) && Is(next, ",")) ++next;
    Year(next, &year, &next);
    s = Spec();
    s.type = TimexType::kDuration;
    s.literal = "P1Y";
    best->end = next;
    best->rule = "year_to";
    return;
  }
  // "one minute after midnight", "ten minutes past noon": the clock time
  // moved, one TIME.
  if (rule == "duration" && s.mod.empty() && (Is(end, "after") || Is(end, "past"))) {
    int minutes = MinutesOf(s.literal);
    Match inner;
    // (Under half a day, and landing on the same day: the clock time
    // moves, not the date.)
    if (minutes > 0 && minutes < 60 * 12 && CoreBest(end + 1, &inner, true) &&
        inner.spec.type == TimexType::kTime && inner.spec.time.size() == 6 &&
        ClockMinutes(inner.spec.time) >= 0) {
      int at = ClockMinutes(inner.spec.time) + minutes;
      if (at < 24 * 60) {
        *best = inner;
        best->first = i;
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d", at / 60, at % 60);
        best->spec.time = buffer;
        best->rule = "duration_after_clock";
        return;
      }
    }
  }
  // "20 years or more", "two hours or longer", "a week or less": the
  // bound inside the extent (data/en/modifiers.tsv, kind "after").
  if (s.type == TimexType::kDuration && s.mod.empty() && !I(end).modifiers.empty()) {
    int m = MatchPhrase(lx_.modifiers, I(end).modifiers, t_, end, &next);
    if (m >= 0 && lx_.modifiers[static_cast<size_t>(m)].kind == "after") {
      s.mod = lx_.modifiers[static_cast<size_t>(m)].value;
      best->end = next;
    }
  }
}

}  // namespace annals::resolve_internal
