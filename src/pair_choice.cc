#include "pair_choice.h"

#include <map>
#include <utility>

namespace annals {

namespace {

// Families whose events are between two parties by nature; protests,
// sanctions and incidents often name a third country that only reacts.
bool IsBilateralFamily(const std::string& family) {
  return family == "visit" || family == "meeting" || family == "call" || family == "dialogue" ||
         family == "agreement" || family == "statement";
}

}  // namespace

std::array<std::string, 2> ChoosePair(const std::vector<Mention>& mentions,
                                      const ActorLexicon& actors) {
  std::map<std::pair<std::string, std::string>, double> votes;
  std::vector<std::string> countries;
  for (const Mention& m : mentions) {
    countries.clear();
    // Organisations take part in events but a timeline is between countries.
    for (const std::string& code : m.actors) {
      if (actors.CountryName(code) != code) countries.push_back(code);
    }
    size_t n = countries.size();
    if (n < 2) continue;
    double pairs = static_cast<double>(n * (n - 1) / 2);
    double vote = (IsBilateralFamily(m.family) ? 2.0 : 1.0) / pairs;
    // m.actors is ordered, so each pair is keyed the same way every time.
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) votes[{countries[i], countries[j]}] += vote;
    }
  }
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

}  // namespace annals
