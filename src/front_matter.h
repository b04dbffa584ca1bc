// Front matter at the top of a Markdown (or text) article, as static site
// generators and note tools write it: YAML between `---` fences (Jekyll,
// Hugo, Obsidian) or TOML between `+++` fences (Hugo, Zola):
//   ---                         +++
//   title: ...                  title = "..."
//   date: 2016-04-20            date = 2016-04-20T08:00:00+02:00
//   outlet: ...                 [params]
//   ---                         outlet = "..."
//                               +++
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "ingest_lexicon.h"

namespace annals {

// The names a publication date goes by in front matter and sidecar files,
// first found wins. Site generators and feed exporters spell it differently
// (Hugo's publishDate, RSS's pubDate, schema.org's datePublished).
inline constexpr const char* kPublishedDateKeys[] = {
    "date",           "published",     "pubdate",      "pubDate",     "pub_date",
    "date_published", "datePublished", "published_at", "publishDate", "publish_date",
    "created",        "date_created",  "dateCreated"};
// An update's date (Hugo's lastmod): used only when no publication date is
// given anywhere, since a page is updated after it is published.
inline constexpr const char* kUpdatedDateKeys[] = {"lastmod",       "modified",     "updated",
                                                   "date_modified", "dateModified", "last_modified",
                                                   "updated_at"};

struct FrontMatter {
  bool present = false;
  size_t length = 0;  // bytes of the block, closing fence and its newline included
  // date, published, pubdate, pubDate, date_published, created, ...
  std::optional<date::year_month_day> date;
  // lastmod, modified, updated, ...: a weaker signal than any publication date.
  std::optional<date::year_month_day> updated;
  std::string title;
  std::string outlet;  // outlet, source, publisher, site
  std::string url;     // url, link, source_url
  std::string place;   // place, dateline
};

// Reads the front matter opening `text` (already UTF-8 with "\n" line ends).
// Returns false with "line:col: message" (lines of `text`) in `err` when the
// block is there but is not valid YAML or TOML or a date in it is not a date;
// `out` still gets `present` and `length` so the caller can skip the block.
// In TOML, keys are looked up at the top level and then in a `[params]`
// (Hugo) or `[extra]` (Zola) table.
bool ReadFrontMatter(std::string_view text, const IngestLexicon& lex, FrontMatter* out,
                     std::string* err);

}  // namespace annals
