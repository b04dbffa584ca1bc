// Where an event happened when data/en/places.tsv does not know the place:
// a place named by its kind ("the Sumbar valley", "over the Gulf of Aden",
// "off the coast of Oregon", "at the Hmeimim air base"), the capital of the
// government that summoned an envoy, and the words that say an event was
// held at a distance (a phone call) and so took place nowhere. The
// vocabularies are data/en/place_words.tsv.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "annals/diagnostic.h"
#include "phrase_matcher.h"
#include "sentences.h"

namespace annals {

class PlaceWords {
 public:
  // Reads data/en/place_words.tsv (word, kind) and the capitals of
  // data/en/countries.tsv. A bad row gives file:line:col.
  bool Load(Diagnostic* error);
  bool LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error);
  // `contents` in the data/en/countries.tsv layout: the first capital of
  // each country is where its government sits.
  bool LoadCapitals(std::string_view origin, std::string_view contents, Diagnostic* error);
  // `contents` in the data/en/seats.tsv layout (name, country, city, kind):
  // the courts and bodies that sit in one city.
  bool LoadSeats(std::string_view origin, std::string_view contents, Diagnostic* error);

  // The city a country's government sits in ("CHN" -> "Beijing"), or "".
  std::string CapitalOf(const std::string& code) const;

  bool IsPreposition(const WordText& lower) const { return prepositions_.count(lower) > 0; }
  bool IsPreposition(const Word& word) const { return prepositions_.count(word) > 0; }
  bool IsPassive(const WordText& lower) const { return passives_.count(lower) > 0; }
  bool IsPassive(const Word& word) const { return passives_.count(word) > 0; }
  // "told reporters here", "a news conference here": "here" after it is
  // where someone spoke, not where an event was.
  bool IsSpeakerPlace(const WordText& lower) const { return speaker_places_.count(lower) > 0; }
  bool IsSpeakerPlace(const Word& word) const { return speaker_places_.count(word) > 0; }
  // "talks on security in the Indo-Pacific region": after such a word a
  // place names what was talked about, not where.
  bool IsTopicWord(const WordText& lower) const { return topic_words_.count(lower) > 0; }
  bool IsTopicWord(const Word& word) const { return topic_words_.count(word) > 0; }
  // "met on the island of Chiloe": a preposition that opens a place only
  // before a kind of place and "of" ("on the Korean Peninsula" is a topic).
  bool IsOfPreposition(const WordText& lower) const { return of_prepositions_.count(lower) > 0; }
  bool IsOfPreposition(const Word& word) const { return of_prepositions_.count(word) > 0; }
  // "met in the Tumbes region", "at the Santa Rosa bridge": a preposition
  // that opens where a gathering was held ("over", "along" or "across" a
  // place more often name what it was about).
  bool IsVenuePreposition(const WordText& lower) const {
    return venue_prepositions_.count(lower) > 0;
  }
  bool IsVenuePreposition(const Word& word) const { return venue_prepositions_.count(word) > 0; }
  // Whether `word` is any of the three above (a topic word, an of- or a
  // venue preposition): one look-up turns away a word that is none, where
  // a scan for a place after an event word would ask all three.
  bool IsPlaceOrTopicWord(const Word& word) const { return place_or_topic_.count(word) > 0; }
  // "travels to New York for United Nations meetings": before an
  // organisation, says a trip was made to its gathering.
  bool IsPurpose(const WordText& lower) const { return purposes_.count(lower) > 0; }
  bool IsPurpose(const Word& word) const { return purposes_.count(word) > 0; }
  // "handed a protest note to the Chilean ambassador": before an envoy,
  // the protest was handed to him.
  bool IsRecipient(const Word& word) const { return recipients_.count(word) > 0; }
  // "a memorandum on a rail link to Tacna": a place after it is where the
  // deal's object leads, not where the deal was made.
  bool IsRoute(const Word& word) const { return routes_.count(word) > 0; }
  // "met to open a border dam": a verb of opening a place.
  bool IsSiteVerb(const Word& word) const { return site_verbs_.count(word) > 0; }
  // "hearing", "trial": a release "after a court hearing in Arica" was
  // ordered there (scope22).
  bool IsHearing(const Word& word) const { return hearings_.count(word) > 0; }
  // "invaded Chile and took the capital": a verb of taking a town.
  bool IsCapture(const Word& word) const { return captures_.count(word) > 0; }
  // "in the Santiago suburb of Maipu": a part of a town, before "of".
  bool IsPartOf(const Word& word) const { return parts_of_.count(word) > 0; }
  // "put their signatures to the text": a word that retells a signing.
  bool IsSigning(const Word& word) const { return signings_.count(word) > 0; }
  // "signed", "concluded": a word of the making of a treaty; a treaty
  // named for a town was made there only in a clause of its making
  // (accords26).
  bool IsMaking(const Word& word) const { return makings_.count(word) > 0; }
  // "accept", "breach", "withdrew": another act on a treaty already made.
  bool IsTreatyAct(const Word& word) const { return treaty_acts_.count(word) > 0; }
  // "city", "town": after "this" ("in this southern city"), the town the
  // story is filed from, as "here" (accords26).
  bool IsHereNoun(const Word& word) const { return here_nouns_.count(word) > 0; }
  // "there": the place the sentence named before (meetings27).
  bool IsThere(const Word& word) const { return theres_.count(word) > 0; }
  // "host", "hosted": in "which Chile was to host", the gathering's place.
  bool IsHostVerb(const Word& word) const { return host_verbs_.count(word) > 0; }

