#include "side_words.h"

#include <algorithm>
#include <string>

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "event_words.h"

namespace annals {

namespace {
bool ReadTable(const std::string& path, std::string* contents, std::string* origin,
               Diagnostic* error) {
  std::string err;
  if (!ReadResource(path, contents, origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return true;
}

bool IsSide(const ActorMention& a) {
  return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
         a.kind == ActorKind::kCapital || a.kind == ActorKind::kOrganization;
}
}  // namespace

bool SideWords::Load(Diagnostic* error) {
  std::string contents, origin, nouns, nouns_origin;
  if (!ReadTable("data/en/side_words.tsv", &contents, &origin, error)) return false;
  if (!ReadTable("data/en/person_nouns.tsv", &nouns, &nouns_origin, error)) return false;
  return LoadFrom(origin, contents, nouns_origin, nouns, error);
}

bool SideWords::LoadFrom(std::string_view origin, std::string_view contents,
                         std::string_view nouns_origin, std::string_view nouns, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  governments_ = PhraseMatcher();
  be_.clear();
  other_side_.clear();
  veiled_.clear();
  home_.clear();
  non_state_.clear();
  bare_speech_.clear();
  person_nouns_.clear();
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "government") {
      governments_.Add(row.fields[0], kGovernment, false);
    } else if (row.fields[1] == "be") {
      be_.insert(row.fields[0]);
    } else if (row.fields[1] == "other-side") {
      other_side_.insert(row.fields[0]);
    } else if (row.fields[1] == "veiled") {
      veiled_.insert(row.fields[0]);
    } else if (row.fields[1] == "home") {
      home_.insert(row.fields[0]);
    } else if (row.fields[1] == "bare-speech") {
      bare_speech_.insert(row.fields[0]);
    } else if (row.fields[1] == "non-state") {
      non_state_.insert(row.fields[0]);
    } else {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "expected 'government', 'be', 'other-side', 'veiled', 'home', "
                          "'bare-speech' or 'non-state', found '" +
                              row.fields[1] + "'"};
      return false;
    }
  }
  rows.clear();
  // person_nouns.tsv is checked by the actor lexicon; here only its nouns.
  if (!ParseTsv(nouns_origin, nouns, 2, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "noun") person_nouns_.insert(row.fields[0]);
  }
  return true;
}

bool SideWords::NamesUnplacedGovernment(const std::vector<Word>& words,
                                        const std::vector<ActorMention>& actors, size_t begin,
                                        size_t end) const {
  if (governments_.empty() || begin >= end) return false;
  for (const PhraseMatcher::Match& g : governments_.FindAll(words, begin, end)) {
    bool placed = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      if (!IsSide(a)) return false;
      // "Peruvian authorities", "Chile's junta", "the Peruvian military
      // government" (a modifier between).
      if (a.end_word <= g.first_word && a.end_word + 2 >= g.first_word) return true;
      // "the authorities of Chile", "the authorities in Lima".
      return a.first_word > g.end_word && a.first_word <= g.end_word + 2 &&
             (words[g.end_word].lower == "of" || words[g.end_word].lower == "in");
    });
    if (!placed) return true;
  }
  return false;
}

bool SideWords::NamesOtherSide(const std::vector<Word>& words,
                               const std::vector<ActorMention>& actors, size_t begin,
                               size_t end) const {
  return NamesUnplaced(other_side_, words, actors, begin, end);
}

bool SideWords::NamesVeiledSide(const std::vector<Word>& words,
                                const std::vector<ActorMention>& actors, size_t begin,
                                size_t end) const {
  return NamesUnplaced(veiled_, words, actors, begin, end);
}

bool SideWords::NamesHomeTarget(const std::vector<Word>& words, size_t begin, size_t end) const {
  for (size_t w = begin; w < end; ++w)
    if (home_.count(words[w].lower)) return true;
  return false;
}

bool SideWords::NamesNonStateParty(const std::vector<Word>& words, size_t begin, size_t end) const {
  for (size_t w = begin; w < end; ++w)
    if (home_.count(words[w].lower) || non_state_.count(words[w].lower)) return true;
  return false;
}

bool SideWords::NamesUnplaced(const WordSet& set, const std::vector<Word>& words,
                              const std::vector<ActorMention>& actors, size_t begin,
                              size_t end) const {
  for (size_t w = begin; w < end; ++w) {
    if (!set.count(words[w].lower)) continue;
    // "his Chilean counterpart" names its side; the rules read it.
    bool placed = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return IsSide(a) && a.end_word <= w && a.end_word + 1 >= w;
    });
    if (!placed) return true;
  }
  return false;
}

bool SideWords::IsPassive(const std::vector<Word>& words, size_t verb, size_t begin) const {
  if (verb > begin && be_.count(words[verb - 1].lower)) return true;
  return verb > begin + 1 && be_.count(words[verb - 2].lower) && words[verb - 1].alpha &&
         !words[verb - 1].capitalized;
}

void DropHeritageDemonyms(const SideWords& side_words, const std::vector<Word>& words, size_t begin,
                          size_t end, std::vector<ActorMention>* actors) {
  auto& list = *actors;
  for (size_t a = 0; a + 1 < list.size(); ++a) {
    const ActorMention& first = list[a];
    const ActorMention& second = list[a + 1];
    if (first.kind != ActorKind::kDemonym || second.kind != ActorKind::kDemonym ||
        first.code == second.code || first.end_word + 1 != second.first_word ||
        words[first.end_word].lower != "-" || first.first_word < begin) {
      continue;
    }
    // ("Peruvian-Chilean talks": two sides, with an event or a thing after.)
    size_t after = second.end_word;
    bool person = after < end &&
                  (side_words.IsPersonNoun(words[after].lower) ||
                   (words[after].punct && words[after].lower != "-") || IsPastTense(words[after]));
    bool dual = first.first_word > begin && words[first.first_word - 1].lower == "dual";
    if (person && !dual) list.erase(list.begin() + static_cast<std::ptrdiff_t>(a));
  }
}

}  // namespace annals
