// The written shape of a TIMEX3 calendar value, read from its characters
// alone (no calendar check): a year "2015", a month "2015-09", a day
// "2015-12-01" or a time of one day "2014-11-11TEV". The event and
// narrative rules ask this of values the resolver already wrote, many times
// a sentence, where ParseDateValue's full parse would be wasted.
#pragma once

#include <cstddef>
#include <string>

namespace annals {

// Whether s[from, to) is all ASCII digits; false when `s` is shorter than
// `to`. (isdigit is '0'-'9' in every locale; the range test is no call.)
inline bool Digits(const std::string& s, size_t from, size_t to) {
  if (s.size() < to) return false;
  for (size_t i = from; i < to; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

inline bool YearPrecision(const std::string& v) { return v.size() == 4 && Digits(v, 0, 4); }

inline bool MonthPrecision(const std::string& v) {
  return v.size() == 7 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 7);
}

// A day, or a time of one day ("2014-11-11TEV").
inline bool DayPrecision(const std::string& v) {
  return v.size() >= 10 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 7) && v[7] == '-' &&
         Digits(v, 8, 10) && (v.size() == 10 || v[10] == 'T');
}

}  // namespace annals
