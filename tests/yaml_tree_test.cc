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
