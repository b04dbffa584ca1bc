// travel_words.cc: a trip told by the way there ("heads to Nairobi").
// Every sentence is written for the test.
#include "travel_words.h"
#include "tokenize_test_util.h"

#include <string>

#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {

// The name of the place GonePlace finds ending `words_after` words
// from the end of `text` (one sentence), or "" when it finds none.
std::string Gone(const std::string& text, size_t words_after) {
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  std::vector<annals::ActorMention> actors = annals::testing::BundledActors().Find(
      text, words, 0, words.size(), date::sys_days(2024_y / 3 / 20), nullptr);
  annals::SentenceSpan s;
  s.first_word = 0;
  s.last_word = words.size();
  const annals::ActorMention* place =
      annals::GonePlace(words, s, actors, words.size() - words_after);
  return place ? place->name : "";
}

}  // namespace

TEST_CASE("the go words come from the stay words data", "[travel_words]") {
  std::vector<annals::Word> words = annals::TokenizeKept("heads leaves expected met");
  CHECK(annals::IsGoWord(words[0]));
  CHECK(annals::IsGoWord(words[1]));
  CHECK(annals::IsGoWord(words[2]));
  CHECK_FALSE(annals::IsGoWord(words[3]));
}

TEST_CASE("a place right after a go word and its preposition is where the trip goes",
          "[travel_words]") {
  CHECK(Gone("The Norwegian minister heads to Nairobi on Monday", 2) == "Nairobi");
  CHECK(Gone("The Peruvian president leaves for Santiago", 0) == "Santiago");
  CHECK(Gone("The Ghanaian envoy is expected in Lome", 0) == "Lome");
}

TEST_CASE("a place with no go word before its preposition is no trip", "[travel_words]") {
  CHECK(Gone("The Norwegian minister met officials in Nairobi", 0).empty());
  CHECK(Gone("The Peruvian president spoke of Santiago", 0).empty());
}

TEST_CASE("the prepositions and auxiliaries of a trip are one shared list", "[travel_words]") {
  std::vector<annals::Word> words = annals::TokenizeKept("to for in at of was is were will met");
  for (size_t i = 0; i < 4; ++i) CHECK(annals::IsGoPreposition(words[i]));
  CHECK_FALSE(annals::IsGoPreposition(words[4]));
  for (size_t i = 5; i < 9; ++i) CHECK(annals::IsTravelAuxiliary(words[i]));
  CHECK_FALSE(annals::IsTravelAuxiliary(words[9]));
  CHECK_FALSE(annals::IsTravelAuxiliary(words[0]));
}
