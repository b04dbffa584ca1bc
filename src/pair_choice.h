// Which two countries a build is about when no --pair is given.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "actors.h"
#include "event_rules.h"
#include "mention_store.h"

namespace annals {

// The pair the mentions discuss most: each mention is one vote shared by
// the pairs of countries it names (a mention of exactly two countries is a
// whole vote for them; "a deal between Saudi Arabia and Iran brokered by
// China" splits its vote three ways), and a vote counts double for a kind
// of event that is bilateral by nature (a visit, a meeting, a call, an
// agreement). Ties go to the pair named first in alphabetical order. Both
// codes are empty when no mention names two countries.
std::array<std::string, 2> ChoosePair(const std::vector<Mention>& mentions,
                                      const ActorLexicon& actors);
// The same over mentions kept compactly, in their order.
std::array<std::string, 2> ChoosePair(const MentionStore& mentions, const ActorLexicon& actors);

}  // namespace annals
