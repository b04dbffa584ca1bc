#include "narrative_time.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <optional>

#include <date/date.h>

#include "value_shape.h"

namespace annals {
namespace {

// The rules of the resolver that count from the time told before, not from
// the publication date ("two days later", "that week", "the same day").
bool NarrativeRule(std::string_view rule) {
  return rule == "same_day" || rule == "that_period" || rule == "later_earlier";
}

// A rule's name compared as a view: the lengths first, so most names cost
// no compare of their bytes (std::string == const char* measures the
// literal and compares).
bool RuleIs(const std::string& rule, std::string_view name) { return rule == name; }

void SetDay(TimeExpression* t, date::sys_days day) {
  date::year_month_day ymd(day);
  t->type = TimexType::kDate;
  // Not date::format: it goes through a stream for ten characters.
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  t->value = text;
  t->first_day = ymd;
  t->last_day = ymd;
  t->display = t->value;
}

void SetMonth(TimeExpression* t, const std::string& month) {
  int y = std::stoi(month.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(month.substr(5, 2)));
  date::year_month ym{date::year{y}, date::month{m}};
  t->type = TimexType::kDate;
  t->value = month;
  t->first_day = date::year_month_day{ym / 1};
  t->last_day = date::year_month_day{ym / date::last};
  t->display = t->value;
}

// "P1D", "P3D": a count of days, else -1.
int DaysOf(const TimeExpression& t) {
  const std::string& v = t.value;
  if (t.type != TimexType::kDuration || v.size() < 3 || v.size() > 4 || v[0] != 'P' ||
      v.back() != 'D' || !Digits(v, 1, v.size() - 1)) {
    return -1;
  }
  return std::stoi(v.substr(1, v.size() - 2));
}

// "48 hours", "two days": a duration of at most three days.
bool ShortCount(const TimeExpression& t) {
  const std::string& v = t.value;
  if (t.type != TimexType::kDuration || v.size() < 3) return false;
  bool hours = v.size() >= 4 && v.compare(0, 2, "PT") == 0 && v.back() == 'H' &&
               Digits(v, 2, v.size() - 1) && v.size() <= 5;
  if (hours) return std::stoi(v.substr(2, v.size() - 3)) <= 72;
  int days = DaysOf(t);
  return days >= 1 && days <= 3;
}

// Whether a word of `text` points back, or its first word opens a phrase
// that does ("the next day").
bool Anaphoric(const std::string& text, const NarrativeTimeWords& vocabulary) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t from = 0;
  while (from < lower.size()) {
    size_t to = lower.find(' ', from);
    if (to == std::string::npos) to = lower.size();
    std::string word = lower.substr(from, to - from);
    if (vocabulary.anaphoric.count(word) || (from == 0 && vocabulary.article.count(word)))
      return true;
    from = to + 1;
  }
  return false;
}

enum class Kind { kResolved, kSameDay, kDaysAfter, kOffset };

// A time as the walk below reads it: the resolved one until a rule changes
// it, then a copy in the walk's own store. Most articles change a few times
// or none, and copying and sorting every TimeExpression cost more than the
// rest of the walk.
struct Item {
  const TimeExpression* time = nullptr;
  TimeExpression* own = nullptr;  // `time` once it is the walk's own
  size_t begin = 0, end = 0;      // where it stands in `body`
  Kind kind = Kind::kResolved;
  int days = 0;
  bool drop = false;
  // "in July 2007 ... days later": the resolver left a length (no day to
  // count from); only a month told just before gives it a date.
  bool vague = false;
  // "a day after talks in Lima", "two days after the summit": the count
  // runs from the event named after "after", not from the last day told.
  bool names_event = false;
  // "two days after the bombing", "the day after his inauguration": the
  // family of the event named (data/en/anchor_events.tsv) and the count,
  // dated from that event's own date told earlier in the article.
  int family = -1;
  std::optional<EventCount> count;
  bool made = false;  // a count no time expression covered ("the day after")
  // "on Sunday, two days after Peru broke off relations": the event of the
  // clause after the count is the main clause's day moved by this (-2).
  std::optional<EventCount> back;
};

// The time of `item` to change: a copy in `store` made on the first change.
TimeExpression& Edit(Item& item, std::deque<TimeExpression>* store) {
  if (!item.own) {
    item.own = &store->emplace_back(*item.time);
    item.own->begin = item.begin;  // the copy stands where the walk reads it
    item.own->end = item.end;
    item.time = item.own;
  }
  return *item.own;
}

// Whether `w` ends a sentence: a full stop, "?" or "!".
bool SentenceEnd(const Word& w) { return w.lower == "." || w.lower == "?" || w.lower == "!"; }

// Whether a sentence ends between character offsets `from` and `to`.
bool SentenceEndBetween(const std::vector<Word>& words, size_t from, size_t to) {
  auto it = std::lower_bound(words.begin(), words.end(), from,
                             [](const Word& w, size_t at) { return w.begin < at; });
  for (; it != words.end() && it->begin < to; ++it) {
    if (SentenceEnd(*it)) return true;
  }
  return false;
}

// The sentence ends nearest a time: the offset of the last ".", "?" or "!"
// before character offset `begin`, and of the first at or after `end`.
// Found once for a time, they tell for each other time before or after it
// whether a sentence ends between the two, as SentenceEndBetween would,
// without a search of the words for every pair.
struct EndsAround {
  std::optional<size_t> before;
  std::optional<size_t> after;
};

EndsAround FindEndsAround(const std::vector<Word>& words, size_t begin, size_t end) {
  auto by_begin = [](const Word& w, size_t at) { return w.begin < at; };
  EndsAround around;
  for (auto it = std::lower_bound(words.begin(), words.end(), begin, by_begin);
       it != words.begin();) {
    --it;
    if (SentenceEnd(*it)) {
      around.before = it->begin;
      break;
    }
  }
  for (auto it = std::lower_bound(words.begin(), words.end(), end, by_begin); it != words.end();
       ++it) {
    if (SentenceEnd(*it)) {
      around.after = it->begin;
      break;
    }
  }
  return around;
}

// "WASHINGTON, May 10 (Reuters) -": a day right before a dash or a bracket
// is the dateline's, the day the story was filed, not an event's.
bool DatelineDay(const std::vector<Word>& words, size_t w) {
  if (w >= words.size()) return false;
  const WordText& next = words[w].lower;
  return next == "(" || next == "-" || next == "--" || next == "\u2014" || next == "\u2013";
}

// The index of the first word at or after character offset `at`.
size_t WordAt(const std::vector<Word>& words, size_t at) {
  auto it = std::lower_bound(words.begin(), words.end(), at,
                             [](const Word& w, size_t offset) { return w.begin < offset; });
  return static_cast<size_t>(it - words.begin());
}

// Whether "after" or "before" (at word `w`) is followed by what names an
// event rather than ending the phrase ("a day after, ...").
bool NamesEventAt(const std::vector<Word>& words, size_t w) {
  if (w + 1 >= words.size()) return false;
  const WordText& at = words[w].lower;
  const WordText& next = words[w + 1].lower;
  // "two days after it": a pronoun points back to what was just told.
  bool pronoun = next == "it" || next == "that" || next == "this";
  return (at == "after" || at == "before") && !words[w + 1].punct && !pronoun;
}

// The first word at or after `i` whose hash has its bit in `bits` (a
// phrase's last word or a turn word may be there), or `count`. Out of line, so that its
// loop keeps to registers: inlined in the walk below, the index and the
// bits lived on the stack (14 instructions a word, 7 here).
[[gnu::noinline]] size_t NextWordIn(const Word* words, size_t count, size_t i, uint64_t bits) {
  while (i < count && ((bits >> (words[i].hash % 64)) & 1) == 0) ++i;
  return i;
}

}  // namespace

