// Exports of a timeline for other tools: TimelineJS 3 JSON, CSV (RFC 4180),
// iCalendar (RFC 5545) and JSON Lines. Built in C++ with each format's own
// quoting, so no HTML escaping leaks into them.
#pragma once

#include <string>
#include <string_view>

#include "annals/json.h"
#include "annals/timeline.h"

namespace annals {

enum class ExportFormat { kTimelineJs, kCsv, kIcs, kJsonLines };

// "timelinejs", "csv", "ics", "jsonl".
bool ParseExportFormat(std::string_view name, ExportFormat* format);

// The whole export as text. Fails (naming the entry) only when an entry's
// date cannot be read, which `annals check` would also report.
bool ExportTimeline(const Timeline& timeline, ExportFormat format, std::string* out,
                    std::string* err);

// Building blocks, exposed for tests.
std::string CsvField(std::string_view text);  // quoted when it must be, formulas defused
std::string IcsText(std::string_view text);   // TEXT value escapes
std::string IcsFold(std::string_view line);   // folded at 75 octets, CRLF-terminated

}  // namespace annals
