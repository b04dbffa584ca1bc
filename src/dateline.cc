#include "dateline.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace annals {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }

// Reads 1..max digits at s[*i]; returns -1 when there are none or too many.
int ReadNumber(std::string_view s, size_t* i, size_t max_digits) {
  size_t start = *i;
  while (*i < s.size() && IsDigit(s[*i])) ++*i;
  size_t n = *i - start;
  if (n == 0 || n > max_digits) {
    *i = start;
    return -1;
  }
  return std::atoi(std::string(s.substr(start, n)).c_str());
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
}

std::string_view ReadWord(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsAlpha(s[j])) ++j;
  return s.substr(i, j - i);
}

// "st", "nd", "rd", "th" after a day number.
void SkipOrdinal(std::string_view s, size_t* i) {
  if (*i + 2 <= s.size()) {
    std::string two = AsciiLower(s.substr(*i, 2));
    if ((two == "st" || two == "nd" || two == "rd" || two == "th") &&
        (*i + 2 == s.size() || !IsAlpha(s[*i + 2]))) {
      *i += 2;
    }
  }
}

// ", 2015" or " 2015" after a month and day.
int ReadYear(std::string_view s, size_t* i) {
  size_t j = *i;
  if (j < s.size() && s[j] == ',') ++j;
  SkipSpaces(s, &j);
  if (j + 4 > s.size()) return 0;
  size_t k = j;
  int year = ReadNumber(s, &k, 4);
  if (k - j != 4 || year < 1800 || year > 2199) return 0;
  if (k < s.size() && (IsDigit(s[k]) || s[k] == ':')) return 0;  // a time, not a year
  *i = k;
  return year;
}

