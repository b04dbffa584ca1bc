// Words that tell which side a participant the lexicon cannot place is
// on: nouns for a government the text does not name with its country ("the
// junta", "the authorities"), the forms of "be" that make an event verb
// passive ("were detained"), and the nouns for private people that make
// "a Cuban-American contractor" one nationality, not two.
#pragma once

#include <string_view>
#include <vector>

#include "actors.h"
#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

class SideWords {
 public:
  // Reads data/en/side_words.tsv (phrase, `government`, `be`,
  // `other-side`, `veiled`, `home`, `bare-speech`, `audience-speech`, `added-speech`, `carry-body`,
  // `carry-person` or `market`), data/en/companies.tsv and the
  // `noun` rows of data/en/person_nouns.tsv; a bad row gives file:line:col.
  bool Load(Diagnostic* error);
  // The same from `contents` (side words) and `nouns` (person nouns),
  // named `origin` and `nouns_origin` in errors (for tests).
  bool LoadFrom(std::string_view origin, std::string_view contents, std::string_view nouns_origin,
                std::string_view nouns, Diagnostic* error);

  // Whether words [begin, end) name a government with no country of its
  // own: "the junta", "the authorities", not "Peruvian authorities" or
  // "the authorities of Chile" (a side right before it or after "of").
  bool NamesUnplacedGovernment(const std::vector<Word>& words,
                               const std::vector<ActorMention>& actors, size_t begin,
                               size_t end) const;
  // Whether the event verb at `verb` is passive: a form of "be" right
  // before it, or two words before with one lower-case word between
  // ("were briefly detained"). Not looking before `begin`.
  bool IsPassive(const std::vector<Word>& words, size_t verb, size_t begin) const;
  // A form of "be" ("was", "were"): an event word that starts with one
  // ("were executed", "was tried") is passive itself.
  bool IsBe(const WordText& lower) const { return be_.count(lower) > 0; }
  // Whether words [begin, end) hold a word for the other side of a
  // meeting ("his counterpart", "the hosts") with no side right before it.
  bool NamesOtherSide(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                      size_t begin, size_t end) const;
  // Whether words [begin, end) hold a word by which a speaker points at
  // the other side without naming it ("some neighbours", "certain
  // countries") with no side right before it ("Chile's neighbours").
  bool NamesVeiledSide(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                       size_t begin, size_t end) const;
  // Whether words [begin, end) hold a word for someone at home a speaker
  // may be criticising ("the opposition", "lawmakers", "critics").
  bool NamesHomeTarget(const std::vector<Word>& words, size_t begin, size_t end) const;
  // Whether words [begin, end) hold a word for a party that is no state:
  // someone at home (the `home` words) or a group or region of its own
  // (`non-state`: "the breakaway leader", "the rebels"). A deal or a
  // meeting with one is no step between two states.
  bool NamesNonStateParty(const std::vector<Word>& words, size_t begin, size_t end) const;
  // Whether words [begin, end), a doer's noun phrase, hold a word for a
  // body that is no state and whose acts are no state's (`private-doer`:
  // "club", "bank", "protesters", "opposition"), unless a `state-mark`
  // word stands right before it ("the central bank").
  bool NamesPrivateDoer(const std::vector<Word>& words, size_t begin, size_t end) const;
  // Whether words [begin, end) hold a plural for other states as a doer
  // ("more than 20 countries", "Western nations"), not inside a name the
  // lexicon found ("the United States").
  bool NamesOtherStates(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                        size_t begin, size_t end) const;
  // A verb that only reports speech ("said", "told"): a protest word after
  // it may be about home, so it is not aimed at the other side by itself.
  bool IsBareSpeech(const WordText& lower) const { return bare_speech_.count(lower) > 0; }
  // A verb of speech whose object is the audience ("told parliament",
  // "told his cabinet"): a body at home named right after it is spoken to,
  // not of (speech21).
  bool IsAudienceSpeech(const WordText& lower) const { return audience_speech_.count(lower) > 0; }
  // A participle that adds a second statement after a comma ("adding
  // that", "noting that"): what follows is no part of the first (precision21).
  bool IsAddedSpeech(const WordText& lower) const { return added_speech_.count(lower) > 0; }
  // A pronoun for the speaker or the speaker's side ("he", "they"): what
  // "he had met" tells is the speaker's own past, not news of the day.
  bool IsSpeakerPronoun(const WordText& lower) const { return speaker_.count(lower) > 0; }
  // A noun for a private person ("contractor", "engineers").
  bool IsPersonNoun(const WordText& lower) const { return person_nouns_.count(lower) > 0; }

  // Reads data/en/companies.tsv (name, country, kind, aliases): firms news
  // names for their state ("Aeroflot", "Codelco"). A bad row gives
  // file:line:col. Load calls it.
  bool LoadCompanies(std::string_view origin, std::string_view contents, Diagnostic* error);
  // The companies named in words [begin, end) that no mention of `actors`
  // overlaps, into `out` (cleared first), in order: each a demonym-like
  // mention of its country with the company's name and the role
  // "company". Not one told of in market news ("Repsol shares fell").
  void FindCompanies(const std::vector<Word>& words, size_t begin, size_t end,
                     const std::vector<ActorMention>& actors, std::vector<ActorMention>* out) const;
  // What words[at] (and on) say of the sentence's subject when it is not
  // named: "it", "its", "the ministry" stand for the body the paragraph
  // last named (kCarryBody), "she", "her", "the foreign minister" for the
  // person (kCarryPerson); kCarryNone otherwise. Sets `*after` past the
  // words read.
  // A preposition: a name right after it is no sentence's subject.
  bool IsPreposition(const WordText& lower) const { return prepositions_.count(lower) > 0; }
  enum Carry { kCarryNone = 0, kCarryBody = 1, kCarryPerson = 2 };
  Carry CarriedSubject(const std::vector<Word>& words, size_t at, size_t end, size_t* after) const;

 private:
  enum Kind { kGovernment = 0, kBe = 1, kOtherSide = 2 };
  // Whether words [begin, end) hold a word of `set` with no side right
  // before it.
  bool NamesUnplaced(const WordSet& set, const std::vector<Word>& words,
                     const std::vector<ActorMention>& actors, size_t begin, size_t end) const;
  PhraseMatcher governments_;
  // data/en/companies.tsv: names valued by an index into company_codes_.
  PhraseMatcher companies_;
  std::vector<std::string> company_codes_, company_names_;
  // "it", "her", "the ministry": subjects that stand for the body or
  // person named before (value: Carry).
  PhraseMatcher carried_;
  WordSet market_;  // "shares", "stock": a company in market news
  WordSet prepositions_;
  WordSet be_;
  WordSet other_side_;
  WordSet veiled_;
  WordSet home_;
  WordSet non_state_;
  WordSet private_doers_;  // doers whose acts are no state's
  WordSet state_marks_;    // "central" (bank)
  WordSet other_states_;   // "countries", "nations" as doers
  WordSet bare_speech_;
  WordSet audience_speech_;
  WordSet added_speech_;
  WordSet speaker_;
  WordSet person_nouns_;
};

// Demonyms the lexicon found that name no side of their own: the first of
// "a Cuban-American contractor" or "a Cuban-American arrested" (a heritage
// before the nationality), unless "dual" stands before it ("a dual
// Peruvian-Spanish citizen" is both). Removes them from `actors`.
void DropHeritageDemonyms(const SideWords& side_words, const std::vector<Word>& words, size_t begin,
                          size_t end, std::vector<ActorMention>* actors);

}  // namespace annals
