#include "verb_object_events.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "event_words.h"

namespace annals {

namespace {
// How far after the verb the object may come: "called in the acting Indian
// deputy high commissioner", "arrived late on Sunday evening in".
constexpr size_t kMaxGap = 5;
// How far before the verb its subject may end: "flights between the two
// capitals were resumed", "the border between Ghana and Togo was reopened".
constexpr size_t kMaxSubjectGap = 6;
// The longest subject phrase, in words, looked for that far back.
constexpr size_t kMaxSubjectWords = 3;
// How many modifiers may stand between an "and" and the object it leads
// to: "military and intelligence cooperation", "trade and defence ties";
// with more, the "and" more likely starts a clause ("halted the shipment
// and Chile praised cooperation").
constexpr size_t kMaxModifiersAfterAnd = 1;
// How many commas a list of modifiers before an object may have.
constexpr size_t kMaxListItems = 6;
// How many words the subject of a relative clause may have: "which the
// Chilean government", "that Peru's foreign ministry".
constexpr size_t kMaxRelativeSubjectWords = 4;
// How many words after an object told before a relative clause its comma
// may come: "visa-free entry for Chileans, which".
constexpr size_t kMaxRelativeObjectTail = 4;
// The longest object phrase looked for before a relative clause.
constexpr size_t kMaxRelativeObjectWords = 5;

bool IsQuoteMark(std::string_view w) {
  return w == "'" || w == "\"" || w == "\u2018" || w == "\u2019" || w == "\u201c" ||
         w == "\u201d" || w == "``" || w == "''";
}

// How many words after a plain word an object phrase may still run
// through quotation marks.
constexpr size_t kMaxQuotedObjectWords = 4;

// An object phrase starting at words[w] that runs through quotation marks,
// read as if they were not there: "'almost certainly' behind" holds
// "certainly behind". Only tried when a quotation mark follows words[w]
// closely, which is rare; `object` is set in the words' own positions.
// `first_quote` is where the first quotation mark after words[w] is (or
// `end`).
bool MatchAcrossQuotes(const PhraseMatcher& objects, const std::vector<Word>& words, size_t w,
                       size_t end, size_t first_quote, PhraseMatcher::Match* object) {
  if (w >= end || words[w].punct) return false;
  size_t last = std::min(end, w + kMaxQuotedObjectWords + 1);
  if (first_quote >= last) return false;
  std::vector<Word> plain;
  std::vector<size_t> at;
  for (size_t i = w; i < last; ++i) {
    if (IsQuoteMark(words[i].lower)) continue;
    plain.push_back(words[i]);
    at.push_back(i);
  }
  PhraseMatcher::Match m;
  if (!objects.MatchAt(plain, 0, plain.size(), &m)) return false;
  object->first_word = w;
  object->end_word = at[m.end_word - 1] + 1;
  object->value = m.value;
  return true;
}
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
  verb_groups_.clear();
  relatives_.clear();
  currencies_.clear();
  bare_subjects_.clear();
  relative_bits_ = bare_last_bits_ = 0;
  std::map<std::string, size_t> verb_index;
  for (const TsvRow& row : rows) {
    if (row.fields[0] == "-") {
      std::string lowered;
      if (row.fields[1] == "bare-subject") {
        std::vector<std::string>& phrase = bare_subjects_.emplace_back();
        for (const Word& w : Tokenize(row.fields[2], &lowered))
          phrase.emplace_back(std::string_view(w.lower));
        if (!phrase.empty()) bare_last_bits_ |= uint64_t{1} << (WordHash(phrase.back()) % 64);
        continue;
      }
      bool relative = row.fields[1] == "relative";
      if ((!relative && row.fields[1] != "currency") ||
          Tokenize(row.fields[2], &lowered).size() != 1) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                            "a row of the group '-' is a 'relative' word, a 'bare-subject' or a "
                            "'currency' sign, found '" +
                                row.fields[1] + "'"};
        return false;
      }
      if (!relative) {
        currencies_.push_back(lowered);
        continue;
      }
      relatives_.push_back(lowered);
      relative_bits_ |= uint64_t{1} << (WordHash(lowered) % 64);
      continue;
    }
    // A group's rows are usually together: its name is the last group's,
    // asked first (names are unique, so the answer is the search's).
    auto group = !groups_.empty() && groups_.back().name == row.fields[0]
                     ? groups_.end() - 1
                     : std::find_if(groups_.begin(), groups_.end(),
                                    [&](const Group& g) { return g.name == row.fields[0]; });
    if (group == groups_.end()) {
      Group added;
      added.name = row.fields[0];
      groups_.push_back(std::move(added));
      group = groups_.end() - 1;
    }
    const std::string_view role = row.fields[1];  // (a view: compared with a dozen literals)
    const std::string& phrase = row.fields[2];
    if (role == "verb" || role == "object" || role == "subject") {
      if (role == "verb") {
        auto [at, added] = verb_index.emplace(phrase, verb_groups_.size());
        if (added) {
          verbs_.Add(phrase, static_cast<int>(verb_groups_.size()), false);
          verb_groups_.emplace_back();
        }
        verb_groups_[at->second].push_back(static_cast<size_t>(group - groups_.begin()));
      } else if (role == "subject") {
        std::string lowered;
        if (Tokenize(phrase, &lowered).size() > kMaxSubjectWords) {
          *error =
              Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                         "a subject has at most " + std::to_string(kMaxSubjectWords) + " words"};
          return false;
        }
        group->subjects.Add(phrase, 0, false);
        group->has_subjects = true;
      } else {
        group->objects.Add(phrase, 0, false);
      }
    } else if (role == "reach") {
      // "called the U.S. idea of buying the island absurd": a judgement
      // ends a longer object than a measure does.
      size_t reach = 0;
      auto [end, ec] = std::from_chars(phrase.data(), phrase.data() + phrase.size(), reach);
      if (ec != std::errc() || end != phrase.data() + phrase.size() || reach < 1 || reach > 16) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                            "a reach is a number of words from 1 to 16, found '" + phrase + "'"};
        return false;
      }
      group->reach = reach;
    } else if (role == "replaces") {
      // "quit Chile's Pacific dialogue format": the group's match stands
      // for the event words inside its object.
      // "ended its training programme": or the event word the verb
      // alone is ("ended", a lifting).
      if (phrase == "the verb's event word") {
        group->replaces_verb = true;
        continue;
      }
      if (phrase != "inner event words") {
        *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                            "a 'replaces' row says 'inner event words' or 'the verb's event "
                            "word', found '" +
                                phrase + "'"};
        return false;
      }
      group->replaces_inner = true;
    } else if (role == "antecedent") {
      group->antecedents.Add(phrase, 0, false);
      group->has_antecedents = true;
    } else if (role == "then") {
      if (phrase != "a name") {
        *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                            "a 'then' row says 'a name', found '" + phrase + "'"};
        return false;
      }
      group->name_after = true;
    } else if (role == "event") {
      std::string lowered;
      std::vector<Word> words = Tokenize(phrase, &lowered);
      PhraseMatcher::Match m;
      if (words.empty() || !events.MatchAt(words, 0, words.size(), &m) ||
          m.end_word != words.size()) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[2], Severity::kError,
                            "'" + phrase + "' is no event word of data/en/events.tsv"};
        return false;
      }
      group->event = m.value;
    } else {
      *error = Diagnostic{
          std::string(origin), row.line, row.columns[1], Severity::kError,
          "expected 'verb', 'object', 'subject', 'reach', 'replaces', 'then', 'antecedent' or "
          "'event', found '" +
              row.fields[1] + "'"};
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

bool VerbObjectEvents::FindSubject(const Group& group, const std::vector<Word>& words, size_t begin,
                                   size_t verb_begin, PhraseMatcher::Match* subject) const {
  // The nearest subject phrase ending before the verb with only words
  // between, no punctuation: a comma or a full stop puts it in another
  // clause ("flights were full, and talks resumed").
  size_t gap = 0;
  for (size_t end = verb_begin; end > begin && gap <= kMaxSubjectGap; --end, ++gap) {
    for (size_t first = end; first > begin && end - first < kMaxSubjectWords;) {
      --first;
      if (group.subjects.MatchAt(words, first, end, subject) && subject->end_word == end)
        return true;
    }
    const Word& w = words[end - 1];
    if (w.punct && w.lower != "'s" && w.lower != "-" && !w.abbreviation) return false;
  }
  return false;
}

bool VerbObjectEvents::ObjectSoonAfter(const Group& group, const std::vector<Word>& words,
                                       size_t from, size_t end) const {
  PhraseMatcher::Match object;
  for (size_t w = from; w < end && w < from + kMaxModifiersAfterAnd + 1; ++w) {
    if (group.objects.MatchAt(words, w, end, &object)) return true;
    if (words[w].punct || words[w].lower == "and") return false;
  }
  return false;
}

bool VerbObjectEvents::ListObject(const Group& group, const std::vector<Word>& words, size_t comma,
                                  size_t end, PhraseMatcher::Match* object) const {
  // One plain word after each comma, up to the list's "and" (or an
  // Oxford comma before it): "air, rail, road and postal links".
  size_t w = comma;
  for (size_t items = 0; w < end && words[w].lower == "," && items < kMaxListItems; ++items) {
    ++w;
    // An Oxford comma ends a list of two or more; a comma and "and"
    // alone start another clause ("arrived on Thursday, and in Quito").
    if (w < end && words[w].lower == "and") {
      if (items == 0) return false;
      break;
    }
    if (w >= end || words[w].punct || words[w].lower == "and") return false;
    ++w;
  }
  if (w >= end || words[w].lower != "and") return false;
  // The object right after the "and", or one modifier after it.
  for (size_t o = w + 1; o < end && o < w + 1 + kMaxModifiersAfterAnd + 1; ++o) {
    if (group.objects.MatchAt(words, o, end, object)) return true;
    if (words[o].punct || words[o].lower == "and") return false;
  }
  return false;
}

bool VerbObjectEvents::RelativeObject(const Group& group, const std::vector<Word>& words,
                                      size_t begin, size_t verb_begin,
                                      PhraseMatcher::Match* object) const {
  auto plain = [&](const Word& w) {
    return !w.punct || w.lower == "'s" || w.lower == "-" || w.abbreviation;
  };
  auto relative = [&](const Word& w) {
    return ((relative_bits_ >> (w.hash % 64)) & 1) != 0 &&
           std::find(relatives_.begin(), relatives_.end(), std::string_view(w.lower)) !=
               relatives_.end();
  };
  // The relative word, a subject of one to a few plain words after it.
  size_t r = verb_begin;
  while (r > begin && verb_begin - r <= kMaxRelativeSubjectWords && plain(words[r - 1]) &&
         !relative(words[r - 1])) {
    --r;
  }
  if (r <= begin || r == verb_begin || !relative(words[r - 1])) {
    // "an arrangement the two sides reached in Lima": with no relative
    // word, only a listed subject of both sides ("the two sides", "the two
    // countries") may stand between the object and the verb, and the
    // object's phrase ends right before it (accords25).
    // (Each listed subject ends right before the verb: its last word's
    // bit first.)
    if (verb_begin == 0 || ((bare_last_bits_ >> (words[verb_begin - 1].hash % 64)) & 1) == 0)
      return false;
    for (const std::vector<std::string>& subject : bare_subjects_) {
      size_t n = subject.size();
      if (n == 0 || verb_begin < begin + n + 1) continue;
      size_t at = verb_begin - n;
      bool same = true;
      for (size_t i = 0; same && i < n; ++i)
        same = std::string_view(words[at + i].lower) == subject[i];
      if (!same) continue;
      for (size_t first = at; first-- > begin && at - first <= kMaxRelativeObjectWords;) {
        if (group.objects.MatchAt(words, first, at, object) && object->end_word == at) return true;
        if (!plain(words[first])) break;
      }
    }
    return false;
  }
  size_t rel = r - 1;
  if (rel <= begin) return false;
  // Right before the relative word, the object's phrase ends; after a
  // comma, a few plain words of the noun phrase may follow it ("entry for
  // Chileans, which"). Without a comma it must end right there ("the
  // sanctions that Peru imposed"; "said that Peru imposed" has none).
  size_t tail_end = rel;
  size_t tail = 0;
  if (words[rel - 1].lower == ",") {
    tail_end = rel - 1;
    tail = kMaxRelativeObjectTail;
  }
  for (size_t end = tail_end; end > begin && tail_end - end <= tail; --end) {
    for (size_t first = end; first-- > begin && end - first <= kMaxRelativeObjectWords;) {
      if (group.objects.MatchAt(words, first, end, object) && object->end_word == end) return true;
      if (!plain(words[first])) break;
    }
    if (!plain(words[end - 1])) return false;
  }
  return false;
}

void VerbObjectEvents::AddTriggers(const std::vector<Word>& words, size_t begin, size_t end,
                                   std::vector<PhraseMatcher::Match>* triggers) const {
  // Looked up word by word, with no list built: this runs on every
  // sentence.
  PhraseMatcher::Match verb, object;
  // The first quotation mark at or after a word, found once for a stretch
  // of words and kept: MatchAcrossQuotes asks it after every word each of
  // a verb's groups may reach.
  size_t quote_from = end, first_quote = end;
  auto next_quote = [&](size_t from) {
    if (from < quote_from || from > first_quote) {
      quote_from = first_quote = from;
      while (first_quote < end && !IsQuoteMark(words[first_quote].lower)) ++first_quote;
    }
    return first_quote;
  };
  const Word* const wd = words.data();
  for (size_t v = begin; v < end; ++v) {
    // Most words start no verb: they are passed over in a loop of their
    // own, which keeps its few values in registers (in the loop below the
    // compiler reloaded them at every word; perf38).
    while (v < end && !verbs_.MayStart(wd[v].hash)) ++v;
    if (v == end) break;
    if (!verbs_.MatchAt(words, v, end, &verb)) continue;
    bool found = false;
    // Whether the object was told before the verb, in a relative clause.
    bool relative = false;
    size_t span_begin = 0, span_end = 0;
    const Group* group = nullptr;
    for (size_t g : verb_groups_[static_cast<size_t>(verb.value)]) {
      group = &groups_[g];
      // The object: the first phrase after the verb, with only a
      // determiner, a country, modifiers or a time between. A comma or
      // another clause ends the verb's reach ("called in, and the envoy
      // said").
      const size_t reach = group->reach ? group->reach : kMaxGap;
      // (A group with antecedents reads an object after the verb only when
      // an antecedent noun comes earlier in the sentence: "closed its land
      // borders ... and reopened them", probes38.)
      bool antecedent_before = false;
      if (group->has_antecedents) {
        PhraseMatcher::Match noun;
        for (size_t w = begin; !antecedent_before && w < verb.first_word; ++w)
          antecedent_before = group->antecedents.MatchAt(words, w, verb.first_word, &noun);
      }
      for (size_t w = verb.end_word;
           (!group->has_antecedents || antecedent_before) && w < end && w <= verb.end_word + reach;
           ++w) {
        // (Either way the object starts with words[w]: most words start
        // none of a group's few objects, and its first words' bits say so.)
        if (group->objects.MayStartWith(words[w].hash) &&
            (group->objects.MatchAt(words, w, end, &object) ||
             MatchAcrossQuotes(group->objects, words, w, end, next_quote(w + 1), &object))) {
          // "called Chile part of Peru", not "part of a new approach".
          found = !group->name_after ||
                  (object.end_word < end && words[object.end_word].capitalized &&
                   words[object.end_word].alpha &&
                   // ("part of Lima's history": a name that owns something is
                   // no state of its own.)
                   (object.end_word + 1 >= end || words[object.end_word + 1].lower != "'s"));
          if (found) break;
        }
        // A quotation mark starts no clause: "said Chile was 'almost
        // certainly' behind the attack".
        // ("seized nearly $5 million in cash from a Peruvian plane": a
        // currency sign is part of an amount.)
        // (Only a mark can be one: the `currency` rows of the group `-`.)
        bool currency =
            words[w].punct && std::find(currencies_.begin(), currencies_.end(),
                                        std::string_view(words[w].lower)) != currencies_.end();
        // ("deployed 2,000 troops": a mark glued between digits is part of
        // the number, probes39.)
        bool in_number = words[w].punct && w > 0 && w + 1 < end && words[w - 1].number &&
                         words[w + 1].number && words[w].begin == words[w - 1].end &&
                         words[w + 1].begin == words[w].end;
        bool joins = (!(words[w].punct && words[w].lower != "'s" && words[w].lower != "-" &&
                        !words[w].abbreviation && !currency && !in_number) ||
                      IsQuoteMark(words[w].lower)) &&
                     words[w].lower != "and" && words[w].lower != "but";
        // "suspended military and intelligence cooperation": an "and"
        // between two modifiers of the object, which comes right after
        // the second, keeps the reach; any other "and" may start another
        // clause.
        if (words[w].lower == "and" && ObjectSoonAfter(*group, words, w + 1, end)) joins = true;
        // "called the expulsion 'unacceptable'": the judgement quoted.
        // (Asked only of a word that does not join already.)
        if (!joins && (words[w].lower == "\"" || words[w].lower == "\u201c" ||
                       words[w].lower == "'" || words[w].lower == "\u2018"))
          joins = true;
        // "cut air, rail, road and postal links": a comma in a list of
        // single modifiers whose "and" leads to the object: the object is
        // found, however long the list.
        if (words[w].lower == "," && ListObject(*group, words, w, end, &object)) {
          found = true;
          break;
        }
        // "close Storskog, the last crossing on its border": a name right
        // after the verb and the phrase in apposition to it after its comma.
        if (words[w].lower == "," && ShortNameRun(words, verb.end_word, w)) joins = true;
        if (!joins) break;
      }
      span_begin = verb.first_word, span_end = object.end_word;
      // "the court ordered Norway": a group that wants a name after its
      // object wants one right after the verb when its subject is found
      // instead (probes35).
      if (!found && group->has_subjects && !group->has_antecedents &&
          (!group->name_after || (verb.end_word < end && words[verb.end_word].capitalized &&
                                  words[verb.end_word].alpha)) &&
          FindSubject(*group, words, begin, verb.first_word, &object)) {
        found = true;
        span_begin = object.first_word;
        span_end = verb.end_word;
      }
      if (!found && !group->name_after && !relatives_.empty() &&
          RelativeObject(*group, words, begin, verb.first_word, &object)) {
        found = !group->has_antecedents;
        // "nearly identical to the one the two ministers signed": the
        // pronoun stands for an agreement noun named before it.
        PhraseMatcher::Match noun;
        for (size_t w = begin; !found && w < object.first_word; ++w)
          found = group->antecedents.MatchAt(words, w, object.first_word, &noun);
        relative = found;
        if (found) span_begin = object.first_word, span_end = verb.end_word;
      }
      if (found) break;
    }
    if (!found) continue;
    // An event word between the verb and its object is part of what the
    // group names when the group says so: "quit Chile's dialogue format"
    // leaves a format, "stopped selling package tours" stops a trade.
    auto inside_object = [&](const PhraseMatcher::Match& t) {
      // (or its first words: "ended" of "ended the functions of").
      if (group->replaces_verb && span_begin == verb.first_word &&
          t.first_word == verb.first_word && t.end_word <= verb.end_word)
        return true;
      return group->replaces_inner && span_begin == verb.first_word &&
             t.first_word >= verb.end_word && t.end_word <= span_end;
    };
    // An event word before the object of a relative clause is another
    // act on the same thing: "reopened the embassy, which Chile closed".
    bool covered = std::any_of(triggers->begin(), triggers->end(), [&](const auto& t) {
      return t.first_word < span_end && span_begin < t.end_word && !inside_object(t) &&
             !(relative && t.first_word < span_begin);
    });
    if (covered) continue;
    std::erase_if(*triggers, inside_object);
    // The match is the verb alone: a time between it and its object
    // ("arrived late Wednesday in Quito") must stay outside the event
    // word to date it, and the object is read after it as usual (the
    // place after "in", the envoy's country).
    PhraseMatcher::Match event{verb.first_word, verb.end_word, group->event};
    triggers->insert(
        std::upper_bound(triggers->begin(), triggers->end(), event,
                         [](const auto& a, const auto& b) { return a.first_word < b.first_word; }),
        event);
    v = verb.end_word - 1;
  }
}

bool VerbObjectEvents::FindObject(std::string_view group, const std::vector<Word>& words,
                                  size_t from, size_t end, PhraseMatcher::Match* object) const {
  for (size_t w = from; w < end; ++w) {
    for (const Group& g : groups_) {
      if (g.name == group && g.objects.MatchAt(words, w, end, object)) return true;
    }
  }
  return false;
}

}  // namespace annals
