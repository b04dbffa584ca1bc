#include "annals/diagnostic.h"

#include <catch2/catch.hpp>

using annals::Diagnostic;
using annals::Severity;

TEST_CASE("diagnostics print as file:line:col: severity: message", "[diagnostic]") {
  CHECK(Diagnostic{"a.yaml", 3, 7, Severity::kError, "bad"}.ToString() == "a.yaml:3:7: error: bad");
  CHECK(Diagnostic{"a.yaml", 3, 0, Severity::kWarning, "odd"}.ToString() ==
        "a.yaml:3: warning: odd");
  CHECK(Diagnostic{"a.yaml", 0, 0, Severity::kError, "missing"}.ToString() ==
        "a.yaml: error: missing");
  CHECK(Diagnostic{"", 0, 0, Severity::kNote, "hi"}.ToString() == "note: hi");
}

TEST_CASE("offsets become 1-based lines and columns", "[diagnostic]") {
  std::string_view text = "ab\ncde\n\nf";
  CHECK(annals::LocateOffset(text, 0).line == 1);
  CHECK(annals::LocateOffset(text, 0).column == 1);
  CHECK(annals::LocateOffset(text, 4).line == 2);
  CHECK(annals::LocateOffset(text, 4).column == 2);
  CHECK(annals::LocateOffset(text, 8).line == 4);
  CHECK(annals::LocateOffset(text, 100).line == 4);
}

TEST_CASE("HasErrors ignores warnings", "[diagnostic]") {
  CHECK_FALSE(annals::HasErrors({{"f", 1, 1, Severity::kWarning, "w"}}));
  CHECK(annals::HasErrors(
      {{"f", 1, 1, Severity::kWarning, "w"}, {"f", 2, 1, Severity::kError, "e"}}));
}
