#include "render_util.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "test_util.h"

TEST_CASE("time elements get a datetime HTML accepts", "[render]") {
  CHECK(annals::HtmlDatetime("2015-12-01") == "2015-12-01");
  CHECK(annals::HtmlDatetime("2015-09") == "2015-09");
  CHECK(annals::HtmlDatetime("2015-W49") == "2015-W49");
  CHECK(annals::HtmlDatetime("2016") == "2016");
  // HTML has no quarters: the year is the honest precision it can carry.
  CHECK(annals::HtmlDatetime("2016-Q3") == "2016");
  CHECK(annals::HtmlDatetime("2015-11-30/2015-12-02") == "2015-11-30");
  CHECK(annals::HtmlDatetime("sometime") == "");
}

TEST_CASE("planned and cancelled entries say so next to their date", "[render]") {
  annals::Entry e;
  e.date = "2016-06";
  e.status = "planned";
  CHECK(annals::DisplayDateWithStatus(e) == "Jun 2016 · planned");
  e.status = "held";
  e.date = "2015-09";
  e.qualifier = "late";
  CHECK(annals::DisplayDateWithStatus(e) == "late Sep 2015");
}

TEST_CASE("only http and https links are kept", "[render]") {
  CHECK(annals::IsWebUrl("https://example.com/a"));
  CHECK(annals::IsWebUrl("HTTP://example.com"));
  CHECK_FALSE(annals::IsWebUrl("javascript:alert(1)"));
  CHECK_FALSE(annals::IsWebUrl("data:text/html,hi"));
  CHECK_FALSE(annals::IsWebUrl("https://"));
  CHECK_FALSE(annals::IsWebUrl("https://exa mple.com"));
  CHECK_FALSE(annals::IsWebUrl("/relative"));
}

TEST_CASE("the date phrase is found in its quote", "[render]") {
  auto parts = annals::SplitQuote("Held here Tuesday, officials said.", "Tuesday");
  CHECK(parts.found);
  CHECK(parts.before == "Held here ");
  CHECK(parts.phrase == "Tuesday");
  CHECK(parts.after == ", officials said.");
  parts = annals::SplitQuote("Late September saw the visit.", "late September");
  CHECK(parts.found);
  CHECK(parts.phrase == "Late September");
  parts = annals::SplitQuote("No date here.", "Monday");
  CHECK_FALSE(parts.found);
  CHECK(parts.before == "No date here.");
}

TEST_CASE("entries sort by date, then id, undated last", "[render]") {
  std::vector<annals::Entry> entries(4);
  entries[0].id = "b";
  entries[0].date = "2015-12-01";
  entries[1].id = "z";
  entries[1].date = "not a date";
  entries[2].id = "a";
  entries[2].date = "2015-12-01";
  entries[3].id = "c";
  entries[3].date = "2015-12";
  auto sorted = annals::SortedEntries(entries);
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0]->id == "c");  // the month starts first and spans longer
  CHECK(sorted[1]->id == "a");
  CHECK(sorted[2]->id == "b");
  CHECK(sorted[3]->id == "z");
}

TEST_CASE("files are replaced whole", "[render]") {
  annals::testing::TempDir dir("atomic");
  std::string err;
  std::string path = dir.path() + "/deep/er/page.html";
  REQUIRE(annals::WriteFileAtomically(path, "one", &err));
  REQUIRE(annals::WriteFileAtomically(path, "two", &err));
  CHECK(dir.Read("deep/er/page.html") == "two");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path() + "/deep/er"),
                      std::filesystem::directory_iterator()) == 1);
  dir.Write("file", "x");
  CHECK_FALSE(annals::WriteFileAtomically(dir.path() + "/file/page.html", "x", &err));
  CHECK(err.find(dir.path() + "/file") == 0);
}

TEST_CASE("a page is never written over a device or FIFO", "[render]") {
  annals::testing::TempDir dir("atomic-fifo");
  std::string path = dir.path() + "/pipe.html";
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  std::string err;
  CHECK_FALSE(annals::WriteFileAtomically(path, "x", &err));
  CHECK(err == path + ": not a regular file");
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  // No temporary file is left next to it.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == 1);
}
