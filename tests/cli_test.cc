#include "annals/cli.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "test_util.h"

using annals::testing::RunAnnals;

TEST_CASE("option --help lists every command", "[cli]") {
  auto r = RunAnnals({"--help"});
  CHECK(r.exit_code == annals::kExitOk);
  for (const char* command :
       {"build", "resolve", "ingest", "check", "render", "publish", "export"}) {
    CHECK(r.out.find(std::string("  ") + command) != std::string::npos);
  }
}

TEST_CASE("the --version flag prints the version", "[cli]") {
  auto r = RunAnnals({"--version"});
  CHECK(r.exit_code == annals::kExitOk);
  CHECK(r.out == std::string("annals ") + ANNALS_VERSION + "\n");
}

TEST_CASE("an unknown command suggests the nearest one", "[cli]") {
  auto r = RunAnnals({"buidl"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("unknown command 'buidl'; did you mean 'build'?") != std::string::npos);
}

TEST_CASE("a far-off command gets no suggestion", "[cli]") {
  auto r = RunAnnals({"xyzzy"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("did you mean") == std::string::npos);
}

TEST_CASE("no arguments is a usage error", "[cli]") {
  CHECK(RunAnnals({}).exit_code == annals::kExitUsage);
}

TEST_CASE("command --help shows its options", "[cli]") {
  auto r = RunAnnals({"resolve", "--help"});
  CHECK(r.exit_code == annals::kExitOk);
  CHECK(r.out.find("--dct") != std::string::npos);
}

TEST_CASE("a bad option is a usage error naming the command", "[cli]") {
  auto r = RunAnnals({"resolve", "--dct", "2015-12-02", "--bogus"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("annals: error: ") == 0);
  CHECK(r.err.find("annals resolve --help") != std::string::npos);
}

TEST_CASE("a missing file or folder argument is named in the usage's words", "[cli]") {
  for (const char* command : {"build", "render", "export", "publish", "ingest"}) {
    auto r = RunAnnals({command});
    CHECK(r.exit_code == annals::kExitUsage);
    // Not Boost's name for the positional slot ("--paths", "--file").
    CHECK(r.err.find("missing argument; usage: annals " + std::string(command)) !=
          std::string::npos);
    CHECK(r.err.find("'--") == std::string::npos);
  }
}

TEST_CASE("a malformed --dct is a usage error", "[cli]") {
  auto r = RunAnnals({"resolve", "--dct", "2015-02-30", "-"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("--dct: '2015-02-30' is not a date") != std::string::npos);
}

TEST_CASE("resolve's table gives each expression's line and column", "[cli]") {
  annals::testing::TempDir dir("cli-resolve-lines");
  std::string file =
      dir.Write("a.txt", "They met on Tuesday.\nIn September and\nin June, again.\n");
  auto r = RunAnnals({"resolve", "--dct", "2015-12-02", file});
  CHECK(r.exit_code == annals::kExitOk);
  CHECK(r.out.find("1:13\tTuesday\t") != std::string::npos);
  CHECK(r.out.find("2:4\tSeptember\t") != std::string::npos);
  CHECK(r.out.find("3:4\tJune\t") != std::string::npos);
}

TEST_CASE("commands refuse to read a device as a file", "[cli]") {
  auto r = RunAnnals({"resolve", "--dct", "2015-12-02", "/dev/zero"});
  CHECK(r.exit_code == annals::kExitBadInput);
  CHECK(r.err.find("/dev/zero: not a regular file") != std::string::npos);
  auto c = RunAnnals({"check", "/dev/zero"});
  CHECK(c.exit_code == annals::kExitBadInput);
  CHECK(c.err.find("/dev/zero") != std::string::npos);
}

TEST_CASE("build never writes over or reads forever from a device", "[cli]") {
  auto r = RunAnnals(
      {"build", std::string(ANNALS_SOURCE_DIR) + "/examples/articles", "-o", "/dev/zero"});
  CHECK(r.exit_code == annals::kExitBadInput);
  CHECK(r.err.find("annals: error: /dev/zero: not a regular file; not overwritten") !=
        std::string::npos);
  auto into = RunAnnals(
      {"build", std::string(ANNALS_SOURCE_DIR) + "/examples/articles", "--into", "/dev/zero"});
  CHECK(into.exit_code == annals::kExitBadInput);
  CHECK(into.err.find("annals: error: /dev/zero: not a regular file; not rebuilt") !=
        std::string::npos);
  // A FIFO nobody writes to would block the read of the old timeline.
  annals::testing::TempDir dir("cli-build-fifo");
  std::string fifo = dir.path() + "/t.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto f = RunAnnals({"build", std::string(ANNALS_SOURCE_DIR) + "/examples/articles", "-o", fifo});
  CHECK(f.exit_code == annals::kExitBadInput);
  CHECK(f.err.find(fifo + ": not a regular file; not overwritten") != std::string::npos);
}

TEST_CASE("a negative --max-bytes is a usage error, not 'no limit'", "[cli]") {
  auto r = RunAnnals(
      {"ingest", std::string(ANNALS_SOURCE_DIR) + "/examples/articles", "--max-bytes", "-5"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("--max-bytes: expected a positive number of bytes, not -5") !=
        std::string::npos);
}

TEST_CASE("a flood of problems is cut short, the verdict still shows", "[cli]") {
  annals::testing::TempDir dir("cli-flood");
  std::string text = "annals: 1\ntitle: t\npair: [CHN, USA]\nevents:\n";
  for (int i = 0; i < 300; ++i) text += "  - {id: e" + std::to_string(i) + ", date: 2015}\n";
  std::string file = dir.Write("t.yaml", text);
  auto count = [](const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
  };
  // Each entry lacks status, type and title: 900 problems.
  auto check = RunAnnals({"check", file});
  CHECK(check.exit_code == annals::kExitBadInput);
  CHECK(count(check.err, ": error: ") == 100);
  CHECK(
      check.err.find(file + ": note: 800 more problems not listed (--max-problems 0 lists all)") !=
      std::string::npos);
  auto all = RunAnnals({"check", "--max-problems", "0", file});
  CHECK(count(all.err, ": error: ") == 900);
  auto into =
      RunAnnals({"build", std::string(ANNALS_SOURCE_DIR) + "/examples/articles", "--into", file});
  CHECK(into.exit_code == annals::kExitBadInput);
  CHECK(count(into.err, ": error: the event is missing") == 100);
  CHECK(into.err.find("annals: note: 800 more problems not listed") != std::string::npos);
  CHECK(into.err.find("not rebuilt: the timeline does not pass 'annals check'") !=
        std::string::npos);
}
