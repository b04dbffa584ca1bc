#include "front_matter.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "dateline.h"

namespace annals {

namespace {

std::string Location(const YAML::Mark& mark) {
  // yaml-cpp marks are 0-based and count from the line after the opening fence.
  return std::to_string(mark.line + 2) + ":" + std::to_string(mark.column + 1);
}

const YAML::Node* FindKey(const YAML::Node& map, std::initializer_list<const char*> keys,
                          YAML::Node* storage) {
  for (const char* key : keys) {
    YAML::Node value = map[key];
    if (value && value.IsScalar()) {
      *storage = value;
      return storage;
    }
  }
  return nullptr;
}

}  // namespace

bool ReadFrontMatter(std::string_view text, const IngestLexicon& lex, FrontMatter* out,
                     std::string* err) {
  *out = FrontMatter{};
  if (text.substr(0, 4) != "---\n") return true;
  size_t close = 3;
  size_t end = std::string_view::npos;
  while ((close = text.find("\n---", close)) != std::string_view::npos) {
    size_t after = close + 4;
    if (after == text.size() || text[after] == '\n') {
      end = after == text.size() ? after : after + 1;
      break;
    }
    close = after;
  }
  if (end == std::string_view::npos) return true;  // a rule line, not front matter
  out->present = true;
  out->length = end;
  std::string yaml(text.substr(4, close + 1 - 4));
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own message for this one is "bad file".
    *err = Location(e.mark) + ": front matter is not valid YAML: nested " +
           std::to_string(e.depth()) + " levels deep";
    return false;
  } catch (const YAML::Exception& e) {
    *err = Location(e.mark) + ": front matter is not valid YAML: " + e.msg;
    return false;
  }
  if (!root.IsMap()) {
    *err = "2:1: front matter is not a YAML mapping";
    return false;
  }
  YAML::Node value;
  if (FindKey(root, {"title", "headline"}, &value)) out->title = value.Scalar();
  if (FindKey(root, {"outlet", "source", "publisher", "site", "site_name"}, &value))
    out->outlet = value.Scalar();
  if (FindKey(root, {"url", "link", "source_url", "canonical"}, &value)) out->url = value.Scalar();
  if (FindKey(root, {"place", "dateline"}, &value)) out->place = value.Scalar();
  if (FindKey(root, {"date", "published", "pubdate", "date_published", "published_at"}, &value)) {
    out->date = ParseDateValueText(value.Scalar(), lex);
    if (!out->date) {
      *err = Location(value.Mark()) + ": front matter date '" + value.Scalar() +
             "' is not a date (use YYYY-MM-DD)";
      return false;
    }
  }
  return true;
}

}  // namespace annals
