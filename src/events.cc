#include "annals/events.h"

#include <algorithm>
#include <array>
#include <map>
#include <mutex>

#include "actors.h"
#include "annals/bundle.h"
#include "annals/date_value.h"
#include "event_rules.h"
#include "mention_store.h"
#include "merge.h"
#include "pair_choice.h"

namespace annals {

struct Assembler::Impl {
  AssembleOptions options;
  ActorLexicon actors;
  EventRules rules;
  // --pair as alpha-3 codes; empty when the pair is to be guessed.
  std::array<std::string, 2> pair_codes;
  std::mutex mutex;  // guards mentions: Add may run on several threads
  // Every kept mention, compact (mention_store.h): the whole build's.
  MentionStore mentions;
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
    // "--pair GRL,USA": Greenland is its own side, not Denmark's.
    const std::array<std::string, 2>& codes = (*out)->impl_->pair_codes;
    (*out)->impl_->actors.KeepOwnCodes({codes[0], codes[1]});
    (*out)->impl_->rules.SetPair(codes);
  }
  return true;
}

bool Assembler::LookupCountry(const std::string& name_or_code, std::string* code) const {
  return impl_->actors.LookupCountry(name_or_code, code);
}

void Assembler::Add(const Article& article, const std::vector<TimeExpression>& times) {
  Add(article, times, nullptr);
}

void Assembler::Add(const Article& article, const std::vector<TimeExpression>& times,
                    const TokenizedText* tokenized) {
  // The rules and the lexicon are read-only: extraction runs unlocked.
  // The mentions' sources are left without the article's file, publication
  // day, outlet and url: the store is given them once, for all its mentions.
  std::vector<Mention> found =
      impl_->rules.Extract(article, times, impl_->actors, tokenized, false);
  // (Extract finds nothing in an article without a publication day.)
  std::string published = found.empty() ? std::string() : FormatDay(*article.published);
  const MentionStore::ArticleSource source{article.file, published, article.outlet, article.url};
  // An event with fewer than two sides belongs to no pair: one side's
  // domestic news. Leaving it out here keeps memory to the timeline's size.
  // The rest are numbered in order. With --pair, a mention without both
  // sides never reaches the timeline (MergeMentions drops it): it is not
  // kept either, but it keeps its number: the order of the kept ones is
  // what the merge looks at, not their numbers. (Skipped, not erased: an
  // erase moves every later Mention down.)
  const std::array<std::string, 2>& pair = impl_->pair_codes;
  bool with_pair = !pair[0].empty() && !pair[1].empty();
  size_t sequence = 0;
  std::lock_guard<std::mutex> lock(impl_->mutex);
  for (Mention& m : found) {
    if (m.actors.size() < 2) continue;
    m.sequence = sequence++;
    if (with_pair && (!m.actors.count(pair[0]) || !m.actors.count(pair[1]))) continue;
    impl_->mentions.Add(m, source);
  }
}

AssembleResult Assembler::Finish() {
  AssembleResult result;
  // Whatever order threads added articles in, the result is the same: by
  // file, then by place in the file.
  impl_->mentions.SortByFileThenSequence();
  if (impl_->options.pair) {
    for (size_t i = 0; i < 2; ++i) LookupCountry((*impl_->options.pair)[i], &result.pair[i]);
  } else {
    result.pair = ChoosePair(impl_->mentions, impl_->actors);
    result.pair_guessed = true;
  }
  if (!result.pair[0].empty() && !result.pair[1].empty()) {
    result.entries = MergeMentions(impl_->mentions, result.pair, impl_->actors);
  }
  impl_->mentions.clear();
  return result;
}

}  // namespace annals
