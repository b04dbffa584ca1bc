// The step of EventRules::Extract that says where an event took place.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "annals/date_value.h"
#include "article_reading.h"
#include "event_rules.h"
#include "event_words.h"
#include "stay_during.h"

namespace annals {

namespace {

// "signed during Tobgay's visit to Beijing": how far after "during" the
// visit or meeting word may stand ("during the Peruvian foreign
// minister's visit") and how far its town ("during President Ruiz's
// two-day state visit to Santiago"); further on, a town names something
// else the sentence tells.
constexpr size_t kMaxDuringToStayWords = 8;
constexpr size_t kMaxDuringToTownWords = 12;

bool IsSide(const ActorMention& a) {
  return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
         a.kind == ActorKind::kCapital || (a.kind == ActorKind::kPerson && !a.code.empty());
}

// A word of a place's name ("Tacna", "Santa Rosa").
bool NameWordAt(const std::vector<Word>& words, size_t i) {
  return words[i].capitalized && words[i].alpha && !words[i].abbreviation;
}

// A known town: a place or capital the gazetteer marks as a city.
bool IsKnownTown(const ActorMention& a) {
  return (a.kind == ActorKind::kPlace || a.kind == ActorKind::kCapital) && a.city;
}

// The one known town (a place or capital that is a city) of country `code`
// the sentence names after word `after`, right after "in" when `after_in`;
// none when it names none or several, which leaves the choice open.
const ActorMention* OnlyTownOf(const std::vector<ActorMention>& actors,
                               const std::vector<Word>& words, const std::string& code,
                               size_t after, bool after_in) {
  const ActorMention* town = nullptr;
  size_t towns = 0;
  for (const ActorMention& a : actors) {
    if (a.first_word <= after || a.code != code || !IsKnownTown(a) ||
        (after_in && words[a.first_word - 1].lower != "in")) {
      continue;
    }
    ++towns;
    town = &a;
  }
  return towns == 1 ? town : nullptr;
}

}  // namespace

void EventRules::HomeCapital(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  Mention& m = event->m;
  // (Agreements of every kind, probes34: "Norway's parliament ratified a
  // tax treaty with Kenya" was ratified in Oslo, not at a Nairobi dateline.
  // A view: a std::string compared with a literal calls memcmp whatever the
  // lengths, and every event is asked this.)
  const std::string_view family = m.family;
  if ((family != "statement" && family != "agreement") || !event->at_place.empty()) return;
  const size_t trigger = event->tm.first_word;
  bool home = false;
  if (family == "statement") {
    home = std::any_of(
        sentence.cues.begin(), sentence.cues.end(),
        [&](const PhraseMatcher::Match& c) { return Contains(CueKinds(c), kBroadcast); });
  } else {
    // A seat of government in the subject, before the verb.
    for (size_t w = event->clause_begin; w < trigger && !home; ++w) {
      size_t seat_end = 0;
      home = place_words_.SeatAt(reading.words, w, trigger, &seat_end);
    }
  }
  if (!home) return;
  // The speaker or the seat's owner: the first state named before the
  // event word.
  for (const ActorMention& a : sentence.actors) {
    if (a.first_word >= trigger) break;
    if (a.code.empty() || !reading.country_counts.count(a.code)) continue;
    std::string capital = place_words_.CapitalOf(a.code);
    if (capital.empty()) return;
    m.place = capital;
    m.place_country = a.code;
    event->dateline_candidate = false;  // told, not guessed from the dateline
    return;
  }
}

bool EventRules::LinksRestored(const SentenceReading& sentence, const EventReading& event) const {
  // "Kenya and Norway resumed direct flights on Tuesday": a restoration
  // whose object is a craft (`craft` cues: "flights", "ferry") is links
  // opened again by two governments at a distance, not a sitting at the
  // dateline (probes41). Relations restored keep the dateline's guess.
  if (event.trigger.type != "restoration") return false;
  return std::any_of(
      sentence.cues.begin(), sentence.cues.end(), [&](const PhraseMatcher::Match& c) {
        return Contains(CueKinds(c), kCraft) && c.first_word + 4 >= event.tm.first_word &&
               c.first_word <= event.tm.end_word + 4;
      });
}

void EventRules::FindPlace(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const {
  auto& words = reading.words;
  auto& dateline_city = reading.dateline_city;
  auto& dateline_country = reading.dateline_country;
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
  auto& dateline_candidate = event->dateline_candidate;
  // The event's own words: its scope, within its clause.
  size_t own_begin = std::max(scope_begin, event->clause_begin);
  size_t own_end = std::min(scope_end, std::max(event->clause_end, tm.end_word));
  if (own_begin > tm.first_word) own_begin = tm.first_word;
  // A call, a letter or talks by video link took place nowhere: neither
  // where the story was filed nor where a speaker sat.
  // ("held talks with U.S. President Joe Biden by video link": the medium
  // may follow the partner; it must come before the next event word.)
  size_t remote_end = std::min(own_end, tm.end_word + 10);
  for (const PhraseMatcher::Match& t : sentence.triggers) {
    if (t.first_word >= tm.end_word) remote_end = std::min(remote_end, t.first_word);
  }
  if (trigger.family == "call" ||
      ((trigger.family == "meeting" || trigger.family == "dialogue" ||
        trigger.family == "conference") &&
       place_words_.RemoteIn(words, std::max(own_begin, tm.first_word > 3 ? tm.first_word - 3 : 0),
                             remote_end))) {
    at_place.clear();
    at_country.clear();
    return;
  }
  // "signed a memorandum on a rail link to Tacna", "talks on a road
  // linking Tacna and Arica": a place after a `route` word, after the
  // event word, is where the deal's or the talks' object leads, not where
  // they were held.
  if (!at_place.empty() && (trigger.family == "agreement" || trigger.family == "meeting" ||
                            trigger.family == "dialogue" || trigger.family == "conference")) {
    for (const ActorMention& a : actors) {
      if (a.end_word != event->at_place_end || a.first_word < tm.end_word + 1) continue;
      size_t before = a.first_word - 1;
      if (words[before].lower == "the" && before > tm.end_word) --before;
      if (place_words_.IsRoute(words[before])) {
        at_place.clear();
        at_country.clear();
        event->at_capital = false;
      }
      break;
    }
  }
  // "launched a strategic dialogue, with the first round to be held in
  // Oslo in June": a place after ", with" and a future cue of its own
  // ("to be held") is where the plan told in that aside takes place, not
  // where the event was (probes32).
  if (!at_place.empty() && event->at_place_end > tm.end_word) {
    for (size_t w = tm.end_word; w + 1 < event->at_place_end; ++w) {
      if (words[w].lower != "," || words[w + 1].lower != "with") continue;
      bool plan = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word > w + 1 && c.end_word < event->at_place_end &&
               Contains(CueKinds(c), kFuture);
      });
      if (plan) {
        at_place.clear();
        at_country.clear();
        event->at_capital = false;
      }
      break;
    }
  }
  // "announced on Monday in Rome and in Ankara": an agreement or statement
  // made known in both sides' capitals at once was made in both.
  if (event->at_capital && !at_place.empty() &&
      (trigger.family == "agreement" || trigger.family == "statement")) {
    size_t w = event->at_place_end;
    if (w + 1 < s.last_word && words[w].lower == "and") ++w;
    if (w > event->at_place_end && w + 1 < s.last_word && words[w].lower == "in") ++w;
    for (const ActorMention& a : actors) {
      if (w == event->at_place_end || a.first_word != w || a.kind != ActorKind::kCapital ||
          !a.city || a.code == at_country || !m.actors.count(a.code) || !m.actors.count(at_country))
        continue;
      at_place += " and " + a.name;
      break;
    }
  }
  // "held here Tuesday" says where; "said here", "told reporters here"
  // only say where the speaker was.
  bool here = false;
  for (size_t w = scope_begin; w < scope_end; ++w) {
    // "at a ceremony in this southern city": "in this" and a `here-noun`
    // with at most two lower-case words between say "here" (accords26).
    size_t at = w;
    if (words[w].lower == "this" && w > s.first_word + 1 && words[w - 1].lower == "in") {
      size_t n = w + 1;
      while (n < scope_end && n < w + 3 && words[n].alpha && !words[n].capitalized &&
             !place_words_.IsHereNoun(words[n]))
        ++n;
      if (n >= scope_end || !place_words_.IsHereNoun(words[n]) ||
          (n + 1 < scope_end && words[n + 1].lower == "of"))
        continue;
      at = w - 1;
    } else if (words[w].lower != "here") {
      continue;
    }
    bool speaker = at > s.first_word && place_words_.IsSpeakerPlace(words[at - 1]);
    for (const PhraseMatcher::Match& c : cues) {
      speaker =
          speaker || (c.end_word <= at && c.end_word + 1 >= at && Contains(CueKinds(c), kSpeech));
    }
    here = here || !speaker;
  }
  // "recalled its consul general in Busan": where a recall, expulsion or
  // sanction is said to be is where its target was, not where it happened.
  // An envoy expelled from the capital he served in was expelled there,
  // though: "expelled Lagos, the Chilean ambassador in Lima" happened in
  // Lima. (Not a consul's town: with towns too `eval/heldout5` lost a
  // place.)
  bool expelled_from = false;
  if (trigger.type == "expulsion" && !at_place.empty()) {
    for (const ActorMention& a : actors) {
      if (a.end_word != event->at_place_end || a.first_word < 3 || a.kind != ActorKind::kCapital ||
          words[a.first_word - 1].lower != "in" || !m.actors.count(a.code))
        continue;
      for (size_t w = a.first_word - 3; w + 1 < a.first_word && !expelled_from; ++w)
        expelled_from = place_words_.EnvoyAt(words, w, a.first_word - 1);
    }
  }
  // "closed its embassy in Santiago": one's own mission shut in the other
  // side's capital was shut there (measures23). Only the capital right
  // after "in" at the end of an event word that names the mission.
  bool own_mission_at = false;
  if (trigger.type == "reduce-relations" && !at_place.empty() && tm.end_word + 1 < s.last_word &&
      words[tm.end_word].lower == "in") {
    bool mission = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      return c.first_word >= tm.first_word && c.end_word <= tm.end_word &&
             Contains(CueKinds(c), kMission);
    });
    own_mission_at = mission && std::any_of(actors.begin(), actors.end(), [&](const auto& a) {
                       return a.kind == ActorKind::kCapital && a.first_word == tm.end_word + 1 &&
                              a.end_word == event->at_place_end && m.actors.count(a.code) > 0;
                     });
  }
  if (trigger.family == "sanction" && !expelled_from && !own_mission_at) at_place.clear();
  // "the standoff ended before the two leaders met at the summit in Xiamen":
  // a place right after another event's noun is that event's, not a
  // protest's or an incident's.
  if (!at_place.empty() && (trigger.family == "protest" || trigger.family == "incident")) {
    for (const PhraseMatcher::Match& t : sentence.triggers) {
      if (t.first_word == tm.first_word || t.end_word > event->at_place_end ||
          t.first_word < tm.end_word || event->at_place_end > t.end_word + 6)
        continue;
      const EventTrigger& other = triggers_[static_cast<size_t>(t.value)];
      if (other.family != trigger.family && other.family != "sanction") at_place.clear();
    }
  }
  // "Chile condemned the arrest of a Peruvian employee of its consulate in
  // Arequipa": a place in the noun phrase of the act a protest is about
  // (an event word of another family right after the protest's own, and
  // no punctuation up to the place) is that act's, even when the act gave
  // no mention of its own.
  if (!at_place.empty() && trigger.family == "protest" && event->at_place_end > tm.end_word) {
    size_t w = tm.end_word;
    if (w < event->at_place_end && (words[w].lower == "the" || words[w].lower == "a")) ++w;
    PhraseMatcher::Match c;
    if (trigger_matcher_.MatchAt(words, w, event->at_place_end, &c) && c.value >= 0 &&
        triggers_[static_cast<size_t>(c.value)].family != "protest" &&
        std::none_of(words.begin() + static_cast<std::ptrdiff_t>(c.end_word),
                     words.begin() + static_cast<std::ptrdiff_t>(event->at_place_end),
                     [](const Word& x) { return x.punct; })) {
      at_place.clear();
      at_country.clear();
    }
  }
  // (The end of the event word's clause, looked for once and only when a
  // rule below asks it.)
  std::optional<size_t> clause_end;
  auto event_clause_end = [&] {
    if (!clause_end) clause_end = ClauseEnd(words, tm.end_word, s.last_word);
    return *clause_end;
  };
  // "held talks on the sidelines of the G20 summit in Hamburg": the
  // gathering's place, though its name ends the talks' scope.
  if (at_place.empty() && trigger.family != "sanction") {
    SidelinesPlace(words, cues, actors, tm.end_word, event_clause_end(), &at_place, &at_country);
  }
  // "talks hosted by Oman": a gathering a third country hosted was held there.
  if (at_place.empty() && (trigger.family == "meeting" || trigger.family == "dialogue" ||
                           trigger.family == "conference")) {
    for (size_t w = own_begin; w + 2 < own_end && at_place.empty(); ++w) {
      if (words[w].lower != "hosted" || words[w + 1].lower != "by") continue;
      size_t at = w + 2 + (words[w + 2].lower == "the" ? 1 : 0);
      for (const ActorMention& a : actors) {
        if (a.first_word == at &&
            (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital)) {
          at_place = a.name, at_country = a.code;
        }
      }
    }
  }
  // "The annual summit, which Chile was to host last year": a gathering a
  // relative clause right after it says a country hosted, or was to host,
  // was held there, or was to be (meetings27).
  if (at_place.empty() && trigger.noun_phrase &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference")) {
    size_t w = tm.end_word;
    if (w < s.last_word && words[w].lower == ",") ++w;
    bool relative = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      return c.first_word == w && Contains(CueKinds(c), kRelative);
    });
    for (const ActorMention& a : actors) {
      if (!relative || a.first_word != w + 1 ||
          (a.kind != ActorKind::kCountry && a.kind != ActorKind::kCapital)) {
        continue;
      }
      for (size_t x = a.end_word; x < s.last_word && x < a.end_word + 4 && !words[x].punct; ++x) {
        if (place_words_.IsHostVerb(words[x])) {
          at_place = a.name, at_country = a.code;
          break;
        }
      }
    }
  }
  // "China summoned the Japanese ambassador": a summons is held at the
  // summoning government's foreign ministry, in its capital.
  // "handed a protest note to the Chilean ambassador", "lodged a protest
  // with the Chilean envoy": a protest handed to an envoy was handed over
  // where a summons is held.
  bool handed = false;
  if (at_place.empty() && !here && trigger.type == "protest") {
    for (size_t w = tm.end_word; w + 1 < own_end && w < tm.end_word + 6 && !handed; ++w) {
      if (!place_words_.IsRecipient(words[w])) continue;
      // "to the Chilean ambassador", "with Chile's envoy".
      for (size_t x = w + 1; x < own_end && x <= w + 4 && !handed; ++x) {
        handed = place_words_.EnvoyAt(words, x, own_end);
        if (words[x].punct && words[x].lower != "'s") break;
      }
    }
  }
  if (at_place.empty() && !here && (trigger.type == "summon" || handed)) {
    std::string summoner;
    bool passive = tm.first_word > s.first_word && place_words_.IsPassive(words[tm.first_word - 1]);
    if (!passive) {
      // The nearest side before the verb that is not itself the envoy
      // ("the Chinese ambassador was summoned" is passive, above).
      for (const ActorMention& a : actors) {
        if (a.end_word > tm.first_word || a.first_word < own_begin || !IsSide(a)) continue;
        if (a.kind == ActorKind::kDemonym && place_words_.EnvoyAt(words, a.end_word, tm.first_word))
          continue;
        summoner = a.code;
      }
    } else {
      // "was summoned by China's foreign ministry".
      for (size_t w = tm.end_word; w + 1 < own_end && summoner.empty(); ++w) {
        if (words[w].lower != "by") continue;
        for (const ActorMention& a : actors) {
          if (a.first_word > w && a.first_word <= w + 2 && IsSide(a)) {
            summoner = a.code;
            break;
          }
        }
        break;
      }
    }
    if (summoner.empty() && m.actors.size() == 2) {
      // Whose envoy was summoned: the country named with the envoy word;
      // the other side summoned him.
      std::string envoy_country;
      for (const ActorMention& a : actors) {
        if (a.first_word < own_begin || a.end_word > own_end || !IsSide(a)) continue;
        size_t after = a.end_word;
        if (after < own_end && words[after].lower == "'s") ++after;
        if (place_words_.EnvoyAt(words, after, own_end)) envoy_country = a.code;
      }
      if (m.actors.count(envoy_country)) {
        for (const std::string& code : m.actors)
          if (code != envoy_country) summoner = code;
      }
    }
    std::string capital = summoner.empty() ? "" : place_words_.CapitalOf(summoner);
    if (!capital.empty()) at_place = capital, at_country = summoner;
  }
  // "Peru's ambassador told a news conference at the embassy on Monday
  // that ...": words of blame an envoy spoke at "the embassy" (a mission
  // cue after "at" and one determiner, no place named after it) were
  // spoken where he serves, the other side's capital (speech23). A
  // consulate's town is not known: only the embassy's capital is taken.
  if (at_place.empty() && !here && trigger.family == "protest" && m.actors.size() == 2) {
    std::string envoy_country;
    for (const ActorMention& a : actors) {
      if (a.first_word < own_begin || a.end_word >= tm.first_word || !IsSide(a)) continue;
      size_t after = a.end_word;
      if (words[after].lower == "'s") ++after;
      if (place_words_.EnvoyAt(words, after, tm.first_word)) envoy_country = a.code;
    }
    bool at_mission = false;
    for (const PhraseMatcher::Match& c : cues) {
      if (!Contains(CueKinds(c), kMission) || c.first_word < own_begin + 2 ||
          c.end_word > own_end || words[c.first_word - 2].lower != "at" ||
          words[c.first_word - 1].lower != "the" || words[c.first_word].lower != "embassy") {
        continue;
      }
      at_mission = c.end_word >= own_end ||
                   (words[c.end_word].lower != "in" && words[c.end_word].lower != "of");
    }
    if (at_mission && m.actors.count(envoy_country)) {
      for (const std::string& code : m.actors) {
        if (code == envoy_country) continue;
        std::string capital = place_words_.CapitalOf(code);
        if (!capital.empty()) at_place = capital, at_country = code;
      }
    }
  }
  // "Speaking outside the mortuary on Friday, Chile's ambassador accused
  // Peru ...": words of blame spoken at a site named only by its kind (a
  // venue preposition, "the" and a lower-case noun) in a participle phrase
  // that opens the sentence, with no town named, were spoken where the
  // story was filed (speech23).
  if (at_place.empty() && !here && trigger.family == "protest" && !dateline_city.empty() &&
      s.first_word + 3 < tm.first_word) {
    // (After the dateline of a first paragraph: "LIMA, March 14 -".)
    const size_t open = s.first_word;
    const Word& opener = words[open];
    const WordText& lower = opener.lower;
    bool participle =
        opener.alpha && lower.size() > 5 && lower.compare(lower.size() - 3, 3, "ing") == 0;
    bool site = false;
    for (size_t w = open + 1; participle && w + 2 < tm.first_word && !words[w].punct; ++w) {
      site = site || (place_words_.IsVenuePreposition(words[w]) && words[w + 1].lower == "the" &&
                      words[w + 2].alpha && !words[w + 2].capitalized);
    }
    bool named = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word < tm.first_word &&
             (a.kind == ActorKind::kCapital || a.kind == ActorKind::kPlace);
    });
    if (site && !named) at_place = dateline_city, at_country = dateline_country;
  }
  // "said the army had driven the Chilean forces out of Tumbes": a
  // military act claimed in speech (a statement, 010) is placed where the
  // act drove the other side from, a known town after "out of" or "from"
  // (speech23).
  if (at_place.empty() && trigger.family == "statement" && trigger.cameo == "010") {
    for (const ActorMention& a : actors) {
      if (a.first_word < tm.end_word + 2 || a.first_word >= own_end ||
          (a.kind != ActorKind::kPlace && a.kind != ActorKind::kCapital)) {
        continue;
      }
      const WordText& before = words[a.first_word - 1].lower;
      if (before == "from" || (before == "of" && words[a.first_word - 2].lower == "out")) {
        at_place = a.name, at_country = a.code;
        break;
      }
    }
  }
  // "signed a treaty at the United Nations", "met at the World Trade
  // Organization": a gathering or signing at a body that sits in one city
  // (data/en/seats.tsv) was held in that city. Only a name that ends
  // there ("at the U.N. Human Rights Council" sits elsewhere).
  if (at_place.empty() && !here &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement")) {
    for (size_t w = std::max(own_begin, tm.end_word); w + 1 < own_end; ++w) {
      if (words[w].lower != "at") continue;
      size_t at = w + 1 + (words[w + 1].lower == "the" ? 1 : 0);
      size_t seat_end = 0;
      const PlaceWords::BodySeat* seat =
          place_words_.BodySeatAt(words, at, own_end, false, &seat_end);
      if (seat && (seat_end >= own_end || !words[seat_end].capitalized)) {
        at_place = seat->city, at_country = seat->country;
        event->at_place_end = seat_end;
      }
      break;
    }
  }
  // "holding talks with his counterpart in the capital", "a state visit
  // that began when the prince landed in the capital": "the capital" of a
  // visit is its host country's, of talks the dateline country's when
  // that is a side (and not the visitor's own), of a visit with no
  // destination by a guest of another country the dateline country's
  // (visits26).
  bool visit = trigger.family == "visit" && trigger.type != "hosting";
  if (at_place.empty() && !here &&
      (visit || trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference")) {
    size_t end = std::min(event_clause_end(), tm.end_word + 15);
    // (An event word that ends in "in", "landed in", leaves "the capital".)
    size_t from = words[tm.end_word - 1].lower == "in" ? tm.end_word - 1 : tm.end_word;
    // (Only a clause with the word "capital" in it is read word by word:
    // the loop below does nothing but stop before one.)
    bool capital_named = false;
    for (size_t w = from + 2; w < end && !capital_named; ++w)
      capital_named = words[w].lower == "capital";
    for (size_t w = from; capital_named && w + 2 < end; ++w) {
      // ("talks about crime in the capital": after a topic, what was
      // talked about; "on Tuesday" is no topic.)
      if (place_words_.IsTopicWord(words[w]) &&
          std::none_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                       [&](const TimeSpan& t) { return t.first_word == w + 1; }))
        break;
      if (words[w].lower != "in" || words[w + 1].lower != "the" || words[w + 2].lower != "capital")
        continue;
      if (w + 3 < s.last_word && (words[w + 3].lower == "of" || words[w + 3].capitalized)) break;
      std::string host;
      if (visit && !m.destination.empty()) {
        host = m.place_country;
      } else if (m.actors.count(dateline_country)) {
        host = dateline_country;
        if (auto pc = m.person_country.find(m.principal);
            visit && pc != m.person_country.end() && pc->second == host)
          host.clear();
      } else if (auto pc = m.person_country.find(m.principal); visit && !dateline_country.empty() &&
                                                               pc != m.person_country.end() &&
                                                               pc->second != dateline_country) {
        // ("the crown prince landed in the capital" filed from Lima: a
        // guest of another country landed in the dateline country's.)
        host = dateline_country;
      }
      if (std::string capital = host.empty() ? "" : place_words_.CapitalOf(host);
          !capital.empty()) {
        at_place = capital, at_country = host;
        event->at_place_end = w + 3;
      }
      break;
    }
  }
  // "ratified by a vote in the Lima parliament": an act on an agreement
  // in a seat of government named for its town (a `seat` after the town,
  // "the" and "in" or "at" before it) was done in that town (accords26).
  if (at_place.empty() && !here && trigger.family == "agreement") {
    for (const ActorMention& a : actors) {
      size_t seat_end = 0;
      if (!IsKnownTown(a) || a.code.empty() || a.first_word < own_begin + 2 ||
          a.end_word >= own_end || words[a.first_word - 1].lower != "the" ||
          (words[a.first_word - 2].lower != "in" && words[a.first_word - 2].lower != "at") ||
          !place_words_.SeatAt(words, a.end_word, own_end, &seat_end))
        continue;
      at_place = a.name, at_country = a.code;
      event->at_place_end = seat_end;
      break;
    }
  }
  // "the Treaty of Tacna", "the 1929 Tacna peace treaty": a treaty named
  // for a known town was made there.
  // Only for the treaty's making: a word of its making in the clause, or
  // a year right before the name with no other act on the treaty ("would
  // fully accept the Tacna agreement" was not done in Tacna; accords26).
  // (The clause's words are read only once a town names a treaty noun
  // still placed nowhere: most events have none.)
  if (at_place.empty() && !here && trigger.family == "agreement" && trigger.noun_phrase) {
    bool read = false, making = false, other_act = false;
    for (const ActorMention& a : actors) {
      if (!IsKnownTown(a) || a.code.empty()) continue;
      bool of = a.first_word == tm.end_word + 1 && words[tm.end_word].lower == "of";
      bool before = a.end_word <= tm.first_word && a.end_word + 2 >= tm.first_word &&
                    a.first_word > s.first_word &&
                    (words[a.first_word - 1].lower == "the" ||
                     (words[a.first_word - 1].number && a.first_word > s.first_word + 1 &&
                      words[a.first_word - 2].lower == "the"));
      for (size_t x = a.end_word; before && x < tm.first_word; ++x)
        before = words[x].alpha && !words[x].capitalized;
      if (!of && !before) continue;
      for (size_t w = own_begin; !read && w < own_end && !other_act; ++w) {
        making = making || place_words_.IsMaking(words[w]);
        other_act = place_words_.IsTreatyAct(words[w]);
      }
      read = true;
      if (other_act) break;
      // ("the 1929 Tacna peace treaty", "the 1929 Treaty of Tacna")
      size_t lead = of ? tm.first_word : a.first_word;
      bool year =
          lead > s.first_word + 1 && words[lead - 1].number && words[lead - 2].lower == "the";
      if (making || year) {
        at_place = a.name, at_country = a.code;
        event->at_place_end = a.end_word;
        break;
      }
    }
  }
  // "first met at the Summit of the Americas in Panama": a gathering in a
  // country none of its people come from was held in that country (a
  // country of one of them is as likely a topic: "investment in China").
  if (at_place.empty() && !here &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement")) {
    for (const ActorMention& a : actors) {
      if (a.kind != ActorKind::kCountry || a.first_word < tm.end_word || a.end_word > own_end ||
          a.first_word > tm.end_word + 10)
        continue;
      size_t w = a.first_word;
      if (words[w - 1].lower == "the") --w;
      if (words[w - 1].lower != "in") continue;
      // ("The summit, held at a hotel in Singapore": an aside right after
      // the event word still speaks of it.)
      bool comma = false;
      for (size_t x = tm.end_word + 1; x < w; ++x) comma = comma || words[x].punct;
      bool someones = std::any_of(m.person_country.begin(), m.person_country.end(),
                                  [&](const auto& pc) { return pc.second == a.code; });
      if (!comma && !someones) at_place = a.name, at_country = a.code;
      break;
    }
  }
  // "held talks on Monday at Moldo, on the Chinese side": a gathering at a
  // town the gazetteer does not know was there, not at the dateline. Only
  // a name without "the" right after "at" or "in" (the way towns are
  // written), of no country, person, organisation or time.
  // A visit with no destination, to people "in" such a town, was there too
  // ("visited bereaved families in Ladybrand on Sunday"; talks29).
  std::string unknown_town;
  const bool visit_in =
      trigger.family == "visit" && trigger.type != "hosting" && m.destination.empty();
  if (at_place.empty() && !here &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement" || visit_in)) {
    for (size_t w = tm.end_word; w + 1 < own_end && unknown_town.empty(); ++w) {
      if ((words[w].lower != "at" && !(visit_in && words[w].lower == "in")) ||
          !words[w + 1].capitalized)
        continue;
      size_t begin = 0, end = 0;
      std::string name;
      if (!place_words_.NamedPlaceAt(reading.body, words, w + 1, own_end, true, &begin, &end,
                                     &name) ||
          (end < own_end && words[end].lower == "'s"))
        continue;
      // "met at Pointe Salines on Grenada": a name of two or three words
      // is a town too when a country follows it after "on" or "in"
      // (talks29); alone it is as often a venue ("at State House").
      bool in_country = end > w + 2 && end <= w + 4 && end + 1 < own_end &&
                        (words[end].lower == "on" || words[end].lower == "in") &&
                        std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                          return a.first_word == end + 1 && a.kind == ActorKind::kCountry;
                        });
      if (end != w + 2 && !in_country) continue;
      bool taken = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word < end && a.end_word > begin;
      });
      taken = taken || std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                   [&](const TimeSpan& t) {
                                     return t.first_word < end && t.end_word > begin;
                                   });
      if (!taken) unknown_town = name;
    }
    if (!unknown_town.empty()) at_place = unknown_town;
  }
  // "met on the island of Chiloe", "talks on the shore of Lake Titicaca",
  // "signed in the Tumbes region of Peru", "at the Santa Rosa bridge near
  // Tacna": a gathering, a signing or a visit with no destination held at
  // a place named by its kind was held there, not at the dateline.
  if (at_place.empty() && unknown_town.empty() && !here &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement" ||
       (trigger.family == "visit" && trigger.type != "hosting" && m.destination.empty()))) {
    FeaturePlace(reading, sentence, own_begin, own_end, event);
  }
  // "met at the Concordia bridge near Arica": a known town after "near"
  // only says where the place named by its kind lies.
  if (!at_place.empty() && !here && event->at_place_end > 1 &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement")) {
    bool near = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.end_word == event->at_place_end && a.first_word > 0 &&
             words[a.first_word - 1].lower == "near";
    });
    if (near) {
      std::string town = at_place, town_country = at_country;
      at_place.clear();
      FeaturePlace(reading, sentence, own_begin, own_end, event);
      if (at_place.empty()) at_place = town, at_country = town_country;
    }
  }
  // "The transit agreement was signed during Tobgay's visit to Beijing in
  // March": an agreement made during a visit or meeting told right after
  // it was made in the known town that stay went to or was held in
  // (talks29; ShareTimeAcrossAnd gives it the stay's time).
  if (at_place.empty() && !here && trigger.family == "agreement" && trigger.noun_phrase) {
    size_t during = DuringAfter(words, s, tm.end_word);
    bool stay = false;
    for (const PhraseMatcher::Match& t : sentence.triggers) {
      const std::string& family = triggers_[static_cast<size_t>(t.value)].family;
      stay = stay || (t.first_word > during && t.first_word <= during + kMaxDuringToStayWords &&
                      (family == "visit" || family == "meeting"));
    }
    for (const ActorMention& a : actors) {
      if (!stay || during >= s.last_word) break;
      if (a.first_word <= during + 1 || a.first_word > during + kMaxDuringToTownWords ||
          !IsKnownTown(a))
        continue;
      bool plain =
          (words[a.first_word - 1].lower == "to" || words[a.first_word - 1].lower == "in") &&
          PlainUpTo(words, during + 1, a.first_word);
      if (!plain) break;
      at_place = a.name, at_country = a.code;
      // (The town's state is the other side when only one is named: "during
      // Peruvian President Ruiz's visit to Santiago".)
      if (m.actors.size() == 1 && !a.code.empty()) m.actors.insert(a.code);
      break;
    }
  }
  // "flew to Nairobi, where he and Mudavadi initialled the treaty at State
  // House on Monday": a gathering or signing in a clause of "where" right
  // after a known town was held in that town (talks29).
  if (at_place.empty() && !here &&
      (trigger.family == "meeting" || trigger.family == "dialogue" ||
       trigger.family == "conference" || trigger.family == "agreement")) {
    size_t where = tm.first_word;
    for (size_t w = tm.first_word; w-- > s.first_word + 2 && w + 16 >= tm.first_word;) {
      if (words[w].lower == "where" && words[w - 1].lower == ",") {
        where = w;
        break;
      }
      if (words[w].punct && !words[w].abbreviation && words[w].lower != "'s") break;
    }
    for (const ActorMention& a : actors) {
      if (where < tm.first_word && a.end_word + 1 == where && IsKnownTown(a)) {
        // "flew to Shenzhen, where she was welcomed": a welcome in the
        // passive is a traveller's homecoming, no gathering of two sides.
        if (m.type == "hosting" && place_words_.IsPassive(words[tm.first_word - 1])) continue;
        at_place = a.name, at_country = a.code;
        if (m.actors.size() == 1 && !a.code.empty()) m.actors.insert(a.code);
      }
    }
  }
  // "held talks in Togo on Wednesday", "the first talks on Togolese soil":
  // a gathering one of whose sides is named right after its word as the
  // country it was held in, and no town, was held in that country, not at
  // a dateline in another (talks29). ("talks on investment in Cuba": a
  // country after the gathering's topic is what was talked about.)
  if (at_place.empty() && !here && m.destination.empty() &&
      (trigger.family == "meeting" || trigger.family == "dialogue")) {
    for (const ActorMention& a : actors) {
      if (a.first_word != tm.end_word + 1 || a.first_word >= own_end || !m.actors.count(a.code) ||
          a.code == dateline_country) {
        continue;
      }
      const WordText& before = words[a.first_word - 1].lower;
      bool in_country = a.kind == ActorKind::kCountry && before == "in";
      bool on_soil = before == "on" && a.end_word < own_end &&
                     ((a.kind == ActorKind::kDemonym && words[a.end_word].lower == "soil") ||
                      (a.kind == ActorKind::kCountry && a.end_word + 1 < own_end &&
                       words[a.end_word].lower == "'s" && words[a.end_word + 1].lower == "soil"));
      if (in_country || on_soil) at_place = a.name, at_country = a.code;
      break;
    }
  }
  // "Ruto, on his first visit to Norway as president, met King Harald",
  // "During his visit to Norway, Ruto met ...": a meeting told after a
  // visit to a country of its sides (a visit word before its own, "to" and
  // the country at most four words on, no town) was held in that country,
  // not at a dateline in another (probes36).
  if (at_place.empty() && !here && m.destination.empty() && trigger.family == "meeting") {
    for (const PhraseMatcher::Match& t : sentence.triggers) {
      if (t.end_word >= tm.first_word || triggers_[static_cast<size_t>(t.value)].family != "visit")
        continue;
      for (const ActorMention& a : actors) {
        if (a.kind != ActorKind::kCountry || a.first_word <= t.end_word ||
            a.first_word > t.end_word + 4 || a.end_word > tm.first_word ||
            words[a.first_word - 1].lower != "to" || !m.actors.count(a.code) ||
            a.code == dateline_country)
          continue;
        at_place = a.name, at_country = a.code;
        break;
      }
      if (!at_place.empty()) break;
    }
  }
  // "held talks at the palace in Arequipa on Wednesday, after which
  // ministers signed an agreement": an agreement in a clause of "after
  // which" (`which-clause` words) was made where the gathering or visit
  // told before the clause in its sentence was held (accords26).
  if (at_place.empty() && !here && trigger.family == "agreement" && m.destination.empty()) {
    size_t which = tm.first_word;
    for (size_t w = tm.first_word; w-- > s.first_word + 2 && w + 8 >= tm.first_word;) {
      if (words[w].punct && !words[w].abbreviation) break;
      if (words[w].lower == "which" && after_which_.count(words[w - 1]) > 0 &&
          words[w - 2].lower == ",") {
        which = w;
        break;
      }
    }
    const Mention* gathering = nullptr;
    for (size_t i = 0; which < tm.first_word && i < reading.mentions.size(); ++i) {
      const Mention& g = reading.mentions[i];
      if (reading.mention_origin[i].second == reading.sentence_index &&
          (g.family == "meeting" || g.family == "dialogue" || g.family == "conference" ||
           g.family == "visit"))
        gathering = &g;
    }
    if (gathering && !gathering->place.empty())
      at_place = gathering->place, at_country = gathering->place_country;
  }
  std::optional<std::string> place_country;  // of m.place, when not the destination
  if (!at_place.empty()) {
    m.place = at_place;
    place_country = at_country;
  } else if (!m.destination.empty()) {
    m.place = m.destination;
    // "her first trip to Peru: Soto received her at the government
    // palace": a visit to a country whose sentence names a seat of its
    // government, and no town, was held in its capital.
    if (trigger.family == "visit" && trigger.type != "hosting" && !here) {
      std::string country;
      std::string capital = SeatCapital(reading, sentence, *event, &country);
      if (!capital.empty()) m.place = capital;
      // "was in Peru last month, when she joined the president for a road
      // show in Arequipa": a stay told by "in" alone (AddPresenceVisit)
      // went to the one town of that country named after "in" later in
      // the sentence. ("Osborne's trip to China; ... announced in
      // Beijing": a visit word's town may be another act's.)
      const ActorMention* town = OnlyTownOf(actors, words, m.place_country, tm.end_word, true);
      bool to_country = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.kind == ActorKind::kCountry && a.name == m.destination;
      });
      bool presence = tm.end_word == tm.first_word + 1 && words[tm.first_word].lower == "in";
      // "became the first Kenyan president to set foot in Norway on
      // Saturday, when he held talks with Store and watched the match in
      // Bergen": so did any visit whose ", when" clause names the town
      // (talks29).
      for (size_t w = tm.end_word; town && !presence && w + 1 < town->first_word; ++w)
        presence = words[w].lower == "," && words[w + 1].lower == "when";
      if (town && to_country && presence) m.place = town->name;
    }
  } else if (std::string seat_country;
             trigger.family == "visit" && trigger.type != "hosting" && !here &&
             !SeatCapital(reading, sentence, *event, &seat_country).empty()) {
    // "addressed Chile's parliament in person": no destination, the
    // other side's seat of government.
    m.place = SeatCapital(reading, sentence, *event, &seat_country);
    place_country = seat_country;
  } else if (trigger.family == "visit" && tm.end_word == tm.first_word + 1 &&
             stay_words_.IsCome(words[tm.first_word]) && !dateline_city.empty()) {
    // "He last came in February, as guest of honour at the Lima Trade
    // Summit" (AddComeVisit): the one town of the dateline's country
    // the sentence names after the verb, else that country ("he first
    // came in February last year" names no town).
    m.place = reading.dateline_country_name.empty() ? dateline_city : reading.dateline_country_name;
    place_country = dateline_country;
    if (const ActorMention* town =
            OnlyTownOf(actors, words, dateline_country, tm.first_word, false))
      m.place = town->name;
  } else if (here && !dateline_city.empty()) {
    m.place = dateline_city;
    place_country = dateline_country;
  } else if (!reading.trip_place.empty() &&
             (trigger.family == "meeting" || trigger.family == "dialogue" ||
              trigger.family == "conference" || trigger.family == "agreement") &&
             std::find(m.people.begin(), m.people.end(), reading.trip_person) != m.people.end()) {
    // "Kenya's president left for Oslo on Tuesday. He will hold talks
    // with Store on Wednesday": a meeting with no place of its own, of the
    // person the sentence before took to a town, is held there when near
    // the story's day (FindStatus), not at the dateline (probes33).
    event->trip_place = reading.trip_place;
    event->trip_country = reading.trip_country;
  } else if (!dateline_city.empty() &&
             (trigger.family == "meeting" || trigger.family == "dialogue" ||
              trigger.family == "conference" || trigger.family == "agreement") &&
             !trigger.cameo.starts_with("087") && !LinksRestored(sentence, *event) &&
             !OpensSite(reading, sentence, *event)) {
    // A meeting or signing reported from its dateline on the day it
    // was held took place there; a datelined story of an older one did not.
    // That includes a meeting dated by the story's own day alone (present
    // tense, no time expression): leaving those out lowered place accuracy
    // on eval/heldout2 (75.6 to 73.3) and changed nothing elsewhere.
    // A ceasefire or truce (CAMEO 087) is agreed between governments at a
    // distance as often as at a table: no place unless the text names one.
    // So are links restored ("resumed direct flights", probes41).
    dateline_candidate = true;
  }
  // "a visit to China, first Shanghai, then Beijing": a visit that names
  // several cities of its country was not held in the first alone; the
  // capital if it is among them, else the country.
  if (trigger.family == "visit" && trigger.type != "hosting" && !m.destination.empty() &&
      place_country && *place_country == m.place_country) {
    std::set<std::string> cities;
    std::string capital;
    for (const ActorMention& a : actors) {
      if (!IsKnownTown(a) || a.code != m.place_country || a.first_word < own_begin ||
          a.end_word > own_end)
        continue;
      cities.insert(a.name);
      if (a.kind == ActorKind::kCapital) capital = a.name;
    }
    if (cities.size() >= 2) {
      m.place = capital.empty() ? m.destination : capital;
      place_country.reset();
    }
  }
  // A visit went to its destination: "returned to Beijing after a visit to
  // Peru", or a visit told from the visitor's own capital, was not held
  // where the visitor came home to.
  if (trigger.family == "visit" && trigger.type != "hosting" && place_country &&
      !place_country->empty()) {
    std::string visitor;
    if (auto pc = m.person_country.find(m.principal); pc != m.person_country.end())
      visitor = pc->second;
    bool elsewhere =
        !m.destination.empty() && !m.place_country.empty() && *place_country != m.place_country;
    if (elsewhere) {
      m.place = m.destination;
      place_country.reset();
    } else if (!visitor.empty() && *place_country == visitor && m.destination.empty()) {
      m.place.clear();
      place_country.reset();
    }
  }
  // "attended the bicentenary of the battle of Ayacucho in Peru": a visit
  // with no destination nor town, "in" a country that is a side other than
  // the visitor's, went to that country.
  if (trigger.family == "visit" && trigger.type != "hosting" && m.place.empty() &&
      m.destination.empty() && !here) {
    std::string visitor;
    if (auto pc = m.person_country.find(m.principal); pc != m.person_country.end())
      visitor = pc->second;
    for (const ActorMention& a : actors) {
      // ("was in Chile on a state visit": the country right before "on a
      // visit" in the visit's own clause.)
      bool before = a.first_word >= own_begin && a.end_word + 1 < tm.first_word &&
                    a.end_word + 3 >= tm.first_word && words[a.end_word].lower == "on";
      std::string who = visitor;
      for (const ActorMention& p : actors) {
        if (before && visitor.empty() && p.kind == ActorKind::kPerson &&
            p.first_word >= own_begin && p.end_word <= a.first_word)
          who = p.code;
      }
      if (who.empty() || a.kind != ActorKind::kCountry || (a.first_word < tm.end_word && !before) ||
          a.end_word > own_end || a.first_word < 1 || words[a.first_word - 1].lower != "in" ||
          a.code == who || !m.actors.count(a.code))
        continue;
      m.place = a.name;
      place_country = a.code;
      break;
    }
  }
  if (place_country) m.place_country = *place_country;
  // "invaded Chile and took the capital": an attack on a side named right
  // after its verb that went on to take "the capital" reached that side's
  // capital.
  if (m.place.empty() && trigger.family == "incident") {
    std::string target;
    for (const ActorMention& a : actors) {
      if (a.kind == ActorKind::kCountry && a.first_word == tm.end_word && m.actors.count(a.code))
        target = a.code;
    }
    for (size_t w = tm.end_word; !target.empty() && w + 2 < s.last_word && w < tm.end_word + 12;
         ++w) {
      if (words[w].lower == "." || words[w].lower == ";") break;
      if (!place_words_.IsCapture(words[w]) ||
          (words[w + 1].lower != "the" && words[w + 1].lower != "its") ||
          words[w + 2].lower != "capital")
        continue;
      if (std::string capital = place_words_.CapitalOf(target); !capital.empty()) {
        m.place = capital;
        m.place_country = target;
      }
      break;
    }
  }
  // "The International Court of Justice ruled on Thursday": a court that
  // sits in one city (data/en/seats.tsv) gave its ruling there.
  if (m.place.empty() && trigger.type == "ruling") {
    for (size_t w = own_begin; w < own_end; ++w) {
      size_t seat_end = 0;
      if (const PlaceWords::BodySeat* seat =
              place_words_.BodySeatAt(words, w, own_end, true, &seat_end)) {
        m.place = seat->city;
        m.place_country = seat->country;
        break;
      }
    }
  }
  // "clashes in the Sumbar valley", "shot down over the Gulf of Aden", "off
  // the coast of Oregon": an incident's place is often no city at all.
  if (m.place.empty() && (trigger.family == "incident" || trigger.family == "exercise")) {
    bool loose = trigger.family == "incident";
    std::string found;
    size_t found_at = 0;
    for (size_t w = own_begin; w + 1 < own_end; ++w) {
      // "set up camp on Isla Negra", "clashed on Negra Island": after an
      // incident's word "on" opens a place too (courts27); before a kind
      // only ("on the peninsula") it was one, as "talks on Korea" name a
      // topic.
      bool on = loose && w >= tm.end_word && words[w].lower == "on";
      if (!on && !place_words_.IsPreposition(words[w])) continue;
      size_t begin = 0, end = 0;
      std::string name;
      if (!place_words_.NamedPlaceAt(reading.body, words, w + 1, own_end, loose, &begin, &end,
                                     &name))
        continue;
      // A country, a person or an organisation is no such place; neither is
      // a time ("in the March attack") or an event's own word.
      bool taken = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word >= begin && a.end_word <= end && a.kind != ActorKind::kPlace &&
               a.kind != ActorKind::kCapital && (loose || a.first_word == begin);
      });
      taken = taken || std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                   [&](const TimeSpan& t) {
                                     return t.first_word < end && t.end_word > begin;
                                   });
      taken = taken || std::any_of(sentence.triggers.begin(), sentence.triggers.end(),
                                   [&](const PhraseMatcher::Match& t) {
                                     return t.first_word < end && t.end_word > begin;
                                   });
      if (taken) continue;
      // The first such place after the event word, else the last before it.
      if (found.empty() || found_at < tm.first_word) found = name, found_at = w;
      if (w >= tm.end_word) break;
    }
    if (!found.empty()) m.place = found;
    if (m.place.empty()) m.place = PlaceNamedBefore(reading, own_begin, own_end);
  }
  // "shut the main crossing at Chungara", "closed the Visviri border
  // crossing": a crossing shut by name is where the closure is placed
  // (measures27). Only a closure whose object is a crossing or a border.
  PhraseMatcher::Match closed;
  if (m.place.empty() && trigger.type == "reduce-relations" && tm.end_word < own_end &&
      verb_objects_.FindObject("closure", words, tm.end_word, own_end, &closed) &&
      closed.first_word <= tm.end_word + 4) {
    size_t begin = 0, end = 0;
    std::string name;
    // The crossing's own name before its kind, else the name after "at".
    size_t w = tm.end_word;
    bool named =
        place_words_.NamedPlaceAt(reading.body, words, w, own_end, false, &begin, &end, &name) &&
        end == closed.end_word;
    // "close Storskog, the last crossing on its border": the name the
    // crossing is set beside.
    if (!named && closed.first_word > w) {
      size_t c = w;
      while (c < closed.first_word && ShortNameRun(words, w, c + 1)) ++c;
      if (c < closed.first_word && words[c].lower == "," && ShortNameRun(words, w, c)) {
        named = true;
        begin = w;
        end = c;
        name = std::string(reading.body.substr(words[w].begin, words[c - 1].end - words[w].begin));
      }
    }
    if (!named && closed.end_word + 1 < own_end && words[closed.end_word].lower == "at") {
      named = place_words_.NamedPlaceAt(reading.body, words, closed.end_word + 1, own_end, true,
                                        &begin, &end, &name) &&
              words[closed.end_word + 1].capitalized;
    }
    bool taken = named && std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                   return a.first_word < end && a.end_word > begin && a.kind != ActorKind::kPlace &&
                          a.kind != ActorKind::kCapital;
                 });
    taken = taken || std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                 [&](const TimeSpan& t) {
                                   return t.first_word < end && t.end_word > begin;
                                 });
    if (named && !taken) m.place = name;
  }
}

