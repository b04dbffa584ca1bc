// The steps of EventRules::Extract that date events: which time expression
// governs which event word in its clause or sentence, the days a mention
// covers, and times borrowed from the sentences before.
#include <algorithm>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "annals/date_value.h"
#include "annals/tsv.h"
#include "article_reading.h"
#include "event_rules.h"
#include "event_words.h"
#include "stay_during.h"
#include "travel_words.h"
#include "value_shape.h"

namespace annals {

void EventRules::FindSentenceTimes(ArticleReading* reading, SentenceReading* sentence) const {
  auto& time_spans = reading->time_spans;
  auto& next_time = reading->next_time;
  auto& s = sentence->s;
  auto& sentence_times = sentence->sentence_times;
  while (next_time < time_spans.size() && time_spans[next_time].first_word < s.last_word) {
    if (time_spans[next_time].first_word >= s.first_word)
      sentence_times.push_back(time_spans[next_time]);
    ++next_time;
  }
  JoinDayRanges(reading, sentence);
}

namespace {

// "the first by a Kenyan leader to Norway since 2015": a time right after
// "since" with "first" up to eight plain words before it measures how long
// the event had not happened (visits29). Not when ", when" follows: "since
// November 2018, when the king received him in Rabat" tells that last time.
// The ranking word is the ordinal of value 1 in data/en/ordinals.tsv
// ("first"); "last" (-1) ranks the other way and is left out.
// Read once. The resolver's Lexicon checks the same file at start-up and
// stops the run on a bad row, so a failure here cannot be reached.
const WordSet& FirstOrdinals() {
  static const WordSet words = [] {
    std::vector<std::string> first;
    Diagnostic unreachable;
    ReadFirstFieldsWhere("data/en/ordinals.tsv", 1, "1", &first, &unreachable);
    WordSet set;
    for (const std::string& w : first) set.insert(w);
    return set;
  }();
  return words;
}

// Whether words [from, to) hold no punctuation but an abbreviation's
// period: one clause, not two ("on Tuesday and expelled", not "on Tuesday.
// Later it expelled").
bool Unpunctuated(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].punct && !words[w].abbreviation) return false;
  }
  return true;
}

bool RankingSince(const std::vector<Word>& words, const SentenceSpan& s, const TimeSpan& t) {
  if (t.first_word <= s.first_word + 1 || words[t.first_word - 1].lower != "since") return false;
  if (t.end_word + 1 < s.last_word && words[t.end_word].lower == "," &&
      words[t.end_word + 1].lower == "when")
    return false;
  for (size_t x = t.first_word - 1; x-- > s.first_word && x + 10 > t.first_word;) {
    if (words[x].punct) return false;
    if (FirstOrdinals().count(words[x]) > 0) return true;
  }
  return false;
}

// The longest stay the day rules make, its last day at most this many
// days after its first: two weeks. A visit does not last longer, so a
// later day in the sentence tells something else (a return, the next trip).
constexpr date::days kMaxStayDays{13};
// The latest day an "until" may end a stay, counted from its first day:
// two weeks ("arrived on Sunday for a visit until Thursday"; a farther
// day is a deadline or another matter, not the end of the trip).
constexpr date::days kMaxUntilDays{14};

// The most words from a bound word to the time it bounds: "before
// Akufo-Addo returns to Accra on Thursday" (probes38).
constexpr size_t kMaxBoundGap = 8;
// How far after an event verb a second verb may stand and share its time
// ("suspended the partnership with Chile on Tuesday and expelled").
constexpr size_t kMaxSharedGap = 14;
// The longest phrase opening a sentence whose time dates the subject's act:
// "In a televised address to the nation on Monday".
constexpr size_t kMaxOpeningPhrase = 7;
// The most words the thing kept may have between a keeping verb and the
// participle of its state: "kept the Chungara border crossing closed".
constexpr size_t kMaxKeptObjectWords = 5;
// The most words between a state's participle and its "since": "closed to
// Peruvian trucks since February".
constexpr size_t kMaxStateTailWords = 3;
// The most words between a term and a time after it that dates the term's
// act: "to the end of 2020 at Peru's request in May".
constexpr size_t kMaxTermToDayWords = 6;

// A plain calendar day ("16 May", "Monday"), with no early/late and no
// time of day: the only times that make a span of days.
bool PlainDay(const TimeExpression& t) {
  return t.type == TimexType::kDate && t.mod.empty() && t.first_day && t.last_day &&
         *t.first_day == *t.last_day && t.value.size() == 10;
}

// The word of the time's clause at most five words before word `time`
// that `wanted` accepts, the nearest ("left on Wednesday", "had flown in
// late on Friday"); `time` itself when there is none.
template <typename Accepts>
size_t WordBeforeTime(const std::vector<Word>& words, const SentenceSpan& s, size_t time,
                      Accepts wanted) {
  for (size_t x = time; x-- > s.first_word && x + 5 >= time;) {
    if (words[x].punct) break;
    if (wanted(words[x])) return x;
  }
  return time;
}

// Where the time at word `time` begins with an "on" right before it
// taken in ("ends on Friday": at "on"), so that the word before the result
// is the verb that governs the day.
size_t TimeWithOn(const std::vector<Word>& words, const SentenceSpan& s, size_t time) {
  return time > s.first_word && words[time - 1].lower == "on" ? time - 1 : time;
}

// Makes `m` a stay from `first` to `last`, days the text told: its value
// is the span, with no early/late left from a rougher time.
void SpanStay(Mention& m, date::sys_days first, date::sys_days last) {
  m.first = first;
  m.last = last;
  m.date = FormatDay(date::year_month_day(first)) + "/" + FormatDay(date::year_month_day(last));
  m.qualifier.clear();
  m.stay = true;
}

// A day of the month written as a number: "14" of "14-16 May".
int DayNumber(const Word& w) {
  if (!w.number || w.lower.empty() || w.lower.size() > 2) return 0;
  int n = std::stoi(w.lower);
  return n >= 1 && n <= 31 ? n : 0;
}

}  // namespace

void EventRules::JoinDayRanges(ArticleReading* reading, SentenceReading* sentence) const {
  auto& words = reading->words;
  auto& body = reading->body;
  auto& s = sentence->s;
  auto& sentence_times = sentence->sentence_times;
  // "the visit of 14-16 May", "from Monday to Wednesday", "30 April-2 May":
  // the resolver reads two days (or only the last, when the first is a bare
  // number); written as one they are a single span, and the event they
  // date lasted all of it. A word join ("to", "and") needs an open word
  // before the first day ("from", "between"), so that "voted 14 to 16 May"
  // or "met on Monday and on Friday" stay apart.
  auto opened = [&](size_t first) {
    return first > s.first_word && stay_words_.IsOpen(words[first - 1]);
  };
  auto joined = [&](size_t first, size_t between) {
    const Word& w = words[between];
    return stay_words_.IsDash(w) || (stay_words_.IsJoin(w) && opened(first));
  };
  auto make = [&](size_t first_word, date::year_month_day first, const TimeExpression& last,
                  size_t end_word) -> const TimeExpression* {
    if (date::sys_days(*last.first_day) <= date::sys_days(first) ||
        date::sys_days(*last.first_day) - date::sys_days(first) > date::days(30))
      return nullptr;
    TimeExpression& e = reading->anchored.emplace_back();
    e.begin = words[first_word].begin;
    e.end = words[end_word - 1].end;
    e.text = Collapse(std::string_view(body).substr(e.begin, e.end - e.begin));
    e.type = TimexType::kDate;
    e.value = FormatDay(first) + "/" + last.value;
    e.first_day = first;
    e.last_day = last.last_day;
    e.rule = "day_range";
    e.direction = last.direction;
    return &e;
  };
  for (size_t i = 0; i < sentence_times.size(); ++i) {
    TimeSpan& b = sentence_times[i];
    if (!PlainDay(*b.time) || b.first_word < s.first_word + 2) continue;
    size_t between = b.first_word - 1;
    // Two days the resolver read: "May 14-16", "from Monday to Wednesday".
    if (i > 0) {
      const TimeSpan& a = sentence_times[i - 1];
      // "last Thursday and Friday", "on Monday and Tuesday": two days in a
      // row joined by "and" are one span too, with no open word (probes32).
      bool next_day =
          a.end_word == between && PlainDay(*a.time) && words[between].lower == "and" &&
          date::sys_days(*b.time->first_day) == date::sys_days(*a.time->first_day) + date::days(1);
      if (a.end_word == between && PlainDay(*a.time) &&
          (joined(a.first_word, between) || next_day)) {
        if (const TimeExpression* e = make(a.first_word, *a.time->first_day, *b.time, b.end_word)) {
          sentence_times[i - 1] = {e, a.first_word, b.end_word};
          sentence_times.erase(sentence_times.begin() + static_cast<std::ptrdiff_t>(i));
          --i;
        }
        continue;
      }
      if (a.end_word >= between) continue;
    }
    // A bare day number before it: "14-16 May", "from 14 to 16 May".
    int day = DayNumber(words[between - 1]);
    if (day == 0 || !joined(between - 1, between)) continue;
    date::year_month_day last = *b.time->first_day;
    date::year_month_day first = last.year() / last.month() / date::day(static_cast<unsigned>(day));
    if (!first.ok()) continue;
    if (const TimeExpression* e = make(between - 1, first, *b.time, b.end_word))
      b = {e, between - 1, b.end_word};
  }
}

void EventRules::FindOpenerDay(const ArticleReading& reading, SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& recent_day = reading.recent_day;
  auto& recent_day_sentence = reading.recent_day_sentence;
  auto& sentence_index = reading.sentence_index;
  auto& day_sentences = reading.day_sentences;
  auto& s = sentence->s;
  auto& opener_day = sentence->opener_day;
  auto& opener_end = sentence->opener_end;
  // "After the ceremony, ...": an opener naming something just told of,
  // with no time of its own, refers to the day given in the sentence or
  // two before.
  // "During the visit, ...": the same, for something that lasts longer
  // (cue stay) and was told of with a day of its own.
  bool during = words[s.first_word].lower == "during";
  if (recent_day && s.first_word + 2 < s.last_word &&
      (words[s.first_word].lower == "after" || words[s.first_word].lower == "following" ||
       during) &&
      anaphors_.count(words[s.first_word + 1]) > 0) {
    for (size_t w = s.first_word + 2; w < s.last_word && w < s.first_word + 8; ++w) {
      if (sentence->InTime(w) || (words[w].punct && words[w].lower != ",")) break;
      if (words[w].lower == ",") {
        // Only a short occasion ("the ceremony", "the banquet") is over
        // the same day; "after the election" may be months later.
        const auto& kinds = during ? stays_ : occasions_;
        bool occasion =
            kinds.count(words[w - 1]) > 0 ||
            (w >= s.first_word + 4 && kinds.count(std::string(words[w - 2].lower) + " " +
                                                  std::string(words[w - 1].lower)) > 0);
        if (!occasion) break;
        opener_end = w + 1;
        // The sentence that named the same thing ("At a ceremony here late
        // on Saturday ..."), else the day given just before.
        const WordText& head = words[w - 1].lower;
        for (size_t d = day_sentences.size(); d-- > 0 && !opener_day;) {
          for (size_t x = day_sentences[d].first->first_word; x < day_sentences[d].first->last_word;
               ++x) {
            // "During the visit" names what "visited" told.
            const WordText& word = words[x].lower;
            if (word == head || (during && std::string_view(word).starts_with(head))) {
              opener_day = day_sentences[d].second;
              break;
            }
          }
        }
        // A stay is dated only by the sentence that told of it.
        if (!opener_day && !during && sentence_index - recent_day_sentence <= 2)
          opener_day = recent_day;
        break;
      }
    }
  }
}

void EventRules::RememberDays(ArticleReading* reading, const SentenceReading& sentence) const {
  auto& recent_day = reading->recent_day;
  auto& recent_day_sentence = reading->recent_day_sentence;
  auto& sentence_index = reading->sentence_index;
  auto& day_sentences = reading->day_sentences;
  auto& s = sentence.s;
  auto& sentence_times = sentence.sentence_times;
  for (const TimeSpan& t : sentence_times) {
    if (t.time->first_day == t.time->last_day) {
      if (recent_day_sentence != sentence_index) day_sentences.emplace_back(&s, t.time);
      recent_day = t.time;
      recent_day_sentence = sentence_index;
    }
  }
}

void EventRules::GoverningTimes(const ArticleReading& reading, SentenceReading* sentence) const {
  auto& triggers = sentence->triggers;
  auto& sentence_times = sentence->sentence_times;
  auto& time_of = sentence->time_of;
  auto& distance_of = sentence->distance_of;
  // Which time governs which event word: a time right before the event
  // noun ("their September summit", "Tuesday's talks"), else the nearest
  // event word before the time ("the dialogue held here Tuesday", "a visit
  // in early September"), else the next one ("On Friday, the two ...").
  time_of.assign(triggers.size(), -1);
  distance_of.assign(triggers.size(), 0);
  // Whether time `finer` is a day ("2018-01-24", ten characters) inside
  // time `coarser`, a year ("2018") or a month ("2018-01") whose value
  // opens the day's.
  auto refines = [&](size_t finer, size_t coarser) {
    const std::string& f = sentence_times[finer].time->value;
    const std::string& g = sentence_times[coarser].time->value;
    return f.size() == 10 && g.size() >= 4 && g.size() < f.size() && f.starts_with(g);
  };
  // "will visit Chile later this year, her office said on Tuesday": a day
  // no later than the publication day inside a coarser time that holds
  // the publication day is the day of the telling when a future word
  // opens before event word `c` ("will visit", "to hold talks", the cue
  // and the event word sharing "hold"); the coarser time is the plan's own and
  // keeps it (plans29). A day refines only the times of events told done.
  auto plan_time = [&](size_t finer, size_t coarser, size_t c) {
    const std::string& f = sentence_times[finer].time->value;
    const std::string& g = sentence_times[coarser].time->value;
    const std::string& today = reading.published_text;
    if (f > today || !today.starts_with(g)) return false;
    // "said on Tuesday he would visit Kenya later this year": the "would"
    // of reported speech right before the event word tells a plan too.
    const size_t event_begin = triggers[c].first_word;
    return std::any_of(
        sentence->cues.begin(), sentence->cues.end(), [&](const PhraseMatcher::Match& cue) {
          return cue.first_word < event_begin &&
                 (Contains(CueKinds(cue), kFuture) ||
                  (cue.end_word == event_begin && Contains(CueKinds(cue), kReportedFuture)));
        });
  };
  auto refines_event = [&](size_t finer, size_t coarser, size_t c) {
    return refines(finer, coarser) && !plan_time(finer, coarser, c);
  };
  // Whether time `t` is a term ("to the end of 2020"): another time of the
  // same event word is its day (courts27).
  // (The time may hold the phrase's last words: "to" and "the end of 2020".)
  auto term = [&](size_t t) {
    const size_t w = sentence_times[t].first_word, last = sentence_times[t].end_word;
    // (Every phrase that may match holds the word right before the time.)
    if (w == 0 || ((term_word_bits_ >> (reading.words[w - 1].hash % 64)) & 1) == 0) return false;
    for (const std::vector<std::string>& phrase : term_phrases_) {
      const size_t n = phrase.size();
      for (size_t k = w > n ? w - n : 0; k < w; ++k) {
        if (k < sentence->s.first_word || k + n > last) continue;
        bool match = true;
        for (size_t j = 0; j < n && match; ++j) match = reading.words[k + j].lower == phrase[j];
        if (match) return true;
      }
    }
    return false;
  };
  for (size_t ti = 0; ti < sentence_times.size(); ++ti) {
    size_t distance = 0;
    int chosen = EventForTime(reading, *sentence, ti, &distance);
    if (chosen < 0) continue;
    size_t c = static_cast<size_t>(chosen);
    // "A year ago, when they met ... on Jan. 24, 2018": a full date inside
    // the other time an event word has wins, however far it stands.
    size_t old = static_cast<size_t>(time_of[c]);
    if (time_of[c] >= 0 && term(old) != term(ti)) {
      if (term(old)) {
        time_of[c] = static_cast<int>(ti);
        distance_of[c] = distance;
      }
      continue;
    }
    if (time_of[c] < 0 || (distance < distance_of[c] && !refines_event(old, ti, c)) ||
        refines_event(ti, old, c)) {
      time_of[c] = static_cast<int>(ti);
      distance_of[c] = distance;
    }
  }
  // "extended the suspension to the end of 2020 at Peru's request in May":
  // a time that governs nothing, a few words after a term in the same
  // clause, is the day of the term's event word.
  for (size_t c = 0; c < time_of.size(); ++c) {
    if (time_of[c] < 0) continue;
    size_t ti = static_cast<size_t>(time_of[c]);
    if (ti + 1 >= sentence_times.size() || !term(ti) || term(ti + 1)) continue;
    if (std::find(time_of.begin(), time_of.end(), static_cast<int>(ti + 1)) != time_of.end())
      continue;
    size_t from = sentence_times[ti].end_word, to = sentence_times[ti + 1].first_word;
    bool near = to >= from && to - from <= kMaxTermToDayWords &&
                !MarkBesidesPossessive(reading.words, from, to);
    if (near) time_of[c] = static_cast<int>(ti + 1);
  }
}

