// Relative dates: today, last Friday, next month, two years ago, earlier this
// month, the next day, a year earlier.
#include "resolve_parser.h"

namespace annals::resolve_internal {

void Parser::Relative(size_t i, Take& take) const {
  std::string_view w = W(i);
  // Every rule here starts at one of today, tomorrow, tonight, the, that,
  // this, yesterday, year, month, week, last, later, latest, earlier,
  // current, coming, present, past, previous, next or following: a token
  // whose first byte begins none of them (a number, a month, "a", "over")
  // leaves at once.
  if (w.empty() || (std::string_view("tylecpnf").find(w[0]) == std::string_view::npos &&
                    w != "month" && w != "week")) {
    return;
  }
  size_t j = 0, k = 0;
  // today, yesterday, tomorrow, tonight, the day before yesterday
  // "USA Today", "China Daily": a capitalized time word inside a sentence is
  // part of a name.
  if (t_[i].capitalized && !SentenceStart(i) && (w == "today" || I(i).set != nullptr)) return;
  // "the people of tomorrow", "the cities of tomorrow": the future at large,
  // not the day after publication.
  if (w == "tomorrow" && i >= 2 && Is(i - 1, "of") && t_[i - 2].alpha && !I(i - 2).trigger) return;
  // "today's youth", "today's world", "tomorrow's leaders": the present
  // (or the future) at large, not the day of publication
  // (data/en/era_nouns.tsv); "today's vote" stays the day.
  if ((w == "today" || w == "tomorrow") && Is(i + 1, "'") && Glued(i + 1) && Is(i + 2, "s") &&
      (lx_.era_nouns.contains(W(i + 3)) ||
       (i + 4 < t_.size() && t_[i + 3].alpha && lx_.era_nouns.contains(W(i + 4))))) {
    return;
  }
  if (w == "today" || w == "yesterday" || w == "tomorrow") {
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
    take(i, i + 1, s, "relative_day");
    std::string code;
    if (DayPart(i + 1, &code, &j)) {
      s.type = TimexType::kTime;
      s.time = code;
      take(i, j, s, "relative_day_part");
    }
  }
  // Only when the phrase ends there: "the day before returning home" and
  // "the day after the vote" are relations, not dates.
  if (w == "the" && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
      (i + 3 >= t_.size() || (!t_[i + 3].alpha && !t_[i + 3].number))) {
    // "the day before": the day before the one the story is at.
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.offset = Is(i + 2, "before") ? -1 : 1;
    take(i, i + 3, s, "day_before_after");
  }
  // "The day ended with a joint statement", "talks ran all the day": the
  // day the story has named (the driver keeps it only where the text
  // has named one: "day_of_story"). Only when the phrase ends there or a
  // verb follows; "carry the day", "the order of the day", "to the day",
  // "by the day" are idioms (day_idiom_leads.tsv), "the day-to-day" and
  // "the day he left" are no date of their own, a capitalized "The Day"
  // inside a sentence is a name.
  if (w == "the" && Is(i + 1, "day") && !(i > 0 && lx_.day_idiom_leads.contains(W(i - 1))) &&
      !(t_[i].capitalized && !SentenceStart(i))) {
    size_t n = i + 2;
    bool ends = n >= t_.size() || (!t_[n].alpha && !t_[n].number && !Is(n, "-") && !Is(n, "'") &&
                                   !Is(n, "/") && static_cast<unsigned char>(W(n)[0]) < 0x80);
    bool verb = n < t_.size() && t_[n].alpha && PastVerb(n) && !lx_.clause_openers.contains(W(n));
    if (ends || verb) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      take(i, i + 2, s, "day_of_story");
    }
  }
  // "on the eve of the summit", "the eve of their talks": the day before
  // the one the story has named (the driver keeps it only where the text
  // has named one); not when the sentence has already named a day ("met
  // on Tuesday, on the eve of the summit": that day is the eve).
  if (w == "the" && Is(i + 1, "eve") && Is(i + 2, "of") &&
      lx_.occasion_determiners.contains(W(i + 3)) && lx_.occasion_nouns.contains(W(i + 4))) {
    bool named = false;
    for (size_t b = i; b > 0 && !named; --b) {
      if (Is(b - 1, ".") || Is(b - 1, "!") || Is(b - 1, "?") || t_[b].newline_before) break;
      const Token& t = t_[b - 1];
      named = t.alpha && (I(b - 1).weekday > 0 || I(b - 1).month > 0 || W(b - 1) == "today" ||
                          W(b - 1) == "yesterday" || W(b - 1) == "tomorrow");
    }
    if (!named) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      s.offset = -1;
      take(i, i + 5, s, "eve_of_story_occasion");
    }
  }
  // "the evening before", "the night before": that part of the day before
  // the one the story is at, when the phrase ends there ("the night before
  // the vote" is a relation to an event).
  if (std::string part; w == "the" && DayPart(i + 1, &part, &j) && Is(j, "before") &&
                        (j + 1 >= t_.size() || (!t_[j + 1].alpha && !t_[j + 1].number))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.grain = Grain::kDay;
    s.offset = -1;
    s.narrative = true;
    s.time = part;
    take(i, j + 1, s, "day_part_before");
  }
  if (std::string part; w == "that" && DayPart(i + 1, &part, &j)) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.time = part;
    take(i, j, s, "that_day_part");
  }
  if (w == "the" && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
      (Is(i + 3, "yesterday") || Is(i + 3, "tomorrow"))) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = Is(i + 3, "yesterday") ? -2 : 2;
    take(i, i + 4, s, "day_before_yesterday");
  }
  if (w == "tonight" || (w == "last" && Is(i + 1, "night"))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = w == "tonight" ? 0 : -1;
    s.time = "TNI";
    take(i, w == "tonight" ? i + 1 : i + 2, s, "tonight");
  }
  // "this time last year", "this time next week", "this time tomorrow",
  // "this day last week": the same day that far off, one DATE ("This time, last year's winner lost"
  // has a comma; "this time last year's" a noun after it).
  if (w == "this" && (Is(i + 1, "time") || Is(i + 1, "day"))) {
    size_t r = i + 2;
    Spec s;
    s.shift = true;
    s.grain = Grain::kDay;
    size_t e = 0;
    Unit unit;
    if (Is(r, "tomorrow") || Is(r, "yesterday")) {
      s.unit = Grain::kDay;
      s.offset = Is(r, "tomorrow") ? 1 : -1;
      e = r + 1;
    } else if ((Is(r, "last") || Is(r, "next")) && UnitAt(r + 1, &unit, &k) && !unit.time &&
               unit.count == 1 && W(r + 1).back() != 's' &&
               (unit.code == "W" || unit.code == "M" || unit.code == "Y")) {
      s.unit = GrainOfUnit(unit.code);
      s.offset = Is(r, "last") ? -1 : 1;
      e = k;
    } else if ((Is(r, "a") || Is(r, "one")) && Is(r + 1, "year") &&
               (Is(r + 2, "ago") || Is(r + 2, "earlier"))) {
      s.unit = Grain::kYear;
      s.offset = -1;
      e = r + 3;
    }
    if (e != 0 && !(Is(e, "'") && Glued(e))) take(i, e, s, "this_time_period");
  }
  // "in the new year": the year of the January the clause's tense picks
  // (the coming one ahead, this one in early January); "the New Year" is
  // the holiday.
  if (w == "the" && Is(i + 1, "new") && !t_[i + 1].capitalized && Is(i + 2, "year") &&
      !(Is(i + 3, "'") || Is(i + 3, "-"))) {
    Spec s;
    s.month = 1;
    s.grain = Grain::kYear;
    take(i, i + 3, s, "new_year");
  }
  // this morning / this evening
  std::string code;
  if (w == "this" && DayPart(i + 1, &code, &j) && code != "TNI") {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.time = code;
    take(i, j, s, "this_day_part");
  }
  // "That December they signed": a month of the year the story is at, as
  // "December that year" is. "that May", "that March" are more often a
  // name or a verb after the conjunction ("said that May would").
  if (int month = 0; w == "that" && Month(i + 1, &month, &j) && !I(i + 1).month_common_word &&
                     !(Is(j, "that") || Is(j, "of") || Is(j, "the"))) {
    Spec s;
    s.month = month;
    s.year_relative = true;
    s.year_offset = 0;
    s.narrative = true;
    take(i, j, s, "that_month");
  }
  // [earlier|later] [the] this|last|next|past|coming|previous|current <unit|month|weekday|season>
  size_t p = i;
  std::string mod;
  if (w == "earlier" || w == "later") {
    mod = w == "earlier" ? "START" : "END";
    ++p;
  }
  bool the = Is(p, "the");
  if (the) ++p;
  std::string_view rel = W(p);
  Lean lean = Lean::kTense;
  int offset = 0;
  size_t q = p + 1;
  if (rel == "that" && !mod.empty()) {
    // "later that month": the story's month.
    lean = Lean::kThis;
  } else if (rel == "this" || rel == "current" || rel == "present") {
    lean = Lean::kThis;
    if (Is(q, "coming")) {
      lean = Lean::kComing;
      ++q;
    } else if (Is(q, "past")) {
      lean = Lean::kLast;
      offset = -1;
      ++q;
    }
  } else if (rel == "last" || rel == "past" || rel == "previous") {
    lean = Lean::kLast;
    offset = -1;
  } else if (rel == "next" || rel == "coming" || rel == "following") {
    lean = Lean::kNext;
    offset = 1;
  } else if (rel == "latest" && the) {
    lean = Lean::kLast;
    offset = -1;
  } else {
    rel = {};
  }
  // ABC's "This Week": a quoted title.
  if (!rel.empty() && p > 0 && (Is(p - 1, "\"") || Is(p - 1, "`")) && t_[p].capitalized &&
      q < t_.size() && t_[q].capitalized && I(q).unit != nullptr) {
    rel = {};
  }
  if (!rel.empty() && !(mod.size() && lean != Lean::kThis)) {
    bool narrative = the && (rel == "following" || rel == "previous" || rel == "next");
    Unit unit;
    int month = 0, wd = 0;
    std::string part;
    // "the current fiscal year", "next fiscal year": annotators and readers
    // take the year it is named for.
    // "the next financial year" (British, Indian) likewise.
    if ((Is(q, "fiscal") || Is(q, "financial")) && Is(q + 1, "year") &&
        !(the && (rel == "past" || rel == "last"))) {
      ++q;
    }
    // "the past fortnight", "the next fortnight": a unit that counts two of
    // another is a length, as "the past two weeks" is.
    if (the && (rel == "past" || rel == "last" || rel == "next" || rel == "coming") &&
        UnitAt(q, &unit, &k) && !unit.time && unit.count > 1 && W(q).back() != 's') {
      Spec d;
      d.type = TimexType::kDuration;
      d.literal = DurationLiteral(unit, std::to_string(unit.count));
      take(i, k, d, "the_past_unit");
    }
    if (UnitAt(q, &unit, &k) && !unit.time && unit.count == 1 && W(q).back() != 's') {
      Grain g = GrainOfUnit(unit.code);
      Spec s;
      s.shift = true;
      s.unit = g == Grain::kWeekend ? Grain::kWeek : g;
      s.grain = g;
      s.offset = offset;
      s.mod = mod;
      s.narrative = (narrative && rel != "previous") || rel == "that";
      // "the previous quarter" with nothing before it is the one before now.
      if (rel == "previous" && the) s.narrative = true;
      // "the past year", "the last week" in a clause are durations, handled
      // there; "the next day" follows the story.
      // "for the next decade and beyond", "for the coming year": after
      // "for" the period ahead is a length too (not "the next day", which
      // follows the story).
      bool ahead_for = the && mod.empty() && (rel == "next" || rel == "coming") && i > 0 &&
                       Is(i - 1, "for") && g != Grain::kWeekend && g != Grain::kDay;
      if ((the && (rel == "past" || rel == "last") && g != Grain::kWeekend) || ahead_for) {
        Spec d;
        d.type = TimexType::kDuration;
        d.literal = DurationLiteral(unit, "1");
        take(i, k, d, ahead_for ? "the_next_unit" : "the_past_unit");
      } else if (g == Grain::kQuarter && rel == "latest") {
        take(i, k, s, "latest_quarter");
      } else {
        take(i, k, s, "relative_period");
      }
    } else if (the && (rel == "next" || rel == "following" || rel == "previous") &&
               DayPart(q, &part, &k)) {
      // "appeared in court the next morning", "had dined with him the
      // previous evening": that part of the day after or before the one
      // the story is at.
      Spec s;
      s.type = TimexType::kTime;
      s.shift = true;
      s.unit = Grain::kDay;
      s.grain = Grain::kDay;
      s.offset = rel == "previous" ? -1 : 1;
      s.narrative = true;
      s.time = part;
      take(i, k, s, "narrative_day_part");
    } else if (rel == "latest" && Is(q, "period")) {
      // "the latest period" in a results story is the quarter just reported.
      Spec s;
      s.shift = true;
      s.unit = Grain::kQuarter;
      s.grain = Grain::kQuarter;
      s.offset = -1;
      take(i, q + 1, s, "latest_quarter");
    } else if (Month(q, &month, &k)) {
      Spec s;
      s.month = month;
      s.lean = lean;
      s.mod = mod;
      // "the following March", "the previous October": counted from the
      // story's time, as "the following year" is; "next March" from today.
      s.narrative = narrative;
      take(i, k, s, "relative_month");
      // "last Oct. 23": the day, in the year the words point to.
      int day = 0;
      if (mod.empty() && DayNumber(k, &day, &j)) {
        s.day = day;
        s.grain = Grain::kDay;
        if (PossibleDay(s)) take(i, j, s, "relative_month_day");
      }
    } else if (Weekday(q, &wd, &k)) {
      Spec s;
      s.weekday = wd;
      s.lean = lean;
      // "the previous Friday", "the following Monday": around the day the
      // story is at, strictly before or after it.
      if (narrative) {
        s.narrative = true;
        if (lean == Lean::kNext) s.lean = Lean::kComing;
      }
      take(i, k, s, "relative_weekday");
      // "next Tuesday week" (British): a week after next Tuesday; "last
      // Tuesday week" a week before last Tuesday.
      if ((lean == Lean::kNext || lean == Lean::kLast) && !narrative && Is(k, "week") &&
          !t_[k].capitalized && !Is(k + 1, "-") && !Is(k + 1, "of")) {
        Spec t = s;
        t.day_offset = lean == Lean::kNext ? 7 : -7;
        take(i, k + 1, t, "relative_weekday_week");
      }
      if (DayPart(k, &part, &j)) {
        s.type = TimexType::kTime;
        s.time = part;
        take(i, j, s, "relative_weekday_part");
      }
    } else if (I(q).season != nullptr) {
      Spec s;
      s.season = *I(q).season;
      s.lean = lean;
      s.narrative = narrative;
      s.mod = mod;
      take(i, q + 1, s, "relative_season");
    } else if (int h = -1; (h = MatchPhrase(lx_.holidays, I(q).holidays, t_, q, &k)) >= 0) {
      Spec s;
      s.holiday = h;
      s.lean = lean;
      take(i, k, s, "relative_holiday");
    }
  }
  // the year, the month, the week, the decade: the current one; "the quarter"
  // in business news is the last one reported.
  if (w == "the" || w == "that") {
    Unit unit;
    size_t u = i + 1;
    if (Is(u, "fiscal") || Is(u, "full") || Is(u, "calendar")) ++u;
    // "the year-ago quarter" is read by year_earlier. "the Year of the
    // Dragon", "Person of the Year": a capitalized period next to "of" is a
    // name.
    bool name = u < t_.size() && t_[u].capitalized && !t_[i].capitalized &&
                (Is(u + 1, "of") || (i > 0 && Is(i - 1, "of")));
    if (UnitAt(u, &unit, &k) && !unit.time && unit.count == 1 && W(i + 1).back() != 's' &&
        !(Is(k, "-") && (Is(k + 1, "earlier") || Is(k + 1, "ago") || Is(k + 1, "end"))) && !name) {
      Grain g = GrainOfUnit(unit.code);
      Spec s;
      s.shift = true;
      s.unit = g == Grain::kWeekend ? Grain::kWeek : g;
      s.grain = g;
      if (w == "the" && g == Grain::kDay) return;
      // "the week of March 6": the week holding that day.
      int month = 0, day = 0;
      if (w == "the" && g == Grain::kWeek && Is(k, "of") && Month(k + 1, &month, &j) &&
          DayNumber(j, &day, &j)) {
        Spec d;
        d.month = month;
        d.day = day;
        d.grain = Grain::kWeek;
        take(i, j, d, "week_of");
      }
      // "sales for the year ended Sept. 30": a fiscal year's length.
      if (w == "the" && g == Grain::kYear && (Is(k, "ended") || Is(k, "ending"))) {
        Spec d;
        d.type = TimexType::kDuration;
        d.literal = "P1Y";
        take(i, k, d, "fiscal_year_ended");
        return;
      }
      if (w == "that" || g == Grain::kDay) {
        s.narrative = true;
      } else if (g == Grain::kQuarter) {
        s.offset = -1;
      } else if (g == Grain::kWeekend) {
        s = Spec();
        s.grain = Grain::kWeekend;
      } else if (w == "the" && i > 0 && lx_.period_end_verbs.contains(W(i - 1)) &&
                 (g == Grain::kYear || g == Grain::kMonth || g == Grain::kWeek) && u == i + 1 &&
                 !Is(k, "-") && !Is(k, "of") && !Is(k, "'")) {
        // "Chile ended the year with a surplus", "stocks closed the week
        // higher": the period that has just ended
        // (data/en/period_end_verbs.tsv).
        s.ended = true;
      }
      take(i, k, s, w == "that" ? "that_period" : "the_period");
    }
    if ((w == "the" || w == "that") && Is(i + 1, "same") && Is(i + 2, "day")) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kDay;
      s.narrative = true;
      take(i, i + 3, s, "same_day");
    }
    // "later the same year", "that same month", "the same week": the
    // story's period, like "that year"; "the same month last year" is that
    // month a year back.
    Unit same;
    size_t after = 0;
    if ((w == "the" || w == "that") && Is(i + 1, "same") && UnitAt(i + 2, &same, &after) &&
        !same.time && same.count == 1 && W(i + 2).back() != 's') {
      Grain g = GrainOfUnit(same.code);
      if (g == Grain::kWeek || g == Grain::kMonth || g == Grain::kYear) {
        Spec s;
        s.shift = true;
        s.unit = g;
        s.grain = g;
        s.narrative = true;
        size_t e = after;
        if (g != Grain::kYear && Is(e, "last") && Is(e + 1, "year")) {
          e += 2;
        } else if (g != Grain::kYear && (Is(e, "a") || Is(e, "one")) && Is(e + 1, "year") &&
                   (Is(e + 2, "earlier") || Is(e + 2, "ago") || Is(e + 2, "before"))) {
          e += 3;
        }
        if (e != after) {
          s.unit = Grain::kYear;
          s.offset = -1;
        }
        take(i, e, s, "same_period");
      }
    }
    // "the same evening", "that same morning": that part of the story's day.
    std::string same_part;
    if ((w == "the" || w == "that") && Is(i + 1, "same") && DayPart(i + 2, &same_part, &after)) {
      Spec s;
      s.type = TimexType::kTime;
      s.shift = true;
      s.unit = Grain::kDay;
      s.grain = Grain::kDay;
      s.narrative = true;
      s.time = same_part;
      take(i, after, s, "same_day_part");
    }
    // "That winter", "that spring": the season of the year the story is at
    // (the winter its December opens).
    if (w == "that" && I(i + 1).season != nullptr) {
      Spec s;
      s.season = *I(i + 1).season;
      s.narrative = true;
      s.lean = Lean::kThis;
      take(i, i + 2, s, "that_season");
    }
  }
  // year-end, year's end, by month-end, by month's end, at week's end, the
  // year's end: the end of the current period, as "the end of the month" is
  // ("week end" and "week-end" are the weekend, spelt apart; "month-end
  // figures" describes a noun).
  if (size_t u = w == "the" ? i + 1 : i; W(u) == "year" || W(u) == "month" || W(u) == "week") {
    Grain g = W(u) == "year" ? Grain::kYear : W(u) == "month" ? Grain::kMonth : Grain::kWeek;
    size_t e = 0;
    if (Is(u + 1, "'") && Is(u + 2, "s") && Is(u + 3, "end")) {
      e = u + 4;
    } else if (g != Grain::kWeek && u == i && Is(u + 1, "-") && Is(u + 2, "end")) {
      e = u + 3;
    } else if (g != Grain::kWeek && u == i && Is(u + 1, "end")) {
      e = u + 2;
    }
    if (e == u + 3 || e == u + 2) {
      if (g == Grain::kMonth && e < t_.size() && t_[e].alpha && !t_[e].capitalized) e = 0;
    }
    if (e != 0) {
      Spec s;
      s.shift = true;
      s.unit = g;
      s.grain = g;
      s.mod = "END";
      take(i, e, s, g == Grain::kYear ? "year_end" : "period_end");
    }
  }
  // year-earlier, year-ago: the story's period a year before.
  // "the comparable year-ago quarter", "the year-earlier third quarter".
  size_t y = w == "the" && (Is(i + 1, "comparable") || Is(i + 1, "corresponding") ||
                            Is(i + 1, "same") || Is(i + 1, "prior"))
                 ? i + 2
             : w == "the" ? i + 1
                          : i;
  if (W(y) == "year" && Is(y + 1, "-") && (Is(y + 2, "earlier") || Is(y + 2, "ago"))) {
    Spec s;
    s.shift = true;
    s.unit = Grain::kYear;
    s.offset = -1;
    s.narrative = true;
    s.grain = Grain::kNone;
    size_t end = y + 3;
    Unit unit;
    int n = 0;
    if (UnitAt(end, &unit, &k) && unit.code == "Q") {
      end = k;
    } else if (Is(end, "period")) {
      ++end;
    } else if (Ordinal(end, &n, &j) && n > 0 && n <= 4 && Is(Is(j, "-") ? j + 1 : j, "quarter")) {
      // A named quarter: that quarter of the year before the story's.
      end = (Is(j, "-") ? j + 1 : j) + 1;
      s = Spec();
      s.quarter = n;
      s.year_relative = true;
      s.year_offset = -1;
    }
    // "the year-earlier nine months", "the year-ago six months": a span
    // of the count's length a year back, written as its length, like
    // "the first nine months".
    bool vague = false;
    if (end == y + 3 && Count(end, false, &n, &vague, &j) && !vague && UnitAt(j, &unit, &k) &&
        W(j).back() == 's' && unit.code != "WE") {
      s = Spec();
      s.type = TimexType::kDuration;
      s.literal = DurationLiteral(unit, std::to_string(n * unit.count));
      end = k;
    }
    if (w == "the" && end == y + 3) return;
    take(i, end, s, s.type == TimexType::kDuration ? "year_earlier_length" : "year_earlier");
  }
  // "the same period last year", "the corresponding quarter a year ago",
  // "the same period of the previous year": the story's period a year back.
  if (w == "the" && (Is(i + 1, "same") || Is(i + 1, "corresponding") || Is(i + 1, "comparable")) &&
      (Is(i + 2, "period") || Is(i + 2, "quarter"))) {
    size_t e = Is(i + 3, "of") ? i + 4 : i + 3;
    if (Is(e, "last") && Is(e + 1, "year")) {
      e += 2;
    } else if ((Is(e, "a") || Is(e, "one")) && Is(e + 1, "year") &&
               (Is(e + 2, "earlier") || Is(e + 2, "ago") || Is(e + 2, "before"))) {
      e += 3;
    } else if (Is(e, "the") && (Is(e + 1, "previous") || Is(e + 1, "prior")) && Is(e + 2, "year")) {
      e += 3;
    } else {
      e = 0;
    }
    if (e != 0) {
      Spec s;
      s.shift = true;
      s.unit = Grain::kYear;
      s.offset = -1;
      s.narrative = true;
      take(i, e, s, "year_earlier");
    }
  }
}

}  // namespace annals::resolve_internal
