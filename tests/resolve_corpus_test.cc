// Walks tests/corpus/*.tsv (format in tests/corpus/README.md): every case is
// a sentence, a publication date and the expression the resolver must find.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "annals/date_value.h"
#include "annals/resolve.h"
#include "annals/tsv.h"

namespace {

struct Case {
  std::string where;  // file:line
  date::year_month_day dct;
  std::string text;  // sentence without markers
  size_t begin = 0;  // marked span
  size_t end = 0;
  bool negative = false;
  std::string type, value, mod;
};

bool ParseCase(const std::string& where, const annals::TsvRow& row, Case* c, std::string* err) {
  if (row.fields.size() != 5) {
    *err = "expected 5 fields";
    return false;
  }
  annals::DateValue dct;
  std::string why;
  if (!annals::ParseDateValue(row.fields[0], &dct, &why) ||
      dct.precision != annals::Precision::kDay) {
    *err = "bad dct: " + row.fields[0];
    return false;
  }
  c->dct = dct.first;
  const std::string& marked = row.fields[1];
  size_t open = marked.find_first_of("[{");
  size_t close =
      open == std::string::npos ? open : marked.find(marked[open] == '[' ? ']' : '}', open);
  if (open == std::string::npos || close == std::string::npos) {
    *err = "sentence has no [expected] or {negative} span";
    return false;
  }
  c->negative = marked[open] == '{';
  c->text =
      marked.substr(0, open) + marked.substr(open + 1, close - open - 1) + marked.substr(close + 1);
  c->begin = open;
  c->end = close - 1;
  c->type = row.fields[2];
  c->value = row.fields[3];
  c->mod = row.fields[4] == "-" ? "" : row.fields[4];
  c->where = where;
  return true;
}

std::vector<Case> LoadCorpus() {
  std::vector<Case> cases;
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(ANNALS_SOURCE_DIR) + "/tests/corpus")) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream contents;
    contents << in.rdbuf();
    std::vector<annals::TsvRow> rows;
    annals::Diagnostic error;
    std::string name = "tests/corpus/" + file.filename().string();
    if (!annals::ParseTsv(name, contents.str(), 5, 5, &rows, &error)) {
      FAIL(error.ToString());
    }
    for (const auto& row : rows) {
      Case c;
      std::string err;
      std::string where = name + ":" + std::to_string(row.line);
      if (!ParseCase(where, row, &c, &err)) FAIL(where + ": " + err);
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

}  // namespace

TEST_CASE("resolver corpus", "[resolve][corpus]") {
  std::unique_ptr<annals::Resolver> resolver;
  annals::Diagnostic error;
  REQUIRE(annals::Resolver::Load(&resolver, &error));
  std::vector<Case> cases = LoadCorpus();
  REQUIRE(cases.size() > 0);
  size_t failures = 0;
  for (const Case& c : cases) {
    std::vector<annals::TimeExpression> found = resolver->Resolve(c.text, c.dct);
    std::string problem;
    if (c.negative) {
      for (const auto& e : found) {
        if (e.begin < c.end && c.begin < e.end) {
          problem = "'" + e.text + "' was tagged (" + e.value + ") but is not a time expression";
        }
      }
    } else {
      auto it = std::find_if(found.begin(), found.end(), [&](const annals::TimeExpression& e) {
        return e.begin == c.begin && e.end == c.end;
      });
      std::string phrase = c.text.substr(c.begin, c.end - c.begin);
      if (it == found.end()) {
        problem = "'" + phrase + "' not found; found:";
        for (const auto& e : found) problem += " [" + e.text + "]=" + e.value;
      } else if (std::string(annals::TimexTypeName(it->type)) != c.type || it->value != c.value ||
                 it->mod != c.mod) {
        problem = "'" + phrase + "' gave " + std::string(annals::TimexTypeName(it->type)) + " " +
                  it->value + (it->mod.empty() ? "" : " " + it->mod) + " by rule " + it->rule +
                  ", expected " + c.type + " " + c.value + (c.mod.empty() ? "" : " " + c.mod);
      }
    }
    if (!problem.empty()) {
      ++failures;
      UNSCOPED_INFO(c.where << ": " << problem);
    }
  }
  INFO(failures << " of " << cases.size() << " corpus cases failed");
  CHECK(failures == 0);
}
