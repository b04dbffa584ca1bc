// Helpers shared by the HTML pages, the site index and the exports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annals/date_value.h"
#include "annals/entry.h"

namespace annals {

// A value for an HTML <time datetime> attribute. HTML accepts years, months,
// days and ISO weeks; quarters, seasons, halves, decades and intervals have
// no HTML form, so they fall back to the year they start in (or the first
// day for an interval). Unparseable values give "".
std::string HtmlDatetime(std::string_view value);

// The reader's date with the status a reader must not miss:
// "Jun 2016 · planned", "late Sep 2015".
std::string DisplayDateWithStatus(const Entry& entry);

// True for absolute http(s) URLs: the only links a page built from articles
// may carry (no javascript:, data: or relative links).
bool IsWebUrl(std::string_view url);

// Splits `quote` around the first occurrence of `phrase` (exact, else ASCII
// case-insensitive). `found` is false and `before` holds the whole quote when
// the phrase does not occur.
struct QuoteParts {
  std::string before;
  std::string phrase;
  std::string after;
  bool found = false;
};
QuoteParts SplitQuote(std::string_view quote, std::string_view phrase);

// The entries of a timeline in reading order: by date (DateValueLess), then
// id. Entries whose date does not parse come last.
std::vector<const Entry*> SortedEntries(const std::vector<Entry>& entries);

// Writes `contents` to `path` through a temporary file and a rename, so a
// reader never sees half a file. Creates missing parent folders.
bool WriteFileAtomically(const std::string& path, std::string_view contents, std::string* err);

// YYYY-MM-DD and YYYY-MM, as FormatDay and FormatMonth write them but
// without a stream per call: a big page or export formats tens of thousands.
std::string IsoDay(date::year_month_day day);
std::string IsoMonth(date::year_month_day day);

// "state-visit" -> "state visit".
std::string TypeLabel(std::string_view type);

}  // namespace annals
