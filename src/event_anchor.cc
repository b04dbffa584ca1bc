#include "event_anchor.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <date/date.h>

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "value_shape.h"

namespace annals {
namespace {

// The words [from, from + n) joined by spaces.
std::string Phrase(const std::vector<Word>& words, size_t from, size_t n) {
  std::string phrase(words[from].lower);
  for (size_t i = from + 1; i < from + n; ++i) {
    phrase += ' ';
    phrase += std::string_view(words[i].lower);
  }
  return phrase;
}

bool Read(std::string_view path, std::string* contents, std::string* origin, Diagnostic* error) {
  std::string err;
  if (ReadResource(path, contents, origin, &err)) return true;
  *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
  return false;
}

}  // namespace

bool EventAnchorWords::Load(Diagnostic* error) {
  std::string contents, origin, numbers, numbers_origin;
  if (!Read("data/en/anchor_events.tsv", &contents, &origin, error)) return false;
  if (!Read("data/en/numbers.tsv", &numbers, &numbers_origin, error)) return false;
  return LoadFrom(origin, contents, numbers_origin, numbers, error);
}

bool EventAnchorWords::LoadFrom(std::string_view origin, std::string_view contents,
                                std::string_view numbers_origin, std::string_view numbers,
                                Diagnostic* error) {
  *this = EventAnchorWords{};
  std::vector<TsvRow> rows;
  if (!ParseTsv(numbers_origin, numbers, 2, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (!Digits(row.fields[1], 0, row.fields[1].size()) || row.fields[1].size() > 6) continue;
    counts_[row.fields[0]] = std::stoi(row.fields[1]);
  }
  rows.clear();
  if (!ParseTsv(origin, contents, 3, 3, &rows, error)) return false;
  std::unordered_map<std::string, int> family_ids;
  for (const TsvRow& row : rows) {
    const std::string& phrase = row.fields[0];
    const std::string& kind = row.fields[1];
    const std::string& value = row.fields[2];
    auto bad = [&](const std::string& message) {
      *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError, message};
      return false;
    };
    if (kind == "noun" || kind == "tell") {
      auto [it, fresh] = family_ids.emplace(value, static_cast<int>(families_.size()));
      if (fresh) families_.push_back(value);
      if (kind == "noun") nouns_[phrase] = it->second;
      tells_[phrase] = it->second;
      longest_ = std::max(longest_,
                          static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ') + 1));
    } else if (kind == "modifier") {
      modifiers_.insert(phrase);
    } else if (kind == "unit") {
      if (value != "day" && value != "week" && value != "month")
        return bad("expected day, week or month, found '" + value + "'");
      units_[phrase] = value == "day" ? 1 : value == "week" ? 7 : -1;
    } else if (kind == "count") {
      if (value.empty() || value.size() > 6 || !Digits(value, 0, value.size()))
        return bad("expected a number, found '" + value + "'");
      counts_[phrase] = std::stoi(value);
    } else if (kind == "soon") {
      soon_.insert(phrase);
    } else if (kind == "past") {
      past_.insert(phrase);
    } else if (kind == "vague") {
      vague_.insert(phrase);
    } else if (kind == "turn") {
      if (value != "after" && value != "before")
        return bad("expected after or before, found '" + value + "'");
      turn_words_.insert(phrase);
      if (value == "before") back_words_.insert(phrase);
      turn_bits_ |= uint64_t{1} << (WordHash(phrase) % 64);
    } else {
      *error = Diagnostic{
          std::string(origin), row.line, row.columns[1], Severity::kError,
          "expected noun, tell, modifier, unit, count, soon, past, vague or turn, found '" + kind +
              "'"};
      return false;
    }
  }
  return true;
}

int EventAnchorWords::NamedAt(const std::vector<Word>& words, size_t w) const {
  if (w >= words.size() || !IsTurn(words[w])) return -1;
  // "after the bombing", "after Sunday's disputed vote", "after his
  // inauguration": modifiers and names stand before the noun.
  size_t at = w + 1;
  for (size_t skipped = 0; at < words.size() && skipped < 4; ++at, ++skipped) {
    const Word& word = words[at];
    if (word.punct && word.lower != "'s") return -1;
    for (size_t n = std::min(longest_, words.size() - at); n >= 1; --n) {
      auto it = nouns_.find(Phrase(words, at, n));
      if (it != nouns_.end()) return it->second;
    }
    if (!modifiers_.count(word) && !word.capitalized) return -1;
  }
  return -1;
}

bool EventAnchorWords::Tells(const std::vector<Word>& words, size_t from, size_t to,
                             int family) const {
  if (family < 0) return false;
  for (size_t at = from; at < to && at < words.size(); ++at) {
    if (words[at].punct) continue;
    for (size_t n = 1; n <= longest_ && at + n <= to; ++n) {
      auto it = tells_.find(Phrase(words, at, n));
      if (it != tells_.end() && it->second == family) return true;
    }
  }
  return false;
}

std::optional<EventCount> EventAnchorWords::Count(std::string_view count,
                                                  std::string_view unit) const {
  auto u = units_.find(std::string(unit));
  if (u == units_.end()) return std::nullopt;
  int amount = 0;
  if (!count.empty() && Digits(std::string(count), 0, count.size()) && count.size() <= 4) {
    amount = std::stoi(std::string(count));
  } else if (auto c = counts_.find(std::string(count)); c != counts_.end()) {
    amount = c->second;
  } else {
    return std::nullopt;
  }
  EventCount out;
  out.months = u->second < 0;
  out.amount = out.months ? amount : amount * u->second;
  return out;
}

std::optional<EventCount> EventAnchorWords::CountOf(std::string_view text,
                                                    const std::vector<Word>& words,
                                                    size_t w) const {
  if (w >= words.size()) return std::nullopt;
  const int turn = Turn(words[w]);
  if (turn == 0) return std::nullopt;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t space = lower.find(' ');
  if (space == std::string::npos || lower.find(' ', space + 1) != std::string::npos)
    return std::nullopt;
  auto count =
      Count(std::string_view(lower).substr(0, space), std::string_view(lower).substr(space + 1));
  if (count) count->amount *= turn;
  return count;
}

bool EventAnchorWords::CountWordsBefore(const std::vector<Word>& words, size_t w,
                                        size_t* first) const {
  if (w < 2 || w >= words.size() || !IsTurn(words[w])) return false;
  if (!Count(std::string_view(words[w - 2].lower), std::string_view(words[w - 1].lower)))
    return false;
  *first = w - 2;
  return true;
}

std::optional<EventCount> EventAnchorWords::CountRightBefore(const std::vector<Word>& words,
                                                             size_t w, size_t* first) const {
  if (w < 1 || w >= words.size()) return std::nullopt;
  const int turn = Turn(words[w]);
  if (turn == 0) return std::nullopt;
  if (soon_.count(words[w - 1])) {
    *first = w - 1;
    return EventCount{};
  }
  auto count =
      w < 2 ? std::nullopt
            : Count(std::string_view(words[w - 2].lower), std::string_view(words[w - 1].lower));
  if (!count) {
    // "weeks after" with no number: only its direction is known.
    if (!vague_.count(words[w - 1])) return std::nullopt;
    *first = w - 1;
    EventCount out;
    out.amount = turn;
    out.vague = true;
    return out;
  }
  count->amount *= turn;
  *first = w - 2;
  return count;
}

bool EventAnchorWords::ClauseAt(const std::vector<Word>& words, size_t w) const {
  if (w + 2 >= words.size() || !IsTurn(words[w]) || NamedAt(words, w) >= 0) return false;
  const Word& next = words[w + 1];
  if (next.punct || next.lower == "it" || next.lower == "that" || next.lower == "this")
    return false;
  // The subject: a few words, no punctuation but a possessive; then the verb.
  for (size_t at = w + 2; at < words.size() && at <= w + 6; ++at) {
    const Word& word = words[at];
    if (word.punct && word.lower != "'s") return false;
    if (!word.alpha || word.capitalized) continue;
    bool past = past_.count(word) > 0 ||
                (word.lower.size() > 3 && word.lower.compare(word.lower.size() - 2, 2, "ed") == 0);
    if (past) return true;
  }
  return false;
}

// Days counted from a day give a day; months the month, not a day of it.
bool CountFromAnchor(const TimeExpression& anchor, const EventCount& count, TimeExpression* out) {
  const std::string& v = anchor.value;
  if (!anchor.first_day || !Digits(v, 0, 4)) return false;
  bool year = YearPrecision(v);
  bool month = MonthPrecision(v);
  bool day = DayPrecision(v);
  date::year_month_day first = *anchor.first_day;
  char text[16];
  out->type = TimexType::kDate;
  out->mod.clear();
  if (day && !count.months) {
    date::year_month_day ymd(date::sys_days(first) + date::days(count.amount));
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    out->first_day = out->last_day = ymd;
  } else if (month || day) {
    // A count of days from a month stays in that month: nothing finer; "a
    // month after 31 January" says February, not which day of it.
    date::year_month ym = first.year() / first.month();
    if (count.months) ym += date::months(count.amount);
    std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ym.year()),
                  static_cast<unsigned>(ym.month()));
    out->first_day = ym / 1;
    out->last_day = date::year_month_day(ym / date::last);
  } else if (year) {
    date::year y = first.year();
    if (count.months) y += date::years(count.amount / 12);
    std::snprintf(text, sizeof text, "%04d", static_cast<int>(y));
    out->first_day = y / 1 / 1;
    out->last_day = y / 12 / 31;
  } else {
    return false;
  }
  out->value = text;
  out->display = out->value;
  return true;
}

}  // namespace annals
