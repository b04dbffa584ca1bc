#include "pair_choice.h"

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
annals::Mention M(const std::string& family, std::set<std::string> actors) {
  annals::Mention m;
  m.family = family;
  m.actors = std::move(actors);
  return m;
}
using Pair = std::array<std::string, 2>;
}  // namespace

TEST_CASE("the broker of a deal between two countries is not one of its pair", "[pair]") {
  // Four reports of the deal name all three countries, one report of talks
  // only the two parties, and one the broker's quarrel with one of them:
  // counting co-mentions would tie CHN,SAU with IRN,SAU.
  std::vector<annals::Mention> mentions = {
      M("agreement", {"CHN", "IRN", "SAU"}), M("agreement", {"CHN", "IRN", "SAU"}),
      M("agreement", {"CHN", "IRN", "SAU"}), M("agreement", {"CHN", "IRN", "SAU"}),
      M("meeting", {"IRN", "SAU"}),          M("protest", {"CHN", "SAU"}),
  };
  CHECK(annals::ChoosePair(mentions, Lexicon()) == Pair{"IRN", "SAU"});
}

TEST_CASE("bilateral kinds of event outweigh reactions of third countries", "[pair]") {
  // Two protests by a third country against one side weigh less than two
  // meetings between the pair.
  std::vector<annals::Mention> mentions = {
      M("protest", {"CHN", "JPN"}), M("protest", {"CHN", "JPN"}), M("protest", {"CHN", "JPN"}),
      M("meeting", {"JPN", "KOR"}), M("visit", {"JPN", "KOR"}),
  };
  CHECK(annals::ChoosePair(mentions, Lexicon()) == Pair{"JPN", "KOR"});
}

TEST_CASE("organisations and single countries choose no pair", "[pair]") {
  std::vector<annals::Mention> mentions = {M("meeting", {"USA"})};
  CHECK(annals::ChoosePair(mentions, Lexicon()) == Pair{"", ""});
  mentions.push_back(M("meeting", {"UN", "USA"}));
  mentions.push_back(M("meeting", {"UN", "USA"}));
  CHECK(annals::ChoosePair(mentions, Lexicon()) == Pair{"", ""});
  mentions.push_back(M("meeting", {"CHN", "USA"}));
  CHECK(annals::ChoosePair(mentions, Lexicon()) == Pair{"CHN", "USA"});
}
