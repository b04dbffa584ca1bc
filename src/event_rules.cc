#include "event_rules.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

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

std::string LowerWord(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Cue kinds as bits: the rules test them for every event word of a sentence.
enum CueBit : uint64_t {
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
  kTradeHalt = 1u << 16,
  kTradeGoods = 1u << 17,
  kMeasure = 1u << 18,
  kFollows = 1u << 19,
  kMissionClose = 1u << 20,
  kMission = 1u << 21,
  kPastPlan = 1u << 22,
  kImpose = 1u << 23,
  kLevy = 1u << 24,
  kWithdraw = 1u << 25,
  kEnvoys = 1u << 26,
  kTalksHalt = 1u << 27,
  kTalks = 1u << 28,
  kMultilateral = 1u << 29,
  kPartyCount = 1u << 30,
  kAttend = 1ull << 31,
  kCeremony = 1ull << 32,
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
    {"trade-halt", kTradeHalt},
    {"trade-goods", kTradeGoods},
    {"measure", kMeasure},
    {"follows", kFollows},
    {"mission-close", kMissionClose},
    {"mission", kMission},
    {"past-plan", kPastPlan},
    {"impose", kImpose},
    {"levy", kLevy},
    {"withdraw", kWithdraw},
    {"envoys", kEnvoys},
    {"talks-halt", kTalksHalt},
    {"talks", kTalks},
    {"multilateral", kMultilateral},
    {"party-count", kPartyCount},
    {"attend", kAttend},
    {"ceremony", kCeremony},
};

uint64_t CueBitOf(std::string_view kind) {
  for (const auto& [name, bit] : kCueKinds) {
    if (kind == name) return bit;
  }
  return 0;
}

bool Contains(uint64_t kinds, uint64_t bit) { return (kinds & bit) != 0; }

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

// "in August 2019", "on 15 January 2020": the phrase states its year
// (four digits in a row).
bool HasYear(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run == 4) return true;
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
    uint64_t kinds = cues_[static_cast<size_t>(c.value)];
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
    if (trade_trigger_ < 0 && row.fields[1] == "trade-restriction" && row.fields[3] == "verb")
      trade_trigger_ = static_cast<int>(triggers_.size() - 1);
    if (mission_trigger_ < 0 && row.fields[1] == "reduce-relations" && row.fields[3] == "verb")
      mission_trigger_ = static_cast<int>(triggers_.size() - 1);
    if (recall_trigger_ < 0 && row.fields[1] == "recall" && row.fields[3] == "verb")
      recall_trigger_ = static_cast<int>(triggers_.size() - 1);
    if (visit_trigger_ < 0 && row.fields[1] == "visit" && row.fields[3] == "verb")
      visit_trigger_ = static_cast<int>(triggers_.size() - 1);
    if (halt_talks_trigger_ < 0 && row.fields[1] == "halt-talks" && row.fields[3] == "verb")
      halt_talks_trigger_ = static_cast<int>(triggers_.size() - 1);
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
    } else if (CueBitOf(kind) != 0) {  // a kind matched in the text (kCueKinds)
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
  origin = "data/en/weekdays.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) weekdays_.insert(row.fields[0]);
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
    NoteDatelineCountry(dateline_country, &memory);
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
  // Per mention: the time expression that dates it (null when dated by
  // the publication day) and the sentence it was told in.
  std::vector<std::pair<const TimeExpression*, size_t>> mention_origin;
  mention_origin.reserve(time_spans.size());

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
    auto cue_kinds = [&](const PhraseMatcher::Match& c) -> uint64_t {
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
    // "suspended beef imports", "halted purchases of Australian coal",
    // "closed the U.S. consulate in ...": a verb that stops trade or shuts
    // a mission and, a few words on, what it stops are a trade restriction
    // or a reduction of relations whatever the goods or the mission are.
    // (and "imposed 80 per cent duties", "withdrew 41 diplomats", "paused
    // trade talks": the measure, the envoys or the talks after the verb.)
    // An event word inside the span ("talks", "recalled") gives way.
    struct VerbObject {
      uint64_t verb, object;
      int trigger;
    };
    const VerbObject verb_objects[] = {
        {kTradeHalt, kTradeGoods, trade_trigger_},
        {kMissionClose, kMission, mission_trigger_},
        {kImpose, kLevy, trade_trigger_},
        {kWithdraw, kEnvoys, recall_trigger_},
        {kTradeHalt | kTalksHalt, kTalks, halt_talks_trigger_},
        // "attended Ruto's swearing-in in Nairobi": a head of state at
        // another's ceremony has made a visit.
        {kAttend, kCeremony, visit_trigger_},
    };
    for (const VerbObject& rule : verb_objects) {
      for (const PhraseMatcher::Match& c : cues) {
        if (rule.trigger < 0 || !Contains(cue_kinds(c), rule.verb)) continue;
        for (size_t w = c.end_word; w < s.last_word && w < c.end_word + 6; ++w) {
          bool hyphen = words[w].lower == "-" && w > 0 && words[w].begin == words[w - 1].end;
          // "80.5 per cent", "12%": a rate is part of the measure.
          // (A period's lower-case form is empty: the text says what it is.)
          char mark = body[words[w].begin];
          bool in_number = (mark == '.' || mark == ',') && w + 1 < s.last_word &&
                           words[w - 1].number && words[w + 1].number &&
                           words[w].begin == words[w - 1].end;
          bool percent = words[w].lower == "%";
          if (words[w].punct && !hyphen && !in_number && !percent && !words[w].abbreviation) break;
          bool object = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& g) {
            return g.first_word == w && Contains(cue_kinds(g), rule.object);
          });
          if (!object) continue;
          bool inside_only = std::all_of(triggers.begin(), triggers.end(), [&](const auto& t) {
            bool overlaps = t.first_word < w + 1 && c.first_word < t.end_word;
            return !overlaps || (t.first_word >= c.first_word && t.end_word <= w + 1);
          });
          if (inside_only) {
            std::erase_if(triggers, [&](const auto& t) {
              return t.first_word >= c.first_word && t.end_word <= w + 1;
            });
            PhraseMatcher::Match found{c.first_word, w + 1, rule.trigger};
            triggers.insert(std::upper_bound(triggers.begin(), triggers.end(), found,
                                             [](const auto& a, const auto& b) {
                                               return a.first_word < b.first_word;
                                             }),
                            found);
          }
          break;
        }
      }
    }
    // "Mexican President X at the White House on Wednesday", "Z, in
    // Beijing for talks": a named official of one country placed at a city
    // or seat of government of another has gone there, though no visit word
    // says so. Only a person whose country is known, right before "at"/"in"
    // (after a comma, "was" or "while"), and a known place of another country: "in
    // talks", "in office", "in 2019" and a leader at home are no visit. The
    // preposition stands for the visit verb, so the place after it is the
    // destination; the sentence's own visit word, if any, is left to tell it.
    bool has_visit = std::any_of(triggers.begin(), triggers.end(), [&](const auto& t) {
      return triggers_[static_cast<size_t>(t.value)].family == "visit";
    });
    for (const ActorMention& person : actors) {
      if (visit_trigger_ < 0 || has_visit || sentence_times.empty()) break;
      if (person.kind != ActorKind::kPerson || person.code.empty()) continue;
      // ("X, who was in Beijing", "X, while in Seoul on Monday, said")
      size_t w = person.end_word;
      if (w < s.last_word && words[w].lower == ",") ++w;
      if (w < s.last_word && (words[w].lower == "who" || words[w].lower == "while")) ++w;
      if (w < s.last_word &&
          (words[w].lower == "was" || words[w].lower == "is" || words[w].lower == "were")) {
        ++w;
      }
      if (w + 1 >= s.last_word || (words[w].lower != "at" && words[w].lower != "in")) continue;
      size_t at = w + 1;
      if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
      bool abroad = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.first_word == at &&
               (a.kind == ActorKind::kCapital || a.kind == ActorKind::kPlace) && !a.code.empty() &&
               a.code != person.code;
      });
      // "met Iran's foreign minister, X, in Beijing": after an event word
      // the place is where that event was held.
      bool taken = std::any_of(triggers.begin(), triggers.end(), [&](const auto& t) {
        return t.first_word <= w && (w < t.end_word || t.end_word <= person.first_word);
      });
      if (!abroad || taken) continue;
      PhraseMatcher::Match presence{w, w + 1, visit_trigger_};
      triggers.insert(std::upper_bound(
                          triggers.begin(), triggers.end(), presence,
                          [](const auto& a, const auto& b) { return a.first_word < b.first_word; }),
                      presence);
      break;
    }
    // "freed a detained aid worker", "the expelled diplomats": a past
    // participle after a determiner describes someone; it is no event.
    std::erase_if(triggers, [&](const PhraseMatcher::Match& t) {
      const Trigger& tr = triggers_[static_cast<size_t>(t.value)];
      if (tr.noun_phrase || t.end_word != t.first_word + 1 || t.first_word == s.first_word ||
          !IsPastTense(words[t.first_word])) {
        return false;
      }
      const std::string& before = words[t.first_word - 1].lower;
      return before == "a" || before == "an" || before == "the";
    });
    // "the Treasury secretary followed in July and the commerce secretary
    // in August": each further "and <someone> <time>" after "followed" is
    // one more such visit, the verb left out.
    std::vector<size_t> gapped_follows;  // where those left-out verbs stand
    for (const PhraseMatcher::Match& c : cues) {
      if (!Contains(cue_kinds(c), kFollows)) continue;
      auto follow = std::find_if(triggers.begin(), triggers.end(),
                                 [&](const auto& t) { return t.first_word == c.first_word; });
      if (follow == triggers.end()) continue;
      PhraseMatcher::Match verb = *follow;
      size_t from = c.end_word;
      for (const TimeSpan& t : sentence_times) {
        if (t.first_word < from) continue;
        // The time of "followed" itself, then "and", a few words, a time.
        if (t.first_word <= from + 1) {
          from = t.end_word;
          continue;
        }
        size_t w = from;
        if (w < t.first_word && words[w].lower == ",") ++w;
        if (w >= t.first_word || words[w].lower != "and" || t.first_word > w + 5) break;
        bool plain = true;
        for (size_t x = w + 1; plain && x < t.first_word; ++x) {
          plain =
              !words[x].punct && std::none_of(triggers.begin(), triggers.end(),
                                              [&](const auto& tr) { return tr.first_word == x; });
        }
        if (!plain) break;
        size_t end = t.first_word;
        if (end > w + 1 && (words[end - 1].lower == "in" || words[end - 1].lower == "on")) --end;
        PhraseMatcher::Match gap{w, end, verb.value};
        gapped_follows.push_back(w);
        triggers.insert(std::upper_bound(triggers.begin(), triggers.end(), gap,
                                         [](const auto& a, const auto& b) {
                                           return a.first_word < b.first_word;
                                         }),
                        gap);
        from = t.end_word;
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
      // "lifted the tariffs": decided below, with the measure as the object.
      if (triggers_[static_cast<size_t>(verb.value)].family == "easing") continue;
      // "Iran condemned the agreement": a protest takes the event it is
      // about as its object, and stays an event of its own.
      if (triggers_[static_cast<size_t>(verb.value)].family == "protest" &&
          triggers_[static_cast<size_t>(noun.value)].family != "protest") {
        triggers[k + 1].value = -1;
      } else {
        triggers[k].value = -1;
      }
    }
    // "lifted the tariffs on barley", "removed its anti-dumping duties": a
    // lifting verb is an event only with a measure as its object, and the
    // measure it names is what was lifted, not a new one. ("lifted the
    // lockdown", "removed the minister" are no easing between countries.)
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].value < 0 ||
          triggers_[static_cast<size_t>(triggers[k].value)].family != "easing") {
        continue;
      }
      bool measure = false;
      for (size_t w = triggers[k].end_word;
           !measure && w < s.last_word && w < triggers[k].end_word + 5; ++w) {
        bool hyphen = words[w].lower == "-" && words[w].begin == words[w - 1].end;
        if (words[w].punct && !hyphen) break;
        for (size_t j = k + 1; j < triggers.size() && !measure; ++j) {
          if (triggers[j].first_word != w || triggers[j].value < 0) continue;
          const Trigger& object = triggers_[static_cast<size_t>(triggers[j].value)];
          if (object.family == "sanction" && object.noun_phrase) {
            measure = true;
            triggers[j].value = -1;
          }
        }
        measure = measure || std::any_of(cues.begin(), cues.end(), [&](const auto& c) {
                    return c.first_word == w && Contains(cue_kinds(c), kMeasure);
                  });
        const std::string& x = words[w].lower;
        bool modifier = hyphen || x == "a" || x == "the" || x == "its" || x == "their" ||
                        x == "all" || !np_stop_.count(x);
        if (!measure && !modifier) break;
      }
      if (!measure) triggers[k].value = -1;
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
    // "met on the sidelines of the G20 summit in Rome": the gathering is
    // where they met, and the sidelines are no second meeting when a
    // meeting word comes right before them.
    for (size_t k = 0; k < triggers.size(); ++k) {
      if (triggers[k].value < 0 ||
          triggers_[static_cast<size_t>(triggers[k].value)].type != "sideline-meeting") {
        continue;
      }
      for (size_t j = k + 1; j < triggers.size(); ++j) {
        if (triggers[j].first_word > triggers[k].end_word + 7) break;
        bool unbroken = true;
        for (size_t w = triggers[k].end_word; unbroken && w < triggers[j].first_word; ++w)
          unbroken = !words[w].punct || words[w].abbreviation;
        const Trigger& g = triggers_[static_cast<size_t>(std::max(triggers[j].value, 0))];
        if (unbroken && triggers[j].value >= 0 && g.noun_phrase &&
            (g.family == "meeting" || g.family == "conference")) {
          triggers[j].value = -1;
        }
        break;
      }
      if (k == 0 || triggers[k - 1].value < 0 ||
          triggers_[static_cast<size_t>(triggers[k - 1].value)].family != "meeting" ||
          triggers[k].first_word > triggers[k - 1].end_word + 3) {
        continue;
      }
      bool joined = true;
      for (size_t w = triggers[k - 1].end_word; joined && w < triggers[k].first_word; ++w) {
        const std::string& x = words[w].lower;
        joined = x == "on" || x == "at" || x == "in" || x == "the";
      }
      if (joined) triggers[k].value = -1;
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
        // A left-out "followed" takes the time after it, never the one before.
        if (std::find(gapped_follows.begin(), gapped_follows.end(), triggers[k].first_word) !=
            gapped_follows.end()) {
          continue;
        }
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
          uint64_t kinds = cues_[static_cast<size_t>(c.value)];
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
      if (std::find(time_of.begin(), time_of.end(), static_cast<int>(ti)) != time_of.end())
        continue;
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
                     Contains(cue_kinds(c), kOtherEvent);
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
          triggers[k].first_word == 0 || words[triggers[k].first_word - 1].lower != "and" ||
          triggers[k].first_word > triggers[first].end_word + 8) {
        continue;
      }
      bool unbroken = true;
      for (size_t w = triggers[first].end_word; unbroken && w < triggers[k].first_word; ++w)
        unbroken = !words[w].punct || words[w].abbreviation;
      if (unbroken) time_of[first] = time_of[k];
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
      // "the 12-nation trade pact", "a regional agreement", "a trilateral
      // summit": an agreement or a gathering of more parties than the pair is
      // no bilateral event, whoever of the pair the sentence names.
      if (trigger.family == "agreement" || trigger.family == "meeting" ||
          trigger.family == "conference" || trigger.family == "dialogue") {
        bool multilateral = false;
        for (size_t w = tm.first_word; w > s.first_word && tm.first_word - w < 6 && !multilateral;
             --w) {
          const Word& prev = words[w - 1];
          if ((prev.punct && prev.lower != "-") || IsPastTense(prev)) break;
          for (const PhraseMatcher::Match& c : cues) {
            if (c.first_word != w - 1) continue;
            uint64_t kinds = cue_kinds(c);
            if (Contains(kinds, kMultilateral)) multilateral = true;
            // "12-nation", "three-country": a count of parties above two.
            if (Contains(kinds, kPartyCount) && w >= s.first_word + 3 &&
                words[w - 2].lower == "-") {
              const WordText& count = words[w - 3].lower;
              int n = 0;
              if (auto it = numbers_.find(count); it != numbers_.end()) {
                n = it->second;
              } else if (words[w - 3].number && count.size() <= 3) {
                n = std::stoi(count);
              }
              multilateral = n > 2;
            }
          }
        }
        if (multilateral) continue;
      }
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
      // "the commerce secretary followed in August": a repeat of the visit
      // just told, with the time right after the verb; otherwise "followed"
      // is no event ("talks followed", "followed by a dinner").
      std::set<std::string> repeated_actors;
      std::string repeated_destination, repeated_place, repeated_country;
      bool repeated = false;
      if (std::any_of(cues.begin(), cues.end(),
                      [&](const PhraseMatcher::Match& c) {
                        return c.first_word == tm.first_word && Contains(cue_kinds(c), kFollows);
                      }) ||
          std::find(gapped_follows.begin(), gapped_follows.end(), tm.first_word) !=
              gapped_follows.end()) {
        bool time_next =
            time_of[k] >= 0 &&
            sentence_times[static_cast<size_t>(time_of[k])].first_word <= tm.end_word + 1;
        // "Talks followed in March", "was followed in June by": no traveller.
        bool event_subject = k > 0 && triggers[k - 1].end_word == tm.first_word;
        // Someone followed: a person, a title ("the trade minister") or
        // "he"/"she" right before the verb, or among the left-out verb's words.
        bool someone = false;
        for (const ActorMention& am : actors) {
          bool before = am.end_word == tm.first_word;
          bool inside = am.first_word >= tm.first_word && am.end_word <= tm.end_word;
          if ((before || inside) && (am.kind == ActorKind::kPerson || am.kind == ActorKind::kTitle))
            someone = true;
        }
        if (tm.first_word > s.first_word) {
          const std::string& x = words[tm.first_word - 1].lower;
          someone = someone || x == "he" || x == "she";
        }
        event_subject = event_subject || !someone;
        bool passive = tm.first_word > s.first_word && (words[tm.first_word - 1].lower == "was" ||
                                                        words[tm.first_word - 1].lower == "were" ||
                                                        words[tm.first_word - 1].lower == "be");
        if (!time_next || event_subject || passive || mentions.empty() ||
            mentions.back().family != "visit") {
          continue;
        }
        repeated = true;
        repeated_actors = mentions.back().actors;
        repeated_destination = mentions.back().destination;
        repeated_place = mentions.back().place;
        repeated_country = mentions.back().place_country;
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
      std::set<std::string> organizations;  // "the G20 summit": a venue's name, not a side
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
            if (am.kind == ActorKind::kOrganization) organizations.insert(am.code);
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
            // "Kishida and Xi met in Lima, and Kamikawa flew to Beijing":
            // who acts in another clause takes no part in this event.
            if (clause_begin > s.first_word && am.end_word <= clause_begin) break;
            if (am.first_word >= clause_end) break;
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
      // "after a chemical attack in Syria, as Xi dined with Trump": an
      // attack in a country is between that country and whoever its noun
      // phrase names as the attacker ("a Russian missile attack in
      // Ukraine", "an attack in Mali by French troops"); others in the
      // clause only react to it.
      if (trigger.family == "incident" && trigger.noun_phrase && tm.end_word + 1 < s.last_word &&
          words[tm.end_word].lower == "in") {
        size_t at = tm.end_word + 1;
        if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
        auto in_country = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) {
          return a.first_word == at && a.kind == ActorKind::kCountry;
        });
        if (in_country != actors.end()) {
          std::set<std::string> sides{in_country->code};
          for (const ActorMention& a : actors) {
            if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kDemonym) continue;
            // Before the noun, with only modifiers between.
            bool before = a.end_word <= tm.first_word && a.end_word + 3 >= tm.first_word &&
                          a.first_word >= scope_begin;
            for (size_t x = a.end_word; before && x < tm.first_word; ++x)
              before = !words[x].punct && !np_stop_.count(words[x].lower);
            // "by French troops" right after the place.
            bool by = a.first_word > in_country->end_word &&
                      a.first_word <= in_country->end_word + 2 &&
                      words[a.first_word - 1].lower == "by";
            if (before || by) sides.insert(a.code);
          }
          // "..., which Riyadh blamed on Tehran": whom the clause blames.
          for (size_t w = in_country->end_word; w + 2 < clause_end; ++w) {
            if (words[w].lower != "blamed" && words[w].lower != "blames") continue;
            for (const ActorMention& a : actors) {
              bool side = a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                          a.kind == ActorKind::kCapital;
              if (side && a.first_word > w && a.first_word <= w + 3 &&
                  (words[a.first_word - 1].lower == "on" ||
                   words[a.first_word - 1].lower == "the")) {
                sides.insert(a.code);
              }
            }
          }
          m.actors = sides;
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
      // (One side named again with "they" is still the same two: "they
      // met Chinese officials" does not add a third.)
      bool within_previous = std::all_of(m.actors.begin(), m.actors.end(), [&](const auto& c) {
        return previous_countries.count(c) > 0 || organizations.count(c) > 0;
      });
      if (m.actors.size() < 2 && within_previous && previous_countries.size() == 2 &&
          (trigger.family == "meeting" || trigger.family == "call" ||
           trigger.family == "dialogue" || trigger.family == "agreement")) {
        bool they = false;
        for (size_t w = scope_begin; w < tm.first_word; ++w)
          they = they || words[w].lower == "they";
        if (they) m.actors.insert(previous_countries.begin(), previous_countries.end());
      }
      // "The two leaders met in Rome": the two the sentence before named.
      if ((both_sides || heads) && previous_countries.size() == 2 && within_previous)
        m.antecedent = previous_countries;
      // "Japan and South Korea agreed ... the two sides": a sentence that
      // names exactly two countries itself speaks of those two.
      if ((both_sides || heads) && current_countries.size() == 2) m.antecedent = current_countries;
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
            // ("a U.S. senator's visit": the visitor's country, not where he went)
            for (size_t x = am.end_word; before && x < tm.first_word; ++x) {
              before = !words[x].punct && !np_stop_.count(words[x].lower) && words[x].lower != "'s";
            }
          }
          if (after || before) {
            m.destination = am.name;
            m.place_country = am.code;
            m.actors.insert(am.code);
            break;
          }
        }
      }
      // "A U.S. official's visit to Taiwan angered Chinese officials": a
      // visit of a known visitor to a known country is between those two;
      // whoever else the sentence names only reacts.
      if (trigger.family == "visit" && !m.destination.empty() && !m.place_country.empty()) {
        std::string visitor;
        if (auto pc = m.person_country.find(m.principal); pc != m.person_country.end())
          visitor = pc->second;
        for (const ActorMention& am : actors) {
          if (!visitor.empty() || am.end_word > tm.first_word || am.end_word + 4 < tm.first_word ||
              am.first_word < scope_begin ||
              (am.kind != ActorKind::kCountry && am.kind != ActorKind::kDemonym)) {
            continue;
          }
          bool modifiers_only = true;
          for (size_t x = am.end_word; x < tm.first_word; ++x) {
            modifiers_only = modifiers_only && !words[x].punct &&
                             (words[x].lower == "'s" || !np_stop_.count(words[x].lower));
          }
          if (modifiers_only) visitor = am.code;
        }
        if (!visitor.empty() && visitor != m.place_country && m.actors.count(visitor))
          m.actors = {visitor, m.place_country};
      }
      // "the EU's trade talks with Australia", "Japan's dialogue with
      // India": talks one side holds with another are between those two,
      // whoever else the sentence names.
      if (trigger.noun_phrase && (trigger.family == "meeting" || trigger.family == "dialogue" ||
                                  trigger.family == "call")) {
        auto side = [](const ActorMention& a) {
          return a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
                 a.kind == ActorKind::kOrganization;
        };
        std::string holder, partner;
        for (const ActorMention& a : actors) {
          if (!side(a) || a.end_word > tm.first_word || a.end_word + 4 < tm.first_word ||
              a.first_word < scope_begin || a.end_word >= s.last_word ||
              words[a.end_word].lower != "'s") {
            continue;
          }
          bool modifiers_only = true;
          for (size_t x = a.end_word + 1; modifiers_only && x < tm.first_word; ++x)
            modifiers_only = !words[x].punct && !np_stop_.count(words[x].lower);
          if (modifiers_only) holder = a.code;
        }
        size_t with = tm.end_word;
        if (!holder.empty() && with + 1 < s.last_word && words[with].lower == "with") {
          size_t at = with + 1;
          if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
          for (const ActorMention& a : actors) {
            if (side(a) && a.first_word == at) partner = a.code;
          }
        }
        if (!holder.empty() && !partner.empty() && holder != partner) m.actors = {holder, partner};
      }
      // "X eventually made the trip in June": a visit with no destination in
      // its sentence went to the other of the article's two countries.
      // Only a named traveller: "business leaders have traveled to the
      // island" may be anyone going anywhere.
      // Not who only speaks of it ("to make the trip, Castro said"), and
      // not a journey to somewhere the text names but annals does not know
      // ("plans to travel to an unnamed city").
      bool traveller = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        if (a.kind != ActorKind::kPerson || a.first_word < scope_begin || a.end_word > scope_end)
          return false;
        return std::none_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
          return c.first_word == a.end_word && Contains(cue_kinds(c), kSpeech);
        });
      });
      bool unread_destination = words[tm.end_word - 1].lower == "to" ||
                                (tm.end_word < s.last_word && words[tm.end_word].lower == "to");
      if (trigger.family == "visit" && m.destination.empty() && at_place.empty() && traveller &&
          !unread_destination)
        m.undirected_visit = true;
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

      // "She eventually made the trip in April": a visit that names no
      // destination and no side but one of the visit the article just told
      // of is that visit, made now.
      // ("where they are to tour a factory" is no new journey: a noun only
      // as "the trip", and nothing after "to".)
      std::string_view before_trigger =
          tm.first_word > s.first_word ? std::string_view(words[tm.first_word - 1].lower) : "";
      bool journey = trigger.noun_phrase ? before_trigger == "the" : before_trigger != "to";
      if (!repeated && journey && trigger.family == "visit" && m.actors.size() < 2 &&
          m.destination.empty() && !mentions.empty() && mentions.back().family == "visit" &&
          std::all_of(m.actors.begin(), m.actors.end(),
                      [&](const std::string& c) { return mentions.back().actors.count(c) > 0; })) {
        repeated = true;
        repeated_actors = mentions.back().actors;
        repeated_destination = mentions.back().destination;
        repeated_place = mentions.back().place;
        repeated_country = mentions.back().place_country;
      }
      if (repeated) {
        m.actors.insert(repeated_actors.begin(), repeated_actors.end());
        if (m.destination.empty()) m.destination = repeated_destination;
        if (at_place.empty()) m.place = repeated_place, m.place_country = repeated_country;
        m.undirected_visit = false;
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
      // "A and B agreed on Thursday to ... in their first formal meeting.
      // The two leaders met for an hour in Rabat": an undated meeting or
      // visit of the same two sides as a dated one of this or the sentence
      // before tells more of that event (its place, its length), and takes
      // its date. ("had met", "first met", "last met" speak of another time.)
      size_t lead = mentions.size();
      if (time_of[k] < 0 && !borrowed &&
          (trigger.family == "meeting" || trigger.family == "dialogue")) {
        std::set<std::string> sides = m.actors;
        sides.insert(m.antecedent.begin(), m.antecedent.end());
        bool other_time = false;
        for (size_t w = tm.first_word; w > scope_begin && tm.first_word - w < 3; --w) {
          const WordText& l = words[w - 1].lower;
          other_time = other_time || l == "had" || l == "first" || l == "last" ||
                       l == "previously" || l == "never" || l == "often" || l == "earlier";
        }
        if (tm.end_word < s.last_word) {
          const WordText& l = words[tm.end_word].lower;
          other_time = other_time || l == "before" || l == "last" || l == "previously";
        }
        for (size_t p = mentions.size(); !other_time && sides.size() >= 2 && p-- > 0;) {
          if (mention_origin[p].second + 1 < sentence_index) break;
          const Mention& earlier = mentions[p];
          bool related = earlier.family == m.family ||
                         ((earlier.family == "dialogue" || earlier.family == "meeting") &&
                          (m.family == "dialogue" || m.family == "meeting"));
          if (!related || earlier.present || !mention_origin[p].first) continue;
          bool same_pair = earlier.actors.size() == 2 &&
                           std::all_of(sides.begin(), sides.end(), [&](const std::string& c) {
                             return earlier.actors.count(c) > 0;
                           });
          if (!same_pair) continue;
          lead = p;
          break;
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
        if (lead < mentions.size()) {
          Mention& earlier = mentions[lead];
          if (earlier.place.empty() && !at_place.empty()) {
            earlier.place = at_place;
            earlier.place_country = at_country;
          }
          for (const std::string& person : m.people) {
            if (std::find(earlier.people.begin(), earlier.people.end(), person) ==
                earlier.people.end())
              earlier.people.push_back(person);
          }
          continue;
        }
        if (!definite && !elaboration) continue;
        for (size_t p = mentions.size(); p-- > (elaboration ? sentence_first_mention : 0);) {
          Mention& earlier = mentions[p];
          bool related = earlier.family == m.family ||
                         ((earlier.family == "dialogue" || earlier.family == "meeting") &&
                          (m.family == "dialogue" || m.family == "meeting"));
          // "were to hold talks in Ankara on Sunday, but the visit was
          // postponed": in one sentence a visit and its talks are one plan.
          bool same_plan = p >= sentence_first_mention &&
                           (earlier.family == "visit" || earlier.family == "meeting") &&
                           (m.family == "visit" || m.family == "meeting");
          if (!related && same_plan) {
            bool called_off =
                std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
                  return c.first_word >= tm.end_word && c.end_word <= scope_end &&
                         Contains(cue_kinds(c), kCancel);
                });
            if (called_off) {
              earlier.status = "cancelled";
              break;
            }
          }
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
      // "A and B met in Bali, and C postponed a trip": a cue in another
      // clause of the sentence speaks of the other clause's event.
      // A ", but" clause still speaks of the same event ("was to visit
      // Seoul on Monday, but postponed"): only ";" and ", and"/", while" part.
      size_t status_begin = scope_begin, status_end = scope_end;
      if (clause_begin > s.first_word && words[clause_begin].lower != "but")
        status_begin = std::max(scope_begin, clause_begin);
      if (clause_end < s.last_word &&
          !(clause_end + 1 < s.last_word && words[clause_end + 1].lower == "but"))
        status_end = std::min(scope_end, clause_end);
      for (const PhraseMatcher::Match& c : cues) {
        if (c.first_word < status_begin || c.end_word > status_end) continue;
        cancelled = cancelled || Contains(cue_kinds(c), kCancel);
        // After a past-tense verb only its own auxiliary ("will have
        // signed") makes a plan; a future word elsewhere is another clause's.
        if (past_verb < s.last_word && (c.end_word > past_verb || c.end_word + 2 < past_verb))
          continue;
        future = future || Contains(cue_kinds(c), kFuture);
      }
      // "had been scheduled to hold talks on Sunday, but ...": a plan told
      // in the past names the weekday nearest the story, which may be the
      // coming one; the past tense made it the last one. Only a bare
      // weekday four or more days back moves, to the next of its name.
      bool past_plan = std::any_of(cues.begin(), cues.end(), [&](const PhraseMatcher::Match& c) {
        return c.first_word >= status_begin && c.end_word <= status_end &&
               Contains(cue_kinds(c), kPastPlan);
      });
      if (past_plan && t && !borrowed && m.first == m.last && m.first < published &&
          published - m.first >= date::days(4) && weekdays_.count(LowerWord(t->text))) {
        m.first += date::days(7);
        m.last = m.first;
        m.date = FormatDay(date::year_month_day(m.first));
      }
      if (dateline_candidate && m.first >= published - date::days(1) && m.last <= published) {
        m.place = dateline_city;
        m.place_country = dateline_country;
      }
      // "talks planned for Lima in August were called off", told in
      // December: a plan called off with a month and no year is the one
      // nearest the story, which may be this year's August, not the next.
      // ("the talks due on 15 January were postponed" stays next January.)
      if (cancelled && t && !borrowed && !m.stay && m.first > published &&
          (m.date.size() == 7 || m.date.size() == 10) && !HasYear(t->text)) {
        date::year_month_day first{m.first}, last{m.last};
        date::year_month_day earlier_first = first - date::years(1);
        date::year_month_day earlier_last = last - date::years(1);
        if (earlier_first.ok() && earlier_last.ok() && date::sys_days(earlier_last) < published &&
            published - date::sys_days(earlier_last) < m.first - published) {
          m.first = date::sys_days(earlier_first);
          m.last = date::sys_days(earlier_last);
          m.date = std::to_string(static_cast<int>(earlier_first.year())) + m.date.substr(4);
        }
      }
      if (cancelled) {
        m.status = "cancelled";
      } else if (m.first > published ||
                 (m.last >= published && (future || (t && t->direction == "future")))) {
        m.status = "planned";
      } else {
        m.status = "held";
      }
      // "agreements signed in 1998 and 2001": a second year joined to the
      // one that dates this event by "and", dating no event word of its
      // own, is a second event like it ("between 1998 and 2001" is a span).
      std::optional<Mention> second;
      const TimeExpression* second_time = nullptr;
      if (time_of[k] >= 0 && !borrowed) {
        size_t ti = static_cast<size_t>(time_of[k]);
        if (ti + 1 < sentence_times.size()) {
          const TimeSpan& t1 = sentence_times[ti];
          const TimeSpan& t2 = sentence_times[ti + 1];
          bool years = t1.time->value.size() == 4 && t2.time->value.size() == 4;
          bool joined = t2.first_word == t1.end_word + 1 && words[t1.end_word].lower == "and";
          size_t before = t1.first_word;
          if (before > s.first_word && words[before - 1].lower == "in") --before;
          bool span = before > s.first_word &&
                      (words[before - 1].lower == "between" || words[before - 1].lower == "from");
          bool unused =
              std::find(time_of.begin(), time_of.end(), static_cast<int>(ti + 1)) == time_of.end();
          if (years && joined && !span && unused) {
            second = m;
            second->date = t2.time->value;
            second->qualifier = QualifierOf(t2.time->mod);
            second->first = date::sys_days(*t2.time->first_day);
            second->last = date::sys_days(*t2.time->last_day);
            NarrowSpan(second->qualifier, &second->first, &second->last);
            second->source.phrase = t2.time->text;
            second_time = t2.time;
            if (second->status != "cancelled")
              second->status = second->first > published ? "planned" : "held";
          }
        }
      }
      // "met Prime Minister Singh and held talks with him in New Delhi":
      // the object pronoun is the person just named, so these talks are
      // that meeting's, with its people (when it names none they lack).
      if ((m.family == "meeting" || m.family == "dialogue") && tm.end_word + 1 < s.last_word &&
          words[tm.end_word].lower == "with" &&
          (words[tm.end_word + 1].lower == "him" || words[tm.end_word + 1].lower == "her")) {
        for (size_t p = mentions.size(); p-- > sentence_first_mention;) {
          const std::vector<std::string>& named = mentions[p].people;
          bool within = std::all_of(m.people.begin(), m.people.end(), [&](const std::string& x) {
            return std::find(named.begin(), named.end(), x) != named.end();
          });
          if (named.empty() || !within) continue;
          m.people = named;
          m.person_country = mentions[p].person_country;
          m.actors.insert(mentions[p].actors.begin(), mentions[p].actors.end());
          break;
        }
      }
      mention_origin.emplace_back(t, sentence_index);
      mentions.push_back(std::move(m));
      if (second) {
        mention_origin.emplace_back(second_time, sentence_index);
        mentions.push_back(std::move(*second));
      }
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
    if (m.undirected_visit && m.actors.size() == 1 && ranked.size() >= 2 &&
        (m.actors.count(ranked[0].second) || m.actors.count(ranked[1].second))) {
      m.actors.insert(m.actors.count(ranked[0].second) ? ranked[1].second : ranked[0].second);
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
    // "Vice Foreign Minister Sun Weidong summoned Japan's ambassador": the
    // envoy summoned is the other side's, so in a story about two countries
    // the one who summons is the remaining side, named or not. So is someone
    // of no stated country protesting to one of the two.
    if (m.family == "protest" && m.actors.size() == 1 && ranked.size() >= 2 &&
        (m.actors.count(ranked[0].second) || m.actors.count(ranked[1].second)) &&
        (m.type == "summon" ||
         std::any_of(m.people.begin(), m.people.end(),
                     [&](const std::string& p) { return !m.person_country.count(p); }))) {
      m.actors.insert(m.actors.count(ranked[0].second) ? ranked[1].second : ranked[0].second);
    }
    if (!m.both_sides) continue;
    if (!m.antecedent.empty()) {
      m.actors.insert(m.antecedent.begin(), m.antecedent.end());
      continue;
    }
    for (size_t i = 0; i < 2 && i < ranked.size(); ++i) m.actors.insert(ranked[i].second);
  }
  for (Mention& m : mentions) {
    if (!m.heads_of_state || m.people.size() >= 2) continue;
    std::vector<std::string> sides(m.antecedent.begin(), m.antecedent.end());
    if (sides.empty()) {
      for (size_t i = 0; i < 2 && i < ranked.size(); ++i) sides.push_back(ranked[i].second);
    }
    for (const std::string& side : sides) {
      if (const OfficeHolder* h = lexicon.LeaderOf(side, m.first)) {
        if (std::find(m.people.begin(), m.people.end(), h->name) == m.people.end())
          m.people.push_back(h->name);
        m.person_country.emplace(h->name, h->country);
      }
    }
  }
  return mentions;
}

}  // namespace annals
