// `annals publish`: a site with an index page and a page per timeline.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include <kainjow/mustache.hpp>

#include "annals/render.h"
#include "render_templates.h"
#include "render_util.h"

namespace annals {

namespace {

namespace fs = std::filesystem;
using kainjow::mustache::data;

// A folder name that works in any URL and on any file system.
std::string Slug(const std::string& stem) {
  std::string slug;
  for (char c : stem) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.') {
      slug += static_cast<char>(std::tolower(u));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && (slug.back() == '-' || slug.back() == '.')) slug.pop_back();
  while (!slug.empty() && slug.front() == '.') slug.erase(slug.begin());
  return slug.empty() ? "timeline" : slug;
}

}  // namespace

bool RenderIndexPage(const std::vector<SiteTimeline>& timelines, const RenderOptions& options,
                     std::string* html, std::vector<Diagnostic>* diagnostics) {
  Theme theme;
  if (!theme.Load(options.templates_dir, diagnostics)) return false;
  data list = data::type::list;
  size_t total = 0;
  for (const SiteTimeline& t : timelines) {
    data item = TimelineSummaryData(t.timeline);
    item.set("href", t.slug + "/index.html");
    item.set("slug", t.slug);
    item.set("file", t.file);
    list.push_back(item);
    total += t.timeline.events.size();
  }
  data context;
  context.set("version", ANNALS_VERSION);
  context.set("timelines", list);
  context.set("has_timelines", !timelines.empty());
  context.set("timeline_count_label", std::to_string(timelines.size()) +
                                          (timelines.size() == 1 ? " timeline" : " timelines"));
  context.set("total_entries", std::to_string(total));
  return theme.Render("index", std::move(context), html, diagnostics);
}

bool PublishSite(const std::string& timelines_dir, const std::string& out_dir,
                 const RenderOptions& options, std::vector<std::string>* written,
                 std::vector<Diagnostic>* diagnostics) {
  std::error_code ec;
  if (!fs::is_directory(timelines_dir, ec)) {
    diagnostics->push_back({timelines_dir, 0, 0, Severity::kError, "not a folder of timelines"});
    return false;
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(timelines_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;
    if (it->is_regular_file(ec)) {
      files.push_back(it->path());
    } else if (!it->is_directory(ec)) {
      // A FIFO would block the read, a device never end it: said, not hidden.
      diagnostics->push_back(
          {it->path().string(), 0, 0, Severity::kWarning, "not a regular file; skipped"});
    }
  }
  if (ec) {
    diagnostics->push_back({timelines_dir, 0, 0, Severity::kError, "cannot list: " + ec.message()});
    return false;
  }
  std::sort(files.begin(), files.end());

  // Load and render everything before writing anything: a bad timeline must
  // not leave a site that is half old and half new.
  std::vector<SiteTimeline> timelines;
  std::set<std::string> slugs;
  bool ok = true;
  for (const fs::path& file : files) {
    SiteTimeline t;
    t.file = file.string();
    if (!LoadTimeline(t.file, &t.timeline, diagnostics)) {
      ok = false;
      continue;
    }
    std::string base = Slug(file.stem().string()), slug = base;
    for (int n = 2; slugs.count(slug); ++n) slug = base + "-" + std::to_string(n);
    slugs.insert(slug);
    t.slug = slug;
    timelines.push_back(std::move(t));
  }
  if (!ok) return false;
  RenderOptions page_options = options;
  page_options.index_href = "../index.html";
  std::vector<std::pair<std::string, std::string>> pages;
  for (const SiteTimeline& t : timelines) {
    std::string html;
    if (!RenderTimelinePage(t.timeline, page_options, &html, diagnostics)) return false;
    pages.emplace_back(out_dir + "/" + t.slug + "/index.html", std::move(html));
  }
  std::string index;
  if (!RenderIndexPage(timelines, options, &index, diagnostics)) return false;
  pages.emplace_back(out_dir + "/index.html", std::move(index));
  for (const auto& [path, html] : pages) {
    std::string err;
    if (!WriteFileAtomically(path, html, &err)) {
      diagnostics->push_back({"", 0, 0, Severity::kError, err});
      return false;
    }
    written->push_back(path);
  }
  return true;
}

}  // namespace annals
