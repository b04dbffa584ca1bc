// End-to-end: the annals binary on the bundled sample articles.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "annals/timeline.h"
#include "test_util.h"

namespace {
int Run(const std::string& command) { return std::system(command.c_str()); }
}  // namespace

TEST_CASE("build then render the sample articles", "[e2e]") {
  annals::testing::TempDir dir("e2e");
  std::string yaml = dir.path() + "/sample.yaml";
  std::string site = dir.path() + "/site";
  std::string articles = std::string(ANNALS_SOURCE_DIR) + "/examples/articles";
  REQUIRE(Run(std::string(ANNALS_BINARY) + " build " + articles + " -o " + yaml +
              " --pair CHN,USA 2>/dev/null >/dev/null") == 0);
  annals::Timeline timeline;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::LoadTimeline(yaml, &timeline, &diagnostics));
  CHECK(timeline.pair == std::array<std::string, 2>{"CHN", "USA"});
  CHECK_FALSE(timeline.events.empty());
  REQUIRE(Run(std::string(ANNALS_BINARY) + " render " + yaml + " -o " + site + " >/dev/null") == 0);
  CHECK(dir.Read("site/index.html").find("<!DOCTYPE html>") == 0);
}

TEST_CASE("a missing input folder is bad input, not a crash", "[e2e]") {
  CHECK(WEXITSTATUS(Run(std::string(ANNALS_BINARY) +
                        " build /nonexistent/folder -o /tmp/x.yaml 2>/dev/null")) == 1);
}