size_t ReadIso(std::string_view s, PartialDate* out) {
  size_t i = 0;
  int year = ReadNumber(s, &i, 4);
  if (i != 4 || year < 1800 || i >= s.size() || (s[i] != '-' && s[i] != '/')) return 0;
  char sep = s[i++];
  int month = ReadNumber(s, &i, 2);
  if (month < 1 || i >= s.size() || s[i] != sep) return 0;
  ++i;
  int day = ReadNumber(s, &i, 2);
  if (day < 1 || (i < s.size() && IsDigit(s[i]))) return 0;
  *out = {year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  return i;
}

// The text of s[begin, end) in quotes, for a message.
std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// A label before a header date, one to three words from header_words.tsv
// ("Published", "Last updated", "Posted on"), longest first. Returns the
// position after it, or `i` when there is none.
size_t ReadLabel(std::string_view s, size_t i, const IngestLexicon& lex, bool* updated) {
  size_t best = i;
  std::string words;
  size_t j = i;
  for (int n = 0; n < 3; ++n) {
    std::string_view word = ReadWord(s, j);
    if (word.empty()) break;
    if (!words.empty()) words += ' ';
    words += AsciiLower(word);
    j += word.size();
    auto it = lex.date_labels.find(words);
    if (it != lex.date_labels.end()) {
      best = j;
      *updated = it->second;
    }
    if (j >= s.size() || s[j] != ' ') break;
    ++j;
  }
  return best;
}

// A word from header_words.tsv's joiners ("at", "on") at s[i]; returns the
// position after it and the spaces that follow, or `i`.
size_t SkipJoiner(std::string_view s, size_t i, const IngestLexicon& lex) {
  std::string_view word = ReadWord(s, i);
  if (word.empty() || !lex.date_joiners.count(AsciiLower(word))) return i;
  size_t j = i + word.size();
  if (j < s.size() && s[j] != ' ') return i;
  SkipSpaces(s, &j);
  return j;
}

// "+08:00", "-5", "+0530" after a clock time or a zone.
size_t SkipOffset(std::string_view s, size_t i) {
  if (i + 1 >= s.size() || (s[i] != '+' && s[i] != '-') || !IsDigit(s[i + 1])) return i;
  size_t j = i + 1;
  if (ReadNumber(s, &j, 4) < 0) return i;
  if (j + 2 < s.size() && s[j] == ':' && IsDigit(s[j + 1]) && IsDigit(s[j + 2])) j += 3;
  return j;
}

// A clock time with an optional meridiem and zone at s[i]: "6:40 PM EST",
// "09:12 GMT", "11:05 a.m. ET", "6pm", "18:20:00+08:00". A bare number is not
// a time: it needs minutes after a colon or a meridiem. Returns the position
// after it, or `i`.
size_t ReadClock(std::string_view s, size_t i, const IngestLexicon& lex) {
  size_t j = i;
  int hour = ReadNumber(s, &j, 2);
  if (hour < 0 || hour > 24) return i;
  bool minutes = false;
  if (j + 2 < s.size() && (s[j] == ':' || s[j] == '.') && IsDigit(s[j + 1]) && IsDigit(s[j + 2])) {
    // "6.40 pm" is a time only with its meridiem: "6.40" alone is a number.
    minutes = s[j] == ':';
    j += 3;
    if (j + 2 < s.size() && s[j] == ':' && IsDigit(s[j + 1]) && IsDigit(s[j + 2])) j += 3;
  }
  if (j < s.size() && IsDigit(s[j])) return i;
  size_t k = j;
  SkipSpaces(s, &k);
  size_t m = k;
  while (m < s.size() && (IsAlpha(s[m]) || s[m] == '.')) ++m;
  bool meridiem = m > k && lex.meridiems.count(AsciiLower(s.substr(k, m - k))) > 0;
  // "10.14 BST" (British papers write the time so) is a time with its zone.
  if (!meridiem && !minutes && j > i + 3 && s[j - 3] == '.' && m - k >= 2 && m - k <= 5 &&
      std::all_of(s.begin() + static_cast<long>(k), s.begin() + static_cast<long>(m), IsUpper)) {
    minutes = true;
  }
  if (!meridiem && !minutes) return i;
  if (meridiem) j = m;
  j = SkipOffset(s, j);
  // A zone: capitals only ("ET", "EST", "GMT", "WAT"), maybe with an offset.
  k = j;
  SkipSpaces(s, &k);
  size_t z = k;
  while (z < s.size() && IsUpper(s[z])) ++z;
  if (z - k >= 2 && z - k <= 5 && (z == s.size() || !IsAlpha(s[z]))) {
    j = SkipOffset(s, z);
  } else if (k > j && k + 5 <= s.size() && (s[k] == '+' || s[k] == '-') &&
             std::all_of(s.begin() + k + 1, s.begin() + k + 5, IsDigit) &&
             (k + 5 == s.size() || !IsDigit(s[k + 5]))) {
    j = k + 5;  // RFC 2822's numeric zone: "10:04:00 +0800"
  }
  return j;
}

// A numeric day and month with a year, "25/03/2018", "3.4.2019": read only
// when the order is certain, because one number is above 12 (or both are the
// same) or another date on the same line shows it (`order`). "12/03/2018" is
// 12 March in most of the world and 3 December in the United States; such a
// date alone sets `problem` and is not read.
size_t ReadNumericDate(std::string_view s, PartialDate* out, std::string* problem,
                       NumericOrder order = NumericOrder::kUnknown) {
  size_t j = 0;
  int a = ReadNumber(s, &j, 2);
  if (a < 1 || j >= s.size()) return 0;
  char sep = s[j];
  if (sep != '/' && sep != '.' && sep != '-') return 0;
  size_t k = j + 1;
  int b = ReadNumber(s, &k, 2);
  if (b < 1 || k >= s.size() || s[k] != sep) return 0;
  size_t year_start = ++k;
  int year = ReadNumber(s, &k, 4);
  if (k - year_start != 4 || year < 1800 || year > 2199 || (k < s.size() && IsDigit(s[k]))) {
    return 0;
  }
  int day = 0, month = 0;
  if (a == b || (a > 12 && b <= 12) || (a <= 12 && b <= 12 && order == NumericOrder::kDayFirst)) {
    day = a;
    month = b;
  } else if ((b > 12 && a <= 12) || (a <= 12 && b <= 12 && order == NumericOrder::kMonthFirst)) {
    month = a;
    day = b;
  } else if (a <= 12 && b <= 12) {
    *problem =
        Quoted(s.substr(0, k)) + " could be read day first or month first; not used as the date";
    return 0;
  } else {
    return 0;
  }
  *out = {year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  return k;
}

// Notes in `*day_first` / `*month_first` the orders the numeric dates in
// `text` show, those that can only be read one way.
void NumericOrderVotes(std::string_view text, bool* day_first, bool* month_first) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsAlnum(text[i - 1]))) continue;
    PartialDate d;
    std::string ignored;
    std::string_view rest = text.substr(i);
    size_t n = ReadNumericDate(rest, &d, &ignored);
    if (n == 0) continue;
    size_t j = 0;
    int a = ReadNumber(rest, &j, 2);
    if (a != static_cast<int>(d.month)) *day_first = true;
    if (a != static_cast<int>(d.day)) *month_first = true;
    i += n - 1;
  }
}

// The order of the numeric dates in `line`, when those that can only be
// read one way agree on it; kUnknown when none shows it or they disagree
// (`*conflict` says which).
NumericOrder LineNumericOrder(std::string_view line, bool* conflict = nullptr) {
  bool day_first = false, month_first = false;
  NumericOrderVotes(line, &day_first, &month_first);
  if (conflict) *conflict = day_first && month_first;
  if (day_first == month_first) return NumericOrder::kUnknown;
  return day_first ? NumericOrder::kDayFirst : NumericOrder::kMonthFirst;
}

// True when `line` holds a numeric date that could be read either way.
bool HasAmbiguousNumericDate(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (!IsDigit(line[i]) || (i > 0 && IsAlnum(line[i - 1]))) continue;
    PartialDate d;
    std::string problem;
    if (ReadNumericDate(line.substr(i), &d, &problem) == 0 && !problem.empty()) return true;
  }
  return false;
}

