// Durations ("three days", "the past 18 months") and sets ("every year",
// "weekly").
#include "resolve_parser.h"

namespace annals::resolve_internal {

bool Parser::RoundTheClock(size_t i, size_t* per) const {
  // Most tokens are no count: one look before reading one.
  if (i >= t_.size() || !(Num(i) || I(i).number >= 0)) return false;
  int n = 0;
  bool vague = false;
  size_t j = 0, k = 0, end = 0;
  Unit unit, period;
  if (!Count(i, false, &n, &vague, &j) || vague || !UnitAt(j, &unit, &k)) return false;
  if (!(Is(k, "a") || Is(k, "an") || Is(k, "per")) || !UnitAt(k + 1, &period, &end)) return false;
  // How many of a unit make up one period: calendar facts, in whole units
  // (a year counted in days may be 365 or 366).
  struct Cycle {
    std::string_view unit;
    bool time;
    std::string_view period;
    int lo, hi;
  };
  static constexpr Cycle kCycles[] = {
      {"M", true, "H", 60, 60},    {"H", true, "D", 24, 24},  {"D", false, "W", 7, 7},
      {"D", false, "Y", 365, 366}, {"W", false, "Y", 52, 52}, {"M", false, "Y", 12, 12},
  };
  int count = n * unit.count;
  for (const Cycle& c : kCycles) {
    if (unit.code == c.unit && unit.time == c.time && period.code == c.period &&
        period.count == 1 && count >= c.lo && count <= c.hi) {
      if (per != nullptr) *per = k;
      return true;
    }
  }
  return false;
}

bool Parser::ClosesRoundTheClock(size_t per) const {
  if (I(per + 1).unit == nullptr) return false;
  for (size_t back = 2; back <= 3 && back <= per; ++back) {
    if (size_t at = 0; RoundTheClock(per - back, &at) && at == per) return true;
  }
  return false;
}

void Parser::Durations(size_t i, Take& take) const {
  // "Islam will one day be the second faith", "hopes to one day fly": "one
  // day" between a modal, "to" or a subject and a verb is "some day", a
  // time ahead, not a length.
  if (Is(i, "one") && Is(i + 1, "day") && i > 0 && i + 2 < t_.size() && t_[i + 2].alpha &&
      !t_[i + 2].capitalized && I(i + 2).unit == nullptr && !PastVerb(i + 2)) {
    bool before = I(i - 1).some_day_before;
    bool after = I(i + 2).some_day_after;
    if (before && !after) {
      Spec s;
      s.literal = "FUTURE_REF";
      take(i, i + 2, s, "some_day");
      return;
    }
  }
  // "did not name a day", "set a day for the vote": a day chosen, no length
  // (day_naming_verbs.tsv).
  if (Is(i, "a") && Is(i + 1, "day") && i > 0 && lx_.day_naming_verbs.contains(W(i - 1))) return;
  // [the] [past|last|next|coming|first|latest] <count> <unit> [ago|later|earlier]
  size_t p = i;
  bool the = Is(p, "the");
  if (the) ++p;
  std::string_view rel = W(p);
  bool has_rel = rel == "past" || rel == "last" || rel == "next" || rel == "coming";
  if (the) {
    has_rel = has_rel || rel == "first" || rel == "latest" || rel == "previous" ||
              rel == "following" || rel == "final" || rel == "initial";
  }
  // "expected to last three days", "will last two weeks", "could not last
  // a year": the verb "last", which leaves the length alone.
  if (!the && rel == "last" && i > 0 &&
      (Is(i - 1, "to") || Is(i - 1, "not") ||
       (I(i - 1).has_tense &&
        (I(i - 1).tense == tense_word::kFuture || I(i - 1).tense == tense_word::kModal)))) {
    has_rel = false;
  }
  if (has_rel) ++p;
  int n = 0;
  bool vague = false;
  size_t j = 0, k = 0;
  Unit unit;
  if (Count(p, !the && !has_rel, &n, &vague, &j)) {
    // "two to three weeks", "the next 12 to 18 months", "12-18 months": a
    // range of counts, read as at least the lower one.
    bool count_range = false;
    if (!vague && (Is(j, "to") || Is(j, "or") || (Is(j, "-") && Glued(j) && Num(p)))) {
      int upper = 0;
      bool upper_vague = false;
      size_t after = 0;
      if (Count(j + 1, false, &upper, &upper_vague, &after) && !upper_vague && upper > n &&
          UnitAt(after, &unit, &k) && !unit.time) {
        j = after;
        count_range = true;
      }
    }
    bool hyphen = Is(j, "-") && Glued(j);
    // "2 1/2 years": a half more of the unit.
    bool half = false, and_half = false;
    if (!hyphen && !vague && Num(p) && Is(j, "1") && Is(j + 1, "/") && Glued(j + 1) &&
        Is(j + 2, "2") && Glued(j + 2)) {
      half = true;
      j += 3;
    }
    // "two and a half hours"
    if (!hyphen && !vague && !half && Is(j, "and") && Is(j + 1, "a") && Is(j + 2, "half") &&
        I(j + 3).unit != nullptr) {
      half = and_half = true;
      j += 3;
    }
    // "20 more years", "an additional year"
    if (!hyphen && (Is(j, "more") || Is(j, "additional") || Is(j, "further"))) ++j;
    // "three straight quarters", "five consecutive years" (run_words.tsv).
    if (!hyphen && !vague && j < t_.size() && lx_.run_words.contains(W(j)) &&
        I(j + 1).unit != nullptr) {
      ++j;
    }
    // "eight trading days", "ten business days": days counted on a calendar
    // of work.
    if (!hyphen && (Is(j, "trading") || Is(j, "business") || Is(j, "working")) &&
        (Is(j + 1, "day") || Is(j + 1, "days"))) {
      ++j;
    }
    size_t u = hyphen ? j + 1 : j;
    // "60 Minutes" is a programme.
    if (UnitAt(u, &unit, &k) && unit.code != "WE" && (!t_[u].capitalized || SentenceStart(u))) {
      bool plural = W(u).back() == 's';
      // The article as the count ("a year"), not in "a couple of years".
      bool article = (W(p) == "a" || W(p) == "an") && j == p + 1;
      if (plural && article && !vague) return;
      // "a quarter of exports", "a second time", "half of": not durations.
      // "a week of meetings", "a year of frozen ties", "an hour of talks":
      // a length of an activity (a plain lower-case noun phrase after "of").
      bool of_activity = article && Is(k, "of") && !plural &&
                         (unit.code == "W" || unit.code == "Y" || unit.code == "DE" ||
                          (unit.code == "M" && !unit.time) || (unit.time && unit.code == "H")) &&
                         k + 1 < t_.size() && t_[k + 1].alpha && !t_[k + 1].capitalized &&
                         !Is(k + 1, "the") && !Is(k + 1, "a") && !Is(k + 1, "an") &&
                         I(k + 1).unit == nullptr && I(k + 1).number < 0;
      if (article && ((Is(k, "of") && !of_activity) || unit.code == "S")) return;
      // "70 miles an hour" is a speed.
      if (article && unit.time && i > 0 && I(i - 1).rate_word == 2) return;
      // "the 1988 quarter" is a quarter of 1988 (year_period).
      if (unit.code == "Q" && n >= 1000) return;
      // "the three months to June", "the six months through June 2014": a
      // quarter or half named by its last month (wire and British style);
      // "the 12 months to December", the window of an annual rate, stays a
      // length, the month with it.
      int last_month = 0, to_year = 0, to_day = 0;
      size_t to_end = 0;
      if (the && !has_rel && !vague && !hyphen && !half && !unit.time && unit.code == "M" &&
          (Is(k, "to") || Is(k, "through")) && Month(k + 1, &last_month, &to_end)) {
        Grain g = n == 3 && last_month % 3 == 0   ? Grain::kQuarter
                  : n == 6 && last_month % 6 == 0 ? Grain::kHalf
                                                  : Grain::kNone;
        if (DayNumber(to_end, &to_day, &to_end) && Is(to_end, ",")) ++to_end;
        if (Year(to_end, &to_year, &to_end) && g == Grain::kNone) to_year = 0;
        Spec d;
        d.month = last_month;
        d.grain = g;
        if (to_year != 0) d.year = to_year;
        if (g == Grain::kNone) {
          d = Spec();
          d.type = TimexType::kDuration;
          d.literal = DurationLiteral(unit, std::to_string(n));
        }
        take(i, to_end, d, "months_to");
      }
      Spec s;
      s.type = TimexType::kDuration;
      std::string count = vague ? "X" : std::to_string(n * unit.count);
      s.literal = DurationLiteral(unit, count);
      // "a minute and a half"
      if (!vague && !plural && Is(k, "and") && (Is(k + 1, "a") || Is(k + 1, "one")) &&
          Is(k + 2, "half")) {
        half = and_half = true;
        k += 3;
      }
      if (half) {
        // The half unit in the next smaller one; units without one stay whole.
        const char* rest = unit.code == "Y"                 ? "6M"
                           : unit.code == "M" && !unit.time ? "15D"
                           : unit.code == "D"               ? "T12H"
                           : unit.code == "H"               ? "30M"
                           : unit.code == "M"               ? "30S"
                                                            : "";
        // Said in words, years count on in months, decades and centuries in
        // years: "a year and a half" is P18M, "a decade and a half" P15Y
        // ("2 1/2 years" stays P2Y6M, as TimeBank writes it).
        int whole = n * unit.count;
        if (unit.code == "Y" && and_half) {
          s.literal = "P" + std::to_string(whole * 12 + 6) + "M";
        } else if (unit.code == "DE" || unit.code == "CE") {
          int size = unit.code == "DE" ? 10 : 100;
          s.literal = "P" + std::to_string(whole * size + size / 2) + "Y";
        } else {
          if (*rest == 0) return;
          s.literal += rest;
        }
      }
      if (hyphen && (plural || has_rel)) return;
      // "a year-earlier quarter", "a year-ago period": a comparison date,
      // read where it starts ("year").
      if (!hyphen && Is(k, "-") && (Is(k + 1, "earlier") || Is(k + 1, "ago"))) return;
      // "a 6-year-old boy" is an age, not a period.
      if (hyphen && ((Is(k, "-") && Is(k + 1, "old")) || Is(k, "old"))) return;
      // "Mr. Lee, 52 years old": an age too.
      if (Is(k, "old")) return;
      // "at 1800 hours": a clock time (ClockHours), not a length.
      if (ClockHours(p)) return;
      // "from the age of six months": an age, however it is counted
      // (data/en/age_nouns.tsv).
      if (i >= 2 && Is(i - 1, "of") && lx_.age_nouns.contains(W(i - 2))) return;
      // "24 hours a day" (RoundTheClock), read at the count and at its "a".
      if ((Is(k, "a") || Is(k, "an") || Is(k, "per")) && RoundTheClock(p)) return;
      if ((Is(p, "a") || Is(p, "an")) && ClosesRoundTheClock(p)) return;
      // "a bonus equal to six months of base pay", "two weeks' wages": an
      // amount of money counted in time, not a time (the pay nouns of
      // data/en/rate_words.tsv).
      if (!hyphen && (Is(k, "of") || (Is(k, "'") && Glued(k)))) {
        // The pay noun ends the phrase ("two years of rate cuts" is a time).
        auto pay_ends = [&](size_t x) {
          return I(x).rate_word == 1 &&
                 (x + 1 >= t_.size() || !t_[x + 1].alpha || t_[x + 1].capitalized);
        };
        size_t noun = Is(k + 1, "s") ? k + 2 : k + 1;
        if (pay_ends(noun) ||
            (noun < t_.size() && t_[noun].alpha && !t_[noun].capitalized && pay_ends(noun + 1))) {
          return;
        }
      }
      if (!hyphen && n == 1 && plural && !vague && W(p) != "1" && !count_range) return;
      // "a week or so", "two years or so ago": about that long.
      bool or_so = !hyphen && Is(k, "or") && Is(k + 1, "so");
      if (or_so) k += 2;
      // "a day or two", "a year or two": a range of counts after the unit.
      if (int upper = 0;
          !hyphen && !vague && !count_range && !plural && Is(k, "or") && !Num(k + 1)) {
        bool upper_vague = false;
        size_t after = 0;
        Unit other;
        if (Count(k + 1, false, &upper, &upper_vague, &after) && !upper_vague && upper > n &&
            !UnitAt(after, &other, &j)) {
          k = after;
          count_range = true;
        }
      }
      if (count_range) s.mod = "EQUAL_OR_MORE";
      if (or_so) s.mod = "APPROX";
      const char* rule = hyphen ? "duration_adjective" : "duration";
      // "in three years' time", "a week's time": a length, the idiom inside.
      if (!hyphen && !the && !has_rel && Is(k, "'") && Glued(k) &&
          (Is(k + 1, "time") || (Is(k + 1, "s") && Glued(k + 1) && Is(k + 2, "time")))) {
        take(i, Is(k + 1, "s") ? k + 3 : k + 2, s, "duration_time");
        return;
      }
      if (vague && !the && !has_rel && Is(k, "ago")) {
        Spec d;
        d.literal = "PAST_REF";
        take(i, k + 1, d, "vague_ago");
        return;
      }
      // "two years from now", "a week from today": that long after the
      // publication date. "ten days hence" too, but not "hence the delay"
      // ("therefore").
      bool hence = Is(k, "hence") && !Is(k + 1, "the") && !Is(k + 1, "a") && !Is(k + 1, "an");
      if (!the && !has_rel && !vague && !unit.time && !hyphen &&
          ((Is(k, "from") && (Is(k + 1, "now") || Is(k + 1, "today"))) || hence)) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g == Grain::kDecade || g == Grain::kCentury ? Grain::kYear : g;
        d.offset = n * unit.count;
        take(i, hence ? k + 1 : k + 2, d, "from_now");
        return;
      }
      // "two years ago": the date that long before the publication date.
      if (!the && !has_rel && !vague && !unit.time && !hyphen &&
          (Is(k, "ago") || Is(k, "later") || Is(k, "earlier") || Is(k, "before") ||
           Is(k, "after") || Is(k, "since"))) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g;
        d.offset = (Is(k, "ago") || Is(k, "earlier") || Is(k, "before")) ? -n * unit.count
                                                                         : n * unit.count;
        // "a decade ago" names a year, not a decade.
        if (g == Grain::kDecade || g == Grain::kCentury) d.grain = Grain::kYear;
        if (count_range || or_so) d.mod = "APPROX";
        if (Is(k, "ago")) {
          take(i, k + 1, d, "ago");
          return;
        }
        // "a day earlier than planned": how much earlier, a length.
        if ((Is(k, "later") || Is(k, "earlier")) && !Is(k + 1, "than")) {
          d.narrative = true;
          take(i, k + 1, d, "later_earlier");
          return;
        }
        // "two days after the coup", "a week before it": counted from the
        // event the story just dated. The count alone is the expression
        // (the relation word is a signal); with no date in the story yet it
        // stays a duration.
        // "landed on Wednesday, two days after his offer", "held talks
        // Monday with the visiting minister, two days after ...": the date
        // earlier in the sentence is when, and the count after the comma
        // only measures the gap back to the event (counting on from that
        // date would put the event after it); a length.
        auto date_before_comma = [&] {
          if (i < 2 || !Is(i - 1, ",")) return false;
          for (size_t b = i - 1; b > 0 && i - b < 20;) {
            --b;
            std::string_view w = W(b);
            if (w == ";" || w == "!" || w == "?" || t_[b + 1].newline_before) return false;
            // A period ends the sentence unless it closes an abbreviation ("Aug.").
            if (w == "." && !(b > 0 && (I(b - 1).abbreviation || W(b - 1).size() == 1))) {
              return false;
            }
            const WordInfo& info = I(b);
            if (info.weekday > 0 || info.month > 0 || Is(b, "today") || Is(b, "yesterday") ||
                Is(b, "tomorrow")) {
              return true;
            }
          }
          return false;
        };
        if ((g == Grain::kDay || g == Grain::kWeek || g == Grain::kMonth) && !count_range &&
            !or_so && (Is(k, "after") || Is(k, "before")) && EventFollows(k + 1) &&
            !LengthBefore(i) && !date_before_comma()) {
          d.narrative = true;
          d.fallback = s.literal;
          // "a week after July 3" is July 10: counted in days from a day.
          if (g == Grain::kWeek) {
            d.unit = d.grain = Grain::kDay;
            d.offset *= 7;
          }
          take(i, k, d, "count_from_event");
          return;
        }
      }
      // "days later", "several hours later": the story's day, after it
      // (hours later is mostly still that day).
      if (vague && !the && !has_rel && !hyphen && Is(k, "later") &&
          (unit.code == "D" || unit.time)) {
        take(i, k + 1, LaterSameStory(unit), "vague_later");
        return;
      }
      // "in three months" in a clause about the future is a date; "the
      // first visit in 88 years", "its highest level in a decade" measure
      // a gap.
      if (!the && !has_rel && !vague && !unit.time && !hyphen && i > 0 && Is(i - 1, "in") &&
          !RecordBefore(i - 1) && TenseAround(i, k) > 0) {
        Grain g = GrainOfUnit(unit.code);
        Spec d;
        d.shift = true;
        d.unit = g;
        d.grain = g;
        d.offset = n * unit.count;
        if (count_range || or_so) d.mod = "APPROX";
        take(i, k, d, "in_duration");
        return;
      }
      // "the eight-year war", "the two day rally": a length describing a
      // noun; the article is the noun's, so the span starts at the count.
      bool describes_noun = hyphen || (!plural && n > 1 && k < t_.size() && t_[k].alpha);
      take(the && !has_rel && describes_noun ? p : i, k, s, rule);
      return;
    }
  }
  // "the half year to June", "a half year": six months ("half-year
  // results" describes a noun and is left, as the hyphenated lengths are).
  if (Is(i, "half") && Is(i + 1, "year") && !(i > 0 && Is(i - 1, "-"))) {
    Spec s;
    s.type = TimexType::kDuration;
    s.literal = "P6M";
    take(i, i + 2, s, "half_year");
  }
  // "half an hour"
  if (Is(i, "half") && (Is(i + 1, "an") || Is(i + 1, "a")) && UnitAt(i + 2, &unit, &k)) {
    Spec s;
    s.type = TimexType::kDuration;
    if (unit.code == "H") s.literal = "PT30M";
    if (unit.code == "Y") s.literal = "P6M";
    if (unit.code == "D") s.literal = "PT12H";
    if (unit.code == "DE") s.literal = "P5Y";
    if (unit.code == "CE") s.literal = "P50Y";
    if (!s.literal.empty()) take(i, k, s, "half_unit");
  }
  // Bare plural units: "months of talks", "for years".
  // Only after words that introduce a span of time; "years old", "minutes
  // of the meeting" are not.
  auto span_word = [&](std::string_view w) {
    return lx_.span_words.contains(w);  // data/en/span_words.tsv
  };
  // "in the weeks before the vote", "the years that followed": a period of
  // unknown length next to an event.
  auto around_event = [&]() {
    bool next = Is(k, "before") || Is(k, "after") || Is(k, "following") || Is(k, "that") ||
                Is(k, "leading") || Is(k, "since");
    return next && W(i - 1) == "the";
  };
  // "weeks or months", "days or weeks": an uncertain length, in the
  // smaller unit, wherever it stands.
  if (Unit second; I(i).unit != nullptr && Is(i + 1, "or") && UnitAt(i, &unit, &k) && !unit.time &&
                   unit.code != "WE" && W(i).back() == 's' && UnitAt(k + 1, &second, &j) &&
                   !second.time && second.code != "WE" && W(k + 1).back() == 's') {
    Spec s;
    s.type = TimexType::kDuration;
    s.literal = DurationLiteral(unit, "X");
    s.mod = "APPROX";
    take(i, j, s, "vague_duration_pair");
  }
  // "three-quarters of its food" is a fraction.
  bool fraction = i > 0 && W(i - 1) == "-" && Glued(i - 1) && Glued(i);
  // "the early hours of Thursday": annotators mark the day, and the hours
  // are no period of their own.
  bool small_hours =
      Is(i, "hours") && i > 0 && (Is(i - 1, "early") || Is(i - 1, "small") || Is(i - 1, "wee"));
  bool plural_unit = UnitAt(i, &unit, &k) && W(i).back() == 's';
  if (plural_unit && Is(k, "later") && (unit.code == "D" || unit.time) &&
      (i == 0 || !(Num(i - 1) || I(i - 1).number >= 0))) {
    take(i, k + 1, LaterSameStory(unit), "vague_later");
  }
  // "just months ago", "Years ago, the town was quiet": some time back.
  if (plural_unit && unit.code != "WE" && Is(k, "ago") && !fraction &&
      (i == 0 || !(Num(i - 1) || I(i - 1).number >= 0 || Is(i - 1, "-")))) {
    Spec d;
    d.literal = "PAST_REF";
    take(i, k + 1, d, "plural_ago");
  }
  // A count right before the unit was read (or declined: "six months of
  // pay") by the counted rules; the unit alone is no vague length then.
  bool counted_before = i > 0 && (Num(i - 1) || I(i - 1).number >= 0);
  // "the final days of the campaign", "the early years of school", "the
  // first weeks of the outbreak": a stretch of an event, not a time (a
  // time after "of" is read whole by the part words: "the first weeks of
  // 2020").
  // Hours keep their tag ("the first hours of the invasion", as TimeBank
  // has it).
  bool event_stretch = i >= 2 && Is(i - 2, "the") && Is(k, "of") && !unit.time &&
                       (I(i - 1).has_ordinal || !I(i - 1).modifiers.empty());
  // "Weeks before the visit, Peru protested": a length before an event,
  // opening the sentence.
  // (Asked only of a plural unit, the one case that reads it, and of its
  // next word before the sentence's start.)
  bool opens_before_event = plural_unit && (Is(k, "before") || Is(k, "after")) &&
                            (i == 0 || SentenceStart(i)) && EventFollows(k + 1);
  if (plural_unit && unit.code != "WE" && !fraction && !small_hours && !counted_before &&
      !event_stretch && (i > 0 || opens_before_event) &&
      (opens_before_event || span_word(W(i - 1)) || Is(k, "of") || around_event()) &&
      !Is(k, "ago") && !Is(k, "old")) {
    Spec s;
    s.type = TimexType::kDuration;
    s.literal = DurationLiteral(unit, "X");
    take(i, k, s, "vague_duration");
  }
}

