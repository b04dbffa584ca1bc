// Events told by a verb and, a few words on, its object, with other words
// between: "called in the Indian charge d'affaires" (a summons), "arrived
// late Wednesday in Shanghai" (a visit). The verb alone is no event
// ("called in a statement for calm", "the shipment arrived"); with its
// object after it, in the same clause, it stands for an event word of
// data/en/events.tsv.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

class VerbObjectEvents {
 public:
  // Reads data/en/verb_object_events.tsv (group, role, phrase): each group
  // has `verb` and `object` phrases and one `event` row, an event word of
  // `events` (the caller's event matcher) that every match of the group
  // stands for. It may also have `subject` phrases, which stand before the
  // verb instead ("border crossings between the two were reopened"), a
  // `reach` (how far after the verb its object may come) and a `replaces`
  // row ("inner event words": its match stands for the event words between
  // its verb and its object) and a `then` row ("a name": its object counts
  // only right before a capitalised word). Rows of the group `-` with the
  // role `relative` are the words that open a relative clause ("which"):
  // "the embassy, which Chile closed in 2019" reads as "closed the
  // embassy". A verb
  // may be listed in several groups; each is tried in file order. A bad row
  // gives file:line:col.
  bool Load(const PhraseMatcher& events, Diagnostic* error);
  bool LoadFrom(std::string_view origin, std::string_view contents, const PhraseMatcher& events,
                Diagnostic* error);

  // Adds to `triggers` (sorted by first word) a match over the verb of each
  // "verb ... object" or "subject ... verb" pair in words [begin, end) that no event word already
  // overlaps; its value is the group's event word's.
  void AddTriggers(const std::vector<Word>& words, size_t begin, size_t end,
                   std::vector<PhraseMatcher::Match>* triggers) const;
  // The first object of the group named `group` in words [from, end),
  // wherever it starts: "was behind" in "said rising prices were behind
  // the surge". False when none is found.
  bool FindObject(std::string_view group, const std::vector<Word>& words, size_t from, size_t end,
                  PhraseMatcher::Match* object) const;

 private:
  struct Group {
    std::string name;
    PhraseMatcher objects;
    PhraseMatcher subjects;
    bool has_subjects = false;
    int event = -1;    // the `event` row's value in the caller's matcher
    size_t reach = 0;  // how far after the verb its object may come; 0: the default
    // Whether its match replaces the event words between its verb and its
    // object (a `replaces` row).
    bool replaces_inner = false;
    // "ended its training programme": the match stands for the event
    // word the verb alone is ("ended", a lifting) as well.
    bool replaces_verb = false;
    // Whether its object must be followed by a name (a `then` row, "a
    // name"): "called Chile part of Peru" (measures23).
    bool name_after = false;
    // Nouns one of which must come before a relative object in the
    // sentence (`antecedent` rows): "the one the two ministers signed"
    // stands for the treaty named before it (accords26). A group with
    // them is read only in a relative clause.
    PhraseMatcher antecedents;
    bool has_antecedents = false;
  };
  // The subject of `group` ending right before `verb_begin`, or a few
  // plain words before it, no earlier than `begin`.
  bool FindSubject(const Group& group, const std::vector<Word>& words, size_t begin,
                   size_t verb_begin, PhraseMatcher::Match* subject) const;
  // Whether an object of `group` starts at `from` or one modifier after
  // it, with no punctuation or "and" between.
  bool ObjectSoonAfter(const Group& group, const std::vector<Word>& words, size_t from,
                       size_t end) const;
  // Whether the comma at `comma` opens a list of single modifiers whose
  // "and" leads to an object of `group` ("air, rail, road and postal
  // links"); fills `object`.
  bool ListObject(const Group& group, const std::vector<Word>& words, size_t comma, size_t end,
                  PhraseMatcher::Match* object) const;
  // The object of `group` told before the verb in a relative clause: "the
  // embassy, which Chile closed", "visa-free entry for Chileans, which Peru
  // scrapped", "the sanctions that Peru imposed". The clause's subject
  // stands between the relative word and the verb, no earlier than `begin`.
  bool RelativeObject(const Group& group, const std::vector<Word>& words, size_t begin,
                      size_t verb_begin, PhraseMatcher::Match* object) const;
  std::vector<Group> groups_;
  // Every group's verbs, valued by an index into verb_groups_: the words
  // of a sentence are looked up among the rare verbs once, and the common
  // objects ("in") only after a verb.
  PhraseMatcher verbs_;
  // The groups of each verb, in file order: "called" is a rebuttal with
  // "baseless" after it and a call with "to congratulate".
  std::vector<std::vector<size_t>> verb_groups_;
  // The words that open a relative clause (rows of the group `-`).
  std::vector<std::string> relatives_;
  // Currency signs, part of an amount, not a clause's end ("seized $5
  // million from a Peruvian plane": rows of the group `-`, role `currency`).
  std::vector<std::string> currencies_;
  // Subjects of a relative clause with no relative word ("the deal the two
  // sides reached"), rows of the group `-`, role `bare-subject`: each
  // phrase's lower-case words.
  std::vector<std::vector<std::string>> bare_subjects_;
  // Bit WordHash % 64 of each relative word and of each bare subject's
  // last word: most words are neither, and RelativeObject runs after
  // every verb with no object after it (perf32).
  uint64_t relative_bits_ = 0;
  uint64_t bare_last_bits_ = 0;
};

}  // namespace annals
