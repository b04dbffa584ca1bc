// Publishing: static HTML pages from Mustache templates, and exports.
#pragma once

#include <string>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/timeline.h"

namespace annals {

struct RenderOptions {
  std::string templates_dir;  // empty: the bundled templates/default
};

// Writes `out_dir`/index.html for one timeline.
bool RenderTimeline(const Timeline& timeline, const std::string& out_dir,
                    const RenderOptions& options, std::vector<Diagnostic>* diagnostics);

// The page as a string (what RenderTimeline writes).
bool RenderTimelinePage(const Timeline& timeline, const RenderOptions& options, std::string* html,
                        std::vector<Diagnostic>* diagnostics);

}  // namespace annals
