// The YAML timeline, format 1 (docs/timeline-format.md): reading with
// line/column diagnostics, deterministic writing, checking, and rebuilding
// into an existing file without losing a person's edits.
#pragma once

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/entry.h"

namespace annals {

// The text a file held for part of a timeline, re-emitted as written (with
// its comments and layout) as long as the part is unchanged.
struct OriginalEntryText {
  Entry parsed;         // the entry as read; the text is used only while equal
  std::string text;     // its lines, re-indented to the canonical "  - " column
  bool verify = false;  // moved, or ends in a block scalar keeping trailing lines:
                        // FormatTimeline reads the result back before trusting it
};
struct OriginalHeaderText {
  int format = 1;
  std::string title;
  std::array<std::string, 2> pair;
  std::string text;  // every line before "events:"
  bool verify = false;
};

struct Timeline {
  int format = 1;
  std::string title;
  std::array<std::string, 2> pair;
  std::vector<Entry> events;
  std::vector<std::string> dismissed;  // ids a person deleted: never added again
  std::vector<std::string> history;    // every id annals has generated into this file

  // Filled by ParseTimeline so that FormatTimeline keeps comments and layout.
  std::map<std::string, OriginalEntryText> original_entries;  // by id
  OriginalHeaderText original_header;
  bool has_original_header = false;
};

// What `annals check` knows beyond the file. Tests may replace the country
// codes; by default they come from data/en/countries.tsv.
struct CheckOptions {
  const std::set<std::string>* country_codes = nullptr;  // nullptr: the bundled table
};

// Parses and checks a timeline from `text` (named `file` in diagnostics):
// syntax, shapes, unknown keys, dates, vocabularies, ids, country codes.
// Appends every problem found to `diagnostics`; returns false if any is an
// error (`out` then holds what could be read).
bool ParseTimeline(const std::string& file, const std::string& text, Timeline* out,
                   std::vector<Diagnostic>* diagnostics, const CheckOptions& options = {});

// Reads and parses `file`.
bool LoadTimeline(const std::string& file, Timeline* out, std::vector<Diagnostic>* diagnostics,
                  const CheckOptions& options = {});

// Format 1 as YAML text: sorted as given (see Normalize), block style, quotes
// only where YAML needs them, UTF-8 as is, long text folded. Entries and the
// header that are unchanged since ParseTimeline are written as they were read.
std::string FormatTimeline(const Timeline& timeline);
// The same text; with `jobs` > 1 a long fresh timeline's entries are written
// on two threads.
std::string FormatTimeline(const Timeline& timeline, unsigned jobs);

// The same without reusing any original text.
std::string FormatTimelineCanonical(const Timeline& timeline);

// The vocabularies of format 1, in documented order.
const std::vector<std::string>& TimelineQualifiers();
const std::vector<std::string>& TimelineStatuses();
// Event types: those of data/en/event_types.tsv, which the assembler uses too.
const std::vector<std::string>& TimelineTypes();

// The "$schema" written on the first line of new timelines.
inline constexpr const char* kDefaultSchemaRef = "../schema/timeline.schema.json";

// A digest of what an entry says (every field but `edited` and `generated`),
// stored as `generated:` so a rebuild can tell a hand-changed entry.
std::string EntryDigest(const Entry& entry);

// True when a person owns the entry: marked `edited: true`, written by hand
// (no `generated:` digest), or changed since annals generated it.
bool IsHandEdited(const Entry& entry);

// Writes `timeline` to `file` atomically (temporary file, fsync, rename),
// keeping the previous version as `file` + backup_suffix when not empty.
bool SaveTimeline(const std::string& file, const Timeline& timeline,
                  const std::string& backup_suffix, std::string* err);

// What MergeInto did.
struct MergeSummary {
  size_t added = 0;              // new events
  size_t updated = 0;            // known events that gained sources
  size_t kept_edited = 0;        // fresh matches of entries a person owns, left alone
  size_t dismissed = 0;          // deletions noticed in this rebuild
  size_t skipped_dismissed = 0;  // fresh events on the dismissed list
};

// Folds freshly built entries into an existing timeline: new events and new
// sources of known events are added; edited, hand-made and dismissed entries
// are kept as the person left them; entries deleted since the last build go
// on `dismissed`. A fresh entry matches an existing one by id, or else by
// being the same event (overlapping dates, same type, same actors).
MergeSummary MergeInto(Timeline* existing, const Timeline& fresh);

// `text` as an id: lowercase ASCII letters and digits, runs of anything
// else as one '-' ("2016-W04 Visit" gives "2016-w04-visit").
std::string SlugId(std::string_view text);

// Prepares a freshly built timeline for writing: ids made slugs and unique,
// required fields filled (type "other", status "reported", the type as
// title), sorted, digests, history.
void PrepareFresh(Timeline* fresh);

// Sorts by date then id and makes ids unique.
void Normalize(Timeline* timeline);

// Country name for an alpha-3 code, from data/en/countries.tsv ("" if unknown).
std::string CountryName(const std::string& code);

// Every code in data/en/countries.tsv and organizations.tsv (empty if missing).
const std::set<std::string>& CountryCodes();

struct WriteOptions {
  std::string file;                 // the timeline to write
  bool into = false;                // rebuild into `file`, keeping hand edits
  std::string backup_suffix = "~";  // previous version kept as file + suffix; "" for none
  unsigned jobs = 1;                // threads the writing may use (build's --jobs)
};

// The writing half of `annals build`: with `into`, loads and checks `file` and
// merges `fresh` into it; otherwise writes `fresh`, but only over a file that
// passes `check` (a timeline is never clobbered by mistake). Errors, including
// the check's messages, go to `diagnostics`.
bool WriteBuiltTimeline(const Timeline& fresh, const WriteOptions& options,
                        std::vector<Diagnostic>* diagnostics, MergeSummary* summary,
                        size_t* entries_written);
// The same, using up `fresh` instead of copying it: a large timeline is
// then held once, not twice, while it is written.
bool WriteBuiltTimeline(Timeline&& fresh, const WriteOptions& options,
                        std::vector<Diagnostic>* diagnostics, MergeSummary* summary,
                        size_t* entries_written);

}  // namespace annals
