// The steps of EventRules::Extract that find who takes part in an event:
// the sides, the people, who acted, where a visit went; and the article-level
// passes that settle "the two sides".
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "annals/date_value.h"
#include "article_reading.h"
#include "event_rules.h"
#include "event_words.h"
#include "travel_words.h"

namespace annals {

namespace {

// The countries an article has named so far, most named first (ties in
// code order): the first two are "the two sides" that rules fall back on
// when a sentence names only one.
std::vector<std::pair<int, std::string>> CountriesByMentions(
    const std::map<std::string, int>& counts) {
  std::vector<std::pair<int, std::string>> ranked;
  ranked.reserve(counts.size());
  for (const auto& [code, count] : counts) ranked.emplace_back(-count, code);
  std::sort(ranked.begin(), ranked.end());
  return ranked;
}

// "Norway hosted talks between Kenya and Somalia": the two a meeting noun
// names right after it with "between X and Y" are its sides, and its host
// or anyone else in the sentence is a third party. Empty when the noun is
// not followed so.
std::set<std::string> SidesBetween(const std::vector<Word>& words,
                                   const std::vector<ActorMention>& actors, size_t noun_end,
                                   size_t clause_end) {
  if (noun_end + 3 >= clause_end || words[noun_end].lower != "between") return {};
  auto side_at = [&](size_t w) -> const ActorMention* {
    for (const ActorMention& a : actors) {
      if (a.first_word != w || a.code.empty() || a.end_word > clause_end) continue;
      if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
          a.kind == ActorKind::kCapital || a.kind == ActorKind::kPerson)
        return &a;
    }
    return nullptr;
  };
  const ActorMention* first = side_at(noun_end + 1);
  if (first == nullptr || first->end_word + 1 >= clause_end ||
      words[first->end_word].lower != "and")
    return {};
  const ActorMention* second = side_at(first->end_word + 1);
  if (second == nullptr || second->code == first->code) return {};
  return {first->code, second->code};
}

}  // namespace

void EventRules::ReadSentenceActors(const ActorLexicon& lexicon, ArticleReading* reading,
                                    SentenceReading* sentence) const {
  auto& body = reading->body;
  auto& published = reading->published;
  auto& words = reading->words;
  auto& memory = reading->memory;
  auto& country_counts = reading->country_counts;
  auto& current_countries = reading->current_countries;
  auto& s = sentence->s;
  auto& actors = sentence->actors;
  auto& previous_countries = sentence->previous_countries;
  lexicon.Find(body, words, s.first_word, s.last_word, published, &memory, &actors);
  // "a Cuban-American contractor": one side, not two.
  DropHeritageDemonyms(side_words_, words, s.first_word, s.last_word, &actors);
  // "The Treasury on Monday imposed sanctions": a department several
  // governments name alike is the one country's the article has named that
  // has it (the US in a story of the US and China); with none or several
  // of them named, it is no one's.
  for (size_t w = s.first_word + 1; w < s.last_word; ++w) {
    PhraseMatcher::Match d;
    if (words[w - 1].lower != "the" || !departments_.MatchAt(words, w, s.last_word, &d)) continue;
    bool taken = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word < d.end_word && a.end_word > w;
    });
    std::string only;
    int named = 0;
    for (const std::string& code : department_codes_[static_cast<size_t>(d.value)]) {
      bool in_sentence = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.code == code && a.kind != ActorKind::kOrganization;
      });
      if (country_counts.count(code) || in_sentence) only = code, ++named;
    }
    if (!taken && named == 1) {
      std::string name(std::string_view(body).substr(words[w].begin,
                                                     words[d.end_word - 1].end - words[w].begin));
      ActorMention department{ActorKind::kCapital, w, d.end_word, only, std::move(name), "", false};
      actors.insert(std::upper_bound(actors.begin(), actors.end(), department,
                                     [](const ActorMention& a, const ActorMention& b) {
                                       return a.first_word < b.first_word;
                                     }),
                    std::move(department));
    }
    w = d.end_word - 1;
  }
  // "They held their first meeting": the countries the sentence before named.
  previous_countries = std::move(current_countries);
  current_countries.clear();
  sentence->previous_people = std::move(reading->current_people);
  reading->current_people.clear();
  for (const ActorMention& a : actors) {
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
        (a.kind == ActorKind::kPerson && !a.code.empty())) {
      current_countries.insert(a.code);
    }
    if (a.kind == ActorKind::kCapital && !a.code.empty())
      reading->capitals_named[a.name].push_back(reading->sentence_index);
    if (a.kind == ActorKind::kCountry) reading->countries_named.insert(a.name);
    if (a.kind == ActorKind::kPerson && !a.code.empty() && !a.name.empty() &&
        std::none_of(reading->current_people.begin(), reading->current_people.end(),
                     [&](const auto& p) { return p.first == a.name; })) {
      reading->current_people.emplace_back(a.name, a.code);
    }
  }
  // "discussed the crisis in Sudan": a country after "in" that a `topic`
  // word of place_words.tsv opens at most four plain words before is what
  // was talked about, no side of the article (probes36).
  auto topic_only = [&](const ActorMention& a) {
    if (a.kind != ActorKind::kCountry || a.first_word < s.first_word + 2 ||
        words[a.first_word - 1].lower != "in")
      return false;
    for (size_t w = a.first_word - 1; w-- > s.first_word && w + 5 >= a.first_word;) {
      if (words[w].punct || words[w].in_time) return false;
      if (place_words_.IsTopicWord(words[w])) return true;
    }
    return false;
  };
  std::set<std::string> topics;
  for (const ActorMention& a : actors) {
    if (topic_only(a)) {
      topics.insert(a.code);
      continue;
    }
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
        a.kind == ActorKind::kCapital || (a.kind == ActorKind::kPerson && !a.code.empty())) {
      ++country_counts[a.code];
    }
  }
  for (const ActorMention& a : actors) {
    if (!topic_only(a)) topics.erase(a.code);
  }
  for (const std::string& code : current_countries)
    if (!topics.count(code)) reading->sides_named.insert(code);
  // The pair named last, for "the two countries" later in this paragraph
  // or the next (the sentence is not counted yet: sentence_index is its
  // index from 0).
  const size_t here = reading->sentence_index;
  if (here < reading->paragraph_of.size()) {
    const size_t paragraph = reading->paragraph_of[here];
    if (!reading->last_pair.empty() && paragraph <= reading->last_pair_paragraph + 1)
      sentence->recent_pair = reading->last_pair;
    if (current_countries.size() == 2) {
      reading->last_pair = current_countries;
      reading->last_pair_paragraph = paragraph;
    }
  }
  // Companies that stand for their country ("Aeroflot suspended flights"),
  // kept apart: they are sides only of a measure (SidesFromContext), and
  // an article's talk of firms does not make their countries its sides.
  side_words_.FindCompanies(words, s.first_word, s.last_word, actors, &sentence->companies);
  RememberSubject(reading, sentence);
}

void EventRules::RememberSubject(ArticleReading* reading, SentenceReading* sentence) const {
  auto& words = reading->words;
  auto& s = sentence->s;
  // What "it" and "she" stand for is carried within a paragraph only: a
  // new paragraph often turns to another actor.
  // (Paragraphs are numbered once per article, in FindLeadCarry.)
  if (&s > reading->sentences.data() &&
      &s < reading->sentences.data() + reading->sentences.size() &&
      reading->paragraph_of[static_cast<size_t>(&s - reading->sentences.data())] !=
          reading->paragraph_of[static_cast<size_t>(&s - reading->sentences.data()) - 1]) {
    reading->subject_body.clear();
    reading->subject_person.clear();
  }
  // (The sentence's strings start empty: most sentences carry nothing.)
  if (!reading->subject_body.empty()) sentence->carried_body = reading->subject_body;
  if (!reading->subject_person.empty()) sentence->carried_person = reading->subject_person;
  // "It also said ...", "Her department followed": the subject is the one
  // carried, so the carry goes on.
  size_t after = 0;
  if (side_words_.CarriedSubject(words, s.first_word, s.last_word, &after) !=
      SideWords::kCarryNone) {
    return;
  }
  // The subject: the first country, government, company or person among
  // the sentence's opening words ("On Sunday, the Chilean foreign ministry
  // announced"), not one after a preposition ("In Lima, ...").
  const ActorMention* subject = nullptr;
  auto consider = [&](const ActorMention& a) {
    if (a.first_word >= s.first_word + 8 || (subject && subject->first_word <= a.first_word))
      return;
    if (a.kind == ActorKind::kPlace || a.kind == ActorKind::kTitle) return;
    if (a.first_word > s.first_word && side_words_.IsPreposition(words[a.first_word - 1].lower))
      return;
    subject = &a;
  };
  for (const ActorMention& a : sentence->actors) consider(a);
  for (const ActorMention& a : sentence->companies) consider(a);
  if (!subject) return;
  if (subject->kind == ActorKind::kPerson) {
    // ("A UN envoy said ...": a person of no side carries none.)
    reading->subject_person = subject->code;
    return;
  }
  // (An organisation is no side a pronoun may stand for.)
  reading->subject_body = subject->kind == ActorKind::kOrganization ? "" : subject->code;
  // "Chilean Foreign Minister Alberto Reyes said ...": the person the
  // country's title introduces is the subject too ("His ministry ...").
  for (const ActorMention& a : sentence->actors) {
    if (a.kind == ActorKind::kPerson && a.first_word >= subject->end_word &&
        a.first_word <= subject->end_word + 4) {
      reading->subject_person = a.code;
      break;
    }
  }
}

void EventRules::SentenceSides(SentenceReading* sentence) const {
  auto& actors = sentence->actors;
  auto& cues = sentence->cues;
  auto& both_sides = sentence->both_sides;
  auto& heads = sentence->heads;
  auto& sentence_countries = sentence->sentence_countries;
  for (const PhraseMatcher::Match& c : cues) {
    both_sides = both_sides || Contains(CueKinds(c), kBothSides);
    heads = heads || Contains(CueKinds(c), kHeadsOfState);
  }
  for (const ActorMention& a : actors) {
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
        a.kind == ActorKind::kOrganization || (a.kind == ActorKind::kPerson && !a.code.empty())) {
      sentence_countries.insert(a.code);
    }
  }
}

bool EventRules::IsMultilateral(const ArticleReading& reading, const SentenceReading& sentence,
                                const EventReading& event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& cues = sentence.cues;
  auto& tm = event.tm;
  auto& trigger = event.trigger;
  // "the 12-nation trade pact", "a regional agreement", "a trilateral
  // summit": an agreement or a gathering of more parties than the pair is
  // no bilateral event, whoever of the pair the sentence names.
  if (trigger.family == "agreement" || trigger.family == "meeting" ||
      trigger.family == "conference" || trigger.family == "dialogue") {
    bool multilateral = false;
    for (size_t w = tm.first_word; w > s.first_word && tm.first_word - w < 6 && !multilateral;
         --w) {
      const Word& prev = words[w - 1];
      if ((prev.punct && prev.lower != "-") || IsPastTense(prev)) break;
      for (const PhraseMatcher::Match& c : cues) {
        if (c.first_word != w - 1) continue;
        uint64_t kinds = CueKinds(c);
        if (Contains(kinds, kMultilateral)) multilateral = true;
        // "12-nation", "three-country": a count of parties above two.
        if (Contains(kinds, kPartyCount) && w >= s.first_word + 3 && words[w - 2].lower == "-") {
          const WordText& count = words[w - 3].lower;
          int n = 0;
          if (auto it = numbers_.find(count); it != numbers_.end()) {
            n = it->second;
          } else if (words[w - 3].number && count.size() <= 3) {
            n = std::stoi(count);
          }
          multilateral = n > 2;
        }
      }
    }
    return multilateral;
  }
  return false;
}

void EventRules::FindScope(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& triggers = sentence.triggers;
  auto& sentence_times = sentence.sentence_times;
  auto& cues = sentence.cues;
  auto& time_of = sentence.time_of;
  auto& k = event->k;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& scope_end = event->scope_end;
  auto& actors_end = event->actors_end;
  auto& clause_begin = event->clause_begin;
  auto& clause_end = event->clause_end;
  // The words that speak of this event: from the previous event word to
  // the next one.
  scope_begin = k > 0 ? triggers[k - 1].end_word : s.first_word;
  scope_end = k + 1 < triggers.size() ? triggers[k + 1].first_word : s.last_word;
  // "after", "since", "following" open a clause about another event.
  for (const PhraseMatcher::Match& c : cues) {
    if (!Contains(CueKinds(c), kOtherEvent)) continue;
    bool in_time =
        std::any_of(sentence_times.begin(), sentence_times.end(), [&](const TimeSpan& t) {
          // "shortly after midnight": a cue right before a clock time is
          // part of it.
          // "weeks after Saudi Arabia and Iran held talks": a length
          // with no number still opens another event's clause.
          bool vague_clause = t.time->rule == "after_clause" && !t.time->mod.empty();
          return (t.first_word <= c.first_word && c.first_word < t.end_word && !vague_clause) ||
                 (c.end_word == t.first_word && t.time->value.find('T') == 10);
        });
    if (in_time) continue;
    if (c.first_word >= tm.end_word && c.first_word < scope_end) scope_end = c.first_word;
    if (c.end_word <= tm.first_word && c.end_word > scope_begin) scope_begin = c.end_word;
  }
  if (time_of[k] >= 0) {
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[k])];
    scope_begin = std::min(scope_begin, t.first_word);
    scope_end = std::max(scope_end, t.end_word);
  }
  // "Israel imposed tariffs on steel on Monday, and the United States
  // praised China": a conflict event's sides stop at its clause's end.
  actors_end = scope_end;
  if (IsConflictFamily(trigger.family)) {
    size_t from = tm.end_word;
    if (time_of[k] >= 0)
      from = std::max(from, sentence_times[static_cast<size_t>(time_of[k])].end_word);
    // "Ruiz on Monday rejected any role and blamed Soto's government": a
    // dated protest joined by a bare "and" to an undated one of the same
    // speaker is aimed at whom the second names.
    size_t sides_end = scope_end;
    if (trigger.family == "protest" && time_of[k] >= 0 && k + 1 < triggers.size() &&
        time_of[k + 1] < 0 && scope_end == triggers[k + 1].first_word &&
        triggers[k + 1].first_word > tm.end_word && triggers[k + 1].value >= 0 &&
        words[triggers[k + 1].first_word - 1].lower == "and" &&
        triggers_[static_cast<size_t>(triggers[k + 1].value)].family == "protest") {
      sides_end = k + 2 < triggers.size() ? triggers[k + 2].first_word : s.last_word;
    }
    actors_end = std::min(sides_end, ClauseEnd(words, from, s.last_word));
  }
  // The event's own clause, for its place.
  clause_begin = s.first_word;
  for (size_t w = tm.first_word; w > s.first_word + 1; --w) {
    if (ClauseEnd(words, w - 2, w) == w - 2) {
      clause_begin = w - 1;
      break;
    }
  }
  clause_end = ClauseEnd(
      words,
      std::max(tm.end_word,
               time_of[k] >= 0 ? sentence_times[static_cast<size_t>(time_of[k])].end_word : 0),
      s.last_word);
}

