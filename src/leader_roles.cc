#include "leader_roles.h"

#include <set>
#include <string>
#include <vector>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

namespace {

bool ReadRows(const std::string& path, size_t fields, std::vector<TsvRow>* rows,
              std::string* origin, Diagnostic* error) {
  std::string contents, err;
  if (!ReadResource(path, &contents, origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return ParseTsv(*origin, contents, fields, fields, rows, error);
}

bool LoadRoles(std::set<std::string, std::less<>>* roles, Diagnostic* error) {
  std::vector<TsvRow> titles, rows;
  std::string titles_origin, origin;
  if (!ReadRows("data/en/titles.tsv", 2, &titles, &titles_origin, error)) return false;
  std::set<std::string, std::less<>> known;
  for (const TsvRow& row : titles) known.insert(row.fields[1]);
  if (!ReadRows("data/en/leader_roles.tsv", 1, &rows, &origin, error)) return false;
  for (const TsvRow& row : rows) {
    if (!known.contains(row.fields[0])) {
      *error = Diagnostic{origin, row.line, row.columns[0], Severity::kError,
                          "'" + row.fields[0] + "' is no role of data/en/titles.tsv"};
      return false;
    }
    roles->insert(row.fields[0]);
  }
  return true;
}

// Read once; CheckLeaderRoles reports a bad file when the rules load.
const std::set<std::string, std::less<>>& LeaderRoles() {
  static const std::set<std::string, std::less<>> roles = [] {
    std::set<std::string, std::less<>> read;
    Diagnostic error;
    if (!LoadRoles(&read, &error)) read.clear();
    return read;
  }();
  return roles;
}

}  // namespace

bool CheckLeaderRoles(Diagnostic* error) {
  std::set<std::string, std::less<>> roles;
  return LoadRoles(&roles, error);
}

bool IsLeaderRole(std::string_view role) { return LeaderRoles().contains(role); }

}  // namespace annals