// "The swampy Caldera peninsula ... . In 1981 a clash on the peninsula
// ...": a place told only by its kind ("the peninsula", "the border
// region", no name) is the place of that kind the paragraph named last
// before the sentence ("the Caldera peninsula", "Tumbes region").
std::string EventRules::PlaceNamedBefore(const ArticleReading& reading, size_t own_begin,
                                         size_t own_end) const {
  auto& words = reading.words;
  const size_t here = reading.sentence_index;  // counted from 1
  if (here < 2 || here > reading.sentences.size() || here > reading.paragraph_of.size()) return "";
  std::string kind;
  for (size_t w = own_begin; w + 2 < own_end && kind.empty(); ++w) {
    // ("on the peninsula": "on" opens a place only here, before a kind.)
    if ((!place_words_.IsPreposition(words[w]) && !place_words_.IsOfPreposition(words[w])) ||
        words[w + 1].lower != "the")
      continue;
    // "the peninsula", "the border region": plain words, then a kind of
    // place, and no "of" or name after it ("the island of Chiloe").
    for (size_t x = w + 2; x < own_end && x < w + 4; ++x) {
      if (!words[x].alpha || words[x].capitalized) break;
      if (!place_words_.FeatureAt(words, x, x + 1)) continue;
      // "the border region": the last of a run of kinds.
      while (x + 1 < own_end && words[x + 1].alpha && !words[x + 1].capitalized &&
             place_words_.FeatureAt(words, x + 1, x + 2))
        ++x;
      bool named_after = x + 1 < own_end && (words[x + 1].lower == "of" ||
                                             (words[x + 1].capitalized && words[x + 1].alpha));
      if (!named_after) kind = std::string(words[x].lower);
      break;
    }
  }
  if (kind.empty()) return "";
  const size_t paragraph = reading.paragraph_of[here - 1];
  for (size_t i = here - 1; i-- > 0 && reading.paragraph_of[i] == paragraph;) {
    const SentenceSpan& before = reading.sentences[i];
    std::string last;
    for (size_t w = before.first_word; w < before.last_word; ++w) {
      if (words[w].lower != "the" && !words[w].capitalized) continue;
      size_t begin = 0, end = 0;
      std::string name;
      if (!place_words_.NamedPlaceAt(reading.body, words, w, before.last_word, false, &begin, &end,
                                     &name) ||
          words[end - 1].lower != kind)
        continue;
      last = name;
      w = end - 1;
    }
    if (!last.empty()) return last;
  }
  return "";
}

