#include "yaml_tree.h"

#include <catch2/catch.hpp>

TEST_CASE("keys and values carry 1-based lines and columns", "[yaml_tree]") {
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ReadYamlTree("t.yaml", "a: 1\nlist:\n  - x: \"q\"\n", &root, &diagnostics));
  REQUIRE(root.kind == annals::YamlNode::Kind::kMap);
  REQUIRE(root.entries.size() == 2);
  CHECK(root.entries[1].first.line == 2);
  CHECK(root.entries[1].first.column == 1);
  const annals::YamlNode& item = root.entries[1].second.items.at(0);
  CHECK(item.line == 3);
  CHECK(item.column == 5);
  CHECK(item.entries.at(0).second.column == 8);
  CHECK(item.entries.at(0).second.quoted);
  CHECK_FALSE(root.entries[0].second.quoted);
}

TEST_CASE("duplicate keys are kept for the checker to report", "[yaml_tree]") {
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ReadYamlTree("t.yaml", "a: 1\na: 2\n", &root, &diagnostics));
  CHECK(root.entries.size() == 2);
}

TEST_CASE("an alias is refused, not expanded", "[yaml_tree]") {
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  CHECK_FALSE(annals::ReadYamlTree("t.yaml", "a: &x [1, 2]\nb: *x\n", &root, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "t.yaml:2:4: error: an alias (*name) is not allowed in a timeline: write the value "
        "out in full");
}

TEST_CASE("an empty document reads as nothing", "[yaml_tree]") {
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  CHECK(annals::ReadYamlTree("t.yaml", "# only a comment\n", &root, &diagnostics));
  CHECK(root.kind == annals::YamlNode::Kind::kNull);
  CHECK(diagnostics.empty());
}

TEST_CASE("a NUL byte is reported where it is", "[yaml_tree]") {
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  std::string text = "a: 1\nb: x";
  text += '\0';
  CHECK_FALSE(annals::ReadYamlTree("t.yaml", text, &root, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "t.yaml:2:5: error: byte 0x00 is a control character: this is not a text timeline");
}

namespace {
// A timeline as annals writes it, with `n` entries.
std::string Canonical(int n, const std::string& extra_entry_line = "") {
  std::string text = "annals: 1\ntitle: x\npair: [CHN, USA]\nevents:\n";
  for (int i = 0; i < n; ++i) {
    if (i > 0) text += "\n";
    text += "  - id: e" + std::to_string(i) +
            "\n    date: 2015-12-01\n    title: >-\n      long text folded\n      here\n"
            "    actors: [CHN, USA]\n";
    if (i == n / 2 + 1) text += extra_entry_line;
  }
  return text + "\ndismissed:\n  - a\nhistory:\n  - e0\n";
}
}  // namespace

TEST_CASE("a large file read in halves gives the same tree and messages", "[yaml_tree]") {
  for (const std::string& extra :
       {std::string(), std::string("    title: twice\n"), std::string("    bad: [x\n"),
        std::string("    quote: \"runs on\n")}) {
    std::string text = Canonical(40, extra);
    annals::YamlNode whole, halves;
    std::vector<annals::Diagnostic> whole_diagnostics, halves_diagnostics;
    bool whole_ok = annals::ReadYamlTree("t.yaml", text, &whole, &whole_diagnostics);
    bool halves_ok = annals::ReadYamlTree("t.yaml", text, &halves, &halves_diagnostics, 0);
    INFO(extra);
    CHECK(whole_ok == halves_ok);
    CHECK(whole == halves);
    REQUIRE(whole_diagnostics.size() == halves_diagnostics.size());
    for (size_t i = 0; i < whole_diagnostics.size(); ++i) {
      CHECK(whole_diagnostics[i].ToString() == halves_diagnostics[i].ToString());
    }
  }
  annals::YamlNode root;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::ReadYamlTree("t.yaml", Canonical(40), &root, &diagnostics, 0));
  REQUIRE(root.entries.size() == 6);
  CHECK(root.entries[3].second.items.size() == 40);
  // 4 header lines, 40 entries of 6 lines and 39 blank lines between, then
  // a blank line, "dismissed:", its item, and "history:".
  CHECK(root.entries[5].first.line == 4 + 40 * 6 + 39 + 4);
}
