// A sidecar file kept next to the articles, giving what the articles do not
// say themselves: articles.yaml
//   2015-12-02-cyber.txt: {date: 2015-12-02, url: ..., outlet: Xinhua, title: ...}
// (or a list of mappings with a `file:` key), or articles.csv with a header
// row naming the columns file, date, url, outlet, title (any order).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "annals/ingest.h"
#include "ingest_lexicon.h"

namespace annals {

inline constexpr const char* kSidecarNames[] = {"articles.yaml", "articles.yml", "articles.csv"};

// Reads the sidecar `path` (its contents in `contents`). Entries are keyed by
// the file name as written, relative to the sidecar's folder. A bad entry is
// left out with a "path:line:col: message" in `problems`; the rest are kept.
void ParseSidecar(const std::string& path, const std::string& contents, const IngestLexicon& lex,
                  std::map<std::string, SidecarEntry>* entries, std::vector<std::string>* problems);

}  // namespace annals
