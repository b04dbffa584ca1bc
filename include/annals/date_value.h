// Calendar values as TIMEX3 writes them ("2015", "2015-09", "2015-12-01",
// "2015-W49", "2016-Q3", "2016-H1", "2015-SU", "199" for the 1990s, "20" for
// the 20th century, and "START/END" intervals of those), with the span of days
// each covers and an honest display form ("late Sep 2015").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace annals {

enum class Precision {
  kCentury,
  kDecade,
  kYear,
  kHalf,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kWeekend,
  kDay,
};

struct DateValue {
  Precision precision = Precision::kDay;
  date::year_month_day first{};  // first day covered
  date::year_month_day last{};   // last day covered
  bool interval = false;         // written as START/END
};

// Parses a TIMEX3 calendar value. Impossible dates (2015-02-30, week 54)
// fail with a message in `err`.
bool ParseDateValue(std::string_view value, DateValue* out, std::string* err);

// The value of a single day, week, month, ... as TIMEX3 writes it.
std::string FormatDay(date::year_month_day day);
std::string FormatMonth(date::year_month month);
std::string FormatIsoWeek(date::year_month_day any_day_of_week);

// A reader's form of `value` under an optional qualifier (early, mid, late,
// about, before, after): "late Sep 2015", "week of 30 Nov 2015", "1 Dec 2015",
// "2016", "Q3 2016", "the 1990s". Unparseable values are returned as given.
std::string DisplayDate(std::string_view value, std::string_view qualifier = {});
// The same for a value already parsed into `parsed` (ParseDateValue
// succeeded on `value`): the resolver parses each value anyway, and a second
// parse per expression is a fifth of this call.
std::string DisplayDate(std::string_view value, const DateValue& parsed,
                        std::string_view qualifier = {});

// The timeline qualifier a TIMEX3 mod stands for: START "early", MID "mid",
// END "late", APPROX "about", (ON_OR_)BEFORE "before", (ON_OR_)AFTER
// "after"; "" for the rest (durations' LESS_THAN and MORE_THAN among them).
std::string QualifierOf(std::string_view mod);

// Orders two values for a timeline: by first day, then the longer span first.
bool DateValueLess(const DateValue& a, const DateValue& b);

// True when `a` and `b` can name the same time: their spans overlap.
bool Overlaps(const DateValue& a, const DateValue& b);

}  // namespace annals
