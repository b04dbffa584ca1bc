#include "annals/events.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "actors.h"
#include "annals/bundle.h"
#include "event_rules.h"
#include "merge.h"

namespace annals {

struct Assembler::Impl {
  AssembleOptions options;
  ActorLexicon actors;
  EventRules rules;
  std::mutex mutex;  // guards mentions: Add may run on several threads
  std::vector<Mention> mentions;
};

Assembler::Assembler(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Assembler::~Assembler() = default;

bool Assembler::Load(const AssembleOptions& options, std::unique_ptr<Assembler>* out,
                     Diagnostic* error) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (!impl->actors.Load(error) || !impl->rules.Load(error)) return false;
  if (!options.actors_file.empty()) {
    std::string contents, err;
    if (!ReadFile(options.actors_file, &contents, &err)) {
      *error = Diagnostic{options.actors_file, 0, 0, Severity::kError, err};
      return false;
    }
    if (!impl->actors.AddOfficeHolders(options.actors_file, contents, error)) return false;
  }
  out->reset(new Assembler(std::move(impl)));
  if (options.pair) {
    for (const std::string& side : *options.pair) {
      std::string code;
      if (!(*out)->LookupCountry(side, &code)) {
        *error = Diagnostic{"", 0, 0, Severity::kError, "--pair: unknown country '" + side + "'"};
        out->reset();
        return false;
      }
    }
  }
  return true;
}

bool Assembler::LookupCountry(const std::string& name_or_code, std::string* code) const {
  return impl_->actors.LookupCountry(name_or_code, code);
}

void Assembler::Add(const Article& article, const std::vector<TimeExpression>& times) {
  // The rules and the lexicon are read-only: extraction runs unlocked.
  std::vector<Mention> found = impl_->rules.Extract(article, times, impl_->actors);
  // An event with fewer than two sides belongs to no pair: one side's
  // domestic news. Dropping it here keeps memory to the timeline's size.
  std::erase_if(found, [](const Mention& m) { return m.actors.size() < 2; });
  for (size_t i = 0; i < found.size(); ++i) found[i].sequence = i;
  std::lock_guard<std::mutex> lock(impl_->mutex);
  for (Mention& m : found) impl_->mentions.push_back(std::move(m));
}

AssembleResult Assembler::Finish() {
  AssembleResult result;
  // Whatever order threads added articles in, the result is the same: by
  // file, then by place in the file.
  // Indices are sorted, not the (large) mentions themselves.
  std::vector<Mention>& all = impl_->mentions;
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (all[a].source.file != all[b].source.file) return all[a].source.file < all[b].source.file;
    return all[a].sequence < all[b].sequence;
  });
  std::vector<Mention> sorted;
  sorted.reserve(all.size());
  for (size_t i : order) sorted.push_back(std::move(all[i]));
  all = std::move(sorted);
  for (size_t i = 0; i < all.size(); ++i) all[i].sequence = i;
  if (impl_->options.pair) {
    for (size_t i = 0; i < 2; ++i) LookupCountry((*impl_->options.pair)[i], &result.pair[i]);
  } else {
    // The pair of countries that take part together in the most events.
    std::map<std::pair<std::string, std::string>, int> counts;
    for (const Mention& m : impl_->mentions) {
      std::vector<std::string> countries;
      for (const std::string& code : m.actors) {
        if (impl_->actors.CountryName(code) != code) countries.push_back(code);
      }
      for (size_t i = 0; i < countries.size(); ++i) {
        for (size_t j = i + 1; j < countries.size(); ++j) ++counts[{countries[i], countries[j]}];
      }
    }
    int best = 0;
    for (const auto& [pair, count] : counts) {
      if (count > best) {
        best = count;
        result.pair = {pair.first, pair.second};
      }
    }
    result.pair_guessed = true;
  }
  if (!result.pair[0].empty() && !result.pair[1].empty()) {
    result.entries = MergeMentions(std::move(impl_->mentions), result.pair, impl_->actors);
  }
  impl_->mentions.clear();
  return result;
}

}  // namespace annals
