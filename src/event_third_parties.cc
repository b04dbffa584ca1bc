// Third parties and gatherings of others (issue 5, branch scope22): a visit
// to a third state, a deal of a counted crowd, measures of an international
// body, violence of armed groups, and conferences abroad are no
// events between the article's two states.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "article_reading.h"
#include "event_rules.h"
#include "event_words.h"

namespace annals {

namespace {

bool IsSideKind(ActorKind kind) {
  return kind == ActorKind::kCountry || kind == ActorKind::kDemonym || kind == ActorKind::kCapital;
}

// Where a look back for the doer of an event word stops: `n` words before
// it, and not before its sentence or clause.
size_t DoerWindowStart(const SentenceReading& sentence, const EventReading& event, size_t n) {
  const size_t first = event.tm.first_word;
  return std::max({sentence.s.first_word, event.clause_begin, first > n ? first - n : size_t{0}});
}

}  // namespace

bool EventRules::CountedParties(const ArticleReading& reading, const SentenceReading& sentence,
                                const EventReading& event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& tm = event.tm;
  const WordText& family = event.trigger.family;
  if (family != "agreement" && family != "meeting" && family != "conference" &&
      family != "dialogue") {
    return false;
  }
  // "the accord reached in Geneva between Peru and five Pacific powers",
  // "talks among 12 nations": a count after "between" or "among" (after
  // "and", one more) of more than two parties.
  // Only the first "between" or "among" within twelve words, and inside
  // the clause (looked for once one is near: the clause ends at or before
  // the sentence's last word).
  size_t w = tm.end_word;
  while (w < s.last_word && w < tm.end_word + 12 && words[w].lower != "between" &&
         words[w].lower != "among")
    ++w;
  if (w == s.last_word || w == tm.end_word + 12) return false;
  size_t end = ClauseEnd(words, tm.end_word, s.last_word);
  if (w >= end) return false;
  for (size_t c = w + 1; c + 1 < end && c < w + 7; ++c) {
    if (words[c].punct) break;
    const WordText& count = words[c].lower;
    int n = 0;
    if (auto it = numbers_.find(count); it != numbers_.end()) {
      n = it->second;
    } else if (words[c].number && count.size() <= 2) {
      n = std::stoi(count);
    }
    if (n < 2 || !words[c + 1].alpha) continue;
    const WordText& before = words[c - 1].lower;
    if (before == "and")
      ++n;
    else if (before != "between" && before != "among" && before != "the")
      continue;
    if (n > 2) return true;
  }
  return false;
}

void EventRules::VisitElsewhere(const ArticleReading& reading, const SentenceReading& sentence,
                                EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.family != "visit" || m.destination.empty() || m.place_country.empty()) return;
  // "began a state visit to Brazil on Monday, breaking with the habit of
  // making Santiago the first port of call": what the participle clause
  // names is no side of the visit.
  size_t cut = s.last_word;
  for (size_t w = tm.end_word; w + 1 < s.last_word; ++w) {
    if (words[w].lower == "," && IsParticiple(words[w + 1])) {
      cut = w;
      break;
    }
  }
  if (cut == s.last_word) return;
  std::set<std::string> before, after;
  for (const ActorMention& am : sentence.actors) {
    if (am.code.empty()) continue;
    (am.first_word < cut ? before : after).insert(am.code);
  }
  std::set<std::string> kept;
  for (const std::string& code : m.actors) {
    if (code == m.place_country || before.count(code) || !after.count(code)) kept.insert(code);
  }
  if (kept.size() >= 2) m.actors = std::move(kept);
}

void EventRules::BodyMeasure(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.type != "sanction" || !event->trigger.noun_phrase) return;
  // Words [b, e) are a body's name: an organisation the lexicon knows
  // ("the UN"), or capitals that name no state, town or person ("the
  // Security Council").
  auto body = [&](size_t b, size_t e) {
    if (b >= e) return false;
    for (const ActorMention& am : actors) {
      if (am.first_word == b && am.end_word == e) return am.kind == ActorKind::kOrganization;
      if (am.first_word < e && b < am.end_word) return false;
    }
    for (size_t w = b; w < e; ++w)
      if (!words[w].capitalized || !words[w].alpha) return false;
    return true;
  };
  // The capitalised run starting at `b` (after "the").
  auto name_end = [&](size_t b) {
    size_t e = b;
    while (e < s.last_word && e < b + 5 && words[e].capitalized && words[e].alpha) ++e;
    return e;
  };
  size_t w = tm.end_word;
  bool by_body = false;
  // "the sanctions the Security Council imposed", "sanctions imposed by
  // the UN".
  if (w < s.last_word && words[w].lower == "imposed" && w + 1 < s.last_word &&
      words[w + 1].lower == "by") {
    w += 2;
  }
  if (w < s.last_word && words[w].lower == "the") ++w;
  size_t e = name_end(w);
  if (e > w && body(w, e)) {
    by_body = tm.end_word + 2 < w || (e < s.last_word && IsPastTense(words[e]));
  }
  if (!by_body) return;
  // Only the targets stay: a side right after "over", "on" or "against".
  std::set<std::string> kept;
  for (const ActorMention& am : actors) {
    if (!IsSideKind(am.kind) || am.first_word <= tm.end_word || am.first_word == s.first_word)
      continue;
    const WordText& prev = words[am.first_word - 1].lower;
    if (prev == "over" || prev == "on" || prev == "against") kept.insert(am.code);
  }
  std::erase_if(m.actors, [&](const std::string& code) { return !kept.count(code); });
}