bool EventRules::OpensSite(const ArticleReading& reading, const SentenceReading& sentence,
                           const EventReading& event) const {
  auto& words = reading.words;
  // "met on Monday to open a border dam on the Lauca river": a gathering
  // held to open a place named by its kind was held there. When no known
  // place names it, where it was is not told: the dateline is no guess.
  size_t end = ClauseEnd(words, event.tm.end_word, sentence.s.last_word);
  for (size_t w = event.tm.end_word; w + 1 < end; ++w) {
    if (!place_words_.IsSiteVerb(words[w])) continue;
    for (size_t x = w + 1; x < end && x <= w + 6; ++x) {
      if (place_words_.FeatureAt(words, x, end)) return true;
    }
  }
  return false;
}

void EventRules::FeaturePlace(const ArticleReading& reading, const SentenceReading& sentence,
                              size_t own_begin, size_t own_end, EventReading* event) const {
  auto& words = reading.words;
  auto& actors = sentence.actors;
  auto& tm = event->tm;
  // After the event word first ("held talks on Tuesday on the island of
  // Chiloe"), else before it ("On the island of Chiloe, the two met").
  auto find = [&](size_t from, size_t to) {
    for (size_t w = from; w + 1 < to; ++w) {
      // (A word of none of the three sets asked below is passed over at
      // once: most words of the clause.)
      if (!place_words_.IsPlaceOrTopicWord(words[w])) continue;
      bool of_only = place_words_.IsOfPreposition(words[w]);
      size_t begin = 0, end = 0;
      std::string name;
      bool place =
          (of_only || place_words_.IsVenuePreposition(words[w])) &&
          place_words_.NamedPlaceAt(reading.body, words, w + 1, to, false, &begin, &end, &name);
      if (place && of_only) {
        place = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                            words.begin() + static_cast<std::ptrdiff_t>(end),
                            [](const Word& x) { return x.lower == "of"; });
      }
      // "talks on security in the Indo-Pacific region": after a topic a
      // place is what was talked about ("on Monday" is no topic). (The
      // times are looked at only after a topic word: this runs on every
      // word of the event's clause.)
      if (!place) {
        if (w >= tm.end_word && place_words_.IsTopicWord(words[w]) &&
            std::none_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                         [&](const TimeSpan& t) { return t.first_word == w + 1; })) {
          return false;
        }
        continue;
      }
      // A country, person or organisation opening the name is none
      // ("in the Chinese sector" is a side's), nor a time or an event word.
      bool taken = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word == begin && a.kind != ActorKind::kPlace &&
               a.kind != ActorKind::kCapital;
      });
      taken = taken || std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                   [&](const TimeSpan& t) {
                                     return t.first_word < end && t.end_word > begin;
                                   });
      taken = taken || std::any_of(sentence.triggers.begin(), sentence.triggers.end(),
                                   [&](const PhraseMatcher::Match& t) {
                                     return t.first_word < end && t.end_word > begin;
                                   });
      if (taken) continue;
      // "the Tumbes region of Peru", "the Santa Rosa bridge near Tacna":
      // the country or town that follows is part of the place as written,
      // and a country says whose side it lies on.
      std::string country;
      for (const ActorMention& a : actors) {
        if (a.first_word < begin || a.end_word > end) continue;
        if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kCapital ||
            a.kind == ActorKind::kPlace)
          country = a.code;
      }
      if (end + 1 < to &&
          (words[end].lower == "of" || words[end].lower == "near" || words[end].lower == "in")) {
        for (const ActorMention& a : actors) {
          if (a.first_word != end + 1 ||
              (a.kind != ActorKind::kCountry && a.kind != ActorKind::kCapital &&
               a.kind != ActorKind::kPlace))
            continue;
          end = a.end_word;
          country = a.code;
        }
        if (country.empty() && words[end].lower == "near" && NameWordAt(words, end + 1)) {
          size_t x = end + 1;
          while (x < to && x < end + 4 && NameWordAt(words, x)) ++x;
          bool other = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
            return a.first_word < x && a.end_word > end + 1;
          });
          if (!other) end = x;
        }
      }
      event->at_place = std::string(
          reading.body.substr(words[begin].begin, words[end - 1].end - words[begin].begin));
      event->at_country = country;
      return true;
    }
    return false;
  };
  if (!find(tm.end_word, own_end)) find(own_begin, tm.first_word);
}

