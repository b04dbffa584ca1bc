// The resolver's unresolved values and the one step that anchors them. Rules
// build a Spec from the words alone (no rule reads the publication date);
// Anchor() applies the reference date and the past/future policy.
#pragma once

#include <string>

#include <date/date.h>

#include "annals/resolve.h"
#include "resolve_lexicon.h"

namespace annals {

constexpr int kUnset = -100000;

// The unit a calendar value is written at.
enum class Grain {
  kNone,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
};

// How an underspecified value ("Tuesday", "June", "the spring") picks its
// occurrence. kTense reads the clause: news leans to the past unless a modal
// or plan word says otherwise.
enum class Lean {
  kTense,
  kPast,     // the latest one on or before the reference
  kFuture,   // the first one on or after the reference
  kNearest,  // whichever is closest (dates with a day: "Dec. 18")
  kLast,     // strictly before: "last Friday", "last June"
  kNext,     // "next Friday" is in next week; "next June" strictly after
  kThis,     // the one in the current week / year
  kComing,   // strictly after: "this coming Monday"
};

struct Spec {
  TimexType type = TimexType::kDate;
  std::string literal;  // a value needing no calendar work: P3D, PAST_REF, XXXX-07
  Grain grain = Grain::kNone;
  // Calendar fields the words gave; kUnset / 0 when they did not.
  int year = kUnset;
  int month = 0;
  int day = 0;
  int weekday = 0;  // ISO 1-7
  int quarter = 0;
  int half = 0;
  std::string season;          // SP, SU, FA, WI
  int holiday = -1;            // index into Lexicon::holidays
  int decade = kUnset;         // 199 for the 1990s
  int century = kUnset;        // 20 for the 21st century
  bool year_relative = false;  // "June next year": the reference year + year_offset
  int year_offset = 0;
  // "two weeks ago", "next month": the reference moved by `offset` units.
  bool shift = false;
  int offset = 0;
  // "ended the year": the period just ended, the one before the reference's
  // unless the reference is in the current one's last three days.
  bool ended = false;
  Grain unit = Grain::kNone;
  bool narrative = false;  // reference is the last date the text talked about
  Lean lean = Lean::kTense;
  std::string time;  // "T15:00", "TNI": makes a TIME
  std::string mod;
  // "the day before last Tuesday": days added once the day is found.
  int day_offset = 0;
  // "the Sunday after Thanksgiving" (7), "the Friday before Christmas" (-5):
  // the first such ISO weekday after (before) the day found.
  int weekday_after = 0;
  // "the first Monday of April" (1, -1 for "the last"), with the ISO
  // weekday: that weekday of the month found. With no weekday, "the first
  // (last) day of" the month or year found.
  int nth = 0;
  int nth_weekday = 0;
  // "the second week of April": the week of the n-th Monday (nth_weekday 1).
  bool nth_week = false;
  // "two days after the coup": the value to write instead (a duration)
  // when the story has no date to count from.
  std::string fallback;
  // A month just after the reference month stays the coming one even in a
  // clause told in the past: a deadline ("until mid-November"), a purpose
  // ("for November"), or a past verb too far off to govern it ("told oil
  // companies of a cutback in September").
  bool keep_ahead = false;
  // A day and month that the past verb right before governs ("the ban took
  // effect on Jan. 1", "was signed Jan. 5") is the one gone, even when the
  // same day in the coming weeks is closer (a December story).
  bool keep_past = false;
  // "Monday 4 May": the weekday written with a day and month (ISO 1-7). A
  // year not written ("Monday 4 May" in a story of 1998) is one whose
  // 4 May is that weekday, the nearest such to the one picked.
  int date_weekday = 0;
  // The year was not written but taken from the story ("In 1998 ... on
  // June 3"); the weekday may still move it.
  bool story_year = false;
};

// The date the text last talked about, for narrative time ("the next day").
struct NarrativeAnchor {
  date::year_month_day day;
  Grain grain = Grain::kDay;
};

struct Anchored {
  std::string value;
  std::string direction;  // "past", "future" or ""
  bool calendar = false;  // value names days on the calendar
  date::year_month_day first{};
  Grain grain = Grain::kNone;
};

// Turns `spec` into a TIMEX3 value against `dct` (or `narrative` for
// narrative specs); `future` is the tense of the clause (+1 future, -1 past,
// 0 unknown), used when spec.lean is kTense.
Anchored Anchor(const Spec& spec, const Lexicon& lexicon, date::year_month_day dct,
                const NarrativeAnchor& narrative, int tense);

// TIMEX3 form of the period of `grain` holding `day`.
std::string FormatAt(date::year_month_day day, Grain grain);

// `day` moved by `count` units (month arithmetic clamps to the month's end).
date::year_month_day ShiftBy(date::year_month_day day, int count, Grain unit);

}  // namespace annals
