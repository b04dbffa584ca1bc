// The walk with its reading deferred, for `annals build`: the calling thread
// only lists files in order, and each file is read on the worker that parses
// it (src/build.cc). Defined in ingest.cc.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "annals/ingest.h"

namespace annals {

// WalkArticleFiles without opening the files: `on_found` gets each
// candidate article with empty `contents` (and its sidecar entry); the size
// cap, the reading and the binary check are left to ReadRawArticle.
bool WalkArticlePaths(const std::vector<std::string>& paths, const IngestOptions& options,
                      const std::function<bool(RawArticle&&, std::string* err)>& on_found,
                      const std::function<void(const Skipped&)>& on_skipped, std::string* err);

// Reads the bytes of a candidate from WalkArticlePaths into `raw->contents`.
// False with `reason` (a skip note: "binary file, not text; skipped") when
// the file is left out. Safe on any thread.
bool ReadRawArticle(RawArticle* raw, const IngestOptions& options, std::string* reason);

}  // namespace annals
