#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "sentences.h"
#include "tokenize_test_util.h"

namespace annals {

TEST_CASE("a word set finds what was put in and nothing else", "[word_set]") {
  WordSet set{"the", "of", "in"};
  CHECK(set.size() == 3);
  CHECK(set.count("the") == 1);
  CHECK(set.count("in") == 1);
  CHECK(set.count("on") == 0);
  CHECK(set.count("") == 0);
  CHECK(set.count("th") == 0);
  CHECK(set.count("thee") == 0);
  CHECK(set.contains(std::string("of")));
  CHECK(set.find("of") != set.end());
  CHECK(*set.find("of") == "of");
  CHECK(set.find("at") == set.end());
}

TEST_CASE("a word set keeps one copy of a word added twice", "[word_set]") {
  WordSet set;
  CHECK(set.empty());
  CHECK(set.count("visit") == 0);
  CHECK(set.insert("visit").second);
  CHECK_FALSE(set.insert(std::string("visit")).second);
  CHECK(set.size() == 1);
  set.clear();
  CHECK(set.empty());
  CHECK(set.count("visit") == 0);
}

TEST_CASE("a word set still finds every word after growing", "[word_set]") {
  WordSet set;
  for (int i = 0; i < 2000; i += 2) set.insert("w" + std::to_string(i));
  CHECK(set.size() == 1000);
  for (int i = 0; i < 2000; ++i) {
    INFO(i);
    CHECK(set.count("w" + std::to_string(i)) == (i % 2 == 0 ? 1u : 0u));
  }
}

TEST_CASE("a word set asked with a tokenized word answers as with its text", "[word_set]") {
  // Short and long words (the tokenizer hashes words of up to fifteen
  // ASCII bytes on a fast path, others on a general one), abbreviations,
  // possessives, punctuation, digits and non-ASCII letters.
  WordSet set{"met",    "u.s.",  "us", "'s", ",", "2015", "ministerial", "counterterrorism",
              "zürich", "\u2014"};
  std::vector<Word> words = TokenizeKept(
      "Xi's U.S. counterpart met him, on Dec. 2, 2015, in Zürich \u2014 a ministerial "
      "Counterterrorism dialogue, MET again");
  REQUIRE(words.size() > 10);
  size_t found = 0;
  for (const Word& w : words) {
    INFO(std::string(w.lower));
    CHECK(set.count(w) == set.count(w.lower));
    CHECK(set.contains(w) == set.contains(std::string_view(w.lower)));
    found += set.count(w);
  }
  // "'s", "us", both "met", the commas, "2015", "zürich", the dash,
  // "ministerial" and "counterterrorism" are in the set.
  CHECK(found >= 10);
}

}  // namespace annals
