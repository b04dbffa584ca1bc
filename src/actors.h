// Who takes part in an event: countries (names, abbreviations, demonyms,
// capitals used for governments), organisations, and people with titles,
// mapped to countries by the words before their title or by the office
// holders of data/en/actors.tsv (extended with --actors FILE).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <date/date.h>

#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

struct OfficeHolder {
  std::string name;
  std::string country;  // alpha-3
  std::string role;     // as titles.tsv names it: "president", "foreign minister"
  std::optional<date::sys_days> start;
  std::optional<date::sys_days> end;  // empty: still in office
};

// A person named in an article.
struct Person {
  std::string name;     // "Xi Jinping"
  std::string country;  // alpha-3, "" when unknown
  std::string role;     // "president", "" when unknown
};

// What a run of words names.
enum class ActorKind { kCountry, kDemonym, kCapital, kOrganization, kPerson, kTitle, kPlace };

struct ActorMention {
  ActorKind kind = ActorKind::kCountry;
  size_t first_word = 0;
  size_t end_word = 0;  // one past
  std::string code;     // country or organisation code; the country of a person or place
  std::string name;     // display name: country name, person, city
  std::string role;     // titles and people
  bool city =
      false;  // a capital or place written as its city's name ("Paris", not "the White House")
};

// Names of people seen earlier in one article, so that "Xi" after "Chinese
// President Xi Jinping" is still Xi Jinping of China. A surname two people
// of different countries share maps to a Person with no name: it names no
// one. Keys that start with kArticleCountryKey are no names: they record
// the countries the article has named so far, for "the Emir" to find its
// country among them.
using PersonMemory = std::unordered_map<std::string, Person, WordTextHash, std::equal_to<>>;
inline constexpr char kArticleCountryKey = '\t';
// Records the country of the article's dateline ("OTTAWA --"): among the
// article's countries, it settles whose "the Prime Minister" is when more
// than one has that office.
void NoteDatelineCountry(const std::string& code, PersonMemory* memory);

class ActorLexicon {
 public:
  // Loads countries, organisations, office holders, titles and places from
  // data/en (bundled or ANNALS_HOME). Missing optional tables (organisations,
  // office holders) are allowed; malformed ones give file:line:col errors.
  bool Load(Diagnostic* error);
  // Adds office holders in the data/en/actors.tsv format (name, country,
  // office, start, end, aliases) from `contents`, named `origin` in errors.
  bool AddOfficeHolders(std::string_view origin, std::string_view contents, Diagnostic* error);

  // A former state or territory ("Soviet Union", "Greenland") gives its own
  // code here (data/en/territories.tsv), so that --pair can ask for it.
  bool LookupCountry(std::string_view name_or_code, std::string* code) const;
  // Mentions of the former states and territories whose own codes are in
  // `codes` (the --pair a user asked for) keep those codes instead of
  // standing for their successor or sovereign state. Call before Find.
  void KeepOwnCodes(const std::vector<std::string>& codes);
  std::string CountryName(const std::string& code) const;
  // The city `name` stands for ("BEIJING" -> Beijing, "White House" ->
  // Washington) and its country, when known.
  bool LookupPlace(std::string_view name, std::string* city, std::string* country) const;

  // Everything the lexicon names in words [begin, end) of one sentence, in
  // order (`words` are Tokenize(text)): countries, organisations, places, titles and people (with
  // `memory` updated for the rest of the article). `day` picks office
  // holders for "the Chinese president".
  std::vector<ActorMention> Find(std::string_view text, const std::vector<Word>& words,
                                 size_t begin, size_t end, std::optional<date::sys_days> day,
                                 PersonMemory* memory) const;
  // The same into `out` (cleared first), whose buffer a caller reading
  // sentence after sentence keeps.
  void Find(std::string_view text, const std::vector<Word>& words, size_t begin, size_t end,
            std::optional<date::sys_days> day, PersonMemory* memory,
            std::vector<ActorMention>* out) const;

  // "he", "she": a subject pronoun that may stand for the person just named.
  bool IsPersonPronoun(const Word& word) const { return person_pronouns_.count(word) > 0; }

