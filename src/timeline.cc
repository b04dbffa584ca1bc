#include "annals/timeline.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <system_error>
#include <thread>
#include <utility>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"
#include "atomic_file.h"
#include "timeline_check.h"
#include "yaml_tree.h"
#include "yaml_writer.h"

namespace annals {

namespace {

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

bool IsBlank(const std::string& line) { return line.find_first_not_of(' ') == std::string::npos; }

// A block scalar with "keep" chomping (|+, >+, |2+, ...) takes the blank
// lines after it into its value, so what follows it matters.
bool HasKeepChomping(const std::string& text) {
  for (size_t at = text.find('+'); at != std::string::npos; at = text.find('+', at + 1)) {
    size_t back = at;
    while (back > 0 && std::isdigit(static_cast<unsigned char>(text[back - 1]))) --back;
    if (back > 0 && (text[back - 1] == '|' || text[back - 1] == '>')) return true;
  }
  return false;
}

bool IsComment(const std::string& line) {
  size_t first = line.find_first_not_of(' ');
  return first != std::string::npos && line[first] == '#';
}

// Moves a written entry to the canonical "  - " column; false when its lines
// cannot all move (a line indented less than the entry's own dash).
bool Reindent(const std::vector<std::string>& lines, size_t begin, size_t end, int shift,
              std::string* out) {
  for (size_t i = begin; i < end; ++i) {
    const std::string& line = lines[i];
    if (IsBlank(line)) {
      *out += '\n';
      continue;
    }
    if (shift >= 0) {
      *out += std::string(static_cast<size_t>(shift), ' ') + line + '\n';
      continue;
    }
    size_t spaces = line.find_first_not_of(' ');
    if (spaces >= static_cast<size_t>(-shift)) {
      *out += line.substr(static_cast<size_t>(-shift)) + '\n';
    } else if (IsComment(line)) {
      *out += line.substr(spaces) + '\n';
    } else {
      return false;
    }
  }
  return true;
}

// Remembers the written text of the header and of each entry so that a
// rebuild re-emits them as the person left them: comments, quoting, order of
// keys. Only block layouts are kept this way; anything else is re-emitted in
// the canonical layout (same content, comments lost).
void CaptureOriginalText(const std::string& text, const YamlNode& root, Timeline* timeline) {
  const YamlNode* events_key = nullptr;
  const YamlNode* events = nullptr;
  for (const auto& [key, value] : root.entries) {
    if (key.value == "events") {
      events_key = &key;
      events = &value;
    }
  }
  if (!events_key || root.flow) return;
  std::vector<std::string> lines = SplitLines(text);
  size_t events_line = static_cast<size_t>(events_key->line);  // 1-based
  bool header_ok = true;
  size_t end_line = lines.size() + 1;  // first top-level line after the entries
  for (const auto& [key, value] : root.entries) {
    size_t line = static_cast<size_t>(key.line);
    if (line < events_line && key.value != "annals" && key.value != "title" &&
        key.value != "pair") {
      header_ok = false;
    }
    if (line > events_line) end_line = std::min(end_line, line);
  }
  if (header_ok && events_key->column == 1) {
    OriginalHeaderText& header = timeline->original_header;
    header.format = timeline->format;
    header.title = timeline->title;
    header.pair = timeline->pair;
    for (size_t i = 0; i + 1 < events_line; ++i) header.text += lines[i] + '\n';
    header.verify = HasKeepChomping(header.text);
    timeline->has_original_header = true;
  }
  if (events->kind != YamlNode::Kind::kSequence || events->flow) return;
  const std::vector<YamlNode>& items = events->items;
  if (items.size() != timeline->events.size()) return;
  std::vector<size_t> starts, dashes;
  for (const YamlNode& item : items) {
    size_t line = static_cast<size_t>(item.line);
    if (item.kind != YamlNode::Kind::kMap || item.flow || line <= events_line ||
        line > lines.size() || (!starts.empty() && line <= starts.back())) {
      return;
    }
    // The item's first key follows "- " on the same line.
    std::string before = lines[line - 1].substr(0, static_cast<size_t>(item.column - 1));
    size_t dash = before.find_first_not_of(' ');
    if (dash == std::string::npos || before[dash] != '-' ||
        before.find_first_not_of(' ', dash + 1) != std::string::npos) {
      return;
    }
    starts.push_back(line);
    dashes.push_back(dash);
  }
  // Comment lines right above an entry belong to it.
  std::vector<size_t> begins = starts;
  for (size_t i = 0; i < begins.size(); ++i) {
    size_t floor = i == 0 ? events_line : starts[i - 1];
    while (begins[i] - 1 > floor && IsComment(lines[begins[i] - 2])) --begins[i];
  }
  for (size_t i = 0; i < items.size(); ++i) {
    size_t begin = begins[i] - 1;  // 0-based
    size_t end = (i + 1 < items.size() ? begins[i + 1] : end_line) - 1;
    while (end > begin && IsBlank(lines[end - 1])) --end;
    if (i + 1 == items.size()) {
      // Comments at the left margin after the last entry are about what follows.
      while (end > begin + 1 &&
             (IsBlank(lines[end - 1]) || (IsComment(lines[end - 1]) && lines[end - 1][0] == '#'))) {
        --end;
      }
    }
    std::string entry_text;
    if (!Reindent(lines, begin, end, 2 - static_cast<int>(dashes[i]), &entry_text)) continue;
    const Entry& entry = timeline->events[i];
    bool verify = dashes[i] != 2 || HasKeepChomping(entry_text);
    timeline->original_entries[entry.id] = OriginalEntryText{entry, std::move(entry_text), verify};
  }
}

// One item of an entry's `sources:` list, in the canonical layout.
void WriteSource(const Source& s, std::string* out) {
  bool first = true;
  auto source_field = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    if (first) {
      *out += "      - ";
      WriteKeyValue(out, 8, key, value, 80, true);
      first = false;
    } else {
      WriteKeyValue(out, 8, key, value);
    }
  };
  source_field("file", s.file);
  source_field("published", s.published);
  source_field("outlet", s.outlet);
  source_field("url", s.url);
  source_field("phrase", s.phrase);
  source_field("quote", s.quote);
  if (first) *out += "      - {}\n";
}

size_t Indentation(const std::string& line) {
  size_t spaces = line.find_first_not_of(' ');
  return spaces == std::string::npos ? line.size() : spaces;
}

// A line "    KEY:" (the entry's own column), maybe with a trailing comment.
bool IsEntryKeyLine(const std::string& line, const std::string& key) {
  if (line.compare(0, 4 + key.size() + 1, "    " + key + ":") != 0) return false;
  size_t rest = line.find_first_not_of(' ', 4 + key.size() + 1);
  return rest == std::string::npos || line[rest] == '#';
}

// A rebuild that only adds sources to an entry annals owns keeps the entry's
// text (comments, quoting, key order): the new items go after the last line
// of its `sources:` list and the `generated:` digest is replaced. The result
// must read back as exactly `e`, or the caller writes the entry afresh.
bool SpliceNewSources(const OriginalEntryText& original, const Entry& e, std::string* out) {
  const Entry& was = original.parsed;
  if (e.sources.size() <= was.sources.size() || e.generated.empty()) return false;
  Entry probe = e;
  probe.sources.resize(was.sources.size());
  probe.generated = was.generated;
  if (!(probe == was)) return false;
  std::vector<std::string> lines = SplitLines(original.text);
  size_t sources = lines.size(), generated = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsEntryKeyLine(lines[i], "sources") && sources == lines.size()) sources = i;
    if (lines[i].compare(0, 15, "    generated: ") == 0) generated = i;
  }
  if (sources == lines.size() || generated == lines.size()) return false;
  // The list runs on while lines are indented deeper than its key (comments
  // and blank lines in between go with it).
  size_t last = sources;
  for (size_t i = sources + 1; i < lines.size(); ++i) {
    if (IsBlank(lines[i]) || IsComment(lines[i])) continue;
    if (Indentation(lines[i]) <= 4) break;
    last = i;
  }
  std::string added;
  for (size_t i = was.sources.size(); i < e.sources.size(); ++i) WriteSource(e.sources[i], &added);
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == generated) {
      WriteKeyValue(&text, 4, "generated", e.generated);
    } else {
      text += lines[i] + '\n';
    }
    if (i == last) text += added;
  }
  static const std::set<std::string> kAnyCode;
  CheckOptions options;
  options.country_codes = &kAnyCode;
  Timeline back;
  std::vector<Diagnostic> ignored;
  if (!ParseTimeline("", "annals: 1\ntitle: t\npair: [AAA, BBB]\nevents:\n" + text, &back, &ignored,
                     options) ||
      back.events.size() != 1 || !(back.events[0] == e)) {
    return false;
  }
  *out += text;
  return true;
}