void Parser::Sets(size_t i, Take& take) const {
  // "the Communist Party daily Granma" is a newspaper.
  // "hourly pay", "an hourly wage": "hourly" before a noun says how pay is
  // counted, not how often something happens.
  // ("data/en/rate_words.tsv"; "average hourly earnings" stays a set, as
  // TimeBank tags it).
  bool of_pay = I(i).set != nullptr && Is(i, "hourly") &&
                (I(i + 1).rate_word == 1 || (i + 2 < t_.size() && t_[i + 1].alpha &&
                                             !t_[i + 1].capitalized && I(i + 2).rate_word == 1));
  // "revenue to increase by 20% annually", "rise 8.5 percent yearly": after
  // a percentage the adverb names the unit of a growth rate, like "an
  // annual rate", not how often something happens.
  bool of_rate = i > 0 && (Is(i - 1, "%") || Is(i - 1, "percent"));
  // A weekday in the plural ("on Tuesdays") is written capitalized like
  // the weekday itself; an adverb ("Daily") only opens a sentence.
  bool weekdays = I(i).set != nullptr && I(i).set->starts_with("XXXX-WXX-");
  if (I(i).set != nullptr && (!t_[i].capitalized || SentenceStart(i) || weekdays) &&
      !NameWord(i + 1) && !(i > 0 && NameWord(i - 1) && !SentenceStart(i - 1)) && !of_pay &&
      !of_rate) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = *I(i).set;
    take(i, i + 1, s, "frequency_adverb");
  }
  // "the annual summit", "an annual Christmas broadcast", "the annual awards
  // show": an adjective of recurrence before an occasion that comes round
  // (up to two words between) is a SET; before other nouns ("an annual
  // rate", "annual sales", "its quarterly dividend") it stays untagged.
  // (Each adjective is a word of the lexicon's index, so a token it knows
  // nothing of is none: most tokens skip the table.)
  if (auto adj = t_[i].info == nullptr ? lx_.recurrence_adjectives.end()
                                       : lx_.recurrence_adjectives.find(W(i));
      adj != lx_.recurrence_adjectives.end() && (!t_[i].capitalized || SentenceStart(i))) {
    for (size_t j = i + 1; j <= i + 3 && j < t_.size() && t_[j].alpha; ++j) {
      if (lx_.recurring_occasions.contains(W(j))) {
        Spec s;
        s.type = TimexType::kSet;
        s.literal = adj->second;
        take(i, i + 1, s, "recurring_occasion");
        break;
      }
      if (I(j).unit != nullptr || lx_.recurrence_adjectives.contains(W(j))) break;
    }
  }
  // "a semi-annual dividend": twice a year.
  if (Is(i, "semi") && Is(i + 1, "-") && Glued(i + 1) && Glued(i + 2) &&
      (Is(i + 2, "annual") || Is(i + 2, "annually"))) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "P6M";
    take(i, i + 3, s, "semi_annual");
  }
  // "Sunday nights", "Friday mornings": a weekday before a part of the day
  // in the plural recurs, and so does the first of two weekdays sharing
  // it ("flights leave on Monday and Tuesday nights"); "Sunday night" is
  // one night.
  size_t day_end = 0;
  if (int wd = 0; I(i).weekday > 0 && Weekday(i, &wd, &day_end)) {
    size_t part_at = day_end;
    int other = 0;
    if ((Is(day_end, "and") || Is(day_end, "or")) && !Weekday(day_end + 1, &other, &part_at))
      part_at = day_end;
    std::string_view plural = W(part_at);
    auto part = plural.size() > 1 && plural.back() == 's'
                    ? lx_.day_parts.find(std::string(plural.substr(0, plural.size() - 1)))
                    : lx_.day_parts.end();
    // Two weekdays in a past clause are two nights gone ("clashes erupted on
    // Friday and Saturday nights"), not a habit.
    bool paired = part_at != day_end ||
                  (i >= 2 && (Is(i - 1, "and") || Is(i - 1, "or")) && I(i - 2).weekday > 0);
    if (part != lx_.day_parts.end() && !(paired && TenseAround(i, part_at + 1) < 0)) {
      Spec s;
      s.type = TimexType::kSet;
      s.literal = "XXXX-WXX-" + std::to_string(wd) + "T" + part->second;
      take(i, part_at == day_end ? day_end + 1 : day_end, s, "weekday_part_plural");
    }
  }
  // "twice a year", "three times a week", "once a month": how often, not
  // how long.
  // The word after is "a", "an", "per" or "times": one look at its first
  // letter turns most tokens away.
  if (std::string_view after = W(i + 1);
      !after.empty() && (after[0] == 'a' || after[0] == 'p' || after[0] == 't' || after == "few")) {
    size_t per = Is(i, "once") || Is(i, "twice") || Is(i, "thrice")   ? i + 1
                 : (Num(i) || I(i).number >= 0) && Is(i + 1, "times") ? i + 2
                                                                      : 0;
    // "several times a week", "a few times a year", "many times a day".
    int n = 0;
    bool vague = false;
    if (size_t j = 0; per == 0 && Count(i, false, &n, &vague, &j) && vague && Is(j, "times")) {
      per = j + 1;
    }
    if (Unit unit; per > 0 && (Is(per, "a") || Is(per, "an") || Is(per, "per")) &&
                   UnitAt(per + 1, &unit, &per) && W(per - 1).back() != 's') {
      Spec s;
      s.type = TimexType::kSet;
      s.literal = DurationLiteral(unit, "1");
      take(i, per, s, "times_per_unit");
    }
  }
  if (!Is(i, "every") && !Is(i, "each")) return;
  size_t p = i + 1;
  int every = 1;
  if (Is(p, "other")) {
    every = 2;
    ++p;
  }
  int n = 0, month = 0, wd = 0;
  bool vague = false;
  size_t j = 0, k = 0;
  Unit unit;
  if (Count(p, false, &n, &vague, &j) && !vague && UnitAt(j, &unit, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string(unit.time ? "PT" : "P") + std::to_string(n * unit.count) + unit.code;
    take(i, k, s, "every_n_units");
  } else if (Count(p, false, &n, &vague, &j) && vague && UnitAt(j, &unit, &k) &&
             W(k - 1).back() == 's' && unit.code != "WE") {
    // "every few years", "every several weeks": a recurrence of unknown
    // length, not a duration of "few years".
    Spec s;
    s.type = TimexType::kSet;
    s.literal = DurationLiteral(unit, "X");
    take(i, k, s, "every_few_units");
  } else if (UnitAt(p, &unit, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string(unit.time ? "PT" : "P") + std::to_string(every * unit.count) +
                (unit.code == "WE" ? "W" : unit.code);
    take(i, k, s, "every_unit");
  } else if (Weekday(p, &wd, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-WXX-" + std::to_string(wd);
    take(i, k, s, "every_weekday");
    std::string part;
    if (DayPart(k, &part, &j)) {
      s.literal += part;
      take(i, j, s, "every_weekday_part");
    }
  } else if (Month(p, &month, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = std::string("XXXX-") + (month < 10 ? "0" : "") + std::to_string(month);
    take(i, k, s, "every_month");
  } else if (I(p).season != nullptr) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-" + *I(p).season;
    take(i, p + 1, s, "every_season");
  } else if (std::string part; DayPart(p, &part, &k)) {
    Spec s;
    s.type = TimexType::kSet;
    s.literal = "XXXX-XX-XX" + part;
    take(i, k, s, "every_day_part");
  }
}

}  // namespace annals::resolve_internal
