#include "annals/timeline.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

#include <yaml-cpp/yaml.h>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"

namespace annals {

namespace {

Diagnostic At(const std::string& file, const YAML::Mark& mark, std::string message) {
  // yaml-cpp marks are 0-based; ours are 1-based.
  return Diagnostic{file, mark.line + 1, mark.column + 1, Severity::kError, std::move(message)};
}

std::vector<std::string> StringList(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence()) {
    for (const auto& item : node) out.push_back(item.as<std::string>());
  }
  return out;
}

void EmitList(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& item : items) out << item;
  out << YAML::EndSeq;
}

void EmitIf(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) out << YAML::Key << key << YAML::Value << value;
}

}  // namespace

bool ParseTimeline(const std::string& file, const std::string& text, Timeline* out,
                   std::vector<Diagnostic>* diagnostics) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    diagnostics->push_back(At(file, e.mark, e.msg));
    return false;
  }
  if (!root.IsMap()) {
    diagnostics->push_back(
        Diagnostic{file, 1, 1, Severity::kError, "a timeline is a YAML mapping"});
    return false;
  }
  try {
    out->format = root["annals"].as<int>(1);
    out->title = root["title"].as<std::string>("");
    std::vector<std::string> pair = StringList(root["pair"]);
    if (pair.size() == 2) out->pair = {pair[0], pair[1]};
    for (const auto& node : root["events"]) {
      Entry e;
      e.id = node["id"].as<std::string>("");
      e.date = node["date"].as<std::string>("");
      e.qualifier = node["qualifier"].as<std::string>("");
      e.status = node["status"].as<std::string>("");
      e.type = node["type"].as<std::string>("");
      e.cameo = node["cameo"].as<std::string>("");
      e.title = node["title"].as<std::string>("");
      e.actors = StringList(node["actors"]);
      e.people = StringList(node["people"]);
      e.place = node["place"].as<std::string>("");
      e.notes = StringList(node["notes"]);
      e.edited = node["edited"].as<bool>(false);
      for (const auto& s : node["sources"]) {
        e.sources.push_back(
            Source{s["file"].as<std::string>(""), s["published"].as<std::string>(""),
                   s["outlet"].as<std::string>(""), s["url"].as<std::string>(""),
                   s["phrase"].as<std::string>(""), s["quote"].as<std::string>("")});
      }
      DateValue v;
      std::string err;
      if (!ParseDateValue(e.date, &v, &err)) {
        diagnostics->push_back(At(file, node["date"].Mark(), err));
      }
      out->events.push_back(std::move(e));
    }
    out->dismissed = StringList(root["dismissed"]);
  } catch (const YAML::Exception& e) {
    diagnostics->push_back(At(file, e.mark, e.msg));
    return false;
  }
  return !HasErrors(*diagnostics);
}

bool LoadTimeline(const std::string& file, Timeline* out, std::vector<Diagnostic>* diagnostics) {
  std::string text, err;
  if (!ReadFile(file, &text, &err)) {
    diagnostics->push_back(Diagnostic{file, 0, 0, Severity::kError, err.substr(file.size() + 2)});
    return false;
  }
  return ParseTimeline(file, text, out, diagnostics);
}

std::string FormatTimeline(const Timeline& timeline) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "annals" << YAML::Value << timeline.format;
  out << YAML::Key << "title" << YAML::Value << timeline.title;
  out << YAML::Key << "pair" << YAML::Value << YAML::Flow << YAML::BeginSeq << timeline.pair[0]
      << timeline.pair[1] << YAML::EndSeq;
  out << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
  for (const Entry& e : timeline.events) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << e.id;
    out << YAML::Key << "date" << YAML::Value << e.date;
    EmitIf(out, "qualifier", e.qualifier);
    EmitIf(out, "status", e.status);
    EmitIf(out, "type", e.type);
    if (!e.cameo.empty())
      out << YAML::Key << "cameo" << YAML::Value << YAML::DoubleQuoted << e.cameo;
    EmitIf(out, "title", e.title);
    EmitList(out, "actors", e.actors);
    EmitList(out, "people", e.people);
    EmitIf(out, "place", e.place);
    out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const Source& s : e.sources) {
      out << YAML::BeginMap;
      EmitIf(out, "file", s.file);
      EmitIf(out, "published", s.published);
      EmitIf(out, "outlet", s.outlet);
      EmitIf(out, "url", s.url);
      EmitIf(out, "phrase", s.phrase);
      EmitIf(out, "quote", s.quote);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (!e.notes.empty()) {
      out << YAML::Key << "notes" << YAML::Value << YAML::BeginSeq;
      for (const std::string& n : e.notes) out << n;
      out << YAML::EndSeq;
    }
    if (e.edited) out << YAML::Key << "edited" << YAML::Value << true;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (!timeline.dismissed.empty()) {
    out << YAML::Key << "dismissed" << YAML::Value << YAML::BeginSeq;
    for (const std::string& id : timeline.dismissed) out << id;
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

bool SaveTimeline(const std::string& file, const Timeline& timeline,
                  const std::string& backup_suffix, std::string* err) {
  std::string text = FormatTimeline(timeline);
  std::string temp = file + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      *err = temp + ": cannot write";
      std::remove(temp.c_str());
      return false;
    }
  }
  if (!backup_suffix.empty()) {
    std::string existing, ignored;
    if (ReadFile(file, &existing, &ignored)) {
      std::rename(file.c_str(), (file + backup_suffix).c_str());
    }
  }
  if (std::rename(temp.c_str(), file.c_str()) != 0) {
    *err = file + ": cannot replace";
    return false;
  }
  return true;
}

void Normalize(Timeline* timeline) {
  auto key = [](const Entry& e) {
    DateValue v;
    std::string err;
    ParseDateValue(e.date, &v, &err);
    return v;
  };
  std::stable_sort(timeline->events.begin(), timeline->events.end(),
                   [&](const Entry& a, const Entry& b) {
                     DateValue va = key(a), vb = key(b);
                     if (DateValueLess(va, vb)) return true;
                     if (DateValueLess(vb, va)) return false;
                     return a.id < b.id;
                   });
  std::set<std::string> seen;
  for (Entry& e : timeline->events) {
    std::string id = e.id;
    for (int n = 2; seen.count(id); ++n) id = e.id + "-" + std::to_string(n);
    e.id = id;
    seen.insert(id);
  }
}

void MergeInto(Timeline* existing, const Timeline& fresh) {
  std::set<std::string> known(existing->dismissed.begin(), existing->dismissed.end());
  for (const Entry& e : existing->events) known.insert(e.id);
  for (const Entry& e : fresh.events) {
    if (!known.count(e.id)) existing->events.push_back(e);
  }
  Normalize(existing);
}

std::string CountryName(const std::string& code) {
  static const std::map<std::string, std::string> names = [] {
    std::map<std::string, std::string> table;
    std::string contents, origin, err;
    std::vector<TsvRow> rows;
    Diagnostic error;
    if (ReadResource("data/en/countries.tsv", &contents, &origin, &err) &&
        ParseTsv(origin, contents, 5, 5, &rows, &error)) {
      for (const TsvRow& row : rows) table[row.fields[0]] = row.fields[1];
    }
    return table;
  }();
  auto it = names.find(code);
  return it == names.end() ? "" : it->second;
}

}  // namespace annals