// An entry is written as its head (through "sources:"), its sources, and
// its tail, so that a long list of sources can be split between threads.
void WriteEntryHead(const Entry& e, std::string* out) {
  *out += "  - ";
  WriteKeyValue(out, 4, "id", e.id, 80, true);
  auto field = [&](const char* key, const std::string& value) {
    if (!value.empty()) WriteKeyValue(out, 4, key, value);
  };
  field("date", e.date);
  field("qualifier", e.qualifier);
  field("status", e.status);
  field("type", e.type);
  field("cameo", e.cameo);
  field("title", e.title);
  if (!e.actors.empty()) WriteFlowList(out, 4, "actors", e.actors);
  if (!e.people.empty()) WriteFlowList(out, 4, "people", e.people);
  field("place", e.place);
  if (!e.sources.empty()) *out += "    sources:\n";
}

void WriteEntryTail(const Entry& e, std::string* out) {
  if (!e.notes.empty()) {
    *out += "    notes:\n";
    for (const std::string& note : e.notes) *out += "      - " + ScalarText(note, false) + '\n';
  }
  if (e.edited) *out += "    edited: true\n";
  if (!e.generated.empty()) WriteKeyValue(out, 4, "generated", e.generated);
}

void WriteEntry(const Entry& e, std::string* out) {
  WriteEntryHead(e, out);
  for (const Source& s : e.sources) WriteSource(s, out);
  WriteEntryTail(e, out);
}

