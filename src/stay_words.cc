#include "stay_words.h"

#include <vector>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

bool StayWords::Load(Diagnostic* error) {
  const std::string path = "data/en/stay_words.tsv";
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return LoadFrom(origin, contents, error);
}

bool StayWords::LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  *this = StayWords{};
  for (const TsvRow& row : rows) {
    const std::string& word = row.fields[0];
    const std::string& kind = row.fields[1];
    // ("go" words are read by travel_words.cc, visits29.)
    if (kind == "go") continue;
    WordSet* into = kind == "dash"     ? &dashes_
                    : kind == "join"   ? &joins_
                    : kind == "open"   ? &opens_
                    : kind == "start"  ? &starts_
                    : kind == "end"    ? &ends_
                    : kind == "arrive" ? &arrives_
                    : kind == "until"  ? &untils_
                    : kind == "come"   ? &comes_
                                       : nullptr;
    if (!into) {
      *error = Diagnostic{
          std::string(origin), row.line, row.columns[1], Severity::kError,
          "expected dash, join, open, start, end, arrive, until, come or go, found '" + kind + "'"};
      return false;
    }
    into->insert(word);
    if (into == &comes_) come_bits_ |= uint64_t{1} << (WordHash(word) % 64);
    if (into == &arrives_) arrive_bits_ |= uint64_t{1} << (WordHash(word) % 64);
  }
  return true;
}

}  // namespace annals
