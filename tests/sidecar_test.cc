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

TEST_CASE("sidecar date keys are those front matter reads", "[ingest][sidecar]") {
  std::map<std::string, annals::SidecarEntry> entries;
  std::vector<std::string> problems;
  annals::ParseSidecar("articles.yaml",
                       "a.txt: {pubDate: 2015-12-02}\n"
                       "b.txt: {publishDate: 2016-01-05, lastmod: 2016-02-01}\n"
                       "c.txt: {created: 2017-03-04}\n"
                       "d.txt: {lastmod: 2018-06-07}\n"
                       "e.txt: {modified: 'June 31, 2018'}\n",
                       Lex(), &entries, &problems);
  CHECK(*entries["a.txt"].published == 2015_y / 12 / 2);
  CHECK(*entries["b.txt"].published == 2016_y / 1 / 5);
  CHECK(*entries["b.txt"].updated == 2016_y / 2 / 1);
  CHECK(*entries["c.txt"].published == 2017_y / 3 / 4);
  // An update's date is kept apart: it dates the article only as a fallback.
  CHECK_FALSE(entries["d.txt"].published);
  CHECK(*entries["d.txt"].updated == 2018_y / 6 / 7);
  CHECK(entries.count("e.txt") == 0);
  CHECK(problems == std::vector<std::string>{"articles.yaml:5:19: 'June 31, 2018' is not a date "
                                             "(use YYYY-MM-DD); entry ignored"});
  entries.clear();
  problems.clear();
  annals::ParseSidecar("articles.csv",
                       "File,PubDate,LastMod\na.txt,2015-12-02,2015-12-03\nb.txt,,2016-01-01\n",
                       Lex(), &entries, &problems);
  CHECK(problems.empty());
  CHECK(*entries["a.txt"].published == 2015_y / 12 / 2);
  CHECK_FALSE(entries["b.txt"].published);
  CHECK(*entries["b.txt"].updated == 2016_y / 1 / 1);
}