std::string EventRules::SeatCapital(const ArticleReading& reading, const SentenceReading& sentence,
                                    const EventReading& event, std::string* country) const {
  auto& words = reading.words;
  auto& m = event.m;
  // A destination that is a country ("a trip to Peru"; "a visit to Arica"
  // keeps its town), or none, when the seat's owner is named with it and
  // is a side other than the visitor's ("addressed Chile's parliament in
  // person").
  bool to_country = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
    return a.kind == ActorKind::kCountry && a.code == m.place_country && a.name == m.destination;
  });
  if (!to_country && !m.destination.empty()) return "";
  for (size_t w = event.tm.end_word; w < sentence.s.last_word; ++w) {
    size_t seat_end = 0;
    if (!place_words_.SeatAt(words, w, sentence.s.last_word, &seat_end)) continue;
    // Back over "the", "its" and the owner ("Chile's", "the Chilean"): the
    // seat must be the destination's, after "at", "in" or "addressed".
    size_t x = w;
    std::string owner;
    for (const ActorMention& a : sentence.actors) {
      size_t after = a.end_word;
      if (after < w && words[after].lower == "'s") ++after;
      if (after == w && (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym))
        owner = a.code, x = a.first_word;
    }
    std::string target = to_country ? m.place_country : owner;
    if (target.empty() || (!owner.empty() && owner != target) || !m.actors.count(target)) continue;
    bool visitors = std::any_of(m.person_country.begin(), m.person_country.end(),
                                [&](const auto& pc) { return pc.second != target; });
    if (!to_country && !visitors) continue;
    while (x > event.tm.end_word && (words[x - 1].lower == "the" || words[x - 1].lower == "its" ||
                                     words[x - 1].lower == "their"))
      --x;
    if (x == 0) continue;
    const WordText& before = words[x - 1].lower;
    if (before == "at" || before == "in" || before == "inside" || before == "before" ||
        before == "addressed" || before == "addressing" || before == "addresses") {
      *country = target;
      return place_words_.CapitalOf(target);
    }
  }
  return "";
}

