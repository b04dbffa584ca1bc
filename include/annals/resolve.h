// The temporal resolver: finds the time expressions of English news text and
// normalizes each to a TIMEX3 value against the document creation time (the
// article's publication date). Only this stage reads the publication date.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "annals/diagnostic.h"

namespace annals {

enum class TimexType { kDate, kTime, kDuration, kSet };
std::string_view TimexTypeName(TimexType type);  // "DATE", "TIME", ...

struct TimeExpression {
  size_t begin = 0;  // UTF-8 byte offset of the first byte in the text
  size_t end = 0;    // one past the last byte
  std::string text;  // text.substr(begin, end - begin)
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: 2015-12-01, 2015-W49, P3D, PAST_REF, ...
  std::string mod;    // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... or empty
  // For DATE (and TIME) values on the calendar: the days covered.
  std::optional<date::year_month_day> first_day;
  std::optional<date::year_month_day> last_day;
  std::string display;  // "late Sep 2015", "week of 30 Nov 2015"
  std::string rule;     // name of the rule that produced it (--explain)
  // Direction the resolver chose for an underspecified phrase: "past",
  // "future" or "" when the phrase fixed it. Lets later stages tell held
  // events from planned ones.
  std::string direction;
};

// What Resolver::Resolve fills in beyond the expressions and their values.
struct ResolveOptions {
  // TimeExpression::display ("late Sep 2015"). `annals build` never shows
  // it, and formatting it was a tenth of the resolver's work per expression.
  bool display = true;
};

struct TokenizedText;  // src/resolve_lexicon.h

// Language data and rules, loaded once and shared (read-only) by threads.
class Resolver {
 public:
  // Loads data/en/... (bundled, or from ANNALS_HOME). Fails with a
  // file:line:col diagnostic when a data file is malformed.
  static bool Load(std::unique_ptr<Resolver>* out, Diagnostic* error);

  ~Resolver();
  Resolver(const Resolver&) = delete;
  Resolver& operator=(const Resolver&) = delete;

  // All time expressions of `text`, in order, not overlapping. `dct` is the
  // document creation time against which relative expressions resolve.
  std::vector<TimeExpression> Resolve(std::string_view text, date::year_month_day dct) const;
  std::vector<TimeExpression> Resolve(std::string_view text, date::year_month_day dct,
                                      const ResolveOptions& options) const;
  // The same, keeping the tokens of `text` in `kept` (when not null) for a
  // later reader of the same text; `text` must outlive their use.
  std::vector<TimeExpression> Resolve(std::string_view text, date::year_month_day dct,
                                      const ResolveOptions& options, TokenizedText* kept) const;

  struct Impl;

 private:
  explicit Resolver(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace annals
