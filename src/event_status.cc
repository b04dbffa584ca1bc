// The steps of EventRules::Extract that tell whether an event was held, is
// planned or was called off, from tense and modality.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "annals/date_value.h"
#include "article_reading.h"
#include "event_rules.h"
#include "event_words.h"

namespace annals {

namespace {

// "next month", "in three months", "June next year", "next May": a time
// the resolver counted from the publication day has its year fixed by
// the words. Only a month or a day told with no year ("in May", "on 10
// May") has a year the resolver chose, which MoveCalledOffPlan may move
// (probes32). The resolver's rule names say which is which.
bool CountedFromPublication(const TimeExpression& t) {
  std::string_view rule = t.rule;
  return rule.starts_with("relative_") || rule == "month_relative_year" || rule == "in_duration" ||
         rule == "from_now" || rule == "the_next_unit" || rule == "later_in_the_period";
}

}  // namespace

void EventRules::FindPastVerb(const ArticleReading& reading, const SentenceReading& sentence,
                              EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& cues = sentence.cues;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& scope_begin = event->scope_begin;
  auto& past_verb = event->past_verb;
  // "signed an agreement in London the same day under which the company
  // will take a stake": after a past-tense event verb, a future cue
  // further on speaks of a consequence, not of this event.
  past_verb = s.last_word;
  {
    // The verb itself ("visited"), or the verb whose object the event
    // noun is, with only a determiner and modifiers between ("reached
    // an agreement", "signed a new treaty").
    size_t x = tm.first_word;
    if (trigger.noun_phrase) {
      while (x > scope_begin && tm.first_word - x < 4) {
        const Word& prev = words[x - 1];
        const WordText& l = prev.lower;
        bool determiner = l == "a" || l == "an" || l == "the" || l == "his" || l == "her" ||
                          l == "their" || l == "its";
        if (prev.punct || IsPastTense(prev) || (!determiner && np_stop_.count(prev))) break;
        --x;
      }
      x = x > scope_begin ? x - 1 : tm.first_word;
    }
    bool cue = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      return c.first_word <= x && x < c.end_word && Contains(CueKinds(c), kFuture);
    });
    if (IsPastTense(words[x]) && !cue) past_verb = x;
    // "had flown to Lima on June 5": the past perfect tells a day gone,
    // whatever form the participle has (scope22).
    if (!trigger.noun_phrase && !cue && x > scope_begin && words[x - 1].lower == "had")
      past_verb = x;
  }
}

