// Absolute dates: "December 2, 2015", "2 December", "2015-12-02", "12/2/2015",
// years, decades and centuries.
#include "resolve_parser.h"

namespace annals::resolve_internal {

// Dates written with a month, a day or a year.
void Parser::Absolute(size_t i, Take& take) const {
  // Every rule here starts at a number, a weekday, a month, an ordinal
  // ("third", or "twenty" of "twenty-first"), "fiscal", "FY", "'" (of
  // "'90s") or "the" before one of them: any other token leaves at once.
  if (const WordInfo& at = I(i); !Num(i) && at.weekday == 0 && at.month == 0 && !at.has_ordinal &&
                                 at.number < 20 && !Is(i, "the") && !Is(i, "fiscal") &&
                                 !Is(i, "fy") && !Is(i, "'")) {
    return;
  }
  int month = 0, day = 0, year = 0, wd = 0;
  size_t j = 0, k = 0, m = 0;
  // The year of a day and month, told from word `from` on: "August 1,
  // 2015", "March 5 that year", "1 August last year". Sets it in `s` and
  // gives where the date ends (`from` when no year follows).
  auto year_of_day = [&](size_t from, Spec& s) {
    size_t end = from;
    int back = 0;
    if (Year(Is(from, ",") ? from + 1 : from, &year, &m)) {
      s.year = year;
      end = m;
    } else if (NarrativeYear(from, &back, &m)) {
      // "March 5 that year", "June 1 the following year".
      s.year_relative = true;
      s.year_offset = back;
      s.narrative = true;
      end = m;
    } else if (RelativeYear(from, &back, &m)) {
      // "On August 1 last year": one date, the day of the year before.
      s.year_relative = true;
      s.year_offset = back;
      end = m;
    }
    return end;
  };
  // <weekday>, <month> <day>: the weekday only confirms the date.
  size_t start = i;
  if (Weekday(i, &wd, &j) && (Is(j, ",") || true)) {
    size_t after = Is(j, ",") ? j + 1 : j;
    if (Month(after, &month, &k) || (Num(after) && Month(after + 1, &month, &k))) i = after;
  }
  if (Month(i, &month, &j)) {
    // <month> <day>[,] [<year>]
    if (DayNumber(j, &day, &k)) {
      Spec s;
      s.month = month;
      s.day = day;
      s.grain = Grain::kDay;
      size_t end = year_of_day(k, s);
      if (start != i && s.year == kUnset && !s.year_relative) s.date_weekday = wd;
      if (PossibleDay(s)) take(start, end, s, "month_day_year");
    }
    // <month> [of] <year>
    size_t y = Is(j, ",") || Is(j, "of") ? j + 1 : j;
    if (Year(y, &year, &k)) {
      Spec s;
      s.month = month;
      s.year = year;
      take(start, k, s, "month_year");
    }
    // <month> next year
    int offset = 0;
    if (RelativeYear(j, &offset, &k)) {
      Spec s;
      s.month = month;
      s.year_relative = true;
      s.year_offset = offset;
      take(start, k, s, "month_relative_year");
    }
    // "November that year", "March of the following year": a month of the
    // year the text last talked about ("talks began in 2011 ... in
    // November that year"), not of the publication year.
    if (NarrativeYear(j, &offset, &k)) {
      Spec s;
      s.month = month;
      s.year_relative = true;
      s.year_offset = offset;
      s.narrative = true;
      take(start, k, s, "month_narrative_year");
    }
    // "May" and "March" alone are a verb, a name or a noun more often than
    // a month: alone they need a word like "in" or "since" before them.
    bool ambiguous = I(i).month_common_word;
    // "Feb. 30": an impossible day does not fall back to the bare month.
    int any_day = 0;
    size_t after_day = 0;
    if (start == i && !DayNumber(j, &any_day, &after_day) &&
        (!ambiguous || (i > 0 && DateContext(i - 1) && !SentenceStart(i)) ||
         // "as recently as May", "as early as March": a bound on a date.
         (i >= 3 && Is(i - 1, "as") && Is(i - 3, "as") &&
          (Is(i - 2, "recently") || Is(i - 2, "early") || Is(i - 2, "late"))))) {
      Spec s;
      s.month = month;
      // "earlier in November": the latest November on or before the day
      // the text last talked about, whatever the clause's tense.
      if (i >= 2 && Is(i - 1, "in") && Is(i - 2, "earlier")) {
        s.narrative = true;
        s.lean = Lean::kPast;
        take(i, j, s, "earlier_in_month");
      } else if (i >= 2 && Is(i - 1, "in") && Is(i - 2, "later")) {
        // "in March 2009 ... later in June": the first June on or after
        // the date the text last talked about (Resolve falls back to the
        // bare month when the text has dated nothing).
        s.narrative = true;
        s.lean = Lean::kFuture;
        take(i, j, s, "later_in_month");
      } else {
        // "the August figures will be released", "the May jobs report is
        // due": figures of a month gone (data_nouns.tsv).
        if (j < t_.size() && t_[j].alpha && !t_[j].capitalized &&
            (lx_.data_nouns.contains(W(j)) ||
             (j + 1 < t_.size() && t_[j + 1].alpha && lx_.data_nouns.contains(W(j + 1))))) {
          s.lean = Lean::kPast;
        }
        take(i, j, s, "bare_month");
      }
    }
  }
  // <day> <month> [<year>]
  if (DayNumber(i, &day, &j) && Month(Is(j, "of") ? j + 1 : j, &month, &k)) {
    Spec s;
    s.month = month;
    s.day = day;
    s.grain = Grain::kDay;
    size_t end = year_of_day(k, s);
    if (start != i && s.year == kUnset && !s.year_relative) s.date_weekday = wd;
    if (PossibleDay(s)) take(start, end, s, "day_month_year");
  }
  // "the fifth of November", "the twenty-first of April": a day by its
  // ordinal word, as "the 5th of November" is.
  if (int nth = 0; !Num(i) && Ordinal(i, &nth, &j) && nth >= 1 && nth <= 31 && Is(j, "of") &&
                   Month(j + 1, &month, &k)) {
    Spec s;
    s.month = month;
    s.day = nth;
    s.grain = Grain::kDay;
    size_t end = year_of_day(k, s);
    if (PossibleDay(s)) take(i, end, s, "ordinal_day_month");
  }
  // "20-21 March", "from 3 to 5 May", "between 8 and 10 June 2025", "on
  // 3rd and 4th April": the first day of a range or pair written before
  // its month, in the month (and year) of the second, as its own
  // expression.
  if (DayNumber(i, &day, &j) && (Is(j, "-") || Is(j, "\u2013") || Is(j, "to") || Is(j, "and"))) {
    int last = 0;
    if (DayNumber(j + 1, &last, &k) && last > day && Month(k, &month, &m)) {
      Spec s;
      s.month = month;
      s.day = day;
      s.grain = Grain::kDay;
      year_of_day(m, s);
      if (PossibleDay(s)) take(i, j, s, "day_range_start");
    }
  }
  if (start != i) return;
  // 2015-12-02
  if (Num(i) && t_[i].lower.size() == 4 && Is(i + 1, "-") && Glued(i + 1) && Num(i + 2) &&
      Glued(i + 2) && Is(i + 3, "-") && Glued(i + 3) && Num(i + 4) && Glued(i + 4)) {
    year_month_day d{date::year{ToInt(t_[i].lower)} / ToInt(t_[i + 2].lower) /
                     ToInt(t_[i + 4].lower)};
    if (d.ok()) {
      Spec s;
      s.year = static_cast<int>(d.year());
      s.month = static_cast<int>(static_cast<unsigned>(d.month()));
      s.day = static_cast<int>(static_cast<unsigned>(d.day()));
      s.grain = Grain::kDay;
      take(i, i + 5, s, "iso_date");
    }
  }
  // 12/2/2015, 11/02/89, 25/12/2015
  if (Num(i) && t_[i].lower.size() <= 2 && Is(i + 1, "/") && Glued(i + 1) && Num(i + 2) &&
      Glued(i + 2) && t_[i + 2].lower.size() <= 2 && Is(i + 3, "/") && Glued(i + 3) && Num(i + 4) &&
      Glued(i + 4) && (t_[i + 4].lower.size() == 4 || t_[i + 4].lower.size() == 2)) {
    int a = ToInt(t_[i].lower), b = ToInt(t_[i + 2].lower), y = ToInt(t_[i + 4].lower);
    if (t_[i + 4].lower.size() == 2) y += y >= 50 ? 1900 : 2000;
    // American order unless the first number cannot be a month.
    int mm = a, dd = b;
    if (a > 12) std::swap(mm, dd);
    year_month_day d{date::year{y} / mm / dd};
    if (d.ok() && mm >= 1 && dd >= 1) {
      Spec s;
      s.year = y;
      s.month = mm;
      s.day = dd;
      s.grain = Grain::kDay;
      take(i, i + 5, s, "numeric_date");
    }
  }
  // Years, decades and centuries.
  // "fiscal 2015", "fiscal year 2015", "FY2016", "FY 2016": the year named.
  size_t fiscal_at = Is(i, "fiscal") && Is(i + 1, "year") ? i + 2 : i + 1;
  if ((Is(i, "fiscal") || (Is(i, "fy") && t_[i].capitalized)) && Year(fiscal_at, &year, &j)) {
    Spec s;
    s.year = year;
    take(i, j, s, "fiscal_year");
  }
  // "FY27", "FY25": the fiscal year by its last two digits, this century.
  if (Is(i, "fy") && t_[i].capitalized && Num(i + 1) && Glued(i + 1) &&
      t_[i + 1].lower.size() == 2 && !(Is(i + 2, "-") && Glued(i + 2))) {
    Spec s;
    s.year = 2000 + ToInt(t_[i + 1].lower);
    take(i, i + 2, s, "fiscal_year_short");
  }
  size_t the = Is(i, "the") ? i + 1 : i;
  if (Num(the) && Year(the, &year, &j)) {
    if (Is(j, "s") && Glued(j)) {
      Spec s;
      s.decade = year / 10;
      take(i, j + 1, s, "decade");
    } else if (Is(j, "'") && Is(j + 1, "s") && Glued(j)) {
      Spec s;
      s.decade = year / 10;
      take(i, j + 2, s, "decade");
    } else if (the == i && (!(Is(j, "-") && Glued(j) && Num(j + 1)) || YearRangeEnd(j, year) > 0) &&
               !(Is(j, ":") && Glued(j)) && YearContext(i, j)) {
      Spec s;
      s.year = year;
      take(i, j, s, "year");
    }
  }
  if (Is(the, "'") && Num(the + 1) && t_[the + 1].lower.size() == 2 && Is(the + 2, "s") &&
      Glued(the + 2)) {
    // "the '90s": the decade in the century before the reference's; the
    // reference is not read here, so take the 1900s for 30-99.
    int yy = ToInt(t_[the + 1].lower);
    Spec s;
    s.decade = (yy >= 30 ? 1900 + yy : 2000 + yy) / 10;
    take(i, the + 3, s, "decade_short");
  }
  int n = 0;
  if (Ordinal(the, &n, &j) && n > 0 && Is(j, "century")) {
    Spec s;
    s.century = n - 1;
    take(i, j + 1, s, "century");
  }
}

}  // namespace annals::resolve_internal
