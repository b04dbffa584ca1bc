#include "render_templates.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include "annals/bundle.h"

namespace annals {

namespace {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

constexpr char kBundledPrefix[] = "templates/default/";

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Names of the theme files in the bundled default, e.g. "timeline.mustache".
std::vector<std::string> BundledThemeFiles() {
  std::vector<std::string> names;
  for (const BundledFile& file : BundledFiles()) {
    std::string path(file.path);
    if (path.rfind(kBundledPrefix, 0) == 0)
      names.push_back(path.substr(sizeof(kBundledPrefix) - 1));
  }
  return names;
}

struct Delimiters {
  std::string open = "{{";
  std::string close = "}}";
  bool operator==(const Delimiters& other) const {
    return open == other.open && close == other.close;
  }
};

struct PartialUse {
  std::string name;
  size_t offset;      // of the tag's opening delimiter
  size_t end;         // just past the tag
  Delimiters around;  // the delimiters in force at the tag
};

constexpr size_t kMaxSectionDepth = 100;
constexpr size_t kMaxExpandedTemplate = size_t{16} << 20;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Walks the partial tags of a template ({{> name}}, or <%> name%> after
// {{=<% %>=}}), following set-delimiter tags as Mustache does. Returns the
// delimiters in force at the end of the text. Scanned by hand: std::regex
// recurses per character and a long tag overflowed the stack.
Delimiters ScanPartials(const std::string& text, std::vector<PartialUse>* uses) {
  Delimiters current;
  size_t at = text.find(current.open);
  while (at != std::string::npos) {
    size_t i = at + current.open.size();
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i < text.size() && text[i] == '=') {
      size_t stop = text.find("=" + current.close, i + 1);
      if (stop == std::string::npos) break;  // kainjow reports it; nothing to follow
      std::vector<std::string> words;
      for (size_t j = i + 1; j < stop;) {
        while (j < stop && IsSpace(text[j])) ++j;
        size_t word = j;
        while (j < stop && !IsSpace(text[j])) ++j;
        if (j > word) words.push_back(text.substr(word, j - word));
      }
      size_t next = stop + 1 + current.close.size();
      if (words.size() == 2) current = {words[0], words[1]};
      at = text.find(current.open, next);
      continue;
    }
    if (i < text.size() && text[i] == '>') {
      ++i;
      while (i < text.size() && IsSpace(text[i])) ++i;
      size_t name_begin = i;
      while (i < text.size() && !IsSpace(text[i]) &&
             text.compare(i, current.close.size(), current.close) != 0)
        ++i;
      size_t name_end = i;
      while (i < text.size() && IsSpace(text[i])) ++i;
      if (name_end > name_begin && text.compare(i, current.close.size(), current.close) == 0) {
        size_t end = i + current.close.size();
        if (uses)
          uses->push_back({text.substr(name_begin, name_end - name_begin), at, end, current});
        at = text.find(current.open, end);
        continue;
      }
    }
    at = text.find(current.open, at + 1);
  }
  return current;
}

std::vector<PartialUse> PartialUses(const std::string& text) {
  std::vector<PartialUse> uses;
  ScanPartials(text, &uses);
  return uses;
}

// A set-delimiter tag written in `in` that switches to `to`.
std::string SetDelimiters(const Delimiters& in, const Delimiters& to) {
  return in.open + "=" + to.open + " " + to.close + "=" + in.close;
}

// The offset of the first section tag ({{#name}} or {{^name}}) nested more
// than kMaxSectionDepth deep, or npos. A template that changes its
// delimiters ({{=<% %>=}}) is not followed past that point.
size_t TooDeepSection(const std::string& text) {
  size_t depth = 0;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    size_t i = at + 2;
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size()) break;
    if (text[i] == '=') break;
    if (text[i] == '#' || text[i] == '^') {
      if (++depth > kMaxSectionDepth) return at;
    } else if (text[i] == '/' && depth > 0) {
      --depth;
    }
  }
  return std::string::npos;
}

}  // namespace

