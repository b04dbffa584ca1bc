// The language data ingestion reads: month and weekday names, page-chrome
// vocabulary, stop words, outlet names and HTML class hints, loaded once from
// data/en/*.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace annals {

struct IngestLexicon {
  std::unordered_map<std::string, unsigned> months;  // "dec", "december" -> 12
  std::unordered_set<std::string> weekdays;          // "tue", "tuesday"
  std::unordered_set<std::string> ui_words;          // chrome vocabulary, lower case
  std::unordered_set<std::string> end_markers;       // "enditem", "end", "###"
  std::unordered_set<std::string> lead_words;        // a line opening with one is chrome
  std::unordered_set<std::string> stop_words;
  std::unordered_map<std::string, std::string> outlets;  // any spelling, lower -> canonical
  std::vector<std::string> chrome_hints;                 // class/id substrings
  // data/en/header_words.tsv: date labels ("published" -> false, "last
  // updated" -> true: an update), the words joining a date and a clock time,
  // meridiem marks and section names.
  std::unordered_map<std::string, bool> date_labels;
  std::unordered_set<std::string> date_joiners;
  std::unordered_set<std::string> meridiems;
  std::unordered_set<std::string> sections;
  // Cities a header line may name (data/en/places.tsv and the capitals in
  // data/en/countries.tsv), lower case -> the city as a timeline shows it.
  std::unordered_map<std::string, std::string> places;
  // data/en/date_orders.tsv: language tags (lower case, "en-gb", "fr") ->
  // true when the locale writes numeric dates month first, false for day
  // first.
  std::unordered_map<std::string, bool> locale_orders;
  // What IsChromeLine asks of each word of a short line, gathered from the
  // tables above so that a word costs one look-up instead of five: bit
  // kNeutralWord for a stop word, month, weekday or outlet name (they say
  // nothing either way), bit kUiWord for chrome vocabulary. Built by
  // GetIngestLexicon; words in no table are absent.
  static constexpr unsigned char kNeutralWord = 1, kUiWord = 2;
  std::unordered_map<std::string, unsigned char> line_words;

  bool IsUiWord(std::string_view lower) const { return ui_words.count(std::string(lower)) > 0; }
  bool IsStopWord(std::string_view lower) const { return stop_words.count(std::string(lower)) > 0; }
  // 1-12 for a month name or abbreviation (any case), 0 otherwise.
  unsigned Month(std::string_view word) const;
  bool IsWeekday(std::string_view word) const;
  // The canonical name of an outlet spelled `name`, or "" if unknown.
  std::string Outlet(std::string_view name) const;
  // The city a header field names ("Valletta"), or "" when it is not known.
  std::string Place(std::string_view name) const;
};

// Loads the lexicon once (thread-safe); later calls return the same object.
// Returns null with "file:line:col: message" in `err` when a data file is bad.
const IngestLexicon* GetIngestLexicon(std::string* err);

// ASCII lower case; other bytes are kept.
std::string AsciiLower(std::string_view s);

}  // namespace annals