void EventRules::FindStatus(const ArticleReading& reading, const SentenceReading& sentence,
                            EventReading* event) const {
  auto& published = reading.published;
  auto& words = reading.words;
  auto& dateline_city = reading.dateline_city;
  auto& dateline_country = reading.dateline_country;
  auto& s = sentence.s;
  auto& cues = sentence.cues;
  auto& scope_begin = event->scope_begin;
  auto& scope_end = event->scope_end;
  auto& clause_begin = event->clause_begin;
  auto& clause_end = event->clause_end;
  auto& m = event->m;
  auto& dateline_candidate = event->dateline_candidate;
  auto& t = event->time;
  auto& past_verb = event->past_verb;
  bool cancelled = false, future = false;
  // A visit, meeting, talks or call told ahead by a future word right
  // before its verb ("he will visit", "she plans to visit", "he would
  // visit" after a verb of saying) is a plan, even when the one day the
  // sentence gives is the day of the telling.
  // (The future word ends with a word that stops a noun phrase, "will",
  // "would", "to": "the upcoming visit" and "a planned visit" name the
  // visit with an adjective and are read by their time as before.)
  const bool gathering = m.family == "visit" || m.family == "meeting" || m.family == "dialogue" ||
                         m.family == "conference" || m.family == "call";
  // "said on Tuesday he would visit Kenya", "told reporters she would
  // meet Ruto": the "would" of reported speech right before the verb
  // counts too (a measure so told stays the decision of the saying day:
  // KeepDatedPlan).
  const bool told = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.end_word <= event->tm.first_word && Contains(CueKinds(c), kSpeech);
  });
  const bool told_ahead =
      gathering && std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.end_word == event->tm.first_word && np_stop_.count(words[c.end_word - 1]) > 0 &&
               (Contains(CueKinds(c), kFuture) || (told && Contains(CueKinds(c), kReportedFuture)));
      });
  // "A and B met in Bali, and C postponed a trip": a cue in another
  // clause of the sentence speaks of the other clause's event.
  // A ", but" clause still speaks of the same event ("was to visit
  // Seoul on Monday, but postponed"): only ";" and ", and"/", while" part.
  size_t status_begin = scope_begin, status_end = scope_end;
  if (clause_begin > s.first_word && words[clause_begin].lower != "but")
    status_begin = std::max(scope_begin, clause_begin);
  if (clause_end < s.last_word &&
      !(clause_end + 1 < s.last_word && words[clause_end + 1].lower == "but"))
    status_end = std::min(scope_end, clause_end);
  for (const PhraseMatcher::Match& c : cues) {
    if (c.first_word < status_begin || c.end_word > status_end) continue;
    // "scrapped visa-free entry", "cancelled the visas": a cancel word
    // inside the event word of a measure is the act itself, not a plan
    // called off (measures23).
    bool own_verb = m.family == "sanction" && c.first_word >= event->tm.first_word &&
                    c.end_word <= event->tm.end_word;
    cancelled = cancelled || (Contains(CueKinds(c), kCancel) && !own_verb);
    // "the invitation to Sunday's meeting was withdrawn" calls off a
    // gathering; "the ambassador was withdrawn" is a recall held.
    if (Contains(CueKinds(c), kCancelGathering) &&
        (m.family == "visit" || m.family == "meeting" || m.family == "dialogue" ||
         m.family == "conference"))
      cancelled = true;
    // After a past-tense verb only its own auxiliary ("will have
    // signed") makes a plan; a future word elsewhere is another clause's.
    if (past_verb < s.last_word && (c.end_word > past_verb || c.end_word + 2 < past_verb)) continue;
    future = future || Contains(CueKinds(c), kFuture);
  }
  // "called the trip off", "put the talks off": a two-word cancel cue
  // around the event noun, with only a determiner or modifiers between.
  if (!cancelled && event->trigger.noun_phrase && event->tm.end_word < status_end &&
      split_cancel_ends_.count(words[event->tm.end_word]) > 0) {
    const WordText& particle = words[event->tm.end_word].lower;
    for (size_t x = event->tm.first_word;
         !cancelled && x-- > status_begin && x + 4 > event->tm.first_word;) {
      if (words[x].punct) break;
      std::string split = std::string(words[x].lower) + " " + std::string(particle);
      cancelled = split_cancels_.count(split) > 0;
    }
  }
  // The dateline is the place of a meeting with no place of its own only
  // when the story was filed the day it was held (see FindPlace).
  if (dateline_candidate && m.first >= published - date::days(1) && m.last <= published) {
    m.place = dateline_city;
    m.place_country = dateline_country;
  }
  // The town of a trip the sentence before told (FindPlace), for a
  // meeting within a week of the story's day (probes33).
  if (!event->trip_place.empty() && m.first >= published - date::days(7) &&
      m.last <= published + date::days(7)) {
    m.place = event->trip_place;
    m.place_country = event->trip_country;
  }
  if (cancelled) MoveCalledOffPlan(reading, event);
  // "Chile lifted the ban on Peruvian flights on 10 May", told in March:
  // the event's own verb in the past says the day is gone, though the
  // resolver took the closest 10 May (precision20).
  // (More than two weeks ahead: a weekday or "next week" is never that far.)
  // Only a day the resolver chose ahead by itself (direction "future").
  // "imposed tariffs on Kenyan flowers from April 1": a measure's day after
  // an `effective` phrase of date_roles.tsv ("from", "as of", "with effect
  // from") is when it takes effect, which the past verb does not move; the
  // measure is then planned for that day (probes38).
  bool effective = false;
  if (t && !event->borrowed && sentence.time_of[event->k] >= 0 &&
      (m.family == "sanction" || m.family == "easing" || m.family == "agreement")) {
    const TimeSpan& span = sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])];
    size_t at = span.first_word;
    if (at > s.first_word && words[at - 1].lower == "on") --at;
    effective = PhraseBefore(words, s.first_word, at, effective_phrases_) < at;
  }
  AheadOfAct(reading, sentence, event);
  if (!cancelled && !future && !effective && past_verb < s.last_word &&
      m.first > published + date::days(14) && t && t->direction == "future") {
    MoveCalledOffPlan(reading, event, true);
  }
  // "Norway's plan to cut aid to Kenya", "announced a plan to close its
  // consulate": a future cue ending at the event verb and opening with a
  // noun after a possessive or article is a plan, whatever day dates it
  // (the day it was told) and whatever past verb governs (visits29).
  // The words before the noun stay in code: they are grammar (a possessive
  // and determiners), and the one determiner list in data/en,
  // occasion_determiners.tsv, is another set (it lacks "'s" and "a" and
  // has "this", "his", "her"), so sharing it would change which plans count.
  bool plan_noun = !event->trigger.noun_phrase &&
                   std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                     if (c.end_word != event->tm.first_word || c.first_word <= s.first_word ||
                         !Contains(CueKinds(c), kFuture))
                       return false;
                     const WordText& before = words[c.first_word - 1].lower;
                     return before == "'s" || before == "a" || before == "the" || before == "its" ||
                            before == "their";
                   });
  // "is visiting Norway this week", "is on a visit to Kenya this week":
  // told in the present, with a time that holds the article's day, the
  // event is under way (probes32).
  bool under_way = !cancelled && !future && m.first <= published && published <= m.last &&
                   !PresentTense(words, cues, event->tm, scope_begin, scope_end).empty();
  if (cancelled) {
    m.status = "cancelled";
  } else if (plan_noun || told_ahead) {
    m.status = "planned";
  } else if (m.first > published || (m.last >= published && !m.present && !under_way &&
                                     (future || (t && t->direction == "future")))) {
    m.status = "planned";
  } else {
    m.status = "held";
  }
}