bool EventRules::TripToGathering(const ArticleReading& reading, const SentenceReading& sentence,
                                 const EventReading& event) const {
  auto& words = reading.words;
  auto& tm = event.tm;
  if (event.trigger.family != "visit" || event.trigger.type == "hosting") return false;
  // "He travels to New York this weekend for United Nations meetings",
  // "flew to Brussels to attend the NATO summit": a trip to an
  // organisation's gathering is no visit to the country it is held in, and
  // must not join the state visit told before it.
  size_t end = std::min(ClauseEnd(words, tm.end_word, sentence.s.last_word), tm.end_word + 12);
  for (size_t w = tm.end_word; w + 1 < end; ++w) {
    if (!place_words_.IsPurpose(words[w])) continue;
    size_t at = w + 1;
    if (words[at].lower == "the" || words[at].lower == "a" || words[at].lower == "an") ++at;
    for (const ActorMention& a : sentence.actors) {
      if (a.first_word == at && a.kind == ActorKind::kOrganization) return true;
    }
  }
  return false;
}

void EventRules::PlaceOfStay(const ArticleReading& reading, EventReading* event) const {
  auto& m = event->m;
  // "Boric began a three-day visit to Lima on Monday. ... On Tuesday the
  // two signed a trade agreement": an agreement or statement with no place
  // of its own, dated inside a visit or meeting the article told before
  // between the same sides, was made where that was held.
  if (!m.place.empty() || m.present || (m.family != "agreement" && m.family != "statement")) return;
  for (size_t i = reading.mentions.size(); i-- > 0;) {
    const Mention& stay = reading.mentions[i];
    // (The days first: two integers rule out most mentions before any
    // string is compared.)
    if (m.first < stay.first || m.last > stay.last) continue;
    if (stay.family != "visit" && stay.family != "meeting") continue;
    // ("the two presidents signed": sides told by a group noun are only
    // filled in after the last sentence; those named must be the stay's.)
    bool sides =
        std::includes(stay.actors.begin(), stay.actors.end(), m.actors.begin(), m.actors.end());
    if (stay.status != "held" || !sides || m.first < stay.first || m.last > stay.last) continue;
    if (!stay.place.empty()) {
      m.place = stay.place;
      m.place_country = stay.place_country;
    }
    return;
  }
}

