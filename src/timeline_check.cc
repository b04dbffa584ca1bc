#include "timeline_check.h"

#include <algorithm>
#include <map>

#include "annals/date_value.h"

namespace annals {

namespace {

const std::vector<std::string> kTopKeys = {"annals", "title",     "pair",
                                           "events", "dismissed", "history"};
const std::vector<std::string> kEntryKeys = {"id",      "date",  "qualifier", "status",   "type",
                                             "cameo",   "title", "actors",    "people",   "place",
                                             "sources", "notes", "edited",    "generated"};
const std::vector<std::string> kEntryRequired = {"id", "date", "status", "type", "title"};
const std::vector<std::string> kSourceKeys = {"file", "published", "outlet",
                                              "url",  "phrase",    "quote"};

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

bool IsSlug(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && id[i + 1] == '-')) return false;
  }
  return true;
}

class Checker {
 public:
  Checker(const std::string& file, const std::set<std::string>& country_codes,
          std::vector<Diagnostic>* diagnostics)
      : file_(file), country_codes_(country_codes), diagnostics_(diagnostics) {}

  void Check(const YamlNode& root, Timeline* out) {
    if (root.kind == YamlNode::Kind::kNull) {
      diagnostics_->push_back(
          Diagnostic{file_, 0, 0, Severity::kError,
                     "empty file: a timeline is a mapping with annals: 1, title, pair and events"});
      return;
    }
    if (root.kind != YamlNode::Kind::kMap) {
      Error(root, std::string("a timeline is a mapping (annals: 1, title, pair, events), not ") +
                      DescribeKind(root));
      return;
    }
    std::map<std::string, const YamlNode*> keys = Keys(root, kTopKeys, "at the top level");
    for (const char* required : {"annals", "title", "pair", "events"}) {
      if (!keys.count(required)) {
        Error(root, std::string("the timeline is missing required key '") + required + "'");
      }
    }
    if (const YamlNode* n = Find(keys, "annals")) {
      if (Scalar(*n, "annals")) {
        if (n->value == "1") {
          out->format = 1;
        } else {
          Error(*n, "unsupported format version '" + n->value + "': this annals reads format 1");
        }
      }
    }
    if (const YamlNode* n = Find(keys, "title")) {
      if (Scalar(*n, "title")) out->title = n->value;
    }
    if (const YamlNode* n = Find(keys, "pair")) {
      std::vector<std::string> pair;
      if (List(*n, "pair", &pair)) {
        if (pair.size() != 2) {
          Error(*n, "'pair' must list exactly two country codes, e.g. [CHN, USA]");
        } else {
          out->pair = {pair[0], pair[1]};
          for (size_t i = 0; i < 2; ++i) CountryCode(n->items[i], "pair");
        }
      }
    }
    if (const YamlNode* n = Find(keys, "events")) {
      if (n->kind == YamlNode::Kind::kSequence) {
        for (const YamlNode& item : n->items) out->events.push_back(CheckEntry(item));
      } else if (n->kind != YamlNode::Kind::kNull) {
        Error(*n, std::string("'events' must be a list of entries, not ") + DescribeKind(*n));
      }
    }
    for (const char* name : {"dismissed", "history"}) {
      const YamlNode* n = Find(keys, name);
      if (!n) continue;
      std::vector<std::string>* ids =
          std::string(name) == "dismissed" ? &out->dismissed : &out->history;
      if (List(*n, name, ids)) {
        for (size_t i = 0; i < ids->size(); ++i) {
          if (!IsSlug((*ids)[i])) {
            Error(n->items[i], "'" + (*ids)[i] + "' in '" + name +
                                   "' is not an id (lowercase letters, digits and '-')");
          }
        }
      }
    }
    std::set<std::string> dismissed(out->dismissed.begin(), out->dismissed.end());
    for (const auto& [id, node] : id_nodes_) {
      if (dismissed.count(id)) {
        Warning(*node, "id '" + id +
                           "' is also on the dismissed list: the entry stays, but remove one "
                           "of the two");
      }
    }
  }

 private:
  void Error(const YamlNode& at, std::string message) {
    diagnostics_->push_back(
        Diagnostic{file_, at.line, at.column, Severity::kError, std::move(message)});
  }
  void Warning(const YamlNode& at, std::string message) {
    diagnostics_->push_back(
        Diagnostic{file_, at.line, at.column, Severity::kWarning, std::move(message)});
  }

  static const YamlNode* Find(const std::map<std::string, const YamlNode*>& keys,
                              const std::string& key) {
    auto it = keys.find(key);
    return it == keys.end() ? nullptr : it->second;
  }