// Counts the dates written out day first ("3 June", "3rd of June") and month
// first ("June 3", "Dec. 3") in `text`. Only a capitalised month name counts
// ("may 3" is a verb and a number), and only a day of one or two digits not
// followed by another digit ("June 2021" is a month and a year).
void WrittenDateVotes(std::string_view text, const IngestLexicon& lex, size_t* day_first,
                      size_t* month_first) {
  auto month_word = [&](std::string_view w) {
    return w.size() >= 3 && IsUpper(w[0]) && lex.Month(w) != 0;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsAlnum(text[i - 1]))) continue;
    size_t j = i;
    int day = ReadNumber(text, &j, 2);
    // "10:30", "3/4", "3.4.2019" are times and numeric dates; "June 3." ends
    // a sentence.
    bool numeric =
        j < text.size() && (IsDigit(text[j]) || text[j] == ':' || text[j] == '/' ||
                            (text[j] == '.' && j + 1 < text.size() && IsDigit(text[j + 1])));
    if (day < 1 || day > 31 || numeric) {
      while (j < text.size() && IsDigit(text[j])) ++j;
      i = j;
      continue;
    }
    // Before the number: "June 3", "Dec. 3".
    size_t b = i;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b > 0 && text[b - 1] == '.') --b;
    size_t w = b;
    while (w > 0 && IsAlpha(text[w - 1])) --w;
    if (w < b && b < i && month_word(text.substr(w, b - w))) {
      ++*month_first;
    } else {
      // After it: "3 June", "3rd June", "3rd of June".
      size_t k = j;
      SkipOrdinal(text, &k);
      bool ordinal = k > j;
      SkipSpaces(text, &k);
      if (k > j && ordinal && text.substr(k, 3) == "of ") k += 3;
      if (k > j && month_word(ReadWord(text, k))) ++*day_first;
    }
    i = j;
  }
}

// The order data/en/date_orders.tsv gives a page's language tag ("en-GB",
// og:locale's "en_US"): the tag itself, else its language alone ("fr-CA" ->
// "fr"); kUnknown when neither is listed ("en" alone says nothing).
NumericOrder LocaleOrder(std::string_view locale, const IngestLexicon& lex) {
  std::string key = AsciiLower(locale);
  std::replace(key.begin(), key.end(), '_', '-');
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  for (int pass = 0; pass < 2; ++pass) {
    auto it = lex.locale_orders.find(key);
    if (it != lex.locale_orders.end()) {
      return it->second ? NumericOrder::kMonthFirst : NumericOrder::kDayFirst;
    }
    size_t dash = key.find('-');
    if (dash == std::string::npos) break;
    key.resize(dash);
  }
  return NumericOrder::kUnknown;
}

}  // namespace

NumericOrder ArticleDateOrder::Get() const {
  if (known_) return order_;
  known_ = true;
  std::vector<NumericOrder> clues;
  bool day_first = false, month_first = false;
  for (std::string_view part : parts_) NumericOrderVotes(part, &day_first, &month_first);
  if (day_first && month_first) return order_;  // the article contradicts itself
  if (day_first || month_first) {
    clues.push_back(day_first ? NumericOrder::kDayFirst : NumericOrder::kMonthFirst);
  }
  if (!locale_.empty()) clues.push_back(LocaleOrder(locale_, lex_));
  size_t written_day = 0, written_month = 0;
  for (std::string_view part : parts_) WrittenDateVotes(part, lex_, &written_day, &written_month);
  if (written_day > 0 && written_day >= 3 * written_month) {
    clues.push_back(NumericOrder::kDayFirst);
  } else if (written_month > 0 && written_month >= 3 * written_day) {
    clues.push_back(NumericOrder::kMonthFirst);
  }
  for (NumericOrder clue : clues) {
    if (clue == NumericOrder::kUnknown) continue;
    if (order_ != NumericOrder::kUnknown && clue != order_) {
      order_ = NumericOrder::kUnknown;
      return order_;
    }
    order_ = clue;
  }
  return order_;
}

namespace {

// True when nothing but spaces and closing punctuation follows s[n].
bool OnlyTrailing(std::string_view s, size_t n) {
  for (size_t i = n; i < s.size(); ++i) {
    char c = s[i];
    if (c != ' ' && c != '.' && c != ',' && c != ')' && c != ';') return false;
  }
  return true;
}

}  // namespace

bool EndsWithMeridiem(std::string_view line) {
  if (line.size() < 6) return false;
  std::string tail = AsciiLower(line.substr(line.size() - 4));
  char before = line[line.size() - 5];
  return (tail == "a.m." || tail == "p.m.") && (before == ' ' || IsDigit(before));
}

