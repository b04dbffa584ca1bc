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

// Splits a "a|b|c" list field; "-" means an empty list.
std::vector<std::string> SplitList(std::string_view field);

}  // namespace annals
