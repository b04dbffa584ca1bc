#include "annals/date_value.h"

#include <catch2/catch.hpp>

using annals::DateValue;
using annals::ParseDateValue;
using annals::Precision;
using namespace date::literals;

namespace {
DateValue Parse(std::string_view value) {
  DateValue v;
  std::string err;
  INFO(value);
  REQUIRE(ParseDateValue(value, &v, &err));
  return v;
}
std::string Error(std::string_view value) {
  DateValue v;
  std::string err;
  CHECK_FALSE(ParseDateValue(value, &v, &err));
  return err;
}
}  // namespace

TEST_CASE("calendar values cover the right days", "[date_value]") {
  CHECK(Parse("2015-12-01").first == 2015_y / 12 / 1);
  CHECK(Parse("2015-09").last == 2015_y / 9 / 30);
  CHECK(Parse("2016-02").last == 2016_y / 2 / 29);
  CHECK(Parse("2015").precision == Precision::kYear);
  CHECK(Parse("2015-W49").first == 2015_y / 11 / 30);
  CHECK(Parse("2015-W49").last == 2015_y / 12 / 6);
  CHECK(Parse("2015-W53").first == 2015_y / 12 / 28);
  CHECK(Parse("2015-W49-WE").first == 2015_y / 12 / 5);
  CHECK(Parse("2016-Q3").first == 2016_y / 7 / 1);
  CHECK(Parse("2016-Q3").last == 2016_y / 9 / 30);
  CHECK(Parse("2016-H1").last == 2016_y / 6 / 30);
  CHECK(Parse("2015-WI").last == 2016_y / 2 / 29);
  CHECK(Parse("199").first == 1990_y / 1 / 1);
  CHECK(Parse("199").last == 1999_y / 12 / 31);
  CHECK(Parse("19").precision == Precision::kCentury);
  CHECK(Parse("2015-12-01T15:00").first == 2015_y / 12 / 1);
  DateValue range = Parse("2010/2015");
  CHECK(range.interval);
  CHECK(range.last == 2015_y / 12 / 31);
}

TEST_CASE("impossible dates are rejected with a reason", "[date_value]") {
  CHECK(Error("2015-02-30") == "'2015-02-30' is not a valid date: Feb 2015 has no day 30");
  CHECK(Error("2015-13") == "'2015-13' is not a valid date: there is no month 13");
  CHECK(Error("2014-W53") == "'2014-W53' is not a valid date: year 2014 has no week 53");
  CHECK(Error("2015-Q5") == "'2015-Q5' is not a valid date: no such part of the year");
  CHECK(Error("2016/2015") == "interval '2016/2015' ends before it starts");
  Error("next week");
  Error("");
}

TEST_CASE("a TIMEX3 mod gives the timeline's qualifier", "[date_value]") {
  CHECK(annals::QualifierOf("END") == "late");
  CHECK(annals::QualifierOf("START") == "early");
  CHECK(annals::QualifierOf("ON_OR_AFTER") == "after");
  CHECK(annals::QualifierOf("MORE_THAN").empty());
  CHECK(annals::QualifierOf("").empty());
}

TEST_CASE("display forms read naturally", "[date_value]") {
  CHECK(annals::DisplayDate("2015-09", "late") == "late Sep 2015");
  CHECK(annals::DisplayDate("2015-W49") == "week of 30 Nov 2015");
  CHECK(annals::DisplayDate("2015-12-01") == "1 Dec 2015");
  CHECK(annals::DisplayDate("2016-Q3") == "Q3 2016");
  CHECK(annals::DisplayDate("199") == "the 1990s");
  CHECK(annals::DisplayDate("199", "late") == "the late 1990s");
  CHECK(annals::DisplayDate("199", "about") == "about the 1990s");
  CHECK(annals::DisplayDate("2015", "about") == "about 2015");
  CHECK(annals::DisplayDate("2016-H1") == "first half of 2016");
  CHECK(annals::DisplayDate("2015-SU") == "summer 2015");
  CHECK(annals::DisplayDate("PAST_REF") == "PAST_REF");
}

TEST_CASE("a display form from an already parsed value is the same", "[date_value]") {
  // The resolver hands over the value it parsed; the form must not depend
  // on which way it was asked for, down to years of one to five digits.
  for (const char* value :
       {"2015-12-01", "0005-07-04", "0987-03-09", "2015-W49", "2015-W53-WE", "2016-Q3", "2016-H2",
        "2015-WI", "2015-09", "2015", "199", "20", "2015-09/2015-11", "1999-12-31"}) {
    for (const char* qualifier : {"", "late", "about", "before"}) {
      annals::DateValue parsed;
      std::string err;
      REQUIRE(annals::ParseDateValue(value, &parsed, &err));
      CHECK(annals::DisplayDate(value, parsed, qualifier) == annals::DisplayDate(value, qualifier));
    }
  }
  CHECK(annals::DisplayDate("0005-07-04") == "4 Jul 5");
  CHECK(annals::DisplayDate("0987-03-09") == "9 Mar 987");
  CHECK(annals::DisplayDate("2015-12-31", "before") == "before 31 Dec 2015");
}

TEST_CASE("formatting helpers write TIMEX3 values", "[date_value]") {
  CHECK(annals::FormatDay(2015_y / 12 / 1) == "2015-12-01");
  // Years before 1000 keep four digits; an overflowing day rolls over as in date::.
  CHECK(annals::FormatDay(987_y / 3 / 9) == "0987-03-09");
  CHECK(annals::FormatDay(2015_y / 2 / 30) == "2015-03-02");
  CHECK(annals::FormatMonth(2016_y / 6) == "2016-06");
  CHECK(annals::FormatIsoWeek(2015_y / 12 / 2) == "2015-W49");
  CHECK(annals::FormatIsoWeek(2016_y / 1 / 1) == "2015-W53");
}

TEST_CASE("timeline order: earlier first, wider span first on ties", "[date_value]") {
  CHECK(annals::DateValueLess(Parse("2015-09"), Parse("2015-10-01")));
  CHECK(annals::DateValueLess(Parse("2015-09"), Parse("2015-09-01")));
  CHECK_FALSE(annals::DateValueLess(Parse("2015-09-01"), Parse("2015-09")));
  CHECK(annals::Overlaps(Parse("2015"), Parse("2015-09")));
  CHECK_FALSE(annals::Overlaps(Parse("2015-08"), Parse("2015-09")));
}
