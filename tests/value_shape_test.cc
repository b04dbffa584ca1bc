#include "value_shape.h"

#include <catch2/catch.hpp>

using annals::DayPrecision;
using annals::Digits;
using annals::MonthPrecision;
using annals::YearPrecision;

TEST_CASE("a value's shape tells a year, a month or a day", "[value_shape]") {
  CHECK(YearPrecision("2019"));
  CHECK_FALSE(YearPrecision("201"));  // a decade
  CHECK_FALSE(YearPrecision("2019-04"));
  CHECK(MonthPrecision("2019-04"));
  CHECK_FALSE(MonthPrecision("2019-W14"));
  CHECK_FALSE(MonthPrecision("2019-Q2"));
  CHECK(DayPrecision("2019-04-17"));
  CHECK(DayPrecision("2019-04-17TEV"));  // a time of one day
  CHECK(DayPrecision("2019-04-17T15:00"));
  CHECK_FALSE(DayPrecision("2019-04"));
  CHECK_FALSE(DayPrecision("2019-04-17/2019-04-19"));
  CHECK_FALSE(DayPrecision("XXXX-04-17"));
  CHECK_FALSE(YearPrecision("PAST_REF"));
}

TEST_CASE("Digits reads only the span asked and never past the end", "[value_shape]") {
  CHECK(Digits("P14D", 1, 3));
  CHECK_FALSE(Digits("P14D", 0, 3));
  CHECK_FALSE(Digits("12", 0, 3));
  CHECK(Digits("", 0, 0));
}
