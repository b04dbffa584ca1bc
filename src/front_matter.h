// YAML front matter at the top of a Markdown (or text) article:
//   ---
//   title: ...
//   date: 2016-04-20
//   outlet: ...
//   ---
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "ingest_lexicon.h"

namespace annals {

struct FrontMatter {
  bool present = false;
  size_t length = 0;  // bytes of the block, closing fence and its newline included
  std::optional<date::year_month_day> date;  // date, published, pubdate, date_published
  std::string title;
  std::string outlet;  // outlet, source, publisher, site
  std::string url;     // url, link, source_url
  std::string place;   // place, dateline
};

// Reads the front matter opening `text` (already UTF-8 with "\n" line ends).
// Returns false with "line:col: message" (lines of `text`) in `err` when the
// block is there but is not valid YAML or its date is not a date; `out`
// still gets `present` and `length` so the caller can skip the block.
bool ReadFrontMatter(std::string_view text, const IngestLexicon& lex, FrontMatter* out,
                     std::string* err);

}  // namespace annals
