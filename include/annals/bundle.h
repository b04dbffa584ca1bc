// Files shipped inside the annals binary: language data (data/...), the
// default templates (templates/...) and the timeline JSON Schema (schema/...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals {

struct BundledFile {
  std::string_view path;  // relative to the source tree, e.g. "data/en/months.tsv"
  std::string_view contents;
};

// Every bundled file, sorted by path. Generated at build time.
const std::vector<BundledFile>& BundledFiles();

// Reads the resource `path` (e.g. "data/en/months.tsv"). When the environment
// variable ANNALS_HOME names a directory holding `path`, that file wins, so
// users can edit the language data without rebuilding; otherwise the bundled
// copy is used. `origin` receives the name to use in error messages.
bool ReadResource(std::string_view path, std::string* contents, std::string* origin,
                  std::string* err);

// Reads a whole file from disk. Fails with "FILE: reason" in `err`.
bool ReadFile(const std::string& path, std::string* contents, std::string* err);

}  // namespace annals