Diagnostic TemplateDiagnostic(const std::string& origin, const std::string& text,
                              const std::string& message) {
  Diagnostic d{origin, 0, 0, Severity::kError, message};
  // kainjow ends its messages with " at OFFSET". (Not a std::regex: its
  // recursive matching overflowed the stack on a message quoting a long tag.)
  size_t at = message.rfind(" at ");
  size_t offset = 0;
  const char* digits = message.data() + (at == std::string::npos ? 0 : at + 4);
  const char* end = message.data() + message.size();
  auto [stop, ec] = std::from_chars(digits, end, offset);
  if (at != std::string::npos && digits != end && ec == std::errc() && stop == end) {
    LineColumn lc = LocateOffset(text, std::min(offset, text.size()));
    d.line = lc.line;
    d.column = lc.column;
    d.message = "template error: " + message.substr(0, at);
  } else {
    d.message = "template error: " + message;
  }
  return d;
}

bool Theme::Load(const std::string& dir, std::vector<Diagnostic>* diagnostics) {
  std::map<std::string, File> files;  // by file name
  for (const std::string& name : BundledThemeFiles()) {
    File file;
    std::string err;
    if (!ReadResource(kBundledPrefix + name, &file.text, &file.origin, &err)) {
      diagnostics->push_back({"", 0, 0, Severity::kError, err});
      return false;
    }
    files[name] = std::move(file);
  }
  if (!dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      diagnostics->push_back({dir, 0, 0, Severity::kError, "templates folder not found"});
      return false;
    }
    for (const fs::directory_entry& item : fs::directory_iterator(dir, ec)) {
      std::string name = item.path().filename().string();
      if (!EndsWith(name, ".mustache") && name != "style.css" && name != "script.js") continue;
      if (item.is_directory(ec)) continue;
      if (!item.is_regular_file(ec)) {
        // A FIFO would block the read and a device never end it; silently
        // using the bundled file instead would hide the mistake.
        diagnostics->push_back(
            {item.path().string(), 0, 0, Severity::kError, "not a regular file"});
        return false;
      }
      File file;
      std::string err;
      file.origin = item.path().string();
      if (!ReadFile(file.origin, &file.text, &err)) {
        diagnostics->push_back({"", 0, 0, Severity::kError, err});
        return false;
      }
      files[name] = std::move(file);
    }
    if (ec) {
      diagnostics->push_back({dir, 0, 0, Severity::kError, "cannot list: " + ec.message()});
      return false;
    }
  }
  bool ok = true;
  for (auto& [name, file] : files) {
    if (name == "style.css") {
      css_ = file.text;
    } else if (name == "script.js") {
      script_ = file.text;
    } else {
      // kainjow's memory grows with the square of the section depth (and its
      // renderer recurses): no theme nests sections this deep.
      if (size_t deep = TooDeepSection(file.text); deep != std::string::npos) {
        LineColumn lc = LocateOffset(file.text, deep);
        diagnostics->push_back({file.origin, lc.line, lc.column, Severity::kError,
                                "template error: sections nested more than " +
                                    std::to_string(kMaxSectionDepth) + " deep"});
        ok = false;
        continue;
      }
      mustache parsed(file.text);
      if (!parsed.is_valid()) {
        diagnostics->push_back(TemplateDiagnostic(file.origin, file.text, parsed.error_message()));
        ok = false;
      }
      templates_[name.substr(0, name.size() - std::string(".mustache").size())] = std::move(file);
    }
  }
  if (!ok) return false;
  // A partial that includes itself, directly or not, would recurse forever.
  std::set<std::string> done, active;
  std::function<bool(const std::string&)> visit = [&](const std::string& name) {
    if (done.count(name)) return true;
    active.insert(name);
    const File& file = templates_.at(name);
    for (const PartialUse& use : PartialUses(file.text)) {
      if (!templates_.count(use.name)) continue;  // unknown partials render as nothing
      if (active.count(use.name)) {
        LineColumn lc = LocateOffset(file.text, use.offset);
        diagnostics->push_back({file.origin, lc.line, lc.column, Severity::kError,
                                "template error: partial \"" + use.name + "\" includes itself"});
        return false;
      }
      if (!visit(use.name)) return false;
    }
    active.erase(name);
    done.insert(name);
    return true;
  };
  for (const auto& [name, file] : templates_) {
    if (!visit(name)) return false;
  }
  // No cycles: every partial tag can be replaced by its template's text,
  // which is what rendering the partial in the current context amounts to.
  // Partials that each include the next several times grow exponentially.
  // The size of each expansion and the number of partial tags it replaces
  // are counted first (saturating), so such a theme is refused before any
  // work is done.
  std::map<std::string, std::pair<size_t, size_t>> cost;  // name -> (bytes, tags)
  std::function<std::pair<size_t, size_t>(const std::string&)> measure =
      [&](const std::string& name) {
        if (auto it = cost.find(name); it != cost.end()) return it->second;
        const std::string& text = templates_.at(name).text;
        size_t bytes = text.size(), tags = 0;
        for (const PartialUse& use : PartialUses(text)) {
          ++tags;
          if (!templates_.count(use.name)) continue;
          auto [b, t] = measure(use.name);
          bytes = std::min(bytes + b, kMaxExpandedTemplate + 1);
          tags = std::min(tags + t, kMaxExpandedTemplate + 1);
        }
        return cost[name] = {bytes, tags};
      };
  std::function<void(const std::string&, std::string*)> expand = [&](const std::string& name,
                                                                     std::string* out) {
    const std::string& text = templates_.at(name).text;
    size_t done_up_to = 0;
    for (const PartialUse& use : PartialUses(text)) {
      out->append(text, done_up_to, use.offset - done_up_to);
      if (templates_.count(use.name)) {
        // Mustache starts a partial with the default delimiters and keeps
        // its delimiter changes to itself; in place, both need saying.
        const std::string& partial = templates_.at(use.name).text;
        Delimiters standard;
        if (!(use.around == standard)) out->append(SetDelimiters(use.around, standard));
        expand(use.name, out);
        Delimiters after = ScanPartials(partial, nullptr);
        if (!(after == use.around)) out->append(SetDelimiters(after, use.around));
      }
      done_up_to = use.end;
    }
    out->append(text, done_up_to, std::string::npos);
  };
  for (const auto& [name, file] : templates_) {
    auto [bytes, tags] = measure(name);
    if (bytes > kMaxExpandedTemplate || tags > kMaxExpandedTemplate / 16) {
      diagnostics->push_back({file.origin, 0, 0, Severity::kError,
                              "template error: too large with its partials in place (over " +
                                  std::to_string(kMaxExpandedTemplate >> 20) +
                                  " MB or a million partial tags: partials that include each "
                                  "other many times?)"});
      return false;
    }
    std::string text;
    expand(name, &text);
    expanded_[name] = std::move(text);
  }
  return true;
}

