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
  // Lets the assembler's Add run on the worker threads, in any order, once
  // the article is kept (which is still decided in file order). Only for an
  // Assembler whose Add is safe to call from several threads at once and
  // whose result does not depend on the order of calls.
  bool concurrent_add = false;
  // With workers: while this says false (the callbacks are not ready to run
  // yet, e.g. the assembler is still loading), the workers go on reading and
  // resolving up to a larger window instead of waiting for the calling
  // thread to take their articles. Unset: always ready.
  std::function<bool()> consumer_ready;
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
// `on_skipped` each file left out. Both, and `assembler->Add` (unless
// `concurrent_add`), run on the calling thread in file order. `resolver` is
// shared read-only by the workers. Returns false with `err` when a path cannot be read at all or,
// with `strict`, an article has no date; what came before it in file order
// has then been handed on, and nothing after it.
bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, Assembler* assembler,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err);

// The same pipeline with any consumer in place of Assembler::Add: `add`
// gets each kept article with its time expressions, on the calling thread
// in file order, or, with `concurrent_add`, on the workers in any order.
using AddArticle = std::function<void(const Article&, const std::vector<TimeExpression>&)>;
bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, const AddArticle& add,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err);

// The same, handing `add` also the resolver's tokens of the article's body
// (for Assembler::Add: the article is then split into words once).
using AddTokenizedArticle = std::function<void(const Article&, const std::vector<TimeExpression>&,
                                               const TokenizedText& tokenized)>;
bool BuildFromPaths(const std::vector<std::string>& paths, const BuildOptions& options,
                    const Resolver& resolver, const AddTokenizedArticle& add,
                    const std::function<void(const Article&)>& on_article,
                    const std::function<void(const Skipped&)>& on_skipped, BuildStats* stats,
                    std::string* err);

}  // namespace annals