void EventRules::ReadScopeActors(const ArticleReading& reading, const SentenceReading& sentence,
                                 EventReading* event) const {
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& triggers = sentence.triggers;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& actors_end = event->actors_end;
  auto& clause_begin = event->clause_begin;
  auto& clause_end = event->clause_end;
  auto& m = event->m;
  auto& at_place = event->at_place;
  auto& at_country = event->at_country;
  auto& at_place_end = event->at_place_end;
  auto& at_capital = event->at_capital;
  auto& organizations = event->organizations;
  std::vector<std::string> capital_of;  // demonyms of "in the Bolivian capital"
  // "the Hanoi meeting": a city right before an event word says where
  // that event was, not that its government took part.
  // ("Canberra and Beijing normalised ties": before a verb it is a side.)
  auto names_event = [&](const ActorMention& am) {
    return std::any_of(triggers.begin(), triggers.end(), [&](const PhraseMatcher::Match& t) {
      return t.first_word == am.end_word && triggers_[static_cast<size_t>(t.value)].noun_phrase;
    });
  };
  // Participants, people and places within the scope.
  // "invited Macri to Brasilia, and the two are to meet ... in Osaka":
  // for an event verb, a place after it wins over one before it.
  auto free_for_place = [&](const ActorMention& am) {
    if (at_place.empty()) return true;
    return !trigger.noun_phrase && at_place_end <= tm.first_word && am.first_word >= tm.end_word;
  };
  for (size_t a = 0; a < actors.size(); ++a) {
    const ActorMention& am = actors[a];
    if (am.first_word < scope_begin || am.end_word > actors_end) continue;
    bool after_preposition = false, modifier = false;
    if (!TakesPart(reading, sentence, *event, a, &after_preposition, &modifier)) continue;
    // "signed a memorandum in the Bolivian capital": the capital a
    // demonym names is where the event was; its country is a side only
    // when no two others are (below).
    if (DemonymCapital(reading.words, s, am)) {
      capital_of.push_back(am.code);
      continue;
    }
    switch (am.kind) {
      case ActorKind::kCountry:
      case ActorKind::kDemonym:
      case ActorKind::kOrganization:
        m.actors.insert(am.code);
        if (am.kind == ActorKind::kOrganization) organizations.insert(am.code);
        break;
      case ActorKind::kCapital:
        // "in Beijing" is a place; "Beijing said" is the government; in
        // "the Paris agreement" the city only names something.
        // "branded the government in Santiago an enemy", "accused the
        // authorities in Lima": in words of blame the capital after a
        // government and "in" names the state blamed, not the place
        // (speech23).
        if (after_preposition && !modifier && trigger.family == "protest" && am.first_word >= 3 &&
            reading.words[am.first_word - 1].lower == "in" &&
            side_words_.NamesUnplacedGovernment(
                reading.words, {}, std::max(scope_begin, am.first_word - 3), am.first_word - 1)) {
          m.actors.insert(am.code);
        } else if (after_preposition && !modifier) {
          if (free_for_place(am)) {
            at_place = am.name, at_country = am.code;
            at_place_end = am.end_word;
            at_capital = true;
          }
        } else if (!names_event(am)) {
          m.actors.insert(am.code);
        }
        break;
      case ActorKind::kPlace:
        // Venues take "the" ("at the White House"); cities do not.
        if (after_preposition && free_for_place(am) && !modifier) {
          at_place = am.name, at_country = am.code;
          at_place_end = am.end_word;
          at_capital = false;
        }
        break;
      case ActorKind::kPerson:
        // "Kishida and Xi met in Lima, and Kamikawa flew to Beijing":
        // who acts in another clause takes no part in this event.
        if (clause_begin > s.first_word && am.end_word <= clause_begin) break;
        if (am.first_word >= clause_end) break;
        if (std::find(m.people.begin(), m.people.end(), am.name) == m.people.end())
          m.people.push_back(am.name);
        if (!am.code.empty()) m.person_country.emplace(am.name, am.code);
        if (!am.code.empty()) m.actors.insert(am.code);
        break;
      case ActorKind::kTitle:
        break;
    }
  }
  for (const std::string& code : capital_of) {
    if (m.actors.size() < 2) m.actors.insert(code);
  }
}

bool EventRules::DemonymCapital(const std::vector<Word>& words, const SentenceSpan& s,
                                const ActorMention& am) const {
  return am.kind == ActorKind::kDemonym && am.first_word >= s.first_word + 2 &&
         am.end_word < s.last_word && words[am.end_word].lower == "capital" &&
         words[am.first_word - 1].lower == "the" &&
         place_prepositions_.count(words[am.first_word - 2]) > 0 &&
         (am.end_word + 1 >= s.last_word || words[am.end_word + 1].lower != "of");
}

bool EventRules::TakesPart(const ArticleReading& reading, const SentenceReading& sentence,
                           const EventReading& event, size_t a, bool* after_preposition,
                           bool* modifier) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& cues = sentence.cues;
  auto& tm = event.tm;
  auto& trigger = event.trigger;
  auto& clause_begin = event.clause_begin;
  auto& clause_end = event.clause_end;
  const ActorMention& am = actors[a];
  // "Russia attacked Ukraine on Monday, China said": who reports a
  // conflict after it is no side of it.
  if (IsConflictFamily(trigger.family) && am.first_word >= tm.end_word &&
      std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word == am.end_word && Contains(CueKinds(c), kSpeech);
      })) {
    return false;
  }
  // "in Beijing", "at the White House", "at the U.S. Justice Department".
  size_t w = am.first_word;
  if (a > 0 &&
      (actors[a - 1].kind == ActorKind::kCountry || actors[a - 1].kind == ActorKind::kDemonym)) {
    size_t end = actors[a - 1].end_word;
    if (end == w || (end + 1 == w && words[end].lower == "'s")) w = actors[a - 1].first_word;
  }
  // "in central Beijing"
  if (w > s.first_word && std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.end_word == w && Contains(cues_[static_cast<size_t>(c.value)], kPlaceAdjective);
      })) {
    --w;
  }
  if (w > s.first_word && words[w - 1].lower == "the") --w;
  // "in the Black Sea resort of Sochi": the place is named after its kind.
  bool after_place_noun = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.end_word == w && Contains(CueKinds(c), kPlaceNoun);
  });
  *after_preposition =
      after_place_noun || (w > s.first_word && place_prepositions_.count(words[w - 1]) > 0);
  // "the Paris climate agreement", "the Beijing suburb of": after "the"
  // and before a content word a place name only describes something.
  *modifier = am.city && am.first_word > s.first_word && words[am.first_word - 1].lower == "the" &&
              am.end_word < s.last_word && words[am.end_word].alpha &&
              !words[am.end_word].capitalized && !np_stop_.count(words[am.end_word]);
  // "at Rio Tinto's offices in Nairobi", "at London Stock Exchange offices
  // in Nairobi": a town that begins a longer name (a capitalised word right
  // after it) names a firm or a body, neither a place nor a side, when
  // another place follows "in" a few words on: that one is the place.
  if ((am.kind == ActorKind::kCapital || am.kind == ActorKind::kPlace) &&
      am.end_word + 1 < s.last_word && words[am.end_word].alpha && words[am.end_word].capitalized) {
    for (size_t b = a + 1; b < actors.size() && actors[b].first_word <= am.end_word + 6; ++b) {
      const ActorMention& later = actors[b];
      if ((later.kind == ActorKind::kCapital || later.kind == ActorKind::kPlace) &&
          later.first_word > am.end_word + 1 && words[later.first_word - 1].lower == "in")
        return false;
    }
  }
  // "met Wang in Munich in February, and Biden hosted Xi on Nov. 15":
  // a place in another clause is where another event happened. A
  // destination ("a trip to Pyongyang ...; Pompeo finally went in
  // October") is still where the story is.
  if ((am.kind == ActorKind::kCapital || am.kind == ActorKind::kPlace) &&
      (am.end_word <= clause_begin || am.first_word >= clause_end) && w > s.first_word &&
      place_prepositions_.count(words[w - 1]) > 0 &&
      std::none_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.end_word == w && Contains(CueKinds(c), kVisitDestination);
      })) {
    return false;
  }
  // "on Thursday evening, Paris time": a clock, not where it happened.
  if ((am.kind == ActorKind::kCapital || am.kind == ActorKind::kPlace) &&
      std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word == am.end_word && Contains(CueKinds(c), kClockTime);
      })) {
    return false;
  }
  return true;
}

void EventRules::SidesFromSentence(const ArticleReading& reading, const SentenceReading& sentence,
                                   EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& cues = sentence.cues;
  auto& sentence_countries = sentence.sentence_countries;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& actors_end = event->actors_end;
  auto& m = event->m;
  if (m.actors.size() < 2 && !IsConflictFamily(trigger.family))
    m.actors.insert(sentence_countries.begin(), sentence_countries.end());
  if (m.actors.size() < 2 && IsConflictFamily(trigger.family)) {
    // Only the sentence up to the end of the event's clause.
    for (const ActorMention& a : actors) {
      bool speaker = a.first_word >= tm.end_word &&
                     std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                       return c.first_word == a.end_word && Contains(CueKinds(c), kSpeech);
                     });
      // "Tokyo tightened export controls ..., and Seoul lodged a
      // protest": a capital not after a preposition is its government.
      bool government =
          a.kind == ActorKind::kCapital &&
          (a.first_word == s.first_word || !place_prepositions_.count(words[a.first_word - 1]));
      if (a.end_word <= actors_end && !speaker &&
          (government || a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
           a.kind == ActorKind::kOrganization ||
           (a.kind == ActorKind::kPerson && !a.code.empty()))) {
        m.actors.insert(a.code);
      }
    }
  }
  // "Azerbaijani forces captured the town on Sunday", "Armenian troops
  // shelled the border villages": force used by one of the two countries
  // the article has named most so far, told by a verb, in a sentence that
  // names no one else, is used against the other. (A third country named
  // anywhere in the sentence, "..., and Turkey welcomed the move", leaves
  // it alone; a noun, "a missile attack", often names no attacker at all.)
  if (trigger.type == "incident" && trigger.cameo.starts_with("19") && !trigger.noun_phrase &&
      m.actors.size() == 1) {
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    const std::string& side = *m.actors.begin();
    if (ranked.size() >= 2 && (ranked[0].second == side || ranked[1].second == side)) {
      const std::string& other = ranked[0].second == side ? ranked[1].second : ranked[0].second;
      // A town of the other side ("shelled Kharkiv") names no third party,
      // nor does the other side named further on in the event's clause ("a
      // Peruvian soldier was killed on Monday in an exchange of fire with
      // Chilean troops"); in another clause ("..., and Turkey welcomed the
      // move") it may only react.
      bool alone = std::all_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.code.empty() || a.code == side ||
               (a.code == other &&
                (a.kind == ActorKind::kPlace || a.end_word <= event->clause_end));
      });
      if (alone) m.actors.insert(other);
    }
  }
  // "Clashes erupted on 14 August along the frontier": fighting that takes
  // two sides by its very word (cue two-sided), in a sentence that names
  // no one, is between the two countries the article has named most so
  // far, when each has been named at least twice.
  if (trigger.type == "incident" && trigger.noun_phrase && m.actors.empty() &&
      std::none_of(actors.begin(), actors.end(),
                   [](const ActorMention& a) { return !a.code.empty(); }) &&
      std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word <= tm.first_word && tm.end_word <= c.end_word &&
               Contains(CueKinds(c), kTwoSided);
      })) {
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    if (ranked.size() >= 2 && -ranked[1].first >= 2 &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      m.actors.insert(ranked[0].second);
      m.actors.insert(ranked[1].second);
    }
  }
  // "The foreign ministry summoned the Indian envoy" (from Islamabad).
  const std::string& dateline_country = reading.dateline_country;
  if (m.actors.size() == 1 && !dateline_country.empty() && !m.actors.count(dateline_country) &&
      home_offices_.NamesUnplacedOffice(words, actors, event->scope_begin, actors_end)) {
    m.actors.insert(dateline_country);
  }
}

void EventRules::ThreatSides(const SentenceReading& sentence, EventReading* event) const {
  auto& tm = event->tm;
  auto& m = event->m;
  // "Bolivia threatened to close its border with Peru and Chile": a threat
  // is between whoever makes it and the first country it names after the
  // verb; the others it names are no party to it.
  if (event->trigger.type != "warning" || event->trigger.noun_phrase) return;
  auto side = [](const ActorMention& a) {
    return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
           a.kind == ActorKind::kCapital;
  };
  std::set<std::string> sides;
  for (const ActorMention& a : sentence.actors) {
    if (side(a) && a.first_word >= event->clause_begin && a.end_word <= tm.first_word)
      sides.insert(a.code);
  }
  if (sides.empty()) return;
  // "threatened on Monday to cut diplomatic ties with Chile": the target
  // may stand after the threatened step, which is an event word of its
  // own, so the search goes on to the clause's end.
  size_t target_end = std::max(event->actors_end, event->clause_end);
  for (const ActorMention& a : sentence.actors) {
    if (!side(a) || a.first_word < tm.end_word || a.first_word >= target_end ||
        sides.count(a.code)) {
      continue;
    }
    sides.insert(a.code);
    // Narrower, or the maker alone widened by the target: a side the
    // earlier steps did not find stays out otherwise.
    if (std::includes(m.actors.begin(), m.actors.end(), sides.begin(), sides.end()) ||
        (m.actors.size() <= 1 &&
         std::includes(sides.begin(), sides.end(), m.actors.begin(), m.actors.end()))) {
      m.actors = std::move(sides);
    }
    return;
  }
}

