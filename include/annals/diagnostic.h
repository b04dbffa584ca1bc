// A message about a place in an input file: the currency of every error
// annals reports ("file:line:col: error: message").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals {

enum class Severity { kError, kWarning, kNote };

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the message is about the whole file
  int column = 0;  // 1-based; 0 when unknown
  Severity severity = Severity::kError;
  std::string message;

  // "file:line:col: error: message", leaving out the parts that are unknown.
  std::string ToString() const;
};

// 1-based line and column (in bytes) of `offset` in `text`.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn LocateOffset(std::string_view text, size_t offset);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace annals