std::optional<date::year_month_day> PartialDate::Day() const {
  if (year == 0) return std::nullopt;
  date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

size_t ReadDate(std::string_view s, const IngestLexicon& lex, PartialDate* out) {
  if (s.empty()) return 0;
  if (IsDigit(s[0])) {
    if (size_t n = ReadIso(s, out)) return n;
  }
  size_t i = 0;
  // An optional weekday: "Tuesday, Dec. 1" or "Monday 28 September".
  std::string_view word = ReadWord(s, 0);
  if (!word.empty() && lex.IsWeekday(word)) {
    i = word.size();
    if (i < s.size() && s[i] == '.') ++i;
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, &i);
    if (i == word.size()) return 0;
  }
  PartialDate d;
  word = ReadWord(s, i);
  if (!word.empty()) {
    // Month first: "Dec. 2", "December 2, 2015".
    unsigned month = lex.Month(word);
    if (month == 0) return 0;
    size_t j = i + word.size();
    if (j < s.size() && s[j] == '.') ++j;
    SkipSpaces(s, &j);
    int day = ReadNumber(s, &j, 2);
    if (day < 1 || day > 31 || (j < s.size() && IsDigit(s[j]))) return 0;
    SkipOrdinal(s, &j);
    d.month = month;
    d.day = static_cast<unsigned>(day);
    d.year = ReadYear(s, &j);
    *out = d;
    return j;
  }
  // Day first: "2 December 2015", "28th Sept".
  size_t j = i;
  int day = ReadNumber(s, &j, 2);
  if (day < 1 || day > 31) return 0;
  size_t number_end = j;
  SkipOrdinal(s, &j);
  bool ordinal = j > number_end;
  SkipSpaces(s, &j);
  word = ReadWord(s, j);
  // "3rd of June 2021": "of" only after an ordinal ("3 of June" is not a date).
  if (ordinal && AsciiLower(word) == "of" && j + 2 < s.size() && s[j + 2] == ' ') {
    j += 2;
    SkipSpaces(s, &j);
    word = ReadWord(s, j);
  }
  unsigned month = word.empty() ? 0 : lex.Month(word);
  if (month == 0) return 0;
  j += word.size();
  if (j < s.size() && s[j] == '.') ++j;
  d.month = month;
  d.day = static_cast<unsigned>(day);
  d.year = ReadYear(s, &j);
  *out = d;
  return j;
}

bool FindDate(std::string_view s, const IngestLexicon& lex, PartialDate* out, size_t* begin,
              size_t* end) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsAlnum(s[i]) || (i > 0 && IsAlnum(s[i - 1]))) continue;
    if (size_t n = ReadDate(s.substr(i), lex, out)) {
      *begin = i;
      *end = i + n;
      return true;
    }
  }
  return false;
}

size_t ReadHeaderDateTime(std::string_view s, const IngestLexicon& lex, HeaderDateTime* out,
                          NumericOrder order) {
  *out = HeaderDateTime{};
  size_t i = ReadLabel(s, 0, lex, &out->updated);
  if (i > 0) {
    out->labelled = true;
    if (i < s.size() && s[i] == ':') ++i;
    SkipSpaces(s, &i);
    i = SkipJoiner(s, i, lex);
  }
  // A clock time may come first: "Updated 10:43 AM ET, Sat September 3, 2016".
  size_t c = ReadClock(s, i, lex);
  if (c > i) {
    i = c;
    SkipSpaces(s, &i);
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, &i);
  }
  PartialDate d;
  std::string_view rest = s.substr(i);
  size_t n = ReadDate(rest, lex, &d);
  out->problem_at = i;
  if (n == 0 && !rest.empty() && IsDigit(rest[0]))
    n = ReadNumericDate(rest, &d, &out->problem, order);
  if (n == 0 || !d.HasYear()) return 0;
  if (!d.Day()) {
    out->problem = Quoted(rest.substr(0, n)) + " is not a date";
    return 0;
  }
  out->date = d;
  i += n;
  // An ISO date-time: "2017-05-06T09:00:00+02:00", "...T09:00Z".
  if (i + 1 < s.size() && s[i] == 'T' && IsDigit(s[i + 1])) {
    size_t t = ReadClock(s, i + 1, lex);
    if (t > i + 1) i = t < s.size() && s[t] == 'Z' ? t + 1 : t;
  }
  // A clock time after it: "March 3, 2019 at 6:40 PM EST", "14 May 2020, 09:12
  // GMT", "2 July 2019 - 08:45 BST".
  size_t j = i;
  SkipSpaces(s, &j);
  // "JUNE 3, 2021 / 2:15 PM", "Jun 03, 2021 @ 14:20" too.
  if (j < s.size() && (s[j] == ',' || s[j] == '-' || s[j] == '/' || s[j] == '@')) {
    ++j;
  } else if (s.substr(j, 3) == "\xE2\x80\x94" || s.substr(j, 3) == "\xE2\x80\x93") {
    j += 3;  // "June 3, 2021 — 10:14 AM EDT": an em or en dash
  }
  SkipSpaces(s, &j);
  j = SkipJoiner(s, j, lex);
  c = ReadClock(s, j, lex);
  if (c > j) i = c;
  return i;
}