void EventRules::AttackSides(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& clause_end = event->clause_end;
  auto& m = event->m;
  // "after a chemical attack in Syria, as Xi dined with Trump": an
  // attack in a country is between that country and whoever its noun
  // phrase names as the attacker ("a Russian missile attack in
  // Ukraine", "an attack in Mali by French troops"); others in the
  // clause only react to it.
  if (trigger.family == "incident" && trigger.noun_phrase && tm.end_word + 1 < s.last_word &&
      words[tm.end_word].lower == "in") {
    size_t at = tm.end_word + 1;
    if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
    auto in_country = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word == at && a.kind == ActorKind::kCountry;
    });
    if (in_country != actors.end()) {
      std::set<std::string> sides{in_country->code};
      for (const ActorMention& a : actors) {
        if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kDemonym) continue;
        // Before the noun, with only modifiers between.
        bool before = a.end_word <= tm.first_word && a.end_word + 3 >= tm.first_word &&
                      a.first_word >= scope_begin;
        for (size_t x = a.end_word; before && x < tm.first_word; ++x)
          before = !words[x].punct && !np_stop_.count(words[x]);
        // "by French troops" right after the place.
        bool by = a.first_word > in_country->end_word && a.first_word <= in_country->end_word + 2 &&
                  words[a.first_word - 1].lower == "by";
        if (before || by) sides.insert(a.code);
      }
      // "..., which Riyadh blamed on Tehran": whom the clause blames.
      for (size_t w = in_country->end_word; w + 2 < clause_end; ++w) {
        if (words[w].lower != "blamed" && words[w].lower != "blames") continue;
        for (const ActorMention& a : actors) {
          bool side = a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                      a.kind == ActorKind::kCapital;
          if (side && a.first_word > w && a.first_word <= w + 3 &&
              (words[a.first_word - 1].lower == "on" || words[a.first_word - 1].lower == "the")) {
            sides.insert(a.code);
          }
        }
      }
      m.actors = sides;
    }
  }
}

void EventRules::RulingSides(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  Mention& m = event->m;
  // The family as a view (no rule here changes it): a std::string compared
  // with a literal measures the literal and calls compare, and every event
  // is asked this.
  const std::string_view family = m.family;
  if (family == "statement" && !event->trigger.noun_phrase) {
    // A reaction: a ruling told before in the paragraph.
    const size_t here = reading.sentence_index;
    bool reaction = false;
    for (size_t p = reading.mentions.size(); p-- > 0 && !reaction;) {
      size_t at = reading.mention_origin[p].second;
      if (at == 0 || reading.paragraph_of[at - 1] != reading.paragraph_of[here - 1]) break;
      reaction = std::string_view(reading.mentions[p].family) == "ruling";
    }
    if (!reaction) return;
  } else if (family == "statement") {
    bool broadcast = std::any_of(
        sentence.cues.begin(), sentence.cues.end(),
        [&](const PhraseMatcher::Match& c) { return Contains(CueKinds(c), kBroadcast); });
    if (!broadcast) return;
  } else if (family != "ruling") {
    return;
  }
  // "a ruling an Accra court handed down": a court named by a town or a
  // nationality is that state's own, and its ruling takes no other side
  // (courts27).
  if (family == "ruling" &&
      std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
        return a.kind != ActorKind::kOrganization && a.end_word < reading.words.size() &&
               reading.words[a.end_word].lower == "court";
      })) {
    return;
  }
  const std::string* named = nullptr;
  for (const std::string& code : m.actors) {
    if (!reading.country_counts.count(code)) continue;
    if (named) return;  // two states named already
    named = &code;
  }
  if (!named) {
    // "The deal rests on a ruling the guarantor countries handed down on
    // Friday": a ruling whose sentence names no one at all is between the
    // two states the article has named most, when a third is named less
    // often than both (courts27).
    // ("An arbitral tribunal in Geneva set the border in 1902": a town
    // after "in" or "at" only says where it sat; talks29.)
    bool names_none =
        std::all_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
          return (a.kind == ActorKind::kPlace || a.kind == ActorKind::kCapital) &&
                 a.first_word > sentence.s.first_word &&
                 (reading.words[a.first_word - 1].lower == "in" ||
                  reading.words[a.first_word - 1].lower == "at");
        });
    if (family != "ruling" || !m.actors.empty() || !names_none) return;
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    if (ranked.size() < 2) return;
    // (A third named as often as the second: no two stand out.)
    if (ranked.size() > 2 && ranked[2].first == ranked[1].first) return;
    m.actors.insert(ranked[0].second);
    m.actors.insert(ranked[1].second);
    return;
  }
  // The most named other state; none when two are named as often.
  const std::string* other = nullptr;
  int most = 0;
  bool tie = false;
  for (const auto& [code, count] : reading.country_counts) {
    if (code == *named || count < most) continue;
    tie = count == most;
    most = count;
    other = &code;
  }
  if (other && !tie) m.actors.insert(*other);
}

