// End-to-end: the annals binary on articles written for the tests and on the
// bundled sample articles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include "annals/timeline.h"
#include "test_util.h"

namespace {
int Run(const std::string& command) { return std::system(command.c_str()); }

std::string Annals() { return std::string(ANNALS_BINARY); }

annals::Timeline Load(const std::string& yaml) {
  annals::Timeline timeline;
  std::vector<annals::Diagnostic> diagnostics;
  bool loaded = annals::LoadTimeline(yaml, &timeline, &diagnostics);
  INFO((diagnostics.empty() ? "" : diagnostics[0].ToString()));
  REQUIRE(loaded);
  return timeline;
}

const annals::Entry* Find(const annals::Timeline& t, const std::string& date,
                          const std::string& type) {
  for (const annals::Entry& e : t.events) {
    if (e.date == date && e.type == type) return &e;
  }
  return nullptr;
}

// Three short articles in our own words: two report one state visit, one
// announces talks for next year, one is about a third country.
void WriteArticles(const annals::testing::TempDir& dir) {
  dir.Write("articles/a.txt",
            "Leaders meet\n\nXinhua, September 28, 2015\n\n"
            "Chinese President Xi Jinping ended his state visit to Washington last week with "
            "a pledge on cyber theft.\n\n"
            "The two sides agreed to hold the next round of talks in Beijing in June next "
            "year.\n");
  dir.Write("articles/b.txt",
            "A look back\n\nXinhua, February 5, 2016\n\n"
            "Xi paid a state visit to the United States in September last year.\n\n"
            "China and the United States signed a trade agreement in 2010. The agreement, "
            "signed in May 2010, cut tariffs on both sides.\n");
  dir.Write("articles/c.txt",
            "Neighbours talk\n\nXinhua, March 3, 2016\n\n"
            "Chinese and Japanese diplomats held talks in Tokyo on Tuesday.\n");
}
}  // namespace

TEST_CASE("build merges, keeps the most precise date, plans and filters by pair", "[e2e]") {
  annals::testing::TempDir dir("e2e-own");
  WriteArticles(dir);
  std::string yaml = dir.path() + "/t.yaml";
  REQUIRE(Run(Annals() + " build " + dir.path() + "/articles -o " + yaml +
              " --pair CHN,USA 2>/dev/null >/dev/null") == 0);
  annals::Timeline t = Load(yaml);
  CHECK(t.pair == std::array<std::string, 2>{"CHN", "USA"});
  // One state visit, reported by two articles, dated by the more precise.
  const annals::Entry* visit = Find(t, "2015-W39", "state-visit");
  REQUIRE(visit);
  CHECK(visit->sources.size() == 2);
  CHECK(visit->status == "held");
  CHECK(visit->title.find("Xi Jinping") != std::string::npos);
  // "2010" and "May 2010": one agreement dated May 2010.
  CHECK(Find(t, "2010-05", "agreement"));
  CHECK_FALSE(Find(t, "2010", "agreement"));
  // Talks agreed for next year are planned, in Beijing.
  const annals::Entry* talks = Find(t, "2016-06", "talks");
  REQUIRE(talks);
  CHECK(talks->status == "planned");
  CHECK(talks->place == "Beijing");
  // China–Japan talks are not China–United States events.
  for (const annals::Entry& e : t.events) CHECK(e.place != "Tokyo");
}

TEST_CASE("option --pair picks the other pair's events", "[e2e]") {
  annals::testing::TempDir dir("e2e-pair");
  WriteArticles(dir);
  std::string yaml = dir.path() + "/t.yaml";
  REQUIRE(Run(Annals() + " build " + dir.path() + "/articles -o " + yaml +
              " --pair China,Japan 2>/dev/null >/dev/null") == 0);
  annals::Timeline t = Load(yaml);
  CHECK(t.pair == std::array<std::string, 2>{"CHN", "JPN"});
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].place == "Tokyo");
  CHECK(t.events[0].date == "2016-03-01");
}

TEST_CASE("build rejects a bad --actors file and an unknown --pair side", "[e2e]") {
  annals::testing::TempDir dir("e2e-bad");
  WriteArticles(dir);
  std::string actors = dir.Write("extra.tsv", "Ann Example\tFRA\tpresident\tlately\t-\n");
  std::string err = dir.path() + "/err.txt";
  CHECK(WEXITSTATUS(Run(Annals() + " build " + dir.path() + "/articles -o " + dir.path() +
                        "/t.yaml --actors " + actors + " 2>" + err + " >/dev/null")) == 1);
  CHECK(dir.Read("err.txt").find(actors + ":1:27:") != std::string::npos);
  CHECK(WEXITSTATUS(Run(Annals() + " build " + dir.path() + "/articles -o " + dir.path() +
                        "/t.yaml --pair CHN,Atlantis 2>/dev/null >/dev/null")) != 0);
  CHECK_FALSE(std::ifstream(dir.path() + "/t.yaml").good());
}

