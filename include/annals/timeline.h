// The YAML timeline, format 1 (docs/timeline-format.md): reading with
// line/column diagnostics, deterministic writing, checking, and rebuilding
// into an existing file without losing a person's edits.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/entry.h"

namespace annals {

struct Timeline {
  int format = 1;
  std::string title;
  std::array<std::string, 2> pair;
  std::vector<Entry> events;
  std::vector<std::string> dismissed;  // ids a person deleted: never added again
};

// Parses a timeline from `text` (named `file` in diagnostics). Appends every
// problem found to `diagnostics`; returns false if any is an error.
bool ParseTimeline(const std::string& file, const std::string& text, Timeline* out,
                   std::vector<Diagnostic>* diagnostics);

// Reads and parses `file`.
bool LoadTimeline(const std::string& file, Timeline* out, std::vector<Diagnostic>* diagnostics);

// Format 1 as YAML text: sorted by date then id, block style, deterministic.
std::string FormatTimeline(const Timeline& timeline);

// Writes `timeline` to `file` atomically (temporary file, then rename),
// keeping the previous version as `file` + backup_suffix when not empty.
bool SaveTimeline(const std::string& file, const Timeline& timeline,
                  const std::string& backup_suffix, std::string* err);

// Folds freshly built entries into an existing timeline: new events and new
// sources of known events are added; edited, hand-made and dismissed entries
// are kept as the person left them.
void MergeInto(Timeline* existing, const Timeline& fresh);

// Sorts by date then id and makes ids unique.
void Normalize(Timeline* timeline);

// Country name for an alpha-3 code, from data/en/countries.tsv ("" if unknown).
std::string CountryName(const std::string& code);

}  // namespace annals