size_t EventRules::PhraseBefore(const std::vector<Word>& words, size_t from, size_t w,
                                const std::vector<std::vector<std::string>>& phrases) {
  size_t begin = w;
  for (const std::vector<std::string>& phrase : phrases) {
    size_t n = phrase.size();
    if (w < from + n || w - n >= begin) continue;
    bool match = true;
    for (size_t j = 0; j < n && match; ++j) match = words[w - n + j].lower == phrase[j];
    if (match) begin = w - n;
  }
  return begin;
}

int EventRules::LeftAfterStay(const std::vector<Word>& words, const SentenceReading& sentence,
                              const TimeSpan& t) const {
  const SentenceSpan& s = sentence.s;
  if (t.end_word + 2 >= s.last_word || words[t.end_word].lower != "after") return -1;
  // An `end` verb ("left", "departed") up to four plain words before the
  // time: "left Oslo on", "departed on".
  bool left = false;
  for (size_t x = t.first_word; !left && x-- > s.first_word && x + 5 > t.first_word;) {
    if (words[x].punct) return -1;
    left = stay_words_.IsEnd(words[x]);
  }
  if (!left) return -1;
  // The visit noun up to four plain words after "after" ("a two-day",
  // "his first").
  for (size_t k = 0; k < sentence.triggers.size(); ++k) {
    const PhraseMatcher::Match& m = sentence.triggers[k];
    if (m.first_word <= t.end_word || m.first_word > t.end_word + 5) continue;
    const Trigger& trigger = triggers_[static_cast<size_t>(m.value)];
    if (trigger.family != "visit" || !trigger.noun_phrase || trigger.type == "hosting") return -1;
    for (size_t w = t.end_word + 1; w < m.first_word; ++w)
      if (words[w].punct && words[w].lower != "-") return -1;
    return static_cast<int>(k);
  }
  return -1;
}

int EventRules::EventForTime(const ArticleReading& reading, const SentenceReading& sentence,
                             size_t ti, size_t* distance) const {
  const TimeSpan& t = sentence.sentence_times[ti];
  auto& words = reading.words;
  auto& s = sentence.s;
  *distance = 0;
  // "in breach of the Vienna Convention of 1961": the year is the
  // document's, the accusation keeps a time of its own or none.
  const std::string& value = t.time->value;
  bool bare_year = YearPrecision(value);
  // (A phrase ends with the word before the time: a time after no last
  // word of one is not compared with them.)
  bool after_end = t.first_word > s.first_word;
  if (bare_year && after_end && name_year_ends_.count(words[t.first_word - 1]) > 0 &&
      PhraseBefore(words, s.first_word, t.first_word, name_year_phrases_) < t.first_word) {
    return -1;
  }
  // "the first by a Kenyan leader to Norway since 2015": a time after
  // "since" in a phrase that ranks the event ("first", up to eight plain
  // words before) measures how long it had not happened; it dates no event
  // of the sentence (visits29).
  if (RankingSince(words, s, t)) return -1;
  // "left Oslo on Tuesday after a two-day visit": the day of the leaving
  // is the last of the visit named right after "after" (probes37).
  if (int stay = LeftAfterStay(words, sentence, t); stay >= 0) return stay;
  int chosen = EventAfterCount(reading, sentence, t, distance);
  if (chosen == -2) return -1;
  if (chosen == -3) {
    chosen = EventBeforeTime(reading, sentence, t, distance);
    return chosen < 0 ? -1 : chosen;
  }
  if (chosen < 0) chosen = EventRightAfterTime(reading, sentence, t);
  if (chosen < 0) chosen = EventBeforeTime(reading, sentence, t, distance);
  if (chosen < 0) chosen = EventAfterTime(reading, sentence, t, distance);
  // "ordered 20 diplomats to leave the country by the end of Monday": a
  // deadline for the infinitive between the event word and the time dates
  // the leaving, not the order ("agreed to hold talks by the end of March":
  // the talks, after "to", still take it; so does "the first meeting, to be
  // held by the end of the year": a passive infinitive tells of the noun).
  if (chosen >= 0) {
    size_t lead = after_end && deadline_ends_.count(words[t.first_word - 1]) > 0
                      ? PhraseBefore(words, s.first_word, t.first_word, deadline_phrases_)
                      : t.first_word;
    for (size_t k = lead; lead < t.first_word && k > s.first_word && lead - k <= 8;) {
      --k;
      if (words[k].punct) break;
      if (words[k].lower == "to" && k + 1 < lead && !words[k + 1].punct) {
        const PhraseMatcher::Match& event = sentence.triggers[static_cast<size_t>(chosen)];
        // "The annual summit, which Chile was to host last year": an
        // infinitive in a relative clause right after the event noun tells
        // of the noun itself (meetings27).
        bool relative = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
          return Contains(CueKinds(c), kRelative) && c.first_word >= event.end_word &&
                 c.first_word <= event.end_word + 1 && c.end_word <= k;
        });
        if (event.first_word < k && words[k + 1].lower != "be" && !relative) return -1;
        break;
      }
    }
  }
  return chosen;
}

bool EventRules::StateSince(const std::vector<Word>& words, size_t first, size_t end,
                            size_t time_first) const {
  if (time_first == 0 || time_first <= end || words[time_first - 1].lower != "since" ||
      first == 0) {
    return false;
  }
  // "have had diplomatic relations since 1964": a verb of holding inside
  // the event word tells a state that began at the time.
  bool held = false;
  for (size_t w = first; w < end && !held; ++w) held = state_held_.count(words[w]) > 0;
  if (!held && !IsPastTense(words[end - 1])) return false;
  // "closed to Peruvian trucks since February": a few plain words between.
  if (time_first - 1 - end > kMaxStateTailWords) return false;
  if (MarkBesidesPossessive(words, end, time_first - 1)) return false;
  if (held) return true;
  if (state_since_.count(words[first - 1]) > 0) return true;
  // "kept the border with Peru closed since February": a keeping verb a
  // few plain words before, its object between.
  for (size_t w = first; w-- > 0 && first - w <= kMaxKeptObjectWords + 1;) {
    if (words[w].punct) return false;
    if (state_keep_.count(words[w]) > 0) return w + 1 < first;
  }
  return false;
}

bool EventRules::OtherEventBetween(const SentenceReading& sentence, const TimeSpan& t, size_t from,
                                   size_t to) const {
  auto& cues = sentence.cues;
  return std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
    if (c.first_word < from || c.end_word > to ||
        (c.first_word >= t.first_word && c.first_word < t.end_word)) {
      return false;
    }
    // "shortly after midnight on Tuesday": a cue right before a clock
    // time is part of it, not a clause about another event.
    if (c.end_word == t.first_word && t.time->value.find('T') == 10) return false;
    uint64_t kinds = cues_[static_cast<size_t>(c.value)];
    // "the Dialogue, which is scheduled to take place in June" still
    // speaks of the dialogue; a "which" further on speaks of something else.
    if (Contains(kinds, kRelative)) return c.first_word > from + 1;
    return Contains(kinds, kOtherEvent);
  });
}

size_t EventRules::ArrivalWhen(const std::vector<Word>& words, const SentenceReading& sentence,
                               const TimeSpan& t) const {
  size_t at = TimeWithOn(words, sentence.s, t.first_word);
  // The arrival verb, with at most "in" and a place of two words between it
  // and the time ("when he arrives in Nairobi on Friday").
  size_t verb = at;
  for (size_t w = at; w-- > sentence.s.first_word && w + 5 > at;) {
    if (words[w].punct) return t.first_word;
    if (stay_words_.IsArrive(words[w])) {
      verb = w;
      break;
    }
  }
  if (verb == at) return t.first_word;
  // "when", then the traveller in at most three words ("he", "the prime
  // minister").
  for (size_t w = verb; w-- > sentence.s.first_word && w + 5 > verb;) {
    if (words[w].punct) break;
    if (words[w].lower != "when") continue;
    bool opens = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
      return c.first_word == w && Contains(CueKinds(c), kOtherEvent);
    });
    return opens ? w : t.first_word;
  }
  return t.first_word;
}

bool EventRules::FutureWhen(const ArticleReading& reading, const SentenceReading& sentence,
                            EventReading* event) const {
  const std::vector<Word>& words = reading.words;
  const PhraseMatcher::Match& tm = event->tm;
  if (sentence.time_of[event->k] >= 0 || event->borrowed || event->trigger.noun_phrase ||
      IsPastTense(words[tm.first_word]))
    return false;
  // "when", its doer in at most four plain words ("Norway's envoy", "he"),
  // then the verb.
  size_t when = tm.first_word;
  for (size_t w = tm.first_word; w-- > sentence.s.first_word && w + 6 > tm.first_word;) {
    if (words[w].punct && words[w].lower != "'s") break;
    if (words[w].lower == "when") {
      when = w;
      break;
    }
  }
  if (when == tm.first_word || when + 1 == tm.first_word) return false;
  bool opens = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
    return c.first_word == when && Contains(CueKinds(c), kOtherEvent);
  });
  // A future word before "when", in the same clause ("will resume").
  bool ahead = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
    return c.end_word <= when && c.first_word >= sentence.s.first_word &&
           Contains(CueKinds(c), kFuture) && !ClauseBreakBetween(words, c.end_word, when);
  });
  if (!opens || !ahead) return false;
  // The main clause's time: the last before "when".
  for (size_t j = sentence.sentence_times.size(); j-- > 0;) {
    const TimeSpan& t = sentence.sentence_times[j];
    if (t.end_word > when) continue;
    event->borrowed = t.time;
    event->borrowed_phrase = t.time->text;
    return false;
  }
  return true;
}

size_t EventRules::PlanBound(const ArticleReading& reading, const SentenceReading& sentence,
                             const TimeSpan& t) const {
  const std::vector<Word>& words = reading.words;
  // "before Friday's vote": the time names another event.
  if (t.end_word < words.size() && words[t.end_word].lower == "'s") return t.first_word;
  if (!t.time->last_day || date::sys_days(*t.time->last_day) <= reading.published)
    return t.first_word;
  // (A hyphen inside a name is no mark: "before Akufo-Addo returns to
  // Accra on Thursday".)
  for (size_t w = t.first_word; w-- > sentence.s.first_word && w + kMaxBoundGap >= t.first_word;) {
    if (words[w].punct && words[w].lower != "-") break;
    if (bound_words_.count(words[w]) > 0) return w;
  }
  return t.first_word;
}

// "their September summit", "Tuesday's talks": a time right before the event noun.
int EventRules::EventAfterCount(const ArticleReading& reading, const SentenceReading& sentence,
                                const TimeSpan& t, size_t* distance) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& triggers = sentence.triggers;
  // "A day after talks in Lima, ...", "two days after the summit, ...":
  // the event named after the count is its anchor, not what it dates.
  // (A view: a std::string compared with a literal calls memcmp whatever
  // the lengths, and every time before an event word is asked this.)
  const std::string_view rule = t.time->rule;
  bool anchored = rule == "event_anchor";  // counted from the named event's own date
  bool clause = rule == "after_clause";    // "on Sunday, two days after Peru broke off ..."
  if (rule != "count_from_event" && rule != "narrative" && !anchored && !clause) return -1;
  size_t at = t.end_word;
  if (at > t.first_word && (words[at - 1].lower == "after" || words[at - 1].lower == "before"))
    --at;
  if (clause) {
    // The clause's own event: the first event word after "after", before
    // any comma.
    for (size_t k = 0; k < triggers.size(); ++k) {
      size_t first = triggers[k].first_word;
      if (first <= at || first >= s.last_word) continue;
      for (size_t w = at + 1; w < first; ++w)
        if (words[w].lower == "," || words[w].lower == ";") return -2;
      *distance = 0;
      return static_cast<int>(k);
    }
    return -2;
  }
  if (at + 1 >= s.last_word || (words[at].lower != "after" && words[at].lower != "before") ||
      words[at + 1].punct || words[at + 1].lower == "it" || words[at + 1].lower == "that" ||
      words[at + 1].lower == "this") {
    return -1;
  }
  size_t comma = at + 1;
  while (comma < s.last_word && words[comma].lower != ",") ++comma;
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (comma < s.last_word && triggers[k].first_word > comma) {
      *distance = triggers[k].first_word - t.end_word;
      return static_cast<int>(k);
    }
  }
  // "Peru expelled two diplomats two days after the bombing.": a count
  // dated from the named event that closes the sentence dates the event of
  // the clause before it.
  if (anchored && comma == s.last_word && t.first_word > s.first_word) return -3;
  return -2;
}

int EventRules::EventRightAfterTime(const ArticleReading& reading, const SentenceReading& sentence,
                                    const TimeSpan& t) const {
  auto& words = reading.words;
  auto& triggers = sentence.triggers;
  auto& gapped_follows = sentence.gapped_follows;
  int chosen = -1;
  for (size_t k = 0; k < triggers.size() && chosen < 0; ++k) {
    if (triggers[k].first_word < t.end_word || triggers[k].first_word > t.end_word + 3) continue;
    // A left-out "followed" takes the time after it, never the one before.
    if (std::find(gapped_follows.begin(), gapped_follows.end(), triggers[k].first_word) !=
        gapped_follows.end()) {
      continue;
    }
    bool modifiers_only = true;
    for (size_t w = t.end_word; w < triggers[k].first_word; ++w) {
      if (words[w].punct || (np_stop_.count(words[w]) && words[w].lower != "'s"))
        modifiers_only = false;
    }
    if (modifiers_only) chosen = static_cast<int>(k);
  }
  return chosen;
}

