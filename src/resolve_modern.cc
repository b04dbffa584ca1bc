// Phrases of modern news: rates, compound lengths, calendar phrases.
#include "resolve_parser.h"

namespace annals::resolve_internal {

bool Parser::QuantityBefore(size_t p) const {
  for (size_t b = p; b > 0 && p - b < 5;) {
    --b;
    std::string_view x = W(b);
    // The clause ends at ";" or at a "." or "," with a space after it
    // ("1,500" and "2.5" are one number).
    if (x == ";" || ((x == "." || x == ",") && (b + 1 >= t_.size() || t_[b + 1].space_before))) {
      return false;
    }
    if (Num(b)) {
      // "in 2010 a year of drought": a year is no quantity.
      int v = ToInt(t_[b].lower);
      if (t_[b].lower.size() == 4 && v >= 1900 && v <= 2099 && b > 0 && DateContext(b - 1)) {
        return false;
      }
      return true;
    }
    if (lx_.quantity_words.contains(x) || I(b).number >= 2) {  // data/en/quantity_words.tsv
      return true;
    }
  }
  return false;
}

void Parser::Modern(size_t i, Take& take) const {
  // Every rule here starts at a number or one of a few words; one look at
  // the first letter turns the rest away.
  const Token& tok = t_[i];
  bool number = tok.number || (tok.info != nullptr && tok.info->number >= 0);
  std::string_view w = tok.lower;
  // Each rule has a unit or a month within three words.
  auto unit_at = [&](size_t k) {
    return k < t_.size() && t_[k].info != nullptr && t_[k].info->unit != nullptr;
  };
  auto unit_near = [&]() { return unit_at(i + 1) || unit_at(i + 2) || unit_at(i + 3); };
  bool start = number && unit_near();
  switch (w.empty() ? 0 : w[0]) {
    case 't':
      start = start || (w == "the" && (unit_at(i + 1) || I(i + 1).month > 0)) ||
              ((w == "twice" || w == "thrice") && unit_near());
      break;
    case 'p':
      start = start || (w == "per" && unit_near());
      break;
    case 'o':
      start = start || (w == "once" && unit_near()) || w == "overnight";
      break;
    case 'l':
      start = start || w == "later";
      break;
    case 'e':
      start = start || w == "earlier";
      break;
    default:
      break;
  }
  if (!start) return;
  ModernRules(i, number, take);
}

void Parser::ModernRules(size_t i, bool number, Take& take) const {
  bool the = Is(i, "the");
  size_t j = 0, k = 0;
  Unit unit;
  // Rates are sets: "10 million barrels a day", "twice a week", "$40 per
  // year", "three times a year". "for a day", "a day later", "a day-long
  // strike" stay lengths and dates.
  {
    size_t p = i;
    int n = 0;
    bool vague = false;
    if (Is(i, "once") || Is(i, "twice") || Is(i, "thrice")) {
      ++p;
    } else if (number && (Is(i + 1, "times") || Is(i + 2, "times")) &&
               Count(i, false, &n, &vague, &j) && !vague && Is(j, "times")) {
      p = j + 1;
    }
    bool per = Is(p, "per");
    bool article = Is(p, "a") || Is(p, "an");
    bool counted = p != i;
    if ((per || article) && UnitAt(p + 1, &unit, &k) && W(p + 1).back() != 's' &&
        unit.code != "WE" && (counted || (unit.code != "S" && !(unit.time && unit.code == "M"))) &&
        (per || counted || (unit.code != "Q" && unit.code != "DE" && unit.code != "CE"))) {
      // "instructions per second", "60 miles an hour" are measures ("12
      // miles a day" is a rate); "rose 3 percent in a year" a length.
      bool after_word = p > 0 && (Is(p - 1, "in") || Is(p - 1, "of") || Is(p - 1, "to") ||
                                  Is(p - 1, "by") || Is(p - 1, "after") || Is(p - 1, "before") ||
                                  Is(p - 1, "from") || Is(p - 1, "into") || Is(p - 1, "during") ||
                                  Is(p - 1, "half") || Is(p - 1, "past"));
      bool rate = (per || counted || (QuantityBefore(p) && !LengthBefore(p) && !after_word)) &&
                  !(unit.time && p > 0 && I(p - 1).rate_word == 2);
      if (lx_.rate_followers.contains(W(k))) rate = false;  // data/en/rate_followers.tsv
      // "24 hours a day": the count before fills the day (RoundTheClock).
      if (!counted && ClosesRoundTheClock(p)) rate = false;
      if (rate) {
        Spec s;
        s.type = TimexType::kSet;
        s.literal = DurationLiteral(unit, std::to_string(unit.count));
        take(i, k, s, "rate");
      }
    }
  }
  // "six years and eight months", "two hours and 20 minutes": one length in
  // both units (a larger unit first).
  {
    int n = 0, m = 0;
    bool vague = false;
    Unit second;
    size_t u = 0;
    auto rank = [](const Unit& x) {
      if (x.time) return x.code == "H" ? 3 : x.code == "M" ? 2 : 1;
      if (x.code == "D") return 4;
      if (x.code == "W") return 5;
      if (x.code == "M") return 6;
      if (x.code == "Q") return 7;
      if (x.code == "Y") return 8;
      if (x.code == "DE") return 9;
      return x.code == "CE" ? 10 : 0;
    };
    // Clock units need no "and": "2 minutes 10 seconds", "1 hour 20 minutes".
    if (number && (Is(i + 2, "and") || Is(i + 3, "and") || Is(i + 4, "and") || Num(i + 2)) &&
        Count(i, true, &n, &vague, &j) && !vague && UnitAt(j, &unit, &k) &&
        (Is(k, "and") || (unit.time && Num(k))) &&
        Count(Is(k, "and") ? k + 1 : k, true, &m, &vague, &u) && !vague && UnitAt(u, &second, &j) &&
        (Is(k, "and") || second.time) && rank(second) > 0 && rank(second) < rank(unit) &&
        unit.code != "WE" &&
        !(Is(j, "ago") || Is(j, "later") || Is(j, "earlier") || Is(j, "-") || Is(j, "old"))) {
      // Fields of an ISO 8601 duration, filled from both parts.
      long years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
      auto add = [&](const Unit& x, long count) {
        count *= x.count;
        if (x.time) {
          (x.code == "H" ? hours : x.code == "M" ? minutes : seconds) += count;
        } else if (x.code == "D") {
          days += count;
        } else if (x.code == "W") {
          weeks += count;
        } else if (x.code == "M") {
          months += count;
        } else if (x.code == "Q") {
          months += 3 * count;
        } else {
          years += count * (x.code == "DE" ? 10 : x.code == "CE" ? 100 : 1);
        }
      };
      add(unit, n);
      add(second, m);
      // Weeks do not mix with other fields in TIMEX3 values: count them as days.
      if (weeks != 0 && (days != 0 || hours != 0 || minutes != 0 || seconds != 0)) {
        days += 7 * weeks;
        weeks = 0;
      }
      std::string v = "P";
      auto field = [&](long count, char letter) {
        if (count != 0) v += std::to_string(count) + letter;
      };
      field(years, 'Y');
      field(months, 'M');
      field(weeks, 'W');
      field(days, 'D');
      if (hours != 0 || minutes != 0 || seconds != 0) v += "T";
      field(hours, 'H');
      field(minutes, 'M');
      field(seconds, 'S');
      Spec s;
      s.type = TimexType::kDuration;
      s.literal = v;
      take(i, j, s, "compound_duration");
    }
  }
  // "the January-March quarter": a calendar quarter named by its months.
  if (int first = 0, last = 0; the && I(i + 1).month > 0 && Month(i + 1, &first, &j) &&
                               (Is(j, "-") || Is(j, "\u2013") || Is(j, "to")) &&
                               Month(j + 1, &last, &k) && Is(k, "quarter") && last == first + 2 &&
                               (first - 1) % 3 == 0) {
    Spec s;
    s.quarter = (first - 1) / 3 + 1;
    take(i, k + 1, s, "month_range_quarter");
  }
  // "later in the week", "earlier in the year": that part of the current
  // period, like "later this week".
  if ((Is(i, "later") || Is(i, "earlier")) && Is(i + 1, "in") && Is(i + 2, "the") &&
      UnitAt(i + 3, &unit, &k) && !unit.time && unit.count == 1 && W(i + 3).back() != 's' &&
      (unit.code == "W" || unit.code == "M" || unit.code == "Y")) {
    Grain g = GrainOfUnit(unit.code);
    Spec s;
    s.shift = true;
    s.unit = g;
    s.grain = g;
    s.mod = Is(i, "later") ? "END" : "START";
    take(i, k, s, "later_in_the_period");
  }
  // "the week before last", "the weekend before last": two periods back; "the week after next",
  // "the year after next": two periods on; "the year before", "the month after": one period off
  // the story's, when the phrase ends there ("the week before the vote" is a relation).
  if (the && I(i + 1).unit != nullptr && UnitAt(i + 1, &unit, &k) && !unit.time &&
      unit.count == 1 && W(i + 1).back() != 's' && unit.code != "D" &&
      (Is(k, "before") || Is(k, "after"))) {
    Grain g = GrainOfUnit(unit.code);
    Spec s;
    s.shift = true;
    s.unit = g;
    s.grain = g == Grain::kDecade || g == Grain::kCentury ? Grain::kYear : g;
    // "the week before last Tuesday" counts back from Tuesday, "the week after next month's
    // vote" on from the month.
    bool two = !Num(k + 2) && I(k + 2).unit == nullptr && I(k + 2).weekday == 0 &&
               I(k + 2).month == 0 && I(k + 2).season == nullptr && I(k + 2).holidays.empty();
    // "the decade before last" is a decade (the 2000s), as "the previous
    // decade" is.
    if (two && Is(k, "before") && Is(k + 1, "last")) {
      s.offset = -2;
      s.grain = g;
      take(i, k + 2, s, "period_before_last");
    } else if (two && Is(k, "after") && Is(k + 1, "next")) {
      s.offset = 2;
      s.grain = g;
      take(i, k + 2, s, "period_after_next");
    } else if (unit.code != "WE" &&
               (k + 1 >= t_.size() || (!t_[k + 1].alpha && !t_[k + 1].number))) {
      s.offset = Is(k, "before") ? -1 : 1;
      s.narrative = true;
      take(i, k + 1, s, "period_before_after");
    }
  }
  // "took an overnight flight": the night of the day the story has named
  // (the driver keeps it only where the text has named one).
  if (Is(i, "overnight") && i > 0 && (Is(i - 1, "an") || Is(i - 1, "the")) &&
      lx_.overnight_journeys.contains(W(i + 1))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.narrative = true;
    s.time = "TNI";
    take(i, i + 1, s, "overnight_journey");
  }
  // "overnight Tuesday": that weekday's night.
  if (int wd = 0; Is(i, "overnight") && Weekday(i + 1, &wd, &k)) {
    Spec s;
    s.type = TimexType::kTime;
    s.weekday = wd;
    s.time = "TNI";
    take(i, k, s, "overnight_weekday");
  }
  // "overnight": the night before the story's day, or in a clause about the
  // future the coming one; "an overnight curfew", "overnight rates" describe
  // a noun.
  if (Is(i, "overnight") &&
      !(i > 0 && (Is(i - 1, "an") || Is(i - 1, "the") || Is(i - 1, "a") || Is(i - 1, "its") ||
                  Is(i - 1, "their"))) &&
      !(i + 1 < t_.size() && t_[i + 1].alpha && !t_[i + 1].capitalized &&
        I(i + 1).has_tense == false && I(i + 1).trigger == false && !Is(i + 1, "and") &&
        !Is(i + 1, "to") && !Is(i + 1, "in") && !Is(i + 1, "on") && !Is(i + 1, "at") &&
        !Is(i + 1, "near") && !Is(i + 1, "as") && !Is(i + 1, "after") && !Is(i + 1, "into") &&
        !Is(i + 1, "from") && !Is(i + 1, "with") && !Is(i + 1, "but") && !Is(i + 1, "by"))) {
    Spec s;
    s.type = TimexType::kTime;
    s.shift = true;
    s.unit = Grain::kDay;
    s.offset = TenseAround(i, i + 1) > 0 ? 0 : -1;
    s.time = "TNI";
    take(i, i + 1, s, "overnight");
  }
}

}  // namespace annals::resolve_internal
