#include "verb_object_events.h"

#include <algorithm>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

namespace {
// How far after the verb the object may come: "called in the acting Indian
// deputy high commissioner", "arrived late on Sunday evening in".
constexpr size_t kMaxGap = 5;
}  // namespace

bool VerbObjectEvents::Load(const PhraseMatcher& events, Diagnostic* error) {
  const std::string path = "data/en/verb_object_events.tsv";
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return LoadFrom(origin, contents, events, error);
}

bool VerbObjectEvents::LoadFrom(std::string_view origin, std::string_view contents,
                                const PhraseMatcher& events, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 3, 3, &rows, error)) return false;
  groups_.clear();
  verbs_ = PhraseMatcher();
  for (const TsvRow& row : rows) {
    auto group = std::find_if(groups_.begin(), groups_.end(),
                              [&](const Group& g) { return g.name == row.fields[0]; });
    if (group == groups_.end()) {
      groups_.push_back({row.fields[0], PhraseMatcher(), -1});
      group = groups_.end() - 1;
    }
    const std::string& role = row.fields[1];
    const std::string& phrase = row.fields[2];
    if (role == "verb" || role == "object") {
      if (role == "verb") {
        verbs_.Add(phrase, static_cast<int>(group - groups_.begin()), false);
      } else {
        group->objects.Add(phrase, 0, false);
      }
    } else if (role == "event") {
      std::vector<Word> words = Tokenize(phrase);
      PhraseMatcher::Match m;
      if (words.empty() || !events.MatchAt(words, 0, words.size(), &m) ||
          m.end_word != words.size()) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                            "'" + phrase + "' is no event word of data/en/events.tsv"};
        return false;
      }
      group->event = m.value;
    } else {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "expected 'verb', 'object' or 'event', found '" + role + "'"};
      return false;
    }
  }
  for (const Group& g : groups_) {
    if (g.event < 0) {
      *error = Diagnostic{std::string(origin), 0, 0, Severity::kError,
                          "group '" + g.name + "' has no 'event' row"};
      return false;
    }
  }
  return true;
}

void VerbObjectEvents::AddTriggers(const std::vector<Word>& words, size_t begin, size_t end,
                                   std::vector<PhraseMatcher::Match>* triggers) const {
  // Looked up word by word, with no list built: this runs on every
  // sentence.
  PhraseMatcher::Match verb, object;
  for (size_t v = begin; v < end; ++v) {
    if (!verbs_.MatchAt(words, v, end, &verb)) continue;
    const Group& group = groups_[static_cast<size_t>(verb.value)];
    // The object: the first phrase after the verb, with only a
    // determiner, a country, modifiers or a time between. A comma or
    // another clause ends the verb's reach ("called in, and the envoy
    // said").
    bool found = false;
    for (size_t w = verb.end_word; w < end && w <= verb.end_word + kMaxGap; ++w) {
      if (group.objects.MatchAt(words, w, end, &object)) {
        found = true;
        break;
      }
      bool joins = !(words[w].punct && words[w].lower != "'s" && words[w].lower != "-" &&
                     !words[w].abbreviation) &&
                   words[w].lower != "and" && words[w].lower != "but";
      if (!joins) break;
    }
    if (!found) continue;
    bool covered = std::any_of(triggers->begin(), triggers->end(), [&](const auto& t) {
      return t.first_word < object.end_word && verb.first_word < t.end_word;
    });
    if (covered) continue;
    // The match is the verb alone: a time between it and its object
    // ("arrived late Wednesday in Quito") must stay outside the event
    // word to date it, and the object is read after it as usual (the
    // place after "in", the envoy's country).
    PhraseMatcher::Match event{verb.first_word, verb.end_word, group.event};
    triggers->insert(
        std::upper_bound(triggers->begin(), triggers->end(), event,
                         [](const auto& a, const auto& b) { return a.first_word < b.first_word; }),
        event);
    v = verb.end_word - 1;
  }
}

}  // namespace annals
