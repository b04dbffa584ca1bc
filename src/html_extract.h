// Saved web pages: the article's paragraphs are kept and the page around them
// (navigation, scripts, cookie banners, share bars, related-story lists,
// comments, footers) dropped by block scoring in the spirit of jusText and
// Readability: text length, link density, stop-word density, position
// relative to other good blocks, HTML5 semantics and class/id hints. Metadata
// comes from <meta>, JSON-LD, <time> and <title>.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest_lexicon.h"

namespace annals {

struct HtmlExtract {
  std::string title;      // og:title, else the article's <h1>, else <title> minus the site name
  std::string site_name;  // og:site_name, JSON-LD publisher
  std::string url;        // og:url or <link rel=canonical>
  // Publication-date candidates, strongest first: ("json-ld", value),
  // ("meta", value), ("time-element", value). Values as written.
  std::vector<std::pair<std::string, std::string>> dates;
  // article:modified_time, og:updated_time, ...: when the page was last
  // changed, as written; a date only when nothing gives the publication date.
  std::string updated_date;
  std::vector<std::string> paragraphs;  // the article's text blocks, in order
  // Short blocks between the headline (<h1>) and the story's first paragraph,
  // where a page shows its date line ("Published March 3, 2019 at 6:40 PM
  // EST", "By Jane Doe | 25 March 2019"), whether or not kept as text.
  std::vector<std::string> header_lines;
  // Short blocks after the story's last paragraph (at most 8), where some
  // pages print the publication line ("Published 3 June 2021"), in order.
  std::vector<std::string> trailer_lines;
  // The page's language tag: <html lang>, else a content-language meta tag,
  // else og:locale ("en-GB", "en_US"), as written.
  std::string locale;
  std::string problem;  // why the page could not be read, if it could not
};

// Parses `html` (UTF-8) with gumbo.
void ExtractHtml(std::string_view html, const IngestLexicon& lex, HtmlExtract* out);

}  // namespace annals
