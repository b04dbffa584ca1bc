#include "ingest_lexicon.h"

#include <memory>
#include <mutex>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

unsigned IngestLexicon::Month(std::string_view word) const {
  auto it = months.find(AsciiLower(word));
  return it == months.end() ? 0 : it->second;
}

bool IngestLexicon::IsWeekday(std::string_view word) const {
  return weekdays.count(AsciiLower(word)) > 0;
}

std::string IngestLexicon::Outlet(std::string_view name) const {
  auto it = outlets.find(AsciiLower(name));
  return it == outlets.end() ? std::string() : it->second;
}

std::string IngestLexicon::Place(std::string_view name) const {
  auto it = places.find(AsciiLower(name));
  return it == places.end() ? std::string() : it->second;
}

namespace {

bool LoadTable(const char* path, size_t min_fields, size_t max_fields, std::vector<TsvRow>* rows,
               std::string* err) {
  std::string contents, origin;
  if (!ReadResource(path, &contents, &origin, err)) return false;
  Diagnostic error;
  if (!ParseTsv(origin, contents, min_fields, max_fields, rows, &error)) {
    *err = error.ToString();
    return false;
  }
  return true;
}

std::string RowError(const char* path, const TsvRow& row, size_t field, const std::string& what) {
  return std::string(path) + ":" + std::to_string(row.line) + ":" +
         std::to_string(row.columns[field]) + ": " + what;
}

bool Load(IngestLexicon* lex, std::string* err) {
  std::vector<TsvRow> rows;
  if (!LoadTable("data/en/months.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    int month = std::atoi(row.fields[1].c_str());
    if (month < 1 || month > 12) {
      *err = RowError("data/en/months.tsv", row, 1, "month number must be 1-12");
      return false;
    }
    lex->months[AsciiLower(row.fields[0])] = static_cast<unsigned>(month);
  }
  rows.clear();
  if (!LoadTable("data/en/weekdays.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) lex->weekdays.insert(AsciiLower(row.fields[0]));
  rows.clear();
  if (!LoadTable("data/en/ui_words.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "ui") {
      lex->ui_words.insert(AsciiLower(row.fields[0]));
    } else if (row.fields[1] == "end") {
      lex->end_markers.insert(AsciiLower(row.fields[0]));
    } else if (row.fields[1] == "lead") {
      lex->lead_words.insert(AsciiLower(row.fields[0]));
    } else {
      *err = RowError("data/en/ui_words.tsv", row, 1, "kind must be 'ui', 'lead' or 'end'");
      return false;
    }
  }
  rows.clear();
  if (!LoadTable("data/en/stop_words.tsv", 1, 1, &rows, err)) return false;
  for (const TsvRow& row : rows) lex->stop_words.insert(AsciiLower(row.fields[0]));
  rows.clear();
  if (!LoadTable("data/en/outlets.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    lex->outlets[AsciiLower(row.fields[0])] = row.fields[0];
    for (const std::string& alias : SplitList(row.fields[1]))
      lex->outlets[AsciiLower(alias)] = row.fields[0];
  }
  rows.clear();
  if (!LoadTable("data/en/html_hints.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] != "chrome") {
      *err = RowError("data/en/html_hints.tsv", row, 1, "kind must be 'chrome'");
      return false;
    }
    lex->chrome_hints.push_back(AsciiLower(row.fields[0]));
  }
  rows.clear();
  if (!LoadTable("data/en/header_words.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[1];
    std::string words = AsciiLower(row.fields[0]);
    if (kind == "published" || kind == "updated") {
      lex->date_labels[words] = kind == "updated";
    } else if (kind == "joiner") {
      lex->date_joiners.insert(words);
    } else if (kind == "meridiem") {
      lex->meridiems.insert(words);
    } else if (kind == "section") {
      lex->sections.insert(words);
    } else {
      *err = RowError("data/en/header_words.tsv", row, 1,
                      "kind must be 'published', 'updated', 'joiner', 'meridiem' or 'section'");
      return false;
    }
  }
  // Places: the gazetteer the assembler uses, read here only for the names,
  // so that a header field is taken as a place only when it is a known city.
  rows.clear();
  if (!LoadTable("data/en/places.tsv", 3, 3, &rows, err)) return false;
  for (const TsvRow& row : rows) lex->places[AsciiLower(row.fields[0])] = row.fields[2];
  rows.clear();
  if (!LoadTable("data/en/countries.tsv", 5, 5, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    for (const std::string& capital : SplitList(row.fields[4])) {
      lex->places.emplace(AsciiLower(capital), capital);
    }
  }
  rows.clear();
  if (!LoadTable("data/en/date_orders.tsv", 2, 2, &rows, err)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] != "day" && row.fields[1] != "month") {
      *err = RowError("data/en/date_orders.tsv", row, 1, "order must be 'day' or 'month'");
      return false;
    }
    lex->locale_orders[AsciiLower(row.fields[0])] = row.fields[1] == "month";
  }
  for (const std::string& w : lex->stop_words) lex->line_words[w] |= IngestLexicon::kNeutralWord;
  for (const auto& [w, month] : lex->months) {
    if (month != 0) lex->line_words[w] |= IngestLexicon::kNeutralWord;
  }
  for (const std::string& w : lex->weekdays) lex->line_words[w] |= IngestLexicon::kNeutralWord;
  for (const auto& [w, outlet] : lex->outlets) lex->line_words[w] |= IngestLexicon::kNeutralWord;
  for (const std::string& w : lex->ui_words) lex->line_words[w] |= IngestLexicon::kUiWord;
  return true;
}

}  // namespace

const IngestLexicon* GetIngestLexicon(std::string* err) {
  static std::once_flag once;
  static std::unique_ptr<IngestLexicon> lexicon;
  static std::string load_error;
  std::call_once(once, [] {
    auto lex = std::make_unique<IngestLexicon>();
    if (Load(lex.get(), &load_error)) lexicon = std::move(lex);
  });
  if (!lexicon) *err = load_error;
  return lexicon.get();
}

}  // namespace annals
