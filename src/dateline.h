// Dates as articles write them in headers, datelines, meta tags and file
// names: "Dec. 2", "December 2, 2015", "Monday 28 September 2015",
// "2016-09-03T18:20:00+08:00", "BEIJING, Dec. 2 (Xinhua) --",
// "2015-12-02-slug.txt", "CNN_20151202_314.txt".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>

#include "ingest_lexicon.h"

namespace annals {

// A calendar date that may lack its year (datelines often leave it out).
struct PartialDate {
  int year = 0;  // 0 when not written
  unsigned month = 0;
  unsigned day = 0;
  bool HasYear() const { return year != 0; }
  // The day when the year is known and the date is real.
  std::optional<date::year_month_day> Day() const;
};

// Reads a date at the start of `s` ("2015-12-02", "Dec. 2", "December 2, 2015",
// "2 December 2015", "Tuesday, Dec. 1, 2015"). Returns the bytes read, 0 if
// `s` does not start with a date.
size_t ReadDate(std::string_view s, const IngestLexicon& lex, PartialDate* out);

// The first date starting at a word boundary in `s`; [*begin, *end) is its span.
bool FindDate(std::string_view s, const IngestLexicon& lex, PartialDate* out, size_t* begin,
              size_t* end);

// A publication date from a meta tag, JSON-LD or front matter value: ISO dates
// and date-times (the date as written, not moved to UTC: it is the
// publisher's day that "Tuesday" counts from), or a written date with a year.
std::optional<date::year_month_day> ParseDateValueText(std::string_view s,
                                                       const IngestLexicon& lex);

// A date in a file name: YYYY-MM-DD, YYYY_MM_DD, YYYY.MM.DD or YYYYMMDD, not
// part of a longer run of digits. Only the last path component is read.
std::optional<date::year_month_day> FileNameDate(std::string_view path);

// A date in a URL's path as publishers write it: /2016/09/03/, /2016-09-03/,
// /20160903/ (a path segment of its own or a slug's prefix).
std::optional<date::year_month_day> UrlDate(std::string_view url);

// A wire dateline opening a paragraph: "BEIJING, Dec. 2 (Xinhua) --",
// "WASHINGTON (Reuters) -", "NEW YORK -", "HANGZHOU, China —".
struct Dateline {
  std::string place;   // title case: "Beijing", "New York"
  std::string outlet;  // canonical when known: "Xinhua"
  PartialDate date;    // month 0 when the dateline has no date
};
bool ParseWireDateline(std::string_view paragraph, const IngestLexicon& lex, Dateline* out);

// A date with the clock time and labels that may surround it in a header, at
// the start of `s`: "Published March 3, 2019 at 6:40 PM EST", "Posted 14 May
// 2020, 09:12 GMT", "Updated 10:43 AM ET, Sat September 3, 2016", "12/03/2018"
// (numeric day and month only when unambiguous: see docs/ingest.md). Returns
// the bytes read, 0 when there is no date with a year. `updated` tells an
// update label ("Updated", "Last modified") from a publication one.
// `problem` is set (and 0 returned) for a date that is not a real day
// ("February 30, 2021") or a numeric one that could be read two ways.
// The order a line writes numeric dates in, when one of them shows it:
// "Posted: 12/03/2019 | Updated: 13/03/2019" is day first throughout.
enum class NumericOrder { kUnknown, kDayFirst, kMonthFirst };
struct HeaderDateTime {
  PartialDate date;
  bool labelled = false;
  bool updated = false;
  std::string problem;
  size_t problem_at = 0;  // where in `s` the date with the problem starts
};
// With `order` known, a numeric date whose two numbers are both 12 or less
// is read in that order instead of being refused.
size_t ReadHeaderDateTime(std::string_view s, const IngestLexicon& lex, HeaderDateTime* out,
                          NumericOrder order = NumericOrder::kUnknown);

// A header line carrying the publication date: "Xinhua, December 2, 2015",
// "Harbour Gazette - Monday 28 September 2015", "September 25, 2015",
// "Published March 3, 2019 at 6:40 PM EST", "NILE COURIER | Khartoum | 21 June
// 2017 |". The date must have a year. [begin, end) spans the outlet and date
// (the whole line when every part of it was understood), so the caller can
// judge what else the line holds.
struct HeaderDate {
  PartialDate date;
  std::string outlet;
  std::string place;     // a known city named by a field of a separated header line
  bool updated = false;  // the line labels the date as an update
  // The date carries a label ("Published", "Posted on", "Last updated"): a
  // line under the story counts on its own only so, or with nothing else
  // around it.
  bool labelled = false;
  size_t begin = 0;
  size_t end = 0;
  // When the line has no usable date but holds a date that is not a real day
  // or could be read two ways: what is wrong, and where (a byte offset).
  std::string problem;
  size_t problem_at = 0;
};
//
// `article`, when given, is asked for the order the whole article writes
// numeric dates in, and only when the line holds a numeric date that the
// line itself cannot settle ("Posted: 03/06/2021").
class ArticleDateOrder;
bool ParseHeaderDate(std::string_view line, const IngestLexicon& lex, HeaderDate* out,
                     const ArticleDateOrder* article = nullptr);

// The order an article writes numeric dates in ("03/06/2021": 3 June or
// March 6), from the clues a reader would use, each giving an order or none:
//   - the other numeric dates in it that can be read only one way (a number
//     above 12 in the day's place: "Updated 15/06/2021");
//   - the page's language and region (`<html lang="en-GB">`, `og:locale`
//     en_US), looked up in data/en/date_orders.tsv;
//   - how its dates are written out: "3 June 2021" is day first, "June 3,
//     2021" month first (when one form outnumbers the other three to one).
// Used only when every clue that gives an order gives the same one; clues
// that disagree (or numeric dates that disagree among themselves) settle
// nothing. Worked out once, on the first Get(): most articles never need it.
class ArticleDateOrder {
 public:
  // `parts`: the article's text (a plain-text file whole, or a page's
  // paragraphs and date lines), which must outlive this object.
  ArticleDateOrder(std::vector<std::string_view> parts, std::string locale,
                   const IngestLexicon& lex)
      : parts_(std::move(parts)), locale_(std::move(locale)), lex_(lex) {}
  NumericOrder Get() const;

 private:
  std::vector<std::string_view> parts_;
  std::string locale_;
  const IngestLexicon& lex_;
  mutable bool known_ = false;
  mutable NumericOrder order_ = NumericOrder::kUnknown;
};

// True when `line` ends with a meridiem ("... at 6:40 p.m.", "... 6:40P.M."):
// its last full stop does not end a sentence, so a date line ending so is
// not prose.
bool EndsWithMeridiem(std::string_view line);

// "NEW YORK" -> "New York", "BOGOTÁ" -> "Bogotá", "WINSTON-SALEM" -> "Winston-Salem".
std::string TitleCase(std::string_view caps);

// The day `month`/`day` in the year (reference's, the one before or after)
// closest to `reference`: a dateline "Dec. 31" read with a January reference
// belongs to the previous year.
std::optional<date::year_month_day> NearestYear(unsigned month, unsigned day,
                                                date::year_month_day reference);

}  // namespace annals