void WriteIdList(const char* key, const std::vector<std::string>& ids, std::string* out) {
  if (ids.empty()) return;
  *out += '\n';
  *out += key;
  *out += ":\n";
  for (const std::string& id : ids) *out += "  - " + ScalarText(id, false) + '\n';
}

// `*verify` tells whether text kept from the file needs reading back: text
// kept at its own indentation, whole entries at a time, means the same as
// it did in the file it came from.
// A fresh timeline's entries are each written on their own (no text kept
// from a file): with `jobs` > 1 and enough of them, a helper thread writes
// the second half into a string of its own while this one writes the first,
// and the halves are joined. The text is the same byte for byte. Halves are
// counted in entries and sources together (a source is most of an entry's
// text, and one entry may have thousands): the cut may fall inside an
// entry's list of sources.
constexpr size_t kPartsForHelper = 512;

struct Cut {
  size_t entry = 0;   // the entry the cut falls in
  size_t source = 0;  // its sources from here on go to the second half
};

// Where the entries and sources of `events` divide into two halves; false
// when there are too few to be worth a thread.
bool HalfWay(const std::vector<Entry>& events, Cut* cut) {
  size_t parts = 0;
  for (const Entry& e : events) parts += 1 + e.sources.size();
  if (parts < kPartsForHelper) return false;
  size_t half = parts / 2, before = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    size_t here = 1 + events[i].sources.size();
    if (before + here > half) {
      cut->entry = i;
      cut->source = std::min(half - before, events[i].sources.size());
      return true;
    }
    before += here;
  }
  return false;
}

