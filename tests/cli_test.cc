#include "annals/cli.h"

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

TEST_CASE("a malformed --dct is a usage error", "[cli]") {
  auto r = RunAnnals({"resolve", "--dct", "2015-02-30", "-"});
  CHECK(r.exit_code == annals::kExitUsage);
  CHECK(r.err.find("--dct: '2015-02-30' is not a date") != std::string::npos);
}
