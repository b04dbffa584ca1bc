// The build pipeline: ingest -> resolve -> assemble over a set of paths, with
// the costly per-article work (decoding, extraction, date finding, resolving)
// on worker threads. What a user sees does not depend on the thread count:
// articles reach the assembler, and messages the callbacks, in file order.
// Details: docs/build.md.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "annals/events.h"
#include "annals/ingest.h"
#include "annals/resolve.h"

namespace annals {

struct BuildOptions {
  IngestOptions ingest;
  // Worker threads for parsing and resolving; 1 runs everything on the
  // calling thread. 0 is taken as 1.
  unsigned jobs = 1;
};

struct BuildStats {
  std::size_t articles = 0;  // articles handed to the assembler
  std::size_t bytes = 0;     // bytes of article files read (including ones left out later)
};

// The number of hardware threads, at least 1: the default for --jobs.
unsigned DefaultJobs();

// Reads the articles under `paths` (files or folders, as IngestPaths does),
// resolves each against its publication date and adds it to `assembler`.
// `on_article` sees each kept article just before the assembler does;
// `on_skipped` each file left out. Both, and `assembler->Add`, run on the
// calling thread in file order. `resolver` is shared read-only by the
// workers. Returns false with `err` when a path cannot be read at all or,
// with `strict`, an article has no date; what came before it in file order
// has then been handed on, and nothing after it.
bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, Assembler* assembler,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err);

}  // namespace annals