std::string Format(const Timeline& t, bool reuse, bool* verify, unsigned jobs = 1) {
  std::string out;
  *verify = false;
  const OriginalHeaderText& header = t.original_header;
  if (reuse && t.has_original_header && header.format == t.format && header.title == t.title &&
      header.pair == t.pair) {
    out += header.text;
    *verify = *verify || header.verify;
  } else {
    out += std::string("# yaml-language-server: $schema=") + kDefaultSchemaRef + '\n';
    out += "annals: " + std::to_string(t.format) + '\n';
    WriteKeyValue(&out, 0, "title", t.title);
    WriteFlowList(&out, 0, "pair", {t.pair[0], t.pair[1]});
  }
  out += t.events.empty() ? "events: []\n" : "events:\n";
  size_t own_end = t.events.size();
  Cut cut;
  std::string second_half;
  // Joined on the way out, also when writing this thread's half throws.
  struct Helper {
    std::thread thread;
    ~Helper() {
      if (thread.joinable()) thread.join();
    }
  } helper;
  if (jobs > 1 && (!reuse || t.original_entries.empty()) && HalfWay(t.events, &cut)) {
    try {
      helper.thread = std::thread([&t, cut, &second_half] {
        const std::vector<Source>& sources = t.events[cut.entry].sources;
        for (size_t k = cut.source; k < sources.size(); ++k) WriteSource(sources[k], &second_half);
        WriteEntryTail(t.events[cut.entry], &second_half);
        for (size_t i = cut.entry + 1; i < t.events.size(); ++i) {
          second_half += '\n';
          WriteEntry(t.events[i], &second_half);
        }
      });
      own_end = cut.entry;
    } catch (const std::system_error&) {
      // No thread to be had: all written here.
    }
  }
  for (size_t i = 0; i < own_end; ++i) {
    const Entry& e = t.events[i];
    if (i > 0) out += '\n';
    auto it = reuse ? t.original_entries.find(e.id) : t.original_entries.end();
    if (it != t.original_entries.end() && it->second.parsed == e) {
      out += it->second.text;
      *verify = *verify || it->second.verify;
    } else if (it != t.original_entries.end() && SpliceNewSources(it->second, e, &out)) {
      *verify = *verify || it->second.verify;
    } else {
      WriteEntry(e, &out);
    }
  }
  if (helper.thread.joinable()) {
    // This thread's part of the entry the cut falls in.
    const Entry& e = t.events[cut.entry];
    if (cut.entry > 0) out += '\n';
    WriteEntryHead(e, &out);
    for (size_t k = 0; k < cut.source; ++k) WriteSource(e.sources[k], &out);
    helper.thread.join();
    out += second_half;
  }
  WriteIdList("dismissed", t.dismissed, &out);
  WriteIdList("history", t.history, &out);
  return out;
}

bool SameContent(const Timeline& a, const Timeline& b) {
  return a.format == b.format && a.title == b.title && a.pair == b.pair && a.events == b.events &&
         a.dismissed == b.dismissed && a.history == b.history;
}

void AppendFnv(std::string_view text, uint64_t* hash) {
  for (char c : text) {
    *hash ^= static_cast<unsigned char>(c);
    *hash *= 1099511628211ull;
  }
  // A separator no text holds keeps "ab","c" apart from "a","bc".
  *hash ^= 0x1f;
  *hash *= 1099511628211ull;
}

}  // namespace

const std::vector<std::string>& TimelineQualifiers() {
  static const std::vector<std::string> words = {"early", "mid",    "late",
                                                 "about", "before", "after"};
  return words;
}

const std::vector<std::string>& TimelineStatuses() {
  static const std::vector<std::string> words = {"held", "planned", "cancelled", "reported"};
  return words;
}

const std::vector<std::string>& TimelineTypes() {
  // One vocabulary for the assembler, the checker and the schema: the types
  // listed in data/en/event_types.tsv, in file order.
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    std::string contents, origin, err;
    std::vector<TsvRow> rows;
    Diagnostic error;
    if (ReadResource("data/en/event_types.tsv", &contents, &origin, &err) &&
        ParseTsv(origin, contents, 3, 3, &rows, &error)) {
      for (const TsvRow& row : rows) out.push_back(row.fields[0]);
    }
    if (std::find(out.begin(), out.end(), "other") == out.end()) out.push_back("other");
    return out;
  }();
  return words;
}

bool ParseTimeline(const std::string& file, const std::string& text, Timeline* out,
                   std::vector<Diagnostic>* diagnostics, const CheckOptions& options) {
  *out = Timeline{};
  size_t before = diagnostics->size();
  YamlNode root;
  if (!ReadYamlTree(file, text, &root, diagnostics)) return false;
  const std::set<std::string>& codes =
      options.country_codes ? *options.country_codes : CountryCodes();
  CheckTimelineTree(file, root, codes, out, diagnostics);
  // In file order, as an editor lists them.
  std::stable_sort(diagnostics->begin() + static_cast<long>(before), diagnostics->end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                   });
  std::vector<Diagnostic> mine(diagnostics->begin() + static_cast<long>(before),
                               diagnostics->end());
  if (HasErrors(mine)) return false;
  CaptureOriginalText(text, root, out);
  return true;
}

bool LoadTimeline(const std::string& file, Timeline* out, std::vector<Diagnostic>* diagnostics,
                  const CheckOptions& options) {
  std::string text, err;
  if (!ReadFile(file, &text, &err)) {
    std::string reason = err.rfind(file + ": ", 0) == 0 ? err.substr(file.size() + 2) : err;
    diagnostics->push_back(Diagnostic{file, 0, 0, Severity::kError, reason});
    return false;
  }
  return ParseTimeline(file, text, out, diagnostics, options);
}