std::optional<date::year_month_day> ParseDateValueText(std::string_view s,
                                                       const IngestLexicon& lex) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  PartialDate d;
  size_t begin = 0, end = 0;
  if (ReadDate(s, lex, &d) > 0 || (s.size() < 80 && FindDate(s, lex, &d, &begin, &end))) {
    return d.Day();
  }
  // Compact ISO 8601: 20151202 or 20151202T120000Z.
  if (s.size() >= 8) {
    size_t i = 0;
    int n = ReadNumber(s, &i, 8);
    if (i == 8 && (i == s.size() || !IsDigit(s[i]))) {
      PartialDate c{n / 10000, static_cast<unsigned>(n / 100 % 100),
                    static_cast<unsigned>(n % 100)};
      return c.Day();
    }
  }
  return std::nullopt;
}

std::optional<date::year_month_day> FileNameDate(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (size_t i = 0; i + 8 <= name.size(); ++i) {
    if (!IsDigit(name[i]) || (i > 0 && IsDigit(name[i - 1]))) continue;
    size_t j = i;
    int year = ReadNumber(name, &j, 4);
    if (j - i != 4 || year < 1900 || year > 2199) {
      // Part of a longer number (e.g. "20151202"): read it whole below.
      j = i;
      int all = ReadNumber(name, &j, 8);
      if (j - i == 8 && (j == name.size() || !IsDigit(name[j]))) {
        PartialDate d{all / 10000, static_cast<unsigned>(all / 100 % 100),
                      static_cast<unsigned>(all % 100)};
        if (d.year >= 1900 && d.year <= 2199) {
          if (auto day = d.Day()) return day;
        }
      }
      continue;
    }
    if (j >= name.size()) continue;
    char sep = name[j];
    if (sep != '-' && sep != '_' && sep != '.') continue;
    size_t k = j + 1;
    int month = ReadNumber(name, &k, 2);
    if (k - j - 1 != 2 || k >= name.size() || name[k] != sep) continue;
    ++k;
    size_t day_start = k;
    int day = ReadNumber(name, &k, 2);
    if (k - day_start != 2 || (k < name.size() && IsDigit(name[k]))) continue;
    PartialDate d{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
    if (auto ymd = d.Day()) return ymd;
  }
  return std::nullopt;
}

std::optional<date::year_month_day> UrlDate(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path, url.find_first_of("?#", path) - path);
  for (size_t i = 0; i + 5 < p.size(); ++i) {
    if (p[i] != '/' || !IsDigit(p[i + 1])) continue;
    // "/2016/09/03/" split over segments.
    size_t j = i + 1;
    int year = ReadNumber(p, &j, 4);
    if (j - i - 1 == 4 && j + 6 <= p.size() && p[j] == '/') {
      size_t k = j + 1;
      int month = ReadNumber(p, &k, 2);
      if (k - j - 1 == 2 && k < p.size() && p[k] == '/') {
        size_t m = k + 1;
        int day = ReadNumber(p, &m, 2);
        if (m - k - 1 == 2 && (m == p.size() || !IsDigit(p[m]))) {
          PartialDate d{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
          if (auto ymd = d.Day()) return ymd;
        }
      }
    }
    // "/2016-09-03-slug" or "/20160903/": the file-name forms, at a segment's start.
    size_t end = p.find('/', i + 1);
    std::string_view segment = p.substr(i + 1, end == std::string_view::npos ? end : end - i - 1);
    if (auto ymd = FileNameDate(segment.substr(0, 10))) {
      if (segment.size() == 8 || segment.size() == 10 ||
          !IsDigit(segment[std::min<size_t>(segment.size() - 1, 10)]))
        return ymd;
    }
  }
  return std::nullopt;
}

std::string TitleCase(std::string_view caps) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < caps.size(); ++i) {
    char c = caps[i];
    if (c == '\xC3' && i + 1 < caps.size() && static_cast<unsigned char>(caps[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(caps[i + 1]) <= 0x9E && caps[i + 1] != '\x97') {
      // A Latin-1 capital: its small letter is 0x20 above it ("Á" -> "á").
      out += c;
      out += start ? caps[i + 1] : static_cast<char>(caps[i + 1] + 0x20);
      ++i;
      start = false;
    } else if (IsAlpha(c)) {
      out += start ? static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c)
                   : static_cast<char>(IsUpper(c) ? c - 'A' + 'a' : c);
      start = false;
    } else {
      out += c;
      start = c == ' ' || c == '-' || c == '.';
    }
  }
  return out;
}

