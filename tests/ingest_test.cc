#include "annals/ingest.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace date::literals;

TEST_CASE("a Xinhua header line gives the publication date", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "a.txt", "Headline here\n\nXinhua, December 2, 2015\n\nBody text.\n", {});
  REQUIRE(a.published);
  CHECK(*a.published == 2015_y / 12 / 2);
  CHECK(a.signal == "dateline");
  CHECK(a.outlet == "Xinhua");
  CHECK(a.title == "Headline here");
}

TEST_CASE("--published wins over the dateline", "[ingest]") {
  annals::IngestOptions options;
  options.published = 2016_y / 1 / 5;
  annals::Article a =
      annals::ParseArticle("a.txt", "Title\nXinhua, December 2, 2015\nBody.\n", options);
  CHECK(*a.published == 2016_y / 1 / 5);
  CHECK(a.signal == "option");
}

TEST_CASE("an undated article is skipped with its name, not dated by mtime", "[ingest]") {
  annals::testing::TempDir dir("ingest");
  dir.Write("b/undated.txt", "Title\nNo date here.\n");
  dir.Write("a/dated.txt", "Title\nXinhua, March 3, 2016\nText.\n");
  std::vector<std::string> files, skipped;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path()}, {}, [&](annals::Article&& a) { files.push_back(a.file); },
      [&](const annals::Skipped& s) { skipped.push_back(s.file + ": " + s.reason); }, &err));
  REQUIRE(files.size() == 1);
  CHECK(files[0] == dir.path() + "/a/dated.txt");
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0] == dir.path() + "/b/undated.txt: no publication date found; left out");
}
