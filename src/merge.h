// Merging event mentions into timeline entries: the same event reported in
// several sentences or articles becomes one entry with every source and the
// most precise date.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "actors.h"
#include "annals/entry.h"
#include "event_rules.h"
#include "mention_store.h"

namespace annals {

// True when `a` and `b` may report the same event: overlapping dates, the
// same family (or a summit or meeting no more precisely dated than the visit
// it took place during), no two different principals, places that agree.
bool SameEvent(const Mention& a, const Mention& b, const ActorLexicon& actors);

// The entries for `pair` from `mentions`: only mentions whose participants
// include both sides, merged, sorted by date then id.
std::vector<Entry> MergeMentions(std::vector<Mention> mentions,
                                 const std::array<std::string, 2>& pair,
                                 const ActorLexicon& actors);

// The same from mentions kept compactly; each is decoded when the merge
// looks at it, so the build never holds them all as Mentions.
std::vector<Entry> MergeMentions(const MentionStore& store, const std::array<std::string, 2>& pair,
                                 const ActorLexicon& actors);

}  // namespace annals