void Append(data* list, data&& item) {
  // list_value() is the list object itself; only the library's interface is
  // const. Moving keeps each entry's data from being copied at every level.
  auto& items = const_cast<kainjow::mustache::list&>(list->list_value());
  if (items.size() == items.capacity()) {
    // kainjow's move constructor is not noexcept, so a growing vector would
    // deep-copy every element; grow by hand with moves instead.
    kainjow::mustache::list grown;
    grown.reserve(std::max<size_t>(8, items.capacity() * 2));
    for (data& old : items) grown.push_back(std::move(old));
    items.swap(grown);
  }
  items.push_back(std::move(item));
}

bool Theme::Render(const std::string& name, data context, std::string* out,
                   std::vector<Diagnostic>* diagnostics) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    diagnostics->push_back(
        {name + ".mustache", 0, 0, Severity::kError, "template not found in the theme"});
    return false;
  }
  context["css"] = css_;
  context["script"] = script_;
  mustache page(expanded_.at(name));
  *out = page.render(context);
  if (!page.is_valid()) {
    // Each file parsed on its own at load; an error that only shows once
    // partials are in place cannot be located in one file.
    diagnostics->push_back(
        {it->second.origin, 0, 0, Severity::kError,
         "template error (with its partials in place): " + page.error_message()});
    return false;
  }
  return true;
}

}  // namespace annals