  // The known keys of `map`; unknown and duplicate keys are reported at the key.
  std::map<std::string, const YamlNode*> Keys(const YamlNode& map,
                                              const std::vector<std::string>& known,
                                              const char* where) {
    std::map<std::string, const YamlNode*> out;
    std::map<std::string, int> first_line;
    for (const auto& [key, value] : map.entries) {
      if (key.kind != YamlNode::Kind::kScalar) {
        Error(key, std::string("a key must be a plain word, not ") + DescribeKind(key));
        continue;
      }
      auto [it, inserted] = first_line.emplace(key.value, key.line);
      if (!inserted) {
        Error(key, "duplicate key '" + key.value + "' (first at line " +
                       std::to_string(it->second) + ")");
        continue;
      }
      if (std::find(known.begin(), known.end(), key.value) == known.end()) {
        std::string guess = DidYouMean(key.value, known);
        Error(key, "unknown key '" + key.value + "' " + where +
                       (guess.empty() ? " (known keys: " + JoinWords(known) + ")"
                                      : "; did you mean '" + guess + "'?"));
        continue;
      }
      out[key.value] = &value;
    }
    return out;
  }

  bool Scalar(const YamlNode& node, const std::string& key) {
    if (node.kind == YamlNode::Kind::kScalar) return true;
    Error(node, "'" + key + "' must be text, not " + DescribeKind(node));
    return false;
  }

  bool List(const YamlNode& node, const std::string& key, std::vector<std::string>* out) {
    if (node.kind == YamlNode::Kind::kNull) return true;
    if (node.kind != YamlNode::Kind::kSequence) {
      Error(node, "'" + key + "' must be a list, not " + DescribeKind(node));
      return false;
    }
    bool ok = true;
    for (const YamlNode& item : node.items) {
      if (item.kind != YamlNode::Kind::kScalar) {
        Error(item, "each item of '" + key + "' must be text, not " + DescribeKind(item));
        ok = false;
      } else {
        out->push_back(item.value);
      }
    }
    return ok;
  }

