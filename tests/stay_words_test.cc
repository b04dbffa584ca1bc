// stay_words.cc: the words of spans of days and of stays begun or ended.
#include "stay_words.h"

#include <catch2/catch.hpp>

TEST_CASE("the bundled stay words load and sort by kind", "[stay_words]") {
  annals::StayWords words;
  annals::Diagnostic error;
  REQUIRE(words.Load(&error));
  CHECK(words.IsDash("-"));
  CHECK(words.IsJoin("to"));
  CHECK_FALSE(words.IsJoin("-"));
  CHECK(words.IsOpen("between"));
  CHECK(words.IsStart("began"));
  CHECK(words.IsEnd("left"));
  CHECK_FALSE(words.IsEnd("began"));
  CHECK(words.IsArrive("landed"));
  CHECK_FALSE(words.IsArrive("left"));
}

TEST_CASE("a stay word of no known kind names its file, line and column", "[stay_words]") {
  annals::StayWords words;
  annals::Diagnostic error;
  REQUIRE_FALSE(words.LoadFrom("stay.tsv", "from\topen\nuntil\tfinish\n", &error));
  CHECK(error.ToString() ==
        "stay.tsv:2:7: error: expected dash, join, open, start, end, arrive, until, come or go, "
        "found "
        "'finish'");
}