void EventRules::GroupViolence(const ArticleReading& reading, const SentenceReading& sentence,
                               EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.type != "incident" || event->trigger.noun_phrase) return;
  // "the militants who killed 67 people", "gunmen shot dead two men": the
  // doer, up to four words back, is an armed group, not a state. A target
  // of a state named after the verb ("stormed the Saudi embassy",
  // "attacked an Ethiopian army base") keeps the act between the target's
  // state and the place (or the group's base); what follows a comma ("...,
  // the worst attack on Peru") is no target.
  size_t object_end = tm.end_word;
  while (object_end < event->clause_end && !words[object_end].punct) ++object_end;
  if (std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& am) {
        return (am.kind == ActorKind::kCountry || am.kind == ActorKind::kDemonym) &&
               am.first_word >= tm.end_word && am.first_word < object_end;
      })) {
    return;
  }
  size_t from = DoerWindowStart(sentence, *event, 4);
  for (size_t w = tm.first_word; w > from; --w) {
    if (words[w - 1].punct) break;
    if (side_words_.NamesNonStateParty(words, w - 1, w)) {
      m.actors.clear();
      return;
    }
  }
}

void EventRules::PrivateDoer(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  // "The Security Council threatened sanctions on Monday if Peru and Chile
  // did not stop fighting": a warning whose sides are all named only in a
  // condition after it ("if", "unless") is a third party's to both
  // (speech23).
  if (event->trigger.type == "warning" && event->m.actors.size() >= 2) {
    size_t condition = sentence.s.last_word;
    for (const PhraseMatcher::Match& c : sentence.cues) {
      if (c.first_word >= tm.end_word && c.first_word < condition &&
          Contains(CueKinds(c), kHypothetical)) {
        condition = c.first_word;
      }
    }
    bool conditional = condition < sentence.s.last_word;
    for (const ActorMention& am : sentence.actors) {
      if (conditional && event->m.actors.count(am.code) && am.first_word < condition)
        conditional = false;
    }
    if (conditional) {
      event->m.actors.clear();
      return;
    }
  }
  const auto& family = event->trigger.family;
  // "The UN Security Council threatened Peru and Chile with sanctions": a
  // measure or protest noun in a sentence whose subject, opening it, is an
  // international body is the body's (speech23). "At the UN on Monday,
  // Peru demanded sanctions" opens with a preposition and stays, and so
  // does a state's act the body reports.
  if (event->trigger.noun_phrase && (family == "protest" || family == "sanction")) {
    const size_t open = sentence.s.first_word;
    bool body = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& am) {
      return am.kind == ActorKind::kOrganization && am.end_word <= tm.first_word &&
             (am.first_word == open || (am.first_word == open + 1 && words[open].lower == "the"));
    });
    // "The UN said Peru imposed sanctions on Chile": a report of a
    // state's act.
    bool reported = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
      return c.first_word > open && c.end_word <= tm.first_word && Contains(CueKinds(c), kSpeech);
    });
    if (body && !reported) event->m.actors.clear();
    return;
  }
  if (event->trigger.noun_phrase) return;
  if (family != "protest" && family != "sanction") return;
  // The doer's noun phrase: back from the verb to punctuation or the
  // clause's start (at most eight words), up to its first preposition ("a
  // football club in Lima severed", "Peru's largest bank froze"). An
  // opening phrase ("In Lima a club ...") is left alone. In a passive, the
  // agent after "by" ("were frozen by Peru's largest bank").
  size_t begin = tm.first_word, end = tm.first_word;
  size_t from = DoerWindowStart(sentence, *event, 8);
  // "told its banks to cut", "ordered the state firm not to renew": an
  // infinitive's doer is the one told, not named before it.
  for (size_t w = tm.first_word; w < tm.end_word; ++w)
    if (words[w].lower == "to") return;  // "not to renew" as one event word
  while (begin > from && !words[begin - 1].punct) {
    if (words[begin - 1].lower == "to") return;
    --begin;
  }
  if (side_words_.IsPassive(words, tm.first_word, from) ||
      side_words_.IsBe(words[tm.first_word].lower)) {
    // "were frozen on Monday by ...": "by" up to four words on.
    begin = tm.end_word;
    while (begin < event->clause_end && begin < tm.end_word + 4 && !words[begin].punct &&
           words[begin].lower != "by") {
      ++begin;
    }
    if (begin >= event->clause_end || words[begin].lower != "by") return;
    end = ++begin;
    while (end < event->clause_end && end < begin + 6 && !words[end].punct) ++end;
  }
  if (begin >= end || side_words_.IsPreposition(words[begin].lower)) return;
  for (size_t w = begin + 1; w < end; ++w) {
    if (side_words_.IsPreposition(words[w].lower)) {
      end = w;
      break;
    }
  }
  // "The UN Security Council threatened sanctions if Peru and Chile ...",
  // "NATO condemned the shelling of Lima by Chile": an international body
  // as the doer speaks or acts for none of the states it names (speech23).
  // "The UN said Peru imposed sanctions": a body that reports is no doer.
  bool body = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& am) {
    return am.kind == ActorKind::kOrganization && am.first_word < end && begin < am.end_word &&
           std::none_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
             return c.first_word >= am.end_word && c.end_word <= tm.first_word &&
                    Contains(CueKinds(c), kSpeech);
           });
  });
  if (body || side_words_.NamesPrivateDoer(words, begin, end)) event->m.actors.clear();
}

void EventRules::ConferenceElsewhere(EventReading* event) const {
  auto& m = event->m;
  // "offered the blocks to investors at a conference in London": a
  // conference in a third country is a gathering of others.
  if (event->trigger.family != "conference" || m.place_country.empty()) return;
  if (!m.actors.count(m.place_country)) m.actors.clear();
}

}  // namespace annals