namespace {

// "Soto's visit to Chile, which began on Friday": a "which" after a comma
// that closes the event noun's own phrase (a few words, no punctuation),
// its verb and the time right after it (up to four lower-case words, no
// other event word: "which had been planned for next week", visits29),
// tells the noun's own time.
bool RelativeDatesNoun(const std::vector<Word>& words, const SentenceReading& sentence,
                       const PhraseMatcher::Match& noun, const TimeSpan& t) {
  size_t comma = noun.end_word;
  while (comma < t.first_word && comma < noun.end_word + 4 && !words[comma].punct) ++comma;
  if (comma + 2 >= t.first_word || words[comma].lower != "," || words[comma + 1].lower != "which" ||
      t.first_word - (comma + 2) > 4) {
    return false;
  }
  for (size_t w = comma + 2; w < t.first_word; ++w) {
    if (!words[w].alpha || words[w].capitalized) return false;
  }
  return std::none_of(sentence.triggers.begin(), sentence.triggers.end(), [&](const auto& e) {
    return e.first_word > comma && e.first_word < t.first_word;
  });
}

}  // namespace

// "the dialogue held here Tuesday", "a visit in early September": the
// nearest event word before the time, in the same clause.
int EventRules::EventBeforeTime(const ArticleReading& reading, const SentenceReading& sentence,
                                const TimeSpan& t, size_t* distance_out) const {
  auto& words = reading.words;
  auto& triggers = sentence.triggers;
  size_t& distance = *distance_out;
  int chosen = -1;
  // "... since the border clash, and on Monday the two held talks": a time
  // right after ", and" opens a clause of its own, so it does not date an
  // event of a "since" or "after" clause before the comma (that event is
  // background); what it dates comes after it.
  size_t opener = t.first_word;
  if (opener > 0 && (words[opener - 1].lower == "on" || words[opener - 1].lower == "in")) --opener;
  bool new_clause = opener >= 2 && words[opener - 2].lower == "," &&
                    (words[opener - 1].lower == "and" || words[opener - 1].lower == "but");
  for (size_t k = triggers.size(); chosen < 0 && k-- > 0;) {
    if (triggers[k].end_word <= t.first_word) {
      // "the meeting ... before Obama leaves office in January": the
      // time belongs to the other clause's verb.
      bool own_relative = triggers[k].value >= 0 &&
                          triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase &&
                          RelativeDatesNoun(words, sentence, triggers[k], t);
      // "the border has been closed since 1994", "have remained frozen
      // since May": a state the event verb began, with "since" right
      // before the time, is dated by that time ("the first visit since
      // 2015" is not).
      bool state_since =
          StateSince(words, triggers[k].first_word, triggers[k].end_word, t.first_word);
      // ("the first by a Kenyan leader to Norway since 2015, ends on
      // Friday": a ranking "since" and its time open no other clause,
      // visits29.)
      size_t other_from = triggers[k].end_word;
      for (const TimeSpan& rank : sentence.sentence_times) {
        if (rank.first_word <= other_from || rank.end_word > t.first_word ||
            !RankingSince(words, sentence.s, rank))
          continue;
        if (OtherEventBetween(sentence, t, other_from, rank.first_word - 1)) break;
        // ("..., officials said on Monday": the day of a saying after it
        // still dates no such event)
        bool said = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
          return c.first_word >= rank.end_word && c.end_word <= t.first_word &&
                 Contains(CueKinds(c), kSpeech);
        });
        if (!said) other_from = rank.end_word;
      }
      // (The "when" of the traveller's arrival, and a bound "before" of a
      // time ahead, open no clause of another event: probes38.)
      size_t other_to = PlanBound(reading, sentence, t);
      // A bound a few words before the time ("before Akufo-Addo returns to
      // Accra on Thursday") bounds only a plan told ahead: a future or
      // past-plan cue ends at the event word, or at most two plain words
      // before an event noun ("were expected to sign an agreement"). "the last session before
      // Obama leaves office in January" ranks the session; the time is the
      // leaving's.
      if (other_to + 1 < t.first_word) {
        const PhraseMatcher::Match& e = triggers[k];
        bool told_ahead =
            std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
              return (Contains(CueKinds(c), kFuture) || Contains(CueKinds(c), kPastPlan)) &&
                     c.end_word <= e.first_word && c.end_word + 2 >= e.first_word &&
                     !MarkBetween(words, c.end_word, e.first_word);
            });
        if (!told_ahead) other_to = t.first_word;
      }
      if (other_to == t.first_word) other_to = ArrivalWhen(words, sentence, t);
      if (!own_relative && !state_since && OtherEventBetween(sentence, t, other_from, other_to))
        break;
      // "... cancelled a trip; Pompeo finally went in October": a
      // semicolon ends the clause the earlier event word is in.
      if (ClauseBreakBetween(words, triggers[k].end_word, t.first_word)) break;
      // "issued a statement, building on the targets they announced last
      // November": a participle after a comma opens a clause of its own.
      // "will visit Kenya, arriving on Friday": an `arrive` participle
      // tells the trip's own first day (probes40).
      bool participle_clause = false;
      const bool trip = triggers[k].value >= 0 &&
                        triggers_[static_cast<size_t>(triggers[k].value)].family == "visit";
      for (size_t w = triggers[k].end_word; w + 1 < t.first_word && !participle_clause; ++w) {
        participle_clause = words[w].lower == "," && IsParticiple(words[w + 1]) &&
                            !np_stop_.count(words[w + 1]) &&
                            !(trip && stay_words_.IsArrive(words[w + 1]));
      }
      if (participle_clause) break;
      // "talks on repairing relations damaged in 2017": a past participle
      // right after a plain noun other than the event word, right before
      // the time, takes the time for that noun. A participle that tells an
      // event's own making or timing ("signed", "held", "planned": words
      // of event_cues.tsv) still passes it on.
      if (opener >= triggers[k].end_word + 2) {
        const Word& participle = words[opener - 1];
        const Word& noun = words[opener - 2];
        bool described = IsPastTense(participle) && noun.alpha && !noun.capitalized &&
                         !IsPastTense(noun) && opener - 1 < t.first_word;
        // Only where a verb stands between the event word and the noun, so
        // the noun is an object ("talks on repairing relations damaged"),
        // not the subject of the verb after it ("the visit by Ghana's
        // president started on 4 May").
        bool object = false;
        for (size_t w = triggers[k].end_word; described && !object && w + 2 < opener; ++w)
          object = IsPastTense(words[w]) || IsParticiple(words[w]);
        described = described && object;
        if (described) {
          bool cue = std::any_of(sentence.cues.begin(), sentence.cues.end(),
                                 [&](const PhraseMatcher::Match& c) {
                                   return c.first_word <= opener - 1 && opener - 1 < c.end_word;
                                 });
          // "the Kremlin said it received on Monday", "the summit had
          // opened on Wednesday", "talks formally opened": after a pronoun,
          // an auxiliary or an adverb the verb is a clause's own, whose time
          // may date the event word.
          const std::string_view n = noun.lower;
          bool pronoun = n == "it" || n == "he" || n == "she" || n == "they" || n == "we" ||
                         n == "who" || n == "which" || n == "that" || n == "had" || n == "has" ||
                         n == "have" || n == "was" || n == "were" || n == "is" || n == "are" ||
                         n == "be" || n == "been" || n == "being" ||
                         (n.size() > 3 && n.substr(n.size() - 2) == "ly");
          bool event_word = std::any_of(triggers.begin(), triggers.end(), [&](const auto& e) {
            return e.first_word <= opener - 1 && opener - 1 < e.end_word;
          });
          if (!cue && !pronoun && !event_word) break;
        }
      }
      if (new_clause) {
        bool background = false;
        for (size_t w = triggers[k].first_word; w-- > sentence.s.first_word && !words[w].punct;) {
          background = background || words[w].lower == "since" || words[w].lower == "after";
        }
        if (background) break;
      }
      chosen = static_cast<int>(k);
      distance = t.first_word - triggers[k].end_word;
    }
  }
  return chosen;
}

namespace {

// "Speaking in Madrid on Tuesday, Soto condemned ...", "Soto, speaking in
// Madrid on Tuesday, condemned ...": a time that ends a phrase opened by a
// participle and closed by a comma, with no event word of its own, tells
// when the verb after the comma was done.
bool ParticiplePhraseTime(const std::vector<Word>& words, const SentenceSpan& s,
                          const std::vector<PhraseMatcher::Match>& triggers, const TimeSpan& t) {
  if (t.end_word >= s.last_word || words[t.end_word].lower != ",") return false;
  size_t w = t.first_word;
  while (w > s.first_word && !words[w - 1].punct) --w;
  const WordText& first = words[w].lower;
  if (w == t.first_word || !words[w].alpha || first.size() <= 5 ||
      first.compare(first.size() - 3, 3, "ing") != 0)
    return false;
  return std::none_of(triggers.begin(), triggers.end(), [&](const PhraseMatcher::Match& m) {
    return m.first_word >= w && m.first_word < t.first_word;
  });
}

}  // namespace

namespace {

// "Relations soured in 2021 when Kenya expelled Norway's ambassador",
// "The row began last month when a court convicted ...": a time gone by
// right before "when" (no comma) dates the first event word of the
// "when" clause, before any mark, when a past verb ("expelled", "signed a
// trade deal") comes up to its end.
bool PastWhenClause(const ArticleReading& reading, const SentenceReading& sentence,
                    const TimeSpan& t) {
  const std::vector<Word>& words = reading.words;
  const SentenceSpan& s = sentence.s;
  if (t.end_word + 2 >= s.last_word || words[t.end_word].lower != "when" || !t.time->last_day ||
      date::sys_days(*t.time->last_day) >= reading.published)
    return false;
  for (const PhraseMatcher::Match& m : sentence.triggers) {
    if (m.first_word <= t.end_word) continue;
    if (MarkBetween(words, t.end_word + 1, m.first_word)) return false;
    // ("when the two countries signed a trade deal": a past verb before
    // an event noun.)
    for (size_t w = t.end_word + 1; w < m.end_word; ++w)
      if (IsPastTense(words[w])) return true;
    return false;
  }
  return false;
}

}  // namespace

bool EventRules::InOpeningPhrase(const std::vector<Word>& words, const SentenceSpan& s,
                                 const TimeSpan& t) const {
  // "In a statement on Wednesday the Chilean foreign ministry accused
  // Lima ...", "At a news conference on Monday Ruiz said ...": a time in
  // a short phrase that opens the sentence with a preposition, before its
  // subject, dates what the subject does.
  if (t.first_word <= s.first_word + 1 || t.first_word > s.first_word + kMaxOpeningPhrase ||
      !place_prepositions_.count(words[s.first_word])) {
    return false;
  }
  return !MarkBesidesPossessive(words, s.first_word + 1, t.first_word);
}