void EventRules::SidesFromContext(const ArticleReading& reading, const SentenceReading& sentence,
                                  EventReading* event) const {
  auto& words = reading.words;
  auto& current_countries = reading.current_countries;
  auto& previous_countries = sentence.previous_countries;
  auto& both_sides = sentence.both_sides;
  auto& heads = sentence.heads;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& m = event->m;
  auto& at_country = event->at_country;
  auto& at_capital = event->at_capital;
  auto& organizations = event->organizations;
  const bool conflict = IsConflictFamily(trigger.family);  // asked by several rules below
  // The CAMEO code as a view: a std::string compared with a literal
  // measures the literal and calls compare, and the rules below ask it a
  // few times an event (once per side in one loop).
  const std::string_view cameo = trigger.cameo;
  // "switched diplomatic recognition from Taiwan to Beijing" (crises29):
  // relations go to the state after "to" (a capital stands for it), not to
  // the one after "from".
  if (trigger.type == "establishment" && tm.end_word + 1 < sentence.s.last_word &&
      words[tm.end_word].lower == "from") {
    const ActorMention* from = nullptr;
    for (const ActorMention& a : sentence.actors)
      if (a.first_word == tm.end_word + 1 && !a.code.empty()) from = &a;
    const ActorMention* to = nullptr;
    for (const ActorMention& a : sentence.actors) {
      if (from && a.first_word == from->end_word + 1 && !a.code.empty() &&
          words[from->end_word].lower == "to") {
        to = &a;
      }
    }
    if (from && to && from->code != to->code) {
      m.actors.erase(from->code);
      m.actors.insert(to->code);
    }
  }
  // "Moscow recalled its ambassador in Washington", "stormed the Saudi
  // embassy in Tehran": the capital a measure or an incident is aimed at
  // stands for the other side.
  if (m.actors.size() < 2 && at_capital &&
      (conflict || trigger.type == "envoy-return" || trigger.type == "embassy-opening")) {
    m.actors.insert(at_country);
  }
  // "They held their first meeting", "they spoke by phone": a meeting or
  // call whose subject is "they" is between the two countries the
  // sentence before named, when it named exactly two.
  // (One side named again with "they" is still the same two: "they
  // met Chinese officials" does not add a third.)
  bool within_previous = std::all_of(m.actors.begin(), m.actors.end(), [&](const auto& c) {
    return previous_countries.count(c) > 0 || organizations.count(c) > 0;
  });
  if (m.actors.size() < 2 && within_previous && previous_countries.size() == 2 &&
      (trigger.family == "meeting" || trigger.family == "call" || trigger.family == "dialogue" ||
       trigger.family == "agreement")) {
    bool they = false;
    for (size_t w = scope_begin; w < tm.first_word; ++w) they = they || words[w].lower == "they";
    if (they) m.actors.insert(previous_countries.begin(), previous_countries.end());
  }
  // "Ruto met Store in Oslo on Monday. They signed a trade deal": when the
  // sentence before named no two countries (a town gave the meeting its
  // second side), "they" are the two sides and people of the meeting or
  // call it told (probes33).
  if (m.actors.size() < 2 && previous_countries.size() != 2 &&
      (trigger.family == "meeting" || trigger.family == "call" || trigger.family == "dialogue" ||
       trigger.family == "agreement")) {
    bool they = false;
    for (size_t w = scope_begin; w < tm.first_word; ++w) they = they || words[w].lower == "they";
    const Mention* told = nullptr;
    for (size_t i = reading.mentions.size(); they && i-- > 0;) {
      if (i >= reading.mention_origin.size() ||
          reading.mention_origin[i].second + 1 != reading.sentence_index)
        continue;
      const Mention& before = reading.mentions[i];
      if ((before.family == "meeting" || before.family == "call" || before.family == "dialogue") &&
          before.actors.size() == 2) {
        told = &before;
        break;
      }
    }
    if (told &&
        std::includes(told->actors.begin(), told->actors.end(), m.actors.begin(), m.actors.end())) {
      m.actors = told->actors;
      if (m.people.empty()) {
        m.people = told->people;
        m.person_country = told->person_country;
      }
    }
  }
  // "The second round of talks, held in Lima on Friday, agreed ...": a
  // gathering named with "the" as the subject that opens a sentence naming
  // no state is one of the two the sentence before named (scope22). So is
  // a clash so named: "The clashes began in late January around jungle
  // outposts" (courts27).
  if (m.actors.empty() && previous_countries.size() == 2 && trigger.noun_phrase &&
      (trigger.family == "meeting" || trigger.family == "dialogue" || trigger.type == "incident")) {
    size_t open = sentence.s.first_word;
    size_t det = DeterminerBefore(words, sentence.s.first_word, tm.first_word);
    bool states = std::any_of(sentence.actors.begin(), sentence.actors.end(), [](const auto& a) {
      return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym;
    });
    if (!states && det == open && det < tm.first_word && words[det].lower == "the")
      m.actors = previous_countries;
  }
  // "Peru summoned Chile's envoy on Monday. It gave him 72 hours to
  // leave.", "The junta expelled the consul": a measure or an incident
  // whose subject is "it" or a government the text does not place, in a
  // sentence that names no country of its own, is between the two the
  // sentence before named.
  if (conflict && m.actors.empty() && previous_countries.size() == 2 &&
      event->clause_begin < tm.first_word) {
    const WordText& first = words[event->clause_begin].lower;
    bool subject = first == "it" || first == "they" ||
                   side_words_.NamesUnplacedGovernment(words, sentence.actors, event->clause_begin,
                                                       tm.first_word);
    bool countries = std::any_of(sentence.actors.begin(), sentence.actors.end(),
                                 [](const ActorMention& a) { return !a.code.empty(); });
    if (subject && !countries) m.actors = previous_countries;
  }
  // "Peru withdrew the two applications it filed against Chile": a legal
  // step or a measure in a relative clause whose subject is "it" right
  // before the verb, after a noun, is the act of the state that is the
  // sentence's subject (courts27).
  if (conflict && tm.first_word >= event->clause_begin + 2 &&
      words[tm.first_word - 1].lower == "it" && words[tm.first_word - 2].alpha &&
      !reading.subject_body.empty() && !m.actors.count(reading.subject_body)) {
    bool subject = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return a.code == reading.subject_body && a.end_word < tm.first_word - 1;
    });
    if (subject) m.actors.insert(reading.subject_body);
  }
  // "Aeroflot suspended flights to Lima", "banned Huawei": a measure or an
  // incident of a company that stands for its state, as its doer or its
  // object, is that state's. (Its subject in the clause, or its object
  // close after the verb: "sanctions on Monday as Repsol fell" is no
  // measure against Spain.)
  if (m.actors.size() < 2 && conflict) {
    size_t begin = std::max(event->clause_begin, scope_begin);
    for (const ActorMention& c : sentence.companies) {
      bool subject = c.first_word >= begin && c.end_word <= tm.first_word;
      bool object = c.first_word >= tm.end_word && c.first_word <= tm.end_word + 5 &&
                    c.end_word <= event->actors_end;
      if (subject || object) m.actors.insert(c.code);
    }
  }
  // "The Chilean foreign ministry announced the measures. It also
  // recalled its ambassador in Lima", "Soto was alarmed. Her department
  // summoned the envoy": a measure, an incident or a statement whose
  // clause opens with a subject that names no one ("it", "its", "her",
  // "the ministry") is the side of the body or person the paragraph last
  // named as a subject. Not when the clause names a side before the event
  // word: then that is the subject.
  if (m.actors.size() < 2 && (conflict || trigger.family == "statement") &&
      event->clause_begin < tm.first_word) {
    size_t after = 0;
    SideWords::Carry carry =
        side_words_.CarriedSubject(words, event->clause_begin, tm.first_word, &after);
    bool named = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return !a.code.empty() && a.first_word >= event->clause_begin && a.end_word <= tm.first_word;
    });
    const std::string& carried = carry == SideWords::kCarryBody     ? sentence.carried_body
                                 : carry == SideWords::kCarryPerson ? sentence.carried_person
                                                                    : std::string();
    if (!named && !carried.empty()) m.actors.insert(carried);
  }
  // "The two leaders met in Rome": the two the sentence before named.
  if ((both_sides || heads) && previous_countries.size() == 2 && within_previous) {
    m.antecedent = previous_countries;
    // "Boluarte telephoned Boric. The two men spoke again": when the
    // sentence before named one person of each side, they are the two.
    const auto& people = sentence.previous_people;
    if (m.people.empty() && people.size() == 2 && people[0].second != people[1].second &&
        previous_countries.count(people[0].second) && previous_countries.count(people[1].second)) {
      for (const auto& [name, code] : people) {
        m.people.push_back(name);
        m.person_country.emplace(name, code);
      }
    }
  }
  // "Japan and South Korea agreed ... the two sides": a sentence that
  // names exactly two countries itself speaks of those two.
  if ((both_sides || heads) && current_countries.size() == 2) m.antecedent = current_countries;
  // "Kenya and Norway signed a deal on Tuesday. Ruto called it historic.
  // The two sides also agreed ...": else the two the article last named
  // together, in this paragraph or the one before (probes33), when the
  // sides the mention names are among them.
  const auto& recent = sentence.recent_pair;
  if ((both_sides || heads) && m.antecedent.empty() && recent.size() == 2 &&
      std::all_of(m.actors.begin(), m.actors.end(), [&](const auto& c) {
        return recent.count(c) > 0 || organizations.count(c) > 0;
      })) {
    m.antecedent = recent;
  }
  // "Soto was tried behind closed doors on March 19", "Ruiz was detained":
  // a measure or an incident whose only side is a private national of one
  // of the two countries the article has named most (a person it gave a
  // nationality and no office) is the other country's doing, when the
  // sentence names no third country.
  // So is one whose only side is whom it was done to ("Six Chilean
  // executives were detained", "the junta expelled the Chilean consul",
  // "suspended the broadcasts of two Chilean channels"), when no one of
  // that side is named as the doer and it did not happen in that side's
  // own country.
  bool others_did = false;
  if (conflict && m.actors.size() == 1) {
    const std::string& side = *m.actors.begin();
    bool national =
        std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
          // ("Araya, a former Chilean diplomat, was detained": an envoy
          // held, tried or freed is the other side's doing as well.)
          bool private_person =
              a.role.empty() || (a.role == "diplomat" && trigger.family == "incident");
          return a.kind == ActorKind::kPerson && private_person && a.code == side &&
                 a.first_word >= scope_begin && a.end_word <= event->actors_end;
        });
    // ("More than 20 countries expelled Chilean diplomats": other states
    // named as the doers did it, not the article's other side.)
    // They are the measure's other side, which the text does not name:
    // none of the article's two (nor, after the last sentence, the other
    // of them: the mention keeps no side).
    others_did =
        event->clause_begin < tm.first_word &&
        side_words_.NamesOtherStates(words, sentence.actors, event->clause_begin, tm.first_word);
    if (others_did) national = false;
    if (!national && event->at_country != side && !others_did)
      national = DoneToSide(reading, sentence, *event, side);
    // "Chilean engineer Mora was sentenced in Santiago": a national judged
    // at home is domestic news. (A release may name the place he flew
    // home to. "U.S. citizen Ann Lee was detained" names her side before
    // the verb, so a side there is no sign of home.)
    if (national && trigger.type != "release" && event->at_country == side) national = false;
    // "A Chilean fisherman started the proceedings": a legal step (CAMEO
    // 115) is taken by the national named, not done to him.
    if (cameo == "115") national = false;
    std::vector<std::pair<int, std::string>> ranked;
    if (national) ranked = CountriesByMentions(reading.country_counts);
    if (ranked.size() >= 2 && (ranked[0].second == side || ranked[1].second == side) &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      const std::string& other = ranked[0].second == side ? ranked[1].second : ranked[0].second;
      bool alone =
          std::all_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
            return a.code.empty() || a.code == side || a.code == other;
          });
      if (alone) m.actors.insert(other);
    }
  }
  if (others_did) m.actors.clear();
  // "Ortiz, a former Peruvian policeman who was sentenced in Lima in 2012
  // for spying for Chile": a court's sentence of its own national, with no
  // one of another side judged, is domestic news whatever state the charge
  // names (security25).
  if (trigger.type == "verdict" && m.actors.size() == 2 && m.actors.count(event->at_country)) {
    bool own = false, other = false;
    for (const ActorMention& a : sentence.actors) {
      if (a.kind != ActorKind::kPerson || a.code.empty() || !a.role.empty() ||
          a.first_word < scope_begin || a.end_word > event->actors_end) {
        continue;
      }
      (a.code == event->at_country ? own : other) = true;
    }
    if (own && !other) m.actors = {event->at_country};
  }
  // "Peru freed Daniel Reyes on Monday, who flew to Santiago": a release
  // whose only side is the one that freed him went to the country he was
  // taken to, when that is the other of the two countries the article has
  // named most.
  if (trigger.type == "release" && m.actors.size() == 1) {
    const std::string& side = *m.actors.begin();
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    if (ranked.size() >= 2 && (ranked[0].second == side || ranked[1].second == side) &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      const std::string& other = ranked[0].second == side ? ranked[1].second : ranked[0].second;
      bool taken_there =
          std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
            return a.code == other && a.first_word >= tm.end_word && a.first_word > 0 &&
                   (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital) &&
                   words[a.first_word - 1].lower == "to";
          });
      if (taken_there) m.actors.insert(other);
    }
  }
  // "Trump criticised Denmark on Sunday. Frederiksen said on Monday she
  // was annoyed": criticism, a denial or an accusation by one side that
  // names no other country answers the one other country the sentence
  // before named (with or without the speaker's own).
  // It answers only what the other side said or did there: the sentence
  // before holds a reporting verb, a protest, a measure or an incident
  // ("Peru charged two Chilean men with the poisoning. Chile said the names
  // meant nothing": speech21), so that a domestic quote after a sentence of
  // background stays one side's.
  // (The forum spoken to is no side: "told the UN General Assembly".)
  // The sides named that are no organization: how many, and the first.
  // (Only a single one is read below: no set is built for them.)
  size_t own_count = 0;
  std::string own_side;
  for (const std::string& a : m.actors) {
    if (organizations.count(a)) continue;
    // (A court the sentence names outside the event's scope is no side
    // either: "the applications it filed at the International Court of
    // Justice", courts27.)
    if ((cameo == "115" || cameo == "080") &&
        std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& o) {
          return o.code == a && o.kind == ActorKind::kOrganization;
        }))
      continue;
    if (own_count++ == 0) own_side = a;
  }
  // So does a welcome, a regret or sympathy told by a verb ("Peru's
  // ministry regretted the protesters' behaviour", "welcomed the decision"
  // after the other side's act): it answers any act the sentence before
  // told, not only a hostile one. (A joint statement, a noun, names its
  // makers itself.)
  bool spoken_statement = trigger.type == "statement" && !trigger.noun_phrase;
  // A legal step (CAMEO 115) taken by the state itself, named before it
  // ("Chile started the proceedings"), not by one of its nationals ("a
  // Chilean fisherman started the proceedings" is no step of the two).
  // (A case withdrawn, CAMEO 080, is such a step too: courts27.)
  const bool legal_step = cameo == "115" || cameo == "080";
  const bool state_maker =
      legal_step &&
      std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
        return a.code == own_side && a.first_word < tm.first_word &&
               (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital);
      });
  if (own_count == 1 &&
      (trigger.type == "condemnation" || trigger.type == "accusation" || spoken_statement ||
       cameo == "080") &&
      previous_countries.size() - previous_countries.count(own_side) == 1 &&
      &sentence.s > reading.sentences.data() &&
      &sentence.s < reading.sentences.data() + reading.sentences.size()) {
    bool alone = std::all_of(current_countries.begin(), current_countries.end(),
                             [&](const auto& c) { return c == own_side; });
    const SentenceSpan& before = *(&sentence.s - 1);
    bool answered = false;
    PhraseMatcher::Match c;
    for (size_t w = before.first_word; alone && !answered && w < before.last_word; ++w) {
      if (cue_matcher_.MatchAt(words, w, before.last_word, &c) && Contains(CueKinds(c), kSpeech))
        answered = true;
      else if (trigger_matcher_.MatchAt(words, w, before.last_word, &c) && c.value >= 0 &&
               (spoken_statement ||
                IsConflictFamily(triggers_[static_cast<size_t>(c.value)].family)))
        answered = true;
    }
    // A measure or an incident the sentence before told by words apart
    // ("charged two Chilean men with the poisoning") is a mention already.
    for (size_t i = 0; alone && !answered && i < reading.mentions.size(); ++i) {
      answered =
          reading.mention_origin[i].second + 1 == reading.sentence_index &&
          (spoken_statement || reading.mentions[i].family == "protest" ||
           reading.mentions[i].family == "sanction" || reading.mentions[i].family == "incident");
    }
    // "Peru and Chile have long quarrelled over the sea. Chile started the
    // proceedings in April 2016": a legal step (CAMEO 115) that names no
    // one it is aimed at answers the other side the sentence before named,
    // when the state itself takes it.
    if (legal_step) answered = state_maker;
    if (alone && answered) {
      m.actors.insert(previous_countries.begin(), previous_countries.end());
      own_count = 2;  // the speaker's side and the one other the sentence before named
    }
  }
  // "Soto told the UN that some neighbours treat friendship as a show":
  // criticism, a warning or an accusation by one of the article's two
  // countries that points at "neighbours" without naming them is aimed
  // at the other one, when the two are clear of a third and the sentence
  // names no other country. So is a threat that names no one ("Lima
  // said it would take whatever steps are needed"), and a protest or
  // criticism told by its own verb ("Ruiz called the step deeply
  // unfair"): in a story about two countries, what one side protests is
  // mostly the other's doing. Not what a speaker only "said" or "told"
  // ("Mena said the tax plan was absurd" may be about home), nor criticism
  // one side suffered ("Sosa was criticised").
  bool speech_verb = side_words_.IsBareSpeech(words[tm.first_word].lower);
  // Nor criticism of someone at home ("took aim at the opposition"), nor
  // blame put on a group the text names ("blamed the Shining Path").
  bool group_target = trigger.family == "protest" && NamesGroupTarget(reading, sentence, *event);
  bool aimed =
      trigger.type == "warning" ||
      (trigger.family == "protest" && !speech_verb &&
       !side_words_.IsPassive(words, tm.first_word, scope_begin) &&
       !side_words_.NamesHomeTarget(words, tm.end_word, event->scope_end) && !group_target);
  if (legal_step && !state_maker) aimed = false;
  // "Peru blamed the Shining Path for the bombing of a Chilean bank": blame
  // put on a named group is between the accuser and that group; a country
  // named after it (a victim, a place) is no side.
  if (group_target) {
    std::set<std::string> accuser;
    for (const ActorMention& a : sentence.actors) {
      bool side = a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                  a.kind == ActorKind::kCapital ||
                  (a.kind == ActorKind::kPerson && !a.code.empty());
      if (a.first_word >= event->clause_begin && a.end_word <= tm.first_word && side)
        accuser.insert(a.code);
    }
    if (!accuser.empty()) m.actors = accuser;
  }
  if (own_count == 1 &&
      (aimed ||
       ((trigger.type == "condemnation" || trigger.type == "accusation") &&
        side_words_.NamesVeiledSide(words, sentence.actors, scope_begin, event->scope_end)))) {
    const std::string& side = own_side;
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    bool alone = std::all_of(current_countries.begin(), current_countries.end(),
                             [&](const auto& c) { return c == side; });
    if (alone && ranked.size() >= 2 && (ranked[0].second == side || ranked[1].second == side) &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      m.actors.insert(ranked[0].second == side ? ranked[1].second : ranked[0].second);
    }
  }
  // "Boluarte met her counterpart on Monday", "thanked the hosts": a
  // meeting, call or talks of one of the article's two countries with
  // the other side's counterpart is between the two.
  if ((trigger.family == "meeting" || trigger.family == "call" || trigger.family == "dialogue") &&
      m.actors.size() == 1 &&
      side_words_.NamesOtherSide(words, sentence.actors, scope_begin, event->scope_end)) {
    const std::string& side = *m.actors.begin();
    std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(reading.country_counts);
    if (ranked.size() >= 2 && (ranked[0].second == side || ranked[1].second == side) &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      m.actors.insert(ranked[0].second == side ? ranked[1].second : ranked[0].second);
    }
  }
  // "a delegation to Havana for talks": talks or a visit in a capital
  // involve the government seated there.
  if (m.actors.size() < 2 && at_capital &&
      (trigger.family == "meeting" || trigger.family == "visit" || trigger.family == "dialogue")) {
    m.actors.insert(at_country);
  }
  // "Soto was cheered by crowds in Iquique": a visit of one side's people
  // in a town the gazetteer places in another country went to that country
  // (a town is no government, so only for a visit, never for talks).
  if (m.actors.size() == 1 && !at_capital && !at_country.empty() && !event->at_place.empty() &&
      trigger.family == "visit" && trigger.type != "hosting" && !m.actors.count(at_country) &&
      !m.person_country.empty()) {
    m.actors.insert(at_country);
  }
}

bool EventRules::NamesGroupTarget(const ArticleReading& reading, const SentenceReading& sentence,
                                  const EventReading& event) const {
  auto& words = reading.words;
  auto& tm = event.tm;
  // "Lima blamed the Shining Path for the bombing": right after the verb,
  // "the" and a name no data knows (no country, person, place or time,
  // no government word) is a group the blame is aimed at.
  if (event.trigger.noun_phrase || tm.end_word + 1 >= event.scope_end ||
      words[tm.end_word].lower != "the")
    return false;
  size_t begin = tm.end_word + 1, end = begin;
  while (end < event.scope_end && end < begin + 4 && words[end].capitalized && words[end].alpha &&
         !words[end].abbreviation)
    ++end;
  if (end == begin) return false;
  bool known = std::any_of(sentence.actors.begin(), sentence.actors.end(),
                           [&](const auto& a) { return a.first_word < end && a.end_word > begin; });
  known = known ||
          std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                      [&](const TimeSpan& t) { return t.first_word < end && t.end_word > begin; });
  known = known || side_words_.NamesUnplacedGovernment(words, sentence.actors, begin, end);
  return !known;
}

void EventRules::HostSides(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.family == "meeting" || event->trigger.family == "dialogue") {
    std::set<std::string> between =
        SidesBetween(words, sentence.actors, tm.end_word, event->clause_end);
    if (!between.empty()) m.actors = std::move(between);
    return;
  }
  // "Chile opened an embassy in Ghana on Monday, Peru said": an embassy
  // opened in a country or its capital is between the one who opened it
  // and that country; a country that only reports it is no side.
  if (event->trigger.type != "embassy-opening") return;
  std::string host;
  for (const ActorMention& a : sentence.actors) {
    if (a.first_word <= tm.end_word || a.first_word > tm.end_word + 6 ||
        a.end_word > event->clause_end ||
        (a.kind != ActorKind::kCountry && a.kind != ActorKind::kCapital))
      continue;
    size_t before = a.first_word - 1;
    if (words[before].lower == "the" && before > tm.end_word) --before;
    if (words[before].lower == "in") host = a.code;
    break;
  }
  if (host.empty()) return;
  std::set<std::string> sides{host};
  for (const ActorMention& a : sentence.actors) {
    if (a.first_word >= event->clause_begin && a.end_word <= tm.first_word && !a.code.empty() &&
        (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
         a.kind == ActorKind::kCapital || a.kind == ActorKind::kPerson))
      sides.insert(a.code);
  }
  if (sides.size() >= 2) m.actors = sides;
}

