// Publishing: static HTML pages from Mustache templates (kainjow). A theme is
// a folder of templates: timeline.mustache (one timeline), index.mustache
// (the site index), any other NAME.mustache usable as the partial {{> NAME}},
// and style.css / script.js, inlined into the page as {{{css}}} / {{{script}}}
// so the page needs nothing beside it. Files a custom theme leaves out come
// from the bundled templates/default.
#pragma once

#include <string>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/timeline.h"

namespace annals {

struct RenderOptions {
  std::string templates_dir;  // empty: the bundled templates/default
  // Link from a timeline page back to the site index ("../index.html" when
  // published); empty for a page rendered on its own.
  std::string index_href;
};

// Writes `out_dir`/index.html for one timeline (atomically).
bool RenderTimeline(const Timeline& timeline, const std::string& out_dir,
                    const RenderOptions& options, std::vector<Diagnostic>* diagnostics);

// The page as a string (what RenderTimeline writes).
bool RenderTimelinePage(const Timeline& timeline, const RenderOptions& options, std::string* html,
                        std::vector<Diagnostic>* diagnostics);

// One timeline of a site: where it came from and the folder its page goes to.
struct SiteTimeline {
  std::string file;  // the YAML file
  std::string slug;  // folder under the site: the file name without extension
  Timeline timeline;
};

// The site index listing `timelines` (pair, span, entry counts, link).
bool RenderIndexPage(const std::vector<SiteTimeline>& timelines, const RenderOptions& options,
                     std::string* html, std::vector<Diagnostic>* diagnostics);

// Reads every *.yaml / *.yml file under `timelines_dir` and writes
// `out_dir`/index.html plus `out_dir`/SLUG/index.html per timeline. Nothing
// is written unless every timeline loads and every page renders. `written`
// receives the pages written.
bool PublishSite(const std::string& timelines_dir, const std::string& out_dir,
                 const RenderOptions& options, std::vector<std::string>* written,
                 std::vector<Diagnostic>* diagnostics);

}  // namespace annals
