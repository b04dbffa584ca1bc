#include "envoy_summons.h"

#include <algorithm>
#include <string>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

namespace {
// How far after the verb the envoy may come: "called in the acting Indian
// deputy high commissioner" has four words between.
constexpr size_t kMaxGap = 5;
}  // namespace

bool EnvoySummons::Load(const PhraseMatcher& events, Diagnostic* error) {
  const std::string path = "data/en/envoy_summons.tsv";
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return LoadFrom(origin, contents, events, error);
}

bool EnvoySummons::LoadFrom(std::string_view origin, std::string_view contents,
                            const PhraseMatcher& events, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  phrases_ = PhraseMatcher();
  summon_trigger_ = -1;
  for (const TsvRow& row : rows) {
    int kind;
    if (row.fields[1] == "verb") {
      kind = kVerb;
    } else if (row.fields[1] == "envoy") {
      kind = kEnvoy;
    } else if (row.fields[1] == "event") {
      std::vector<Word> words = Tokenize(row.fields[0]);
      PhraseMatcher::Match m;
      if (words.empty() || !events.MatchAt(words, 0, words.size(), &m) ||
          m.end_word != words.size()) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[0], Severity::kError,
                            "'" + row.fields[0] + "' is no event word of data/en/events.tsv"};
        return false;
      }
      summon_trigger_ = m.value;
      continue;
    } else {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "expected 'verb', 'envoy' or 'event', found '" + row.fields[1] + "'"};
      return false;
    }
    phrases_.Add(row.fields[0], kind, false);
  }
  return true;
}

void EnvoySummons::AddTriggers(const std::vector<Word>& words, size_t begin, size_t end,
                               std::vector<PhraseMatcher::Match>* triggers) const {
  if (summon_trigger_ < 0 || phrases_.empty()) return;
  std::vector<PhraseMatcher::Match> found = phrases_.FindAll(words, begin, end);
  for (size_t k = 0; k + 1 < found.size(); ++k) {
    const PhraseMatcher::Match& verb = found[k];
    const PhraseMatcher::Match& envoy = found[k + 1];
    if (verb.value != kVerb || envoy.value != kEnvoy) continue;
    if (envoy.first_word > verb.end_word + kMaxGap) continue;
    // Only a determiner, a country and modifiers between: a comma or
    // another clause ends the object ("called in, and the envoy said").
    bool joined = true;
    for (size_t w = verb.end_word; w < envoy.first_word && joined; ++w) {
      joined = !(words[w].punct && words[w].lower != "'s" && words[w].lower != "-" &&
                 !words[w].abbreviation) &&
               words[w].lower != "and" && words[w].lower != "but";
    }
    if (!joined) continue;
    PhraseMatcher::Match summons{verb.first_word, envoy.end_word, summon_trigger_};
    bool covered = std::any_of(triggers->begin(), triggers->end(), [&](const auto& t) {
      return t.first_word < summons.end_word && summons.first_word < t.end_word;
    });
    if (covered) continue;
    triggers->insert(
        std::upper_bound(triggers->begin(), triggers->end(), summons,
                         [](const auto& a, const auto& b) { return a.first_word < b.first_word; }),
        summons);
  }
}

}  // namespace annals
