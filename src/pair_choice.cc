#include "pair_choice.h"

#include <map>
#include <string_view>
#include <unordered_map>
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
  // Keyed by views of the codes (the callers' strings outlive the vote):
  // the same order as strings, without two strings made per pair per
  // mention.
  std::map<std::pair<std::string_view, std::string_view>, double> votes;
  std::vector<std::string_view> countries;
  // Whether a code is a country, asked of the lexicon once per code, not
  // once per mention (a build has thousands of mentions and a few codes).
  std::unordered_map<std::string_view, bool> is_country;
  for_each([&](const auto& codes, std::string_view family) {
    countries.clear();
    // Organisations take part in events but a timeline is between countries.
    for (const auto& code : codes) {
      auto [known, fresh] = is_country.try_emplace(std::string_view(code), false);
      if (fresh) {
        std::string text(code);
        known->second = actors.CountryName(text) != text;
      }
      if (known->second) countries.push_back(code);
    }
    size_t n = countries.size();
    if (n < 2) return;
    double pairs = static_cast<double>(n * (n - 1) / 2);
    double vote = (IsBilateralFamily(family) ? 2.0 : 1.0) / pairs;
    // The codes come in order, so each pair is keyed the same way every time.
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) votes[{countries[i], countries[j]}] += vote;
    }
  });
  std::array<std::string, 2> best_pair;
  double best = 0;
  for (const auto& [pair, count] : votes) {
    // A margin keeps sums of thirds from deciding a tie by rounding.
    if (count > best + 1e-9) {
      best = count;
      best_pair = {std::string(pair.first), std::string(pair.second)};
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