bool EventRules::ConditionIn(const SentenceReading& sentence) const {
  return std::any_of(
      sentence.cues.begin(), sentence.cues.end(), [&](const PhraseMatcher::Match& c) {
        return Contains(CueKinds(c), kHypothetical) && !Contains(CueKinds(c), kReportedFuture);
      });
}

bool EventRules::KeepDatedPlan(const ArticleReading& reading, const SentenceReading& sentence,
                               const EventReading& event) const {
  auto& cues = sentence.cues;
  size_t verb = event.tm.first_word;
  bool plan_only = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.first_word == verb && Contains(CueKinds(c), kPlanOnly);
  });
  // "could expel", "might impose", "should recall": any event verb right
  // after a modal of doubt is kept on the same terms as a plan-only verb,
  // never a held act (modality23). "said on Monday it would restore
  // relations" (reported-future) and "said on Monday it will evacuate its
  // diplomats" stay the decision of that day.
  // An event noun is the object of the modal's verb: "might impose
  // sanctions", "could sign an agreement" (at most two plain words between).
  // A warning's own words carry their modal ("should no longer count on
  // our support"): the saying is the act, so the modal makes no plan.
  if (!plan_only && event.trigger.type != "warning") {
    size_t reach = event.trigger.noun_phrase ? 2 : 0;
    plan_only = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      // "would expel ... if Chile closes the border": a reported "would"
      // with a condition in the sentence is no decision either.
      uint64_t kinds = CueKinds(c);
      bool doubt = Contains(kinds, kHypothetical) &&
                   (!Contains(kinds, kReportedFuture) || ConditionIn(sentence));
      return doubt && c.end_word <= verb && c.end_word + reach >= verb &&
             !MarkBetween(reading.words, c.end_word, verb);
    });
  }
  if (!plan_only) return true;
  // "will suspend", "is to close", "plans to suspend", "said it would
  // suspend": a future word ends right at the verb. "could suspend",
  // "threatened to halt", "will not close" are no plan told as such.
  bool told_ahead = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.end_word == verb &&
           (Contains(CueKinds(c), kFuture) || Contains(CueKinds(c), kReportedFuture));
  });
  // "would suspend flights if Chile ...": a condition anywhere in the
  // sentence ("would" itself aside) makes it hypothetical.
  bool condition = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return Contains(CueKinds(c), kHypothetical) && !Contains(CueKinds(c), kReportedFuture);
  });
  // Its own time, not one borrowed from a sentence next to it, and a day
  // that lies ahead (or a future word that makes it planned).
  bool own_time = sentence.time_of[event.k] >= 0 && event.borrowed == nullptr;
  // "voted on Sunday to downgrade relations", "decided to close the
  // border": a decision told done (cue decision, then "to" right before the
  // verb, at most three plain words between) is the step itself.
  const std::vector<Word>& words = reading.words;
  // A noun of deciding (a `praised` word too) counts after a possessive
  // only: "Norway's move last week to close its consulate" (visits29).
  bool decided = verb > 0 && words[verb - 1].lower == "to" &&
                 std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                   bool noun = Contains(CueKinds(c), kPraised);
                   bool owned = c.first_word > 0 && words[c.first_word - 1].lower == "'s";
                   return Contains(CueKinds(c), kDecision) && (!noun || owned) &&
                          c.end_word <= verb - 1 && c.end_word + 3 >= verb - 1 &&
                          !MarkBetween(words, c.end_word, verb - 1);
                 });
  if (decided && !condition && own_time && event.m.status == "held") return true;
  // "said on Friday it would close its embassy in Santiago": one's own
  // mission to be shut, told with a reported "would" right before the verb
  // and dated by the saying, is that day's decision, held, as "would shut"
  // is (measures23). Other measures stay plans with no day ("said on
  // Tuesday it would halt charter flights": plans21).
  bool reported = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.end_word == verb && Contains(CueKinds(c), kReportedFuture);
  });
  bool mission = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    return c.first_word > verb && c.end_word <= event.tm.end_word &&
           Contains(CueKinds(c), kMission);
  });
  if (reported && mission && !condition && own_time && event.m.status == "held") return true;
  return told_ahead && !condition && own_time && event.m.status == "planned";
}