void EventRules::BroughtTogetherSides(const ArticleReading& reading,
                                      const SentenceReading& sentence, EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  auto& m = event->m;
  // (A verb, a particle and at least one word between them: three words
  // at least.)
  if (tm.value != meeting_trigger_ || tm.end_word < tm.first_word + 3) return;
  // The verb and the particle AddBroughtTogether joined into this event word.
  size_t inner_begin = 0, inner_end = 0;
  for (const PhraseMatcher::Match& c : sentence.cues) {
    if (!Contains(CueKinds(c), kBringTogether)) continue;
    if (c.first_word == tm.first_word) inner_begin = c.end_word;
    if (c.end_word == tm.end_word && c.first_word > tm.first_word) inner_end = c.first_word;
  }
  if (inner_begin == 0 || inner_end <= inner_begin) return;
  // Those brought together are the sides; whoever brought them is not
  // ("Kenya's president brought the Norwegian and Ghanaian ministers
  // together").
  std::set<std::string> sides;
  std::vector<std::string> people;
  std::map<std::string, std::string> person_country;
  for (const ActorMention& a : sentence.actors) {
    if (a.first_word < inner_begin || a.end_word > inner_end || a.code.empty()) continue;
    if (a.kind == ActorKind::kPlace || a.kind == ActorKind::kTitle) continue;
    sides.insert(a.code);
    if (a.kind == ActorKind::kPerson) {
      people.push_back(a.name);
      person_country.emplace(a.name, a.code);
    }
  }
  bool both = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
    return Contains(CueKinds(c), kBothSides) && c.first_word >= inner_begin &&
           c.end_word <= inner_end;
  });
  m.people = std::move(people);
  m.person_country = std::move(person_country);
  m.both_sides = false;
  m.heads_of_state = false;
  m.principal.clear();
  if (both && sides.empty()) {
    // "the two men": one person of each side the sentence before named,
    // else the two countries it named, else the article's two.
    const auto& before = sentence.previous_people;
    // (Those who brought them, named before the verb, are not among
    // them: "Presidents Ruiz of Peru and Soto of Chile signed ... in the
    // Bolivian capital. ... Bolivia's leaders brought the two men together".)
    std::set<std::string> named_before = sentence.previous_countries;
    for (const ActorMention& a : sentence.actors) {
      if (a.end_word <= tm.first_word && !a.code.empty()) named_before.erase(a.code);
    }
    if (before.size() == 2 && before[0].second != before[1].second && !before[0].second.empty() &&
        !before[1].second.empty()) {
      for (const auto& [name, code] : before) {
        sides.insert(code);
        m.people.push_back(name);
        m.person_country.emplace(name, code);
      }
    } else if (named_before.size() == 2) {
      sides = std::move(named_before);
    } else {
      m.both_sides = true;
    }
  }
  m.actors = std::move(sides);
  // "brought the two men together there": the town the sentence named
  // before the verb.
  if (tm.end_word < sentence.s.last_word && place_words_.IsThere(words[tm.end_word])) {
    for (const ActorMention& a : sentence.actors) {
      if (a.end_word > tm.first_word) break;
      if (a.city && (a.kind == ActorKind::kPlace || a.kind == ActorKind::kCapital) &&
          a.first_word > sentence.s.first_word &&
          place_words_.IsPreposition(words[a.first_word - 1])) {
        m.place = a.name;
        m.place_country = a.code;
      }
    }
  }
}

void EventRules::ApposedSides(const ArticleReading& reading, const SentenceReading& sentence,
                              EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& tm = event->tm;
  auto& m = event->m;
  auto& family = event->trigger.family;
  // "Mr Soto, the Peruvian freed by Chile, met President Ruiz in Lima": the
  // agent ("by") of what an aside between commas tells of the subject
  // acted then, not in this meeting: it is no side unless named outside
  // the aside. (Not for a visit: "Soto, invited by Chile, made the trip"
  // went to the one who invited him.)
  if (family != "meeting" && family != "call" && family != "dialogue") return;
  // (The aside may end the verb's clause: from the sentence's start.)
  size_t from = s.first_word;
  std::vector<bool> agent;  // (made at the first side inside an aside: most have none)
  for (size_t open = from + 1; open < tm.first_word; ++open) {
    if (words[open].lower != "," || !words[open - 1].capitalized) continue;
    size_t close = open + 1;
    while (close < tm.first_word && words[close].lower != ",") ++close;
    if (close >= tm.first_word) break;
    for (size_t k = 0; k < sentence.actors.size(); ++k) {
      const ActorMention& a = sentence.actors[k];
      if (a.first_word <= open + 1 || a.end_word > close || a.code.empty()) continue;
      size_t before = a.first_word - 1;
      if (words[before].lower == "the" && before > open + 1) --before;
      // (The state itself, "freed by Chile": "accompanied by Chile's
      // foreign minister" or "by Chilean ministers" names people.)
      bool state = (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital) &&
                   (a.end_word >= close || words[a.end_word].lower != "'s");
      if (agent.empty()) agent.assign(sentence.actors.size(), false);
      agent[k] = state && words[before].lower == "by";
    }
    open = close;
  }
  // (Most asides name no agent, and most sentences have no aside: then no
  // side is taken out and the sets are not built.)
  if (std::find(agent.begin(), agent.end(), true) != agent.end()) {
    std::set<std::string> aside, outside;
    for (size_t k = 0; k < sentence.actors.size(); ++k) {
      const ActorMention& a = sentence.actors[k];
      if (!a.code.empty()) (agent[k] ? aside : outside).insert(a.code);
    }
    for (const auto& [person, code] : m.person_country) outside.insert(code);
    for (const std::string& code : aside)
      if (!outside.count(code)) m.actors.erase(code);
  }
  // "Mr Soto, the Peruvian freed by Chile, met President Ruiz in Lima": a
  // private national of one side (an aside after his name gives only his
  // nationality, and no official of that side is named) meeting, in his
  // own country, someone the text gives no country is meeting someone at
  // home, not the other side (which the last sentence's rules would
  // otherwise assume).
  if (family != "meeting" || m.actors.size() != 1 || event->at_country != *m.actors.begin()) return;
  const std::string side = *m.actors.begin();
  bool private_national = false, official = false;
  for (const ActorMention& a : sentence.actors) {
    if (a.code != side) continue;
    if (a.kind == ActorKind::kPerson) {
      // (A person of no known office is no sign either way: "Peruvian
      // negotiator Carlos Soto" may well meet the other side.)
      if (!a.role.empty()) official = true;
    } else if (a.kind == ActorKind::kDemonym) {
      // "Soto, the Peruvian freed by Chile,": a demonym heading an aside
      // after a name tells a private person's nationality.
      size_t w = a.first_word;
      // ("Vega, the Peruvian foreign minister," names an office.)
      bool titled = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& t) {
        return t.kind == ActorKind::kTitle && t.first_word >= a.end_word &&
               t.first_word <= a.end_word + 1;
      });
      bool head = w >= s.first_word + 3 && !titled &&
                  (words[w - 1].lower == "the" || words[w - 1].lower == "a") &&
                  words[w - 2].lower == "," && words[w - 3].capitalized;
      (head ? private_national : official) = true;
    } else if (a.kind != ActorKind::kPlace &&
               (a.kind != ActorKind::kCapital || a.end_word != event->at_place_end)) {
      official = true;  // the country, or its capital as a government
    }
  }
  if (!private_national || official) return;
  for (const std::string& p : m.people)
    if (!m.person_country.count(p)) m.person_country.emplace(p, side);
}

// Whether an event word holds its own "be" anywhere: "were executed",
// "was tried", and "officer was seized", "soldier was killed" (security25),
// whose side named before them is whom it was done to.
bool EventRules::HoldsBe(const std::vector<Word>& words, const PhraseMatcher::Match& tm) const {
  for (size_t w = tm.first_word; w < tm.end_word; ++w)
    if (side_words_.IsBe(words[w].lower)) return true;
  return false;
}

bool EventRules::DoneToSide(const ArticleReading& reading, const SentenceReading& sentence,
                            const EventReading& event, const std::string& side) const {
  auto& words = reading.words;
  auto& tm = event.tm;
  size_t begin = std::max(event.clause_begin, event.scope_begin);
  auto of_side = [&](const ActorMention& a) {
    if (a.code != side) return false;
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym) return true;
    // (Not a person: an office holder's side is his government's, and a
    // private national's case is the rule above.)
    // "accused Santiago of spying", not "in Santiago".
    return a.kind == ActorKind::kCapital && a.first_word > 0 &&
           !place_prepositions_.count(words[a.first_word - 1]);
  };
  bool before = false, after = false;
  for (const ActorMention& a : sentence.actors) {
    if (!of_side(a)) continue;
    if (a.first_word >= begin && a.end_word <= tm.first_word) before = true;
    if (a.first_word >= tm.first_word && a.end_word <= event.actors_end) {
      // A noun is done to whom "of" names right after it ("the expulsion
      // of the Chilean ambassador"); a verb to whom follows it.
      bool of = tm.end_word < a.first_word && a.first_word <= tm.end_word + 3 &&
                words[tm.end_word].lower == "of";
      if (!event.trigger.noun_phrase || of) after = true;
    }
  }
  if (event.trigger.noun_phrase) return after && !before;
  // "were detained": the side before a passive verb is whom it was done
  // to, unless "by" names it as the doer too.
  // (An event word may hold its own "be": "were executed", "was tried".)
  if (side_words_.IsPassive(words, tm.first_word, begin) || HoldsBe(words, tm)) {
    bool by = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return of_side(a) && a.first_word > tm.end_word && a.first_word <= tm.end_word + 3 &&
             words[a.first_word - 1].lower != "of" &&
             (words[a.first_word - 1].lower == "by" || words[a.first_word - 2].lower == "by");
    });
    return before && !by;
  }
  // The object of an active verb stands close after it ("expelled the
  // Chilean consul", "suspended the broadcasts of two Chilean channels");
  // a side named further on is told of in passing.
  bool near = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
    return of_side(a) && a.first_word >= tm.first_word && a.first_word <= tm.end_word + 5;
  });
  return after && near && !before;
}

void EventRules::FindPrincipal(const ArticleReading& reading, const SentenceReading& sentence,
                               EventReading* event) const {
  auto& words = reading.words;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& scope_end = event->scope_end;
  auto& m = event->m;
  // Who did it: "Xi's state visit", "a visit ... by Meng Jianzhu",
  // "Kerry visited".
  for (const ActorMention& am : actors) {
    if (am.kind != ActorKind::kPerson) continue;
    if (am.end_word < tm.first_word && am.end_word >= scope_begin &&
        words[am.end_word].lower == "'s") {
      bool modifiers_only = true;
      for (size_t w = am.end_word + 1; w < tm.first_word; ++w)
        modifiers_only = modifiers_only && !words[w].punct && !np_stop_.count(words[w]);
      if (modifiers_only) m.principal = am.name;
    }
    // "by Meng Jianzhu", "by Chinese Foreign Minister Wang Yi"
    size_t before = am.first_word;
    while (before > tm.end_word && am.first_word - before < 3 &&
           (words[before - 1].lower == "the" || words[before - 1].capitalized ||
            words[before - 1].abbreviation)) {
      --before;
    }
    if (m.principal.empty() && am.first_word > tm.end_word && am.first_word < scope_end &&
        before > tm.end_word && words[before - 1].lower == "by") {
      m.principal = am.name;
    }
    // The subject of a verb ("Kerry visited") or of a light verb and its
    // noun ("Xi paid a state visit").
    if (am.end_word <= tm.first_word && am.end_word >= scope_begin &&
        (!trigger.noun_phrase || tm.first_word - am.end_word <= 3)) {
      m.principal = am.name;
    }
    // "Kenya's president wrapped up a two-day visit", "left Oslo on
    // Tuesday after a two-day visit" (probes37): the subject of an `end`
    // verb of stay_words.tsv ended the visit it names a few plain words on.
    if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase &&
        am.end_word < tm.first_word && am.end_word + 12 >= tm.first_word &&
        stay_words_.IsEnd(words[am.end_word]) &&
        std::none_of(words.begin() + static_cast<std::ptrdiff_t>(am.end_word),
                     words.begin() + static_cast<std::ptrdiff_t>(tm.first_word),
                     [](const Word& w) { return w.punct && w.lower != "-"; })) {
      m.principal = am.name;
    }
  }
}

