#include "event_rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"
#include "text_extract.h"

namespace annals {

namespace {

bool LoadTable(std::string_view path, size_t fields, std::vector<TsvRow>* rows, Diagnostic* error) {
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  return ParseTsv(origin, contents, fields, fields, rows, error);
}

// The days "early/mid/late" pick out of a month (thirds) or a year (four
// months each), so that "early September" and "late September" are told
// apart when mentions are merged. Other spans are kept whole.
void NarrowSpan(const std::string& qualifier, date::sys_days* first, date::sys_days* last) {
  if (qualifier != "early" && qualifier != "mid" && qualifier != "late") return;
  auto length = (*last - *first).count() + 1;
  if (length < 28) return;
  int part = qualifier == "early" ? 0 : qualifier == "mid" ? 1 : 2;
  date::sys_days begin = *first + date::days(length * part / 3);
  date::sys_days end = part == 2 ? *last : *first + date::days(length * (part + 1) / 3 - 1);
  *first = begin;
  *last = end;
}

std::string Collapse(std::string_view text) {
  if (IsCollapsed(text)) return std::string(text);  // most sentences: copied whole
  // Written through an index into a buffer of the input's size (the output
  // is never longer): every mention collapses its whole sentence.
  std::string out(text.size(), '\0');
  size_t n = 0;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = n > 0;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out.resize(n);
  return out;
}

// Cue kinds as bits: the rules test them for every event word of a sentence.
enum CueBit : unsigned {
  kFuture = 1u << 0,
  kCancel = 1u << 1,
  kBothSides = 1u << 2,
  kHeadsOfState = 1u << 3,
  kVisitDestination = 1u << 4,
  kAgent = 1u << 5,
  kOtherEvent = 1u << 6,
  kRelative = 1u << 7,
  kPlaceAdjective = 1u << 8,
  kSpeech = 1u << 9,
  kNotEvent = 1u << 10,
  kPresent = 1u << 11,
  kPlaceNoun = 1u << 12,
  kLeaveOrder = 1u << 13,
  kClockTime = 1u << 14,
  kSidelines = 1u << 15,
};

// The names data/en/event_cues.tsv uses for each cue kind.
constexpr std::pair<std::string_view, CueBit> kCueKinds[] = {
    {"future", kFuture},
    {"cancel", kCancel},
    {"both-sides", kBothSides},
    {"heads-of-state", kHeadsOfState},
    {"visit-destination", kVisitDestination},
    {"agent", kAgent},
    {"other-event", kOtherEvent},
    {"relative", kRelative},
    {"place-adjective", kPlaceAdjective},
    {"speech", kSpeech},
    {"not-event", kNotEvent},
    {"present", kPresent},
    {"place-noun", kPlaceNoun},
    {"leave-order", kLeaveOrder},
    {"clock-time", kClockTime},
    {"sidelines", kSidelines},
};

unsigned CueBitOf(std::string_view kind) {
  for (const auto& [name, bit] : kCueKinds) {
    if (kind == name) return bit;
  }
  return 0;
}

bool Contains(unsigned kinds, unsigned bit) { return (kinds & bit) != 0; }

// The word after a dateline's dash when the sentence opens with one (a place
// in capitals, then a dash within a few words: "MOSCOW, Nov. 28 (AP) --");
// else `first`.
size_t DatelineEnd(const std::vector<Word>& words, size_t first, size_t last) {
  if (first >= last || !words[first].alpha || !words[first].all_caps ||
      words[first].end - words[first].begin < 2) {
    return first;
  }
  for (size_t w = first + 1; w < last && w < first + 16; ++w) {
    const WordText& t = words[w].lower;
    if (t == "-" || t == "--" || t == "\u2014" || t == "\u2013") return w + 1;
  }
  return first;
}

// A semicolon between two words: they are in different clauses.
bool ClauseBreakBetween(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].lower == ";") return true;
  }
  return false;
}

bool IsPastTense(const Word& w) {
  return w.alpha && !w.capitalized && w.lower.size() > 3 &&
         w.lower.compare(w.lower.size() - 2, 2, "ed") == 0;
}

// "signed a decree on Saturday imposing sanctions": a present participle
// right after a time opens a clause the time also dates.
bool IsParticiple(const Word& w) {
  return w.alpha && !w.capitalized && w.lower.size() > 5 &&
         w.lower.compare(w.lower.size() - 3, 3, "ing") == 0;
}

// Conflict and relations language (protests, sanctions, incidents): common
// in news about third countries, so their participants are taken from the
// event's own clause only.
bool IsConflictFamily(const WordText& family) {
  return family == "protest" || family == "sanction" || family == "incident";
}

// The end of the clause that holds words [from, ...): a semicolon, or a
// comma before a conjunction that opens a new clause ("..., and the United
// States praised China").
size_t ClauseEnd(const std::vector<Word>& words, size_t from, size_t last) {
  for (size_t w = from; w < last; ++w) {
    const WordText& x = words[w].lower;
    if (x == ";") return w;
    if (x == "," && w + 1 < last) {
      const WordText& next = words[w + 1].lower;
      if (next == "and" || next == "but" || next == "while" || next == "whereas") return w;
    }
  }
  return last;
}

}  // namespace

std::string EventRules::PresentTense(const std::vector<Word>& words,
                                     const std::vector<PhraseMatcher::Match>& cues,
                                     const PhraseMatcher::Match& trigger, size_t scope_begin,
                                     size_t scope_end) const {
  std::string phrase;
  for (const PhraseMatcher::Match& c : cues) {
    if (c.first_word < scope_begin || c.end_word > scope_end) continue;
    unsigned kinds = cues_[static_cast<size_t>(c.value)];
    // Any future, cancel or speech cue in the clause: not a report of now.
    if (Contains(kinds, kFuture) || Contains(kinds, kCancel)) return "";
    if (!Contains(kinds, kPresent) || !phrase.empty()) continue;
    // The cue is the event verb itself ("meets") or stands before the event
    // noun with only its determiner and modifiers between ("is on a state visit").
    bool on_trigger = c.first_word < trigger.end_word && trigger.first_word < c.end_word;
    bool before = c.end_word <= trigger.first_word && trigger.first_word <= c.end_word + 3;
    for (size_t w = c.end_word; before && w < trigger.first_word; ++w) {
      const WordText& x = words[w].lower;
      before = !words[w].punct && (x == "a" || x == "an" || x == "the" || x == "his" ||
                                   x == "her" || x == "their" || x == "its" || !np_stop_.count(x));
    }
    if (!on_trigger && !before) continue;
    // "to hold talks", "did not meet": not a report that it happens now.
    if (c.first_word > 0) {
      const WordText& x = words[c.first_word - 1].lower;
      if (x == "to" || x == "not" || x == "never") continue;
    }
    for (size_t w = c.first_word; w < c.end_word; ++w)
      phrase += (phrase.empty() ? "" : " ") + words[w].lower;
  }
  return phrase;
}