namespace {

// A dash that ends a dateline: "--", "-", "_", "—" (U+2014), "–" (U+2013). Returns its length.
size_t DashAt(std::string_view s, size_t i) {
  if (s.substr(i, 2) == "--") return 2;
  if (s.substr(i, 1) == "-") return 1;
  if (s.substr(i, 1) == "_") return 1;  // older AP copy: "MOSCOW (AP) _ The"
  // Em and en dash, and the other dashes and the minus sign that copy
  // pasted from other systems carries: U+2010-U+2015, U+2212.
  std::string_view three = s.substr(i, 3);
  if (three.size() == 3 && three[0] == '\xE2' &&
      ((three[1] == '\x80' && three[2] >= '\x90' && three[2] <= '\x95') ||
       (three[1] == '\x88' && three[2] == '\x92'))) {
    return 3;
  }
  return 0;
}

// An upper-case Latin-1 letter in UTF-8 (U+00C0-U+00DE but not U+00D7 x):
// "BOGOTÁ", "SÃO PAULO".
bool IsUpperLatin(std::string_view s, size_t i) {
  return i + 1 < s.size() && s[i] == '\xC3' && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9E && s[i + 1] != '\x97';
}

// A place written in title case at the start of `p`: "Lagos", "Addis Ababa",
// "Port-au-Prince", "Asunción". One to four capitalized words, none of them a
// month, weekday or page word. Returns its length, 0 if none.
size_t ReadTitlePlace(std::string_view p, const IngestLexicon& lex) {
  size_t i = 0, words = 0, end = 0;
  while (i < p.size() && words < 4 && (IsUpper(p[i]) || IsUpperLatin(p, i))) {
    size_t w = i;
    i += IsUpper(p[i]) ? 1 : 2;
    while (i < p.size()) {
      unsigned char c = static_cast<unsigned char>(p[i]);
      if (IsAlpha(p[i]) || c >= 0x80 || p[i] == '\'' || p[i] == '.' ||
          (p[i] == '-' && i + 1 < p.size() && IsAlpha(p[i + 1]))) {
        ++i;
      } else {
        break;
      }
    }
    std::string_view word = p.substr(w, i - w);
    if (lex.Month(word) || lex.IsWeekday(word) || lex.IsUiWord(AsciiLower(word)) ||
        lex.date_labels.count(AsciiLower(word))) {
      return 0;
    }
    ++words;
    end = i;
    if (i + 1 < p.size() && p[i] == ' ' && (IsUpper(p[i + 1]) || IsUpperLatin(p, i + 1))) {
      ++i;
    } else {
      break;
    }
  }
  return end;
}

// Capitalized words up to a ',', '(' or dash: "China", "Calif.", "New Mexico".
size_t ReadRegion(std::string_view s, size_t i) {
  size_t start = i;
  int words = 0;
  while (i < s.size() && IsUpper(s[i]) && words < 4) {
    while (i < s.size() && (IsAlpha(s[i]) || s[i] == '.' || s[i] == '\'')) ++i;
    ++words;
    if (i + 1 < s.size() && s[i] == ' ' && IsUpper(s[i + 1])) ++i;
  }
  return i - start;
}

}  // namespace

bool ParseWireDateline(std::string_view p, const IngestLexicon& lex, Dateline* out) {
  p = p.substr(0, 160);
  // The place, in capitals: letters, spaces, dots, apostrophes, inner hyphens.
  size_t i = 0, letters = 0;
  while (i < p.size()) {
    char c = p[i];
    if (IsUpper(c)) {
      ++letters;
    } else if (IsUpperLatin(p, i)) {
      ++letters;
      ++i;
    } else if (c == '-' && i + 1 < p.size() && IsAlpha(p[i + 1]) && i > 0 && IsAlpha(p[i - 1])) {
    } else if (c == ' ' || c == '.' || c == '\'') {
    } else {
      break;
    }
    ++i;
  }
  size_t place_end = i;
  while (place_end > 0 && (p[place_end - 1] == ' ')) --place_end;
  Dateline d;
  // A place in title case ("Lagos, Sep 12, 2019 (NAN).-") could be the first
  // words of a sentence, so it counts only with a date after it.
  bool title_case = false;
  bool caps = letters >= 2 && place_end > 0 && !(i < p.size() && IsAlpha(p[i]));
  if (caps) {
    // A place is one to four words.
    std::string_view place = p.substr(0, place_end);
    if (std::count(place.begin(), place.end(), ' ') > 3) return false;
    d.place = TitleCase(place);
  } else {
    place_end = ReadTitlePlace(p, lex);
    if (place_end == 0) return false;
    d.place = std::string(p.substr(0, place_end));
    i = place_end;
    title_case = true;
  }
  SkipSpaces(p, &i);
  // ", Region" and/or ", Dec. 2[, 2015]".
  for (int part = 0; part < 2 && i < p.size() && p[i] == ','; ++part) {
    size_t j = i + 1;
    SkipSpaces(p, &j);
    PartialDate date;
    if (size_t n = ReadDate(p.substr(j), lex, &date)) {
      d.date = date;
      i = j + n;
    } else if (size_t m = ReadRegion(p, j)) {
      i = j + m;
    } else {
      return false;
    }
    SkipSpaces(p, &i);
  }
  // "HANOI — February 28, 2019 — A second summit": the date between two dashes.
  if (d.date.month == 0) {
    if (size_t dash = DashAt(p, i)) {
      size_t j = i + dash;
      SkipSpaces(p, &j);
      PartialDate date;
      size_t n = ReadDate(p.substr(j), lex, &date);
      size_t k = j + n;
      SkipSpaces(p, &k);
      if (n > 0 && date.HasYear() && (DashAt(p, k) || (k < p.size() && p[k] == '('))) {
        d.date = date;
        i = k;
      }
    }
  }
  if (title_case && d.date.month == 0) return false;
  // "(Xinhua)".
  if (i < p.size() && p[i] == '(') {
    size_t close = p.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return false;
    std::string_view name = p.substr(i + 1, close - i - 1);
    std::string canonical = lex.Outlet(name);
    if (name.empty() || (!IsUpper(name[0]) && canonical.empty())) return false;  // "(dpa)" is fine
    d.outlet = canonical.empty() ? std::string(name) : canonical;
    i = close + 1;
    SkipSpaces(p, &i);
    // "(NAN).-": a full stop before the dash.
    if (i < p.size() && p[i] == '.' && DashAt(p, i + 1)) ++i;
  }
  size_t dash = DashAt(p, i);
  if (dash == 0) return false;
  i += dash;
  // "BEIJING—China's" is a dateline; "WELL-KNOWN" was cut off above.
  if (dash < 3 && i < p.size() && p[i] != ' ') return false;
  *out = d;
  return true;
}

