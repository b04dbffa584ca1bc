#include "yaml_writer.h"

#include <regex>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

namespace {
// What a YAML reader makes of "key: <written value>".
std::string ReadBack(const std::string& yaml) { return YAML::Load(yaml)["key"].as<std::string>(); }
}  // namespace

TEST_CASE("plain scalars stay plain, YAML-significant ones are quoted", "[yaml_writer]") {
  using annals::NeedsQuotes;
  CHECK_FALSE(NeedsQuotes("Washington", false));
  CHECK_FALSE(NeedsQuotes("2015-12-01", false));
  CHECK_FALSE(NeedsQuotes("China–United States", false));
  CHECK_FALSE(NeedsQuotes("Xi's first state visit, with Obama", false));
  CHECK(NeedsQuotes("Xi, Obama", true));
  CHECK(NeedsQuotes("046", false));
  CHECK(NeedsQuotes("2015", false));
  CHECK(NeedsQuotes("1e3", false));
  CHECK(NeedsQuotes("12:30", false));
  CHECK(NeedsQuotes("yes", false));
  CHECK(NeedsQuotes("Null", false));
  CHECK(NeedsQuotes("", false));
  CHECK(NeedsQuotes(" padded", false));
  CHECK(NeedsQuotes("note: this", false));
  CHECK(NeedsQuotes("a #tag", false));
  CHECK(NeedsQuotes("- item", false));
  CHECK(NeedsQuotes("*star", false));
  CHECK(NeedsQuotes("\"quoted\"", false));
  CHECK(NeedsQuotes("line\nbreak", false));
}

TEST_CASE("every written scalar reads back as the same string", "[yaml_writer]") {
  for (std::string value :
       {"046", "yes", "Washington", "a: b", "tab\there", "quote \" and \\ back", "über Paris",
        "line\nbreak", "- dash", "1.5", "~", "#hash", "[brackets]", "trailing:"}) {
    std::string out;
    annals::WriteKeyValue(&out, 0, "key", value);
    CHECK(ReadBack(out) == value);
  }
}

TEST_CASE("a very long number is quoted without overflowing the stack", "[yaml_writer]") {
  // The number test used to be a recursive std::regex match: 200,000 digits
  // crashed the writer.
  for (std::string value : {std::string(200000, '1'), "1." + std::string(200000, '2')}) {
    CHECK(annals::NeedsQuotes(value, false));
    std::string out;
    annals::WriteKeyValue(&out, 0, "key", value);
    CHECK(ReadBack(out) == value);
  }
}

TEST_CASE("non-ASCII text is written as UTF-8, not escaped", "[yaml_writer]") {
  std::string out;
  annals::WriteKeyValue(&out, 0, "key", "China–United States, Zürich");
  CHECK(out == "key: China–United States, Zürich\n");
}

TEST_CASE("long text is folded at spaces and reads back unchanged", "[yaml_writer]") {
  std::string quote =
      "Ministers from Beijing and Washington met here on Tuesday for a first round of talks on "
      "computer crime, and both delegations settled on common guidelines and a hotline.";
  std::string out;
  annals::WriteKeyValue(&out, 4, "quote", quote);
  CHECK(out.rfind("    quote: >-\n      Ministers from", 0) == 0);
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    CHECK(end - start <= 80);
    start = end + 1;
  }
  CHECK(YAML::Load("x:\n" + out)["x"]["quote"].as<std::string>() == quote);
}

TEST_CASE("text that folding would change is quoted instead", "[yaml_writer]") {
  std::string value(50, 'a');
  value += "  two spaces  " + std::string(50, 'b');
  std::string out;
  annals::WriteKeyValue(&out, 0, "key", value);
  CHECK(out.find(">-") == std::string::npos);
  CHECK(ReadBack(out) == value);
}

TEST_CASE("flow lists quote items holding commas", "[yaml_writer]") {
  std::string out;
  annals::WriteFlowList(&out, 4, "people", {"Xi Jinping", "Smith, John", "046"});
  CHECK(out == "    people: [Xi Jinping, \"Smith, John\", \"046\"]\n");
}

// IsYamlNumber replaced a std::regex (whose compile alone cost more than
// writing a 300-article timeline); the pattern stays here as the judge, over
// every string of up to four characters from the bytes numbers are made of.
TEST_CASE("IsYamlNumber agrees with the YAML number pattern", "[yaml_writer]") {
  const std::regex pattern(
      R"([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))");
  const std::string alphabet = "0179_.:-+eExob";
  std::vector<std::string> strings = {
      "",           ".inf",    "-.Inf",        "+.INF",     ".nan",       ".NaN", ".NAN",
      "-.nan",      ".iNf",    "0x1F_a",       "0xg",       "0o17",       "0o8",  "0b10_1",
      "0b2",        "1:59:60", "1:60",         "-12:30.5_", "1_000.0e-3", "1e",   "e3",
      "2015-12-01", "12:5:30", "190:20:30.15", "1:2:"};
  std::vector<std::string> layer = {""};
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::string> next;
    for (const std::string& s : layer) {
      for (char c : alphabet) next.push_back(s + c);
    }
    strings.insert(strings.end(), next.begin(), next.end());
    layer = std::move(next);
  }
  size_t numbers = 0;
  for (const std::string& s : strings) {
    bool expected = std::regex_match(s, pattern);
    numbers += expected;
    INFO(s);
    REQUIRE(annals::IsYamlNumber(s) == expected);
  }
  CHECK(numbers > 100);  // the alphabet does make numbers
}
