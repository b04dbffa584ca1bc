// The assembler: from articles and their resolved time expressions, the
// dated events between two countries, merged across sentences and articles.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/diagnostic.h"
#include "annals/entry.h"
#include "annals/ingest.h"
#include "annals/resolve.h"

namespace annals {

struct AssembleOptions {
  // The two sides as alpha-3 codes; empty: the pair the articles discuss most.
  std::optional<std::array<std::string, 2>> pair;
  std::string actors_file;  // --actors: extra office holders
};

struct AssembleResult {
  std::array<std::string, 2> pair;  // the pair used
  bool pair_guessed = false;
  std::vector<Entry> entries;  // sorted by date, then id
};

class Assembler {
 public:
  static bool Load(const AssembleOptions& options, std::unique_ptr<Assembler>* out,
                   Diagnostic* error);
  ~Assembler();
  Assembler(const Assembler&) = delete;
  Assembler& operator=(const Assembler&) = delete;

  // Adds the event mentions of one article. Safe to call from several
  // threads at once; the result does not depend on the order of calls.
  void Add(const Article& article, const std::vector<TimeExpression>& times);
  // The same with the resolver's tokens of the article's body (from
  // Resolver::Resolve with `kept`, or null): the event rules make their
  // words of them instead of splitting the text again.
  void Add(const Article& article, const std::vector<TimeExpression>& times,
           const TokenizedText* tokenized);
  // Merges the mentions into entries for the pair.
  AssembleResult Finish();

  // Resolves a --pair side given as a code or a name ("CHN", "China").
  bool LookupCountry(const std::string& name_or_code, std::string* code) const;

  struct Impl;

 private:
  explicit Assembler(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace annals
