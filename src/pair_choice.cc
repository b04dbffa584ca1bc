#include "pair_choice.h"

#include <map>
#include <string_view>
#include <utility>

namespace annals {

namespace {

// Families whose events are between two parties by nature; protests,
// sanctions and incidents often name a third country that only reacts.
bool IsBilateralFamily(std::string_view family) {
  return family == "visit" || family == "meeting" || family == "call" || family == "dialogue" ||
         family == "agreement" || family == "statement";
}

// The votes of every mention in turn (the order of a floating-point sum is
// part of the result), then the pair with the most.
template <typename ForEachMention>
std::array<std::string, 2> Choose(const ForEachMention& for_each, const ActorLexicon& actors) {
  std::map<std::pair<std::string, std::string>, double> votes;
  std::vector<std::string_view> countries;
  for_each([&](const auto& codes, std::string_view family) {
    countries.clear();
    // Organisations take part in events but a timeline is between countries.
    for (const auto& code : codes) {
      std::string text(code);
      if (actors.CountryName(text) != text) countries.push_back(code);
    }
    size_t n = countries.size();
    if (n < 2) return;
    double pairs = static_cast<double>(n * (n - 1) / 2);
    double vote = (IsBilateralFamily(family) ? 2.0 : 1.0) / pairs;
    // The codes come in order, so each pair is keyed the same way every time.
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j)
        votes[{std::string(countries[i]), std::string(countries[j])}] += vote;
    }
  });
  std::array<std::string, 2> best_pair;
  double best = 0;
  for (const auto& [pair, count] : votes) {
    // A margin keeps sums of thirds from deciding a tie by rounding.
    if (count > best + 1e-9) {
      best = count;
      best_pair = {pair.first, pair.second};
    }
  }
  return best_pair;
}

}  // namespace

std::array<std::string, 2> ChoosePair(const std::vector<Mention>& mentions,
                                      const ActorLexicon& actors) {
  return Choose(
      [&](const auto& vote) {
        for (const Mention& m : mentions) vote(m.actors, m.family);
      },
      actors);
}

std::array<std::string, 2> ChoosePair(const MentionStore& mentions, const ActorLexicon& actors) {
  std::vector<std::string_view> codes;
  return Choose(
      [&](const auto& vote) {
        for (size_t i = 0; i < mentions.size(); ++i) {
          mentions.Actors(i, &codes);
          vote(codes, mentions.Family(i));
        }
      },
      actors);
}

}  // namespace annals
