#include "sidecar.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "dateline.h"
#include "front_matter.h"

namespace annals {

namespace {

std::string Where(const std::string& path, int line, int column) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

bool EndsWith(const std::string& s, const char* suffix) {
  std::string_view tail(suffix);
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Sets `*day` from `text`; false if it is not a date.
bool SetDate(const std::string& text, const IngestLexicon& lex,
             std::optional<date::year_month_day>* day) {
  if (text.empty()) return true;
  *day = ParseDateValueText(text, lex);
  return day->has_value();
}

// The first of `keys` that `fields` holds, or an undefined node.
template <typename Keys>
YAML::Node FirstKey(const YAML::Node& fields, const Keys& keys) {
  for (const char* key : keys) {
    if (fields[key]) return fields[key];
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

// Reads a date field of a YAML entry into `*day`; false (with a problem) when
// it is there but not a date.
bool YamlDate(const std::string& path, const YAML::Node& node, const IngestLexicon& lex,
              std::optional<date::year_month_day>* day, std::vector<std::string>* problems) {
  if (!node.IsDefined()) return true;
  std::string text = node.IsScalar() ? node.Scalar() : "";
  if (!SetDate(text, lex, day) || text.empty()) {
    problems->push_back(Where(path, node.Mark().line + 1, node.Mark().column + 1) + ": '" + text +
                        "' is not a date (use YYYY-MM-DD); entry ignored");
    return false;
  }
  return true;
}

// The column index of the first of `keys` named in the header row, or -1;
// names are compared without case, as spreadsheets write them either way.
template <typename Keys>
int CsvColumn(const std::vector<std::string>& names, const Keys& keys) {
  for (const char* key : keys) {
    for (size_t c = 0; c < names.size(); ++c) {
      if (names[c] == AsciiLower(key)) return static_cast<int>(c);
    }
  }
  return -1;
}

void AddYamlEntry(const std::string& path, const std::string& file, const YAML::Node& fields,
                  const IngestLexicon& lex, std::map<std::string, SidecarEntry>* entries,
                  std::vector<std::string>* problems) {
  SidecarEntry entry;
  entry.origin = Where(path, fields.Mark().line + 1, fields.Mark().column + 1);
  if (fields.IsScalar()) {
    if (!YamlDate(path, fields, lex, &entry.published, problems)) return;
  } else if (fields.IsMap()) {
    // The same date keys as front matter; an update's date is kept apart.
    if (!YamlDate(path, FirstKey(fields, kPublishedDateKeys), lex, &entry.published, problems) ||
        !YamlDate(path, FirstKey(fields, kUpdatedDateKeys), lex, &entry.updated, problems)) {
      return;
    }
    if (fields["url"]) entry.url = fields["url"].as<std::string>("");
    if (fields["outlet"]) entry.outlet = fields["outlet"].as<std::string>("");
    if (fields["title"]) entry.title = fields["title"].as<std::string>("");
  } else {
    problems->push_back(entry.origin + ": expected a date or a mapping for '" + file + "'");
    return;
  }
  (*entries)[file] = entry;
}

void ParseYaml(const std::string& path, const std::string& contents, const IngestLexicon& lex,
               std::map<std::string, SidecarEntry>* entries, std::vector<std::string>* problems) {
  YAML::Node root;
  try {
    root = YAML::Load(contents);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own message for this one is "bad file".
    problems->push_back(Where(path, e.mark.line + 1, e.mark.column + 1) + ": YAML nested " +
                        std::to_string(e.depth()) + " levels deep: too deep for a sidecar");
    return;
  } catch (const YAML::Exception& e) {
    problems->push_back(Where(path, e.mark.line + 1, e.mark.column + 1) + ": " + e.msg);
    return;
  }
  try {
    if (root.IsMap()) {
      for (const auto& item : root) {
        AddYamlEntry(path, item.first.as<std::string>(), item.second, lex, entries, problems);
      }
    } else if (root.IsSequence()) {
      for (const YAML::Node& item : root) {
        if (!item.IsMap() || !item["file"] || !item["file"].IsScalar()) {
          problems->push_back(Where(path, item.Mark().line + 1, item.Mark().column + 1) +
                              ": expected a mapping with a 'file' key");
          continue;
        }
        AddYamlEntry(path, item["file"].Scalar(), item, lex, entries, problems);
      }
    } else if (root.IsDefined() && !root.IsNull()) {
      problems->push_back(path + ":1:1: expected a mapping of file names or a list");
    }
  } catch (const YAML::Exception& e) {
    problems->push_back(Where(path, e.mark.line + 1, e.mark.column + 1) + ": " + e.msg);
  }
}

struct CsvField {
  std::string text;
  int line = 1;
  int column = 1;
};

// Splits RFC 4180 CSV (quoted fields may hold commas, quotes and newlines).
bool SplitCsv(const std::string& path, const std::string& s,
              std::vector<std::vector<CsvField>>* rows, std::string* err) {
  int line = 1, column = 1;
  std::vector<CsvField> row;
  size_t i = 0;
  while (i < s.size()) {
    CsvField field{"", line, column};
    if (s[i] == '"') {
      ++i;
      ++column;
      bool closed = false;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field.text += '"';
            i += 2;
            column += 2;
            continue;
          }
          ++i;
          ++column;
          closed = true;
          break;
        }
        if (s[i] == '\n') {
          ++line;
          column = 0;
        }
        field.text += s[i++];
        ++column;
      }
      if (!closed) {
        *err = Where(path, field.line, field.column) + ": unterminated quoted field";
        return false;
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '\n') {
        if (s[i] != '\r') field.text += s[i];
        ++i;
        ++column;
      }
    }
    row.push_back(field);
    if (i < s.size() && s[i] == ',') {
      ++i;
      ++column;
      if (i == s.size() || s[i] == '\n') row.push_back({"", line, column});
    }
    if (i >= s.size() || s[i] == '\n' || s[i] == '\r') {
      while (i < s.size() && (s[i] == '\r' || s[i] == '\n')) {
        if (s[i] == '\n') {
          ++line;
          column = 1;
        }
        ++i;
      }
      bool blank = row.size() == 1 && row[0].text.empty();
      if (!blank) rows->push_back(std::move(row));
      row.clear();
    } else if (s[i] != ',' && i > 0 && s[i - 1] == '"') {
      *err = Where(path, line, column) + ": expected ',' after a quoted field";
      return false;
    }
  }
  if (!row.empty()) rows->push_back(std::move(row));
  return true;
}

void ParseCsv(const std::string& path, const std::string& contents, const IngestLexicon& lex,
              std::map<std::string, SidecarEntry>* entries, std::vector<std::string>* problems) {
  std::vector<std::vector<CsvField>> rows;
  std::string err;
  if (!SplitCsv(path, contents, &rows, &err)) {
    problems->push_back(err);
    return;
  }
  if (rows.empty()) return;
  int file_col = -1, url_col = -1, outlet_col = -1, title_col = -1;
  std::vector<std::string> names;
  for (const CsvField& field : rows[0]) names.push_back(AsciiLower(field.text));
  int date_col = CsvColumn(names, kPublishedDateKeys);
  int updated_col = CsvColumn(names, kUpdatedDateKeys);
  for (size_t c = 0; c < names.size(); ++c) {
    const std::string& name = names[c];
    int index = static_cast<int>(c);
    if (name == "file" || name == "filename" || name == "path") file_col = index;
    if (name == "url" || name == "link") url_col = index;
    if (name == "outlet" || name == "source") outlet_col = index;
    if (name == "title" || name == "headline") title_col = index;
  }
  if (file_col < 0) {
    problems->push_back(Where(path, 1, 1) +
                        ": the header row must name a 'file' column (and date, url, outlet, "
                        "title as needed)");
    return;
  }
  auto get = [](const std::vector<CsvField>& row, int col) -> const CsvField* {
    return col >= 0 && static_cast<size_t>(col) < row.size() ? &row[col] : nullptr;
  };
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const CsvField* file = get(row, file_col);
    if (!file || file->text.empty()) {
      problems->push_back(Where(path, row[0].line, row[0].column) + ": no file name; row ignored");
      continue;
    }
    SidecarEntry entry;
    entry.origin = Where(path, file->line, file->column);
    bool dates_ok = true;
    for (auto [col, day] :
         {std::pair{date_col, &entry.published}, std::pair{updated_col, &entry.updated}}) {
      if (const CsvField* f = get(row, col); f && dates_ok && !SetDate(f->text, lex, day)) {
        problems->push_back(Where(path, f->line, f->column) + ": '" + f->text +
                            "' is not a date (use YYYY-MM-DD); row ignored");
        dates_ok = false;
      }
    }
    if (!dates_ok) continue;
    if (const CsvField* f = get(row, url_col)) entry.url = f->text;
    if (const CsvField* f = get(row, outlet_col)) entry.outlet = f->text;
    if (const CsvField* f = get(row, title_col)) entry.title = f->text;
    (*entries)[file->text] = entry;
  }
}

}  // namespace

void ParseSidecar(const std::string& path, const std::string& contents, const IngestLexicon& lex,
                  std::map<std::string, SidecarEntry>* entries,
                  std::vector<std::string>* problems) {
  if (EndsWith(path, ".csv")) {
    ParseCsv(path, contents, lex, entries, problems);
  } else {
    ParseYaml(path, contents, lex, entries, problems);
  }
}

}  // namespace annals
