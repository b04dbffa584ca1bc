#include "annals/timeline.h"

#include <catch2/catch.hpp>

#include "test_util.h"

namespace {
annals::Timeline Sample() {
  annals::Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  annals::Entry e;
  e.id = "2015-12-01-cyber-crime-dialogue";
  e.date = "2015-12-01";
  e.status = "held";
  e.type = "dialogue";
  e.cameo = "040";
  e.title = "First China–U.S. ministerial dialogue on fighting cyber crime";
  e.actors = {"CHN", "USA"};
  e.place = "Washington";
  e.sources.push_back({"a.txt", "2015-12-02", "Xinhua", "", "Tuesday", "Held here Tuesday."});
  t.events.push_back(e);
  return t;
}
}  // namespace

TEST_CASE("a timeline survives a write and a read", "[timeline]") {
  annals::Timeline t = Sample();
  std::string text = annals::FormatTimeline(t);
  CHECK(text.find("cameo: \"040\"") != std::string::npos);
  annals::Timeline back;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ParseTimeline("t.yaml", text, &back, &diagnostics));
  CHECK(annals::FormatTimeline(back) == text);
}

TEST_CASE("an impossible date is reported at its line and column", "[timeline]") {
  std::string text =
      "annals: 1\ntitle: x\npair: [CHN, USA]\nevents:\n  - id: a\n    date: 2015-02-30\n";
  annals::Timeline t;
  std::vector<annals::Diagnostic> diagnostics;
  CHECK_FALSE(annals::ParseTimeline("t.yaml", text, &t, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "t.yaml:6:11: error: '2015-02-30' is not a valid date: Feb 2015 has no day 30");
}

TEST_CASE("saving is atomic and keeps the previous version", "[timeline]") {
  annals::testing::TempDir dir("timeline");
  std::string file = dir.path() + "/t.yaml";
  std::string err;
  REQUIRE(annals::SaveTimeline(file, Sample(), "~", &err));
  std::string first = dir.Read("t.yaml");
  annals::Timeline changed = Sample();
  changed.title = "Changed";
  REQUIRE(annals::SaveTimeline(file, changed, "~", &err));
  CHECK(dir.Read("t.yaml~") == first);
  CHECK(dir.Read("t.yaml").find("title: Changed") != std::string::npos);
}
