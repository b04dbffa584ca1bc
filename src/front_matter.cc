#include "front_matter.h"

#include <functional>
#include <initializer_list>

#include <toml++/toml.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "dateline.h"

namespace annals {

namespace {

// The keys each field is read from, first found wins (the date keys are in
// front_matter.h, shared with sidecar files).
constexpr std::initializer_list<const char*> kTitleKeys = {"title", "headline"};
constexpr std::initializer_list<const char*> kOutletKeys = {"outlet", "source", "publisher", "site",
                                                            "site_name"};
constexpr std::initializer_list<const char*> kUrlKeys = {"url", "link", "source_url", "canonical"};
constexpr std::initializer_list<const char*> kPlaceKeys = {"place", "dateline"};
// One scalar value of the front matter, whichever the syntax.
struct Value {
  std::string text;
  std::string where;  // "line:col" in the article
  // A TOML date or date-time, already a day; YAML and TOML strings are read
  // with ParseDateValueText instead.
  std::optional<date::year_month_day> typed_date;
  bool not_a_date = false;  // a TOML time of day or other typed non-date
};

using Lookup = std::function<bool(const char* key, Value* value)>;

template <typename Keys>
bool Find(const Lookup& lookup, const Keys& keys, Value* value) {
  for (const char* key : keys) {
    if (lookup(key, value)) return true;
  }
  return false;
}

// Reads the day of the first of `keys` present into `*day`; false with `err`
// when its value is not a date.
template <typename Keys>
bool FindDate(const Lookup& lookup, const Keys& keys, const IngestLexicon& lex,
              std::optional<date::year_month_day>* day, std::string* err) {
  Value value;
  if (!Find(lookup, keys, &value)) return true;
  *day = value.typed_date;
  if (!*day && !value.not_a_date) *day = ParseDateValueText(value.text, lex);
  if (!*day) {
    *err = value.where + ": front matter date '" + value.text + "' is not a date (use YYYY-MM-DD)";
    return false;
  }
  return true;
}

bool FillFields(const Lookup& lookup, const IngestLexicon& lex, FrontMatter* out,
                std::string* err) {
  Value value;
  if (Find(lookup, kTitleKeys, &value)) out->title = value.text;
  if (Find(lookup, kOutletKeys, &value)) out->outlet = value.text;
  if (Find(lookup, kUrlKeys, &value)) out->url = value.text;
  if (Find(lookup, kPlaceKeys, &value)) out->place = value.text;
  if (!FindDate(lookup, kPublishedDateKeys, lex, &out->date, err)) return false;
  return FindDate(lookup, kUpdatedDateKeys, lex, &out->updated, err);
}

// The block between `fence` lines at the very start of `text`: sets
// `*content` to what is between them and returns the block's length
// (closing fence and its newline included), or 0 when there is none.
size_t FencedBlock(std::string_view text, std::string_view fence, std::string_view* content) {
  if (text.size() <= fence.size() || text.substr(0, fence.size()) != fence ||
      text[fence.size()] != '\n') {
    return 0;
  }
  std::string closing = "\n" + std::string(fence);
  size_t close = fence.size();
  while ((close = text.find(closing, close)) != std::string_view::npos) {
    size_t after = close + closing.size();
    if (after == text.size() || text[after] == '\n') {
      *content = text.substr(fence.size() + 1, close + 1 - fence.size() - 1);
      return after == text.size() ? after : after + 1;
    }
    close = after;
  }
  return 0;  // a rule line, not front matter
}

std::string YamlLocation(const YAML::Mark& mark) {
  // yaml-cpp marks are 0-based and count from the line after the opening fence.
  return std::to_string(mark.line + 2) + ":" + std::to_string(mark.column + 1);
}

bool ReadYaml(std::string_view content, const IngestLexicon& lex, FrontMatter* out,
              std::string* err) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(content));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own message for this one is "bad file".
    *err = YamlLocation(e.mark) + ": front matter is not valid YAML: nested " +
           std::to_string(e.depth()) + " levels deep";
    return false;
  } catch (const YAML::Exception& e) {
    *err = YamlLocation(e.mark) + ": front matter is not valid YAML: " + e.msg;
    return false;
  }
  if (!root.IsMap()) {
    *err = "2:1: front matter is not a YAML mapping";
    return false;
  }
  Lookup lookup = [&root](const char* key, Value* value) {
    YAML::Node node = root[key];
    if (!node || !node.IsScalar()) return false;
    *value = Value{node.Scalar(), YamlLocation(node.Mark()), std::nullopt, false};
    return true;
  };
  return FillFields(lookup, lex, out, err);
}

std::string TomlLocation(const toml::source_position& at) {
  // toml++ counts from 1, from the line after the opening fence.
  return std::to_string(at.line + 1) + ":" + std::to_string(at.column);
}

// A TOML scalar as a Value; false for arrays and tables, which no field takes.
bool TomlValue(const toml::node& node, Value* value) {
  *value = Value{};
  value->where = TomlLocation(node.source().begin);
  if (auto s = node.as_string()) {
    value->text = s->get();
  } else if (auto local = node.as_date()) {
    value->typed_date = date::year{local->get().year} / date::month{local->get().month} /
                        date::day{local->get().day};
  } else if (auto dt = node.as_date_time()) {
    // The date as written, not moved to UTC: the publisher's day.
    const toml::date& d = dt->get().date;
    value->typed_date = date::year{d.year} / date::month{d.month} / date::day{d.day};
  } else if (auto i = node.as_integer()) {
    value->text = std::to_string(i->get());
    // 20151202 is a compact date; other numbers are not dates.
  } else if (auto f = node.as_floating_point()) {
    value->text = std::to_string(f->get());
    value->not_a_date = true;
  } else if (auto b = node.as_boolean()) {
    value->text = b->get() ? "true" : "false";
    value->not_a_date = true;
  } else if (auto t = node.as_time()) {
    value->text = std::to_string(t->get().hour) + ":" + std::to_string(t->get().minute);
    value->not_a_date = true;
  } else {
    return false;
  }
  if (value->typed_date && !value->typed_date->ok()) value->typed_date.reset();
  return true;
}

bool ReadToml(std::string_view content, const IngestLexicon& lex, FrontMatter* out,
              std::string* err) {
  toml::table root;
  try {
    root = toml::parse(content);
  } catch (const toml::parse_error& e) {
    *err = TomlLocation(e.source().begin) +
           ": front matter is not valid TOML: " + std::string(e.description());
    return false;
  }
  // Hugo keeps a page's own keys under [params], Zola under [extra].
  const toml::table* params = root["params"].as_table();
  const toml::table* extra = root["extra"].as_table();
  Lookup lookup = [&](const char* key, Value* value) {
    const toml::table* tables[] = {&root, params, extra};
    for (const toml::table* table : tables) {
      if (!table) continue;
      const toml::node* node = table->get(key);
      if (node && TomlValue(*node, value)) return true;
    }
    return false;
  };
  return FillFields(lookup, lex, out, err);
}

}  // namespace

bool ReadFrontMatter(std::string_view text, const IngestLexicon& lex, FrontMatter* out,
                     std::string* err) {
  *out = FrontMatter{};
  std::string_view content;
  bool toml = false;
  size_t length = FencedBlock(text, "---", &content);
  if (length == 0) {
    length = FencedBlock(text, "+++", &content);
    toml = length > 0;
  }
  if (length == 0) return true;
  out->present = true;
  out->length = length;
  return toml ? ReadToml(content, lex, out, err) : ReadYaml(content, lex, out, err);
}

}  // namespace annals