bool EventRules::Load(Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!LoadTable("data/en/event_types.tsv", 3, &rows, error)) return false;
  std::map<std::string, std::pair<std::string, std::string>> types;  // type -> family, noun
  for (const TsvRow& row : rows) types[row.fields[0]] = {row.fields[1], row.fields[2]};
  rows.clear();
  std::string origin = "data/en/events.tsv";
  if (!LoadTable(origin, 4, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    auto type = types.find(row.fields[1]);
    if (type == types.end()) {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "unknown event type '" + row.fields[1] +
                              "' (types are listed in data/en/event_types.tsv)"};
      return false;
    }
    if (row.fields[3] != "noun" && row.fields[3] != "verb") {
      *error = Diagnostic{origin, row.line, row.columns[3], Severity::kError,
                          "expected 'noun' or 'verb', found '" + row.fields[3] + "'"};
      return false;
    }
    triggers_.push_back({row.fields[1], type->second.first, type->second.second, row.fields[2],
                         row.fields[3] == "noun"});
    if (expel_trigger_ < 0 && row.fields[1] == "expulsion" && row.fields[3] == "verb")
      expel_trigger_ = static_cast<int>(triggers_.size() - 1);
    trigger_matcher_.Add(row.fields[0], static_cast<int>(triggers_.size() - 1), false);
  }
  rows.clear();
  origin = "data/en/event_cues.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  std::map<std::string, int> phrase_ids;
  for (const TsvRow& row : rows) {
    const std::string& phrase = row.fields[0];
    const std::string& kind = row.fields[1];
    if (kind == "np-stop") {
      np_stop_.insert(phrase);
    } else if (kind == "anaphor") {
      anaphors_.insert(phrase);
    } else if (kind == "place-preposition") {
      place_prepositions_.insert(phrase);
    } else if (kind == "occasion") {
      // Only looked up at an "After the ..." opener, not matched everywhere.
      occasions_.insert(phrase);
    } else if (kind == "anaphoric-time") {
      narrative_.anaphoric.insert(phrase);
    } else if (kind == "anaphoric-opener") {
      narrative_.article.insert(phrase);
    } else if (kind == "same-day-later" || kind == "days-later") {
      (kind == "days-later" ? narrative_.days_after : narrative_.same_day).insert(phrase);
      size_t space = phrase.rfind(' ');
      std::string last = space == std::string::npos ? phrase : phrase.substr(space + 1);
      if (std::find(narrative_.last_words.begin(), narrative_.last_words.end(), last) ==
          narrative_.last_words.end()) {
        narrative_.last_word_hashes.push_back(WordHash(last));
        narrative_.last_words.push_back(last);
      }
    } else if (kind == "count-on") {
      narrative_.offset.insert(phrase);
    } else if (kind == "day-step-on" || kind == "day-step-back" || kind == "day-step-same") {
      narrative_.day_step[phrase] = kind == "day-step-on" ? 1 : kind == "day-step-back" ? -1 : 0;
    } else if (kind == "day-unit") {
      narrative_.day_units.insert(phrase);
    } else if (kind == "future" || kind == "cancel" || kind == "both-sides" ||
               kind == "heads-of-state" || kind == "visit-destination" || kind == "agent" ||
               kind == "other-event" || kind == "relative" || kind == "place-adjective" ||
               kind == "speech" || kind == "not-event" || kind == "present" ||
               kind == "place-noun" || kind == "leave-order" || kind == "clock-time" ||
               kind == "sidelines") {
      auto [it, fresh] = phrase_ids.emplace(phrase, static_cast<int>(cues_.size()));
      if (fresh) {
        cues_.push_back(0);
        cue_matcher_.Add(phrase, it->second, false);
      }
      cues_[static_cast<size_t>(it->second)] |= CueBitOf(kind);
    } else {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "unknown cue '" + kind + "'"};
      return false;
    }
  }
  rows.clear();
  origin = "data/en/numbers.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    int value = 0;
    for (char c : row.fields[1]) {
      if (c < '0' || c > '9' || value > 100000) {
        *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                            "expected a number, found '" + row.fields[1] + "'"};
        return false;
      }
      value = value * 10 + (c - '0');
    }
    numbers_[row.fields[0]] = value;
  }
  rows.clear();
  origin = "data/en/sentences.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "abbreviation") {
      sentence_rules_.abbreviations.insert(row.fields[0]);
    } else if (row.fields[1] == "opener") {
      sentence_rules_.openers.insert(row.fields[0]);
    } else {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "expected 'abbreviation' or 'opener', found '" + row.fields[1] + "'"};
      return false;
    }
  }
  return true;
}

void EventRules::SidelinesPlace(const std::vector<Word>& words,
                                const std::vector<PhraseMatcher::Match>& cues,
                                const std::vector<ActorMention>& actors, size_t from, size_t to,
                                std::string* place, std::string* country) const {
  size_t sidelines = to;
  for (const PhraseMatcher::Match& c : cues) {
    if (c.first_word >= from && c.end_word <= to &&
        Contains(cues_[static_cast<size_t>(c.value)], kSidelines)) {
      sidelines = c.end_word;
      break;
    }
  }
  // The first place after a preposition, within a few words of the cue.
  for (const ActorMention& am : actors) {
    if (am.first_word < sidelines || am.end_word > to || am.first_word > sidelines + 8) continue;
    if (am.kind != ActorKind::kCapital && am.kind != ActorKind::kPlace) continue;
    size_t w = am.first_word;
    if (words[w - 1].lower == "the") --w;
    if (!place_prepositions_.count(words[w - 1].lower)) continue;
    if (am.end_word < words.size() &&
        std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
          return c.first_word == am.end_word &&
                 Contains(cues_[static_cast<size_t>(c.value)], kClockTime);
        })) {
      continue;
    }
    *place = am.name;
    *country = am.code;
    return;
  }
}

