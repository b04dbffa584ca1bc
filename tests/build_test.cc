#include "annals/build.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_util.h"

namespace annals {
namespace {

using testing::RunAnnals;
using testing::TempDir;

const char* const kLeaders[][2] = {
    {"Chinese President Xi Jinping", "U.S. President Barack Obama"},
    {"Chinese Foreign Minister Wang Yi", "U.S. Secretary of State John Kerry"},
    {"Chinese Premier Li Keqiang", "U.S. Vice President Joe Biden"},
};
const char* const kMonths[] = {"Jan.", "March", "May", "July", "Sept.", "Nov."};
const char* const kPlaces[] = {"BEIJING", "WASHINGTON", "NEW YORK", "SHANGHAI"};

// A short wire story with a dateline, a dated meeting and a planned one;
// `n` varies the people, dates and wording so no two are alike.
std::string Story(int n) {
  const auto& leaders = kLeaders[n % 3];
  std::string month = kMonths[n % 6];
  int day = 1 + n % 27;
  int year = 2011 + n % 5;
  std::string text = std::string(kPlaces[n % 4]) + ", " + month + " " + std::to_string(day) + ", " +
                     std::to_string(year) + " (Xinhua) -- " + leaders[0] + " met " + leaders[1] +
                     " on Tuesday to discuss trade and climate change, officials said.";
  text +=
      "\n\nThe two sides agreed to hold the next round of the strategic dialogue in June next "
      "year, and " +
      std::string(leaders[1]) + " will visit China early next month.";
  text += "\n\nStory number " + std::to_string(n) + " also notes talks held in " +
          std::to_string(year - 1 - n % 3) + " and a phone call last week.";
  return text;
}

// About thirty articles with everything the walk and the sieve treat
// specially: nested folders, HTML, an identical copy, undated text, files
// that are not articles.
void WriteFolder(const TempDir& dir) {
  for (int n = 0; n < 24; ++n) {
    std::string name = (n % 5 == 0 ? "sub/" : "") + std::string("story-") +
                       std::to_string(100 + n) + (n % 7 == 3 ? ".md" : ".txt");
    dir.Write("articles/" + name, Story(n));
  }
  dir.Write("articles/page.html",
            "<!doctype html><html><head><title>Talks</title>"
            "<meta property=\"article:published_time\" content=\"2015-12-02\"></head><body>"
            "<article><p>" +
                Story(40) + "</p></article></body></html>");
  dir.Write("articles/story-200-copy.txt", Story(3));  // same text as story-103.md
  dir.Write("articles/undated.txt", "Officials met on Tuesday and talked about trade.");
  dir.Write("articles/notes.pdf", "%PDF-1.4");
  dir.Write("articles/README.txt", "What this folder is.");
  dir.Write("articles/zz-binary.txt", std::string("\x01\x02\x00\x03", 4) + "data");
  std::filesystem::create_symlink(dir.path() + "/nowhere.txt", dir.path() + "/articles/gone.txt");
}

struct Seen {
  std::vector<std::string> order;  // "article FILE" / "skip FILE: REASON", as handed on
  BuildStats stats;
  bool ok = false;
  std::string err;
};

Seen Build(const std::vector<std::string>& paths, unsigned jobs, bool strict = false) {
  std::unique_ptr<Resolver> resolver;
  std::unique_ptr<Assembler> assembler;
  Diagnostic error;
  REQUIRE(Resolver::Load(&resolver, &error));
  REQUIRE(Assembler::Load({}, &assembler, &error));
  BuildOptions options;
  options.jobs = jobs;
  options.ingest.strict = strict;
  Seen seen;
  seen.ok = BuildFromPaths(
      paths, options, *resolver, assembler.get(),
      [&](const Article& a) {
        std::string line = "article " + a.file;
        for (const std::string& w : a.warnings) line += " | " + w;
        seen.order.push_back(line);
      },
      [&](const Skipped& s) { seen.order.push_back("skip " + s.file + ": " + s.reason); },
      &seen.stats, &seen.err);
  return seen;
}

bool Contains(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& line : lines) {
    if (line.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("build hands articles and skips on in file order whatever the thread count", "[build]") {
  TempDir dir("build-order");
  WriteFolder(dir);
  Seen one = Build({dir.path() + "/articles"}, 1);
  REQUIRE(one.ok);
  CHECK(one.stats.articles == 25);
  CHECK(Contains(one.order, "story-200-copy.txt: same text as"));
  CHECK(Contains(one.order, "undated.txt: no publication date found"));
  CHECK(Contains(one.order, "gone.txt: broken or looping symbolic link"));
  CHECK(Contains(one.order, "zz-binary.txt: binary file"));
  for (unsigned jobs : {2u, 4u, 8u}) {
    Seen many = Build({dir.path() + "/articles"}, jobs);
    REQUIRE(many.ok);
    CHECK(many.order == one.order);
    CHECK(many.stats.articles == one.stats.articles);
    CHECK(many.stats.bytes == one.stats.bytes);
  }
}

// What an order-independent consumer of the pipeline sees: each kept
// article's file and time expressions.
std::multiset<std::string> Added(const std::string& folder, unsigned jobs, bool concurrent) {
  std::unique_ptr<Resolver> resolver;
  Diagnostic error;
  REQUIRE(Resolver::Load(&resolver, &error));
  BuildOptions options;
  options.jobs = jobs;
  options.concurrent_add = concurrent;
  std::mutex mutex;
  std::multiset<std::string> added;
  std::vector<std::string> in_order;
  std::string err;
  bool ok = BuildFromPaths(
      {folder}, options, *resolver,
      [&](const Article& a, const std::vector<TimeExpression>& times) {
        std::string line = a.file;
        for (const TimeExpression& t : times) line += " " + t.text + "=" + t.value;
        std::lock_guard<std::mutex> lock(mutex);
        added.insert(line);
      },
      [&](const Article& a) { in_order.push_back(a.file); }, [](const Skipped&) {}, nullptr, &err);
  REQUIRE(ok);
  // The callbacks stay in file order even when the adds do not.
  CHECK(std::is_sorted(in_order.begin(), in_order.end()));
  CHECK(in_order.size() == added.size());
  return added;
}

// Each worker reads its articles into one buffer it reuses: a short
// article read after a long one holds its own bytes only.
TEST_CASE("a short article read after a long one keeps only its own text", "[build]") {
  TempDir dir("build-reuse");
  std::string lead = "LIMA, March 3, 2014 -- Peru and Chile signed a fisheries accord on Monday.";
  std::string tail;
  for (int i = 0; i < 200; ++i) tail += " The ministers of Peru and Chile kept on talking.";
  dir.Write("a/2014-03-03-long.txt", "Fisheries accord\n\n" + lead + tail + " Norway watched.");
  dir.Write("a/2014-03-04-short.txt", "Port talks\n\nLIMA, March 4, 2014 -- Chile thanked Peru.");
  for (unsigned jobs : {1u, 2u}) {
    std::unique_ptr<Resolver> resolver;
    Diagnostic error;
    REQUIRE(Resolver::Load(&resolver, &error));
    BuildOptions options;
    options.jobs = jobs;
    std::vector<std::string> bodies;
    std::string err;
    REQUIRE(BuildFromPaths(
        {dir.path() + "/a"}, options, *resolver,
        [&](const Article&, const std::vector<TimeExpression>&) {},
        [&](const Article& a) { bodies.push_back(a.body); }, [](const Skipped&) {}, nullptr, &err));
    REQUIRE(bodies.size() == 2);
    CHECK(bodies[0].find("Norway watched.") != std::string::npos);
    CHECK(bodies[1].find("Chile thanked Peru.") != std::string::npos);
    CHECK(bodies[1].find("talking") == std::string::npos);
    CHECK(bodies[1].size() < 80);
  }
}

TEST_CASE("concurrent adds see every kept article once", "[build]") {
  TempDir dir("build-concurrent");
  WriteFolder(dir);
  std::multiset<std::string> one = Added(dir.path() + "/articles", 1, false);
  CHECK(one.size() == 25);
  CHECK(Added(dir.path() + "/articles", 1, true) == one);
  CHECK(Added(dir.path() + "/articles", 2, true) == one);
  CHECK(Added(dir.path() + "/articles", 6, true) == one);
}

TEST_CASE("annals build writes the same timeline and messages with --jobs 1 and 4",
          "[build][cli]") {
  TempDir dir("build-cli");
  WriteFolder(dir);
  std::filesystem::create_directories(dir.path() + "/one");
  std::filesystem::create_directories(dir.path() + "/four");
  auto one = RunAnnals({"build", dir.path() + "/articles", "-o", dir.path() + "/one/t.yaml",
                        "--jobs", "1", "--pair", "CHN,USA"});
  auto four = RunAnnals({"build", dir.path() + "/articles", "-o", dir.path() + "/four/t.yaml",
                         "--jobs", "4", "--pair", "CHN,USA"});
  REQUIRE(one.exit_code == 0);
  REQUIRE(four.exit_code == 0);
  CHECK(four.err == one.err);
  CHECK(dir.Read("four/t.yaml") == dir.Read("one/t.yaml"));
  CHECK(one.err.find("undated.txt: no publication date found") != std::string::npos);
  CHECK(one.out.find("from 25 articles") != std::string::npos);
}

TEST_CASE("build --jobs rejects nonsense", "[build][cli]") {
  TempDir dir("build-jobs");
  dir.Write("a/story.txt", Story(1));
  for (const char* jobs : {"0", "-3", "many", "100000"}) {
    auto r = RunAnnals({"build", dir.path() + "/a", "-o", dir.path() + "/t.yaml", "--jobs", jobs});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--jobs") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/t.yaml"));
}

TEST_CASE("build fails on a missing folder, after what comes before it", "[build]") {
  TempDir dir("build-missing");
  dir.Write("a/story-1.txt", Story(1));
  dir.Write("a/story-2.txt", Story(2));
  std::string missing = dir.path() + "/no-such-folder";
  for (unsigned jobs : {1u, 4u}) {
    Seen seen = Build({dir.path() + "/a", missing}, jobs);
    CHECK_FALSE(seen.ok);
    CHECK(seen.err.find(missing) != std::string::npos);
    CHECK(seen.stats.articles == 2);
  }
  auto r = RunAnnals({"build", missing, "-o", dir.path() + "/t.yaml", "--jobs", "3"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(missing) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/t.yaml"));
}

TEST_CASE("an unreadable article is reported and skipped with any thread count", "[build]") {
  TempDir dir("build-unreadable");
  for (int n = 0; n < 6; ++n) dir.Write("a/story-" + std::to_string(n) + ".txt", Story(n));
  std::string locked = dir.Write("a/story-3.txt", Story(3));
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  // Root reads anything: then only the broken link below is unreadable.
  bool really_locked = !std::ifstream(locked).good();
  std::filesystem::create_symlink(dir.path() + "/missing.txt", dir.path() + "/a/story-4b.txt");
  Seen one = Build({dir.path() + "/a"}, 1);
  Seen four = Build({dir.path() + "/a"}, 4);
  REQUIRE(one.ok);
  REQUIRE(four.ok);
  CHECK(four.order == one.order);
  CHECK(Contains(one.order, "skip " + dir.path() + "/a/story-4b.txt: broken"));
  if (really_locked) CHECK(Contains(one.order, "skip " + locked + ":"));
  CHECK(one.stats.articles == (really_locked ? 5 : 6));
  std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
}

TEST_CASE("an article over the size cap is reported in its place with any thread count",
          "[build]") {
  TempDir dir("build-size-cap");
  for (int n = 0; n < 6; ++n) dir.Write("a/story-" + std::to_string(n) + ".txt", Story(n));
  dir.Write("a/story-2b.txt", Story(2) + std::string(4000, ' ') + "End.");
  auto build = [&](unsigned jobs) {
    std::unique_ptr<Resolver> resolver;
    std::unique_ptr<Assembler> assembler;
    Diagnostic error;
    REQUIRE(Resolver::Load(&resolver, &error));
    REQUIRE(Assembler::Load({}, &assembler, &error));
    BuildOptions options;
    options.jobs = jobs;
    options.ingest.max_file_bytes = 2000;
    Seen seen;
    seen.ok = BuildFromPaths(
        {dir.path() + "/a"}, options, *resolver, assembler.get(),
        [&](const Article& a) { seen.order.push_back("article " + a.file); },
        [&](const Skipped& s) { seen.order.push_back("skip " + s.file + ": " + s.reason); },
        &seen.stats, &seen.err);
    return seen;
  };
  Seen one = build(1);
  REQUIRE(one.ok);
  REQUIRE(one.order.size() == 7);
  CHECK(one.order[3].rfind("skip " + dir.path() + "/a/story-2b.txt: ", 0) == 0);
  CHECK(one.order[3].find("over the 2000-byte cap") != std::string::npos);
  CHECK(one.stats.articles == 6);
  for (unsigned jobs : {2u, 4u}) {
    Seen many = build(jobs);
    REQUIRE(many.ok);
    CHECK(many.order == one.order);
    CHECK(many.stats.bytes == one.stats.bytes);
  }
}

TEST_CASE("with strict, build stops at the first undated article in file order, no deadlock",
          "[build]") {
  TempDir dir("build-strict");
  for (int n = 0; n < 40; ++n) {
    std::string name = "a/story-" + std::to_string(100 + n) + ".txt";
    dir.Write(name, n == 17 ? std::string("Officials met on Tuesday.") : Story(n));
  }
  Seen one = Build({dir.path() + "/a"}, 1, true);
  CHECK_FALSE(one.ok);
  CHECK(one.err == dir.path() + "/a/story-117.txt: no publication date found (--strict)");
  CHECK(one.stats.articles == 17);
  for (unsigned jobs : {2u, 4u, 16u}) {
    Seen many = Build({dir.path() + "/a"}, jobs, true);
    CHECK_FALSE(many.ok);
    CHECK(many.err == one.err);
    CHECK(many.order == one.order);
  }
}

// Many times the window of articles in flight (8 a worker), so the calling
// thread fills it, sleeps and takes a batch again and again; the undated
// article stops the build in the middle of such a batch.
TEST_CASE("a folder much larger than the hand-off window keeps file order and stops in place",
          "[build]") {
  TempDir dir("build-window");
  for (int n = 0; n < 150; ++n) {
    std::string name = "a/story-" + std::to_string(1000 + n) + ".txt";
    // Every ninth is a copy of the one before it: left out, in its place.
    std::string text =
        n == 131 ? std::string("Officials met on Tuesday.") : Story(n % 9 == 4 ? n - 1 : n);
    dir.Write(name, text);
  }
  Seen one = Build({dir.path() + "/a"}, 1);
  REQUIRE(one.ok);
  REQUIRE(one.order.size() == 150);
  Seen strict_one = Build({dir.path() + "/a"}, 1, true);
  CHECK_FALSE(strict_one.ok);
  CHECK(strict_one.err.find("story-1131.txt") != std::string::npos);
  for (unsigned jobs : {2u, 3u}) {
    Seen many = Build({dir.path() + "/a"}, jobs);
    CHECK(many.ok);
    CHECK(many.order == one.order);
    CHECK(many.stats.articles == one.stats.articles);
    CHECK(many.stats.bytes == one.stats.bytes);
    Seen strict_many = Build({dir.path() + "/a"}, jobs, true);
    CHECK_FALSE(strict_many.ok);
    CHECK(strict_many.err == strict_one.err);
    CHECK(strict_many.order == strict_one.order);
  }
}

TEST_CASE("a folder of only skipped articles finishes with many threads", "[build]") {
  TempDir dir("build-skipped");
  for (int n = 0; n < 50; ++n) {
    // Undated, duplicated and non-article files: every worker's result is left out.
    dir.Write("a/u-" + std::to_string(100 + n) + ".txt", "No date in this one.");
    dir.Write("a/v-" + std::to_string(100 + n) + ".jpg", "not text");
  }
  for (unsigned jobs : {1u, 3u, 8u}) {
    Seen seen = Build({dir.path() + "/a"}, jobs);
    CHECK(seen.ok);
    CHECK(seen.stats.articles == 0);
    CHECK(seen.order.size() == 100);
  }
}

}  // namespace
}  // namespace annals