  // The holder of `role` in `country` on `day`, if the data knows one.
  const OfficeHolder* HolderOf(const std::string& country, const std::string& role,
                               date::sys_days day) const;
  // The leader of `country` on `day`: chancellor or head of government
  // (an office key of its own), else president, else prime minister.
  const OfficeHolder* LeaderOf(const std::string& country, date::sys_days day) const;

 private:
  struct CountryInfo {
    std::string code;
    std::string name;
  };
  struct Named {
    ActorKind kind;
    std::string code;
    std::string name;
    std::string role;
    std::vector<size_t> holders;  // people: indices into holders_
    bool city = false;
    // A former state's or territory's own code ("SUN", "GRL") when `code`
    // is the state it stands for.
    std::string own{};
  };
  const OfficeHolder& PickHolder(const std::vector<size_t>& candidates,
                                 std::optional<date::sys_days> day) const;
  bool IsNameWord(const std::vector<Word>& words, size_t i, size_t end) const;
  // Whether words[at] follows "former", "post-", "ex-" (a word of
  // data/en/former_state_skips.tsv), not looking before `begin`.
  bool FollowsFormerStateSkip(const std::vector<Word>& words, size_t at, size_t begin) const;
  // "Mr", "Ms.", "Dr": a form of address before a surname.
  bool IsHonorific(const Word& word) const;
  // Who "the Prime Minister" with no name and no country is, from the
  // article so far: the one person of that office it named, else the
  // holder of the office in the one country named so far that has it.
  // Null when the article leaves it open.
  std::optional<Person> HolderFromContext(const std::string& role,
                                          std::optional<date::sys_days> day,
                                          const PersonMemory& memory) const;
  int AddNamed(Named named);

  // By code; hashed, as CountryName is asked for every mention's sides.
  std::unordered_map<std::string, CountryInfo, WordTextHash, std::equal_to<>> countries_;
  std::vector<Named> named_;
  PhraseMatcher proper_;  // names: countries, organisations, places, office holders
  PhraseMatcher titles_;  // titles, any case
  std::vector<OfficeHolder> holders_;
  // "CHN\tpresident" -> indices into holders_, in load order: "the Chinese
  // president" looks at that office's terms only, not at every term.
  std::unordered_map<std::string, std::vector<size_t>> holders_by_office_;
  std::unordered_map<std::string, int> person_groups_;  // lower-case name -> named_ index
  std::set<std::string, std::less<>> organizations_;
  WordSet name_particles_;               // "bin", "al", "de": inside a name
  std::vector<std::string> honorifics_;  // "mr", "ms", "dr": before a name
  // Bit n of honorific_shapes_[c - 'a']: some honorific of n bytes starts
  // with c. Most capitalized words are turned away by it before any string
  // compare; an honorific of another shape (not a-z first, 16 bytes or
  // more) turns the filter off.
  std::uint16_t honorific_shapes_[26] = {};
  bool honorific_filter_ = true;
  WordSet person_pronouns_;  // "he", "she": the person just named
  // "day", "later": the last word of an opening time phrase a
  // subject pronoun may follow with no comma ("The following day he met")
  // (`opening-end` of person_pronouns.tsv).
  WordSet opening_ends_;
  WordSet object_pronouns_;  // "him", "her": the other person
  // "in", "again": words after "her" that make it an object, not "her
  // counterpart".
  WordSet after_object_;
  // "engineer", "national": a private person's noun between a nationality
  // and a name ("Peruvian engineer Carlos Ruiz"), and the few words that
  // may stand before it ("former", "dual").
  WordSet person_nouns_, person_modifiers_;
  // "two", "both": a count before a plural nationality ("two Peruvians,
  // Carlos Ruiz and Ana Soto").
  WordSet person_counts_;
  // "visiting": may stand between "the" and a title with no name ("the
  // visiting prime minister") that the article's context then fills.
  WordSet title_modifiers_;
  // Sentence openers, weekdays and months: capitalized words that start no name.
  WordSet not_given_names_;
  std::unordered_map<std::string, std::pair<std::string, std::string>>
      places_;  // lower -> city, country
  // Places of territories (lower case) and the territory's own code.
  std::vector<std::pair<std::string, std::string>> territory_places_;
  WordSet former_state_skips_;  // "former", "post": "former Soviet republic"
  // data/en/title_times.tsv: "then", "former" before a title; "elect",
  // "designate" after it.
  WordSet titles_before_;
  WordSet titles_after_;
};

}  // namespace annals
