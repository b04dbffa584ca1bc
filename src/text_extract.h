// Plain-text and Markdown articles: the title, header lines (bylines, date
// lines), page chrome and end-of-story markers are told apart from the
// article's paragraphs by general rules, not by a list of known strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dateline.h"
#include "ingest_lexicon.h"

namespace annals {

struct TextExtract {
  std::string title;
  std::string body;  // paragraphs separated by "\n\n"
  // The first header line carrying a full date ("Xinhua, December 2, 2015"),
  // or the first with a publication date when an earlier one was an update.
  std::optional<HeaderDate> header_date;
  // A date line after the story ("Published 3 June 2021", "Posted June 3,
  // 2021 | Updated June 4, 2021"), read only when the header has no
  // publication date.
  std::optional<HeaderDate> trailer_date;
  // The wire dateline opening the first paragraph, if any.
  std::optional<Dateline> dateline;
  bool ended = false;  // an end-of-story marker ("Enditem") closed the text
  // Header dates that could not be used ("February 30, 2021", "12/03/2018"),
  // as "LINE:COL: message" counted in the text given to ExtractText.
  std::vector<std::string> warnings;
};

// Extracts from `text` (UTF-8, "\n" line ends). `markdown` strips Markdown
// markup. A non-empty `known_title` (from front matter) replaces the
// first-line rule; a first line repeating it is dropped.
// `order`, when given, settles numeric date lines the line alone cannot
// ("Posted 03/06/2021"): see ArticleDateOrder.
void ExtractText(std::string_view text, bool markdown, std::string_view known_title,
                 const IngestLexicon& lex, TextExtract* out,
                 const ArticleDateOrder* order = nullptr);

// The publication line some pages print after the story rather than under
// the headline ("Published 3 June 2021", "Posted June 3, 2021 | Updated June
// 4, 2021", "By Ana Rojas | June 3, 2021"), shared by plain text and saved
// pages. `lines` are the lines after the story's last sentence and what
// follows it, in order ("" for a blank line); they are read upwards from the
// end, at most 8 that are not blank, and a sentence of the story ends the
// scan. An unlabelled date counts only when nothing but chrome, bylines and
// date lines is among them; a publication date wins over an update's, and an
// update is not wanted when `header_update` (the header gave one already).
// Returns the index of the line read, with its date in `*date`. A date line
// that could not be used ("31 April 2019", "03/06/2021") is added to
// `problems` with its index.
std::optional<size_t> FindTrailerDate(const std::vector<std::string_view>& lines,
                                      bool header_update, const IngestLexicon& lex,
                                      const ArticleDateOrder* order, HeaderDate* date,
                                      std::vector<std::pair<size_t, HeaderDate>>* problems);

// The same clean-up for paragraphs already cut out of an HTML page: chrome
// lines and bylines are dropped, an end marker ends the text, paragraphs are
// joined by "\n\n". Sets `dateline` from the first paragraph.
void CleanParagraphs(const std::vector<std::string>& paragraphs, const IngestLexicon& lex,
                     TextExtract* out);

// True for a short line made mostly of web-page UI words ("Print E-mail",
// "Adjust font size:", "Add your comments...", moderation notices).
bool IsChromeLine(std::string_view line, const IngestLexicon& lex);

// Lower-cased words of `line`, split at non-letters and at a lower-to-upper
// change inside a glued word ("storiesGet" -> "stories", "get").
std::vector<std::string> LineWords(std::string_view line);

// Number of words in `text`.
size_t CountWords(std::string_view text);

// True if `line` has no white space to collapse: no space at either end, no
// two in a row, no control byte (tab, newline, carriage return ...) and no
// 0xC2 byte (which may start a no-break space). CollapseSpaces returns such a line unchanged;
// most lines of an article are, and are found so eight bytes at a time.
bool IsCollapsed(std::string_view line);

// Collapses runs of spaces and tabs, turns no-break spaces into spaces and
// trims both ends.
std::string CollapseSpaces(std::string_view line);

}  // namespace annals
