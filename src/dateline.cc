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

}  // namespace

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
  SkipOrdinal(s, &j);
  SkipSpaces(s, &j);
  word = ReadWord(s, j);
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
  for (char c : caps) {
    if (IsAlpha(c)) {
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
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") return 3;
  return 0;
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
    } else if (c == '-' && i + 1 < p.size() && IsAlpha(p[i + 1]) && i > 0 && IsAlpha(p[i - 1])) {
    } else if (c == ' ' || c == '.' || c == '\'') {
    } else {
      break;
    }
    ++i;
  }
  size_t place_end = i;
  while (place_end > 0 && (p[place_end - 1] == ' ')) --place_end;
  if (letters < 2 || place_end == 0) return false;
  // A place is one to four words.
  std::string_view place = p.substr(0, place_end);
  if (std::count(place.begin(), place.end(), ' ') > 3) return false;
  if (i < p.size() && IsAlpha(p[i])) return false;  // "THE Beijing..." is not a dateline
  Dateline d;
  d.place = TitleCase(place);
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
  }
  size_t dash = DashAt(p, i);
  if (dash == 0) return false;
  i += dash;
  // "BEIJING—China's" is a dateline; "WELL-KNOWN" was cut off above.
  if (dash < 3 && i < p.size() && p[i] != ' ') return false;
  *out = d;
  return true;
}

bool ParseHeaderDate(std::string_view line, const IngestLexicon& lex, HeaderDate* out) {
  if (line.size() > 160) return false;
  PartialDate date;
  size_t begin = 0, end = 0;
  size_t from = 0;
  // The first date in the line that has a year.
  while (true) {
    if (!FindDate(line.substr(from), lex, &date, &begin, &end)) return false;
    begin += from;
    end += from;
    if (date.HasYear() && date.Day()) break;
    from = end;
  }
  HeaderDate h;
  h.date = date;
  h.begin = begin;
  h.end = end;
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
