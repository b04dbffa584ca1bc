// Tab-separated data files: the format of annals' language data. Lines
// starting with '#' and blank lines are skipped; every other line is a row.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "annals/diagnostic.h"

namespace annals {

struct TsvRow {
  int line = 0;  // 1-based line in the file
  std::vector<std::string> fields;
  std::vector<int> columns;  // 1-based column where each field starts
};

// Splits `contents` (named `origin` in messages) into rows. Every row must
// have between `min_fields` and `max_fields` fields and no empty field; the
// first offending row gives an "origin:line:col: ..." diagnostic.
bool ParseTsv(std::string_view origin, std::string_view contents, size_t min_fields,
              size_t max_fields, std::vector<TsvRow>* rows, Diagnostic* error);

// The first field of every row of the data file `path` (bundled, or found
// where ReadResource looks) whose field `column` (0-based) is `value`: the
// `go` rows of stay_words.tsv. Every row must have at least `column` + 1
// fields; false, with "file:line:col" in `error`, when the file cannot be
// read or a row is malformed.
bool ReadFirstFieldsWhere(std::string_view path, size_t column, std::string_view value,
                          std::vector<std::string>* words, Diagnostic* error);

// Splits a "a|b|c" list field; "-" means an empty list.
std::vector<std::string> SplitList(std::string_view field);

}  // namespace annals