// "On Friday, the two ...": an event word after the time.
int EventRules::EventAfterTime(const ArticleReading& reading, const SentenceReading& sentence,
                               const TimeSpan& t, size_t* distance_out) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& triggers = sentence.triggers;
  auto& cues = sentence.cues;
  size_t& distance = *distance_out;
  int chosen = -1;
  // A time opening the sentence or a clause ("On Friday, the two
  // presidents held talks") governs the event after it; elsewhere a time
  // before every event word belongs to some other verb ("the DPRK said on
  // Jan. 6 that ...").
  // "Japan said on Friday it would recall its ambassador": the day of
  // the announcement dates the decision announced.
  size_t before_time = t.first_word;
  if (before_time > s.first_word &&
      (words[before_time - 1].lower == "on" || words[before_time - 1].lower == "in")) {
    --before_time;
  }
  bool after_speech =
      before_time > s.first_word &&
      std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.end_word == before_time && Contains(cues_[static_cast<size_t>(c.value)], kSpeech);
      });
  // "Earlier on Tuesday, Kenya and Norway signed ...", "Also on Monday,
  // ...": one word before "on" and the time, a comma after, open the
  // sentence as "On Tuesday," does.
  bool one_word_opener =
      before_time == s.first_word + 1 && before_time < t.first_word && t.end_word < s.last_word &&
      words[t.end_word].lower == "," && words[s.first_word].alpha &&
      std::none_of(triggers.begin(), triggers.end(),
                   [&](const PhraseMatcher::Match& m) { return m.first_word == s.first_word; }) &&
      std::none_of(sentence.actors.begin(), sentence.actors.end(),
                   [&](const ActorMention& a) { return a.first_word == s.first_word; });
  bool opens_clause =
      t.first_word <= s.first_word + 1 || one_word_opener ||
      (t.first_word >= 2 &&
       (words[t.first_word - 1].lower == "," || words[t.first_word - 2].lower == ",")) ||
      // "..., and on Monday the two held talks"
      (before_time >= 2 && words[before_time - 2].lower == "," &&
       (words[before_time - 1].lower == "and" || words[before_time - 1].lower == "but")) ||
      // "... agreed late last month, when the two met"
      (t.end_word + 1 < s.last_word && words[t.end_word].lower == "," &&
       words[t.end_word + 1].lower == "when") ||
      // "Relations soured in 2021 when Kenya expelled ...": a past time
      // right before "when" dates the past verb of the "when" clause
      // (probes37; "when he arrives" is no such verb).
      PastWhenClause(reading, sentence, t) ||
      (t.end_word < s.last_word && IsParticiple(words[t.end_word]) &&
       !np_stop_.count(words[t.end_word])) ||
      ParticiplePhraseTime(words, s, triggers, t);
  // "established relations on Tuesday, signing an agreement": a
  // participle after the comma dates the event it names right away.
  bool participle_after_comma = t.end_word + 1 < s.last_word && words[t.end_word].lower == "," &&
                                IsParticiple(words[t.end_word + 1]) &&
                                !np_stop_.count(words[t.end_word + 1]);
  // "South Korea and Japan on Monday reached a deal": a time between
  // the subject and its verb dates what the verb did.
  bool before_verb = t.end_word < s.last_word && IsPastTense(words[t.end_word]);
  // "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic
  // relations": the day of a decision dates the step decided, the
  // event word right after "to". Any other time of the clause wins.
  // "Parliament voted (301 to 44) on Tuesday to ratify the border treaty":
  // a vote to approve or ratify (cue approval) is the step itself, so the
  // agreement it names a few words on takes the day.
  bool approval = t.end_word + 1 < s.last_word && words[t.end_word].lower == "to" &&
                  std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                    return c.first_word == t.end_word + 1 &&
                           Contains(cues_[static_cast<size_t>(c.value)], kApproval);
                  });
  if (chosen < 0 && before_time > s.first_word &&
      (IsPastTense(words[before_time - 1]) || approval) && t.end_word + 1 < s.last_word &&
      words[t.end_word].lower == "to") {
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word <= t.end_word) continue;
      const Trigger& trigger = triggers_[static_cast<size_t>(triggers[k].value)];
      bool approved =
          approval && trigger.type == "agreement" && triggers[k].first_word <= t.end_word + 6 &&
          std::none_of(words.begin() + static_cast<std::ptrdiff_t>(t.end_word),
                       words.begin() + static_cast<std::ptrdiff_t>(triggers[k].first_word),
                       [](const Word& w) { return w.punct; });
      if ((triggers[k].first_word <= t.end_word + 2 && !trigger.noun_phrase) || approved) {
        chosen = static_cast<int>(k);
        distance = 100 + triggers[k].first_word - t.end_word;
      }
      break;
    }
  }
  // "Her ministry followed on Friday with a statement urging ...": a verb
  // of following up (follow-up of carried_dates.tsv), its time, and "with"
  // the act it followed up with, a noun a few words on.
  if (chosen < 0 && before_time > s.first_word && follow_ups_.count(words[before_time - 1]) > 0 &&
      t.end_word < s.last_word && words[t.end_word].lower == "with") {
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word <= t.end_word) continue;
      if (triggers[k].first_word <= t.end_word + 3 &&
          triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
        chosen = static_cast<int>(k);
        distance = triggers[k].first_word - t.end_word;
      }
      break;
    }
  }
  for (size_t k = 0;
       chosen < 0 && (opens_clause || after_speech || before_verb || participle_after_comma) &&
       k < triggers.size();
       ++k) {
    if (triggers[k].first_word < t.end_word) continue;
    if (!opens_clause && !after_speech && !before_verb) {
      bool near = triggers[k].first_word <= t.end_word + 5;
      for (size_t w = t.end_word + 1; near && w < triggers[k].first_word; ++w)
        near = !words[w].punct;
      if (near) {
        chosen = static_cast<int>(k);
        distance = triggers[k].first_word - t.end_word;
      }
      break;
    }
    // After a reporting verb only the verb it reports, close by in the
    // same clause.
    // "announced on Wednesday that the United States would move to
    // restore relations": a reported clause may run longer.
    bool close_by = triggers[k].first_word <= t.end_word + (after_speech ? 10 : 6);
    for (size_t w = t.end_word; close_by && w < triggers[k].first_word; ++w)
      close_by = !words[w].punct;
    if (opens_clause || close_by) {
      chosen = static_cast<int>(k);
      distance = triggers[k].first_word - t.end_word;
      // "said on Monday it would suspend flights from Friday": the day of
      // the telling dates a plan told in the future only when the plan
      // has no time of its own, a day after the telling named after the
      // event word ("in protest at a statue placed late last month" is
      // no such day) (plans21).
      bool told_ahead = after_speech && !opens_clause && t.time->last_day &&
                        std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                          return c.first_word >= t.end_word &&
                                 c.end_word <= triggers[k].first_word &&
                                 (Contains(cues_[static_cast<size_t>(c.value)], kFuture) ||
                                  Contains(cues_[static_cast<size_t>(c.value)], kReportedFuture));
                        });
      bool later_day =
          told_ahead && std::any_of(sentence.sentence_times.begin(), sentence.sentence_times.end(),
                                    [&](const TimeSpan& other) {
                                      return other.first_word >= triggers[k].end_word &&
                                             other.time->first_day &&
                                             date::sys_days(*other.time->first_day) >
                                                 date::sys_days(*t.time->last_day);
                                    });
      if (later_day) distance += 100;
    }
    break;
  }
  // "In a statement on Wednesday the ministry accused Lima ...": the act
  // of the subject after an opening phrase, in the same clause, close by.
  if (chosen < 0 && InOpeningPhrase(words, s, t)) {
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word < t.end_word) continue;
      bool close_by = triggers[k].first_word <= t.end_word + kMaxOpeningPhrase;
      // "In a speech on July 17, President Soto accused ...": the comma
      // that closes the opening phrase right after the time is no break.
      for (size_t w = t.end_word; close_by && w < triggers[k].first_word; ++w)
        close_by =
            !words[w].punct || words[w].lower == "'s" || (w == t.end_word && words[w].lower == ",");
      if (close_by) {
        chosen = static_cast<int>(k);
        distance = triggers[k].first_word - t.end_word;
      }
      break;
    }
  }
  // "Chile's president, in a speech on March 1, invited Peru's leaders
  // ...": a time in a short phrase set off by commas after the subject,
  // opened by a preposition, dates the verb right after the closing comma.
  if (chosen < 0 && t.end_word + 1 < s.last_word && words[t.end_word].lower == ",") {
    size_t open = t.first_word;
    while (open > s.first_word && !words[open - 1].punct) --open;
    bool set_off = open > s.first_word + 1 && open < t.first_word && words[open - 1].lower == "," &&
                   place_prepositions_.count(words[open]) > 0 &&
                   t.first_word <= open + kMaxOpeningPhrase;
    for (size_t k = 0; set_off && k < triggers.size(); ++k) {
      if (triggers[k].first_word <= t.end_word) continue;
      if (triggers[k].first_word == t.end_word + 1 &&
          !triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
        chosen = static_cast<int>(k);
        distance = 1;
      }
      break;
    }
  }
  // "Pompeo went in October and met Kim": a verb joined by "and" right
  // after the time shares it; so does the verb a decision dated by the
  // time names ("agreed on Thursday to establish relations").
  if (chosen < 0 && t.end_word + 1 < s.last_word &&
      (words[t.end_word].lower == "and" || words[t.end_word].lower == "to")) {
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word <= t.end_word) continue;
      if (triggers[k].first_word <= t.end_word + 2 &&
          !triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
        chosen = static_cast<int>(k);
        distance = triggers[k].first_word - t.end_word;
      }
      break;
    }
  }
  // "a delegation to Havana in January for talks": the purpose after
  // the time names the event it dates.
  if (chosen < 0 && t.end_word < s.last_word && words[t.end_word].lower == "for") {
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word <= t.end_word) continue;
      bool modifiers_only = triggers[k].first_word <= t.end_word + 6;
      for (size_t w = t.end_word + 1; modifiers_only && w < triggers[k].first_word; ++w) {
        const WordText& x = words[w].lower;
        // "for a two-day visit": a hyphen inside a word joins, not ends.
        bool hyphen = x == "-" && words[w].begin == words[w - 1].end;
        modifiers_only = (hyphen || !words[w].punct) &&
                         (x == "a" || x == "an" || x == "the" || x == "his" || x == "her" ||
                          x == "their" || x == "its" || !np_stop_.count(words[w]));
      }
      if (modifiers_only && triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
        chosen = static_cast<int>(k);
        distance = triggers[k].first_word - t.end_word;
      }
      break;
    }
  }
  // "... shook hands on Tuesday at a hotel in Singapore, the first
  // meeting between ...": an appositive naming the event after the time.
  for (size_t k = 0; chosen < 0 && k < triggers.size(); ++k) {
    if (triggers[k].first_word < t.end_word) continue;
    if (triggers[k].first_word > t.end_word + 15 ||
        OtherEventBetween(sentence, t, t.end_word, triggers[k].first_word)) {
      break;
    }
    size_t w = triggers[k].first_word;
    while (w > t.end_word && triggers[k].first_word - w < 3 && !words[w - 1].punct &&
           !np_stop_.count(words[w - 1])) {
      --w;
    }
    bool appositive = w >= t.end_word + 2 &&
                      (words[w - 1].lower == "the" || words[w - 1].lower == "a") &&
                      words[w - 2].lower == ",";
    if (appositive) {
      chosen = static_cast<int>(k);
      distance = triggers[k].first_word - t.end_word;
    }
    break;
  }
  return chosen;
}

void EventRules::DateMeetingSettings(const ArticleReading& reading,
                                     SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& s = sentence->s;
  auto& actors = sentence->actors;
  auto& triggers = sentence->triggers;
  auto& sentence_times = sentence->sentence_times;
  auto& cues = sentence->cues;
  auto& time_of = sentence->time_of;
  // "agreed on Thursday to reopen the border in their first formal
  // meeting": a day after a past-tense verb that dates no event word is
  // the day of the meeting the decision was taken in ("in", "at",
  // "during" and a determiner before the event noun, later in the clause).
  // Only in a sentence about at most two countries: the meeting's sides
  // are then not in doubt ("... pledged on Friday at their summit in
  // Panmunjom, news that dominated Chinese television" is about four).
  std::set<std::string> named_countries;
  for (const ActorMention& a : actors) {
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
        (a.kind == ActorKind::kPerson && !a.code.empty())) {
      named_countries.insert(a.code);
    }
  }
  for (size_t ti = 0; named_countries.size() <= 2 && ti < sentence_times.size(); ++ti) {
    const TimeSpan& t = sentence_times[ti];
    if (std::find(time_of.begin(), time_of.end(), static_cast<int>(ti)) != time_of.end()) continue;
    size_t v = t.first_word;
    if (v > s.first_word && (words[v - 1].lower == "on" || words[v - 1].lower == "in")) --v;
    if (v == s.first_word || !IsPastTense(words[v - 1])) continue;
    for (size_t k = 0; k < triggers.size(); ++k) {
      const PhraseMatcher::Match& tm = triggers[k];
      if (tm.first_word < t.end_word) continue;
      const Trigger& tr = triggers_[static_cast<size_t>(tm.value)];
      bool setting = tr.noun_phrase && time_of[k] < 0 && tm.first_word <= t.end_word + 15 &&
                     (tr.family == "meeting" || tr.family == "dialogue");
      for (size_t w = t.end_word; setting && w < tm.first_word; ++w) setting = !words[w].punct;
      setting =
          setting && std::none_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
            return c.first_word >= t.end_word && c.end_word <= tm.first_word &&
                   Contains(CueKinds(c), kOtherEvent);
          });
      if (setting) {
        size_t x = tm.first_word;
        while (x > t.end_word + 1 && tm.first_word - x < 4 && words[x - 1].lower != "in" &&
               words[x - 1].lower != "at" && words[x - 1].lower != "during") {
          --x;
        }
        const WordText& det = words[x].lower;
        const WordText& prep = words[x - 1].lower;
        setting = (prep == "in" || prep == "at" || prep == "during") &&
                  (det == "their" || det == "a" || det == "the" || det == "his" || det == "her" ||
                   det == "its");
        if (setting) time_of[k] = static_cast<int>(ti);
      }
      break;
    }
  }
}

void EventRules::DateBeforeAfterClause(const ArticleReading& reading,
                                       SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& s = sentence->s;
  auto& triggers = sentence->triggers;
  auto& sentence_times = sentence->sentence_times;
  auto& time_of = sentence->time_of;
  if (sentence_times.empty()) return;
  // A plain run of words: no mark but a possessive.
  auto plain = [&](size_t from, size_t to) { return !MarkBesidesPossessive(words, from, to); };
  auto past_verb_in = [&](size_t from, size_t to) {
    for (size_t w = from; w < to; ++w)
      if (IsPastTense(words[w])) return true;
    return false;
  };
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (time_of[k] >= 0 || triggers[k].value < 0 ||
        triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
      continue;
    }
    // The after-word: within ten plain words of the act's word, no other
    // event word between ("accused Santiago of breaking the pact after").
    size_t after = triggers[k].end_word;
    size_t limit = std::min(s.last_word, after + 10);
    while (after < limit && !words[after].punct && after_clauses_.count(words[after]) == 0) ++after;
    if (after >= limit || after_clauses_.count(words[after]) == 0) continue;
    if (k + 1 < triggers.size() && triggers[k + 1].first_word < after) continue;
    // Not a plan ("promised to restore the ties"), and the clause hangs on
    // the act's verb: no other past verb or relative word between ("the
    // ties that collapsed after ...").
    size_t first = triggers[k].first_word;
    if (first > s.first_word && words[first - 1].lower == "to") continue;
    bool other_verb = past_verb_in(triggers[k].end_word, after) ||
                      std::any_of(sentence->cues.begin(), sentence->cues.end(),
                                  [&](const PhraseMatcher::Match& c) {
                                    return c.first_word >= triggers[k].end_word &&
                                           c.first_word < after && Contains(CueKinds(c), kRelative);
                                  });
    if (other_verb) continue;
    // Its clause's time: a past one, at the clause's end ("after Peruvian
    // troops captured ... in August 1985"), no other act's of the main
    // clause. "after August 1985" is the resolver's own.
    for (size_t ti = 0; ti < sentence_times.size(); ++ti) {
      const TimeSpan& t = sentence_times[ti];
      if (t.first_word <= after + 1 || !plain(after + 1, t.first_word)) continue;
      // A clause with a verb of its own: "after the talks with Peru on
      // Tuesday" names an event, which keeps its time.
      if (!past_verb_in(after + 1, t.first_word)) break;
      if (t.end_word < s.last_word && !words[t.end_word].punct) continue;
      if (!t.time->first_day || date::sys_days(*t.time->first_day) > reading.published) continue;
      bool owned = false;
      for (size_t j = 0; j < triggers.size() && !owned; ++j)
        owned = time_of[j] == static_cast<int>(ti) && triggers[j].first_word < after;
      if (owned) break;
      time_of[k] = static_cast<int>(ti);
      break;
    }
  }
}

