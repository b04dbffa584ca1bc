#include "annals/tsv.h"

#include <algorithm>

#include "annals/bundle.h"

namespace annals {

bool ParseTsv(std::string_view origin, std::string_view contents, size_t min_fields,
              size_t max_fields, std::vector<TsvRow>* rows, Diagnostic* error) {
  auto fail = [&](int line, int column, std::string message) {
    *error = Diagnostic{std::string(origin), line, column, Severity::kError, std::move(message)};
    return false;
  };
  int line_number = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.line = line_number;
    // Sized once: growing field by field reallocated two or three times a row.
    row.fields.reserve(std::min<size_t>(max_fields, 16));
    row.columns.reserve(std::min<size_t>(max_fields, 16));
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      std::string_view field =
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      int column = static_cast<int>(start) + 1;
      if (field.empty()) return fail(line_number, column, "empty field (write '-' for none)");
      if (field.front() == ' ' || field.back() == ' ') {
        return fail(line_number, column, "field has leading or trailing spaces");
      }
      row.fields.emplace_back(field);
      row.columns.push_back(column);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      std::string expected = min_fields == max_fields
                                 ? std::to_string(min_fields)
                                 : std::to_string(min_fields) + " to " + std::to_string(max_fields);
      return fail(line_number, 1,
                  "expected " + expected + " tab-separated fields, found " +
                      std::to_string(row.fields.size()));
    }
    rows->push_back(std::move(row));
  }
  return true;
}

bool ReadFirstFieldsWhere(std::string_view path, size_t column, std::string_view value,
                          std::vector<std::string>* words, Diagnostic* error) {
  // Data files have a handful of columns; the bound only keeps ParseTsv's
  // row check meaningful for a file given a stray tab-heavy line.
  constexpr size_t kMostFields = 16;
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, column + 1, std::max(column + 1, kMostFields), &rows, error))
    return false;
  for (const TsvRow& row : rows) {
    if (row.fields[column] == value) words->push_back(row.fields[0]);
  }
  return true;
}

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> items;
  if (field == "-" || field.empty()) return items;
  size_t start = 0;
  while (true) {
    size_t bar = field.find('|', start);
    std::string_view item = field.substr(start, bar == std::string_view::npos ? bar : bar - start);
    if (!item.empty()) items.emplace_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return items;
}

}  // namespace annals
