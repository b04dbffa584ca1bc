// One event mention as one sentence of one article reports it: what the
// event rules give the merge step.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <date/date.h>

#include "annals/entry.h"
#include "sentences.h"

namespace annals {

// One event as one sentence reports it.
//
// A build keeps mentions in a MentionStore (mention_store.h) until the merge;
// a field added here must be added there too, or it comes back empty.
// tests/mention_store_test.cc lists every field by a structured binding, so
// it stops compiling until the new field is listed and shown to round-trip.
struct Mention {
  // The type, family and status are compared with literals all through the
  // rules: a WordString (sentences.h) tells a literal of another length by
  // its size, without the compare call and memcmp of a std::string.
  WordString type;    // event type (data/en/event_types.tsv)
  WordString family;  // mentions of one family may be the same event
  std::string noun;   // what a headline calls the type ("state visit")
  std::string cameo;
  std::string date;        // TIMEX3 value of the governing time expression
  std::string qualifier;   // early | mid | late | about | before | after | ""
  date::sys_days first{};  // the days the date (with its qualifier) covers
  date::sys_days last{};
  WordString status;                                  // held | planned | cancelled
  std::set<std::string> actors;                       // alpha-3 / organisation codes
  std::vector<std::string> people;                    // in order of mention
  std::map<std::string, std::string> person_country;  // name -> alpha-3, where known
  std::string principal;                              // the visitor, the one who acted
  // The side that did a one-sided act (a measure, a protest, an incident),
  // as the subject of its verb names it ("Lima expelled", "the Chilean
  // embassy called the move unacceptable"); empty when the text leaves it open.
  std::string doer;
  std::string place;  // city, or country for a visit with no city
  std::string place_country;
  std::string destination;  // where a visit went (a country or city name)
  std::string
      phrase;  // the event's noun phrase as written ("first China-U.S. ministerial dialogue")
  std::string topic;              // "on fighting cyber crimes"
  bool both_sides = false;        // "the two sides": the article's pair
  bool heads_of_state = false;    // "the two presidents"
  bool visitor_unplaced = false;  // a visitor whose country the text does not give
  bool present = false;           // dated by the publication day: reported in the present tense
  // A visit, meeting or clash dated over the days the text tells ("a
  // three-day visit", "three days of fighting that began on Wednesday").
  bool stay = false;
  // A visit with no destination in its sentence ("made the trip in June"):
  // it went to the other of the article's two countries.
  bool undirected_visit = false;
  // Dated by the sentence before it ("It also said it was closing its
  // consulate" after a recall on Monday): it tells an act of its own, so
  // it joins no mention of another type on that day (plans21).
  bool carried = false;
  // "The two leaders met ...", "they spoke": the two countries the sentence
  // before named, when it named exactly two; else empty (the article's two).
  std::set<std::string> antecedent;
  Source source;
  size_t sequence = 0;  // order of mention over the whole build
};

}  // namespace annals
