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
  e.people = {"Guo Shengkun", "Loretta Lynch"};
  e.place = "Washington";
  e.sources.push_back({"a.txt", "2015-12-02", "Xinhua", "", "Tuesday",
                       "Chinese and American ministers met here on Tuesday for their first "
                       "dialogue on cyber crime."});
  t.events.push_back(e);
  annals::Entry planned;
  planned.id = "2016-06-dialogue";
  planned.date = "2016-06";
  planned.status = "planned";
  planned.type = "dialogue";
  planned.title = "Next dialogue";
  planned.place = "Beijing";
  t.events.push_back(planned);
  annals::Entry visit;
  visit.id = "2015-09-state-visit";
  visit.date = "2015-09";
  visit.qualifier = "late";
  visit.status = "held";
  visit.type = "state-visit";
  visit.title = "Xi Jinping's first state visit to the United States";
  t.events.push_back(visit);
  return t;
}
}  // namespace

TEST_CASE("a timeline survives a write and a read", "[timeline]") {
  annals::Timeline t = Sample();
  annals::PrepareFresh(&t);
  std::string text = annals::FormatTimeline(t);
  annals::Timeline back;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ParseTimeline("t.yaml", text, &back, &diagnostics));
  CHECK(diagnostics.empty());
  CHECK(back.events == t.events);
  CHECK(back.history == t.history);
  CHECK(annals::FormatTimeline(back) == text);
  CHECK(annals::FormatTimelineCanonical(back) == text);
}

TEST_CASE("the written timeline is readable YAML a person can edit", "[timeline]") {
  annals::Timeline t = Sample();
  annals::PrepareFresh(&t);
  std::string text = annals::FormatTimeline(t);
  CHECK(text.rfind("# yaml-language-server: $schema=../schema/timeline.schema.json\n"
                   "annals: 1\ntitle: China–United States\npair: [CHN, USA]\nevents:\n"
                   "  - id: 2015-09-state-visit\n    date: 2015-09\n    qualifier: late\n",
                   0) == 0);
  CHECK(text.find("    cameo: \"040\"\n") != std::string::npos);
  CHECK(text.find("    people: [Guo Shengkun, Loretta Lynch]\n") != std::string::npos);
  CHECK(text.find("        quote: >-\n          Chinese and American") != std::string::npos);
  // Sorted by date: the September visit, December dialogue, June plan.
  CHECK(text.find("2015-09-state-visit") < text.find("2015-12-01-cyber-crime-dialogue"));
  CHECK(text.find("2015-12-01-cyber-crime-dialogue") < text.find("- id: 2016-06-dialogue"));
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    INFO(text.substr(start, end - start));
    CHECK(end - start <= 80);
    start = end + 1;
  }
}

TEST_CASE("a hand change to an entry is told by its digest", "[timeline]") {
  annals::Timeline t = Sample();
  annals::PrepareFresh(&t);
  REQUIRE(t.events[1].id == "2015-12-01-cyber-crime-dialogue");
  const annals::Entry generated = t.events[1];
  annals::Entry e = generated;
  CHECK_FALSE(annals::IsHandEdited(e));
  e.title = "Retitled";
  CHECK(annals::IsHandEdited(e));
  e = generated;
  e.sources[0].quote += " More.";
  CHECK(annals::IsHandEdited(e));
  e = generated;
  e.edited = true;
  CHECK(annals::IsHandEdited(e));
  e = generated;
  e.generated.clear();
  CHECK(annals::IsHandEdited(e));
}

TEST_CASE("comments and layout of unchanged entries are kept", "[timeline]") {
  std::string text =
      "# Curated by the desk; ask before changing.\n"
      "annals: 1\ntitle: China–United States\npair: [CHN, USA]\nevents:\n"
      "# first contact\n"
      "- id: 2015-12-01-dialogue   # our name\n"
      "  date: 2015-12-01\n  status: held\n  type: dialogue\n"
      "  title: 'Cyber dialogue'\n";
  annals::Timeline t;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ParseTimeline("t.yaml", text, &t, &diagnostics));
  std::string out = annals::FormatTimeline(t);
  CHECK(out ==
        "# Curated by the desk; ask before changing.\n"
        "annals: 1\ntitle: China–United States\npair: [CHN, USA]\nevents:\n"
        "  # first contact\n"
        "  - id: 2015-12-01-dialogue   # our name\n"
        "    date: 2015-12-01\n    status: held\n    type: dialogue\n"
        "    title: 'Cyber dialogue'\n");
  // A changed entry is written afresh.
  t.events[0].title = "Changed";
  out = annals::FormatTimeline(t);
  CHECK(out.find("    title: Changed\n") != std::string::npos);
  CHECK(out.find("# our name") == std::string::npos);
}

TEST_CASE("an impossible date is reported at its line and column", "[timeline]") {
  std::string text =
      "annals: 1\ntitle: x\npair: [CHN, USA]\nevents:\n  - id: a\n    date: 2015-02-30\n"
      "    status: held\n    type: call\n    title: x\n";
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

TEST_CASE("the schema lists the same vocabularies as the checker", "[timeline]") {
  auto result = annals::testing::RunAnnals({"check", "--print-schema"});
  REQUIRE(result.exit_code == 0);
  auto listed = [&](const std::vector<std::string>& words) {
    std::string list;
    for (const std::string& w : words) list += (list.empty() ? "" : ", ") + ("\"" + w + "\"");
    return result.out.find("\"enum\": [" + list + "]") != std::string::npos;
  };
  CHECK(listed(annals::TimelineQualifiers()));
  CHECK(listed(annals::TimelineStatuses()));
  CHECK(listed(annals::TimelineTypes()));
}

TEST_CASE("ids are slugs of what the assembler gives", "[timeline]") {
  CHECK(annals::SlugId("2016-W04 Visit") == "2016-w04-visit");
  CHECK(annals::SlugId("2015-12-01--cyber  crime!") == "2015-12-01-cyber-crime");
  annals::Timeline t = Sample();
  t.events[0].id = "2015-12-01-Dialogue";
  t.events[1].id = "2015-12-01-dialogue";
  annals::PrepareFresh(&t);
  std::vector<std::string> ids;
  for (const auto& e : t.events) ids.push_back(e.id);
  CHECK(ids == std::vector<std::string>{"2015-09-state-visit", "2015-12-01-dialogue",
                                        "2015-12-01-dialogue-2"});
}
