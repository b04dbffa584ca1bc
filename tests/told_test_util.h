// The probe shape of the event tests: one invented sentence filed from a
// town on Wednesday 2024-03-13 and read as the pair's timeline would show
// it. Every probe test file asks this, so it is written once.
#pragma once

#include <array>
#include <set>
#include <string>

#include "merge_test_util.h"

namespace annals::testing {

struct TellOptions {
  bool with_place = false;  // "type date status @place" instead of "type date status"
  bool pair_asked = false;  // as `--pair` does: the rules know the pair
};

// Each two-sided entry of `pair` that `body`, filed from `town` on
// Wednesday 2024-03-13, gives, as "type date status" (and " @place").
inline std::multiset<std::string> ToldEntries(const std::string& body,
                                              const std::array<std::string, 2>& pair,
                                              const std::string& town, TellOptions options = {}) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  if (options.pair_asked) f.rules.SetPair({pair[0], pair[1]});
  std::multiset<std::string> told;
  for (const Entry& e : DatelinedPairEntries(f, body, pair, town))
    told.insert(e.type + " " + e.date + " " + e.status +
                (options.with_place ? " @" + e.place : ""));
  return told;
}

// The titles of the same entries.
inline std::multiset<std::string> ToldTitles(const std::string& body,
                                             const std::array<std::string, 2>& pair,
                                             const std::string& town) {
  ResolvedEventFixture f(date::year{2024} / 3 / 13);
  std::multiset<std::string> titles;
  for (const Entry& e : DatelinedPairEntries(f, body, pair, town)) titles.insert(e.title);
  return titles;
}

}  // namespace annals::testing
