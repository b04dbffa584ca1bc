// stay_during.cc: the "during" after an act's noun and the plain words
// that lead on to the stay. Every sentence is written for the test.
#include "stay_during.h"
#include "tokenize_test_util.h"

#include <string>

#include <catch2/catch.hpp>

namespace {

// The word DuringAfter finds after the `noun`th word of `text` (one
// sentence), or "" when it finds none.
std::string During(const std::string& text, size_t noun) {
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  annals::SentenceSpan s;
  s.last_word = words.size();
  size_t during = annals::DuringAfter(words, s, noun + 1);
  return during < s.last_word ? std::string(words[during].lower) : "";
}

}  // namespace

TEST_CASE("the during a few plain words after a noun is found", "[stay_during]") {
  CHECK(During("The pact was signed during the visit", 1) == "during");
  CHECK(During("The pact between Peru and Chile was signed during the visit", 1) == "during");
}

TEST_CASE("a during past punctuation or too far is none", "[stay_during]") {
  CHECK(During("The pact, which was signed during the visit", 1).empty());
  CHECK(During("The pact that the two sides had long wanted was at last signed during the visit", 1)
            .empty());
  CHECK(During("The pact was signed", 1).empty());
}

TEST_CASE("a run is plain with a possessive or an abbreviation but no other mark",
          "[stay_during]") {
  std::vector<annals::Word> words = annals::TokenizeKept("during the U.S. envoy's visit, then");
  size_t comma = 0;
  while (comma < words.size() && words[comma].lower != ",") ++comma;
  REQUIRE(comma < words.size());
  CHECK(annals::PlainUpTo(words, 1, comma));
  CHECK_FALSE(annals::PlainUpTo(words, 1, words.size()));
}
