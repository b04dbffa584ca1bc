// Event mentions in one article: which words name an event, which time
// expression governs it, who takes part, where, and whether it was held,
// is planned or was called off.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <date/date.h>

#include "actors.h"
#include "annals/diagnostic.h"
#include "annals/entry.h"
#include "annals/ingest.h"
#include "annals/resolve.h"
#include "article_reading.h"
#include "home_office.h"
#include "mention.h"
#include "narrative_time.h"
#include "phrase_matcher.h"
#include "place_phrase.h"
#include "sentences.h"
#include "side_words.h"
#include "stay_words.h"
#include "verb_object_events.h"

namespace annals {

// Language data of the event rules: event words, types, cue words,
// sentence splitting; and the rules, as steps that read an article sentence
// by sentence (see docs/events.md, "Structure").
class EventRules {
 public:
  bool Load(Diagnostic* error);

  // Every dated event mention of `article`, given its resolved time
  // expressions. Undated mentions only add people and places to an event
  // named earlier in the article ("the dialogue held at ...").
  // `tokenized`, when given, holds the resolver's tokens of article.body:
  // the words are made of them (see AppendWordsFromTokens). With
  // `article_source` false, the mentions' sources get only their quotes,
  // not the article's file, publication day, outlet and url (the assembler
  // gives those to its MentionStore once an article).
  std::vector<Mention> Extract(const Article& article, const std::vector<TimeExpression>& resolved,
                               const ActorLexicon& actors, const TokenizedText* tokenized = nullptr,
                               bool article_source = true) const;

  // The pair the build was asked for (--pair, alpha-3 codes), for "the
  // two countries" of an article that names no other side (probes33).
  // Empty codes when the pair is guessed. Set before Extract runs.
  void SetPair(const std::array<std::string, 2>& pair) { pair_ = pair; }

  const SentenceRules& sentence_rules() const { return sentence_rules_; }
  const NarrativeTimeWords& narrative_words() const { return narrative_; }
  // The event word a trigger match's value stands for.
  const EventTrigger& trigger(int value) const { return triggers_[static_cast<size_t>(value)]; }

  // The steps of Extract, in the order it takes them; public so that each
  // can be tested on its own.

  // One sentence: its event words (ReadTriggers), the time of each, its
  // sides, then each event word (ReadEvent).
  void ReadSentence(const SentenceSpan& s, const ActorLexicon& lexicon,
                    ArticleReading* reading) const;
  // The sentence's people and places, times and cues, and the event words
  // that name an event of their own (event_triggers.cc, event_forms.cc).
  void ReadTriggers(const ActorLexicon& lexicon, ArticleReading* reading,
                    SentenceReading* sentence) const;
  // Event word `k` of the sentence: its mention, if it makes one.
  void ReadEvent(size_t k, const SentenceReading& sentence, ArticleReading* reading) const;

