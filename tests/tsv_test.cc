#include "annals/tsv.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using annals::Diagnostic;
using annals::ParseTsv;
using annals::TsvRow;

TEST_CASE("tsv rows skip comments and blank lines and keep positions", "[tsv]") {
  std::vector<TsvRow> rows;
  Diagnostic error;
  REQUIRE(ParseTsv("x.tsv", "# header\n\njanuary\t1\r\nfeb\t2\n", 2, 2, &rows, &error));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 3);
  CHECK(rows[0].fields == std::vector<std::string>{"january", "1"});
  CHECK(rows[1].columns == std::vector<int>{1, 5});
}

TEST_CASE("tsv errors name file, line and column", "[tsv]") {
  std::vector<TsvRow> rows;
  Diagnostic error;
  CHECK_FALSE(ParseTsv("x.tsv", "a\tb\nc\t\n", 2, 2, &rows, &error));
  CHECK(error.ToString() == "x.tsv:2:3: error: empty field (write '-' for none)");
  CHECK_FALSE(ParseTsv("y.tsv", "a\tb\tc\n", 2, 2, &rows, &error));
  CHECK(error.ToString() == "y.tsv:1:1: error: expected 2 tab-separated fields, found 3");
}

TEST_CASE("list fields split on bars, dash is empty", "[tsv]") {
  CHECK(annals::SplitList("U.S.|US|America") == std::vector<std::string>{"U.S.", "US", "America"});
  CHECK(annals::SplitList("-").empty());
}

TEST_CASE("the first fields of a data file's rows of one kind", "[tsv]") {
  std::vector<std::string> words;
  Diagnostic error;
  REQUIRE(annals::ReadFirstFieldsWhere("data/en/ordinals.tsv", 1, "1", &words, &error));
  CHECK(std::find(words.begin(), words.end(), "first") != words.end());
  CHECK(std::find(words.begin(), words.end(), "second") == words.end());
  words.clear();
  CHECK_FALSE(annals::ReadFirstFieldsWhere("data/en/no_such_file.tsv", 1, "1", &words, &error));
  CHECK(error.file.find("no_such_file.tsv") != std::string::npos);
  CHECK(words.empty());
}