void EventRules::NamedLastVisitor(const ArticleReading& reading, const SentenceReading& sentence,
                                  EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& m = event->m;
  // "The last Peruvian president to travel to Chile was Luis Vega", "Kofi
  // Mensah was the last Ghanaian president to visit Togo": the title
  // before "to <visit>" names whoever held it then, the person "was"
  // joins to it, not the office holder of the article's day. The name is
  // a known person or, one the data does not know, two to four
  // capitalised words no other actor covers.
  if (event->trigger.family != "visit" || tm.first_word < s.first_word + 2 ||
      words[tm.first_word - 1].lower != "to")
    return;
  auto title = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) {
    return a.kind == ActorKind::kPerson && a.end_word + 1 == tm.first_word;
  });
  if (title == actors.end()) return;
  auto is_be = [&](size_t w) { return side_words_.IsBe(words[w].lower); };
  auto covered = [&](size_t w) {
    return std::any_of(actors.begin(), actors.end(),
                       [&](const ActorMention& a) { return a.first_word <= w && w < a.end_word; });
  };
  auto name_word = [&](size_t w) { return words[w].alpha && words[w].capitalized && !covered(w); };
  std::string name, code;
  auto take = [&](size_t first, size_t end) {
    for (const ActorMention& a : actors) {
      if (a.kind == ActorKind::kPerson && a.first_word == first && a.end_word == end) {
        name = a.name;
        code = a.code;
        return;
      }
    }
    if (end < first + 2) return;
    for (size_t w = first; w < end; ++w)
      if (!name_word(w)) return;
    name = std::string(
        reading.body.substr(words[first].begin, words[end - 1].end - words[first].begin));
  };
  // After the visit's clause: "... to Chile was Luis Vega".
  for (size_t w = tm.end_word; w + 1 < s.last_word && w < tm.end_word + 8; ++w) {
    if (words[w].punct) break;
    if (!is_be(w)) continue;
    size_t end = w + 1;
    for (const ActorMention& a : actors)
      if (a.kind == ActorKind::kPerson && a.first_word == w + 1) end = a.end_word;
    if (end == w + 1)
      while (end < s.last_word && end < w + 5 && name_word(end)) ++end;
    take(w + 1, end);
    break;
  }
  // Before the title: "Kofi Mensah was the last Ghanaian president".
  for (size_t w = title->first_word;
       name.empty() && w-- > s.first_word && w + 5 > title->first_word;) {
    if (words[w].punct) break;
    if (!is_be(w)) continue;
    size_t first = w;
    for (const ActorMention& a : actors)
      if (a.kind == ActorKind::kPerson && a.end_word == w) first = a.first_word;
    if (first == w) {
      while (first > s.first_word && first + 4 > w && words[first - 1].alpha &&
             words[first - 1].capitalized && !covered(first - 1))
        --first;
    }
    take(first, w);
    break;
  }
  if (name.empty() || name == title->name || (!code.empty() && code != title->code)) return;
  if (code.empty()) code = title->code;
  std::erase(m.people, title->name);
  std::erase(m.people, name);
  m.people.insert(m.people.begin(), name);
  m.person_country.erase(title->name);
  if (!code.empty()) m.person_country[name] = code;
  m.principal = name;
}

void EventRules::FindDoer(const ArticleReading& reading, const SentenceReading& sentence,
                          EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  auto& m = event->m;
  // A protest told by its noun ("it had lodged a protest with Peru",
  // "Chile's protest") has its doer before the noun as a verb has
  // (probes31: the headline names it, "Chile's protest to Peru").
  if (!IsConflictFamily(event->trigger.family) ||
      (event->trigger.noun_phrase && event->trigger.family != "protest"))
    return;
  size_t begin = std::max(event->clause_begin, event->scope_begin);
  // "were expelled": the side before a passive verb is whom it was done to.
  if (side_words_.IsPassive(words, tm.first_word, begin) || HoldsBe(words, tm)) return;
  // Every side named before the verb in its clause, not after a
  // preposition ("angered by Chile's tariffs, Peru expelled"): one side
  // only, or the act is told of both ("Peru and Chile expelled each
  // other's envoys") and has no single doer.
  std::string doer;
  auto consider = [&](const ActorMention& a) {
    bool side = a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                a.kind == ActorKind::kCapital || a.kind == ActorKind::kPerson ||
                a.role == "company";
    if (!side || a.code.empty() || a.first_word < begin || a.end_word > tm.first_word) return true;
    if (a.first_word > begin && side_words_.IsPreposition(words[a.first_word - 1].lower))
      return true;
    // "Norway handed Kenya a protest note", "handed Kenya's ambassador a
    // protest note": a side (or its office) between a verb and the noun's
    // "a" is whom the act was handed to (probes39).
    size_t after = a.end_word;
    if (after < tm.first_word && words[after].lower == "'s") {
      for (const ActorMention& office : sentence.actors) {
        if (office.kind == ActorKind::kTitle && office.first_word == after + 1)
          after = office.end_word;
      }
    }
    if (!doer.empty() && event->trigger.noun_phrase && a.first_word > begin &&
        after < tm.first_word && !words[a.first_word - 1].punct &&
        !words[a.first_word - 1].capitalized &&
        (words[after].lower == "a" || words[after].lower == "an")) {
      return true;
    }
    if (!doer.empty() && doer != a.code) return false;
    doer = a.code;
    return true;
  };
  for (const ActorMention& a : sentence.actors)
    if (!consider(a)) return;
  for (const ActorMention& a : sentence.companies)
    if (!consider(a)) return;
  if (m.actors.count(doer)) m.doer = doer;
}

void EventRules::ReplyAct(ArticleReading* reading, const SentenceReading& sentence,
                          EventReading* event) const {
  auto& words = reading->words;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& m = event->m;
  const SentenceSpan& s = sentence.s;
  // An act told as the other side's reply to an act before it in the
  // sentence: "Santiago answered by expelling two Peruvians" (a verb of
  // following up of carried_dates.tsv and "by"), "Chile answered on April
  // 29 with a case of its own" (the verb itself), "Chile's mission did the
  // same" (same-act). Its doer is the actor right before the verb of
  // replying, or the first of the clause of a same-act phrase; it keeps
  // the act apart from the one it answers in the merge, and the sides of
  // that act are its sides too ("a case of its own" is against Peru).
  if (event->trigger.family != "sanction" && event->trigger.family != "protest") return;
  size_t doer_end = 0, clause = 0;
  bool principal_country = false;
  if (tm.first_word >= s.first_word + 2 && words[tm.first_word - 1].lower == "by" &&
      follow_ups_.count(words[tm.first_word - 2]) > 0) {
    doer_end = tm.first_word - 2;
  } else if (tm.first_word > s.first_word && follow_ups_.count(words[tm.first_word]) > 0) {
    doer_end = tm.first_word;
  } else if (SameActAt(words, tm.first_word, s.last_word) > 0) {
    auto breaks = [](const Word& w) {
      return w.punct && w.lower != "'s" && w.lower != "-" && !w.abbreviation;
    };
    clause = tm.first_word;
    while (clause > s.first_word && !breaks(words[clause - 1])) --clause;
  } else {
    return;
  }
  for (const ActorMention& am : actors) {
    if (am.code.empty() && am.kind != ActorKind::kPerson) continue;
    bool doer = doer_end > 0 ? am.end_word == doer_end
                             : am.first_word >= clause && am.end_word <= tm.first_word;
    if (!doer) continue;
    m.principal = am.kind == ActorKind::kPerson ? am.name : am.code;
    principal_country = am.kind != ActorKind::kPerson;
    break;
  }
  if (m.principal.empty()) return;
  // The act answered was aimed at the side that answers it ("Peru filed
  // the case at the court; Chile answered with a case of its own").
  // A same-act phrase may answer the act of the sentence before
  // (AddSameActs).
  size_t answered_from = reading->sentence_index - (doer_end == 0 ? 1 : 0);
  if (!reading->mentions.empty() && !reading->mention_origin.empty() &&
      reading->mention_origin.back().second >= answered_from) {
    Mention& answered = reading->mentions.back();
    // A third state doing the same ("Norway expelled Kenyan diplomats, and
    // Sweden did the same") answers no one: only a replier the act named,
    // or an act with one state (an organisation aside), share sides.
    size_t states = 0;
    for (const std::string& code : answered.actors) {
      states += std::none_of(actors.begin(), actors.end(), [&](const ActorMention& am) {
        return am.kind == ActorKind::kOrganization && am.code == code;
      });
    }
    if (answered.actors.count(m.principal) == 0 && states >= 2) return;
    for (const std::string& code : answered.actors) m.actors.insert(code);
    if (principal_country) answered.actors.insert(m.principal);
  }
}

void EventRules::FindDestination(const ArticleReading& reading, const SentenceReading& sentence,
                                 EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& m = event->m;
  // Where a visit went: "visit to the U.S.", "visited Beijing", "U.S. visit".
  if (trigger.family == "visit") {
    for (const ActorMention& am : actors) {
      bool place_like = am.kind == ActorKind::kCountry || am.kind == ActorKind::kCapital ||
                        am.kind == ActorKind::kPlace;
      if (!place_like) continue;
      size_t w = tm.end_word;
      // "the visit by Kenyan President William Ruto to Norway": the visitor
      // named after "by" stands between the noun and its "to" (visits29).
      if (trigger.noun_phrase && w + 2 < s.last_word && words[w].lower == "by") {
        size_t x = w + 1;
        for (bool more = true; more;) {
          more = false;
          // ("by Norway's prime minister to Kenya": a possessive joins them)
          size_t at = x > w + 1 && x + 1 < s.last_word && words[x].lower == "'s" ? x + 1 : x;
          for (const ActorMention& v : actors) {
            if (v.first_word != at || v.end_word <= at) continue;
            x = v.end_word;
            at = x;
            more = true;
          }
        }
        // (", the first by a Kenyan leader to Norway since 2015,": an
        // apposition of the visit's rank names where it went)
        if (x > w + 1 && x + 2 < s.last_word && words[x].lower == "," &&
            words[x + 1].lower == "the") {
          for (size_t y = x + 2; y < s.last_word && y < x + 10 && !words[y].punct; ++y) {
            if (words[y].lower != "to") continue;
            x = y;
            break;
          }
        }
        if (x > w + 1 && x < s.last_word && words[x].lower == "to") w = x;
      }
      if (trigger.noun_phrase && w < s.last_word && words[w].lower == "to") ++w;
      if (w < s.last_word && words[w].lower == "the") ++w;
      // ("the last Peruvian leader to visit Chile": the noun read as a verb)
      // ("he will visit Kenya", "said he would visit Kenya": so is the noun
      // after a future word that ends with a modal)
      bool infinitive =
          trigger.noun_phrase && tm.first_word > s.first_word &&
          (words[tm.first_word - 1].lower == "to" ||
           std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
             return c.end_word == tm.first_word && np_stop_.count(words[c.end_word - 1]) > 0 &&
                    (Contains(CueKinds(c), kFuture) || Contains(CueKinds(c), kReportedFuture));
           }));
      bool after = am.first_word == w && (w > tm.end_word || !trigger.noun_phrase || infinitive);
      bool before = am.kind == ActorKind::kCountry && trigger.noun_phrase;
      if (before) {
        before = am.end_word <= tm.first_word && am.end_word + 2 >= tm.first_word;
        // ("a U.S. senator's visit": the visitor's country, not where he went)
        for (size_t x = am.end_word; before && x < tm.first_word; ++x) {
          before = !words[x].punct && !np_stop_.count(words[x]) && words[x].lower != "'s";
        }
      }
      if (after || before) {
        m.destination = am.name;
        m.place_country = am.code;
        m.actors.insert(am.code);
        break;
      }
    }
  }
  // "toured a Norwegian-funded solar plant in Kenya" (probes34): a visit
  // verb's site "in" a country or town a few plain words on went there
  // (a site, not a time, between them: "arrived in Nairobi" and "arrived
  // on Monday in Nairobi" are read by the rules of arrivals).
  if (trigger.family == "visit" && trigger.type != "hosting" && !trigger.noun_phrase &&
      m.destination.empty() && !sentence.InTime(tm.end_word)) {
    size_t at = SiteTownAfter(words, s, tm.end_word);
    for (const ActorMention& am : actors) {
      if (at >= s.last_word || at <= tm.end_word + 1 || am.first_word != at || am.code.empty() ||
          (am.kind != ActorKind::kCountry && am.kind != ActorKind::kCapital &&
           am.kind != ActorKind::kPlace))
        continue;
      m.destination = am.name;
      m.place_country = am.code;
      m.actors.insert(am.code);
      break;
    }
  }
  // "when Ruiz was in Peru on a state visit": a country right before "on"
  // and the visit noun (a determiner and modifiers between) is where the
  // visit went.
  if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase &&
      m.destination.empty()) {
    size_t x = tm.first_word;
    while (x > s.first_word && x + 4 > tm.first_word && words[x - 1].alpha &&
           !words[x - 1].capitalized && words[x - 1].lower != "on")
      --x;
    if (x > s.first_word + 2 && words[x - 1].lower == "on") {
      for (const ActorMention& am : actors) {
        if (am.kind != ActorKind::kCountry || am.end_word + 1 != x ||
            am.first_word <= s.first_word || words[am.first_word - 1].lower != "in")
          continue;
        m.destination = am.name;
        m.place_country = am.code;
        m.actors.insert(am.code);
      }
    }
  }
  // "leaves for Oslo on Sunday on a state visit": a place after a `go`
  // word of stay_words.tsv and "to", "for", "in" or "at", up to eight
  // plain words before the visit noun, is where it went (visits29).
  if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase &&
      m.destination.empty()) {
    for (size_t end = tm.first_word; end + 8 >= tm.first_word && end > s.first_word; --end) {
      if (words[end - 1].punct) break;
      const ActorMention* am = GonePlace(words, s, actors, end);
      if (!am) continue;
      m.destination = am->name;
      m.place_country = am->code;
      m.actors.insert(am->code);
      break;
    }
  }
  // "left Oslo on Tuesday after a two-day visit" (probes37): the place an
  // `end` verb of stay_words.tsv leaves, its time and "after" right before
  // the visit noun (modifiers between), is where the visit went.
  if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase &&
      m.destination.empty()) {
    size_t x = tm.first_word;
    while (x > s.first_word && x + 5 > tm.first_word &&
           (words[x - 1].lower == "-" || words[x - 1].number ||
            (words[x - 1].alpha && !words[x - 1].capitalized && words[x - 1].lower != "after")))
      --x;
    if (x > s.first_word && words[x - 1].lower == "after") {
      size_t y = x - 1;
      while (y > s.first_word && sentence.InTime(y - 1)) --y;
      if (y < x - 1 && y > s.first_word && words[y - 1].lower == "on") --y;
      for (const ActorMention& am : actors) {
        if (am.end_word != y || am.first_word <= s.first_word || y == x - 1 ||
            !stay_words_.IsEnd(words[am.first_word - 1]) ||
            (am.kind != ActorKind::kCountry && am.kind != ActorKind::kCapital &&
             am.kind != ActorKind::kPlace))
          continue;
        m.destination = am.name;
        m.place_country = am.code;
        m.actors.insert(am.code);
        break;
      }
    }
  }
  // "A U.S. official's visit to Taiwan angered Chinese officials": a
  // visit of a known visitor to a known country is between those two;
  // whoever else the sentence names only reacts.
  if (trigger.family == "visit" && !m.destination.empty() && !m.place_country.empty()) {
    std::string visitor;
    if (auto pc = m.person_country.find(m.principal); pc != m.person_country.end())
      visitor = pc->second;
    for (const ActorMention& am : actors) {
      if (!visitor.empty() || am.end_word > tm.first_word || am.end_word + 4 < tm.first_word ||
          am.first_word < scope_begin ||
          (am.kind != ActorKind::kCountry && am.kind != ActorKind::kDemonym)) {
        continue;
      }
      bool modifiers_only = true;
      for (size_t x = am.end_word; x < tm.first_word; ++x) {
        modifiers_only = modifiers_only && !words[x].punct &&
                         (words[x].lower == "'s" || !np_stop_.count(words[x]));
      }
      if (modifiers_only) visitor = am.code;
    }
    if (!visitor.empty() && visitor != m.place_country && m.actors.count(visitor))
      m.actors = {visitor, m.place_country};
  }
}

