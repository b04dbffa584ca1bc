#include "annals/render.h"

#include <filesystem>
#include <fstream>

#include <kainjow/mustache.hpp>

#include "annals/bundle.h"
#include "annals/date_value.h"

namespace annals {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

bool ReadTemplate(const RenderOptions& options, const std::string& name, std::string* text,
                  std::string* origin, std::string* err) {
  if (!options.templates_dir.empty()) {
    *origin = options.templates_dir + "/" + name;
    return ReadFile(*origin, text, err);
  }
  return ReadResource("templates/default/" + name, text, origin, err);
}

}  // namespace

bool RenderTimelinePage(const Timeline& timeline, const RenderOptions& options, std::string* html,
                        std::vector<Diagnostic>* diagnostics) {
  std::string text, origin, err;
  if (!ReadTemplate(options, "timeline.mustache", &text, &origin, &err)) {
    diagnostics->push_back(Diagnostic{origin, 0, 0, Severity::kError, err});
    return false;
  }
  mustache page(text);
  if (!page.is_valid()) {
    diagnostics->push_back(Diagnostic{origin, 0, 0, Severity::kError, page.error_message()});
    return false;
  }
  data events = data::type::list;
  for (const Entry& e : timeline.events) {
    data entry;
    entry.set("id", e.id);
    entry.set("date", e.date);
    entry.set("display_date", DisplayDate(e.date, e.qualifier));
    entry.set("title", e.title);
    entry.set("type", e.type);
    entry.set("status", e.status);
    if (!e.place.empty()) entry.set("place", e.place);
    data sources = data::type::list;
    for (const Source& s : e.sources) {
      data source;
      source.set("file", s.file);
      source.set("published", s.published);
      source.set("quote", s.quote);
      sources.push_back(source);
    }
    entry.set("sources", sources);
    events.push_back(entry);
  }
  data context;
  context.set("title", timeline.title);
  context.set("pair_names", timeline.pair[0] + " – " + timeline.pair[1]);
  context.set("count", std::to_string(timeline.events.size()));
  context.set("events", events);
  *html = page.render(context);
  return true;
}

bool RenderTimeline(const Timeline& timeline, const std::string& out_dir,
                    const RenderOptions& options, std::vector<Diagnostic>* diagnostics) {
  std::string html;
  if (!RenderTimelinePage(timeline, options, &html, diagnostics)) return false;
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  std::string path = out_dir + "/index.html";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << html;
  if (!out) {
    diagnostics->push_back(Diagnostic{path, 0, 0, Severity::kError, "cannot write"});
    return false;
  }
  return true;
}

}  // namespace annals