bool AnchorNarrativeTimes(std::string_view body, const std::vector<Word>& words,
                          const std::vector<TimeExpression>& times, size_t shift,
                          const NarrativeTimeWords& vocabulary, std::deque<TimeExpression>* store,
                          std::vector<PlacedTime>* out) {
  if (vocabulary.empty()) return false;
  const EventAnchorWords& anchors = vocabulary.anchors;
  std::vector<Item> items;
  bool changed = false;
  auto start = [&]() {
    if (!items.empty()) return;
    items.reserve(times.size() + 4);
    for (const TimeExpression& t : times) {
      Item item;
      item.time = &t;
      item.begin = t.begin + shift;
      item.end = t.end + shift;
      items.push_back(item);
    }
  };
  // Phrases with no time expression of their own.
  // A bit per last word's hash: nearly every word of the text is turned
  // away by one test instead of a search of the list.
  const std::vector<size_t>& hashes = vocabulary.last_word_hashes;
  uint64_t last_word_bits = 0;
  for (size_t h : hashes) last_word_bits |= uint64_t{1} << (h % 64);
  size_t next = 0;
  // The words through locals: the loop body builds strings, after which
  // the compiler would read `words` again at every word.
  const Word* const word_data = words.data();
  const size_t word_count = words.size();
  // The same walk notes the words that may be turn words ("after",
  // "before"), for the counts from a named event below: one pass over the
  // words for both. (A word let through by the turn bits alone is not in
  // `hashes` and goes no further here.)
  const uint64_t turn_bits = anchors.turn_bits();
  std::vector<size_t> maybe_turns;
  for (size_t i = NextWordIn(word_data, word_count, 0, last_word_bits | turn_bits); i < word_count;
       i = NextWordIn(word_data, word_count, i + 1, last_word_bits | turn_bits)) {
    if ((turn_bits >> (word_data[i].hash % 64)) & 1) maybe_turns.push_back(i);
    if (std::find(hashes.begin(), hashes.end(), words[i].hash) == hashes.end()) continue;
    if (std::find(vocabulary.last_words.begin(), vocabulary.last_words.end(), words[i].lower) ==
        vocabulary.last_words.end()) {
      continue;
    }
    while (next < times.size() && times[next].end + shift <= words[i].begin) ++next;
    if (next < times.size() && times[next].begin + shift < words[i].end) continue;  // inside
    std::string phrase = words[i].lower;
    for (size_t n = 1; n <= 3 && n <= i; ++n) {
      phrase = std::string(words[i - n].lower) + " " + phrase;
      Kind kind = vocabulary.same_day.count(phrase)     ? Kind::kSameDay
                  : vocabulary.days_after.count(phrase) ? Kind::kDaysAfter
                                                        : Kind::kResolved;
      if (kind == Kind::kResolved) continue;
      if (next < times.size() && times[next].begin + shift < words[i].end) break;
      if (next > 0 && times[next - 1].end + shift > words[i - n].begin) break;
      start();
      Item item;
      item.kind = kind;
      TimeExpression& t = store->emplace_back();
      item.time = item.own = &t;
      item.begin = t.begin = words[i - n].begin;
      item.end = t.end = words[i].end;
      t.rule = "narrative";
      t.text = std::string(body.substr(t.begin, t.end - t.begin));
      if (kind == Kind::kDaysAfter) t.mod = "AFTER";
      items.push_back(item);
      changed = true;
      break;
    }
  }
  // "A day after", "two days later" left a duration: count it on.
  size_t w = 0;
  for (size_t k = 0; k < times.size(); ++k) {
    int days = DaysOf(times[k]);
    if (days < 0) continue;
    // The first word at or after the duration's end (never back of the
    // last one found): a binary search, not a walk over every word.
    w = std::max(w, WordAt(words, times[k].end + shift));
    if (w >= words.size() || vocabulary.offset.count(words[w]) == 0) continue;
    start();
    items[k].kind = Kind::kOffset;
    items[k].days = days;
    items[k].names_event = NamesEventAt(words, w);
    TimeExpression& t = Edit(items[k], store);
    items[k].end = t.end = words[w].end;
    t.rule = "narrative";
    t.text = std::string(body.substr(t.begin, t.end - t.begin));
    changed = true;
  }
  // "days later" the resolver kept as a length: counted on below only
  // from a month just told.
  for (size_t k = 0; k < times.size(); ++k) {
    if (!RuleIs(times[k].rule, "vague_later") || times[k].type != TimexType::kDuration) continue;
    std::string lower(times[k].text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (vocabulary.days_after.count(lower) == 0) continue;
    start();
    items[k].kind = Kind::kDaysAfter;
    items[k].vague = true;
    changed = true;
  }
  // "Within 48 hours, Peru summoned the envoy": a short count opening the
  // sentence places the event just after the day told before. Told
  // anywhere else it may be a deadline ("must leave within 48 hours").
  for (size_t k = 0; k < times.size(); ++k) {
    if (!ShortCount(times[k])) continue;
    size_t at = WordAt(words, times[k].begin + shift);
    if (at == 0 || at >= words.size() || vocabulary.within.count(words[at - 1]) == 0) continue;
    size_t opener = at - 1;
    bool starts = opener == 0 || SentenceEnd(words[opener - 1]);
    size_t after = WordAt(words, times[k].end + shift);
    if (!starts || after >= words.size() || words[after].lower != ",") continue;
    start();
    items[k].kind = Kind::kDaysAfter;
    TimeExpression& t = Edit(items[k], store);
    items[k].begin = t.begin = words[opener].begin;
    t.rule = "narrative";
    t.mod = "AFTER";
    t.text = std::string(body.substr(t.begin, t.end - t.begin));
    changed = true;
  }
  // "Two days after the talks" the resolver counted from its own anchor.
  for (size_t k = 0; k < times.size(); ++k) {
    if (!RuleIs(times[k].rule, "count_from_event") && times[k].type != TimexType::kDuration)
      continue;
    size_t after = WordAt(words, times[k].end + shift);
    if (!NamesEventAt(words, after)) continue;
    start();
    items[k].names_event = true;
    // The resolver keeps "three days before the election" a length when it
    // does not know the noun for an event; counted from an event the article
    // dated, it is a date too, unless the sentence gives a date of its own
    // ("on Aug. 13, six days after the invasion": the date wins).
    auto alone = [&]() {
      const size_t begin = times[k].begin + shift, end = times[k].end + shift;
      const EndsAround around = FindEndsAround(words, begin, end);
      return std::none_of(times.begin(), times.end(), [&](const TimeExpression& o) {
        if (&o == &times[k] || !o.first_day) return false;
        size_t from = std::min(o.end, times[k].end) + shift;
        size_t to = std::max(o.begin, times[k].begin) + shift;
        bool ends = to == begin   ? around.before && *around.before >= from  // o starts first
                    : from == end ? around.after && *around.after < to       // o ends last
                                  : SentenceEndBetween(words, from, to);
        return !ends;
      });
    };
    bool length =
        RuleIs(times[k].rule, "duration") && times[k].type == TimexType::kDuration && alone();
    if ((RuleIs(times[k].rule, "count_from_event") || length) && !anchors.empty()) {
      items[k].family = anchors.NamedAt(words, after);
      if (items[k].family >= 0) items[k].count = anchors.CountOf(times[k].text, words, after);
    }
    changed = true;
  }
  // "The day after his inauguration, ...": a count the resolver left
  // alone, before an event the article may have dated.
  if (!anchors.empty()) {
    size_t t = 0;
    // Only a turn word ("after", "before") opens such a phrase: the walk
    // above listed the words that may be one.
    for (size_t i : maybe_turns) {
      size_t first = 0;
      if (!anchors.CountWordsBefore(words, i, &first)) continue;  // it asks IsTurn
      int family = anchors.NamedAt(words, i);
      if (family < 0) continue;
      while (t < times.size() && times[t].end + shift <= words[first].begin) ++t;
      if (t < times.size() && times[t].begin + shift < words[i].end) continue;  // a time's own
      auto count = anchors.CountOf(
          body.substr(words[first].begin, words[i - 1].end - words[first].begin), words, i);
      if (!count) continue;
      start();
      Item item;
      item.kind = Kind::kOffset;
      item.names_event = true;
      item.made = true;
      item.family = family;
      item.count = count;
      TimeExpression& made = store->emplace_back();
      item.time = item.own = &made;
      item.begin = made.begin = words[first].begin;
      item.end = made.end = words[i].end;
      made.rule = "narrative";
      made.text = std::string(body.substr(made.begin, made.end - made.begin));
      items.push_back(item);
      changed = true;
    }
  }
  // "Chile's diplomats left Lima on Sunday, two days after Peru broke off
  // relations": a count after a comma, before a clause of its own (a
  // subject and a past verb, not a noun naming an event), dates the
  // clause's event from the main clause's day, told before it in the same
  // sentence: that day less the count ("a day before ..." adds one).
  // Only a turn word opens the clause: the first walk listed the words
  // that may be one, so no word is asked the turn-word set here again.
  if (!anchors.empty()) {
    for (size_t i : maybe_turns) {
      if (i < 2 || !anchors.IsTurn(word_data[i])) continue;
      // The count ("two days", "hours") right before the turn word follows
      // a comma: one or two words back, asked before the count itself.
      if (word_data[i - 2].lower != "," && (i < 3 || word_data[i - 3].lower != ",")) continue;
      size_t first = 0;
      auto count = anchors.CountRightBefore(words, i, &first);
      if (!count || first == 0 || words[first - 1].lower != "," || !anchors.ClauseAt(words, i))
        continue;
      start();
      const size_t from = words[first].begin, to = words[i - 1].end;
      Item* own = nullptr;
      bool overlap = false;
      for (Item& it : items) {
        if (it.begin <= from && it.end >= to && it.end <= words[i].end) {
          own = &it;
        } else if (it.begin < words[i].end && it.end > from) {
          overlap = true;  // a time of its own reaches into the count or the clause
        }
      }
      if (overlap) continue;
      if (!own) {
        Item item;
        item.made = true;
        TimeExpression& made = store->emplace_back();
        item.time = item.own = &made;
        item.begin = made.begin = from;
        item.end = made.end = words[i].end;
        made.rule = "after_clause";
        made.text = std::string(body.substr(made.begin, made.end - made.begin));
        items.push_back(item);
        own = &items.back();
      }
      own->back = EventCount{-count->amount, count->months, count->vague};
      own->family = -1;
      own->count.reset();
      own->names_event = false;
      changed = true;
    }
  }
  if (!changed) {
    // Only resolved phrases: copy only when one of them needs another value.
    bool any = std::any_of(times.begin(), times.end(), [&](const TimeExpression& t) {
      return NarrativeRule(t.rule) ||
             (RuleIs(t.rule, "relative_period") && Anaphoric(t.text, vocabulary));
    });
    if (!any) return false;
    start();
  }
  // The resolver's times come in text order, and a phrase found above is
  // appended after them: most articles need no sort (a stable sort takes a
  // buffer from the heap and merges even a sorted run).
  auto by_begin = [](const Item& a, const Item& b) { return a.begin < b.begin; };
  if (!std::is_sorted(items.begin(), items.end(), by_begin)) {
    std::stable_sort(items.begin(), items.end(), by_begin);
  }

  const TimeExpression* previous = nullptr;       // the resolver's anchor: the last calendar time
  std::optional<date::sys_days> last_day;         // the last day told
  const TimeExpression* last_day_time = nullptr;  // the time that told it
  std::string last_month;   // the month of the last time told to the month or day
  size_t last_day_end = 0;  // where the time giving last_day ends
  // The last time told to the year, month or day, and where it ends: the
  // main clause's time for "weeks after".
  const TimeExpression* last_time = nullptr;
  size_t last_time_end = 0;
  // (Whether that time is the dateline's is asked only where it counts.)
  // What a time told tells the times after it.
  auto note = [&](const Item& item) {
    if (item.drop || !item.time->first_day) return;
    const TimeExpression& now = *item.time;  // the resolver's, or its edited copy
    if (item.kind == Kind::kResolved) previous = &now;
    const bool day = DayPrecision(now.value);  // asked once, and the month copied in place
    if (day && *now.first_day == *now.last_day) {
      last_day = date::sys_days(*now.first_day);
      last_day_time = &now;
      last_day_end = item.end;
    }
    if (day || MonthPrecision(now.value)) last_month.assign(now.value, 0, 7);
    if (now.type == TimexType::kDate && now.mod.empty() &&
        (day || MonthPrecision(now.value) || YearPrecision(now.value))) {
      last_time = &now;
      last_time_end = item.end;
    }
  };
  // Where the sentence holding character offset `at` begins and ends (word
  // indexes).
  auto sentence_of = [&](size_t at, size_t* from, size_t* to) {
    size_t b = std::min(WordAt(words, at), words.size()), e = b;
    while (b > 0 && !SentenceEnd(words[b - 1])) --b;
    while (e < words.size() && !SentenceEnd(words[e])) ++e;
    *from = b;
    *to = e;
  };
  // The date of the event of `family` the article told before `item`: the
  // first time (a day before any coarser one) of a sentence that tells such
  // an event, not the dateline's.
  auto anchor_of = [&](const Item& item) -> const TimeExpression* {
    const TimeExpression* coarse = nullptr;
    for (const Item& c : items) {
      if (&c == &item || c.begin >= item.begin) break;
      const TimeExpression& ct = *c.time;
      if (c.drop || c.kind != Kind::kResolved || c.family >= 0 ||
          (ct.type != TimexType::kDate &&
           !(ct.type == TimexType::kTime && DayPrecision(ct.value))) ||
          !ct.first_day || DatelineDay(words, WordAt(words, c.end))) {
        continue;
      }
      bool day = DayPrecision(ct.value);
      if (!day && (coarse || (!MonthPrecision(ct.value) && !YearPrecision(ct.value)))) continue;
      size_t from = 0, to = 0;
      sentence_of(c.begin, &from, &to);
      size_t stop = std::min(to, WordAt(words, item.begin));
      if (!anchors.Tells(words, from, stop, item.family)) continue;
      if (day) return &ct;
      coarse = &ct;
    }
    return coarse;
  };
  for (Item& item : items) {
    const TimeExpression& t = *item.time;
    if (item.back && item.back->vague) {
      // "in March 1994, weeks after fighting broke out": the clause's event
      // came before the main clause's time (of any span, in the same
      // sentence, not the dateline's), by an unknown length: that time
      // with the qualifier "before" ("after" for "weeks before").
      bool main_time = last_time && last_time_end <= item.begin &&
                       !SentenceEndBetween(words, last_time_end, item.begin) &&
                       !DatelineDay(words, WordAt(words, last_time_end));
      if (main_time) {
        TimeExpression& edit = Edit(item, store);
        TimeExpression counted = *last_time;
        counted.begin = edit.begin;
        counted.end = edit.end;
        counted.text = edit.text;
        counted.rule = "after_clause";
        counted.direction.clear();
        counted.mod = item.back->amount < 0 ? "BEFORE" : "AFTER";
        edit = counted;
        item.kind = Kind::kResolved;
      } else {
        item.drop = true;
      }
      changed = true;
      continue;
    }
    if (item.back) {
      // Only a day of the same sentence, before the count, is the main
      // clause's; with none the clause's event gets no date from it.
      TimeExpression counted = *item.time;
      bool main_day = last_day_time && last_day_end <= item.begin &&
                      !SentenceEndBetween(words, last_day_end, item.begin) &&
                      !DatelineDay(words, WordAt(words, last_day_end));
      // "met at Tacna in February 2020, a month after Peru freed ...": a
      // count of whole months runs from a main clause told to the month
      // (January 2020); a count of days from a month says nothing.
      bool main_month = !main_day && item.back->months && !item.back->vague && last_time &&
                        MonthPrecision(last_time->value) && last_time_end <= item.begin &&
                        !SentenceEndBetween(words, last_time_end, item.begin) &&
                        !DatelineDay(words, WordAt(words, last_time_end));
      if (main_month && CountFromAnchor(*last_time, *item.back, &counted)) {
        TimeExpression& edit = Edit(item, store);
        edit = counted;
        edit.rule = "after_clause";
        edit.direction.clear();
        item.kind = Kind::kResolved;
      } else if (main_day && CountFromAnchor(*last_day_time, *item.back, &counted)) {
        TimeExpression& edit = Edit(item, store);
        edit = counted;
        edit.rule = "after_clause";
        edit.direction.clear();
        item.kind = Kind::kResolved;
      } else {
        item.drop = true;
      }
      changed = true;
      continue;
    }
    if (item.family >= 0 && item.count) {
      // "two days after the bombing": from the bombing's own date.
      if (const TimeExpression* anchor = anchor_of(item)) {
        TimeExpression& edit = Edit(item, store);
        TimeExpression counted = edit;
        if (CountFromAnchor(*anchor, *item.count, &counted)) {
          edit = counted;
          edit.rule = "event_anchor";
          edit.direction.clear();
          item.kind = Kind::kResolved;
          changed = true;
          note(item);
          continue;
        }
      }
      if (item.made) {  // no date told for it: as before, the phrase dates nothing
        item.drop = true;
        continue;
      }
    }
    if (item.names_event) {
      // Counted from an event named by a bare noun: only a day told in an
      // earlier sentence, not the dateline's, can be that event's.
      bool told = last_day && !DatelineDay(words, WordAt(words, last_day_end)) &&
                  SentenceEndBetween(words, last_day_end, item.begin);
      if (!told) {
        item.drop = true;
        changed = true;
        continue;
      }
      // "after" points from the named event, not to the story's future:
      // the tense of the verb dated says whether it was held.
      if (!t.direction.empty()) Edit(item, store).direction.clear();
    }
    // A month told after the last day and not looking back before it: "in
    // July 2007 ... days later" counts from July 2007.
    bool month_told = previous && MonthPrecision(previous->value) && previous->first_day &&
                      (!last_day || date::sys_days(*previous->first_day) >= *last_day);
    if (item.vague && !month_told) {
      continue;  // the resolver's length stays
    } else if (item.kind != Kind::kResolved) {
      if (month_told) {
        TimeExpression& edit = Edit(item, store);
        SetMonth(&edit, previous->value);
        edit.mod.clear();
        edit.rule = "narrative";
        changed = true;
      } else if (!last_day) {
        item.drop = true;
        continue;
      } else {
        SetDay(&Edit(item, store),
               *last_day + date::days(item.kind == Kind::kOffset ? item.days : 0));
        changed = true;
      }
    } else if (RuleIs(t.rule, "later_earlier") && !previous) {
      // "Eight months later" with no date told before it counts from
      // nothing the story gave: the publication date is no event of it.
      item.drop = true;
      changed = true;
    } else if (t.first_day && t.last_day && previous) {
      // "later that month", "the following day"; not "next week".
      bool narrative = NarrativeRule(t.rule), opened = false;
      if (!narrative && RuleIs(t.rule, "relative_period")) {
        std::string lower(t.text);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        size_t from = 0;
        while (from < lower.size() && !narrative) {
          size_t to = lower.find(' ', from);
          if (to == std::string::npos) to = lower.size();
          std::string word = lower.substr(from, to - from);
          narrative = vocabulary.anaphoric.count(word) > 0;
          if (from == 0) opened = vocabulary.article.count(word) > 0;
          from = to + 1;
        }
      }
      const std::string& anchor = previous->value;
      // "On Wednesday ... He had clashed with Lima last August. The
      // following day ...": the resolver counted from the last day told,
      // passing over a month or year that looks back before it.
      bool from_last_day = (narrative || opened) && DayPrecision(t.value) &&
                           !DayPrecision(anchor) && last_day && previous->first_day &&
                           date::sys_days(*previous->first_day) < *last_day &&
                           date::sys_days(*t.first_day) >= *last_day - date::days(7) &&
                           date::sys_days(*t.first_day) <= *last_day + date::days(7);
      if (from_last_day) {
        // keep the resolver's day
      } else if ((narrative || opened) && DayPrecision(t.value) && !DayPrecision(anchor)) {
        // A day counted off a month is that month, not its first day.
        // Off a year named in passing ("a year after the 2021 summit. The
        // next day, ..."), the count runs from the last day the story told.
        auto offset = date::sys_days(*t.first_day) - date::sys_days(*previous->first_day);
        if (MonthPrecision(anchor)) {
          TimeExpression& edit = Edit(item, store);
          SetMonth(&edit, anchor);
          edit.mod.clear();
        } else if (YearPrecision(anchor) && last_day && offset.count() >= -7 &&
                   offset.count() <= 7) {
          TimeExpression& edit = Edit(item, store);
          SetDay(&edit, *last_day + offset);
          edit.mod.clear();
        } else {
          item.drop = true;
        }
        changed = true;
      } else if ((narrative || opened) && YearPrecision(t.value) && t.value == anchor) {
        // "2019. The next day, ...": the resolver gives the year, invents no
        // day; as above, the count runs from the last day told, else none.
        std::optional<int> step;
        bool day_phrase = false;
        std::string lower(t.text);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (size_t from = 0; from < lower.size();) {
          size_t to = lower.find(' ', from);
          if (to == std::string::npos) to = lower.size();
          std::string word = lower.substr(from, to - from);
          if (auto it = vocabulary.day_step.find(word); it != vocabulary.day_step.end()) {
            step = it->second;
          }
          day_phrase = day_phrase || vocabulary.day_units.count(word) > 0;
          from = to + 1;
        }
        if (day_phrase && step) {
          if (last_day) {
            TimeExpression& edit = Edit(item, store);
            SetDay(&edit, *last_day + date::days(*step));
            edit.mod.clear();
          } else {
            item.drop = true;
          }
          changed = true;
        }
      } else if (narrative && MonthPrecision(t.value) && YearPrecision(anchor)) {
        // "Earlier that month" after "the 2020 election": the story's month.
        if (!last_month.empty()) {
          SetMonth(&Edit(item, store), last_month);
        } else {
          item.drop = true;
        }
        changed = true;
      }
    }
    note(item);
  }
  if (!changed) return false;
  out->clear();
  out->reserve(items.size());
  for (const Item& item : items) {
    if (!item.drop) out->push_back({item.time, item.begin, item.end});
  }
  return true;
}

}  // namespace annals