void EventRules::StayInCapital(ArticleReading* reading) const {
  // "Ruiz's state visit to Peru, which began on Thursday ... Ruiz met Vega
  // in Lima": a visit placed in its host country is placed in the host's
  // capital when the article names that capital in the visit's sentence or
  // the two after it, or the visit, going on the day the story was filed,
  // is datelined there (scope22). An older visit told in passing keeps
  // its country.
  for (size_t i = 0; i < reading->mentions.size() && i < reading->mention_origin.size(); ++i) {
    Mention& m = reading->mentions[i];
    if (m.family != "visit" || m.type == "hosting" || m.place_country.empty() ||
        m.place != m.destination || !reading->countries_named.count(m.place)) {
      continue;
    }
    std::string capital = place_words_.CapitalOf(m.place_country);
    if (capital.empty() || capital == m.place) continue;
    const date::sys_days published = reading->published;
    // (Only the news of the days: "Nixon's trip to China in February 1972"
    // told beside today's talks in Beijing keeps its country.)
    if (m.last + date::days(30) < published) continue;
    size_t at = reading->mention_origin[i].second;
    bool told = false;
    if (auto named = reading->capitals_named.find(capital);
        named != reading->capitals_named.end()) {
      // (`capitals_named` counts sentences from 0, `mention_origin` from 1:
      // the visit's own sentence is `at - 1`. Only a state visit, held in
      // the capital by its nature, takes the capital its own sentence
      // names: "toured China ... while in Beijing" went further
      // (places25).)
      told = std::any_of(named->second.begin(), named->second.end(), [&](size_t sentence) {
        return (sentence >= at && sentence <= at + 2) ||
               (m.type == "state-visit" && sentence + 1 == at);
      });
    }
    told =
        told || (reading->dateline_country == m.place_country &&
                 reading->dateline_city == capital && m.first <= published && published <= m.last);
    if (told) m.place = capital;
  }
}