void EventRules::AheadOfAct(const ArticleReading& reading, const SentenceReading& sentence,
                            EventReading* event) const {
  const std::vector<Word>& words = reading.words;
  const date::sys_days published = reading.published;
  auto& m = event->m;
  auto& t = event->time;
  // "visited Oslo on Monday, ahead of a second visit to Norway in June":
  // an event noun right after an `ahead` phrase of date_roles.tsv (up to
  // three plain words between) comes after the act the clause tells, so a
  // month of its own told with no year, which the past verb put before the
  // article's day, is the coming one (probes40). (A weekday is left: a year
  // is no step for it.)
  if (!t || event->borrowed || !event->trigger.noun_phrase || m.last >= published ||
      sentence.time_of[event->k] < 0 || CountedFromPublication(*t) || HasYear(t->text) ||
      m.date.size() != 7)
    return;
  size_t at = event->tm.first_word;
  bool ahead = false;
  for (size_t w = at + 1; !ahead && w-- > sentence.s.first_word && w + 4 >= at;) {
    if (w < at && words[w].punct) break;
    ahead = PhraseBefore(words, sentence.s.first_word, w, ahead_phrases_) < w;
  }
  if (!ahead) return;
  // Only when the month, as the resolver read it, ended before another time
  // of the sentence (the act it comes after): "met in May ahead of the
  // June summit" keeps both in one year.
  const TimeExpression* own = t;
  bool before_act = std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                [&](const TimeSpan& other) {
                                  return other.time != own && other.time->first_day &&
                                         date::sys_days(*other.time->first_day) > m.last;
                                });
  if (!before_act) return;
  date::year_month_day first{m.first}, last{m.last};
  date::year_month_day later_first = first + date::years(1);
  date::year_month_day later_last = last + date::years(1);
  if (!later_first.ok() || !later_last.ok() || date::sys_days(later_first) <= published) return;
  m.first = date::sys_days(later_first);
  m.last = date::sys_days(later_last);
  m.date = std::to_string(static_cast<int>(later_first.year())) + m.date.substr(4);
}