void EventRules::ShareTimeAcrossAnd(const ArticleReading& reading,
                                    SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& sentence_times = sentence->sentence_times;
  auto& time_of = sentence->time_of;
  // "expelled ten diplomats and closed the consulate in April",
  // "sanctions and export controls in October": two event words joined
  // by "and" share the time after the second.
  for (size_t k = triggers.size(); k-- > 1;) {
    size_t first = k - 1;
    if (time_of[first] >= 0 || time_of[k] < 0) continue;
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[k])];
    const Trigger& a = triggers_[static_cast<size_t>(triggers[first].value)];
    const Trigger& b = triggers_[static_cast<size_t>(triggers[k].value)];
    if (t.first_word < triggers[k].end_word || a.noun_phrase != b.noun_phrase ||
        // The "and" must be in this sentence: one ending the sentence
        // before ("... and\n\nSanctions in October") joins nothing.
        triggers[k].first_word <= sentence->s.first_word ||
        words[triggers[k].first_word - 1].lower != "and" ||
        triggers[k].first_word > triggers[first].end_word + 8) {
      continue;
    }
    if (Unpunctuated(words, triggers[first].end_word, triggers[k].first_word))
      time_of[first] = time_of[k];
  }
  // "suspended the partnership on Tuesday and expelled a diplomat": a
  // measure's verb right after "and", after a measure or a protest, with
  // no subject of its own, shares the time of the verb before it; so does
  // the act a reply is made by ("expelled two envoys in 2020, and Santiago
  // answered by expelling two"). Two steps told in one sentence are two
  // entries (merge.cc).
  for (size_t k = 1; k < triggers.size(); ++k) {
    size_t first = k - 1;
    if (time_of[k] >= 0 || time_of[first] < 0) continue;
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[first])];
    const Trigger& a = triggers_[static_cast<size_t>(triggers[first].value)];
    const Trigger& b = triggers_[static_cast<size_t>(triggers[k].value)];
    size_t at = triggers[k].first_word;
    // A summons is a step taken like a measure: "recalled its ambassador
    // on Monday and summoned Chile's envoy" (clauses24).
    if (a.noun_phrase || b.noun_phrase || (b.family != "sanction" && b.type != "summon") ||
        (a.family != "sanction" && a.family != "protest") || t.end_word > at ||
        at < sentence->s.first_word + 2 || at > triggers[first].end_word + kMaxSharedGap) {
      continue;
    }
    bool reply = words[at - 1].lower == "by" && follow_ups_.count(words[at - 2]) > 0;
    // "and will evacuate its diplomats": a word of the future may stand
    // between; it makes the act planned as usual.
    size_t joint = at - 1;
    for (const PhraseMatcher::Match& c : sentence->cues) {
      if (c.end_word == at && c.first_word > triggers[first].end_word &&
          Contains(CueKinds(c), kFuture)) {
        joint = c.first_word - 1;
      }
    }
    bool joined =
        words[joint].lower == "and" && Unpunctuated(words, triggers[first].end_word, joint);
    if (reply || joined) time_of[k] = time_of[first];
  }
  // "Ruiz and Soto held talks in Santiago on Friday, and their governments
  // signed a series of agreements": agreements signed in a clause joined
  // by "and" to dated talks or a meeting, with no time of their own, were
  // signed that day. The verb of their making (cue accord-verb) stands
  // after the talks' time and at most four words before the agreement.
  for (size_t k = 1; k < triggers.size(); ++k) {
    size_t first = k - 1;
    if (time_of[k] >= 0 || time_of[first] < 0) continue;
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[first])];
    const Trigger& a = triggers_[static_cast<size_t>(triggers[first].value)];
    const Trigger& b = triggers_[static_cast<size_t>(triggers[k].value)];
    size_t at = triggers[k].first_word;
    if (a.family != "meeting" || b.type != "agreement" || !b.noun_phrase ||
        t.first_word < triggers[first].end_word || t.end_word > at ||
        at > t.end_word + kMaxSharedGap) {
      continue;
    }
    size_t verb = at;
    for (const PhraseMatcher::Match& c : sentence->cues) {
      if (c.first_word >= t.end_word && c.end_word <= at && c.end_word + 4 >= at &&
          Contains(CueKinds(c), kAccordVerb)) {
        verb = c.first_word;
      }
    }
    bool joined = false;
    for (size_t w = t.end_word; verb < at && w < verb; ++w)
      joined = joined || words[w].lower == "and";
    if (joined) time_of[k] = time_of[first];
  }
  // "The transit agreement was signed during Tobgay's visit to Beijing in
  // March", "signed the pact during their meeting in Lima on Friday": an
  // agreement with no time of its own, signed (cue accord-verb) during a
  // visit or meeting told right after it, takes the stay's time. At most
  // seven plain words stand between the agreement and "during" ("the pact
  // between Peru and Chile was signed during"), and at most seven between
  // "during" and the stay's word (talks29).
  for (size_t k = 0; k + 1 < triggers.size(); ++k) {
    const Trigger& a = triggers_[static_cast<size_t>(triggers[k].value)];
    if (time_of[k] >= 0 || a.type != "agreement" || !a.noun_phrase) continue;
    size_t during = DuringAfter(words, sentence->s, triggers[k].end_word);
    if (during >= sentence->s.last_word) continue;
    // ("was signed during": the passive's own event word stands between.)
    size_t stay = k + 1;
    while (stay < triggers.size() && triggers[stay].first_word <= during) ++stay;
    if (stay >= triggers.size() || time_of[stay] < 0 || triggers[stay].first_word > during + 8) {
      continue;
    }
    const Trigger& b = triggers_[static_cast<size_t>(triggers[stay].value)];
    if (b.family != "visit" && b.family != "meeting") continue;
    bool plain = PlainUpTo(words, during + 1, triggers[stay].first_word);
    bool made = false;
    for (const PhraseMatcher::Match& c : sentence->cues) {
      made = made || (c.first_word + 4 >= triggers[k].first_word && c.end_word <= during &&
                      Contains(CueKinds(c), kAccordVerb));
    }
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[stay])];
    if (plain && made && t.first_word >= triggers[stay].end_word) time_of[k] = time_of[stay];
  }
}

void EventRules::ShareTimeWithAnswer(const ArticleReading& reading,
                                     SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& time_of = sentence->time_of;
  for (size_t k = 1; k < triggers.size(); ++k) {
    if (time_of[k] >= 0 || time_of[k - 1] < 0) continue;
    const TimeSpan& t = sentence->sentence_times[static_cast<size_t>(time_of[k - 1])];
    if (t.end_word > triggers[k].first_word) continue;
    // "and Santiago answered by": the follow-up word at most four words
    // before the act, an "and" before it, both after the dated act and
    // its time.
    size_t from = std::max(triggers[k - 1].end_word, t.end_word);
    size_t answer = triggers[k].first_word;
    for (size_t w = triggers[k].first_word; w-- > from && w + 4 >= triggers[k].first_word;) {
      if (follow_ups_.count(words[w]) > 0) {
        answer = w;
        break;
      }
    }
    if (answer == triggers[k].first_word) continue;
    bool joined = false;
    for (size_t w = from; w < answer; ++w) joined = joined || words[w].lower == "and";
    if (joined) time_of[k] = time_of[k - 1];
  }
}

void EventRules::UndateIdleAgreements(const ArticleReading& reading,
                                      SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& cues = sentence->cues;
  auto& time_of = sentence->time_of;
  // "Iran said on Thursday that Washington must return to the nuclear
  // deal", "Under the accord, Iran on Tuesday began ...": a definite
  // agreement noun is what the sentence is about; the day the sentence
  // gives is another event's. Only a verb of its making in the sentence
  // ("signed", "reached", "came into force": cue accord-verb) or a time
  // right before it ("the 1994 treaty", "Monday's deal") dates it. Left
  // undated, it still refers back to the agreement told before.
  bool making = std::any_of(cues.begin(), cues.end(),
                            [&](const auto& c) { return Contains(CueKinds(c), kAccordVerb); });
  if (making) return;
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (time_of[k] < 0) continue;
    const Trigger& trigger = triggers_[static_cast<size_t>(triggers[k].value)];
    // A ceasefire dated is mostly one taking hold ("the truce began at
    // midnight"), not a topic.
    if (trigger.type != "agreement" || !trigger.noun_phrase || trigger.cameo == "0871") continue;
    size_t determiner = DeterminerBefore(words, sentence->s.first_word, triggers[k].first_word);
    if (determiner == triggers[k].first_word) continue;
    const TimeSpan& t = sentence->sentence_times[static_cast<size_t>(time_of[k])];
    // "Monday's deal": the time ends at the "'s" that is the determiner.
    size_t after = words[determiner].lower == "'s" ? determiner : determiner + 1;
    bool own = t.end_word >= after && t.end_word <= triggers[k].first_word;
    if (!own) time_of[k] = -1;
  }
}

void EventRules::UndateSpokenObjects(const ArticleReading& reading,
                                     SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& time_of = sentence->time_of;
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (time_of[k] < 0) continue;
    const Trigger& trigger = triggers_[static_cast<size_t>(triggers[k].value)];
    if (trigger.type != "statement" || trigger.noun_phrase) continue;
    // A time after the verb that owns a noun ("Tuesday's bombings") is the
    // day of what the words are about.
    const TimeSpan& t = sentence->sentence_times[static_cast<size_t>(time_of[k])];
    if (t.first_word >= triggers[k].end_word && t.end_word < sentence->s.last_word &&
        words[t.end_word].lower == "'s") {
      time_of[k] = -1;
    }
  }
}

void EventRules::UndateReportedPast(const ArticleReading& reading,
                                    SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& cues = sentence->cues;
  auto& time_of = sentence->time_of;
  for (size_t k = 0; k < triggers.size(); ++k) {
    if (time_of[k] < 0) continue;
    // Contacts the speaker took part in: a meeting, a call, a visit.
    const std::string& family = triggers_[static_cast<size_t>(triggers[k].value)].family;
    if (family != "meeting" && family != "call" && family != "visit" && family != "dialogue")
      continue;
    // "had met", "had already met", "had held talks": "had" up to three
    // plain words before the event word.
    size_t first = triggers[k].first_word, had = first;
    for (size_t w = first; w > sentence->s.first_word && w + 3 >= first;) {
      --w;
      if (words[w].punct) break;
      if (words[w].lower == "had") {
        had = w;
        break;
      }
    }
    // Only what the speaker tells of himself ("he had met", "they had
    // talked"): "Lima said on Monday that Chile had expelled its envoy" is
    // mostly news of that day.
    if (had == first || had == sentence->s.first_word) continue;
    const WordText& subject = words[had - 1].lower;
    if (!side_words_.IsSpeakerPronoun(subject)) continue;
    const TimeSpan& t = sentence->sentence_times[static_cast<size_t>(time_of[k])];
    if (t.end_word > had) continue;  // "had met him on Tuesday": its own day
    bool speech = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
      return Contains(CueKinds(c), kSpeech) && c.end_word <= had &&
             (c.first_word >= t.end_word || c.end_word <= t.first_word);
    });
    if (speech) time_of[k] = -1;
  }
}

void EventRules::DayAfterClock(const ArticleReading& reading, SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& sentence_times = sentence->sentence_times;
  auto& time_of = sentence->time_of;
  // "came into force at 6 a.m. on 10 November": the clock time alone reads
  // as a time of the publication day; the day after "on" says which day.
  for (int& governing : time_of) {
    if (governing < 0) continue;
    const TimeSpan& clock = sentence_times[static_cast<size_t>(governing)];
    if (clock.time->type != TimexType::kTime) continue;
    for (size_t j = 0; j < sentence_times.size(); ++j) {
      const TimeSpan& day = sentence_times[j];
      bool joined = day.first_word == clock.end_word ||
                    (day.first_word == clock.end_word + 1 && words[clock.end_word].lower == "on");
      if (joined && day.time->type == TimexType::kDate && day.time->first_day &&
          day.time->first_day == day.time->last_day) {
        governing = static_cast<int>(j);
        break;
      }
    }
  }
}

void EventRules::DateTripOfHomePurpose(const ArticleReading& reading,
                                       SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& s = sentence->s;
  auto& triggers = sentence->triggers;
  auto& time_of = sentence->time_of;
  // "Boluarte will travel to Santiago for a cabinet meeting next year",
  // "flew to Lima for talks with business leaders on Monday": the time
  // after the purpose went to its noun, which HomeMeeting later takes from
  // the two. An undated trip word right before it, "for" and at most three
  // plain words between them and no punctuation from the trip on, is dated
  // by that time too: the trip is still the pair's (probes39).
  for (size_t k = 1; k < triggers.size(); ++k) {
    if (time_of[k] < 0 || time_of[k - 1] >= 0) continue;
    const EventTrigger& purpose = triggers_[static_cast<size_t>(triggers[k].value)];
    const EventTrigger& trip = triggers_[static_cast<size_t>(triggers[k - 1].value)];
    if (!purpose.noun_phrase || purpose.family != "meeting" || trip.family != "visit" ||
        trip.type == "hosting") {
      continue;
    }
    size_t w = triggers[k].first_word;
    while (w > triggers[k - 1].end_word && triggers[k].first_word - w < 3 &&
           words[w - 1].lower != "for" && !words[w - 1].punct) {
      --w;
    }
    if (w <= triggers[k - 1].end_word || words[w - 1].lower != "for" || w - 1 <= s.first_word)
      continue;
    bool plain = true;
    for (size_t x = triggers[k - 1].end_word; plain && x + 1 < w; ++x) plain = !words[x].punct;
    if (plain && HomeMeetingNoun(words, *sentence, triggers[k])) time_of[k - 1] = time_of[k];
  }
}

void EventRules::ShareGatheringTime(const ArticleReading& reading,
                                    SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& triggers = sentence->triggers;
  auto& sentence_times = sentence->sentence_times;
  auto& time_of = sentence->time_of;
  // An undated agreement word right before (at most eight words) a dated
  // gathering noun: both rules below ask this of the pair k, k + 1.
  auto deal_before_gathering = [&](size_t k) {
    const Trigger& deal = triggers_[static_cast<size_t>(triggers[k].value)];
    const Trigger& gathering = triggers_[static_cast<size_t>(triggers[k + 1].value)];
    return time_of[k] < 0 && time_of[k + 1] >= 0 && deal.family == "agreement" &&
           gathering.family == "meeting" && gathering.noun_phrase &&
           triggers[k + 1].first_word <= triggers[k].end_word + 8;
  };
  // "signed a border agreement at the October summit", "the accord reached
  // during Tuesday's talks": an undated agreement made at a gathering
  // dated right before its noun has that gathering's date.
  for (size_t k = 0; k + 1 < triggers.size(); ++k) {
    if (!deal_before_gathering(k)) continue;
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[k + 1])];
    if (t.end_word > triggers[k + 1].first_word || t.first_word <= triggers[k].end_word) continue;
    // "at" or "during" and a determiner before the time, and no
    // punctuation from the agreement on: "at the October summit".
    size_t w = triggers[k].end_word;
    while (w < t.first_word && !words[w].punct && words[w].lower != "at" &&
           words[w].lower != "during") {
      ++w;
    }
    if (w >= t.first_word || words[w].punct) continue;
    bool joined = true;
    for (size_t x = w + 1; joined && x < t.first_word; ++x) {
      const WordText& y = words[x].lower;
      joined = y == "the" || y == "their" || y == "its" || y == "this";
    }
    if (joined) time_of[k] = time_of[k + 1];
  }
  // "signed a free trade agreement at a virtual summit in February 2022":
  // the gathering's own time right after its noun dates the agreement made
  // at it too (accords25).
  for (size_t k = 0; k + 1 < triggers.size(); ++k) {
    if (!deal_before_gathering(k)) continue;
    const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[k + 1])];
    if (t.first_word < triggers[k + 1].end_word || t.first_word > triggers[k + 1].end_word + 1)
      continue;
    // "at" or "during", a determiner and at most three plain words before
    // the gathering's noun, no punctuation from the agreement to its time.
    size_t at = triggers[k + 1].first_word;
    for (size_t w = triggers[k].end_word; w < triggers[k + 1].first_word; ++w) {
      if (words[w].lower == "at" || words[w].lower == "during") at = w;
    }
    bool plain = at + 1 < triggers[k + 1].first_word && at + 5 >= triggers[k + 1].first_word &&
                 Unpunctuated(words, triggers[k].end_word, t.first_word);
    if (plain) {
      const WordText& det = words[at + 1].lower;
      plain = det == "a" || det == "an" || det == "the" || det == "their" || det == "its";
    }
    if (plain) time_of[k] = time_of[k + 1];
  }
  // "held talks at the palace on Wednesday, after which ministers signed
  // an agreement": an undated agreement in a clause of "after which" (or
  // "at which", "during which") that follows a dated gathering or visit
  // was made at its time.
  for (size_t k = 1; k < triggers.size(); ++k) {
    const Trigger& deal = triggers_[static_cast<size_t>(triggers[k].value)];
    if (time_of[k] >= 0 || deal.family != "agreement") continue;
    size_t which = triggers[k].first_word;
    for (size_t w = triggers[k].first_word; w-- > sentence->s.first_word + 2;) {
      if (words[w].punct && !words[w].abbreviation) break;
      if (words[w].lower == "which" && after_which_.count(words[w - 1]) > 0 &&
          words[w - 2].lower == ",") {
        which = w;
        break;
      }
    }
    if (which == triggers[k].first_word || which + 8 < triggers[k].first_word) continue;
    // The last event word before the clause.
    size_t first = k;
    for (size_t j = 0; j < k; ++j) {
      if (triggers[j].end_word <= which) first = j;
    }
    if (first >= k) continue;
    const Trigger& gathering = triggers_[static_cast<size_t>(triggers[first].value)];
    if (time_of[first] < 0 || (gathering.family != "meeting" && gathering.family != "visit")) {
      continue;
    }
    time_of[k] = time_of[first];
  }
}

