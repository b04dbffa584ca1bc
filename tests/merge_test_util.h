// Helpers for tests that merge one article's mentions into timeline
// entries: what a reader of the timeline would see of a sentence.
#pragma once

#include <array>
#include <set>
#include <string>
#include <vector>

#include "event_test_util.h"
#include "merge.h"

namespace annals::testing {

// The invented pairs the event tests tell of.
inline const std::array<std::string, 2> kPerChl{"PER", "CHL"};
inline const std::array<std::string, 2> kNorKen{"NOR", "KEN"};
inline const std::array<std::string, 2> kGhaTgo{"GHA", "TGO"};

// The entries of the timeline of `pair` that one article of `body` gives.
inline std::vector<Entry> PairEntries(ResolvedEventFixture& f, const std::string& body,
                                      const std::array<std::string, 2>& pair) {
  return MergeMentions(f.Extract(body), pair, BundledActors());
}

// "type date" of each entry, as a multiset to compare whole outcomes.
inline std::multiset<std::string> EntryTypes(const std::vector<Entry>& entries) {
  std::multiset<std::string> types;
  for (const Entry& e : entries) types.insert(e.type + " " + e.date);
  return types;
}

// The two-sided entries of `pair` that one article of `body` gives when it
// is filed from `dateline` (empty: no dateline), on the fixture's day.
inline std::vector<Entry> DatelinedPairEntries(ResolvedEventFixture& f, const std::string& body,
                                               const std::array<std::string, 2>& pair,
                                               const std::string& dateline = "") {
  std::vector<Mention> found =
      f.rules.Extract(MakeArticle("a.txt", f.published, body, dateline),
                      f.resolver->Resolve(body, f.published), BundledActors());
  std::erase_if(found, [](const Mention& m) { return m.actors.size() < 2; });
  return MergeMentions(found, pair, BundledActors());
}

// "type date @place" of each entry: where an entry was placed is part of
// what is checked.
inline std::multiset<std::string> EntryTypesAndPlaces(const std::vector<Entry>& entries) {
  std::multiset<std::string> told;
  for (const Entry& e : entries) told.insert(e.type + " " + e.date + " @" + e.place);
  return told;
}

}  // namespace annals::testing
