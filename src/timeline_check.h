// Checking a timeline's YAML tree against format 1 and reading it into a
// Timeline: unknown keys with "did you mean", impossible dates, vocabularies,
// duplicate ids, missing fields, unknown country codes, each at its
// 1-based line and column.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/timeline.h"
#include "yaml_tree.h"

namespace annals {

// Reads `root` into `out`, appending a diagnostic for every problem.
void CheckTimelineTree(const std::string& file, const YamlNode& root,
                       const std::set<std::string>& country_codes, Timeline* out,
                       std::vector<Diagnostic>* diagnostics);

// The candidate closest to `word` by edit distance (a swap of two
// neighbouring letters counts as one edit), or "" when none is close enough
// to be a likely typo.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace annals
