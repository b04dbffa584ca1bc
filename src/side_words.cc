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
  if (!LoadFrom(origin, contents, nouns_origin, nouns, error)) return false;
  if (!ReadTable("data/en/companies.tsv", &contents, &origin, error)) return false;
  return LoadCompanies(origin, contents, error);
}

bool SideWords::LoadCompanies(std::string_view origin, std::string_view contents,
                              Diagnostic* error) {
  static const char* const kKinds[] = {"airline",    "energy",  "mining",   "telecom",
                                       "technology", "finance", "industry", "shipping"};
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 4, 4, &rows, error)) return false;
  companies_ = PhraseMatcher();
  company_codes_.clear();
  company_names_.clear();
  for (const TsvRow& row : rows) {
    auto fail = [&](size_t field, const std::string& message) {
      *error =
          Diagnostic{std::string(origin), row.line, row.columns[field], Severity::kError, message};
      return false;
    };
    const std::string& code = row.fields[1];
    if (code.size() != 3 ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return fail(1, "expected an ISO 3166-1 alpha-3 code, found '" + code + "'");
    }
    if (std::find(std::begin(kKinds), std::end(kKinds), row.fields[2]) == std::end(kKinds)) {
      return fail(2,
                  "expected 'airline', 'energy', 'mining', 'telecom', 'technology', 'finance', "
                  "'industry' or 'shipping', found '" +
                      row.fields[2] + "'");
    }
    int value = static_cast<int>(company_codes_.size());
    company_codes_.push_back(code);
    company_names_.push_back(row.fields[0]);
    companies_.Add(row.fields[0], value, true);
    if (row.fields[3] == "-") continue;
    std::string_view aliases = row.fields[3];
    while (!aliases.empty()) {
      size_t bar = aliases.find('|');
      std::string_view alias = aliases.substr(0, bar);
      if (alias.empty()) return fail(3, "empty alias");
      companies_.Add(alias, value, true);
      aliases = bar == std::string_view::npos ? std::string_view() : aliases.substr(bar + 1);
    }
  }
  return true;
}

void SideWords::FindCompanies(const std::vector<Word>& words, size_t begin, size_t end,
                              const std::vector<ActorMention>& actors,
                              std::vector<ActorMention>* out) const {
  out->clear();
  if (companies_.empty()) return;
  PhraseMatcher::Match c;
  for (size_t w = begin; w < end; ++w) {
    // Every company is added as a name (a capital first): a lower-case word
    // starts none, and is turned away before the matcher's filter is read.
    if (!words[w].capitalized || !companies_.MatchAt(words, w, end, &c)) continue;
    bool taken = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word < c.end_word && a.end_word > c.first_word;
    });
    // "Repsol shares fell", "Aeroflot's stock": market news, no side acting.
    size_t next = c.end_word;
    if (next < end && words[next].lower == "'s") ++next;
    bool market = next < end && market_.count(words[next]) > 0;
    if (!taken && !market) {
      size_t i = static_cast<size_t>(c.value);
      out->push_back({ActorKind::kDemonym, c.first_word, c.end_word, company_codes_[i],
                      company_names_[i], "company", false});
    }
    w = c.end_word - 1;
  }
}

SideWords::Carry SideWords::CarriedSubject(const std::vector<Word>& words, size_t at, size_t end,
                                           size_t* after) const {
  PhraseMatcher::Match c;
  if (at >= end || !carried_.MatchAt(words, at, end, &c)) return kCarryNone;
  *after = c.end_word;
  return static_cast<Carry>(c.value);
}

bool SideWords::LoadFrom(std::string_view origin, std::string_view contents,
                         std::string_view nouns_origin, std::string_view nouns, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  governments_ = PhraseMatcher();
  carried_ = PhraseMatcher();
  market_.clear();
  prepositions_.clear();
  be_.clear();
  other_side_.clear();
  veiled_.clear();
  home_.clear();
  non_state_.clear();
  private_doers_.clear();
  state_marks_.clear();
  other_states_.clear();
  bare_speech_.clear();
  audience_speech_.clear();
  added_speech_.clear();
  speaker_.clear();
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
    } else if (row.fields[1] == "audience-speech") {
      audience_speech_.insert(row.fields[0]);
    } else if (row.fields[1] == "added-speech") {
      added_speech_.insert(row.fields[0]);
    } else if (row.fields[1] == "speaker") {
      speaker_.insert(row.fields[0]);
    } else if (row.fields[1] == "carry-body") {
      carried_.Add(row.fields[0], kCarryBody, false);
    } else if (row.fields[1] == "carry-person") {
      carried_.Add(row.fields[0], kCarryPerson, false);
    } else if (row.fields[1] == "market") {
      market_.insert(row.fields[0]);
    } else if (row.fields[1] == "preposition") {
      prepositions_.insert(row.fields[0]);
    } else if (row.fields[1] == "non-state") {
      non_state_.insert(row.fields[0]);
    } else if (row.fields[1] == "other-states") {
      other_states_.insert(row.fields[0]);
    } else if (row.fields[1] == "private-doer") {
      private_doers_.insert(row.fields[0]);
    } else if (row.fields[1] == "state-mark") {
      state_marks_.insert(row.fields[0]);
    } else {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "expected 'government', 'be', 'other-side', 'veiled', 'home', "
                          "'bare-speech', 'audience-speech', 'added-speech', 'speaker', "
                          "'carry-body', 'carry-person', "
                          "'market', 'preposition', 'non-state', 'other-states', "
                          "'private-doer' or 'state-mark', found '" +
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
    if (home_.count(words[w])) return true;
  return false;
}

bool SideWords::NamesNonStateParty(const std::vector<Word>& words, size_t begin, size_t end) const {
  for (size_t w = begin; w < end; ++w)
    if (home_.count(words[w]) || non_state_.count(words[w])) return true;
  return false;
}

bool SideWords::NamesPrivateDoer(const std::vector<Word>& words, size_t begin, size_t end) const {
  for (size_t w = begin; w < end; ++w) {
    if (!private_doers_.count(words[w])) continue;
    // "the central bank" is a state's body.
    if (w > begin && state_marks_.count(words[w - 1])) continue;
    return true;
  }
  return false;
}

bool SideWords::NamesOtherStates(const std::vector<Word>& words,
                                 const std::vector<ActorMention>& actors, size_t begin,
                                 size_t end) const {
  for (size_t w = begin; w < end; ++w) {
    if (!other_states_.count(words[w].lower)) continue;
    bool named = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word <= w && w < a.end_word;
    });
    if (!named) return true;
  }
  return false;
}

bool SideWords::NamesUnplaced(const WordSet& set, const std::vector<Word>& words,
                              const std::vector<ActorMention>& actors, size_t begin,
                              size_t end) const {
  for (size_t w = begin; w < end; ++w) {
    if (!set.count(words[w])) continue;
    // "his Chilean counterpart" names its side; the rules read it.
    bool placed = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return IsSide(a) && a.end_word <= w && a.end_word + 1 >= w;
    });
    if (!placed) return true;
  }
  return false;
}

bool SideWords::IsPassive(const std::vector<Word>& words, size_t verb, size_t begin) const {
  if (verb > begin && be_.count(words[verb - 1])) return true;
  return verb > begin + 1 && be_.count(words[verb - 2]) && words[verb - 1].alpha &&
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