void EventRules::TalksPartner(const ArticleReading& reading, const SentenceReading& sentence,
                              EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& m = event->m;
  // "the EU's trade talks with Australia", "Japan's dialogue with
  // India": talks one side holds with another are between those two,
  // whoever else the sentence names.
  if (trigger.noun_phrase &&
      (trigger.family == "meeting" || trigger.family == "dialogue" || trigger.family == "call")) {
    auto side = [](const ActorMention& a) {
      return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
             a.kind == ActorKind::kOrganization;
    };
    std::string holder, partner;
    for (const ActorMention& a : actors) {
      if (!side(a) || a.end_word > tm.first_word || a.end_word + 4 < tm.first_word ||
          a.first_word < scope_begin || a.end_word >= s.last_word ||
          words[a.end_word].lower != "'s") {
        continue;
      }
      bool modifiers_only = true;
      for (size_t x = a.end_word + 1; modifiers_only && x < tm.first_word; ++x)
        modifiers_only = !words[x].punct && !np_stop_.count(words[x]);
      if (modifiers_only) holder = a.code;
    }
    size_t with = tm.end_word;
    if (!holder.empty() && with + 1 < s.last_word && words[with].lower == "with") {
      size_t at = with + 1;
      if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
      for (const ActorMention& a : actors) {
        if (side(a) && a.first_word == at) partner = a.code;
      }
    }
    if (!holder.empty() && !partner.empty() && holder != partner) m.actors = {holder, partner};
  }
}

void EventRules::UnplacedVisitor(const ArticleReading& reading, const SentenceReading& sentence,
                                 EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& cues = sentence.cues;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& scope_end = event->scope_end;
  auto& m = event->m;
  auto& at_place = event->at_place;
  auto& at_country = event->at_country;
  auto& at_capital = event->at_capital;
  // "X eventually made the trip in June": a visit with no destination in
  // its sentence went to the other of the article's two countries.
  // Only a named traveller: "business leaders have traveled to the
  // island" may be anyone going anywhere.
  // Not who only speaks of it ("to make the trip, Castro said"), and
  // not a journey to somewhere the text names but annals does not know
  // ("plans to travel to an unnamed city").
  bool traveller = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
    if (a.kind != ActorKind::kPerson || a.first_word < scope_begin || a.end_word > scope_end)
      return false;
    return std::none_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      return c.first_word == a.end_word && Contains(CueKinds(c), kSpeech);
    });
  });
  bool unread_destination = words[tm.end_word - 1].lower == "to" ||
                            (tm.end_word < s.last_word && words[tm.end_word].lower == "to");
  if (trigger.family == "visit" && m.destination.empty() && at_place.empty() && traveller &&
      !unread_destination)
    m.undirected_visit = true;
  if (trigger.family == "visit" && !m.principal.empty() && !m.destination.empty()) {
    for (const ActorMention& am : actors) {
      if (am.kind == ActorKind::kPerson && am.name == m.principal && am.code.empty())
        m.visitor_unplaced = true;
    }
  }
  // "Assistant Secretary of State Roberta Jacobson will lead a delegation
  // to Havana for talks": someone of no stated country holding talks in
  // one side's capital comes from the other side.
  if (at_capital && (trigger.family == "meeting" || trigger.family == "dialogue") &&
      m.actors.size() < 2) {
    for (const std::string& person : m.people) {
      if (!m.person_country.count(person)) m.visitor_unplaced = true;
    }
    if (m.visitor_unplaced) m.place_country = at_country;
  }
}

void EventRules::AnaphoricSides(const ArticleReading& reading, const SentenceReading& sentence,
                                EventReading* event) const {
  auto& words = reading.words;
  auto& undated_sides = reading.undated_sides;
  auto& mentions = reading.mentions;
  auto& s = sentence.s;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& m = event->m;
  // "The seventh round of the dialogue was held in Washington in June
  // last year": a dated mention of an event named earlier takes its sides.
  // So does "their fourth meeting": an anaphor before a word of the
  // series (cue sequel) right before the noun (talks29).
  // (Asked only of a noun phrase with a side missing: most events have
  // both, and the look-ups were made for every one.)
  auto sequel = [&] {
    return tm.first_word > s.first_word + 1 && anaphors_.count(words[tm.first_word - 2]) &&
           std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
             return c.first_word + 1 == tm.first_word && c.end_word == tm.first_word &&
                    Contains(CueKinds(c), kSequel);
           });
  };
  if (m.actors.size() < 2 && trigger.noun_phrase && tm.first_word > s.first_word &&
      (anaphors_.count(words[tm.first_word - 1]) || sequel())) {
    for (size_t p = mentions.size(); p-- > 0;) {
      if (mentions[p].type == m.type) {
        m.actors.insert(mentions[p].actors.begin(), mentions[p].actors.end());
        break;
      }
    }
    auto undated = undated_sides.find(m.type);
    if (m.actors.size() < 2 && undated != undated_sides.end())
      m.actors.insert(undated->second.begin(), undated->second.end());
  }
  // "Chile banned Peruvian fish in 2010. It lifted that ban in 2013": a
  // measure lifted, pointed back at with "that" or "the", is the one
  // named last in the article, between the same sides; the lifter must
  // be one of them.
  // (The family as a view: compared with a literal without measuring it.)
  if (std::string_view(m.family) == "easing" && m.actors.size() < 2 &&
      tm.end_word + 1 < s.last_word && anaphors_.count(words[tm.end_word]) > 0 &&
      std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
        return c.first_word == tm.end_word + 1 && Contains(CueKinds(c), kMeasure);
      })) {
    for (size_t p = mentions.size(); p-- > 0;) {
      if (mentions[p].family != "sanction" || mentions[p].actors.size() < 2) continue;
      if (std::includes(mentions[p].actors.begin(), mentions[p].actors.end(), m.actors.begin(),
                        m.actors.end())) {
        m.actors.insert(mentions[p].actors.begin(), mentions[p].actors.end());
      }
      break;
    }
  }
}

void EventRules::AgreementPartner(const ArticleReading& reading, const SentenceReading& sentence,
                                  EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.family != "agreement" || m.actors.size() < 2) return;
  // "signed a defence pact with Chile", "the memorandum that Soto signed
  // with the breakaway leader": "with" a few plain words after the
  // agreement word names the party it was made with.
  auto plain = [&](const Word& w) {
    return !w.punct || w.lower == "'s" || w.lower == "-" || w.abbreviation;
  };
  size_t with = 0;
  for (size_t w = tm.end_word; w < s.last_word && w < tm.end_word + 4 && plain(words[w]); ++w) {
    if (words[w].lower == "with") {
      with = w;
      break;
    }
  }
  if (with == 0) return;
  // The partner: up to the clause's end, a time, a preposition or a
  // relative word ("with Chile in August", "with Bolivia, which ...").
  size_t begin = with + 1, end = begin;
  auto time_at = [&](size_t w) {
    return std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                       [&](const TimeSpan& t) { return t.first_word == w; });
  };
  auto cue_at = [&](size_t w, uint64_t kind) {
    return std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
      return c.first_word == w && Contains(CueKinds(c), kind);
    });
  };
  while (end < s.last_word && end < begin + 6 && plain(words[end]) && !time_at(end) &&
         !place_prepositions_.count(words[end]) && words[end].lower != "on" &&
         words[end].lower != "over" && words[end].lower != "that" &&
         !cue_at(end, kRelative | kOtherEvent)) {
    ++end;
  }
  if (end == begin) return;
  std::set<std::string> partner;
  for (const ActorMention& a : actors) {
    if (a.first_word < begin || a.end_word > end) continue;
    if (!a.code.empty() && a.kind != ActorKind::kPlace && a.kind != ActorKind::kTitle)
      partner.insert(a.code);
  }
  if (partner.empty()) {
    // "with his counterpart" is the other side; "with Tarapaca's breakaway
    // leader", "with the rebels" someone who is no state: the deal is not
    // the two states'.
    if (side_words_.NamesOtherSide(words, actors, begin, end)) return;
    if (!side_words_.NamesNonStateParty(words, begin, end)) return;
    m.actors.clear();
    return;
  }
  // "Bolivia, which has its own quarrel with Peru, signed a defence pact
  // with Chile": a country named only in a relative clause set off by
  // commas before the agreement word made no part of it.
  std::set<std::string> aside;
  for (const ActorMention& a : actors) {
    if (a.code.empty() || a.end_word > tm.first_word || partner.count(a.code)) continue;
    size_t open = a.first_word;
    while (open > s.first_word && words[open - 1].lower != ",") --open;
    if (open == s.first_word || open >= a.first_word || !cue_at(open, kRelative)) continue;
    bool closed = false;
    for (size_t w = a.end_word; w < tm.first_word && !closed; ++w) closed = words[w].lower == ",";
    if (closed) aside.insert(a.code);
  }
  for (const ActorMention& a : actors) {
    if (aside.count(a.code) == 0 || a.end_word > tm.first_word) continue;
    size_t open = a.first_word;
    while (open > s.first_word && words[open - 1].lower != ",") --open;
    if (open == s.first_word || !cue_at(open, kRelative)) aside.erase(a.code);
  }
  for (const std::string& code : aside) m.actors.erase(code);
}

bool EventRules::HomeMeetingNoun(const std::vector<Word>& words, const SentenceReading& sentence,
                                 const PhraseMatcher::Match& tm) const {
  const SentenceSpan& s = sentence.s;
  // "a cabinet meeting", "a meeting of Andean legislators".
  if (tm.first_word > s.first_word &&
      side_words_.NamesNonStateParty(words, tm.first_word - 1, tm.first_word)) {
    return true;
  }
  // So is "a meeting with business leaders" when no side is named among
  // them (scope22): one scan of the words after "of" or "with".
  const bool of = tm.end_word + 1 < s.last_word && words[tm.end_word].lower == "of";
  const bool with = tm.end_word + 1 < s.last_word && words[tm.end_word].lower == "with";
  if (!of && !with) return false;
  size_t end = tm.end_word + 1;
  while (end < s.last_word && end < tm.end_word + 4 && !words[end].punct) ++end;
  return side_words_.NamesNonStateParty(words, tm.end_word + 1, end) &&
         (of ||
          std::none_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& am) {
            return am.first_word > tm.end_word && am.first_word < end;
          }));
}

bool EventRules::TwoSidesOpen(const std::vector<Word>& words,
                              const std::vector<ActorMention>& actors, size_t begin, size_t end) {
  auto state = [](const ActorMention& a) {
    return (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym) && !a.code.empty();
  };
  for (size_t a = 0; a + 1 < actors.size(); ++a) {
    const ActorMention& x = actors[a];
    const ActorMention& y = actors[a + 1];
    if (x.first_word < begin) continue;
    // (At most a determiner before the first: "The Peruvian and Chilean governments".)
    return x.first_word <= begin + 1 && state(x) && state(y) && x.code != y.code &&
           x.end_word + 1 == y.first_word && words[x.end_word].lower == "and" && y.end_word <= end;
  }
  return false;
}

void EventRules::HomeMeeting(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.family != "meeting" || m.actors.empty()) return;
  bool home = false;
  if (event->trigger.noun_phrase) {
    // "Peru and Chile will hold a cabinet meeting": one meeting the two
    // open the clause for is theirs together; "both held cabinet
    // meetings" are each at home.
    const bool one = tm.first_word >= s.first_word + 2 && (words[tm.first_word - 2].lower == "a" ||
                                                           words[tm.first_word - 2].lower == "an");
    home = HomeMeetingNoun(words, sentence, tm) &&
           !(one && TwoSidesOpen(words, sentence.actors, event->clause_begin, tm.first_word));
    // "Peru's cabinet discussed the move at a meeting on Tuesday": a body
    // at home opening the clause holds the meeting (scope22).
    if (!home && tm.first_word >= s.first_word + 2 &&
        (words[tm.first_word - 1].lower == "a" || words[tm.first_word - 2].lower == "a" ||
         words[tm.first_word - 2].lower == "an")) {
      size_t begin = event->clause_begin;
      home = side_words_.NamesNonStateParty(words, begin, std::min(begin + 4, tm.first_word));
    }
  } else if (tm.end_word < s.last_word) {
    // "The cabinet in Lima met in emergency session on Tuesday": a body
    // at home as the subject, and no one it met after the verb.
    const Word& next = words[tm.end_word];
    bool no_object = next.punct || place_prepositions_.count(next) > 0 || next.lower == "on" ||
                     std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                 [&](const TimeSpan& t) { return t.first_word == tm.end_word; });
    home = no_object && event->clause_begin < tm.first_word &&
           side_words_.NamesNonStateParty(words, event->clause_begin, tm.first_word);
    // "The binational cabinet of Peru and Chile met in Tacna": a body of
    // both that is a meeting noun of its own is no body at home (probes39).
    home = home &&
           std::none_of(sentence.triggers.begin(), sentence.triggers.end(),
                        [&](const PhraseMatcher::Match& t) {
                          return t.value >= 0 && t.first_word >= event->clause_begin &&
                                 t.end_word <= tm.first_word &&
                                 triggers_[static_cast<size_t>(t.value)].family == "meeting" &&
                                 side_words_.NamesNonStateParty(words, t.first_word, t.end_word);
                        });
  }
  if (home) m.actors.clear();
}

