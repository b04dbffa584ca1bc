#include "annals/resolve.h"

#include <cctype>
#include <map>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"

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

namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string lower;  // lower-cased text; a trailing abbreviation period is dropped
  bool number = false;
  bool alpha = false;
  bool capitalized = false;
};

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (std::isalpha(c)) {
      t.alpha = true;
      t.capitalized = std::isupper(c);
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    } else if (std::isdigit(c)) {
      t.number = true;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    } else {
      ++i;
      // Keep multi-byte UTF-8 sequences together as one token.
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    t.end = i;
    t.lower.assign(text.substr(t.begin, t.end - t.begin));
    for (char& ch : t.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace

struct Resolver::Impl {
  std::map<std::string, unsigned, std::less<>> months;
  std::map<std::string, unsigned, std::less<>> weekdays;

  struct Match {
    size_t first_token = 0;
    size_t last_token = 0;  // inclusive
    TimeExpression expression;
  };

  std::vector<TimeExpression> Resolve(std::string_view text, year_month_day dct) const;

 private:
  bool MonthAt(const std::vector<Token>& tokens, size_t i, unsigned* month, size_t* next) const;
};

namespace {

bool LoadNumberTable(std::string_view path, unsigned max_value,
                     std::map<std::string, unsigned, std::less<>>* table, Diagnostic* error) {
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    unsigned value = 0;
    try {
      value = static_cast<unsigned>(std::stoul(row.fields[1]));
    } catch (const std::exception&) {
      value = 0;
    }
    if (value < 1 || value > max_value) {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "expected a number from 1 to " + std::to_string(max_value)};
      return false;
    }
    (*table)[row.fields[0]] = value;
  }
  return true;
}

// News leans to the past: a bare weekday or month is the most recent one
// unless the sentence speaks of the future.
bool SentenceLooksFuture(std::string_view text, size_t at) {
  size_t start = text.rfind('.', at);
  start = start == std::string_view::npos ? 0 : start;
  std::string_view before = text.substr(start, at - start);
  for (std::string_view cue : {" will ", " is to ", " are to ", " scheduled ", " plan ", " plans ",
                               " planned ", " to convene ", " to meet ", " to visit ", " next "}) {
    if (before.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

TimeExpression MakeDate(std::string_view text, size_t begin, size_t end, std::string value,
                        std::string mod, std::string rule) {
  TimeExpression e;
  e.begin = begin;
  e.end = end;
  e.text.assign(text.substr(begin, end - begin));
  e.type = TimexType::kDate;
  e.value = std::move(value);
  e.mod = std::move(mod);
  e.rule = std::move(rule);
  DateValue v;
  std::string err;
  if (ParseDateValue(e.value, &v, &err)) {
    e.first_day = v.first;
    e.last_day = v.last;
    std::string qualifier = e.mod == "START" ? "early"
                            : e.mod == "MID" ? "mid"
                            : e.mod == "END" ? "late"
                                             : "";
    e.display = DisplayDate(e.value, qualifier);
  }
  return e;
}

}  // namespace

bool Resolver::Impl::MonthAt(const std::vector<Token>& tokens, size_t i, unsigned* month,
                             size_t* next) const {
  if (i >= tokens.size() || !tokens[i].alpha) return false;
  auto it = months.find(tokens[i].lower);
  if (it == months.end()) return false;
  // "may" is far more often the verb: only a capitalized May is the month.
  if (tokens[i].lower == "may" && !tokens[i].capitalized) return false;
  bool abbreviation = tokens[i].lower.size() <= 4 && tokens[i].lower != "june" &&
                      tokens[i].lower != "july" && tokens[i].lower != "may";
  if (abbreviation && !tokens[i].capitalized) return false;
  *month = it->second;
  *next = i + 1;
  if (*next < tokens.size() && tokens[*next].lower == "." && abbreviation) ++*next;
  return true;
}

std::vector<TimeExpression> Resolver::Impl::Resolve(std::string_view text,
                                                    year_month_day dct) const {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<TimeExpression> found;
  const int dct_year = static_cast<int>(dct.year());
  auto word = [&](size_t i) -> std::string_view {
    return i < tokens.size() ? std::string_view(tokens[i].lower) : std::string_view();
  };
  auto year_at = [&](size_t i, int* y) {
    if (i >= tokens.size() || !tokens[i].number || tokens[i].lower.size() != 4) return false;
    *y = std::stoi(tokens[i].lower);
    return *y >= 1000 && *y <= 2999;
  };
  auto add = [&](size_t first, size_t last, std::string value, std::string mod, std::string rule,
                 std::string direction = "") {
    TimeExpression e = MakeDate(text, tokens[first].begin, tokens[last].end, std::move(value),
                                std::move(mod), std::move(rule));
    e.direction = std::move(direction);
    found.push_back(std::move(e));
  };

  for (size_t i = 0; i < tokens.size(); ++i) {
    unsigned month = 0;
    size_t next = 0;
    std::string_view w = word(i);
    // early / mid / late <month> [year | next year | last year]
    if ((w == "early" || w == "mid" || w == "late") && MonthAt(tokens, i + 1, &month, &next)) {
      std::string mod = w == "early" ? "START" : w == "mid" ? "MID" : "END";
      int y = dct_year;
      size_t last = next - 1;
      std::string direction;
      if (year_at(next, &y)) {
        last = next;
      } else if (unsigned(dct.month()) < month && !SentenceLooksFuture(text, tokens[i].begin)) {
        y = dct_year - 1;
        direction = "past";
      } else if (unsigned(dct.month()) > month && SentenceLooksFuture(text, tokens[i].begin)) {
        y = dct_year + 1;
        direction = "future";
      }
      add(i, last, FormatMonth(date::year{y} / date::month{month}), mod, "part_of_month",
          direction);
      i = last;
      continue;
    }
    if (MonthAt(tokens, i, &month, &next)) {
      int y = dct_year;
      // <month> <day>[,] [year]
      if (next < tokens.size() && tokens[next].number && tokens[next].lower.size() <= 2) {
        unsigned d = static_cast<unsigned>(std::stoi(tokens[next].lower));
        size_t last = next;
        size_t after = next + 1;
        if (word(after) == ",") ++after;
        if (year_at(after, &y)) last = after;
        year_month_day day = date::year{y} / date::month{month} / date::day{d};
        if (day.ok()) {
          add(i, last, FormatDay(day), "", "month_day_year");
          i = last;
          continue;
        }
      }
      // <month> next year / last year
      if ((word(next) == "next" || word(next) == "last") && word(next + 1) == "year") {
        y = dct_year + (word(next) == "next" ? 1 : -1);
        add(i, next + 1, FormatMonth(date::year{y} / date::month{month}), "",
            "month_relative_year");
        i = next + 1;
        continue;
      }
      if (year_at(next, &y)) {
        add(i, next, FormatMonth(date::year{y} / date::month{month}), "", "month_year");
        i = next;
        continue;
      }
      // A bare month: the nearest one in the direction the sentence leans.
      bool future = SentenceLooksFuture(text, tokens[i].begin);
      unsigned now = unsigned(dct.month());
      if (!future && month > now) y = dct_year - 1;
      if (future && month < now) y = dct_year + 1;
      add(i, next - 1, FormatMonth(date::year{y} / date::month{month}), "", "bare_month",
          future ? "future" : "past");
      i = next - 1;
      continue;
    }
    // <day> <month> <year>
    if (tokens[i].number && tokens[i].lower.size() <= 2 && MonthAt(tokens, i + 1, &month, &next)) {
      unsigned d = static_cast<unsigned>(std::stoi(tokens[i].lower));
      int y = dct_year;
      size_t last = next - 1;
      if (year_at(next, &y)) last = next;
      year_month_day day = date::year{y} / date::month{month} / date::day{d};
      if (day.ok()) {
        add(i, last, FormatDay(day), "", "day_month_year");
        i = last;
        continue;
      }
    }
    // Weekdays: the nearest one in the direction of the sentence.
    if (auto it = weekdays.find(w);
        it != weekdays.end() && tokens[i].capitalized && tokens[i].lower.size() > 3) {
      date::weekday target{it->second % 7};
      date::weekday today{sys_days{dct}};
      bool future = SentenceLooksFuture(text, tokens[i].begin);
      size_t first = i;
      if (i > 0 && (word(i - 1) == "last" || word(i - 1) == "next" || word(i - 1) == "on")) {
        if (word(i - 1) == "last") future = false;
        if (word(i - 1) == "next") future = true;
        if (word(i - 1) != "on") first = i - 1;
      }
      sys_days day = future ? sys_days{dct} + (target - today) : sys_days{dct} - (today - target);
      if (future && target == today) day += days{7};
      if (!future && target == today) day -= days{7};
      add(first, i, FormatDay(year_month_day{day}), "", "weekday", future ? "future" : "past");
      continue;
    }
    // this / last / next week|month|year
    if ((w == "this" || w == "last" || w == "next") &&
        (word(i + 1) == "week" || word(i + 1) == "month" || word(i + 1) == "year")) {
      int shift = w == "this" ? 0 : w == "last" ? -1 : 1;
      std::string_view unit = word(i + 1);
      std::string value;
      if (unit == "week") {
        value = FormatIsoWeek(year_month_day{sys_days{dct} + days{7 * shift}});
      } else if (unit == "month") {
        value = FormatMonth(date::year_month{dct.year(), dct.month()} + date::months{shift});
      } else {
        value = std::to_string(dct_year + shift);
      }
      add(i, i + 1, value, "", "relative_period");
      ++i;
      continue;
    }
    int y = 0;
    if (year_at(i, &y) && (i == 0 || (word(i - 1) != "$" && word(i - 1) != "#"))) {
      add(i, i, std::to_string(y), "", "year");
      continue;
    }
    if (w == "today" || w == "yesterday" || w == "tomorrow") {
      int shift = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
      add(i, i, FormatDay(year_month_day{sys_days{dct} + days{shift}}), "", "relative_day");
      continue;
    }
  }
  return found;
}

Resolver::Resolver(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Resolver::~Resolver() = default;

bool Resolver::Load(std::unique_ptr<Resolver>* out, Diagnostic* error) {
  auto impl = std::make_unique<Impl>();
  if (!LoadNumberTable("data/en/months.tsv", 12, &impl->months, error)) return false;
  if (!LoadNumberTable("data/en/weekdays.tsv", 7, &impl->weekdays, error)) return false;
  out->reset(new Resolver(std::move(impl)));
  return true;
}

std::vector<TimeExpression> Resolver::Resolve(std::string_view text, year_month_day dct) const {
  return impl_->Resolve(text, dct);
}

}  // namespace annals