void EventRules::MoveCalledOffPlan(const ArticleReading& reading, EventReading* event,
                                   bool told_past) const {
  auto& published = reading.published;
  auto& m = event->m;
  auto& borrowed = event->borrowed;
  auto& t = event->time;
  // "talks planned for Lima in August were called off", told in
  // December: a plan called off with a month and no year is the one
  // nearest the story, which may be this year's August, not the next.
  // ("the talks due on 15 January were postponed" stays next January.)
  if (t && !borrowed && !m.stay && m.first > published && !CountedFromPublication(*t) &&
      (m.date.size() == 7 || m.date.size() == 10) && !HasYear(t->text)) {
    date::year_month_day first{m.first}, last{m.last};
    date::year_month_day earlier_first = first - date::years(1);
    date::year_month_day earlier_last = last - date::years(1);
    if (earlier_first.ok() && earlier_last.ok() && date::sys_days(earlier_last) < published &&
        (told_past || published - date::sys_days(earlier_last) < m.first - published)) {
      m.first = date::sys_days(earlier_first);
      m.last = date::sys_days(earlier_last);
      m.date = std::to_string(static_cast<int>(earlier_first.year())) + m.date.substr(4);
    }
  }
}

bool EventRules::JoinPostponedPlan(const SentenceReading& sentence, ArticleReading* reading,
                                   const EventReading& event) const {
  auto& words = reading->words;
  auto& mentions = reading->mentions;
  auto& s = sentence.s;
  auto& tm = event.tm;
  auto& m = event.m;
  // Only "the visit" or "this visit" refers back, and only when it was
  // called off on a day already past.
  if (m.status != "cancelled" || !event.trigger.noun_phrase || tm.first_word <= s.first_word ||
      anaphors_.count(words[tm.first_word - 1]) == 0 || m.last > reading->published) {
    return false;
  }
  for (size_t p = std::min(mentions.size(), reading->mention_origin.size()); p-- > 0;) {
    // The plan is told in this sentence or the two before.
    if (reading->mention_origin[p].second + 2 < reading->sentence_index) return false;
    Mention& earlier = mentions[p];
    if (earlier.family != m.family) continue;
    if (earlier.status != "planned") return false;
    std::set<std::string> sides = earlier.actors;
    sides.insert(m.actors.begin(), m.actors.end());
    if (sides.size() > 2) return false;
    earlier.status = "cancelled";
    return true;
  }
  return false;
}

void EventRules::JoinCalledOffPlan(const SentenceReading& sentence, ArticleReading* reading,
                                   EventReading* event) const {
  auto& words = reading->words;
  auto& mentions = reading->mentions;
  auto& s = sentence.s;
  auto& tm = event->tm;
  auto& m = event->m;
  // Only a bare "the visit" refers back, and only a plan told in the past
  // ("was to", "had been due") is the one called off: "the visit will now
  // take place on 5 May" is the new date of a postponed visit.
  if (m.status == "cancelled" || !event->trigger.noun_phrase || tm.first_word <= s.first_word ||
      anaphors_.count(words[tm.first_word - 1]) == 0) {
    return;
  }
  bool past_plan =
      std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word >= tm.end_word && c.end_word <= event->scope_end &&
               Contains(CueKinds(c), kPastPlan);
      });
  if (!past_plan) return;
  for (size_t p = std::min(mentions.size(), reading->mention_origin.size()); p-- > 0;) {
    // The event called off is told in this sentence or the one before.
    if (reading->mention_origin[p].second + 1 < reading->sentence_index) return;
    Mention& earlier = mentions[p];
    if (earlier.family != m.family) continue;
    if (earlier.status != "cancelled") return;
    m.status = "cancelled";
    earlier.date = m.date;
    earlier.qualifier = m.qualifier;
    earlier.first = m.first;
    earlier.last = m.last;
    earlier.source.phrase = m.source.phrase;
    return;
  }
}

}  // namespace annals