// The assembler's data loads while the first articles are parsed: a bad
// --actors file must still be the only message, before any article's.
TEST_CASE("a bad --actors file is reported before any article's warning", "[e2e]") {
  annals::testing::TempDir dir("e2e-bad-first");
  WriteArticles(dir);
  dir.Write("articles/README.md", "Not an article: skipped with a warning.\n");
  std::string actors = dir.Write("extra.tsv", "Ann Example\tFRA\tpresident\tlately\t-\n");
  for (const char* jobs : {"1", "2"}) {
    CAPTURE(jobs);
    CHECK(WEXITSTATUS(Run(Annals() + " build " + dir.path() + "/articles -o " + dir.path() +
                          "/t.yaml --jobs " + jobs + " --actors " + actors + " 2>" + dir.path() +
                          "/err.txt >/dev/null")) == 1);
    std::string err = dir.Read("err.txt");
    CHECK(err.find(actors + ":1:27:") != std::string::npos);
    CHECK(err.find("warning") == std::string::npos);
    CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    CHECK_FALSE(std::ifstream(dir.path() + "/t.yaml").good());
  }
}

// The sample articles need the full ingest (Markdown front matter, saved
// HTML, header-line dates) and resolver; these are the events a correct
// build finds in them (examples/articles/README.md).
TEST_CASE("the sample articles give the China-United States timeline", "[e2e][!mayfail]") {
  annals::testing::TempDir dir("e2e-sample");
  std::string yaml = dir.path() + "/sample.yaml";
  std::string articles = std::string(ANNALS_SOURCE_DIR) + "/examples/articles";
  REQUIRE(Run(Annals() + " build " + articles + " -o " + yaml + " 2>/dev/null >/dev/null") == 0);
  annals::Timeline t = Load(yaml);
  CHECK(t.pair == std::array<std::string, 2>{"CHN", "USA"});
  // Xi's state visit of September 2015, reported by two outlets: one entry.
  int visits = 0;
  for (const annals::Entry& e : t.events) {
    if (e.type != "state-visit" || e.date.rfind("2015-09", 0) != 0) continue;
    ++visits;
    std::set<std::string> files;
    for (const annals::Source& s : e.sources) files.insert(s.file);
    CHECK(files.size() >= 2);
  }
  CHECK(visits == 1);
  // The 8th Strategic and Economic Dialogue, announced for June 2016.
  const annals::Entry* sed = Find(t, "2016-06", "dialogue");
  REQUIRE(sed);
  CHECK(sed->status == "planned");
  CHECK(sed->place == "Beijing");
  // The phone call of 5 February 2016.
  CHECK(Find(t, "2016-02-05", "call"));
}

TEST_CASE("build then render the sample articles", "[e2e]") {
  annals::testing::TempDir dir("e2e");
  std::string yaml = dir.path() + "/sample.yaml";
  std::string site = dir.path() + "/site";
  std::string articles = std::string(ANNALS_SOURCE_DIR) + "/examples/articles";
  REQUIRE(Run(Annals() + " build " + articles + " -o " + yaml +
              " --pair CHN,USA 2>/dev/null >/dev/null") == 0);
  annals::Timeline timeline = Load(yaml);
  CHECK(timeline.pair == std::array<std::string, 2>{"CHN", "USA"});
  CHECK_FALSE(timeline.events.empty());
  REQUIRE(Run(Annals() + " render " + yaml + " -o " + site + " >/dev/null") == 0);
  CHECK(dir.Read("site/index.html").find("<!DOCTYPE html>") == 0);
}

TEST_CASE("a missing input folder is bad input, not a crash", "[e2e]") {
  CHECK(WEXITSTATUS(Run(Annals() + " build /nonexistent/folder -o /tmp/x.yaml 2>/dev/null")) == 1);
}

TEST_CASE("articles with no bilateral event give an error, not an empty timeline", "[e2e]") {
  annals::testing::TempDir dir("e2e-none");
  dir.Write("articles/a.txt", "Weather\n\nXinhua, March 3, 2016\n\nIt rained on Tuesday.\n");
  std::string yaml = dir.path() + "/t.yaml";
  CHECK(WEXITSTATUS(Run(Annals() + " build " + dir.path() + "/articles -o " + yaml +
                        " 2>/dev/null >/dev/null")) == 1);
  CHECK_FALSE(std::ifstream(yaml).good());
}

// Files saved by hand rarely carry a date in their names: the dates come from
// the articles' own header forms, and every relative date counts from them.
TEST_CASE("articles without dated file names are dated by their header lines", "[e2e]") {
  annals::testing::TempDir dir("e2e-headers");
  dir.Write("articles/talks.txt",
            "Diplomats meet in Beijing\n\n"
            "Updated: March 4, 2019 9:15 a.m. ET\n"
            "Published March 3, 2019 at 6:40 PM EST\n\n"
            "Chinese and American diplomats held talks in Beijing on Friday on trade.\n");
  dir.Write("articles/call.txt",
            "Leaders speak\n\n"
            "Shanghai, Jun 12, 2017 (PLN).- Chinese President Xi Jinping held a phone call with "
            "U.S. President Donald Trump on Monday.\n");
  std::string yaml = dir.path() + "/t.yaml";
  REQUIRE(Run(Annals() + " build " + dir.path() + "/articles -o " + yaml +
              " --pair CHN,USA 2>/dev/null >/dev/null") == 0);
  annals::Timeline t = Load(yaml);
  // Friday before Sunday 3 March 2019; Monday before Monday 12 June 2017 is that day.
  const annals::Entry* talks = Find(t, "2019-03-01", "talks");
  REQUIRE(talks);
  REQUIRE(talks->sources.size() == 1);
  CHECK(talks->sources[0].published == "2019-03-03");
  const annals::Entry* call = Find(t, "2017-06-12", "call");
  REQUIRE(call);
  CHECK(call->sources[0].published == "2017-06-12");
}
