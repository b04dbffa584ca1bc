#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "annals/render.h"
#include "test_util.h"

namespace {

std::string TimelineYaml(const std::string& title, const std::string& pair,
                         const std::string& events) {
  return "annals: 1\ntitle: " + title + "\npair: [" + pair + "]\nevents:\n" + events;
}

const char kTwoEvents[] =
    "  - id: a\n    date: 2015-09\n    status: held\n    type: visit\n    title: A visit\n"
    "  - id: b\n    date: 2016-06\n    status: planned\n    type: dialogue\n    title: B\n";

}  // namespace

TEST_CASE("publish writes an index linking a page per timeline", "[render][publish]") {
  annals::testing::TempDir dir("publish");
  dir.Write("timelines/china-us.yaml", TimelineYaml("China <&> US", "CHN, USA", kTwoEvents));
  dir.Write("timelines/more/France Germany.yml",
            TimelineYaml("France–Germany", "FRA, DEU",
                         "  - id: c\n    date: 2019-01-22\n    status: held\n"
                         "    type: agreement\n    title: Treaty\n"));
  dir.Write("timelines/notes.txt", "not a timeline");
  auto result = annals::testing::RunAnnals(
      {"publish", dir.path() + "/timelines", "-o", dir.path() + "/site"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "wrote " + dir.path() + "/site/index.html and 2 timeline pages\n");
  std::string index = dir.Read("site/index.html");
  CHECK(index.find("<a href=\"china-us/index.html\">China &lt;&amp;&gt; US</a>") !=
        std::string::npos);
  CHECK(index.find("<a href=\"france-germany/index.html\">France–Germany</a>") !=
        std::string::npos);
  CHECK(index.find("<time datetime=\"2015-09\">Sep 2015 – Jun 2016</time>") != std::string::npos);
  CHECK(index.find("2 entries") != std::string::npos);
  CHECK(index.find("2 timelines") != std::string::npos);
  std::string page = dir.Read("site/china-us/index.html");
  CHECK(page.find("<a href=\"../index.html\">← All timelines</a>") != std::string::npos);
  CHECK(page.find("id=\"a\"") != std::string::npos);
  CHECK(dir.Read("site/france-germany/index.html").find("Treaty") != std::string::npos);
}

TEST_CASE("publish writes nothing when a timeline is bad", "[render][publish]") {
  annals::testing::TempDir dir("publishbad");
  dir.Write("timelines/good.yaml", TimelineYaml("Good", "CHN, USA", kTwoEvents));
  std::string bad = dir.Write("timelines/bad.yaml", "annals: 1\ntitle: [unclosed\n");
  auto result = annals::testing::RunAnnals(
      {"publish", dir.path() + "/timelines", "-o", dir.path() + "/site"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find(bad + ":") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/site"));

  result = annals::testing::RunAnnals({"publish", dir.path() + "/nowhere", "-o", dir.path()});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("nowhere: error: not a folder of timelines") != std::string::npos);
}

TEST_CASE("publish passes over a FIFO named like a timeline, and says so", "[render][publish]") {
  annals::testing::TempDir dir("publishfifo");
  dir.Write("timelines/good.yaml", TimelineYaml("Good", "CHN, USA", kTwoEvents));
  std::string fifo = dir.path() + "/timelines/pipe.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Reading it would block for ever: nobody writes to it.
  auto result = annals::testing::RunAnnals(
      {"publish", dir.path() + "/timelines", "-o", dir.path() + "/site"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "wrote " + dir.path() + "/site/index.html and 1 timeline page\n");
  CHECK(result.err == "annals: " + fifo + ": warning: not a regular file; skipped\n");
}
