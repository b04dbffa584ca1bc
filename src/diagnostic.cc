#include "annals/diagnostic.h"

namespace annals {

std::string Diagnostic::ToString() const {
  std::string s = file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  if (!s.empty()) s += ": ";
  switch (severity) {
    case Severity::kError:
      s += "error: ";
      break;
    case Severity::kWarning:
      s += "warning: ";
      break;
    case Severity::kNote:
      s += "note: ";
      break;
  }
  return s + message;
}

LineColumn LocateOffset(std::string_view text, size_t offset) {
  LineColumn where;
  if (offset > text.size()) offset = text.size();
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError) return true;
  }
  return false;
}

}  // namespace annals
