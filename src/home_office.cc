#include "home_office.h"

#include <algorithm>
#include <string>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

bool HomeOffices::Load(Diagnostic* error) {
  const std::string path = "data/en/home_offices.tsv";
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return LoadFrom(origin, contents, error);
}

bool HomeOffices::LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  phrases_ = PhraseMatcher();
  for (const TsvRow& row : rows) {
    int kind;
    if (row.fields[1] == "office") {
      kind = kOffice;
    } else if (row.fields[1] == "speech") {
      kind = kSpeech;
    } else {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "expected 'office' or 'speech', found '" + row.fields[1] + "'"};
      return false;
    }
    phrases_.Add(row.fields[0], kind, false);
  }
  return true;
}

bool HomeOffices::NamesUnplacedOffice(const std::vector<Word>& words,
                                      const std::vector<ActorMention>& actors, size_t begin,
                                      size_t end) const {
  if (phrases_.empty() || begin >= end) return false;
  std::vector<PhraseMatcher::Match> found = phrases_.FindAll(words, begin, end);
  for (size_t k = 0; k < found.size(); ++k) {
    const PhraseMatcher::Match& office = found[k];
    if (office.value != kOffice) continue;
    // "..., the foreign ministry said": the office tells of the event.
    if (k + 1 < found.size() && found[k + 1].value == kSpeech &&
        found[k + 1].first_word == office.end_word) {
      continue;
    }
    bool placed = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      bool side = a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                  a.kind == ActorKind::kCapital || a.kind == ActorKind::kOrganization;
      // "Pakistan's foreign secretary", "the Indian envoy", "UN
      // secretary-general": a side right before the office owns it.
      if (side && (a.end_word == office.first_word ||
                   (a.end_word + 1 == office.first_word && words[a.end_word].lower == "'s"))) {
        return true;
      }
      // "the ministry of foreign affairs of Peru": a country right after "of".
      if (side && a.first_word == office.end_word + 1 && words[office.end_word].lower == "of")
        return true;
      // "Foreign Minister Wang Yi", "the Chinese president" (read as the
      // holder of the day): the lexicon already knows whose office it is.
      return (a.kind == ActorKind::kPerson || a.kind == ActorKind::kTitle) && !a.code.empty() &&
             a.first_word <= office.first_word && office.first_word < a.end_word;
    });
    if (!placed) return true;
  }
  return false;
}

}  // namespace annals
