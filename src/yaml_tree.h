// A YAML document read into a small tree that remembers where every key and
// value was written. Unlike YAML::Load it keeps duplicate keys (so they can be
// reported), never expands aliases (so an alias bomb costs nothing), and
// rejects binary junk before yaml-cpp sees it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "annals/diagnostic.h"

namespace annals {

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };
  Kind kind = Kind::kNull;
  int line = 0;                 // 1-based
  int column = 0;               // 1-based
  std::string value;            // for scalars
  bool quoted = false;          // scalar written in quotes or as a block scalar
  bool flow = false;            // [a, b] or {a: b}
  std::vector<YamlNode> items;  // sequence
  std::vector<std::pair<YamlNode, YamlNode>> entries;  // map, in written order
};

// Reads one YAML document from `text`. Errors (syntax, aliases, tabs in
// indentation, invalid UTF-8, control bytes, a second document) go to
// `diagnostics` as "file:line:col" errors; returns false on any error.
// An empty document gives a kNull root.
bool ReadYamlTree(const std::string& file, const std::string& text, YamlNode* root,
                  std::vector<Diagnostic>* diagnostics);

// "a mapping", "a list", "text", "nothing": for messages about wrong shapes.
const char* DescribeKind(const YamlNode& node);

}  // namespace annals