void EventRules::BorrowTime(const ArticleReading& reading, const SentenceReading& sentence,
                            EventReading* event) const {
  auto& body = reading.body;
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& sentence_times = sentence.sentence_times;
  auto& opener_day = sentence.opener_day;
  auto& opener_end = sentence.opener_end;
  auto& time_of = sentence.time_of;
  auto& k = event->k;
  auto& tm = event->tm;
  auto& trigger = event->trigger;
  auto& borrowed = event->borrowed;
  auto& borrowed_phrase = event->borrowed_phrase;
  // "After the ceremony, the two went into talks": the day the opener refers to.
  if (time_of[k] < 0 && opener_day && tm.first_word >= opener_end) {
    borrowed = opener_day;
    borrowed_phrase = Collapse(std::string_view(body).substr(
        words[s.first_word].begin, words[opener_end - 2].end - words[s.first_word].begin));
  }
  // "handed Trump a letter earlier this month during a visit to the
  // Oval Office": a visit or meeting something happened during was
  // going on at that time.
  if (time_of[k] < 0 && !borrowed && trigger.noun_phrase && tm.first_word >= s.first_word + 2) {
    size_t w = tm.first_word - 1;
    const WordText& det = words[w].lower;
    if (det == "a" || det == "an" || det == "his" || det == "her" || det == "their" ||
        det == "its") {
      --w;
    }
    if (words[w].lower == "during" && (trigger.family == "visit" || trigger.family == "meeting" ||
                                       trigger.family == "conference")) {
      for (size_t j = k; j-- > 0 && !borrowed;) {
        if (time_of[j] >= 0) {
          borrowed = sentence_times[static_cast<size_t>(time_of[j])].time;
          borrowed_phrase = borrowed->text;
        }
      }
    }
  }
  // "Norway will close the crossing from Thursday, the government said on
  // Tuesday, accusing Nairobi of ...": words of blame in a participle
  // clause right after the saying time were said then, whatever time the
  // act told before them has (measures27).
  // So are they after "Ghana said on Tuesday it would close the border
  // from Friday, accusing ...": the saying time earlier in the sentence,
  // when none stands right before the comma.
  if (time_of[k] < 0 && !borrowed && trigger.family == "protest" &&
      IsParticiple(words[tm.first_word]) && tm.first_word >= s.first_word + 3 &&
      words[tm.first_word - 1].lower == ",") {
    const TimeSpan* chosen = nullptr;
    for (const TimeSpan& t : sentence_times) {
      if (t.end_word >= tm.first_word || t.first_word < s.first_word + 2) continue;
      size_t before = t.first_word;
      if (words[before - 1].lower == "on" || words[before - 1].lower == "in") --before;
      bool said = std::any_of(sentence.cues.begin(), sentence.cues.end(), [&](const auto& c) {
        return c.end_word == before && Contains(CueKinds(c), kSpeech);
      });
      if (said && (!chosen || t.end_word + 1 == tm.first_word)) chosen = &t;
    }
    if (chosen) {
      borrowed = chosen->time;
      borrowed_phrase = borrowed->text;
    }
  }
  // "The accord was signed in 2009, when Soto was in Chile on a state
  // visit": a visit with no time of its own in a clause that "when" opens
  // right after the time of an earlier event word was going on then.
  if (time_of[k] < 0 && !borrowed && trigger.family == "visit") {
    for (size_t w = tm.first_word; w > s.first_word + 1; --w) {
      if (words[w - 1].lower != "when") {
        if (words[w - 1].punct) break;
        continue;
      }
      for (size_t j = k; j-- > 0 && !borrowed && words[w - 2].lower == ",";) {
        if (time_of[j] < 0) continue;
        const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[j])];
        if (t.end_word + 2 == w) {
          borrowed = t.time;
          borrowed_phrase = borrowed->text;
        }
      }
      break;
    }
  }
}

namespace {

// "Peru expelled 18 Chilean diplomats, saying they were spies tied to a
// 2014 depot blast": a time in a clause after a word that ends the main
// clause (`clause_ends`, from word `from` on), that ended over a month
// before publication, is background, no day of the lead's acts.
bool OldBackgroundTime(const std::vector<Word>& words, const WordSet& clause_ends, size_t from,
                       const TimeSpan& t, date::sys_days published) {
  if (!t.time->last_day || date::sys_days(*t.time->last_day) + date::days(31) >= published)
    return false;
  for (size_t w = from; w < t.first_word; ++w)
    if (clause_ends.count(words[w]) > 0) return true;
  return false;
}

}  // namespace

bool EventRules::AnnouncedOn(const std::vector<Word>& words, const SentenceSpan& s,
                             size_t at) const {
  // "The foreign ministry said in a statement on Friday": the day follows
  // a noun of announcing ("statement", "news conference"), at most "issued"
  // or "on" between them.
  for (size_t w = at; w-- > s.first_word && w + 3 >= at;)
    if (announcement_nouns_.count(words[w]) > 0) return true;
  return false;
}

bool EventRules::OwnSide(const ArticleReading& reading, const ActorLexicon& lexicon, size_t i,
                         size_t at) const {
  // Only the lead's own side announces its act ("Peru's foreign ministry
  // condemned the move on Friday" is the other side's answer): before the
  // day, the sentence names no country but the one the lead names first,
  // its doer; after it (what was said) none the lead does not name.
  const auto& sentences = reading.sentences;
  const auto& words = reading.words;
  size_t lead_paragraph = &reading.body != &reading.article.body ? 1 : 0;
  std::string doer;
  std::set<std::string> lead_countries;
  for (size_t j = 0; j < i && doer.empty(); ++j) {
    if (reading.paragraph_of[j] != lead_paragraph) continue;
    const SentenceSpan& lead = sentences[j];
    size_t from = lead.first_word;
    for (const ActorMention& a :
         lexicon.Find(reading.body, words, from, lead.last_word, std::nullopt, nullptr)) {
      if (a.code.empty()) continue;
      if (doer.empty() && a.kind == ActorKind::kCountry) doer = a.code;
      lead_countries.insert(a.code);
    }
  }
  const SentenceSpan& s = sentences[i];
  for (const ActorMention& a :
       lexicon.Find(reading.body, words, s.first_word, s.last_word, std::nullopt, nullptr)) {
    if (a.code.empty() || a.code == doer) continue;
    if (a.first_word < at || lead_countries.count(a.code) == 0) return false;
  }
  return true;
}

void EventRules::FindLeadCarry(const ActorLexicon& lexicon, ArticleReading* reading) const {
  const auto& sentences = reading->sentences;
  const auto& words = reading->words;
  const std::string& body = reading->body;
  auto& paragraph_of = reading->paragraph_of;
  paragraph_of.assign(sentences.size(), 0);
  size_t paragraph = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    // Paragraphs are joined by line breaks; within one the words are
    // spaced. (Only the gap between the two is searched: looking for the
    // next line break from the sentence before scanned the rest of its
    // paragraph.)
    size_t gap = i > 0 ? sentences[i - 1].end : 0;
    if (i > 0 && gap < sentences[i].begin && gap < body.size() &&
        std::memchr(body.data() + gap, '\n', std::min(sentences[i].begin, body.size()) - gap))
      ++paragraph;
    paragraph_of[i] = paragraph;
  }
  // "LIMA, May 6 -- Peru ordered Chile's ambassador to leave ... The
  // foreign ministry announced the measures late on Sunday.": the lead
  // often tells the acts with no date and the next paragraph the day they
  // were announced. Only the first time the body gives (a dateline aside),
  // in the lead's paragraph or the next, a past day in a sentence that
  // names the acts by an anaphoric noun: a time told before it, or one
  // with no such noun, is another event's, and the carry is off.
  size_t next_time = 0;
  for (size_t i = 0; i < sentences.size() && paragraph_of[i] <= 2; ++i) {
    const SentenceSpan& s = sentences[i];
    const TimeExpression* day = nullptr;
    size_t day_word = 0;
    bool other_time = false;
    for (; next_time < reading->time_spans.size() &&
           reading->time_spans[next_time].first_word < s.last_word;
         ++next_time) {
      const TimeSpan& t = reading->time_spans[next_time];
      if (t.first_word < s.first_word) continue;
      if (OldBackgroundTime(words, lead_clause_ends_, day ? day_word : s.first_word, t,
                            reading->published)) {
        continue;
      }
      if (!day && t.time->first_day && t.time->first_day == t.time->last_day &&
          date::sys_days(*t.time->last_day) <= reading->published) {
        day = t.time;
        day_word = t.first_word;
      } else if (day && t.time->first_day == day->first_day && t.time->last_day == day->last_day) {
        // "announced the decision on Tuesday, saying it took effect that
        // day": the same day told again is no other event's time.
      } else {
        other_time = true;
      }
    }
    if (!day && !other_time) continue;
    if (!day || other_time || i == 0) return;
    bool names_acts = false;
    for (size_t w = s.first_word + 1; w < s.last_word && !names_acts; ++w)
      names_acts = carry_nouns_.count(words[w]) > 0 && anaphors_.count(words[w - 1]) > 0;
    if (!names_acts && !AnnouncedOn(words, s, day_word)) return;
    if (!OwnSide(*reading, lexicon, i, day_word)) return;
    reading->lead_day = day;
    reading->lead_day_sentence = i + 1;
    return;
  }
}

bool EventRules::AtTimeOfBefore(const std::vector<Word>& words, const SentenceSpan& s,
                                size_t act) const {
  for (const std::vector<std::string>& phrase : carry_at_times_) {
    size_t first = s.first_word, last = s.last_word;
    if (phrase.size() == 1) {
      if (act <= s.first_word) continue;
      first = act - 1;
      last = act;
    }
    for (size_t w = first; w + phrase.size() <= last; ++w) {
      // Opening the sentence or after the act's word: "Chile's president,
      // foreign minister at the time, visited Lima" tells of his office.
      if (phrase.size() > 1 && w != s.first_word && w <= act) continue;
      if (SpellsAt(words, w, phrase)) return true;
    }
  }
  return false;
}

