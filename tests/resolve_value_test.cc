#include "resolve_value.h"

#include <catch2/catch.hpp>

using namespace date::literals;

namespace {

const annals::Lexicon& TheLexicon() {
  static annals::Lexicon lexicon = [] {
    annals::Lexicon l;
    annals::Diagnostic error;
    REQUIRE(l.Load(&error));
    return l;
  }();
  return lexicon;
}

std::string Value(const annals::Spec& spec, date::year_month_day dct, int tense = 0) {
  annals::NarrativeAnchor anchor{dct, annals::Grain::kDay};
  return annals::Anchor(spec, TheLexicon(), dct, anchor, tense).value;
}

}  // namespace

TEST_CASE("periods format as TIMEX3 writes them", "[resolve]") {
  using annals::Grain;
  auto d = 2016_y / 1 / 2;  // a Saturday in ISO week 53 of 2015
  CHECK(annals::FormatAt(d, Grain::kDay) == "2016-01-02");
  CHECK(annals::FormatAt(d, Grain::kWeek) == "2015-W53");
  CHECK(annals::FormatAt(d, Grain::kWeekend) == "2015-W53-WE");
  CHECK(annals::FormatAt(d, Grain::kSeason) == "2015-WI");
  CHECK(annals::FormatAt(d, Grain::kQuarter) == "2016-Q1");
  CHECK(annals::FormatAt(d, Grain::kHalf) == "2016-H1");
  CHECK(annals::FormatAt(d, Grain::kDecade) == "201");
  CHECK(annals::FormatAt(d, Grain::kCentury) == "20");
  // Early years are zero-padded to the field's width.
  CHECK(annals::FormatAt(5_y / 7 / 4, Grain::kDay) == "0005-07-04");
  CHECK(annals::FormatAt(5_y / 7 / 4, Grain::kDecade) == "000");
  CHECK(annals::FormatAt(95_y / 7 / 4, Grain::kCentury) == "00");
  CHECK(annals::FormatAt(5_y / 7 / 4, Grain::kMonth) == "0005-07");
  CHECK(annals::FormatAt(5_y / 7 / 4, Grain::kYear) == "0005");
  CHECK(annals::FormatAt(2015_y / 12 / 31, Grain::kNone) == "2015-12-31");
  // Outside 0..9999 the sign counts in the width, as printf writes it.
  CHECK(annals::FormatAt(date::year{-5} / 1 / 2, Grain::kDay) == "-005-01-02");
  CHECK(annals::FormatAt(date::year{12345} / 1 / 2, Grain::kMonth) == "12345-01");
}

TEST_CASE("month arithmetic clamps to the end of the month", "[resolve]") {
  CHECK(annals::ShiftBy(2016_y / 1 / 31, 1, annals::Grain::kMonth) == 2016_y / 2 / 29);
  CHECK(annals::ShiftBy(2016_y / 2 / 29, 1, annals::Grain::kYear) == 2017_y / 2 / 28);
  CHECK(annals::ShiftBy(2015_y / 12 / 2, -2, annals::Grain::kWeek) == 2015_y / 11 / 18);
}

TEST_CASE("a bare weekday follows the tense of its clause", "[resolve]") {
  annals::Spec tuesday;
  tuesday.weekday = 2;
  auto wednesday = 2015_y / 12 / 2;
  CHECK(Value(tuesday, wednesday, -1) == "2015-12-01");
  CHECK(Value(tuesday, wednesday, 0) == "2015-12-01");  // news leans to the past
  CHECK(Value(tuesday, wednesday, 1) == "2015-12-08");
  tuesday.lean = annals::Lean::kNext;
  CHECK(Value(tuesday, wednesday) == "2015-12-08");
  tuesday.lean = annals::Lean::kLast;
  CHECK(Value(tuesday, 2015_y / 12 / 1) == "2015-11-24");
}

TEST_CASE("a month without a year is the nearest in the clause's direction", "[resolve]") {
  annals::Spec june;
  june.month = 6;
  CHECK(Value(june, 2015_y / 12 / 2, -1) == "2015-06");
  CHECK(Value(june, 2015_y / 12 / 2, 1) == "2016-06");
  june.lean = annals::Lean::kLast;
  CHECK(Value(june, 2015_y / 6 / 10) == "2014-06");
}

TEST_CASE("holidays are computed for the chosen year", "[resolve]") {
  const annals::Lexicon& lexicon = TheLexicon();
  auto find = [&](const std::string& name) {
    for (size_t i = 0; i < lexicon.holidays.size(); ++i) {
      std::string joined;
      for (const auto& w : lexicon.holidays[i].words) joined += (joined.empty() ? "" : " ") + w;
      if (joined == name) return static_cast<int>(i);
    }
    return -1;
  };
  annals::Spec easter;
  easter.holiday = find("easter");
  REQUIRE(easter.holiday >= 0);
  easter.year = 2016;
  CHECK(Value(easter, 2015_y / 12 / 2) == "2016-03-27");
  annals::Spec thanksgiving;
  thanksgiving.holiday = find("thanksgiving");
  thanksgiving.year = 2015;
  CHECK(Value(thanksgiving, 2015_y / 12 / 2) == "2015-11-26");
  // Days after an Nth weekday, in even years only: US Election Day.
  annals::Spec election;
  election.holiday = find("election day");
  REQUIRE(election.holiday >= 0);
  CHECK(Value(election, 2016_y / 12 / 1, -1) == "2016-11-08");
  CHECK(Value(election, 2017_y / 3 / 1, -1) == "2016-11-08");
  CHECK(Value(election, 2017_y / 3 / 1, 1) == "2018-11-06");
  CHECK(Value(election, 2016_y / 3 / 1, 1) == "2016-11-08");
  election.year = 2020;
  CHECK(Value(election, 2015_y / 12 / 2) == "2020-11-03");
  annals::Spec black_friday;
  black_friday.holiday = find("black friday");
  black_friday.year = 2015;
  CHECK(Value(black_friday, 2015_y / 12 / 2) == "2015-11-27");
}