namespace {

// The length of a field separator at line[i] in a header line: '|', '¦',
// '·' (U+00B7), '•' (U+2022), '‖' (U+2016); 0 if none.
size_t FieldSeparatorAt(std::string_view s, size_t i) {
  if (s[i] == '|') return 1;
  std::string_view two = s.substr(i, 2);
  if (two == "\xC2\xB7" || two == "\xC2\xA6") return 2;
  std::string_view three = s.substr(i, 3);
  if (three == "\xE2\x80\xA2" || three == "\xE2\x80\x96") return 3;
  return 0;
}

bool StartsUpper(std::string_view w) {
  return !w.empty() && (IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0xC0);
}

// A field that can be a publication's name: one to five words, capitalized
// (small joining words aside), no digits. "NILE COURIER", "The Harbour Post".
bool NameLike(std::string_view field) {
  size_t words = 0;
  for (size_t i = 0; i < field.size();) {
    size_t j = field.find(' ', i);
    if (j == std::string_view::npos) j = field.size();
    std::string_view w = field.substr(i, j - i);
    if (!w.empty()) {
      ++words;
      std::string lower = AsciiLower(w);
      if (!StartsUpper(w) && lower != "of" && lower != "the" && lower != "and" && w != "&") {
        return false;
      }
      for (char c : w) {
        if (IsDigit(c)) return false;
      }
    }
    i = j + 1;
  }
  return words >= 1 && words <= 5;
}

bool AllUiWords(std::string_view field, const IngestLexicon& lex) {
  bool any = false;
  for (size_t i = 0; i < field.size();) {
    while (i < field.size() && !IsAlpha(field[i])) ++i;
    std::string_view w = ReadWord(field, i);
    if (w.empty()) break;
    if (!lex.IsUiWord(AsciiLower(w))) return false;
    any = true;
    i += w.size();
  }
  return any;
}

// "NILE COURIER | Khartoum | 21 June 2017 |", "Harbour Post · Valletta · 5
// April 2016", "By Jane Doe | 25/03/2018": a header line cut into fields, one
// of which is a date (with its label and clock time). The other fields may
// be the outlet (a known one, or a name opening the line), a known city, a
// byline, a section name or page words. The first publication date wins over
// an update's.
bool ParseSeparatedHeader(std::string_view line, const IngestLexicon& lex, NumericOrder order,
                          HeaderDate* out) {
  std::vector<std::pair<size_t, size_t>> fields;
  size_t start = 0, separators = 0;
  for (size_t i = 0; i <= line.size();) {
    size_t sep = i < line.size() ? FieldSeparatorAt(line, i) : 0;
    if (i < line.size() && sep == 0) {
      ++i;
      continue;
    }
    size_t b = start, e = i;
    while (b < e && line[b] == ' ') ++b;
    while (e > b && line[e - 1] == ' ') --e;
    if (e > b) fields.emplace_back(b, e);
    if (sep == 0) break;
    ++separators;
    i += sep;
    start = i;
  }
  if (separators == 0) return false;
  HeaderDate h;
  bool have_date = false;
  size_t unknown = 0;
  for (size_t f = 0; f < fields.size(); ++f) {
    auto [b, e] = fields[f];
    std::string_view text = line.substr(b, e - b);
    HeaderDateTime dt;
    size_t n = ReadHeaderDateTime(text, lex, &dt, order);
    if (n > 0 && OnlyTrailing(text, n)) {
      if (!have_date || (h.updated && !dt.updated)) {
        h.date = dt.date;
        h.updated = dt.updated;
        h.labelled = dt.labelled;
        h.begin = b;
        h.end = e;
        have_date = true;
      }
      continue;
    }
    if (!dt.problem.empty() && h.problem.empty()) {
      h.problem = dt.problem;
      h.problem_at = b + dt.problem_at;
    }
    if (text.substr(0, 3) == "By " || text.substr(0, 3) == "BY " || text.substr(0, 3) == "by ") {
      continue;
    }
    if (std::string outlet = lex.Outlet(text); !outlet.empty()) {
      if (h.outlet.empty()) h.outlet = outlet;
      continue;
    }
    if (std::string place = lex.Place(text); !place.empty()) {
      if (h.place.empty()) h.place = place;
      continue;
    }
    if (lex.sections.count(AsciiLower(text)) || AllUiWords(text, lex)) continue;
    if (f == 0 && NameLike(text)) {
      h.outlet = std::string(text);  // the publication's name opens its header
      continue;
    }
    ++unknown;
  }
  if (!have_date) {
    out->problem = h.problem;
    out->problem_at = h.problem_at;
    return false;
  }
  if (unknown == 0) {
    h.begin = 0;
    h.end = line.size();
  }
  h.problem.clear();
  *out = h;
  return true;
}

}  // namespace

