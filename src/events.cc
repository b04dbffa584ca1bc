#include "annals/events.h"

#include <algorithm>
#include <array>
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
  // --pair as alpha-3 codes; empty when the pair is to be guessed.
  std::array<std::string, 2> pair_codes;
  std::mutex mutex;  // guards articles: Add may run on several threads
  // The mentions of each Add call, as they came: moving a vector in is
  // cheap, moving each mention into one long vector is not.
  std::vector<std::vector<Mention>> articles;
  std::vector<Mention> mentions;  // Finish: every mention, in file order
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
    for (size_t i = 0; i < 2; ++i)
      (*out)->LookupCountry((*options.pair)[i], &(*out)->impl_->pair_codes[i]);
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
  // With --pair, a mention without both sides never reaches the timeline
  // (MergeMentions drops it): it is not kept. The order of the rest is
  // what the merge looks at, not their numbers.
  const std::array<std::string, 2>& pair = impl_->pair_codes;
  if (!pair[0].empty() && !pair[1].empty()) {
    std::erase_if(found, [&](const Mention& m) {
      return !m.actors.count(pair[0]) || !m.actors.count(pair[1]);
    });
  }
  if (found.empty()) return;
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->articles.push_back(std::move(found));
}

AssembleResult Assembler::Finish() {
  AssembleResult result;
  // Whatever order threads added articles in, the result is the same: by
  // file, then by place in the file.
  // Each Add's mentions are one file's, already in order: the articles are
  // sorted (indices, not the large mentions), and each mention is moved
  // once. Two adds of the same file are interleaved by place in the file,
  // earlier add first, as one stable sort by (file, place) would.
  std::vector<std::vector<Mention>>& articles = impl_->articles;
  std::vector<size_t> order(articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto file_of = [&](size_t a) -> const std::string& { return articles[a].front().source.file; };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return file_of(a) < file_of(b); });
  size_t total = 0;
  for (const std::vector<Mention>& found : articles) total += found.size();
  std::vector<Mention>& all = impl_->mentions;
  all.clear();
  all.reserve(total);
  std::vector<Mention*> run;
  for (size_t i = 0; i < order.size();) {
    size_t end = i + 1;
    while (end < order.size() && file_of(order[end]) == file_of(order[i])) ++end;
    run.clear();
    for (size_t k = i; k < end; ++k) {
      for (Mention& m : articles[order[k]]) run.push_back(&m);
    }
    if (end - i > 1) {
      std::stable_sort(run.begin(), run.end(),
                       [](const Mention* a, const Mention* b) { return a->sequence < b->sequence; });
    }
    for (Mention* m : run) all.push_back(std::move(*m));
    // Freed as it goes, so that the mentions are not held twice.
    for (size_t k = i; k < end; ++k) std::vector<Mention>().swap(articles[order[k]]);
    i = end;
  }
  std::vector<std::vector<Mention>>().swap(articles);
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
