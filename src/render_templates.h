// A theme: the Mustache templates, partials, CSS and script of a page,
// loaded from a folder or from the bundled templates/default, with template
// errors located as file:line:col.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "annals/diagnostic.h"
#include "annals/timeline.h"

namespace annals {

class Theme {
 public:
  // Loads the theme in `dir` (empty: the bundled default). Every template is
  // parsed up front so that an error names its own file.
  bool Load(const std::string& dir, std::vector<Diagnostic>* diagnostics);

  // Renders the page template `name` ("timeline", "index") with `context`,
  // to which the theme adds css, script and its partials.
  bool Render(const std::string& name, kainjow::mustache::data context, std::string* out,
              std::vector<Diagnostic>* diagnostics) const;

 private:
  struct File {
    std::string origin;  // name for messages
    std::string text;
  };
  std::map<std::string, File> templates_;  // by stem: "timeline", "entry", ...
  // Page templates with their partials written in place: kainjow parses a
  // partial again each time it is used, which dominates a large page.
  std::map<std::string, std::string> expanded_;
  std::string css_;
  std::string script_;
};

// Appends `item` to the list `list` without copying it (kainjow's own
// push_back copies, which costs several deep copies per entry on a big page).
void Append(kainjow::mustache::data* list, kainjow::mustache::data&& item);

// The facts a page or the site index shows about a timeline: its title,
// pair (codes and names), span, entry count, counts by type and by status.
kainjow::mustache::data TimelineSummaryData(const Timeline& timeline);

// Turns a kainjow error message ("Unclosed tag at 42") about `text` read
// from `origin` into a file:line:col diagnostic.
Diagnostic TemplateDiagnostic(const std::string& origin, const std::string& text,
                              const std::string& message);

}  // namespace annals