void EventRules::CarryDate(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const {
  const auto& words = reading.words;
  const auto& s = sentence.s;
  const size_t here = reading.sentence_index;  // this sentence's, counted from 1
  if (sentence.time_of[event->k] >= 0 || event->borrowed || event->lead < reading.mentions.size())
    return;
  // A time of the sentence that dates another of its acts (or none) says
  // the text had a time to give and did not give it to this one; an old
  // one in a clause after the act tells its background (the lead only).
  bool background_only = std::all_of(
      sentence.sentence_times.begin(), sentence.sentence_times.end(), [&](const TimeSpan& t) {
        return OldBackgroundTime(words, lead_clause_ends_, event->tm.end_word, t,
                                 reading.published);
      });
  if (!background_only) return;
  // The lead's acts, told before the day the body gives them.
  // Only the lead's own paragraph: a headline ("Peru expels envoy") told
  // in the present is the publication day's report, and gives way to the
  // lead's dated act (DropPresentRepeats). Only acts of the main clause:
  // one told after "after", "over", "which" or a comma is the cause or
  // background, whose day the body does not give.
  size_t lead_paragraph = &reading.body != &reading.article.body ? 1 : 0;  // after a headline
  if (reading.lead_day && here < reading.lead_day_sentence &&
      reading.paragraph_of[here - 1] == lead_paragraph) {
    size_t from = s.first_word;
    for (size_t w = from; w < event->tm.first_word; ++w)
      if (lead_clause_ends_.count(words[w]) > 0) return;
    event->borrowed = reading.lead_day;
    event->borrowed_phrase = reading.lead_day->text;
    return;
  }
  // "PANAMA CITY (AP) -- Rubio told Panama's president Sunday that ... /
  // Rubio met President Mulino for about an hour at the palace" (probes37):
  // a meeting opening the paragraph right after a one-sentence lead, its
  // subject the person the lead opened with, with no time and no word of
  // another time (`background` of carried_dates.tsv: "had", "previously"),
  // goes on with the lead's story: it takes the lead's day (a day of the
  // week before the article's).
  // (A meeting only: a welcome, which the text may tell on another day
  // than the story's, is left to its own time.)
  if (event->m.type == "meeting" && !event->trigger.noun_phrase &&
      sentence.sentence_times.empty() && here >= 2 &&
      reading.paragraph_of[here - 2] == lead_paragraph &&
      reading.paragraph_of[here - 1] == lead_paragraph + 1 &&
      (here == 2 || reading.paragraph_of[here - 3] != lead_paragraph)) {
    const SentenceSpan& lead = reading.sentences[here - 2];
    // ("Rubio and Mulino met": the opener and a second person.)
    auto person_between = [&](size_t first, size_t end) {
      return std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
        return a.kind == ActorKind::kPerson && a.first_word == first && a.end_word == end;
      });
    };
    size_t verb = event->tm.first_word;
    auto opener = std::find_if(sentence.actors.begin(), sentence.actors.end(), [&](const auto& a) {
      return a.kind == ActorKind::kPerson && a.first_word == s.first_word &&
             (a.end_word == verb || (a.end_word + 2 <= verb && words[a.end_word].lower == "and" &&
                                     person_between(a.end_word + 1, verb)));
    });
    bool opens = opener != sentence.actors.end();
    bool other_time = false;
    for (size_t w = s.first_word; w < s.last_word && !other_time; ++w)
      other_time = background_words_.count(words[w]) > 0;
    // The lead's subject: the opener's surname among the lead's first
    // words, with only capitals, marks and "of", "the", "'s" before it.
    const Word& surname = words[opens ? opener->end_word - 1 : verb - 1];
    bool same = false;
    for (size_t w = lead.first_word; opens && !same && w < lead.last_word; ++w) {
      if (words[w].lower == surname.lower) {
        same = true;
        break;
      }
      if (!words[w].punct && !words[w].capitalized && words[w].lower != "'s" &&
          !np_stop_.count(words[w]))
        break;
    }
    const TimeExpression* day = nullptr;
    for (const TimeSpan& t : reading.time_spans) {
      if (t.first_word >= lead.last_word) break;
      if (t.first_word < lead.first_word || !t.time->first_day || !t.time->last_day ||
          *t.time->first_day != *t.time->last_day)
        continue;
      date::sys_days d{*t.time->first_day};
      if (d <= reading.published && reading.published - d <= date::days(7)) day = t.time;
      break;
    }
    if (opens && same && !other_time && day) {
      event->m.carried = true;
      event->borrowed = day;
      event->borrowed_phrase = day->text;
      return;
    }
  }
  // The rest only within one paragraph: a break often turns to background.
  if (!sentence.sentence_times.empty() || here < 2 ||
      reading.paragraph_of[here - 1] != reading.paragraph_of[here - 2])
    return;
  // "Ruiz met Soto in Lima on Tuesday. Officials then exchanged the
  // investment treaty": an agreement with no sides and no time of its own
  // right after a dated visit or talks between two sides, in the sentence
  // before, was made then, between them (visits26). Not one the text
  // tells as older ("had signed"), nor a noun with no verb of its making
  // (accord-verb) in the sentence ("discussed a new border treaty").
  bool making = !event->trigger.noun_phrase ||
                std::any_of(sentence.cues.begin(), sentence.cues.end(),
                            [&](const auto& c) { return Contains(CueKinds(c), kAccordVerb); });
  // So was one whose subject "they" stands for the two of that meeting
  // (SidesFromContext: "Ruto met Store in Oslo on Monday. They agreed to
  // set up a joint commission"; probes33).
  bool they = false;
  for (size_t w = event->scope_begin; w < event->tm.first_word; ++w)
    they = they || words[w].lower == "they";
  if (event->m.family == "agreement" && (event->m.actors.size() < 2 || they) && making) {
    bool older = false;
    for (size_t w = s.first_word; w < event->tm.first_word && !older; ++w)
      older = words[w].lower == "had";
    for (size_t p = reading.mentions.size(); p-- > 0 && !older;) {
      size_t at = reading.mention_origin[p].second;
      if (at + 1 < here) break;
      if (at + 1 != here) continue;
      const Mention& before = reading.mentions[p];
      const TimeExpression* time = reading.mention_origin[p].first;
      if (!time || before.present || before.status != "held" || before.actors.size() != 2 ||
          (before.family != "visit" && before.family != "meeting") ||
          (event->m.actors.size() >= 2 && event->m.actors != before.actors)) {
        continue;
      }
      event->borrowed = time;
      event->borrowed_phrase = time->text;
      event->m.carried = true;
      event->m.actors = before.actors;
      return;
    }
  }
  // "Within hours, Soto demanded an apology": the day the sentence before gave.
  for (const std::vector<std::string>& phrase : carry_openers_) {
    size_t end = s.first_word + phrase.size();
    if (end >= s.last_word || words[end].lower != ",") continue;
    if (!SpellsAt(words, s.first_word, phrase)) continue;
    if (sentence.previous_day) {
      event->m.carried = true;
      event->borrowed = sentence.previous_day;
      event->borrowed_phrase = Collapse(
          std::string_view(reading.body)
              .substr(words[s.first_word].begin, words[end - 1].end - words[s.first_word].begin));
    }
    return;
  }
  // "Earlier this month Peru's president ordered raids on Chile. Chile's
  // defence minister warned him at the time that ...", "then warned": an
  // act the text places at the time of the sentence before takes that
  // sentence's last past time, whatever its span (issue 5, speech25). A
  // one-word phrase ("then") counts only right before the act's word.
  if (AtTimeOfBefore(words, s, event->tm.first_word)) {
    const SentenceSpan& before = reading.sentences[here - 2];
    const TimeExpression* time = nullptr;
    for (const TimeSpan& t : reading.time_spans) {
      if (t.first_word >= before.last_word) break;
      if (t.first_word < before.first_word || !t.time->first_day) continue;
      // "Earlier this month": a span that began before the publication day.
      if (date::sys_days(*t.time->first_day) <= reading.published) time = t.time;
    }
    if (time) {
      event->m.carried = true;
      event->borrowed = time;
      event->borrowed_phrase = time->text;
      return;
    }
  }
  // "... restored relations on Monday. The ministers announced the step in
  // Lima and issued a joint statement", "Lima recalled its ambassador on
  // Tuesday. It also said it was closing its consulate": a sentence that
  // points back to the act before, or goes on with its actor, was told on
  // that act's day.
  bool tied = s.first_word + 1 < s.last_word && carry_subjects_.count(words[s.first_word]) > 0 &&
              carry_also_.count(words[s.first_word + 1]) > 0;
  for (size_t w = s.first_word + 1; w < s.last_word && !tied; ++w) {
    if (carry_nouns_.count(words[w]) == 0 || anaphors_.count(words[w - 1]) == 0) continue;
    bool told_before = w >= s.first_word + 2 && carry_tellers_.count(words[w - 2]) > 0;
    bool told_after = w + 2 < s.last_word &&
                      (words[w + 1].lower == "was" || words[w + 1].lower == "were") &&
                      carry_tellers_.count(words[w + 2]) > 0;
    tied = told_before || told_after;
  }
  // "The court rejected Peru's request on Friday. President Soto called the
  // decision historic.": a reaction told after a ruling in its paragraph
  // was told on the ruling's day (courts23).
  if (!tied && event->m.family == "statement") {
    for (size_t p = reading.mentions.size(); p-- > 0;) {
      size_t at = reading.mention_origin[p].second;
      if (at == 0 || reading.paragraph_of[at - 1] != reading.paragraph_of[here - 1]) break;
      const TimeExpression* time = reading.mention_origin[p].first;
      if (reading.mentions[p].family != "ruling" || !time || reading.mentions[p].present) continue;
      event->borrowed = time;
      event->borrowed_phrase = time->text;
      event->m.carried = true;
      return;
    }
  }
  if (!tied) return;
  for (size_t p = reading.mentions.size(); p-- > 0;) {
    if (reading.mention_origin[p].second + 1 < here) break;
    if (reading.mention_origin[p].second + 1 != here) continue;
    const Mention& before = reading.mentions[p];
    const TimeExpression* time = reading.mention_origin[p].first;
    if (!time || before.present || before.actors.size() < 2) continue;
    event->borrowed = time;
    event->borrowed_phrase = time->text;
    event->m.carried = true;  // an act of its own (plans21)
    return;
  }
}

namespace {

// "by the end of March", "by end of 2024": a deadline phrase, the end of a
// period reached by "by".
bool ByTheEnd(const std::vector<Word>& words, const SentenceSpan& s, size_t w) {
  if (w <= s.first_word || w >= s.last_word || words[w - 1].lower != "by") return false;
  if (words[w].lower == "the") ++w;
  return w < s.last_word && words[w].lower == "end";
}

}  // namespace

void EventRules::DateMention(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& article = reading.article;
  auto& published = reading.published;
  auto& s = sentence.s;
  auto& sentence_times = sentence.sentence_times;
  auto& time_of = sentence.time_of;
  auto& k = event->k;
  auto& m = event->m;
  auto& borrowed = event->borrowed;
  auto& borrowed_phrase = event->borrowed_phrase;
  auto& present_phrase = event->present_phrase;
  auto& t = event->time;
  // (The rest of the source, the article's file, outlet and url and the
  // sentence, is Extract's to fill in once the article is read, and only
  // for the mentions with two sides: most mentions have fewer and reach
  // no timeline.)
  if (time_of[k] >= 0 || borrowed) {
    t = borrowed ? borrowed : sentence_times[static_cast<size_t>(time_of[k])].time;
    m.date = t->type == TimexType::kTime ? t->value.substr(0, 10) : t->value;
    m.qualifier = QualifierOf(t->mod);
    // (The qualifier compared as a view below: a std::string compared with
    // a literal measures the literal and calls compare, for every event.)
    // "agreed to hold consultations by the end of March": a deadline, any
    // time in the month, not late in it ("by late March" keeps its word).
    if (std::string_view(m.qualifier) == "late" && !borrowed &&
        ByTheEnd(reading.words, s, sentence_times[static_cast<size_t>(time_of[k])].first_word)) {
      m.qualifier.clear();
    }
    // "will visit Chile later this year", told in January: the rest of the
    // year after the publication day, not its last third (plans29). A
    // period told with "later" that does not hold the publication day
    // ("later that year") keeps its "late".
    bool rest_of_period = false;
    if (std::string_view(m.qualifier) == "late" && !borrowed) {
      size_t w = sentence_times[static_cast<size_t>(time_of[k])].first_word;
      rest_of_period = reading.words[w].lower == "later" && t->first_day && t->last_day &&
                       date::sys_days(*t->first_day) <= published &&
                       published < date::sys_days(*t->last_day);
      if (rest_of_period) m.qualifier.clear();
    }
    // "has been closed since 1994": closed in 1994, not some time after.
    if (std::string_view(m.qualifier) == "after" && !borrowed &&
        StateSince(reading.words, event->tm.first_word, event->tm.end_word,
                   sentence_times[static_cast<size_t>(time_of[k])].first_word)) {
      m.qualifier.clear();
    }
    m.first = date::sys_days(*t->first_day);
    m.last = date::sys_days(*t->last_day);
    // "late Monday", "later that day": a part of one day is that day.
    if (m.first == m.last &&
        (std::string_view(m.qualifier) == "early" || std::string_view(m.qualifier) == "mid" ||
         std::string_view(m.qualifier) == "late")) {
      m.qualifier.clear();
    }
    NarrowSpan(m.qualifier, &m.first, &m.last);
    if (rest_of_period) m.first = published + date::days(1);
    m.source.phrase = t->text;
    if (borrowed) m.source.phrase = borrowed_phrase;
  } else {
    m.date = FormatDay(*article.published);
    m.first = m.last = published;
    m.source.phrase = present_phrase;
    m.present = true;
  }
}

void EventRules::VisitLength(const ArticleReading& reading, const SentenceReading& sentence,
                             EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& trigger = event->trigger;
  auto& m = event->m;
  auto& borrowed = event->borrowed;
  // "The visit by Kenya's president to Norway ends on Friday": a visit
  // noun whose own day (at most 13 days ahead) follows a present-tense
  // `end` word ("ends", "concludes") up to three words after the noun's
  // phrase is under way: held from the article's day to that day
  // (visits29). "ended on Friday" and a day gone are left as they were.
  if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase && !borrowed &&
      m.first == m.last && m.first > reading.published &&
      m.first - reading.published <= kMaxStayDays && sentence.time_of[event->k] >= 0) {
    const TimeSpan& own = sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])];
    size_t at = TimeWithOn(words, s, own.first_word);
    bool ends =
        at > event->tm.end_word && stay_words_.IsEnd(words[at - 1]) && !IsPastTense(words[at - 1]);
    if (ends) {
      SpanStay(m, reading.published, m.last);
      m.present = true;
    }
  }
  // "Ruto's visit to Norway, which began on Monday, ends on Friday": a
  // visit dated by its start up to the article's day, with a later day
  // right after an `end` word in the sentence (within 13 days: "ends on
  // Friday", "ended on Tuesday"), is held over those days.
  if (trigger.family == "visit" && trigger.type != "hosting" && trigger.noun_phrase && !borrowed &&
      m.first == m.last && m.first <= reading.published && sentence.time_of[event->k] >= 0) {
    const TimeSpan& own = sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])];
    size_t begin = TimeWithOn(words, s, own.first_word);
    bool began = begin > event->tm.end_word && stay_words_.IsStart(words[begin - 1]);
    for (const TimeSpan& later : sentence.sentence_times) {
      if (!began || later.first_word <= own.end_word || !later.time->first_day ||
          !later.time->last_day || *later.time->first_day != *later.time->last_day)
        continue;
      date::sys_days day{*later.time->first_day};
      size_t at = TimeWithOn(words, s, later.first_word);
      bool ends = stay_words_.IsEnd(words[at - 1]);
      if (!ends || day <= m.first || day - m.first > kMaxStayDays) continue;
      SpanStay(m, m.first, day);
      m.present = day >= reading.published;
      break;
    }
  }
  // "arrived in New Delhi on Friday for a three-day visit": the visit
  // lasts from that day for the days it is said to.
  if (trigger.family == "visit" && !borrowed && m.first == m.last) {
    for (size_t w = s.first_word + 2; w + 1 < s.last_word; ++w) {
      if (words[w].lower != "day" || words[w - 1].lower != "-" ||
          words[w - 1].begin != words[w - 2].end || words[w].begin != words[w - 1].end) {
        continue;
      }
      int length = CountOf(words[w - 2]);
      PhraseMatcher::Match visit;
      bool names_visit = false;
      for (size_t x = w + 1; x < s.last_word && x <= w + 2 && !names_visit; ++x) {
        names_visit = trigger_matcher_.MatchAt(words, x, s.last_word, &visit) &&
                      triggers_[static_cast<size_t>(visit.value)].family == "visit" &&
                      triggers_[static_cast<size_t>(visit.value)].noun_phrase;
      }
      // The time must be the start: an arrival verb, or "began a
      // three-day visit"; not "on the second day of a four-day visit".
      bool start = !trigger.noun_phrase;
      for (size_t x = w - 2; x > s.first_word && x + 4 > w && !start; --x)
        start = stay_words_.IsStart(words[x - 1]);
      // "a three-day state visit that began on 4 May", "the two-day visit
      // to Lima started on Monday": a start verb between the visit and its
      // time, in the same clause.
      if (!start && names_visit && sentence.time_of[event->k] >= 0) {
        size_t time_at =
            sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])].first_word;
        for (size_t x = visit.end_word; x < time_at && x < visit.end_word + 12 && !start; ++x) {
          if (words[x].lower == ";" || words[x].lower == ".") break;
          start = stay_words_.IsStart(words[x]);
        }
      }
      // "wrapped up a two-day visit to Kenya on Tuesday", "ended a
      // three-day state visit on Wednesday": an `end` verb up to three words
      // before the count (no mark between) makes the time the last day of
      // the stay, counted back (probes37).
      bool end = false;
      for (size_t x = w - 2; !start && !end && x > s.first_word && x + 6 > w;) {
        --x;
        if (words[x].punct) break;
        // ("left for a two-day visit" sets out on it.)
        end = stay_words_.IsEnd(words[x]) && words[x + 1].lower != "for";
        // "left Oslo on Tuesday after a two-day visit": the visit's own
        // time ends right before "after" (LeftAfterStay).
        end = end ||
              (words[x].lower == "after" && sentence.time_of[event->k] >= 0 &&
               sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])].end_word ==
                   x);
      }
      if (length >= 2 && length <= 14 && names_visit && end && !start &&
          sentence.time_of[event->k] >= 0) {
        SpanStay(m, m.first - date::days(length - 1), m.first);
        m.present = m.first <= reading.published && m.last >= reading.published;
        const Trigger& named = triggers_[static_cast<size_t>(visit.value)];
        if (named.type == "state-visit" && m.type != named.type) {
          m.type = named.type;
          m.noun = named.noun;
        }
      }
      if (length >= 2 && length <= 14 && names_visit && start) {
        SpanStay(m, m.first, m.first + date::days(length - 1));
        // "landed on Tuesday at the start of a three-day state visit": the
        // stay is the state visit the length names.
        const Trigger& named = triggers_[static_cast<size_t>(visit.value)];
        if (named.type == "state-visit" && m.type != named.type) {
          m.type = named.type;
          m.noun = named.noun;
        }
      }
      break;
    }
  }
  // "arrived in Peru on Sunday for a visit until Thursday": a day after
  // "until" later in the clause is the last of the stay (scope22).
  if (trigger.family == "visit" && !borrowed && m.first == m.last &&
      sentence.time_of[event->k] >= 0) {
    const TimeSpan& own = sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])];
    size_t clause_end = ClauseEnd(words, own.end_word, s.last_word);
    for (const TimeSpan& t : sentence.sentence_times) {
      if (t.first_word < own.end_word || t.first_word >= clause_end || !t.time->first_day ||
          t.time->first_day != t.time->last_day) {
        continue;
      }
      bool until = stay_words_.IsUntil(words[t.first_word]) ||
                   (t.first_word > s.first_word && stay_words_.IsUntil(words[t.first_word - 1]));
      date::sys_days last{*t.time->first_day};
      if (!until || last <= m.first || last > m.first + kMaxUntilDays) continue;
      SpanStay(m, m.first, last);
      break;
    }
  }
}