void EventRules::SigningRetold(const SentenceReading& sentence, ArticleReading* reading) const {
  auto& words = reading->words;
  auto& s = sentence.s;
  const size_t index = reading->sentence_index;  // one past this sentence's
  // Only right after the sentence that told the signing, in its paragraph,
  // and when this one tells no agreement of its own.
  if (index < 2 || index > reading->paragraph_of.size() ||
      reading->paragraph_of[index - 1] != reading->paragraph_of[index - 2])
    return;
  for (const PhraseMatcher::Match& t : sentence.triggers) {
    if (t.value >= 0 && triggers_[static_cast<size_t>(t.value)].family == "agreement") return;
  }
  // The held agreements the sentence before told, placed nowhere or only at
  // the dateline, that this sentence may place. (Asked before any word is
  // looked at: most sentences follow none.)
  auto retold = [&](size_t i) {
    const Mention& m = reading->mentions[i];
    return reading->mention_origin[i].second + 1 == index && m.family == "agreement" &&
           m.status == "held" && (m.place.empty() || m.place == reading->dateline_city);
  };
  // (Mentions are kept in the order of their sentences: the sentence
  // before's are the last ones before this sentence's own.)
  size_t first = std::min(reading->mentions.size(), reading->mention_origin.size());
  const size_t told_end = first;
  while (first > 0 && reading->mention_origin[first - 1].second + 1 >= index) --first;
  bool any = false;
  for (size_t i = first; i < told_end && !any; ++i) any = retold(i);
  if (!any) return;
  size_t signing = s.last_word;
  for (size_t w = s.first_word; w < s.last_word && signing == s.last_word; ++w)
    if (place_words_.IsSigning(words[w])) signing = w;
  if (signing == s.last_word) return;
  // The place: a known town after "at" or "in" ("at Paracas", "in
  // Tacna"), or a town named by its kind ("at the lakeside village of
  // Ancon": the name after "of"); a few words after the signing word, with
  // no mark nor another event word between ("The signing came two years
  // after talks began in Arica" says where the talks were).
  std::string place, country;
  size_t last = std::min(s.last_word, signing + 10);
  for (size_t w = signing + 1; w + 1 < last && place.empty(); ++w) {
    bool other = std::any_of(sentence.triggers.begin(), sentence.triggers.end(),
                             [&](const PhraseMatcher::Match& t) { return t.first_word == w; });
    if (words[w].punct || other) break;
    if (words[w].lower != "at" && words[w].lower != "in") continue;
    for (const ActorMention& a : sentence.actors) {
      if (a.first_word == w + 1 && !a.code.empty() && a.city &&
          (a.kind == ActorKind::kCapital || a.kind == ActorKind::kPlace)) {
        place = a.name, country = a.code;
      }
    }
    if (!place.empty() || words[w + 1].lower != "the") continue;
    size_t x = w + 2, of = 0;
    while (x < s.last_word && x < w + 4 && words[x].alpha && !words[x].capitalized &&
           !place_words_.FeatureOfAt(words, x, s.last_word, &of))
      ++x;
    if (x >= s.last_word || !place_words_.FeatureOfAt(words, x, s.last_word, &of)) continue;
    size_t end = of + 1;
    while (end < s.last_word && end < of + 4 && NameWordAt(words, end)) ++end;
    bool named = std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return a.first_word < end && a.end_word > of + 1 && a.kind != ActorKind::kPlace &&
             a.kind != ActorKind::kCapital;
    });
    if (end > of + 1 && !named) {
      place = std::string(
          reading->body.substr(words[of + 1].begin, words[end - 1].end - words[of + 1].begin));
    }
  }
  if (place.empty()) return;
  for (size_t i = first; i < told_end; ++i) {
    if (!retold(i)) continue;
    reading->mentions[i].place = place;
    reading->mentions[i].place_country = country;
  }
}

void EventRules::ReleaseAtHearing(const ArticleReading& reading, const SentenceReading& sentence,
                                  EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& m = event->m;
  // "freed two Peruvian fishermen on Monday after a court hearing in
  // Arica": the release was ordered where the hearing was (scope22).
  if (event->trigger.type != "release" || !m.place.empty()) return;
  for (size_t w = event->tm.end_word; w + 2 < s.last_word; ++w) {
    if (words[w].lower == ";" || words[w].lower == ".") return;
    if (!place_words_.IsHearing(words[w]) || words[w + 1].lower != "in") continue;
    for (const ActorMention& am : sentence.actors) {
      if (am.first_word == w + 2 && !am.code.empty() &&
          (am.kind == ActorKind::kCapital || (am.kind == ActorKind::kPlace && am.city))) {
        m.place = am.name;
        m.place_country = am.code;
        return;
      }
    }
    return;
  }
}

}  // namespace annals
