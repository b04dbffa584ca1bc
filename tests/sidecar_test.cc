#include "sidecar.h"

#include <catch2/catch.hpp>

using namespace date::literals;

namespace {

const annals::IngestLexicon& Lex() {
  std::string err;
  const annals::IngestLexicon* lex = annals::GetIngestLexicon(&err);
  REQUIRE(lex);
  return *lex;
}

}  // namespace

TEST_CASE("sidecar YAML as a list of mappings", "[ingest][sidecar]") {
  std::map<std::string, annals::SidecarEntry> entries;
  std::vector<std::string> problems;
  annals::ParseSidecar("d/articles.yaml",
                       "- file: a.txt\n  date: 2015-12-02\n  outlet: X\n- date: 2015-12-03\n",
                       Lex(), &entries, &problems);
  REQUIRE(entries.count("a.txt"));
  CHECK(*entries["a.txt"].published == 2015_y / 12 / 2);
  CHECK(entries["a.txt"].outlet == "X");
  CHECK(problems ==
        std::vector<std::string>{"d/articles.yaml:4:3: expected a mapping with a 'file' key"});
}

TEST_CASE("sidecar YAML that does not parse is reported where", "[ingest][sidecar]") {
  std::map<std::string, annals::SidecarEntry> entries;
  std::vector<std::string> problems;
  annals::ParseSidecar("articles.yaml", "a.txt: [2015\n", Lex(), &entries, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rfind("articles.yaml:", 0) == 0);
  CHECK(entries.empty());
}

TEST_CASE("sidecar YAML nested too deep is reported in words", "[ingest][sidecar]") {
  std::map<std::string, annals::SidecarEntry> entries;
  std::vector<std::string> problems;
  annals::ParseSidecar("articles.yaml", std::string(100000, '[') + std::string(100000, ']'), Lex(),
                       &entries, &problems);
  REQUIRE(problems.size() == 1);
  // Not yaml-cpp's "bad file".
  CHECK(problems[0].rfind("articles.yaml:", 0) == 0);
  CHECK(problems[0].find("levels deep: too deep for a sidecar") != std::string::npos);
}

TEST_CASE("sidecar CSV: header names the columns, bad rows are reported", "[ingest][sidecar]") {
  std::map<std::string, annals::SidecarEntry> entries;
  std::vector<std::string> problems;
  annals::ParseSidecar("articles.csv",
                       "Title,File,Date\n\"A, with comma\",a.txt,2015-12-02\n"
                       "\"multi\nline\",b.txt,2015-02-30\n,,\n",
                       Lex(), &entries, &problems);
  REQUIRE(entries.count("a.txt"));
  CHECK(entries["a.txt"].title == "A, with comma");
  CHECK(*entries["a.txt"].published == 2015_y / 12 / 2);
  CHECK(entries.count("b.txt") == 0);
  CHECK(problems == std::vector<std::string>{
                        "articles.csv:4:13: '2015-02-30' is not a date (use YYYY-MM-DD); row "
                        "ignored",
                        "articles.csv:5:1: no file name; row ignored"});
  problems.clear();
  annals::ParseSidecar("articles.csv", "name,when\nx,y\n", Lex(), &entries, &problems);
  CHECK(problems.size() == 1);
  problems.clear();
  annals::ParseSidecar("articles.csv", "file,date\n\"a.txt,2015-01-01\n", Lex(), &entries,
                       &problems);
  CHECK(problems == std::vector<std::string>{"articles.csv:2:1: unterminated quoted field"});
}