int EventRules::CountOf(const Word& w) const {
  if (auto found = numbers_.find(w.lower); found != numbers_.end()) return found->second;
  return w.number && w.lower.size() <= 2 ? std::stoi(w.lower) : 0;
}

void EventRules::EventSpan(const ArticleReading& reading, const SentenceReading& sentence,
                           EventReading* event) const {
  auto& words = reading.words;
  auto& s = sentence.s;
  auto& m = event->m;
  bool meeting = event->trigger.family == "meeting";
  bool clash = event->trigger.type == "incident";
  if ((!meeting && !clash) || event->borrowed || m.first != m.last || m.present ||
      sentence.time_of[event->k] < 0) {
    return;
  }
  const TimeSpan& own = sentence.sentence_times[static_cast<size_t>(sentence.time_of[event->k])];
  // A day, or a part of one ("Thursday morning").
  auto one_day = [](const TimeExpression& t) {
    return (t.type == TimexType::kDate || t.type == TimexType::kTime) && t.mod.empty() &&
           t.first_day && t.last_day && *t.first_day == *t.last_day;
  };
  if (!one_day(*own.time) || own.first_word < event->tm.end_word) return;
  // The stay word up to three words before a time ("ended on Thursday").
  auto stay_word_before = [&](size_t at, bool end) {
    for (size_t x = at; x-- > s.first_word && x + 3 >= at;) {
      if (words[x].punct) return false;
      if (end ? stay_words_.IsEnd(words[x]) : stay_words_.IsStart(words[x])) return true;
    }
    return false;
  };
  // An end word right before the time or its "on" ("ended on Thursday"),
  // not one with an object between ("ended the dispute on Friday").
  auto ended_at = [&](size_t time) {
    size_t at = TimeWithOn(words, s, time);
    return at > s.first_word && stay_words_.IsEnd(words[at - 1]);
  };
  // "a four-day summit in Quito that ended on Thursday": the time is the
  // last of the stated days;
  // "three days of fighting that began on Wednesday": the time is the
  // first of the stated days.
  size_t n = event->tm.first_word;
  if (clash && n > s.first_word && words[n].lower == "days" &&
      stay_word_before(own.first_word, false)) {
    int length = CountOf(words[n - 1]);
    if (length >= 2 && length <= 14) {
      date::sys_days first{*own.time->first_day};
      SpanStay(m, first, first + date::days(length - 1));
      return;
    }
  }
  // "opened a three-day summit in Quito on Monday", "a two-day meeting
  // that began on Thursday": the first of them.
  if (meeting && n >= s.first_word + 3 && words[n - 1].lower == "day" &&
      words[n - 2].lower == "-") {
    int length = CountOf(words[n - 3]);
    bool ended = ended_at(own.first_word);
    bool began = stay_word_before(own.first_word, false) || stay_word_before(n - 3, false);
    if (length >= 2 && length <= 14 && (ended || began)) {
      date::sys_days day{*own.time->first_day};
      if (ended) {
        SpanStay(m, day - date::days(length - 1), day);
      } else {
        SpanStay(m, day, day + date::days(length - 1));
      }
      return;
    }
  }
  // A later day of the same sentence: "that began on Sunday and ended on
  // Thursday" (a meeting: an end word before it), "broke out on Wednesday
  // and turned into fighting by Thursday" (a clash: joined by "and" and a
  // `fighting-on` word, no comma, no saying and no other event word between).
  bool started = stay_word_before(own.first_word, false);
  for (size_t ti = 0; ti < sentence.sentence_times.size(); ++ti) {
    const TimeSpan& t = sentence.sentence_times[ti];
    if (t.first_word < own.end_word || !one_day(*t.time)) continue;
    if (std::find(sentence.time_of.begin(), sentence.time_of.end(), static_cast<int>(ti)) !=
        sentence.time_of.end()) {
      break;
    }
    bool joined = false, stop = false, fighting_on = false;
    for (size_t x = own.end_word; x < t.first_word && !stop; ++x) {
      joined = joined || words[x].lower == "and";
      stop = words[x].lower == "," || words[x].lower == ";" || words[x].lower == ".";
    }
    for (const PhraseMatcher::Match& c : sentence.cues) {
      if (c.first_word < own.end_word || c.end_word > t.first_word) continue;
      stop = stop || Contains(CueKinds(c), kSpeech);
      fighting_on = fighting_on || Contains(CueKinds(c), kFightingOn);
    }
    for (const PhraseMatcher::Match& tm : sentence.triggers) {
      stop = stop || (tm.first_word >= own.end_word && tm.end_word <= t.first_word);
    }
    date::sys_days first{*own.time->first_day}, last{*t.time->first_day};
    if (stop || !joined || last <= first || last > first + date::days(meeting ? 14 : 6)) break;
    if (meeting ? started && ended_at(t.first_word) : fighting_on) SpanStay(m, first, last);
    break;
  }
}

void EventRules::EndStay(const SentenceReading& sentence, ArticleReading* reading) const {
  auto& words = reading->words;
  auto& s = sentence.s;
  // "Boric arrived in Lima on Monday. He left on Wednesday after talks":
  // a departure dated after the start of the visit told last closes it.
  // The one leaving must be that visit's: a pronoun, the visitor's name, or
  // the visit itself ("the visit ended on Friday").
  for (const TimeSpan& t : sentence.sentence_times) {
    if (!PlainDay(*t.time) || t.first_word < s.first_word + 2) continue;
    size_t verb =
        WordBeforeTime(words, s, t.first_word, [&](const Word& w) { return stay_words_.IsEnd(w); });
    if (verb == t.first_word || verb == s.first_word) continue;
    Mention* visit = nullptr;
    for (size_t i = reading->mentions.size(); i-- > 0 && !visit;) {
      if (reading->mentions[i].family == "visit") visit = &reading->mentions[i];
    }
    if (!visit || visit->type == "hosting" || visit->status != "held" || visit->present) continue;
    date::sys_days day{*t.time->first_day};
    if (day <= visit->first || day <= visit->last || day - visit->first > kMaxStayDays) continue;
    const WordText& subject = words[verb - 1].lower;
    bool theirs = subject == "he" || subject == "she" || subject == "they";
    for (size_t a = 0, b = 0; !theirs && a <= visit->principal.size(); ++a) {
      if (a < visit->principal.size() && visit->principal[a] != ' ') continue;
      theirs = a > b && words[verb - 1].capitalized &&
               std::string_view(visit->principal).substr(b, a - b) ==
                   std::string_view(reading->body)
                       .substr(words[verb - 1].begin, words[verb - 1].end - words[verb - 1].begin);
      b = a + 1;
    }
    for (const PhraseMatcher::Match& tm : sentence.triggers) {
      theirs = theirs || (tm.end_word <= verb && tm.end_word + 3 >= verb &&
                          triggers_[static_cast<size_t>(tm.value)].family == "visit");
    }
    if (!theirs) continue;
    SpanStay(*visit, visit->first, day);
  }
}

void EventRules::RememberTrip(const SentenceReading& sentence, ArticleReading* reading) const {
  auto& words = reading->words;
  auto& actors = sentence.actors;
  reading->trip_person.clear();
  reading->trip_place.clear();
  reading->trip_country.clear();
  // The one person the sentence names.
  const ActorMention* person = nullptr;
  for (const ActorMention& a : actors) {
    if (a.kind != ActorKind::kPerson || a.name.empty()) continue;
    if (person && person->name != a.name) return;
    person = &a;
  }
  if (!person) return;
  auto town = [](const ActorMention& a) {
    return a.kind == ActorKind::kCapital || (a.kind == ActorKind::kPlace && a.city);
  };
  // "left for Oslo", "is heading to Bergen": a `go` word and a town after
  // the person.
  const ActorMention* to = nullptr;
  for (const ActorMention& a : actors) {
    if (town(a) && a.first_word >= person->end_word &&
        GonePlace(words, sentence.s, actors, a.end_word) == &a)
      to = &a;
  }
  // "flew to Oslo", "arrived in Oslo": a visit of that person this
  // sentence told, held in a town it names.
  for (size_t i = sentence.sentence_first_mention; !to && i < reading->mentions.size(); ++i) {
    const Mention& m = reading->mentions[i];
    if (m.family != "visit" || m.place.empty() ||
        std::find(m.people.begin(), m.people.end(), person->name) == m.people.end())
      continue;
    for (const ActorMention& a : actors) {
      if (town(a) && a.name == m.place) to = &a;
    }
  }
  if (!to) return;
  reading->trip_person = person->name;
  reading->trip_place = to->name;
  reading->trip_country = to->code;
}

void EventRules::RememberArrival(const ActorLexicon& lexicon, const SentenceReading& sentence,
                                 ArticleReading* reading) const {
  auto& words = reading->words;
  auto& s = sentence.s;
  auto& actors = sentence.actors;
  // "Ruiz arrived on Tuesday", "She landed late on Friday": an arrival verb
  // a few words before a day, with a person of another country than the
  // dateline's right before it ("had" or one such plain word between), or
  // a pronoun. A place of another country between the verb and the day
  // ("landed in Santiago on Monday", not "arrived from Paris late on
  // Friday") is a trip elsewhere.
  if (reading->dateline_country.empty()) return;
  for (const TimeSpan& t : sentence.sentence_times) {
    const TimeExpression& time = *t.time;
    if (time.type != TimexType::kDate || !time.first_day || time.first_day != time.last_day ||
        t.first_word < s.first_word + 2) {
      continue;
    }
    size_t verb = WordBeforeTime(words, s, t.first_word,
                                 [&](const Word& w) { return stay_words_.IsArrive(w); });
    if (verb == t.first_word || verb == s.first_word) continue;
    bool elsewhere = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.first_word > verb && a.first_word < t.first_word && a.kind != ActorKind::kPerson &&
             a.code != reading->dateline_country && words[a.first_word - 1].lower != "from";
    });
    if (elsewhere) continue;
    size_t subject_end = SubjectEnd(lexicon, words, actors, verb);
    if (subject_end <= s.first_word) continue;
    auto person = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) {
      return a.kind == ActorKind::kPerson && a.end_word == subject_end;
    });
    std::string code;
    if (person != actors.end()) {
      if (person->code.empty() || person->code == reading->dateline_country) continue;
      code = person->code;
    } else if (!lexicon.IsPersonPronoun(words[subject_end - 1])) {
      continue;
    }
    reading->arrivals.emplace_back(code, date::sys_days{*time.first_day});
  }
}

void EventRules::StartStays(ArticleReading* reading) const {
  // "Ruiz arrived on Tuesday ... on Wednesday, on the second day of a
  // visit": a visit to the dateline's country by a guest of the arriving
  // country, dated up to three days after the arrival, began on it. An
  // arrival makes no entry of its own (one did, and the talks of the next
  // day no longer joined the visit: visits25).
  // With no such visit, talks there between the guest and a host a few
  // days after the arrival are the visit's ("had flown in late on Friday
  // ... held talks on Saturday"). A visit with no place went to the
  // dateline's town.
  const std::string& host = reading->dateline_country;
  auto widen = [&](Mention& m, date::sys_days day) {
    SpanStay(m, day, m.last);
    if (m.place.empty() && !reading->dateline_city.empty()) {
      m.place = reading->dateline_city;
      m.place_country = host;
    }
  };
  auto fits = [&](const Mention& m, date::sys_days day) {
    return m.status == "held" && !m.present && m.actors.count(host) &&
           (m.place_country.empty() || m.place_country == host) && day < m.first &&
           m.first - day <= date::days(3) && m.last - day <= kMaxStayDays;
  };
  for (const auto& [code, day] : reading->arrivals) {
    bool widened = false;
    for (Mention& m : reading->mentions) {
      if (m.family != "visit" || m.type == "hosting" || !fits(m, day)) continue;
      auto pc = m.person_country.find(m.principal);
      if (pc == m.person_country.end() || pc->second == host ||
          (!code.empty() && pc->second != code)) {
        continue;
      }
      widen(m, day);
      widened = true;
    }
    bool visits =
        std::any_of(reading->mentions.begin(), reading->mentions.end(), [&](const Mention& m) {
          return m.family == "visit" && m.actors.count(host) &&
                 (code.empty() || m.actors.count(code));
        });
    if (widened || visits || code.empty() || visit_trigger_ < 0) continue;
    for (Mention& m : reading->mentions) {
      if (m.type != "talks" || m.actors.size() != 2 || !m.actors.count(code) || !fits(m, day))
        continue;
      auto guest = std::find_if(m.person_country.begin(), m.person_country.end(),
                                [&](const auto& p) { return p.second == code; });
      if (guest == m.person_country.end()) continue;
      const auto& visit = triggers_[static_cast<size_t>(visit_trigger_)];
      m.type = visit.type;
      m.family = visit.family;
      m.noun = visit.noun;
      m.cameo = visit.cameo;
      m.principal = guest->first;
      widen(m, day);
      break;
    }
  }
}

void EventRules::ArrivalTrip(const ArticleReading& reading, SentenceReading* sentence) const {
  auto& words = reading.words;
  auto& s = sentence->s;
  auto& triggers = sentence->triggers;
  auto& time_of = sentence->time_of;
  // "arrived on Monday on her first foreign trip as prime minister, to
  // Lima": the day of the arrival is the day the trip it names began,
  // though the day stands before the trip's word, after a verb that is
  // no event word of its own.
  for (size_t ti = 0; ti < sentence->sentence_times.size(); ++ti) {
    const TimeSpan& t = sentence->sentence_times[ti];
    if (std::find(time_of.begin(), time_of.end(), static_cast<int>(ti)) != time_of.end()) continue;
    size_t before = t.first_word;
    if (before > s.first_word &&
        (words[before - 1].lower == "on" || words[before - 1].lower == "in"))
      --before;
    // ("leaves for Oslo on Sunday on a state visit": the way there
    // before the day, visits29)
    if (before <= s.first_word || (!stay_words_.IsArrive(words[before - 1]) &&
                                   !GonePlace(words, s, sentence->actors, before)))
      continue;
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].first_word < t.end_word) continue;
      const Trigger& trigger = triggers_[static_cast<size_t>(triggers[k].value)];
      bool near = triggers[k].first_word <= t.end_word + 6 &&
                  std::none_of(words.begin() + static_cast<std::ptrdiff_t>(t.end_word),
                               words.begin() + static_cast<std::ptrdiff_t>(triggers[k].first_word),
                               [](const Word& w) { return w.punct && w.lower != "-"; });
      if (near && trigger.family == "visit" && trigger.noun_phrase && time_of[k] < 0 &&
          t.end_word < s.last_word &&
          (words[t.end_word].lower == "on" || words[t.end_word].lower == "for")) {
        time_of[k] = static_cast<int>(ti);
      }
      break;
    }
  }
}

}  // namespace annals