  void OneOf(const YamlNode& node, const std::string& what,
             const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), node.value) != allowed.end()) return;
    std::string guess = DidYouMean(node.value, allowed);
    Error(node, "unknown " + what + " '" + node.value + "'" +
                    (guess.empty() ? "; expected one of " + JoinWords(allowed)
                                   : "; did you mean '" + guess + "'?"));
  }

  void CountryCode(const YamlNode& node, const char* where) {
    if (country_codes_.empty() || country_codes_.count(node.value)) return;
    std::vector<std::string> codes(country_codes_.begin(), country_codes_.end());
    std::string guess = DidYouMean(node.value, codes);
    Error(node, "unknown country code '" + node.value + "' in '" + where + "'" +
                    (guess.empty() ? " (ISO 3166-1 alpha-3, e.g. CHN, USA)"
                                   : "; did you mean '" + guess + "'?"));
  }

  Entry CheckEntry(const YamlNode& node) {
    Entry e;
    if (node.kind != YamlNode::Kind::kMap) {
      Error(node,
            std::string("an event must be a mapping (id, date, ...), not ") + DescribeKind(node));
      return e;
    }
    std::map<std::string, const YamlNode*> keys = Keys(node, kEntryKeys, "in an event");
    for (const std::string& required : kEntryRequired) {
      if (!keys.count(required)) {
        Error(node, "the event is missing required key '" + required + "'");
      }
    }
    auto text = [&](const char* key, std::string* field) -> const YamlNode* {
      const YamlNode* n = Find(keys, key);
      if (n && Scalar(*n, key)) {
        *field = n->value;
        return n;
      }
      return nullptr;
    };
    if (const YamlNode* n = text("id", &e.id)) {
      if (!IsSlug(e.id)) {
        Error(*n, "id '" + e.id + "' is not a slug (lowercase letters, digits and '-')");
      } else {
        auto [it, inserted] = id_nodes_.emplace(e.id, n);
        if (!inserted) {
          Error(*n, "duplicate id '" + e.id + "' (first at line " +
                        std::to_string(it->second->line) + ")");
        }
      }
    }
    if (const YamlNode* n = text("date", &e.date)) {
      DateValue value;
      std::string err;
      if (!ParseDateValue(e.date, &value, &err)) Error(*n, err);
    }
    if (const YamlNode* n = text("qualifier", &e.qualifier)) {
      OneOf(*n, "qualifier", TimelineQualifiers());
    }
    if (const YamlNode* n = text("status", &e.status)) OneOf(*n, "status", TimelineStatuses());
    if (const YamlNode* n = text("type", &e.type)) OneOf(*n, "type", TimelineTypes());
    if (const YamlNode* n = text("cameo", &e.cameo)) {
      bool digits =
          e.cameo.size() >= 2 && e.cameo.size() <= 4 &&
          std::all_of(e.cameo.begin(), e.cameo.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!digits) {
        Error(*n, "cameo '" + e.cameo + "' is not a CAMEO code (2 to 4 digits, e.g. \"042\")");
      } else if (!n->quoted && e.cameo[0] == '0') {
        Warning(*n, "write cameo in quotes (\"" + e.cameo + "\"): other YAML readers take " +
                        e.cameo + " for a number");
      }
    }
    text("title", &e.title);
    text("place", &e.place);
    if (const YamlNode* n = Find(keys, "actors")) {
      if (List(*n, "actors", &e.actors)) {
        for (const YamlNode& item : n->items) CountryCode(item, "actors");
      }
    }
    if (const YamlNode* n = Find(keys, "people")) List(*n, "people", &e.people);
    if (const YamlNode* n = Find(keys, "notes")) List(*n, "notes", &e.notes);
    if (const YamlNode* n = Find(keys, "edited")) {
      if (Scalar(*n, "edited")) {
        if (n->value == "true") {
          e.edited = true;
        } else if (n->value != "false") {
          Error(*n, "edited must be true or false, not '" + n->value + "'");
        }
      }
    }
    text("generated", &e.generated);
    if (const YamlNode* n = Find(keys, "sources")) {
      if (n->kind == YamlNode::Kind::kSequence) {
        for (const YamlNode& item : n->items) e.sources.push_back(CheckSource(item));
      } else if (n->kind != YamlNode::Kind::kNull) {
        Error(*n, std::string("'sources' must be a list, not ") + DescribeKind(*n));
      }
    }
    return e;
  }

  Source CheckSource(const YamlNode& node) {
    Source s;
    if (node.kind != YamlNode::Kind::kMap) {
      Error(node, std::string("a source must be a mapping (file, published, ...), not ") +
                      DescribeKind(node));
      return s;
    }
    std::map<std::string, const YamlNode*> keys = Keys(node, kSourceKeys, "in a source");
    auto text = [&](const char* key, std::string* field) -> const YamlNode* {
      const YamlNode* n = Find(keys, key);
      if (n && Scalar(*n, key)) {
        *field = n->value;
        return n;
      }
      return nullptr;
    };
    text("file", &s.file);
    if (const YamlNode* n = text("published", &s.published)) {
      DateValue value;
      std::string err;
      if (!ParseDateValue(s.published, &value, &err)) {
        Error(*n, err);
      } else if (value.precision != Precision::kDay || value.interval) {
        Error(*n, "published must be a day (YYYY-MM-DD), not '" + s.published + "'");
      }
    }
    text("outlet", &s.outlet);
    text("url", &s.url);
    text("phrase", &s.phrase);
    text("quote", &s.quote);
    return s;
  }

  const std::string& file_;
  const std::set<std::string>& country_codes_;
  std::vector<Diagnostic>* diagnostics_;
  std::map<std::string, const YamlNode*> id_nodes_;
};

}  // namespace

void CheckTimelineTree(const std::string& file, const YamlNode& root,
                       const std::set<std::string>& country_codes, Timeline* out,
                       std::vector<Diagnostic>* diagnostics) {
  Checker(file, country_codes, diagnostics).Check(root, out);
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  std::string best;
  size_t best_distance = std::string::npos;
  for (const std::string& candidate : candidates) {
    // Optimal string alignment distance, case-insensitive.
    size_t n = word.size(), m = candidate.size();
    std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (size_t i = 1; i <= n; ++i) {
      for (size_t j = 1; j <= m; ++j) {
        size_t cost = lower(word[i - 1]) == lower(candidate[j - 1]) ? 0 : 1;
        d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
        if (i > 1 && j > 1 && lower(word[i - 1]) == lower(candidate[j - 2]) &&
            lower(word[i - 2]) == lower(candidate[j - 1])) {
          d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    if (d[n][m] < best_distance) {
      best_distance = d[n][m];
      best = candidate;
    }
  }
  // One edit in short words, two in longer ones: more is a different word.
  size_t allowed = word.size() <= 4 ? 1 : 2;
  return best_distance <= allowed ? best : "";
}

}  // namespace annals