  // A place named by its kind in words [at, last), `at` being the word
  // right after a preposition: "the Sumbar valley", "the Gulf of Aden",
  // "the coast of Oregon", "Idlib province". With `loose`, a capitalised
  // name alone counts too ("the West Bank", "Kherson"): the caller makes
  // sure it names no country, person or time. Sets `end` (one past the
  // place) and `name`, the words as written without a leading "the".
  bool NamedPlaceAt(std::string_view text, const std::vector<Word>& words, size_t at, size_t last,
                    bool loose, size_t* name_begin, size_t* end, std::string* name) const;

  // Whether words [begin, end) hold a word of a meeting at a distance
  // ("by phone", "video link", "letter").
  bool RemoteIn(const std::vector<Word>& words, size_t begin, size_t end) const;
  // Whether an envoy word ("ambassador", "charge d'affaires") starts at i.
  bool EnvoyAt(const std::vector<Word>& words, size_t i, size_t end) const;
  // Whether a kind of place starts at i ("dam", "air base").
  bool FeatureAt(const std::vector<Word>& words, size_t i, size_t end) const;
  // Whether a kind of place named before "of" starts at i ("village",
  // "town"); sets `of_at` to the "of" after it.
  bool FeatureOfAt(const std::vector<Word>& words, size_t i, size_t end, size_t* of_at) const;
  // Whether a seat of a government starts at i ("presidential palace",
  // "parliament"); sets `seat_end` one past it.
  bool SeatAt(const std::vector<Word>& words, size_t i, size_t end, size_t* seat_end) const;

  // Where a body that sits in one city does ("International Court of
  // Justice" -> The Hague), when its name starts at i. `court` asks only
  // for the bodies whose rulings are given there (not "the United
  // Nations"). Sets `seat_end` one past the name.
  struct BodySeat {
    std::string country, city;
    bool court = false;
  };
  const BodySeat* BodySeatAt(const std::vector<Word>& words, size_t i, size_t end, bool court,
                             size_t* seat_end) const;

 private:
  WordSet prepositions_, passives_, speaker_places_, topic_words_, of_prepositions_,
      venue_prepositions_, purposes_, recipients_, routes_, site_verbs_, hearings_, captures_,
      signings_, makings_, treaty_acts_, here_nouns_, parts_of_, theres_, host_verbs_;
  WordSet place_or_topic_;     // topic_words_, of_prepositions_ and venue_prepositions_ together
  PhraseMatcher features_;     // "valley", "air base"
  PhraseMatcher features_of_;  // "coast", "gulf" (before "of")
  PhraseMatcher remote_;
  PhraseMatcher envoys_;
  PhraseMatcher seats_;                          // "presidential palace", "national assembly"
  std::map<std::string, std::string> capitals_;  // country code -> city
  PhraseMatcher body_names_;                     // "International Court of Justice"
  std::vector<BodySeat> body_seats_;             // by the value of body_names_
};

}  // namespace annals