std::string FormatTimelineCanonical(const Timeline& timeline) {
  bool verify = false;
  return Format(timeline, false, &verify);
}

std::string FormatTimeline(const Timeline& timeline) { return FormatTimeline(timeline, 1); }

std::string FormatTimeline(const Timeline& timeline, unsigned jobs) {
  bool verify = false;
  std::string text = Format(timeline, true, &verify, jobs);
  if (!verify) return text;
  // Text kept from the file is trusted only when it reads back as the same
  // timeline; otherwise everything is written in the canonical layout.
  static const std::set<std::string> kAnyCode;
  CheckOptions options;
  options.country_codes = &kAnyCode;
  Timeline back;
  std::vector<Diagnostic> ignored;
  if (ParseTimeline("", text, &back, &ignored, options) && SameContent(back, timeline)) {
    return text;
  }
  return Format(timeline, false, &verify);
}

std::string EntryDigest(const Entry& e) {
  uint64_t hash = 14695981039346656037ull;
  for (const std::string* field :
       {&e.id, &e.date, &e.qualifier, &e.status, &e.type, &e.cameo, &e.title, &e.place}) {
    AppendFnv(*field, &hash);
  }
  for (const std::vector<std::string>* list : {&e.actors, &e.people, &e.notes}) {
    for (const std::string& item : *list) AppendFnv(item, &hash);
    AppendFnv("\x1e", &hash);
  }
  for (const Source& s : e.sources) {
    for (const std::string* field :
         {&s.file, &s.published, &s.outlet, &s.url, &s.phrase, &s.quote}) {
      AppendFnv(*field, &hash);
    }
    AppendFnv("\x1d", &hash);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

bool IsHandEdited(const Entry& entry) {
  return entry.edited || entry.generated.empty() || EntryDigest(entry) != entry.generated;
}

bool SaveTimeline(const std::string& file, const Timeline& timeline,
                  const std::string& backup_suffix, std::string* err) {
  return WriteFileAtomically(file, FormatTimeline(timeline), backup_suffix, err);
}

void Normalize(Timeline* timeline) {
  std::vector<std::pair<DateValue, size_t>> keys;
  keys.reserve(timeline->events.size());
  for (size_t i = 0; i < timeline->events.size(); ++i) {
    DateValue v;
    std::string err;
    ParseDateValue(timeline->events[i].date, &v, &err);
    keys.emplace_back(v, i);
  }
  std::vector<Entry>& events = timeline->events;
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    if (DateValueLess(a.first, b.first)) return true;
    if (DateValueLess(b.first, a.first)) return false;
    return events[a.second].id < events[b.second].id;
  });
  std::vector<Entry> sorted;
  sorted.reserve(events.size());
  for (const auto& key : keys) sorted.push_back(std::move(events[key.second]));
  events = std::move(sorted);
  std::set<std::string> seen;
  // Numbering resumes where it stopped for each id: suffixes tried once stay
  // taken, and many entries sharing one slug would otherwise cost n² lookups.
  std::map<std::string, int> next_suffix;
  for (Entry& e : events) {
    std::string id = e.id.empty() ? "entry" : e.id;
    std::string base = id;
    int& n = next_suffix.try_emplace(base, 2).first->second;
    for (; seen.count(id); ++n) id = base + "-" + std::to_string(n);
    e.id = id;
    seen.insert(id);
  }
}

std::string SlugId(std::string_view text) {
  std::string slug;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

void PrepareFresh(Timeline* fresh) {
  for (Entry& e : fresh->events) {
    // Required by check: a timeline annals writes must pass it on the next rebuild.
    if (e.type.empty()) e.type = "other";
    if (e.status.empty()) e.status = "reported";
    if (e.title.empty()) e.title = e.type;
    e.id = SlugId(e.id);
    if (e.id.empty()) e.id = SlugId(e.date + "-" + e.type);
  }
  Normalize(fresh);
  fresh->history.clear();
  for (Entry& e : fresh->events) {
    e.edited = false;
    e.generated = EntryDigest(e);
    fresh->history.push_back(e.id);
  }
  std::sort(fresh->history.begin(), fresh->history.end());
}

namespace {

const std::map<std::string, std::string>& CountryTable() {
  static const std::map<std::string, std::string> names = [] {
    std::map<std::string, std::string> table;
    // Actors may be organisations (UN, EU, ...) as well as countries.
    for (const char* path : {"data/en/countries.tsv", "data/en/organizations.tsv"}) {
      std::string contents, origin, err;
      std::vector<TsvRow> rows;
      Diagnostic error;
      if (ReadResource(path, &contents, &origin, &err) &&
          ParseTsv(origin, contents, 2, 16, &rows, &error)) {
        for (const TsvRow& row : rows) table.emplace(row.fields[0], row.fields[1]);
      }
    }
    return table;
  }();
  return names;
}

}  // namespace

std::string CountryName(const std::string& code) {
  auto it = CountryTable().find(code);
  return it == CountryTable().end() ? "" : it->second;
}

const std::set<std::string>& CountryCodes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const auto& [code, name] : CountryTable()) out.insert(code);
    return out;
  }();
  return codes;
}