void EventRules::SpeakerOfSpeech(const ArticleReading& reading, const SentenceReading& sentence,
                                 EventReading* event) const {
  auto& words = reading.words;
  auto& tm = event->tm;
  auto& m = event->m;
  if (event->trigger.family != "protest" || event->trigger.noun_phrase || m.actors.empty() ||
      !side_words_.IsBareSpeech(words[tm.first_word].lower)) {
    return;
  }
  // "said the figures were unfounded, adding that Peru's growth was
  // slowing": a side named only in a second statement added after a comma
  // is none of the first's.
  for (size_t w = tm.end_word; w + 1 < event->scope_end; ++w) {
    if (words[w].lower != "," || !side_words_.IsAddedSpeech(words[w + 1].lower)) continue;
    std::erase_if(m.actors, [&](const std::string& code) {
      bool before = false, after = false;
      for (const ActorMention& a : sentence.actors) {
        if (a.code != code) continue;
        (a.first_word < w ? before : after) = true;
      }
      return after && !before;
    });
    if (m.actors.empty()) return;
    break;
  }
  // "said his predecessor was to blame for the crisis with Peru": blame
  // laid on someone at home is no act between the two.
  size_t claim_begin = tm.end_word;
  if (side_words_.IsAudienceSpeech(words[tm.first_word].lower)) {
    // The audience: up to "that", a time or a side named.
    auto boundary = [&](size_t w) {
      return words[w].lower == "that" || words[w].punct ||
             std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                         [&](const TimeSpan& t) { return t.first_word == w; }) ||
             std::any_of(sentence.actors.begin(), sentence.actors.end(),
                         [&](const auto& a) { return !a.code.empty() && a.first_word == w; });
    };
    while (claim_begin < event->scope_end && !boundary(claim_begin)) ++claim_begin;
  }
  // Nor blame laid on someone who is no state ("said a Peruvian gang was
  // responsible for the robbery").
  if (side_words_.NamesHomeTarget(words, claim_begin, event->scope_end) ||
      (event->trigger.type == "accusation" &&
       side_words_.NamesNonStateParty(words, claim_begin, event->scope_end))) {
    m.actors.clear();
    return;
  }
  // The one blamed is the subject of the claim, before "was behind" or
  // "bore responsibility": it must name a side, its capital, government,
  // agents or people. "said rising copper prices were behind the surge in
  // Chilean imports" blames prices, not Chile.
  PhraseMatcher::Match claim;
  if (event->trigger.type == "accusation" &&
      (verb_objects_.FindObject("blame", words, claim_begin, event->scope_end, &claim) ||
       verb_objects_.FindObject("distrust", words, claim_begin, event->scope_end, &claim))) {
    bool blamed = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return !a.code.empty() && m.actors.count(a.code) && a.first_word >= claim_begin &&
             a.end_word <= claim.first_word;
    });
    if (!blamed) {
      m.actors.clear();
      return;
    }
  }
  // A subject the paragraph carries ("She said ...", "The ministry told
  // ...") may stand for a side the sentence names again further on.
  size_t after = 0;
  if (event->clause_begin < tm.first_word &&
      side_words_.CarriedSubject(words, event->clause_begin, tm.first_word, &after) !=
          SideWords::kCarryNone) {
    return;
  }
  // Every side named, and named only after the verb: they are spoken of,
  // and no one of them speaks.
  auto named = [&](const std::string& code, bool before) {
    return std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return a.code == code && (before ? a.end_word <= tm.first_word : a.first_word >= tm.end_word);
    });
  };
  bool spoken_of = std::all_of(m.actors.begin(), m.actors.end(), [&](const std::string& code) {
    return named(code, false) && !named(code, true);
  });
  if (spoken_of) m.actors.clear();
}

void EventRules::DropPresentRepeats(ArticleReading* reading) const {
  auto& published = reading->published;
  auto& mentions = reading->mentions;
  // A present-tense report ("Putin phones Erdogan") of an event the
  // article also dates, in the days up to its publication, is that event.
  // (mention_origin is kept in step: Extract reads each mention's
  // sentence from it.)
  auto repeats = [&](const Mention& m) {
    if (!m.present) return false;
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
      return !other.present && other.family == m.family && other.last <= published &&
             other.last + date::days(3) >= published;
    });
  };
  if (std::none_of(mentions.begin(), mentions.end(), repeats)) return;
  std::vector<bool> drop(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) drop[i] = repeats(mentions[i]);
  auto& origin = reading->mention_origin;
  size_t kept = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) {
      mentions[kept] = std::move(mentions[i]);
      if (i < origin.size()) origin[kept] = origin[i];
    }
    ++kept;
  }
  mentions.resize(kept);
  if (origin.size() > kept) origin.resize(kept);
}

bool EventRules::NamesCue(const std::string& sentence, uint64_t kind) const {
  std::string lowered;
  std::vector<Word> words = Tokenize(sentence, &lowered);
  std::vector<PhraseMatcher::Match> cues;
  cue_matcher_.FindAll(words, 0, words.size(), &cues);
  return std::any_of(cues.begin(), cues.end(),
                     [&](const PhraseMatcher::Match& c) { return Contains(CueKinds(c), kind); });
}

bool EventRules::NamesEnvoys(const std::string& sentence) const {
  return NamesCue(sentence, kEnvoys);
}

void EventRules::CompleteSides(const ActorLexicon& lexicon, ArticleReading* reading) const {
  auto& country_counts = reading->country_counts;
  auto& mentions = reading->mentions;
  // "The two sides": the two countries this article speaks of most.
  std::vector<std::pair<int, std::string>> ranked = CountriesByMentions(country_counts);
  // The mention's sentence: its quote is filled in only after this step
  // (Extract), for the mentions that end with two sides.
  auto& origin = reading->mention_origin;
  auto sentence_of = [&](size_t i) {
    if (!mentions[i].source.quote.empty() || i >= origin.size() || origin[i].second == 0 ||
        origin[i].second > reading->sentences.size()) {
      return mentions[i].source.quote;
    }
    return CollapseSentence(reading->body, reading->sentences[origin[i].second - 1]);
  };
  // A mention whose one side is one of the article's two countries; its
  // second side, when a rule below finds it must be one of the two, is the
  // other (add_other_side).
  // (A set of one: its side compared, not looked up.)
  auto one_of_two = [&](const Mention& m) {
    return m.actors.size() == 1 && ranked.size() >= 2 &&
           (*m.actors.begin() == ranked[0].second || *m.actors.begin() == ranked[1].second);
  };
  // The one of the two a mention of one side does not name.
  auto other_side = [&](const Mention& m) -> const std::string& {
    return m.actors.count(ranked[0].second) ? ranked[1].second : ranked[0].second;
  };
  auto add_other_side = [&](Mention& m) { m.actors.insert(other_side(m)); };
  // "The two countries last held talks in 2019" with --pair, in an article
  // that names no side but the pair's and no other country's town but the
  // mention's own place ("are set to meet at the African Union summit in
  // Addis Ababa"): the two are the pair (probes33). "Xi ended his state
  // visit to Washington. The two sides agreed ..." is no China–Japan news.
  // The article's own two, else.
  auto in_pair = [&](const std::string& c) { return c == pair_[0] || c == pair_[1]; };
  const bool pair_only =
      !pair_[0].empty() && !pair_[1].empty() &&
      std::all_of(reading->sides_named.begin(), reading->sides_named.end(), in_pair);
  auto about_pair = [&](const Mention& m) {
    return pair_only &&
           std::all_of(country_counts.begin(), country_counts.end(), [&](const auto& c) {
             return in_pair(c.first) || c.first == m.place_country;
           });
  };
  for (size_t at = 0; at < mentions.size(); ++at) {
    Mention& m = mentions[at];
    // The type and family compared as views: a comparison with a literal
    // through std::string measures the literal and calls memcmp, and this
    // loop makes a dozen a mention.
    const std::string_view type = m.type;
    const std::string_view family = m.family;
    // "Chancellor George Osborne toured China": a visitor of no stated
    // country going to one of the article's two countries comes from the other.
    if (m.visitor_unplaced && ranked.size() >= 2 &&
        (ranked[0].second == m.place_country || ranked[1].second == m.place_country)) {
      m.actors.insert(ranked[0].second == m.place_country ? ranked[1].second : ranked[0].second);
    }
    if (m.undirected_visit && one_of_two(m)) {
      add_other_side(m);
    }
    // "Janet Yellen will meet Vice Premier Liu He": someone of no stated
    // country meeting or calling one of the article's two countries is from
    // the other.
    if ((family == "meeting" || family == "call" || family == "dialogue") && one_of_two(m) &&
        std::any_of(m.people.begin(), m.people.end(),
                    [&](const std::string& p) { return !m.person_country.count(p); })) {
      add_other_side(m);
    }
    // "The annual summit, which Chile was to host last year, was put off":
    // a gathering called off that names one of the article's two countries
    // and no one else, in a story of those two (a third named less), was
    // to be theirs (meetings27).
    if (family == "meeting" && m.status == "cancelled" && m.people.empty() && one_of_two(m) &&
        (ranked.size() == 2 || ranked[2].first > ranked[1].first)) {
      add_other_side(m);
    }
    // "Vice Foreign Minister Sun Weidong summoned Japan's ambassador": the
    // envoy summoned is the other side's, so in a story about two countries
    // the one who summons is the remaining side, named or not. So is someone
    // of no stated country protesting to one of the two.
    // "Lima recalled its ambassador for consultations", "Peru expelled two
    // diplomats": likewise the envoy recalled was posted to the other side,
    // and the one expelled came from it (a clause naming a third country
    // would have given the measure a second side already).
    // An expulsion counts only when its sentence names envoys: "expelled six
    // journalists" says nothing of where they came from.
    bool envoy_measure = type == "recall" || (type == "expulsion" && m.actors.size() == 1 &&
                                              NamesEnvoys(sentence_of(at)));
    if ((family == "protest" || envoy_measure) && one_of_two(m) &&
        (type == "summon" || envoy_measure ||
         std::any_of(m.people.begin(), m.people.end(),
                     [&](const std::string& p) { return !m.person_country.count(p); }))) {
      add_other_side(m);
    }
    // "The round of talks on March 5 ended without a deal", "the border
    // reopened to cargo on Thursday": talks, or a border opened or shut,
    // that name no side at all in a story about two countries are between
    // those two, unless they took place in a third country.
    if (m.actors.empty() && ranked.size() >= 2 && -ranked[1].first >= 2 &&
        (m.place_country.empty() || m.place_country == ranked[0].second ||
         m.place_country == ranked[1].second) &&
        (type == "talks" || type == "halt-talks" ||
         ((type == "restoration" || type == "reduce-relations") &&
          NamesCue(sentence_of(at), kBorder)))) {
      m.actors.insert(ranked[0].second);
      m.actors.insert(ranked[1].second);
    }
    // "Chile has kept the Chungara crossing closed since February": a
    // border or crossing one of the two shuts, in a story about two, is shut
    // to the other (measures27). A third country named would have given
    // the closure its second side already.
    if (type == "reduce-relations" && one_of_two(m) && -ranked[1].first >= 2 &&
        NamesCue(sentence_of(at), kBorder)) {
      add_other_side(m);
    }
    // "Kenya said the agreement, signed in Oslo last May, came into force":
    // an agreement of one of the two made in the other's capital is between
    // the two (probes35).
    if (family == "agreement" && one_of_two(m) && !m.place.empty() &&
        m.place == place_words_.CapitalOf(other_side(m))) {
      add_other_side(m);
    }
    // "NAIROBI ... The agreement, signed in Oslo last May, came into force":
    // with --pair, an agreement naming no side, made in one side's capital,
    // in a story filed from the other side's country that names no side
    // but the pair's, is the pair's.
    if (family == "agreement" && m.actors.empty() && about_pair(m) && !m.place.empty() &&
        !reading->dateline_country.empty()) {
      for (size_t i = 0; i < 2; ++i) {
        if (reading->dateline_country == pair_[1 - i] &&
            m.place == place_words_.CapitalOf(pair_[i])) {
          m.actors.insert(pair_.begin(), pair_.end());
          break;
        }
      }
    }
    // "Chile reopened its consulate in Arequipa": a mission one side opens
    // (or closes, visits29: "Norway's move to close its consulate in
    // Kisumu") is in another country, in a story about two the other of
    // the two.
    if ((type == "embassy-opening" || type == "restoration" || type == "reduce-relations") &&
        one_of_two(m) && NamesCue(sentence_of(at), kMission)) {
      add_other_side(m);
    }
    if (!m.both_sides) continue;
    // "Hollande met Putin in Moscow and the two agreed ...": "the two" are
    // the two the mention already names, not the article's pair.
    // Two people of two known, different countries (asked only when it
    // matters, with no set built).
    if (m.antecedent.empty() && m.people.size() == 2) {
      auto first = m.person_country.find(m.people[0]);
      auto second = m.person_country.find(m.people[1]);
      if (first != m.person_country.end() && second != m.person_country.end() &&
          first->second != second->second) {
        continue;
      }
    }
    if (!m.antecedent.empty()) {
      m.actors.insert(m.antecedent.begin(), m.antecedent.end());
      continue;
    }
    if (about_pair(m)) {
      m.actors.insert(pair_.begin(), pair_.end());
      continue;
    }
    for (size_t i = 0; i < 2 && i < ranked.size(); ++i) m.actors.insert(ranked[i].second);
  }
  for (Mention& m : mentions) {
    if (!m.heads_of_state || m.people.size() >= 2) continue;
    std::vector<std::string> sides(m.antecedent.begin(), m.antecedent.end());
    if (sides.empty() && about_pair(m)) sides.assign(pair_.begin(), pair_.end());
    if (sides.empty()) {
      for (size_t i = 0; i < 2 && i < ranked.size(); ++i) sides.push_back(ranked[i].second);
    }
    for (const std::string& side : sides) {
      if (const OfficeHolder* h = lexicon.LeaderOf(side, m.first)) {
        if (std::find(m.people.begin(), m.people.end(), h->name) == m.people.end())
          m.people.push_back(h->name);
        m.person_country.emplace(h->name, h->country);
      }
    }
  }
}

}  // namespace annals
