#include "annals/date_value.h"

#include <array>
#include <cstdio>

#include <date/iso_week.h>

namespace annals {

namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

constexpr std::array<const char*, 12> kShortMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Reads exactly `count` digits at `text[pos]`.
bool ReadDigits(std::string_view text, size_t pos, size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

year_month_day FirstOf(int y, unsigned m) { return date::year{y} / date::month{m} / date::day{1}; }
year_month_day LastOf(int y, unsigned m) {
  return year_month_day{date::year{y} / date::month{m} / date::last};
}

bool ParseSingle(std::string_view v, DateValue* out, std::string* err) {
  auto bad = [&](const std::string& why) {
    *err = "'" + std::string(v) + "' is not a valid date: " + why;
    return false;
  };
  // A TIME value (2015-12-01T15:00) covers its day.
  if (size_t t = v.find('T'); t != std::string_view::npos && t == 10) v = v.substr(0, 10);
  int y = 0;
  if (v.size() == 2 && ReadDigits(v, 0, 2, &y)) {
    out->precision = Precision::kCentury;
    out->first = FirstOf(y * 100, 1);
    out->last = LastOf(y * 100 + 99, 12);
    return true;
  }
  if (v.size() == 3 && ReadDigits(v, 0, 3, &y)) {
    out->precision = Precision::kDecade;
    out->first = FirstOf(y * 10, 1);
    out->last = LastOf(y * 10 + 9, 12);
    return true;
  }
  if (!ReadDigits(v, 0, 4, &y)) return bad("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www");
  if (v.size() == 4) {
    out->precision = Precision::kYear;
    out->first = FirstOf(y, 1);
    out->last = LastOf(y, 12);
    return true;
  }
  if (v[4] != '-' || v.size() < 7) return bad("expected '-' after the year");
  std::string_view rest = v.substr(5);
  int n = 0;
  if (rest[0] == 'W' && rest.size() >= 3 && rest[1] >= '0' && rest[1] <= '9') {
    if (!ReadDigits(rest, 1, 2, &n)) return bad("expected two week digits");
    auto week = iso_week::year{y} / iso_week::weeknum{static_cast<unsigned>(n)} / iso_week::mon;
    if (!week.ok()) return bad("year " + std::to_string(y) + " has no week " + std::to_string(n));
    sys_days monday{week};
    if (rest.size() == 3) {
      out->precision = Precision::kWeek;
      out->first = year_month_day{monday};
      out->last = year_month_day{monday + days{6}};
      return true;
    }
    if (rest.substr(3) == "-WE") {
      out->precision = Precision::kWeekend;
      out->first = year_month_day{monday + days{5}};
      out->last = year_month_day{monday + days{6}};
      return true;
    }
    return bad("unexpected text after the week");
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')) {
    n = rest[1] - '0';
    int parts = rest[0] == 'Q' ? 4 : 2;
    if (n < 1 || n > parts) return bad("no such part of the year");
    unsigned months = 12 / parts;
    out->precision = rest[0] == 'Q' ? Precision::kQuarter : Precision::kHalf;
    out->first = FirstOf(y, (n - 1) * months + 1);
    out->last = LastOf(y, n * months);
    return true;
  }
  // A season is two letters: a month or a day ("11", "11-05") asks no
  // comparison with the four codes.
  if (rest.size() == 2 && rest[0] >= 'A' &&
      (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
    out->precision = Precision::kSeason;
    // Northern meteorological seasons; winter runs into the next year.
    unsigned start = rest == "SP" ? 3 : rest == "SU" ? 6 : rest == "FA" ? 9 : 12;
    out->first = FirstOf(y, start);
    out->last = start == 12 ? LastOf(y + 1, 2) : LastOf(y, start + 2);
    return true;
  }
  if (!ReadDigits(rest, 0, 2, &n)) return bad("expected a two-digit month");
  if (n < 1 || n > 12) return bad("there is no month " + std::to_string(n));
  if (rest.size() == 2) {
    out->precision = Precision::kMonth;
    out->first = FirstOf(y, n);
    out->last = LastOf(y, n);
    return true;
  }
  int d = 0;
  if (rest.size() != 5 || rest[2] != '-' || !ReadDigits(rest, 3, 2, &d)) {
    return bad("expected YYYY-MM-DD");
  }
  year_month_day day =
      date::year{y} / date::month{static_cast<unsigned>(n)} / date::day{static_cast<unsigned>(d)};
  if (!day.ok()) {
    return bad(std::string(kShortMonths[n - 1]) + " " + std::to_string(y) + " has no day " +
               std::to_string(d));
  }
  out->precision = Precision::kDay;
  out->first = out->last = day;
  return true;
}

// "1 Dec 2015", written into one buffer: to_string and three operator+
// cost several allocations' worth of work per call. A year outside 0..9999
// keeps to_string's spelling.
std::string DayText(year_month_day d) {
  unsigned day = static_cast<unsigned>(d.day());
  int y = static_cast<int>(d.year());
  if (y < 0 || y > 9999 || day > 99) {
    return std::to_string(day) + " " + kShortMonths[static_cast<unsigned>(d.month()) - 1] + " " +
           std::to_string(y);
  }
  char buffer[16];
  char* p = buffer;
  if (day >= 10) *p++ = static_cast<char>('0' + day / 10);
  *p++ = static_cast<char>('0' + day % 10);
  *p++ = ' ';
  const char* month = kShortMonths[static_cast<unsigned>(d.month()) - 1];
  *p++ = month[0];
  *p++ = month[1];
  *p++ = month[2];
  *p++ = ' ';
  if (y >= 1000) *p++ = static_cast<char>('0' + y / 1000);
  if (y >= 100) *p++ = static_cast<char>('0' + y / 100 % 10);
  if (y >= 10) *p++ = static_cast<char>('0' + y / 10 % 10);
  *p++ = static_cast<char>('0' + y % 10);
  return std::string(buffer, static_cast<size_t>(p - buffer));
}

std::string PlainDisplay(std::string_view value, const DateValue& v) {
  int y = static_cast<int>(v.first.year());
  std::string month = kShortMonths[static_cast<unsigned>(v.first.month()) - 1];
  switch (v.precision) {
    case Precision::kCentury:
      return "the " + std::to_string(y) + "s";
    case Precision::kDecade:
      return "the " + std::to_string(y) + "s";
    case Precision::kYear:
      return std::to_string(y);
    case Precision::kHalf:
      return (v.first.month() == date::January ? "first half of " : "second half of ") +
             std::to_string(y);
    case Precision::kQuarter:
      return "Q" + std::to_string((static_cast<unsigned>(v.first.month()) + 2) / 3) + " " +
             std::to_string(y);
    case Precision::kSeason: {
      std::string_view code = value.substr(5, 2);
      const char* name = code == "SP"   ? "spring"
                         : code == "SU" ? "summer"
                         : code == "FA" ? "autumn"
                                        : "winter";
      return std::string(name) + " " + std::to_string(y);
    }
    case Precision::kMonth:
      return month + " " + std::to_string(y);
    case Precision::kWeek:
      return "week of " + DayText(v.first);
    case Precision::kWeekend:
      return "weekend of " + DayText(v.first);
    case Precision::kDay:
      return DayText(v.first);
  }
  return std::string(value);
}

}  // namespace

bool ParseDateValue(std::string_view value, DateValue* out, std::string* err) {
  if (size_t slash = value.find('/'); slash != std::string_view::npos) {
    DateValue start, end;
    if (!ParseSingle(value.substr(0, slash), &start, err)) return false;
    if (!ParseSingle(value.substr(slash + 1), &end, err)) return false;
    if (sys_days{end.last} < sys_days{start.first}) {
      *err = "interval '" + std::string(value) + "' ends before it starts";
      return false;
    }
    out->precision = start.precision;
    out->first = start.first;
    out->last = end.last;
    out->interval = true;
    return true;
  }
  *out = DateValue{};
  return ParseSingle(value, out, err);
}

// Writes YYYY-MM-DD by hand: date::format builds a stream for each call
// (thousands of instructions). Years outside 0..9999 keep date::format's
// spelling.
std::string FormatDay(year_month_day day) {
  year_month_day normal{sys_days{day}};  // as date::format sees it
  int y = static_cast<int>(normal.year());
  if (y < 0 || y > 9999) return date::format("%F", sys_days{day});
  unsigned m = static_cast<unsigned>(normal.month());
  unsigned d = static_cast<unsigned>(normal.day());
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

std::string FormatMonth(date::year_month month) {
  return FormatDay(month / date::day{1}).substr(0, 7);
}

std::string FormatIsoWeek(year_month_day any_day_of_week) {
  iso_week::year_weeknum_weekday week{sys_days{any_day_of_week}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02u", static_cast<int>(week.year()),
                static_cast<unsigned>(week.weeknum()));
  return buffer;
}

std::string QualifierOf(std::string_view mod) {
  if (mod == "START") return "early";
  if (mod == "MID") return "mid";
  if (mod == "END") return "late";
  if (mod == "APPROX") return "about";
  if (mod == "BEFORE" || mod == "ON_OR_BEFORE") return "before";
  if (mod == "AFTER" || mod == "ON_OR_AFTER") return "after";
  return "";
}

std::string DisplayDate(std::string_view value, std::string_view qualifier) {
  DateValue v;
  std::string err;
  if (!ParseDateValue(value, &v, &err)) return std::string(value);
  return DisplayDate(value, v, qualifier);
}

std::string DisplayDate(std::string_view value, const DateValue& v, std::string_view qualifier) {
  std::string text;
  if (v.interval) {
    size_t slash = value.find('/');
    text = DisplayDate(value.substr(0, slash)) + " – " + DisplayDate(value.substr(slash + 1));
  } else {
    text = PlainDisplay(value, v);
  }
  if (qualifier.empty()) return text;
  if (qualifier == "about") return "about " + text;
  if (qualifier == "before" || qualifier == "after") return std::string(qualifier) + " " + text;
  // early / mid / late read naturally before a month or year, and inside
  // "the 1990s": "the late 1990s".
  if (text.rfind("the ", 0) == 0) return "the " + std::string(qualifier) + " " + text.substr(4);
  return std::string(qualifier) + " " + text;
}

bool DateValueLess(const DateValue& a, const DateValue& b) {
  if (a.first != b.first) return sys_days{a.first} < sys_days{b.first};
  return sys_days{a.last} > sys_days{b.last};
}

bool Overlaps(const DateValue& a, const DateValue& b) {
  return !(sys_days{a.last} < sys_days{b.first} || sys_days{b.last} < sys_days{a.first});
}

}  // namespace annals