std::vector<Mention> EventRules::Extract(const Article& article,
                                         const std::vector<TimeExpression>& resolved,
                                         const ActorLexicon& lexicon) const {
  std::vector<Mention> mentions;
  if (!article.published) return mentions;
  // The headline is often the article's only present-tense report
  // ("Russia expels two U.S. diplomats"), but ingest keeps it apart from the
  // body: read it as the body's first paragraph, with the times moved along,
  // unless the body already opens with it.
  if (!article.title.empty() && article.body.compare(0, article.title.size(), article.title) != 0) {
    Article titled = article;
    titled.body = article.title + "\n\n" + article.body;
    size_t shift = article.title.size() + 2;
    std::vector<TimeExpression> moved = resolved;
    for (TimeExpression& t : moved) t.begin += shift, t.end += shift;
    return Extract(titled, moved, lexicon);
  }
  const std::string& body = article.body;
  const date::sys_days published(*article.published);
  // Formatted once: every mention of the article carries it.
  const std::string published_text = FormatDay(*article.published);
  std::vector<Word> words = Tokenize(body);
  std::vector<SentenceSpan> sentences = SplitSentences(body, words, sentence_rules_);
  // "The same day", "hours later": read against the event just told.
  std::vector<TimeExpression> anchored;
  const std::vector<TimeExpression>& times =
      AnchorNarrativeTimes(body, words, resolved, narrative_, &anchored) ? anchored : resolved;
  PersonMemory memory;
  // The sides of the last undated measure of each type: "announced
  // sanctions against Russia. The sanctions took effect on March 1" dates
  // that event by its later, definite mention.
  std::map<std::string, std::set<std::string>> undated_sides;
  std::map<std::string, int> country_counts;  // for "the two sides"
  std::set<std::string> current_countries;    // named by the sentence being read
  std::string dateline_city, dateline_country;
  if (!article.place.empty()) {
    if (!lexicon.LookupPlace(article.place, &dateline_city, &dateline_country)) {
      dateline_city = article.place;
    }
  }

  // Calendar time expressions as word ranges.
  struct TimeSpan {
    const TimeExpression* time;
    size_t first_word, end_word;
  };
  std::vector<TimeSpan> time_spans;
  {
    size_t w = 0;
    for (const TimeExpression& t : times) {
      // A time of day ("Tuesday evening", 2014-11-11TEV) dates an event to
      // its day.
      bool day_time = t.type == TimexType::kTime && t.value.size() > 10 && t.value[10] == 'T';
      if (!t.first_day || !t.last_day || (t.type != TimexType::kDate && !day_time)) continue;
      // A decade or a century ("the 21st century", "the 1990s") is an era
      // something is meant for, not the date of an event.
      if (t.value.size() < 4 || !std::isdigit(static_cast<unsigned char>(t.value[3]))) continue;
      while (w < words.size() && words[w].end <= t.begin) ++w;
      size_t e = w;
      while (e < words.size() && words[e].begin < t.end) ++e;
      if (e > w) time_spans.push_back({&t, w, e});
    }
  }
  size_t next_time = 0;
  // The last time of the day-precision the text gave, and in which
  // sentence: "After the ceremony, the two went into talks" happens on the
  // day the ceremony was just dated to.
  const TimeExpression* recent_day = nullptr;
  size_t recent_day_sentence = 0, sentence_index = 0;
  // Sentences that gave a day, for "After the ceremony" to find the one
  // that told of the ceremony.
  std::vector<std::pair<const SentenceSpan*, const TimeExpression*>> day_sentences;
  // Each mention is dated by one of these spans, so this is the usual
  // bound: a Mention is large, and moving them as the vector grows cost
  // more than the rest of this function's bookkeeping.
  mentions.reserve(time_spans.size());

  for (const SentenceSpan& s : sentences) {
    std::vector<ActorMention> actors =
        lexicon.Find(body, words, s.first_word, s.last_word, published, &memory);
    // "MOSCOW, June 29 (AP) --": the city the story was filed from is no
    // side of what the sentence reports ("here" still reads the dateline).
    if (size_t dash = DatelineEnd(words, s.first_word, s.last_word); dash > s.first_word) {
      std::erase_if(actors, [&](const ActorMention& a) { return a.first_word < dash; });
    }
    // "They held their first meeting": the countries the sentence before named.
    std::set<std::string> previous_countries = std::move(current_countries);
    current_countries.clear();
    for (const ActorMention& a : actors) {
      if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
          (a.kind == ActorKind::kPerson && !a.code.empty())) {
        current_countries.insert(a.code);
      }
    }
    for (const ActorMention& a : actors) {
      if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
          a.kind == ActorKind::kCapital || (a.kind == ActorKind::kPerson && !a.code.empty())) {
        ++country_counts[a.code];
      }
    }
    std::vector<PhraseMatcher::Match> triggers =
        trigger_matcher_.FindAll(words, s.first_word, s.last_word);
    // A trigger inside a name is no event ("Downing Street").
    std::erase_if(triggers, [&](const PhraseMatcher::Match& t) {
      return std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word <= t.first_word && t.end_word <= a.end_word &&
               a.kind != ActorKind::kTitle;
      });
    });
    // A capitalized event word inside a name ("the UN Climate Change
    // Conference", "the East Asia Summit") names a multilateral gathering,
    // not an event between two sides, unless the name holds both sides
    // ("the China-U.S. Strategic and Economic Dialogue").
    std::erase_if(triggers, [&](const PhraseMatcher::Match& t) {
      if (!words[t.first_word].capitalized || t.first_word == s.first_word) return false;
      size_t w = t.first_word;
      while (w > s.first_word) {
        const Word& prev = words[w - 1];
        bool name_part = prev.capitalized || prev.abbreviation || prev.number ||
                         ((prev.lower == "and" || prev.lower == "of" || prev.lower == "-" ||
                           prev.lower == "'" || prev.lower == "'s") &&
                          w - 1 > s.first_word && words[w - 2].capitalized);
        if (!name_part) break;
        --w;
      }
      if (w == t.first_word) return false;
      int countries = 0;
      for (const ActorMention& a : actors) {
        if (a.first_word >= w && a.end_word <= t.first_word &&
            (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym)) {
          ++countries;
        }
      }
      return countries < 2;
    });
    const size_t sentence_first_mention = mentions.size();
    std::vector<TimeSpan> sentence_times;
    while (next_time < time_spans.size() && time_spans[next_time].first_word < s.last_word) {
      if (time_spans[next_time].first_word >= s.first_word)
        sentence_times.push_back(time_spans[next_time]);
      ++next_time;
    }
    // A dateline ("MOSCOW, Nov. 28 (AP) --") says when the story was filed,
    // not when anything in the sentence after it happened.
    if (size_t dash = DatelineEnd(words, s.first_word, s.last_word); dash > s.first_word) {
      std::erase_if(sentence_times, [&](const TimeSpan& t) { return t.first_word < dash; });
    }
    std::vector<PhraseMatcher::Match> cues = cue_matcher_.FindAll(words, s.first_word, s.last_word);
    auto cue_kinds = [&](const PhraseMatcher::Match& c) -> unsigned {
      return cues_[static_cast<size_t>(c.value)];
    };
    ++sentence_index;
    // "After the ceremony, ...": an opener naming something just told of,
    // with no time of its own, refers to the day given in the sentence or
    // two before.
    const TimeExpression* opener_day = nullptr;
    size_t opener_end = s.first_word;
    if (recent_day && s.first_word + 2 < s.last_word &&
        (words[s.first_word].lower == "after" || words[s.first_word].lower == "following") &&
        anaphors_.count(words[s.first_word + 1].lower) > 0) {
      for (size_t w = s.first_word + 2; w < s.last_word && w < s.first_word + 8; ++w) {
        bool in_time =
            std::any_of(sentence_times.begin(), sentence_times.end(),
                        [&](const TimeSpan& t) { return t.first_word <= w && w < t.end_word; });
        if (in_time || (words[w].punct && words[w].lower != ",")) break;
        if (words[w].lower == ",") {
          // Only a short occasion ("the ceremony", "the banquet") is over
          // the same day; "after the election" may be months later.
          bool occasion = occasions_.count(words[w - 1].lower) > 0 ||
                          (w >= s.first_word + 4 &&
                           occasions_.count(words[w - 2].lower + " " + words[w - 1].lower) > 0);
          if (!occasion) break;
          opener_end = w + 1;
          // The sentence that named the same thing ("At a ceremony here late
          // on Saturday ..."), else the day given just before.
          const WordText& head = words[w - 1].lower;
          for (size_t d = day_sentences.size(); d-- > 0 && !opener_day;) {
            for (size_t x = day_sentences[d].first->first_word;
                 x < day_sentences[d].first->last_word; ++x) {
              if (words[x].lower == head) {
                opener_day = day_sentences[d].second;
                break;
              }
            }
          }
          if (!opener_day && sentence_index - recent_day_sentence <= 2) opener_day = recent_day;
          break;
        }
      }
    }
    for (const TimeSpan& t : sentence_times) {
      if (t.time->first_day == t.time->last_day) {
        if (recent_day_sentence != sentence_index) day_sentences.emplace_back(&s, t.time);
        recent_day = t.time;
        recent_day_sentence = sentence_index;
      }
    }
    // "Cuba ordered a U.S. diplomat to leave": an order to leave, its object
    // between, is an expulsion.
    for (const PhraseMatcher::Match& c : cues) {
      if (expel_trigger_ < 0 || !Contains(cue_kinds(c), kLeaveOrder)) continue;
      for (size_t w = c.end_word; w + 1 < s.last_word && w < c.end_word + 7; ++w) {
        if (words[w].punct) break;
        if (words[w].lower != "to" || words[w + 1].lower != "leave") continue;
        bool overlaps = std::any_of(triggers.begin(), triggers.end(), [&](const auto& t) {
          return t.first_word < w + 2 && c.first_word < t.end_word;
        });
        if (!overlaps) {
          PhraseMatcher::Match order{c.first_word, w + 2, expel_trigger_};
          triggers.insert(std::upper_bound(triggers.begin(), triggers.end(), order,
                                           [](const auto& a, const auto& b) {
                                             return a.first_word < b.first_word;
                                           }),
                          order);
        }
        break;
      }
    }
    // "in protest at": the event word only gives a reason.
    std::erase_if(triggers, [&](const PhraseMatcher::Match& t) {
      return std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return Contains(cue_kinds(c), kNotEvent) && c.first_word < t.end_word &&
               t.first_word < c.end_word;
      });
    });
    // "paused negotiations on a trade agreement", "talks over a new treaty":
    // an agreement named as the topic of another event word is what that
    // event is about, not an event of its own.
    for (size_t k = 1; k < triggers.size(); ++k) {
      const PhraseMatcher::Match& topic = triggers[k];
      const PhraseMatcher::Match& head = triggers[k - 1];
      const Trigger& topic_trigger = triggers_[static_cast<size_t>(topic.value)];
      if (topic_trigger.family != "agreement" || !topic_trigger.noun_phrase ||
          head.end_word >= topic.first_word || topic.first_word > head.end_word + 4) {
        continue;
      }
      const WordText& preposition = words[head.end_word].lower;
      if (preposition != "on" && preposition != "over" && preposition != "about" &&
          preposition != "toward" && preposition != "towards") {
        continue;
      }
      bool modifiers_only = true;
      for (size_t w = head.end_word + 1; modifiers_only && w < topic.first_word; ++w) {
        const WordText& x = words[w].lower;
        modifiers_only = !words[w].punct && (x == "a" || x == "an" || x == "the" || x == "their" ||
                                             x == "its" || !np_stop_.count(x));
      }
      if (modifiers_only) triggers[k].value = -1;
    }
    std::erase_if(triggers, [](const PhraseMatcher::Match& t) { return t.value < 0; });
    // "received a letter", "paid a visit", "made a phone call": a verb with
    // an event noun as its object is that event, not one of its own.
    for (size_t k = 0; k + 1 < triggers.size(); ++k) {
      const PhraseMatcher::Match& verb = triggers[k];
      const PhraseMatcher::Match& noun = triggers[k + 1];
      if (triggers_[static_cast<size_t>(verb.value)].noun_phrase ||
          !triggers_[static_cast<size_t>(noun.value)].noun_phrase ||
          noun.first_word > verb.end_word + 3) {
        continue;
      }
      bool object = true;
      for (size_t w = verb.end_word; object && w < noun.first_word; ++w) {
        const WordText& x = words[w].lower;
        bool determiner = x == "a" || x == "an" || x == "the" || x == "his" || x == "her" ||
                          x == "their" || x == "its";
        object = !words[w].punct && (determiner || !np_stop_.count(x));
      }
      if (!object) continue;
      // "Iran condemned the agreement": a protest takes the event it is
      // about as its object, and stays an event of its own.
      if (triggers_[static_cast<size_t>(verb.value)].family == "protest" &&
          triggers_[static_cast<size_t>(noun.value)].family != "protest") {
        triggers[k + 1].value = -1;
      } else {
        triggers[k].value = -1;
      }
    }
    // "met at the G20 summit", "to see each other at the summit": a
    // gathering after "at" is where the two met, not an event of its own.
    for (size_t k = 0; k + 1 < triggers.size(); ++k) {
      const PhraseMatcher::Match& verb = triggers[k];
      const PhraseMatcher::Match& noun = triggers[k + 1];
      if (verb.value < 0 || noun.value < 0) continue;
      const Trigger& v = triggers_[static_cast<size_t>(verb.value)];
      const Trigger& n = triggers_[static_cast<size_t>(noun.value)];
      if (v.noun_phrase || v.family != "meeting" || !n.noun_phrase ||
          (n.family != "meeting" && n.family != "conference") ||
          noun.first_word > verb.end_word + 10) {
        continue;
      }
      size_t at = verb.end_word;
      while (at < noun.first_word && words[at].lower != "at" && !words[at].punct) ++at;
      bool venue = at < noun.first_word && words[at].lower == "at";
      for (size_t w = at + 1; venue && w < noun.first_word; ++w) venue = !words[w].punct;
      if (venue) triggers[k + 1].value = -1;
    }
    // "a letter ... that the Kremlin said it received on Monday": a verb in a
    // relative clause whose object is the event noun before it.
    for (size_t k = 1; k < triggers.size(); ++k) {
      const PhraseMatcher::Match& verb = triggers[k];
      const PhraseMatcher::Match& noun = triggers[k - 1];
      if (verb.value < 0 || noun.value < 0 ||
          triggers_[static_cast<size_t>(verb.value)].noun_phrase ||
          !triggers_[static_cast<size_t>(noun.value)].noun_phrase ||
          verb.first_word > noun.end_word + 14 || verb.end_word >= s.last_word) {
        continue;
      }
      // No object after the verb: it ends the clause or a preposition or time follows.
      const Word& next = words[verb.end_word];
      bool no_object = next.punct || next.lower == "on" || next.lower == "in" ||
                       next.lower == "last" || next.lower == "earlier" || next.lower == "at";
      bool relative = false;
      for (size_t w = noun.end_word; w < verb.first_word && !words[w].punct; ++w) {
        relative = relative || words[w].lower == "that" || words[w].lower == "which";
      }
      bool clause_unbroken = true;
      for (size_t w = noun.end_word; w < verb.first_word; ++w)
        clause_unbroken = clause_unbroken && !words[w].punct;
      if (no_object && relative && clause_unbroken) triggers[k].value = -1;
    }
    // "Kim toured the city's waterfront": sightseeing, not a visit, unless
    // a country or city is what was toured.
    for (PhraseMatcher::Match& t : triggers) {
      if (t.value < 0 || words[t.first_word].lower != "toured") continue;
      size_t w = t.end_word;
      if (w < s.last_word && words[w].lower == "the") ++w;
      bool place = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word == w && (a.kind == ActorKind::kCountry ||
                                     a.kind == ActorKind::kCapital || a.kind == ActorKind::kPlace);
      });
      if (!place) t.value = -1;
    }
    std::erase_if(triggers, [](const PhraseMatcher::Match& t) { return t.value < 0; });
    if (triggers.empty()) continue;

    // Which time governs which event word: a time right before the event
    // noun ("their September summit", "Tuesday's talks"), else the nearest
    // event word before the time ("the dialogue held here Tuesday", "a visit
    // in early September"), else the next one ("On Friday, the two ...").
    std::vector<int> time_of(triggers.size(), -1);
    std::vector<size_t> distance_of(triggers.size(), 0);
    for (size_t ti = 0; ti < sentence_times.size(); ++ti) {
      const TimeSpan& t = sentence_times[ti];
      int chosen = -1;
      size_t distance = 0;
      for (size_t k = 0; k < triggers.size() && chosen < 0; ++k) {
        if (triggers[k].first_word < t.end_word || triggers[k].first_word > t.end_word + 3)
          continue;
        bool modifiers_only = true;
        for (size_t w = t.end_word; w < triggers[k].first_word; ++w) {
          if (words[w].punct || (np_stop_.count(words[w].lower) && words[w].lower != "'s"))
            modifiers_only = false;
        }
        if (modifiers_only) chosen = static_cast<int>(k);
      }
      auto other_event_between = [&](size_t from, size_t to) {
        return std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
          if (c.first_word < from || c.end_word > to ||
              (c.first_word >= t.first_word && c.first_word < t.end_word)) {
            return false;
          }
          unsigned kinds = cues_[static_cast<size_t>(c.value)];
          // "the Dialogue, which is scheduled to take place in June" still
          // speaks of the dialogue; a "which" further on speaks of something else.
          if (Contains(kinds, kRelative)) return c.first_word > from + 1;
          return Contains(kinds, kOtherEvent);
        });
      };
      for (size_t k = triggers.size(); chosen < 0 && k-- > 0;) {
        if (triggers[k].end_word <= t.first_word) {
          // "the meeting ... before Obama leaves office in January": the
          // time belongs to the other clause's verb.
          if (other_event_between(triggers[k].end_word, t.first_word)) break;
          // "... cancelled a trip; Pompeo finally went in October": a
          // semicolon ends the clause the earlier event word is in.
          if (ClauseBreakBetween(words, triggers[k].end_word, t.first_word)) break;
          // "issued a statement, building on the targets they announced last
          // November": a participle after a comma opens a clause of its own.
          bool participle_clause = false;
          for (size_t w = triggers[k].end_word; w + 1 < t.first_word && !participle_clause; ++w) {
            participle_clause = words[w].lower == "," && IsParticiple(words[w + 1]) &&
                                !np_stop_.count(words[w + 1].lower);
          }
          if (participle_clause) break;
          chosen = static_cast<int>(k);
          distance = t.first_word - triggers[k].end_word;
        }
      }
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
      bool after_speech = before_time > s.first_word &&
                          std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                            return c.end_word == before_time &&
                                   Contains(cues_[static_cast<size_t>(c.value)], kSpeech);
                          });
      bool opens_clause = t.first_word <= s.first_word + 1 ||
                          (t.first_word >= 2 && (words[t.first_word - 1].lower == "," ||
                                                 words[t.first_word - 2].lower == ",")) ||
                          // "... agreed late last month, when the two met"
                          (t.end_word + 1 < s.last_word && words[t.end_word].lower == "," &&
                           words[t.end_word + 1].lower == "when") ||
                          (t.end_word < s.last_word && IsParticiple(words[t.end_word]) &&
                           !np_stop_.count(words[t.end_word].lower));
      // "established relations on Tuesday, signing an agreement": a
      // participle after the comma dates the event it names right away.
      bool participle_after_comma =
          t.end_word + 1 < s.last_word && words[t.end_word].lower == "," &&
          IsParticiple(words[t.end_word + 1]) && !np_stop_.count(words[t.end_word + 1].lower);
      // "South Korea and Japan on Monday reached a deal": a time between
      // the subject and its verb dates what the verb did.
      bool before_verb = t.end_word < s.last_word && IsPastTense(words[t.end_word]);
      // "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic
      // relations": the day of a decision dates the step decided, the
      // event word right after "to". Any other time of the clause wins.
      if (chosen < 0 && before_time > s.first_word && IsPastTense(words[before_time - 1]) &&
          t.end_word + 1 < s.last_word && words[t.end_word].lower == "to") {
        for (size_t k = 0; k < triggers.size(); ++k) {
          if (triggers[k].first_word <= t.end_word) continue;
          if (triggers[k].first_word <= t.end_word + 2 &&
              !triggers_[static_cast<size_t>(triggers[k].value)].noun_phrase) {
            chosen = static_cast<int>(k);
            distance = 100 + triggers[k].first_word - t.end_word;
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
        }
        break;
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
                              x == "their" || x == "its" || !np_stop_.count(x));
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
            other_event_between(t.end_word, triggers[k].first_word)) {
          break;
        }
        size_t w = triggers[k].first_word;
        while (w > t.end_word && triggers[k].first_word - w < 3 && !words[w - 1].punct &&
               !np_stop_.count(words[w - 1].lower)) {
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
      if (chosen < 0) continue;
      size_t c = static_cast<size_t>(chosen);
      if (time_of[c] < 0 || distance < distance_of[c]) {
        time_of[c] = static_cast<int>(ti);
        distance_of[c] = distance;
      }
    }

    bool both_sides = false, heads = false;
    for (const PhraseMatcher::Match& c : cues) {
      both_sides = both_sides || Contains(cue_kinds(c), kBothSides);
      heads = heads || Contains(cue_kinds(c), kHeadsOfState);
    }
    std::set<std::string> sentence_countries;
    for (const ActorMention& a : actors) {
      if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
          a.kind == ActorKind::kOrganization || (a.kind == ActorKind::kPerson && !a.code.empty())) {
        sentence_countries.insert(a.code);
      }
    }

    for (size_t k = 0; k < triggers.size(); ++k) {
      const PhraseMatcher::Match& tm = triggers[k];
      const Trigger& trigger = triggers_[static_cast<size_t>(tm.value)];
      // The words that speak of this event: from the previous event word to
      // the next one.
      size_t scope_begin = k > 0 ? triggers[k - 1].end_word : s.first_word;
      size_t scope_end = k + 1 < triggers.size() ? triggers[k + 1].first_word : s.last_word;
      // "after", "since", "following" open a clause about another event.
      for (const PhraseMatcher::Match& c : cues) {
        if (!Contains(cue_kinds(c), kOtherEvent)) continue;
        bool in_time =
            std::any_of(sentence_times.begin(), sentence_times.end(), [&](const TimeSpan& t) {
              return t.first_word <= c.first_word && c.first_word < t.end_word;
            });
        if (in_time) continue;
        if (c.first_word >= tm.end_word && c.first_word < scope_end) scope_end = c.first_word;
        if (c.end_word <= tm.first_word && c.end_word > scope_begin) scope_begin = c.end_word;
      }
      if (time_of[k] >= 0) {
        const TimeSpan& t = sentence_times[static_cast<size_t>(time_of[k])];
        scope_begin = std::min(scope_begin, t.first_word);
        scope_end = std::max(scope_end, t.end_word);
      }
      Mention m;
      m.type = trigger.type;
      m.family = trigger.family;
      m.noun = trigger.noun;
      m.cameo = trigger.cameo;
      m.both_sides = both_sides;
      m.heads_of_state = heads;

      // "the Hanoi meeting": a city right before an event word says where
      // that event was, not that its government took part.
      // ("Canberra and Beijing normalised ties": before a verb it is a side.)
      auto names_event = [&](const ActorMention& am) {
        return std::any_of(triggers.begin(), triggers.end(), [&](const PhraseMatcher::Match& t) {
          return t.first_word == am.end_word && triggers_[static_cast<size_t>(t.value)].noun_phrase;
        });
      };
      // Participants, people and places within the scope.
      std::string at_place, at_country;
      size_t at_place_end = 0;
      bool at_capital = false;
      // "invited Macri to Brasilia, and the two are to meet ... in Osaka":
      // for an event verb, a place after it wins over one before it.
      auto free_for_place = [&](const ActorMention& am) {
        if (at_place.empty()) return true;
        return !trigger.noun_phrase && at_place_end <= tm.first_word &&
               am.first_word >= tm.end_word;
      };
      // "Israel imposed tariffs on steel on Monday, and the United States
      // praised China": a conflict event's sides stop at its clause's end.
      size_t actors_end = scope_end;
      if (IsConflictFamily(trigger.family)) {
        size_t from = tm.end_word;
        if (time_of[k] >= 0)
          from = std::max(from, sentence_times[static_cast<size_t>(time_of[k])].end_word);
        actors_end = std::min(scope_end, ClauseEnd(words, from, s.last_word));
      }
      // The event's own clause, for its place.
      size_t clause_begin = s.first_word;
      for (size_t w = tm.first_word; w > s.first_word + 1; --w) {
        if (ClauseEnd(words, w - 2, w) == w - 2) {
          clause_begin = w - 1;
          break;
        }
      }
      size_t clause_end = ClauseEnd(
          words,
          std::max(tm.end_word,
                   time_of[k] >= 0 ? sentence_times[static_cast<size_t>(time_of[k])].end_word : 0),
          s.last_word);
      for (size_t a = 0; a < actors.size(); ++a) {
        ActorMention& am = actors[a];
        if (am.first_word < scope_begin || am.end_word > actors_end) continue;
        // "Russia attacked Ukraine on Monday, China said": who reports a
        // conflict after it is no side of it.
        if (IsConflictFamily(trigger.family) && am.first_word >= tm.end_word &&
            std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
              return c.first_word == am.end_word && Contains(cue_kinds(c), kSpeech);
            })) {
          continue;
        }
        // "in Beijing", "at the White House", "at the U.S. Justice Department".
        size_t w = am.first_word;
        if (a > 0 && (actors[a - 1].kind == ActorKind::kCountry ||
                      actors[a - 1].kind == ActorKind::kDemonym)) {
          size_t end = actors[a - 1].end_word;
          if (end == w || (end + 1 == w && words[end].lower == "'s")) w = actors[a - 1].first_word;
        }
        // "in central Beijing"
        if (w > s.first_word &&
            std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
              return c.end_word == w &&
                     Contains(cues_[static_cast<size_t>(c.value)], kPlaceAdjective);
            })) {
          --w;
        }
        if (w > s.first_word && words[w - 1].lower == "the") --w;
        // "in the Black Sea resort of Sochi": the place is named after its kind.
        bool after_place_noun =
            std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
              return c.end_word == w && Contains(cue_kinds(c), kPlaceNoun);
            });
        bool after_preposition =
            after_place_noun ||
            (w > s.first_word && place_prepositions_.count(words[w - 1].lower) > 0);
        // "the Paris climate agreement", "the Beijing suburb of": after "the"
        // and before a content word a place name only describes something.
        bool modifier = am.city && am.first_word > s.first_word &&
                        words[am.first_word - 1].lower == "the" && am.end_word < s.last_word &&
                        words[am.end_word].alpha && !words[am.end_word].capitalized &&
                        !np_stop_.count(words[am.end_word].lower);
        // "met Wang in Munich in February, and Biden hosted Xi on Nov. 15":
        // a place in another clause is where another event happened. A
        // destination ("a trip to Pyongyang ...; Pompeo finally went in
        // October") is still where the story is.
        if ((am.kind == ActorKind::kCapital || am.kind == ActorKind::kPlace) &&
            (am.end_word <= clause_begin || am.first_word >= clause_end) && w > s.first_word &&
            place_prepositions_.count(words[w - 1].lower) > 0 &&
            std::none_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
              return c.end_word == w && Contains(cue_kinds(c), kVisitDestination);
            })) {
          continue;
        }
        // "on Thursday evening, Paris time": a clock, not where it happened.
        if ((am.kind == ActorKind::kCapital || am.kind == ActorKind::kPlace) &&
            std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
              return c.first_word == am.end_word && Contains(cue_kinds(c), kClockTime);
            })) {
          continue;
        }
        switch (am.kind) {
          case ActorKind::kCountry:
          case ActorKind::kDemonym:
          case ActorKind::kOrganization:
            m.actors.insert(am.code);
            break;
          case ActorKind::kCapital:
            // "in Beijing" is a place; "Beijing said" is the government; in
            // "the Paris agreement" the city only names something.
            if (after_preposition && !modifier) {
              if (free_for_place(am)) {
                at_place = am.name, at_country = am.code;
                at_place_end = am.end_word;
                at_capital = true;
              }
            } else if (!names_event(am)) {
              m.actors.insert(am.code);
            }
            break;
          case ActorKind::kPlace:
            // Venues take "the" ("at the White House"); cities do not.
            if (after_preposition && free_for_place(am) && !modifier) {
              at_place = am.name, at_country = am.code;
              at_place_end = am.end_word;
              at_capital = false;
            }
            break;
          case ActorKind::kPerson:
            if (std::find(m.people.begin(), m.people.end(), am.name) == m.people.end())
              m.people.push_back(am.name);
            if (!am.code.empty()) m.person_country.emplace(am.name, am.code);
            if (!am.code.empty()) m.actors.insert(am.code);
            break;
          case ActorKind::kTitle:
            break;
        }
      }
      if (m.actors.size() < 2 && !IsConflictFamily(trigger.family))
        m.actors.insert(sentence_countries.begin(), sentence_countries.end());
      if (m.actors.size() < 2 && IsConflictFamily(trigger.family)) {
        // Only the sentence up to the end of the event's clause.
        for (const ActorMention& a : actors) {
          bool speaker = a.first_word >= tm.end_word &&
                         std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                           return c.first_word == a.end_word && Contains(cue_kinds(c), kSpeech);
                         });
          // "Tokyo tightened export controls ..., and Seoul lodged a
          // protest": a capital not after a preposition is its government.
          bool government = a.kind == ActorKind::kCapital &&
                            (a.first_word == s.first_word ||
                             !place_prepositions_.count(words[a.first_word - 1].lower));
          if (a.end_word <= actors_end && !speaker &&
              (government || a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
               a.kind == ActorKind::kOrganization ||
               (a.kind == ActorKind::kPerson && !a.code.empty()))) {
            m.actors.insert(a.code);
          }
        }
      }
      // "Moscow recalled its ambassador in Washington", "stormed the Saudi
      // embassy in Tehran": the capital a measure or an incident is aimed at
      // stands for the other side.
      if (m.actors.size() < 2 && at_capital &&
          (IsConflictFamily(trigger.family) || trigger.type == "envoy-return" ||
           trigger.type == "embassy-opening")) {
        m.actors.insert(at_country);
      }
      // "They held their first meeting", "they spoke by phone": a meeting or
      // call whose subject is "they" is between the two countries the
      // sentence before named, when it named exactly two.
      if (m.actors.empty() && previous_countries.size() == 2 &&
          (trigger.family == "meeting" || trigger.family == "call" ||
           trigger.family == "dialogue" || trigger.family == "agreement")) {
        bool they = false;
        for (size_t w = scope_begin; w < tm.first_word; ++w)
          they = they || words[w].lower == "they";
        if (they) m.actors.insert(previous_countries.begin(), previous_countries.end());
      }
      // "a delegation to Havana for talks": talks or a visit in a capital
      // involve the government seated there.
      if (m.actors.size() < 2 && at_capital &&
          (trigger.family == "meeting" || trigger.family == "visit" ||
           trigger.family == "dialogue")) {
        m.actors.insert(at_country);
      }

      // Who did it: "Xi's state visit", "a visit ... by Meng Jianzhu",
      // "Kerry visited".
      for (const ActorMention& am : actors) {
        if (am.kind != ActorKind::kPerson) continue;
        if (am.end_word < tm.first_word && am.end_word >= scope_begin &&
            words[am.end_word].lower == "'s") {
          bool modifiers_only = true;
          for (size_t w = am.end_word + 1; w < tm.first_word; ++w)
            modifiers_only = modifiers_only && !words[w].punct && !np_stop_.count(words[w].lower);
          if (modifiers_only) m.principal = am.name;
        }
        // "by Meng Jianzhu", "by Chinese Foreign Minister Wang Yi"
        size_t before = am.first_word;
        while (before > tm.end_word && am.first_word - before < 3 &&
               (words[before - 1].lower == "the" || words[before - 1].capitalized ||
                words[before - 1].abbreviation)) {
          --before;
        }
        if (m.principal.empty() && am.first_word > tm.end_word && am.first_word < scope_end &&
            before > tm.end_word && words[before - 1].lower == "by") {
          m.principal = am.name;
        }
        // The subject of a verb ("Kerry visited") or of a light verb and its
        // noun ("Xi paid a state visit").
        if (am.end_word <= tm.first_word && am.end_word >= scope_begin &&
            (!trigger.noun_phrase || tm.first_word - am.end_word <= 3)) {
          m.principal = am.name;
        }
      }

      // Where a visit went: "visit to the U.S.", "visited Beijing", "U.S. visit".
      if (trigger.family == "visit") {
        for (const ActorMention& am : actors) {
          bool place_like = am.kind == ActorKind::kCountry || am.kind == ActorKind::kCapital ||
                            am.kind == ActorKind::kPlace;
          if (!place_like) continue;
          size_t w = tm.end_word;
          if (trigger.noun_phrase && w < s.last_word && words[w].lower == "to") ++w;
          if (w < s.last_word && words[w].lower == "the") ++w;
          bool after = am.first_word == w && (w > tm.end_word || !trigger.noun_phrase);
          bool before = am.kind == ActorKind::kCountry && trigger.noun_phrase;
          if (before) {
            before = am.end_word <= tm.first_word && am.end_word + 2 >= tm.first_word;
            for (size_t x = am.end_word; before && x < tm.first_word; ++x)
              before = !words[x].punct && !np_stop_.count(words[x].lower);
          }
          if (after || before) {
            m.destination = am.name;
            m.place_country = am.code;
            m.actors.insert(am.code);
            break;
          }
        }
      }
      if (trigger.family == "visit" && !m.principal.empty() && !m.destination.empty()) {
        for (const ActorMention& am : actors) {
          if (am.kind == ActorKind::kPerson && am.name == m.principal && am.code.empty())
            m.visitor_unplaced = true;
        }
      }
      // "Assistant Secretary of State Roberta Jacobson will lead a delegation
      // to Havana for talks": someone of no stated country holding talks in
      // one side's capital comes from the other side.
      if (at_capital && (trigger.family == "meeting" || trigger.family == "dialogue") &&
          m.actors.size() < 2) {
        for (const std::string& person : m.people) {
          if (!m.person_country.count(person)) m.visitor_unplaced = true;
        }
        if (m.visitor_unplaced) m.place_country = at_country;
      }
      bool dateline_candidate = false;
      bool here = false;
      for (size_t w = scope_begin; w < scope_end; ++w) here = here || words[w].lower == "here";
      // "recalled its consul general in Busan": where a recall, expulsion or
      // sanction is said to be is where its target was, not where it happened.
      if (trigger.family == "sanction") at_place.clear();
      // "held talks on the sidelines of the G20 summit in Hamburg": the
      // gathering's place, though its name ends the talks' scope.
      if (at_place.empty() && trigger.family != "sanction") {
        SidelinesPlace(words, cues, actors, tm.end_word, ClauseEnd(words, tm.end_word, s.last_word),
                       &at_place, &at_country);
      }
      if (!at_place.empty()) {
        m.place = at_place;
        m.place_country = at_country;
      } else if (!m.destination.empty()) {
        m.place = m.destination;
      } else if (here && !dateline_city.empty()) {
        m.place = dateline_city;
        m.place_country = dateline_country;
      } else if (!dateline_city.empty() && !m.present &&
                 (trigger.family == "meeting" || trigger.family == "dialogue" ||
                  trigger.family == "conference" || trigger.family == "agreement")) {
        // A meeting or signing reported from its dateline on the day it
        // was held took place there; a datelined story of an older one did not.
        dateline_candidate = true;
      }

      // The event's noun phrase for the headline: modifiers before the event
      // word ("first China-U.S. ministerial") and a topic after it ("on
      // fighting cyber crimes").
      if (trigger.noun_phrase) {
        size_t left = tm.first_word;
        while (left > scope_begin && left > s.first_word && tm.first_word - left < 6) {
          const Word& w = words[left - 1];
          bool joiner = (w.lower == "-" || w.lower == "\u2013") && left - 1 > s.first_word &&
                        words[left - 2].end == w.begin;
          bool name_and = w.lower == "and" && left - 1 > s.first_word &&
                          words[left - 2].capitalized && words[left].capitalized;
          if ((w.punct && !joiner) || (np_stop_.count(w.lower) && !name_and) || w.lower == "'s")
            break;
          bool is_time = std::any_of(
              sentence_times.begin(), sentence_times.end(),
              [&](const TimeSpan& t) { return t.first_word <= left - 1 && left - 1 < t.end_word; });
          if (is_time) break;
          --left;
        }
        m.phrase = Collapse(std::string_view(body).substr(
            words[left].begin, words[tm.end_word - 1].end - words[left].begin));
        size_t right = tm.end_word;
        if (right < s.last_word && (words[right].lower == "on" || words[right].lower == "for")) {
          size_t r = right + 1;
          while (r < s.last_word && r - right < 6 && !words[r].punct &&
                 !np_stop_.count(words[r].lower)) {
            bool is_time =
                std::any_of(sentence_times.begin(), sentence_times.end(),
                            [&](const TimeSpan& t) { return t.first_word <= r && r < t.end_word; });
            if (is_time) break;
            ++r;
          }
          if (r > right + 1) {
            m.topic = Collapse(std::string_view(body).substr(
                words[right].begin, words[r - 1].end - words[right].begin));
          }
        }
      }

      // "Obama is on a state visit to China", "Xi meets Obama": an event
      // the article reports in the present tense is going on the day it
      // was written.
      const TimeExpression* borrowed = nullptr;
      std::string borrowed_phrase;
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
        if (words[w].lower == "during" &&
            (trigger.family == "visit" || trigger.family == "meeting" ||
             trigger.family == "conference")) {
          for (size_t j = k; j-- > 0 && !borrowed;) {
            if (time_of[j] >= 0) {
              borrowed = sentence_times[static_cast<size_t>(time_of[j])].time;
              borrowed_phrase = borrowed->text;
            }
          }
        }
      }
      std::string present_phrase;
      if (time_of[k] < 0 && !borrowed)
        present_phrase = PresentTense(words, cues, tm, scope_begin, scope_end);
      if (time_of[k] < 0 && present_phrase.empty() && !borrowed) {
        // No date of its own: never dated by the publication day. A definite
        // mention ("the dialogue", "this meeting") adds what it says to the
        // last event of its family in this article.
        // Only a bare "the dialogue" refers back; "the first visit" names a new one.
        bool definite = trigger.noun_phrase && tm.first_word > s.first_word &&
                        anaphors_.count(words[tm.first_word - 1].lower) > 0;
        // "established relations on Tuesday, signing an agreement at the
        // White House": a participle after a comma tells more of the event
        // the sentence just dated.
        bool elaboration =
            trigger.noun_phrase && tm.first_word >= s.first_word + 3 &&
            (words[tm.first_word - 1].lower == "a" || words[tm.first_word - 1].lower == "an") &&
            IsParticiple(words[tm.first_word - 2]) && words[tm.first_word - 3].lower == ",";
        // Only measures: "the accord, which officials said would happen next
        // month" is a step towards an accord, not the accord.
        if (!definite && m.actors.size() >= 2 && m.family == "sanction")
          undated_sides[m.type] = m.actors;
        if (!definite && !elaboration) continue;
        for (size_t p = mentions.size(); p-- > (elaboration ? sentence_first_mention : 0);) {
          Mention& earlier = mentions[p];
          bool related = earlier.family == m.family ||
                         ((earlier.family == "dialogue" || earlier.family == "meeting") &&
                          (m.family == "dialogue" || m.family == "meeting"));
          if (!related) continue;
          for (const std::string& person : m.people) {
            if (std::find(earlier.people.begin(), earlier.people.end(), person) ==
                earlier.people.end())
              earlier.people.push_back(person);
          }
          if (earlier.place.empty() || earlier.place == earlier.destination) {
            if (!at_place.empty()) {
              earlier.place = at_place;
              earlier.place_country = at_country;
            }
          }
          // "... planned to visit Sao Paulo on Thursday, but the trip was
          // called off": the plan named before did not happen.
          bool called_off =
              std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                return c.first_word >= tm.end_word && c.end_word <= scope_end &&
                       Contains(cue_kinds(c), kCancel);
              });
          if (called_off) earlier.status = "cancelled";
          break;
        }
        continue;
      }

      // "The seventh round of the dialogue was held in Washington in June
      // last year": a dated mention of an event named earlier takes its sides.
      if (m.actors.size() < 2 && trigger.noun_phrase && tm.first_word > s.first_word &&
          anaphors_.count(words[tm.first_word - 1].lower)) {
        for (size_t p = mentions.size(); p-- > 0;) {
          if (mentions[p].type == m.type) {
            m.actors.insert(mentions[p].actors.begin(), mentions[p].actors.end());
            break;
          }
        }
        auto undated = undated_sides.find(m.type);
        if (m.actors.size() < 2 && undated != undated_sides.end())
          m.actors.insert(undated->second.begin(), undated->second.end());
      }
      m.source.file = article.file;
      m.source.published = published_text;
      m.source.outlet = article.outlet;
      m.source.url = article.url;
      m.source.quote = Collapse(std::string_view(body).substr(s.begin, s.end - s.begin));
      const TimeExpression* t = nullptr;
      if (time_of[k] >= 0 || borrowed) {
        t = borrowed ? borrowed : sentence_times[static_cast<size_t>(time_of[k])].time;
        m.date = t->type == TimexType::kTime ? t->value.substr(0, 10) : t->value;
        m.qualifier = QualifierOf(t->mod);
        m.first = date::sys_days(*t->first_day);
        m.last = date::sys_days(*t->last_day);
        // "late Monday", "later that day": a part of one day is that day.
        if (m.first == m.last &&
            (m.qualifier == "early" || m.qualifier == "mid" || m.qualifier == "late")) {
          m.qualifier.clear();
        }
        NarrowSpan(m.qualifier, &m.first, &m.last);
        m.source.phrase = t->text;
        if (borrowed) m.source.phrase = borrowed_phrase;
      } else {
        m.date = FormatDay(*article.published);
        m.first = m.last = published;
        m.source.phrase = present_phrase;
        m.present = true;
      }

      // "signed an agreement in London the same day under which the company
      // will take a stake": after a past-tense event verb, a future cue
      // further on speaks of a consequence, not of this event.
      size_t past_verb = s.last_word;
      {
        // The verb itself ("visited"), or the verb whose object the event
        // noun is, with only a determiner and modifiers between ("reached
        // an agreement", "signed a new treaty").
        size_t x = tm.first_word;
        if (trigger.noun_phrase) {
          while (x > scope_begin && tm.first_word - x < 4) {
            const Word& prev = words[x - 1];
            const WordText& l = prev.lower;
            bool determiner = l == "a" || l == "an" || l == "the" || l == "his" || l == "her" ||
                              l == "their" || l == "its";
            if (prev.punct || IsPastTense(prev) || (!determiner && np_stop_.count(l))) break;
            --x;
          }
          x = x > scope_begin ? x - 1 : tm.first_word;
        }
        bool cue = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
          return c.first_word <= x && x < c.end_word && Contains(cue_kinds(c), kFuture);
        });
        if (IsPastTense(words[x]) && !cue) past_verb = x;
      }
      // "arrived in New Delhi on Friday for a three-day visit": the visit
      // lasts from that day for the days it is said to.
      if (trigger.family == "visit" && !borrowed && m.first == m.last) {
        for (size_t w = s.first_word + 2; w + 1 < s.last_word; ++w) {
          if (words[w].lower != "day" || words[w - 1].lower != "-" ||
              words[w - 1].begin != words[w - 2].end || words[w].begin != words[w - 1].end) {
            continue;
          }
          int length = 0;
          if (auto n = numbers_.find(words[w - 2].lower); n != numbers_.end()) {
            length = n->second;
          } else if (words[w - 2].number && words[w - 2].lower.size() <= 2) {
            length = std::stoi(words[w - 2].lower);
          }
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
            start = words[x - 1].lower == "began" || words[x - 1].lower == "started";
          if (length >= 2 && length <= 14 && names_visit && start) {
            m.last = m.first + date::days(length - 1);
            m.date = FormatDay(date::year_month_day(m.first)) + "/" +
                     FormatDay(date::year_month_day(m.last));
            m.qualifier.clear();
            m.stay = true;
          }
          break;
        }
      }
      bool cancelled = false, future = false;
      for (const PhraseMatcher::Match& c : cues) {
        if (c.first_word < scope_begin || c.end_word > scope_end) continue;
        cancelled = cancelled || Contains(cue_kinds(c), kCancel);
        // After a past-tense verb only its own auxiliary ("will have
        // signed") makes a plan; a future word elsewhere is another clause's.
        if (past_verb < s.last_word && (c.end_word > past_verb || c.end_word + 2 < past_verb))
          continue;
        future = future || Contains(cue_kinds(c), kFuture);
      }
      if (dateline_candidate && m.first >= published - date::days(1) && m.last <= published) {
        m.place = dateline_city;
        m.place_country = dateline_country;
      }
      if (cancelled) {
        m.status = "cancelled";
      } else if (m.first > published ||
                 (m.last >= published && (future || (t && t->direction == "future")))) {
        m.status = "planned";
      } else {
        m.status = "held";
      }
      mentions.push_back(std::move(m));
    }
  }

  // A present-tense report ("Putin phones Erdogan") of an event the
  // article also dates, in the days up to its publication, is that event.
  std::erase_if(mentions, [&](const Mention& m) {
    if (!m.present) return false;
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& other) {
      return !other.present && other.family == m.family && other.last <= published &&
             other.last + date::days(3) >= published;
    });
  });

  // "The two sides": the two countries this article speaks of most.
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [code, count] : country_counts) ranked.emplace_back(-count, code);
  std::sort(ranked.begin(), ranked.end());
  for (Mention& m : mentions) {
    // "Chancellor George Osborne toured China": a visitor of no stated
    // country going to one of the article's two countries comes from the other.
    if (m.visitor_unplaced && ranked.size() >= 2 &&
        (ranked[0].second == m.place_country || ranked[1].second == m.place_country)) {
      m.actors.insert(ranked[0].second == m.place_country ? ranked[1].second : ranked[0].second);
    }
    // "Janet Yellen will meet Vice Premier Liu He": someone of no stated
    // country meeting or calling one of the article's two countries is from
    // the other.
    if ((m.family == "meeting" || m.family == "call" || m.family == "dialogue") &&
        m.actors.size() == 1 && ranked.size() >= 2 &&
        (m.actors.count(ranked[0].second) || m.actors.count(ranked[1].second)) &&
        std::any_of(m.people.begin(), m.people.end(),
                    [&](const std::string& p) { return !m.person_country.count(p); })) {
      m.actors.insert(m.actors.count(ranked[0].second) ? ranked[1].second : ranked[0].second);
    }
    if (!m.both_sides) continue;
    for (size_t i = 0; i < 2 && i < ranked.size(); ++i) m.actors.insert(ranked[i].second);
  }
  for (Mention& m : mentions) {
    if (!m.heads_of_state || m.people.size() >= 2) continue;
    for (size_t i = 0; i < 2 && i < ranked.size(); ++i) {
      if (const OfficeHolder* h = lexicon.LeaderOf(ranked[i].second, m.first)) {
        if (std::find(m.people.begin(), m.people.end(), h->name) == m.people.end())
          m.people.push_back(h->name);
        m.person_country.emplace(h->name, h->country);
      }
    }
  }
  return mentions;
}

}  // namespace annals