  // event_participants.cc: sentence level.
  void ReadSentenceActors(const ActorLexicon& lexicon, ArticleReading* reading,
                          SentenceReading* sentence) const;
  // Hands the sentence the body and person the paragraph's sentences
  // before it named as their subjects, and remembers its own (sides20).
  void RememberSubject(ArticleReading* reading, SentenceReading* sentence) const;
  // event_triggers.cc: event words, and those that name no event.
  void FindTriggers(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropDescriptions(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropReasons(const ArticleReading& reading, SentenceReading* sentence) const;
  // DropReasons' two parts: event words a request or proposal names, or a
  // cue says are no event; and the measure a demand asks for.
  void DropRequested(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropDemanded(const ArticleReading& reading, SentenceReading* sentence) const;
  // "The first flight from Lima landed": a craft that arrives is no visit.
  void DropCraftArrivals(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Officials recalled on Tuesday that ...": a recall verb alone followed
  // (a time between skipped) by a `memory` cue is remembering (precision21).
  void DropRemembered(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropAgreementTopics(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropLightVerbs(const ArticleReading& reading, SentenceReading* sentence) const;
  void KeepEasedMeasures(const ArticleReading& reading, SentenceReading* sentence) const;
  void ReadAccordExits(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropQuotedHypotheticals(const ArticleReading& reading, SentenceReading* sentence) const;
  // "did not expel", "never recalled", "no agreement", "refused to meet",
  // "denied that it had expelled", "if Chile expels": an event word a
  // `not-held` cue denies, doubts or makes a condition of, in its own verb
  // group (modality23).
  void DropNotHeld(const ArticleReading& reading, SentenceReading* sentence) const;
  // "The ceasefire was holding on Monday", "the truce has held": an
  // agreement noun whose verb says it still stands is no new agreement
  // (speech23).
  void DropStandingAccords(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropVenues(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropSidelineDoubles(const ArticleReading& reading, SentenceReading* sentence) const;
  // Speech that gives fewer acts than its event words: "said it regretted
  // the decision and rejected the pretexts", "welcomed the decision and
  // called on Chile to respect the law" (one act, not two); "expressed
  // regret over the attack" (the attack was told before); "called on Peru
  // and Chile to respect the ceasefire", "the fighting between Peru and
  // Chile must stop" (an appeal to both, no act between them).
  void DropSpeechDoubles(const ArticleReading& reading, SentenceReading* sentence) const;
  // "welcomed the Chilean decision": a welcome of a decision, a ruling or
  // a step is praise of it, no visitor received.
  void ReadPraisedThings(const ArticleReading& reading, SentenceReading* sentence) const;
  // "The court rejected Peru's request": a protest verb right after a court
  // (cue court) is the court's ruling, not a condemnation (courts23).
  void ReadCourtDecisions(const ArticleReading& reading, SentenceReading* sentence) const;
  void DropRelativeVerbs(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Soto's son visited Chile": a relative's private trip is no state event.
  void DropKinVisits(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Soldiers detained President Tano": a leader held with no other
  // country named before his title is the doer's own (a coup), no event
  // between states (crises29).
  void DropCoupDetentions(const ArticleReading& reading, SentenceReading* sentence) const;
  // Also drops every event word the steps before marked (value -1).
  void DropSightseeing(const ArticleReading& reading, SentenceReading* sentence) const;
  void AddRulingReaction(const ArticleReading& reading, SentenceReading* sentence) const;
  // event_forms.cc: event words no single word of the text names.
  void AddLeaveOrders(const ArticleReading& reading, SentenceReading* sentence) const;
  void AddVerbObjects(const ArticleReading& reading, SentenceReading* sentence) const;
  void FoldMissionIntoLeaveOrder(const ArticleReading& reading, SentenceReading* sentence) const;
  void AddPresenceVisit(const ArticleReading& reading, SentenceReading* sentence) const;
  // "agreed on Monday to boost trade", "pledged Tuesday to deepen ties":
  // an event word of verbs split by the day of the verb (probes32).
  void AddVerbsAcrossTime(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Kenya's president brought the Norwegian and Ghanaian ministers
  // together": a meeting of those brought together (meetings27).
  void AddBroughtTogether(const ArticleReading& reading, SentenceReading* sentence) const;
  void AddComeVisit(const ActorLexicon& lexicon, const ArticleReading& reading,
                    SentenceReading* sentence) const;
  // Where the subject of the verb at word `verb` ends: right before it, or
  // one plain lower-case word earlier ("Ruiz first came", "She had
  // arrived"), unless that word is a pronoun or ends an actor. Shared by
  // the come and arrival rules (event_forms.cc, event_dates.cc).
  static size_t SubjectEnd(const ActorLexicon& lexicon, const std::vector<Word>& words,
                           const std::vector<ActorMention>& actors, size_t verb);
  void AddGappedFollows(const ArticleReading& reading, SentenceReading* sentence) const;
  void AddSameActs(const ArticleReading& reading, SentenceReading* sentence) const;
  // The words of a same-act phrase ("did the same") at `at`, before `end`:
  // its length, 0 when none starts there.
  size_t SameActAt(const std::vector<Word>& words, size_t at, size_t end) const;
  // event_dates.cc: the sentence's times, and which governs which event word.
  void FindSentenceTimes(ArticleReading* reading, SentenceReading* sentence) const;
  void JoinDayRanges(ArticleReading* reading, SentenceReading* sentence) const;
  void FindOpenerDay(const ArticleReading& reading, SentenceReading* sentence) const;
  void RememberDays(ArticleReading* reading, const SentenceReading& sentence) const;
  // Fills sentence->time_of and distance_of.
  void GoverningTimes(const ArticleReading& reading, SentenceReading* sentence) const;
  // The event word time `ti` dates (or -1), and how far it stands from it:
  // one right after the time, else one before it, else one after it.
  // A time that names a document ("the Vienna Convention of 1961") or is
  // the deadline of an infinitive after the event word ("ordered them to
  // leave by the end of Monday") dates no event word there.
  int EventForTime(const ArticleReading& reading, const SentenceReading& sentence, size_t ti,
                   size_t* distance) const;
  // "left Oslo on Tuesday after a two-day visit": the visit noun a time
  // after an `end` verb and before "after" dates (its last day), or -1.
  int LeftAfterStay(const std::vector<Word>& words, const SentenceReading& sentence,
                    const TimeSpan& t) const;
  // Where a phrase of `phrases` (words of data/en/date_roles.tsv) ending
  // right before word `w`, inside the sentence from `from`, begins; else `w`.
  static size_t PhraseBefore(const std::vector<Word>& words, size_t from, size_t w,
                             const std::vector<std::vector<std::string>>& phrases);
  // "Two days after the talks, Chile recalled ...": the event of the
  // clause after a count of days from an event named by a noun; -1 when the
  // time is no such count, -2 when it is but dates no event word, -3 when a
  // count dated from the named event's own date ends the sentence (the
  // event before it is the one dated).
  int EventAfterCount(const ArticleReading& reading, const SentenceReading& sentence,
                      const TimeSpan& t, size_t* distance) const;
  int EventRightAfterTime(const ArticleReading& reading, const SentenceReading& sentence,
                          const TimeSpan& t) const;
  int EventBeforeTime(const ArticleReading& reading, const SentenceReading& sentence,
                      const TimeSpan& t, size_t* distance_out) const;
  // Whether `t` stands in a short phrase opening the sentence with a
  // preposition ("In a statement on Wednesday the ministry accused ...").
  bool InOpeningPhrase(const std::vector<Word>& words, const SentenceSpan& s,
                       const TimeSpan& t) const;
  int EventAfterTime(const ArticleReading& reading, const SentenceReading& sentence,
                     const TimeSpan& t, size_t* distance_out) const;
  // A cue between words `from` and `to` (outside time `t`) that opens a
  // clause about another event ("before", "which ..." further on).
  // "has been closed since 1994": the event word [first, end) is a
  // participle after a state-since word and "since" stands right before the
  // time at `time_first`, which dates the event; or the event word holds
  // a state-held verb ("have had diplomatic relations with Norway since").
  bool StateSince(const std::vector<Word>& words, size_t first, size_t end,
                  size_t time_first) const;
  bool OtherEventBetween(const SentenceReading& sentence, const TimeSpan& t, size_t from,
                         size_t to) const;
  // "will visit Kenya when he arrives on Friday": the "when" that opens a
  // clause of the traveller's arrival, whose time dates the trip before it
  // (an `arrive` word of stay_words.tsv, a place after it at most); else
  // t.first_word (probes38).
  size_t ArrivalWhen(const std::vector<Word>& words, const SentenceReading& sentence,
                     const TimeSpan& t) const;
  // "will visit Oslo before the end of the month", "expected to sign an
  // accord before he returns to Accra on Thursday": a `bound` word of
  // date_roles.tsv right before a time that ends after the article's day,
  // or up to eight plain words before it, bounds the plan of the clause
  // before it, which that time dates; it opens no clause about another
  // event. Returns where the bound word is, else t.first_word (probes38).
  size_t PlanBound(const ArticleReading& reading, const SentenceReading& sentence,
                   const TimeSpan& t) const;
  void DateMeetingSettings(const ArticleReading& reading, SentenceReading* sentence) const;
  void ShareTimeAcrossAnd(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Lima expelled two Chilean diplomats on Wednesday, and Santiago
  // answered by expelling two Peruvians": an act told as the answer to the
  // dated act before it in the sentence (a follow-up word a few words
  // before it, after "and") shares that act's time.
  void ShareTimeWithAnswer(const ArticleReading& reading, SentenceReading* sentence) const;
  // "On Thursday he said he had met them": the past perfect under a dated
  // verb of speech happened before that day; the day is the speech's.
  void UndateReportedPast(const ArticleReading& reading, SentenceReading* sentence) const;
  void UndateIdleAgreements(const ArticleReading& reading, SentenceReading* sentence) const;
  // "Lima accused Santiago of breaking the pact after Peruvian troops
  // captured rebel diaries in August 1985": an undated act told by a verb
  // right before an after-clause (kind `after-clause` of
  // carried_dates.tsv) that closes with a past time took place then or
  // later; it takes that time (speech25).
  void DateBeforeAfterClause(const ArticleReading& reading, SentenceReading* sentence) const;
  // "offered condolences over Tuesday's bombings": a day that names the
  // object of a statement told by a verb dates that object, not the words.
  void UndateSpokenObjects(const ArticleReading& reading, SentenceReading* sentence) const;
  void DayAfterClock(const ArticleReading& reading, SentenceReading* sentence) const;
  void ShareGatheringTime(const ArticleReading& reading, SentenceReading* sentence) const;
  // "is expected to travel to Santiago for a cabinet meeting next year":
  // the time after a trip's purpose that is a meeting at home (no event of
  // the two) dates the trip too (probes39).
  void DateTripOfHomePurpose(const ArticleReading& reading, SentenceReading* sentence) const;
  // event_participants.cc: "the two sides", "the two presidents".
  void SentenceSides(SentenceReading* sentence) const;

  // Per event word, in order.
  bool IsMultilateral(const ArticleReading& reading, const SentenceReading& sentence,
                      const EventReading& event) const;
  void FindScope(const ArticleReading& reading, const SentenceReading& sentence,
                 EventReading* event) const;
  // False when "followed" names no repeat of the visit just told.
  bool ReadFollow(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  void StartMention(const SentenceReading& sentence, EventReading* event) const;
  void ReadScopeActors(const ArticleReading& reading, const SentenceReading& sentence,
                       EventReading* event) const;
  // Whether the demonym `am` names a capital as a place: "in the Bolivian
  // capital" (a preposition and "the" before it, "capital" and no "of"
  // after it).
  bool DemonymCapital(const std::vector<Word>& words, const SentenceSpan& s,
                      const ActorMention& am) const;
  // False when the sentence's actor `a` takes no part in the event (a
  // speaker, a place of another clause, a clock); else whether it stands
  // after a preposition ("in Beijing") or only describes ("the Paris agreement").
  bool TakesPart(const ArticleReading& reading, const SentenceReading& sentence,
                 const EventReading& event, size_t a, bool* after_preposition,
                 bool* modifier) const;
  void SidesFromSentence(const ArticleReading& reading, const SentenceReading& sentence,
                         EventReading* event) const;
  void AttackSides(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  void ThreatSides(const SentenceReading& sentence, EventReading* event) const;
  void SidesFromContext(const ArticleReading& reading, const SentenceReading& sentence,
                        EventReading* event) const;
  // "the U.N. Secretary-General ruled that Chile should apologise": a
  // ruling is between two states; with one named, the other is the state
  // the article has named most often besides it. So is a statement
  // broadcast (cue broadcast) or one that follows a ruling in its
  // paragraph, a side's reaction (courts23).
  void RulingSides(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  // Whether the measure or incident of `event` was done to `side` rather
  // than by it: `side` is named only after the verb ("expelled the Chilean
  // consul") or after the noun and "of", or only before a passive verb
  // ("Chilean executives were detained").
  // Whether an accusation's or protest's object right after its verb is
  // a group the text names and no data knows ("blamed the Shining Path").
  bool NamesGroupTarget(const ArticleReading& reading, const SentenceReading& sentence,
                        const EventReading& event) const;
  // The sides of an embassy opened "in" a country: its opener and host.
  void HostSides(const ArticleReading& reading, const SentenceReading& sentence,
                 EventReading* event) const;
  // A country named only in an aside between commas after a subject
  // ("Soto, the Peruvian freed by Chile, met ...") is no side.
  void ApposedSides(const ArticleReading& reading, const SentenceReading& sentence,
                    EventReading* event) const;
  // The sides of a meeting AddBroughtTogether made: those between its verb
  // and "together", not whoever brought them; "there" is the place the
  // sentence named before it (meetings27).
  void BroughtTogetherSides(const ArticleReading& reading, const SentenceReading& sentence,
                            EventReading* event) const;
  bool DoneToSide(const ArticleReading& reading, const SentenceReading& sentence,
                  const EventReading& event, const std::string& side) const;
  // Whether the event word holds a "be" ("were executed", "officer was seized").
  bool HoldsBe(const std::vector<Word>& words, const PhraseMatcher::Match& tm) const;
  void FindPrincipal(const ArticleReading& reading, const SentenceReading& sentence,
                     EventReading* event) const;
  // "The last Peruvian president to travel to Chile was Luis Vega": the
  // visitor is the person "was" names, not the title's holder (visits26).
  void NamedLastVisitor(const ArticleReading& reading, const SentenceReading& sentence,
                        EventReading* event) const;
  // Mention::doer: the one side named as the subject of a measure's,
  // protest's or incident's verb in its clause ("Lima expelled", "Santiago
  // answered by expelling"); none for a noun, a passive, or a clause whose
  // subject names both sides.
  void FindDoer(const ArticleReading& reading, const SentenceReading& sentence,
                EventReading* event) const;
  void ReplyAct(ArticleReading* reading, const SentenceReading& sentence,
                EventReading* event) const;
  void FindDestination(const ArticleReading& reading, const SentenceReading& sentence,
                       EventReading* event) const;
  void TalksPartner(const ArticleReading& reading, const SentenceReading& sentence,
                    EventReading* event) const;
  void UnplacedVisitor(const ArticleReading& reading, const SentenceReading& sentence,
                       EventReading* event) const;
  // "admitted in a televised statement", "in a televised address": a
  // statement broadcast with no place told is made in the speaker's
  // capital; so is a recognition whose subject is a seat of government
  // ("Peru's parliament recognised Chile's borders") (courts23).
  void HomeCapital(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  void FindPlace(const ArticleReading& reading, const SentenceReading& sentence,
                 EventReading* event) const;
  // "a clash on the peninsula": the place of that kind ("the Caldera
  // peninsula") the paragraph named before the sentence, or "".
  std::string PlaceNamedBefore(const ArticleReading& reading, size_t own_begin,
                               size_t own_end) const;
  // A place named by its kind in words [own_begin, own_end) of the event
  // ("on the island of Chiloe"), as the event's place (at_place).
  // Whether a visit was a trip to an organisation's gathering ("travels to
  // New York for United Nations meetings"): no bilateral event.
  bool TripToGathering(const ArticleReading& reading, const SentenceReading& sentence,
                       const EventReading& event) const;
  // "arrived on Monday on her first foreign trip": the arrival's day
  // dates the trip named after it.
  void ArrivalTrip(const ArticleReading& reading, SentenceReading* sentence) const;
  void FeaturePlace(const ArticleReading& reading, const SentenceReading& sentence,
                    size_t own_begin, size_t own_end, EventReading* event) const;
  // A restoration of links told by a craft ("resumed direct flights"):
  // no dateline guess for its place (probes41).
  bool LinksRestored(const SentenceReading& sentence, const EventReading& event) const;
  // Whether the event's clause says it was held to open a place named by
  // its kind ("met to open a border dam"): then the dateline is not where.
  bool OpensSite(const ArticleReading& reading, const SentenceReading& sentence,
                 const EventReading& event) const;
  // The capital of a visit's destination country when its sentence names
  // a seat of that country's government after the visit word ("received
  // her at the government palace"), or with no destination, of the other
  // side's seat ("addressed Chile's parliament in person"); empty
  // otherwise. Sets `country` to the seat's country.
  std::string SeatCapital(const ArticleReading& reading, const SentenceReading& sentence,
                          const EventReading& event, std::string* country) const;
  void JoinRepeatedVisit(const ArticleReading& reading, const SentenceReading& sentence,
                         EventReading* event) const;
  void NounPhrase(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  void BorrowTime(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  // "Talks will resume next week when Norway's envoy arrives in Nairobi":
  // an undated event verb in the present, right after "when" and its doer,
  // told after a future word, takes the time before "when" (a plan; false),
  // or is no event of the day at all when none stands there (true).
  // "ahead of a second visit to Norway in June", told after a past act:
  // the noun's month with no year is the coming one (date_roles.tsv kind
  // `ahead`; probes40).
  void AheadOfAct(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  bool FutureWhen(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  // Per sentence, its paragraph; and the day a sentence of the lead's two
  // paragraphs gives "the measures", "the decision" (ArticleReading::lead_day).
  void FindLeadCarry(const ActorLexicon& lexicon, ArticleReading* reading) const;
  // Whether the day at word `at` of sentence `s` is the day of an
  // announcement ("said in a statement on Friday").
  bool AnnouncedOn(const std::vector<Word>& words, const SentenceSpan& s, size_t at) const;
  // Whether sentence `i`, whose day stands at word `at`, names no country
  // but the doer of the lead's act (the first country its lead names)
  // before that day, and none the lead does not name after it: its
  // announcement is that side's.
  bool OwnSide(const ArticleReading& reading, const ActorLexicon& lexicon, size_t i,
               size_t at) const;
  // Whether an at-time phrase of carried_dates.tsv ("at the time", "then"
  // right before the act's word `act`) places the sentence's acts at the
  // time of the sentence before.
  bool AtTimeOfBefore(const std::vector<Word>& words, const SentenceSpan& s, size_t act) const;
  // An act whose sentence gives no time at all takes the day of a sentence
  // next to it in the same paragraph, when the text ties the two: the
  // lead's day told in the body, "announced the step" or "It also said"
  // after a dated act, "Within hours," after a day.
  void CarryDate(const ArticleReading& reading, const SentenceReading& sentence,
                 EventReading* event) const;
  // "Eleven agreements were signed during the visit": an agreement with no
  // time of its own, made during a visit or meeting told before, takes
  // that one's day, sides and place.
  // "The Saudi journalist was killed inside the consulate in Istanbul": an
  // incident with one side named took place in the other's country.
  void IncidentPlaceSide(EventReading* event) const;
  // "The ambassador returned to her post in Lima", "the crossings reopened
  // on Monday": a step with one side named or none (an envoy's return, a
  // reopening, a pact left, talks declared over, a new wave of sanctions)
  // is between the sides of the event it follows, told before.
  void ReturnedEnvoySides(const ArticleReading& reading, EventReading* event) const;
  void AgreementDuringStay(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const;
  void FindLead(const ArticleReading& reading, const SentenceReading& sentence,
                EventReading* event) const;
  // "agents of Chile's intelligence service had sunk the ship": an undated
  // incident told with one side, after an incident of its type whose one
  // side is another, names that incident's doer (courts23). True when it
  // joined.
  bool JoinIncidentDoer(ArticleReading* reading, const EventReading& event) const;
  // An event word with no time: what it tells goes to an earlier mention.
  void TellOfEarlier(ArticleReading* reading, const SentenceReading& sentence,
                     const EventReading& event) const;
  void AnaphoricSides(const ArticleReading& reading, const SentenceReading& sentence,
                      EventReading* event) const;
  // An agreement made "with" someone: its sides are its makers, not every
  // country of the sentence (precision20).
  void AgreementPartner(const ArticleReading& reading, const SentenceReading& sentence,
                        EventReading* event) const;
  // A meeting of a body at home ("the cabinet met in emergency session", "a
  // meeting of Andean legislators") is no meeting of the two states.
  void HomeMeeting(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  // Whether meeting noun `tm` names a body at home as its holder ("a
  // cabinet meeting", "a meeting of Andean legislators", "talks with
  // business leaders" with no side among them): HomeMeeting and a trip's
  // purpose (DateTripOfHomePurpose) ask it.
  bool HomeMeetingNoun(const std::vector<Word>& words, const SentenceReading& sentence,
                       const PhraseMatcher::Match& tm) const;
  // Whether two states joined by "and" open the words [begin, end) ("Peru
  // and Chile will hold a cabinet meeting", "The Peruvian and Chilean
  // cabinets"): what follows they do together (probes39).
  static bool TwoSidesOpen(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                           size_t begin, size_t end);
  // Blame, a rejection or a proposal told by a verb of speech is the
  // speaker's: when the text names no speaker of a side ("Analysts said
  // Togo was behind the attack on the Ghanaian embassy"), it is between no
  // two states (speech21).
  void SpeakerOfSpeech(const ArticleReading& reading, const SentenceReading& sentence,
                       EventReading* event) const;
  // Third parties and gatherings of others (issue 5, branch scope22,
  // event_third_parties.cc). "between Peru and five Pacific powers": an
  // agreement or gathering of a counted crowd is no bilateral event.
  bool CountedParties(const ArticleReading& reading, const SentenceReading& sentence,
                      const EventReading& event) const;
  // A visit to a third state: a country named only after ", <participle>"
  // ("breaking with the habit of making Santiago ...") is no side.
  void VisitElsewhere(const ArticleReading& reading, const SentenceReading& sentence,
                      EventReading* event) const;
  // Sanctions imposed by a body ("the sanctions the Security Council
  // imposed over Peru's ...") are between the body and their target.
  void BodyMeasure(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  // Violence whose doer is a group ("the militants who killed", "gunmen
  // shot") is no act of a state.
  void GroupViolence(const ArticleReading& reading, const SentenceReading& sentence,
                     EventReading* event) const;
  // A measure or a protest whose doer is no state ("a football club in
  // Lima severed all ties", "Peru's largest bank froze", "protesters
  // condemned") gives no sides (doers23).
  void PrivateDoer(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  // A conference held in a third country with no side as its host.
  void ConferenceElsewhere(EventReading* event) const;
  // Before DropPresentRepeats (it needs mention_origin in step): a visit
  // placed in its host country is placed
  // in the host's capital when the article names it (scope22).
  void StayInCapital(ArticleReading* reading) const;
  // A release with no place "after a court hearing in Arica" is placed
  // there (scope22).
  void ReleaseAtHearing(const ArticleReading& reading, const SentenceReading& sentence,
                        EventReading* event) const;
  void DateMention(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  void FindPastVerb(const ArticleReading& reading, const SentenceReading& sentence,
                    EventReading* event) const;
  void VisitLength(const ArticleReading& reading, const SentenceReading& sentence,
                   EventReading* event) const;
  // "a four-day summit that ended on Thursday", "talks that began on Sunday
  // and ended on Thursday", "clashes on Wednesday and fighting by Thursday":
  // a meeting or a clash told over several days.
  void EventSpan(const ArticleReading& reading, const SentenceReading& sentence,
                 EventReading* event) const;
  // "He left on Wednesday": the day a visit told before ended.
  void EndStay(const SentenceReading& sentence, ArticleReading* reading) const;
  // "Ruiz arrived on Tuesday": the day a visitor came (visits26), and,
  // after the last sentence, a visit to the dateline's country told a few
  // days later that it widens to begin then.
  void RememberArrival(const ActorLexicon& lexicon, const SentenceReading& sentence,
                       ArticleReading* reading) const;
  void StartStays(ArticleReading* reading) const;
  // "Kenya's president left for Oslo on Tuesday": the one person of the
  // sentence and the town a `go` word or a visit takes them to, for the
  // place of what the next sentence says they do there (probes33).
  void RememberTrip(const SentenceReading& sentence, ArticleReading* reading) const;
  // "signed an agreement on Sunday. The ministers put their signatures to
  // the text at the village of Ancon": a sentence that retells the signing
  // before it names where it was (places25).
  void SigningRetold(const SentenceReading& sentence, ArticleReading* reading) const;
  // An agreement or statement with no place of its own, made during a
  // visit or meeting told before: that gathering's place.
  void PlaceOfStay(const ArticleReading& reading, EventReading* event) const;
  void FindStatus(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  // "will suspend flights to Chile from Friday": a measure told by a verb
  // of kind plan-only ("suspend", "close") is an event only as a plan: a
  // future word right before the verb, no condition in the sentence, its
  // own time, status planned (plans21). Whether the mention is kept.
  // A condition ("if", "unless", "could") stands in the sentence.
  bool ConditionIn(const SentenceReading& sentence) const;
  bool KeepDatedPlan(const ArticleReading& reading, const SentenceReading& sentence,
                     const EventReading& event) const;
  // A month of a plan called off, moved to the nearest. (A weekday of a
  // plan told in the past, "had been scheduled to ... on Sunday", is the
  // resolver's: Parser::PastPlan.)
  // `told_past`: the event's own verb is in the past, so the year before
  // is taken however far back it lies.
  void MoveCalledOffPlan(const ArticleReading& reading, EventReading* event,
                         bool told_past = false) const;
  // "Chile called off the visit on Monday. The visit, which was to take
  // place on 5 May, ...": a definite mention told as a plan in the past
  // right after a cancelled event of its family is that event; both are
  // dated when it was to be held and cancelled.
  // "Soto was to pay a state visit on 20 December. The state visit was
  // postponed on Thursday": the plan told before is called off; the day
  // of the postponement makes no entry of its own. Returns whether it
  // joined the plan (precision20).
  bool JoinPostponedPlan(const SentenceReading& sentence, ArticleReading* reading,
                         const EventReading& event) const;
  void JoinCalledOffPlan(const SentenceReading& sentence, ArticleReading* reading,
                         EventReading* event) const;
  void SecondYear(const ArticleReading& reading, const SentenceReading& sentence,
                  EventReading* event) const;
  void PronounMeeting(const ArticleReading& reading, const SentenceReading& sentence,
                      EventReading* event) const;

  // After the last sentence.
  void DropPresentRepeats(ArticleReading* reading) const;
  // Whether `sentence` names envoys ("two diplomats", "the ambassador"):
  // the cue kind envoys of data/en/event_cues.tsv.
  bool NamesEnvoys(const std::string& sentence) const;
  // Whether `sentence` holds a cue of `kind` (event_words.h): a border or
  // its crossings (kBorder), a mission (kMission).
  bool NamesCue(const std::string& sentence, uint64_t kind) const;
  void CompleteSides(const ActorLexicon& lexicon, ArticleReading* reading) const;

 private:
  using Trigger = EventTrigger;
  // The first event word of data/en/event_triggers.tsv told by a verb, of
  // `type` (and `cameo` when given), as a match's value; -1 when none is.
  int VerbTrigger(std::string_view type, std::string_view cameo = {}) const;
  uint64_t CueKinds(const PhraseMatcher::Match& c) const {
    return cues_[static_cast<size_t>(c.value)];
  }
  // The present-tense cue that reports `trigger` as going on now ("is on",
  // "meets"), or "" when its clause speaks of another time.
  std::string PresentTense(const std::vector<Word>& words,
                           const std::vector<PhraseMatcher::Match>& cues,
                           const PhraseMatcher::Match& trigger, size_t scope_begin,
                           size_t scope_end) const;

  // The place of the gathering after a "sidelines of" cue between `from`
  // and `to` ("on the sidelines of the G20 summit in Hamburg").
  void SidelinesPlace(const std::vector<Word>& words, const std::vector<PhraseMatcher::Match>& cues,
                      const std::vector<ActorMention>& actors, size_t from, size_t to,
                      std::string* place, std::string* country) const;

  std::vector<Trigger> triggers_;
  int expel_trigger_ = -1;       // the event word an order to leave stands for
  int trade_trigger_ = -1;       // the event word "suspended beef imports" stands for
  int mission_trigger_ = -1;     // the event word "closed the U.S. consulate" stands for
  int recall_trigger_ = -1;      // ... "withdrew 41 diplomats"
  int visit_trigger_ = -1;       // ... "attended Ruto's swearing-in"
  int halt_talks_trigger_ = -1;  // ... "paused trade talks"
  int invitation_trigger_ = -1;  // ... "offered talks", "requested a meeting"
  int meeting_trigger_ = -1;     // ... "brought the two men together"
  PhraseMatcher trigger_matcher_;
  PhraseMatcher cue_matcher_;
  std::vector<uint64_t> cues_;  // by cue value: the kinds of each phrase, as bits
  WordSet np_stop_;
  WordSet anaphors_;
  WordSet place_prepositions_;
  WordSet occasions_;                                // "ceremony", "news conference"
  WordSet stays_;                                    // "visit", "summit": "During the visit, ..."
  NarrativeTimeWords narrative_;                     // "hours later", "the same day"
  std::map<std::string, int, std::less<>> numbers_;  // "three" -> 3 (data/en/numbers.tsv)
  // The number a count word gives ("three", "3": a numeral of at most two
  // digits), or 0.
  int CountOf(const Word& w) const;
  WordSet weekdays_;  // "sunday", "sun" (data/en/weekdays.tsv)
  // data/en/carried_dates.tsv: "the measures", "It also", "Within hours,".
  WordSet carry_nouns_, carry_subjects_, carry_also_, carry_tellers_, lead_clause_ends_,
      announcement_nouns_;
  // Two-word cancel cues ("called off", "put off"), also read split by the
  // event noun they call off ("called the trip off").
  std::set<std::string, std::less<>> split_cancels_;
  WordSet state_since_;  // "has been closed since 1994": the state began then
  // "have had diplomatic relations since 1964": a verb of holding inside
  // the event word, whose state began at the "since" time (`state-held`).
  WordSet state_held_;
  // "kept the border with Peru closed since February": a verb that keeps
  // what it names in the state the participle after it tells
  // (`state-keep` of carried_dates.tsv).
  WordSet state_keep_;
  WordSet after_which_;       // "after", "at": ", after which ministers signed ..."
  WordSet after_clauses_;     // "after", "following": open a clause told before the act
  WordSet background_words_;  // "had", "previously": a sentence told of another time
  // Their second words ("off"): a split cue is looked for only when one
  // follows the event noun.
  WordSet split_cancel_ends_;
  WordSet follow_ups_;                                   // "followed on Friday with a statement"
  std::vector<std::vector<std::string>> carry_openers_;  // words of each same-time phrase
  // "warned Soto at the time", "then warned": words of each at-time phrase
  std::vector<std::vector<std::string>> carry_at_times_;
  // "the signing of": words of each signing-of phrase
  std::vector<std::vector<std::string>> signing_phrases_;
  std::vector<std::vector<std::string>> same_acts_;   // "did the same", "followed suit"
  std::vector<std::vector<size_t>> same_act_hashes_;  // WordHash of each word of each
  // One bit (SameActBit) per first word of a same-act phrase: AddSameActs
  // asks every word of every sentence, and most start none.
  std::uint64_t same_act_firsts_ = 0;
  static std::uint64_t SameActBit(size_t hash) { return std::uint64_t{1} << (hash >> 58); }
  // data/en/date_roles.tsv: "by the end of" (deadline), "Convention of" (names-year).
  std::vector<std::vector<std::string>> deadline_phrases_, name_year_phrases_;
  // "extended the suspension to the end of 2020 ... in May": the phrases
  // before a time that is the term of an act, not its day (kind `term` of
  // date_roles.tsv).
  std::vector<std::vector<std::string>> term_phrases_;
  // One bit (hash % 64) per word of a term phrase: a time whose word before
  // has none follows no term phrase, and the phrases are not compared.
  std::uint64_t term_word_bits_ = 0;
  // The last word of each ("of", "by", "than"): most times follow none, and
  // their phrases are not compared.
  WordSet deadline_ends_, name_year_ends_;
  WordSet bound_words_;  // "before": date_roles.tsv kind `bound` (probes38)
  // "from", "as of", "with effect from": date_roles.tsv kind `effective`
  // (probes38).
  std::vector<std::vector<std::string>> effective_phrases_;
  // "ahead of", "in the run-up to": date_roles.tsv kind `ahead` (probes40).
  std::vector<std::vector<std::string>> ahead_phrases_;
  SentenceRules sentence_rules_;
  HomeOffices home_offices_;       // "the foreign ministry": the dateline country's
  VerbObjectEvents verb_objects_;  // "called in the Indian envoy"
  PlaceWords place_words_;         // "the Sumbar valley", "by phone"
  // "the Treasury": departments several governments name alike, and
  // whose they may be (data/en/shared_departments.tsv).
  PhraseMatcher departments_;
  std::vector<std::vector<std::string>> department_codes_;
  StayWords stay_words_;             // "14-16 May", "a visit that began on Monday"
  SideWords side_words_;             // "the junta", "were detained": sides the lexicon cannot place
  std::array<std::string, 2> pair_;  // SetPair
};

}  // namespace annals