bool ParseHeaderDate(std::string_view line, const IngestLexicon& lex, HeaderDate* out,
                     const ArticleDateOrder* article) {
  out->problem.clear();
  // A date with a year has digits: most header lines (headlines, bylines)
  // are settled here without looking up every word.
  if (line.size() > 160 || line.find_first_of("0123456789") == std::string_view::npos) {
    return false;
  }
  bool conflict = false;
  NumericOrder order = LineNumericOrder(line, &conflict);
  // Only a numeric date the line cannot settle asks the article.
  if (order == NumericOrder::kUnknown && !conflict && article && HasAmbiguousNumericDate(line)) {
    order = article->Get();
  }
  if (ParseSeparatedHeader(line, lex, order, out)) return true;
  std::string problem = out->problem;
  size_t problem_at = out->problem_at;
  // The first date in the line that has a year, with the label and clock
  // time around it: "Published March 3, 2019 at 6:40 PM EST".
  HeaderDateTime dt;
  size_t begin = 0, end = 0;
  bool found = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (!IsAlnum(line[i]) || (i > 0 && IsAlnum(line[i - 1]))) continue;
    HeaderDateTime next;
    if (size_t n = ReadHeaderDateTime(line.substr(i), lex, &next, order)) {
      if (!found) {
        dt = next;
        begin = i;
        end = i + n;
        found = true;
        if (!dt.updated) break;
      } else if (next.labelled && !next.updated) {
        // "Updated 4 June 2021, published 3 June 2021": an update's date
        // gives way to a publication date later on the line; the line still
        // spans both.
        dt = next;
        end = i + n;
        break;
      }
      i += n - 1;
      continue;
    }
    if (!found && !next.problem.empty() && problem.empty()) {
      problem = next.problem;
      problem_at = i + next.problem_at;
    }
  }
  if (!found) {
    out->problem = problem;
    out->problem_at = problem_at;
    return false;
  }
  HeaderDate h;
  h.date = dt.date;
  h.updated = dt.updated;
  h.labelled = dt.labelled;
  h.begin = begin;
  h.end = OnlyTrailing(line, end) ? line.size() : end;
  // Words before the date, after separators: "Xinhua, ", "Harbour Gazette - ".
  size_t k = begin;
  while (k > 0 && (line[k - 1] == ' ' || line[k - 1] == ',' || line[k - 1] == '-' ||
                   line[k - 1] == '|' || line[k - 1] == ':')) {
    --k;
  }
  // A run of capitalized words ending at k.
  size_t run_start = k;
  size_t words = 0;
  while (run_start > 0 && words < 4) {
    size_t w = run_start;
    while (w > 0 && line[w - 1] != ' ') --w;
    std::string_view word = line.substr(w, run_start - w);
    // "Published:", "Updated" and other page words are not an outlet's name.
    if (word.empty() || !IsUpper(word[0]) || lex.IsWeekday(word) || lex.Month(word) ||
        lex.IsUiWord(AsciiLower(word))) {
      break;
    }
    run_start = w;
    ++words;
    while (run_start > 0 && line[run_start - 1] == ' ') --run_start;
  }
  while (run_start < k && line[run_start] == ' ') ++run_start;
  // A known outlet anywhere in the run, else the whole run if it opens the line.
  std::string_view run = line.substr(run_start, k - run_start);
  for (size_t start = 0; start < run.size();) {
    std::string_view tail = run.substr(start);
    std::string canonical = lex.Outlet(tail);
    if (!canonical.empty()) {
      h.outlet = canonical;
      h.begin = run_start + start;
      break;
    }
    size_t space = run.find(' ', start);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  if (h.outlet.empty() && run_start == 0 && !run.empty() && words <= 3 &&
      run.substr(0, 3) != "By ") {
    h.outlet = std::string(run);
    h.begin = 0;
  }
  *out = h;
  return true;
}

std::optional<date::year_month_day> NearestYear(unsigned month, unsigned day,
                                                date::year_month_day reference) {
  std::optional<date::year_month_day> best;
  long best_distance = 0;
  for (int delta : {0, -1, 1}) {
    date::year_month_day candidate{reference.year() + date::years{delta}, date::month{month},
                                   date::day{day}};
    if (!candidate.ok()) continue;
    long distance = std::abs((date::sys_days{candidate} - date::sys_days{reference}).count());
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace annals
