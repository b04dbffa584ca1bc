// The words that say how long an event lasted: a span of days written as
// one ("14-16 May", "from Monday to Wednesday") and the verbs that say a
// stay began or ended on a day ("a three-day visit that began on 4 May",
// "left on Tuesday"). The vocabularies are data/en/stay_words.tsv.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "annals/diagnostic.h"
#include "sentences.h"

namespace annals {

class StayWords {
 public:
  // Reads data/en/stay_words.tsv (word, kind). A bad row gives file:line:col.
  bool Load(Diagnostic* error);
  bool LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error);

  // "-" between two days: one span with nothing else needed.
  bool IsDash(const WordText& lower) const { return dashes_.count(lower) > 0; }
  bool IsDash(const Word& word) const { return dashes_.count(word) > 0; }
  // "to", "and" between two days: one span after an open word.
  bool IsJoin(const WordText& lower) const { return joins_.count(lower) > 0; }
  bool IsJoin(const Word& word) const { return joins_.count(word) > 0; }
  // "from", "between": opens a span of days.
  bool IsOpen(const WordText& lower) const { return opens_.count(lower) > 0; }
  bool IsOpen(const Word& word) const { return opens_.count(word) > 0; }
  // "began", "started": the day after it is when a stay began.
  bool IsStart(const WordText& lower) const { return starts_.count(lower) > 0; }
  bool IsStart(const Word& word) const { return starts_.count(word) > 0; }
  // "left", "wrapped": the day after it is when a stay ended.
  bool IsEnd(const WordText& lower) const { return ends_.count(lower) > 0; }
  bool IsEnd(const Word& word) const { return ends_.count(word) > 0; }
  // "arrived", "landed": the day after it is when a trip told after the
  // day began ("arrived on Monday on her first foreign trip").
  bool IsArrive(const WordText& lower) const { return arrives_.count(lower) > 0; }
  bool IsArrive(const Word& word) const {
    return ((arrive_bits_ >> (word.hash % 64)) & 1) != 0 && arrives_.count(word) > 0;
  }
  // "until", "till": the day after it is the last of a stay told with its
  // first ("arrived on Sunday for a visit until Thursday", scope22).
  bool IsUntil(const Word& word) const { return untils_.count(word) > 0; }
  // "came", "comes": a trip to where the article is written, told with
  // no place ("he last came in February").
  // (A bit per word hash first: it is asked of every word of a dated
  // sentence, and most are no such word; perf32.)
  bool IsCome(const Word& word) const {
    return ((come_bits_ >> (word.hash % 64)) & 1) != 0 && comes_.count(word) > 0;
  }

 private:
  WordSet dashes_, joins_, opens_, starts_, ends_, arrives_, untils_, comes_;
  // Bit WordHash % 64 of each arrive and come word.
  uint64_t arrive_bits_ = 0, come_bits_ = 0;
};

}  // namespace annals