bool WriteBuiltTimeline(const Timeline& fresh, const WriteOptions& options,
                        std::vector<Diagnostic>* diagnostics, MergeSummary* summary,
                        size_t* entries_written) {
  Timeline copy = fresh;
  return WriteBuiltTimeline(std::move(copy), options, diagnostics, summary, entries_written);
}

bool WriteBuiltTimeline(Timeline&& fresh, const WriteOptions& options,
                        std::vector<Diagnostic>* diagnostics, MergeSummary* summary,
                        size_t* entries_written) {
  *summary = MergeSummary{};
  const std::string& file = options.file;
  Timeline prepared = std::move(fresh);
  PrepareFresh(&prepared);
  struct stat info {};
  bool exists = ::stat(file.c_str(), &info) == 0;
  // The timeline is read before it is replaced: a FIFO would block that read
  // and a device never end it, and neither could be replaced atomically.
  if (exists && !S_ISREG(info.st_mode)) {
    diagnostics->push_back(Diagnostic{
        "", 0, 0, Severity::kError,
        file + ": not a regular file; not " + (options.into ? "rebuilt" : "overwritten")});
    return false;
  }
  Timeline result;
  std::string previous;
  if (options.into) {
    if (!exists) {
      diagnostics->push_back(
          Diagnostic{file, 0, 0, Severity::kError,
                     "no timeline to rebuild into (create one with -o " + file + ")"});
      return false;
    }
    std::string err;
    if (!ReadFile(file, &previous, &err)) {
      diagnostics->push_back(Diagnostic{"", 0, 0, Severity::kError, err});  // err names the file
      return false;
    }
    if (!ParseTimeline(file, previous, &result, diagnostics)) {
      diagnostics->push_back(Diagnostic{
          file, 0, 0, Severity::kError,
          "not rebuilt: the timeline does not pass 'annals check' (fix the errors above)"});
      return false;
    }
    *summary = MergeInto(&result, prepared);
  } else {
    if (exists) {
      Timeline old;
      std::string err;
      if (!ReadFile(file, &previous, &err)) {
        diagnostics->push_back(
            Diagnostic{"", 0, 0, Severity::kError, err + "; not overwritten (write elsewhere)"});
        return false;
      }
      if (!ParseTimeline(file, previous, &old, diagnostics)) {
        diagnostics->push_back(Diagnostic{
            file, 0, 0, Severity::kError,
            "not overwritten: the file there does not pass 'annals check' (fix it, move it, "
            "or write elsewhere)"});
        return false;
      }
      size_t owned =
          static_cast<size_t>(std::count_if(old.events.begin(), old.events.end(), IsHandEdited));
      if (owned > 0 && options.backup_suffix.empty()) {
        diagnostics->push_back(Diagnostic{
            file, 0, 0, Severity::kError,
            "not overwritten: it holds " + std::to_string(owned) +
                " edited entries and no backup would be kept; rebuild with --into to keep "
                "them"});
        return false;
      }
      if (owned > 0) {
        diagnostics->push_back(Diagnostic{file, 0, 0, Severity::kWarning,
                                          "replaced a timeline holding " + std::to_string(owned) +
                                              " edited entries (the old file is " + file +
                                              options.backup_suffix + "); --into keeps edits"});
      }
    }
    result = std::move(prepared);
    summary->added = result.events.size();
  }
  *entries_written = result.events.size();
  std::string text = FormatTimeline(result, options.jobs);
  // Nothing new: leave the file, its time stamp and the backup alone.
  if (exists && text == previous) return true;
  std::string err;
  if (!WriteFileAtomically(file, text, options.backup_suffix, &err)) {
    diagnostics->push_back(Diagnostic{"", 0, 0, Severity::kError, err});
    return false;
  }
  return true;
}

}  // namespace annals
