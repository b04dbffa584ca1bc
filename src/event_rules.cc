#include "event_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <utility>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"
#include "event_words.h"
#include "leader_roles.h"

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

// The ordinals of data/en/ordinals.tsv ("first", "second" ... "tenth").
const WordSet& Ordinals() {
  static const WordSet words = [] {
    // One read of the file; the resolver's Lexicon checks it at start-up
    // and stops the run on a bad row, so a failure here cannot be reached.
    WordSet set;
    std::vector<TsvRow> rows;
    Diagnostic unreachable;
    if (!LoadTable("data/en/ordinals.tsv", 2, &rows, &unreachable)) return set;
    for (const TsvRow& row : rows) {
      const std::string& field = row.fields[1];
      int value = 0;
      auto [end, failed] = std::from_chars(field.data(), field.data() + field.size(), value);
      if (failed == std::errc() && end == field.data() + field.size() && value >= 1 && value <= 10)
        set.insert(row.fields[0]);
    }
    return set;
  }();
  return words;
}

// "arrived in Lome on Wednesday for talks ..., his second trip to the
// neighbouring country this year" (probes37): a visit noun in an
// apposition (a comma, then up to five lower-case words holding an
// ordinal) names the visit the same sentence has just
// told; it gives no visit of its own.
bool ApposedTrip(const ArticleReading& reading, const SentenceReading& sentence,
                 const PhraseMatcher::Match& tm, const EventTrigger& trigger,
                 const WordSet& np_stop) {
  const std::vector<Word>& words = reading.words;
  if (trigger.family != "visit" || !trigger.noun_phrase) return false;
  bool told = false;
  for (size_t i = std::min(reading.mentions.size(), reading.mention_origin.size());
       !told && i-- > 0 && reading.mention_origin[i].second == reading.sentence_index;)
    told = reading.mentions[i].family == "visit";
  if (!told) return false;
  // (Its first word a determiner, "his", "the", "a", and no other word
  // of np-stop: "ahead of a second visit", ", on his second trip" tell
  // another.)
  bool ordinal = false;
  for (size_t w = tm.first_word; w-- > sentence.s.first_word && w + 6 > tm.first_word;) {
    if (!words[w].alpha || words[w].capitalized) return false;
    ordinal = ordinal || Ordinals().count(words[w]) > 0;
    bool first = w > sentence.s.first_word && words[w - 1].lower == ",";
    if (np_stop.count(words[w]) > 0 && !first) return false;
    if (first) return ordinal && np_stop.count(words[w]) > 0;
  }
  return false;
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
    // A length glued by a hyphen counts as modifiers too ("is on a two-day
    // visit", probes41).
    bool before = c.end_word <= trigger.first_word && trigger.first_word <= c.end_word + 5;
    size_t plain = 0;
    for (size_t w = c.end_word; before && w < trigger.first_word; ++w) {
      const WordText& x = words[w].lower;
      bool hyphen = words[w].punct && (x == "-" || x == "\u2013") && w > c.end_word &&
                    words[w - 1].end == words[w].begin && words[w].end == words[w + 1].begin;
      if (!hyphen) ++plain;
      before = plain <= 3 &&
               (hyphen || (!words[w].punct &&
                           (x == "a" || x == "an" || x == "the" || x == "his" || x == "her" ||
                            x == "their" || x == "its" || !np_stop_.count(words[w]))));
    }
    if (!on_trigger && !before) continue;
    // "to hold talks", "did not meet": not a report that it happens now.
    if (c.first_word > 0) {
      const WordText& x = words[c.first_word - 1].lower;
      if (x == "to" || x == "not" || x == "never") continue;
    }
    for (size_t w = c.first_word; w < c.end_word; ++w)
      phrase += (phrase.empty() ? "" : " ") + std::string(words[w].lower);
  }
  return phrase;
}

bool EventRules::Load(Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!home_offices_.Load(error)) return false;
  if (!side_words_.Load(error)) return false;
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
    // CAMEO has no code for some kinds (a court's ruling): '-' writes none.
    std::string cameo = row.fields[2] == "-" ? std::string() : row.fields[2];
    triggers_.push_back({row.fields[1], type->second.first, type->second.second, std::move(cameo),
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
    if (invitation_trigger_ < 0 && row.fields[1] == "invitation" && row.fields[3] == "verb")
      invitation_trigger_ = static_cast<int>(triggers_.size() - 1);
    if (meeting_trigger_ < 0 && row.fields[1] == "meeting" && row.fields[3] == "verb")
      meeting_trigger_ = static_cast<int>(triggers_.size() - 1);
    trigger_matcher_.Add(row.fields[0], static_cast<int>(triggers_.size() - 1), false);
  }
  if (!verb_objects_.Load(trigger_matcher_, error)) return false;
  if (!place_words_.Load(error)) return false;
  if (!stay_words_.Load(error)) return false;
  if (!CheckLeaderRoles(error)) return false;  // read by DropCoupDetentions
  if (!narrative_.anchors.Load(error)) return false;
  rows.clear();
  if (!LoadTable("data/en/shared_departments.tsv", 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    std::vector<std::string> codes;
    for (size_t b = 0, e = 0; b <= row.fields[1].size(); b = e + 1) {
      e = std::min(row.fields[1].find('|', b), row.fields[1].size());
      std::string code = row.fields[1].substr(b, e - b);
      bool ok = code.size() == 3 &&
                std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!ok) {
        *error = Diagnostic{"data/en/shared_departments.tsv", row.line,
                            row.columns[1] + static_cast<int>(b), Severity::kError,
                            "expected a three-letter country code, found '" + code + "'"};
        return false;
      }
      codes.push_back(std::move(code));
    }
    departments_.Add(row.fields[0], static_cast<int>(department_codes_.size()), true);
    department_codes_.push_back(std::move(codes));
  }
  rows.clear();
  origin = "data/en/event_cues.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  std::map<std::string, int> phrase_ids;
  for (const TsvRow& row : rows) {
    const std::string& phrase = row.fields[0];
    // A view: the kind is compared with a score of literals, and a
    // std::string measures each and calls compare.
    const std::string_view kind = row.fields[1];
    if (kind == "np-stop") {
      np_stop_.insert(phrase);
    } else if (kind == "anaphor") {
      anaphors_.insert(phrase);
    } else if (kind == "place-preposition") {
      place_prepositions_.insert(phrase);
    } else if (kind == "occasion") {
      // Only looked up at an "After the ..." opener, not matched everywhere.
      occasions_.insert(phrase);
    } else if (kind == "stay") {
      // Only looked up at a "During the ..." opener.
      stays_.insert(phrase);
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
    } else if (kind == "count-within") {
      narrative_.within.insert(phrase);
    } else if (kind == "day-step-on" || kind == "day-step-back" || kind == "day-step-same") {
      narrative_.day_step[phrase] = kind == "day-step-on" ? 1 : kind == "day-step-back" ? -1 : 0;
    } else if (kind == "day-unit") {
      narrative_.day_units.insert(phrase);
    } else if (CueBitOf(kind) != 0) {  // a kind matched in the text (kCueKinds)
      // "called off" is also told around the event noun: "called the
      // trip off".
      if (kind == "cancel" && std::count(phrase.begin(), phrase.end(), ' ') == 1) {
        split_cancels_.insert(phrase);
        split_cancel_ends_.insert(std::string_view(phrase).substr(phrase.find(' ') + 1));
      }
      auto [it, fresh] = phrase_ids.emplace(phrase, static_cast<int>(cues_.size()));
      if (fresh) {
        cues_.push_back(0);
        cue_matcher_.Add(phrase, it->second, false);
      }
      cues_[static_cast<size_t>(it->second)] |= CueBitOf(kind);
    } else {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "unknown cue '" + row.fields[1] + "'"};
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
  origin = "data/en/carried_dates.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string_view kind = row.fields[1];  // (a view, as above)
    if (kind == "act-noun") {
      carry_nouns_.insert(row.fields[0]);
    } else if (kind == "subject") {
      carry_subjects_.insert(row.fields[0]);
    } else if (kind == "also") {
      carry_also_.insert(row.fields[0]);
    } else if (kind == "follow-up") {
      follow_ups_.insert(row.fields[0]);
    } else if (kind == "announcement") {
      announcement_nouns_.insert(row.fields[0]);
    } else if (kind == "teller") {
      carry_tellers_.insert(row.fields[0]);
    } else if (kind == "lead-clause-end") {
      lead_clause_ends_.insert(row.fields[0]);
    } else if (kind == "state-since") {
      state_since_.insert(row.fields[0]);
    } else if (kind == "state-held") {
      state_held_.insert(row.fields[0]);
    } else if (kind == "state-keep") {
      state_keep_.insert(row.fields[0]);
    } else if (kind == "which-clause") {
      after_which_.insert(row.fields[0]);
    } else if (kind == "after-clause") {
      after_clauses_.insert(row.fields[0]);
    } else if (kind == "background") {
      background_words_.insert(row.fields[0]);
    } else if (kind == "same-time" || kind == "same-act" || kind == "at-time" ||
               kind == "signing-of") {
      std::vector<std::string>& phrase = (kind == "same-time"    ? carry_openers_
                                          : kind == "at-time"    ? carry_at_times_
                                          : kind == "signing-of" ? signing_phrases_
                                                                 : same_acts_)
                                             .emplace_back();
      for (size_t b = 0, e = 0; b < row.fields[0].size(); b = e + 1) {
        e = std::min(row.fields[0].find(' ', b), row.fields[0].size());
        phrase.push_back(row.fields[0].substr(b, e - b));
      }
      if (kind == "same-act") {
        std::vector<size_t>& hashes = same_act_hashes_.emplace_back();
        for (const std::string& word : phrase) hashes.push_back(WordHash(word));
        if (!phrase.empty()) same_act_firsts_ |= SameActBit(hashes[0]);
      }
    } else {
      *error =
          Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                     "expected 'act-noun', 'subject', 'also', 'same-time', 'at-time', 'same-act', "
                     "'teller', 'follow-up', 'lead-clause-end', 'state-since', 'state-held', "
                     "'state-keep', "
                     "'which-clause', 'after-clause', 'background' or 'signing-of', found '" +
                         row.fields[1] + "'"};
      return false;
    }
  }
  rows.clear();
  origin = "data/en/date_roles.tsv";
  if (!LoadTable(origin, 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[1];
    if (kind != "deadline" && kind != "names-year" && kind != "term" && kind != "bound" &&
        kind != "effective" && kind != "ahead") {
      *error = Diagnostic{origin, row.line, row.columns[1], Severity::kError,
                          "expected 'deadline', 'names-year', 'term', 'bound', 'effective' or "
                          "'ahead', "
                          "found '" +
                              kind + "'"};
      return false;
    }
    if (kind == "bound") {
      bound_words_.insert(row.fields[0]);
      continue;
    }
    std::vector<std::string>& phrase = (kind == "deadline"    ? deadline_phrases_
                                        : kind == "term"      ? term_phrases_
                                        : kind == "effective" ? effective_phrases_
                                        : kind == "ahead"     ? ahead_phrases_
                                                              : name_year_phrases_)
                                           .emplace_back();
    for (size_t b = 0, e = 0; b < row.fields[0].size(); b = e + 1) {
      e = std::min(row.fields[0].find(' ', b), row.fields[0].size());
      phrase.push_back(row.fields[0].substr(b, e - b));
    }
    if (kind == "term") {
      for (const std::string& word : phrase)
        term_word_bits_ |= std::uint64_t{1} << (WordHash(word) % 64);
    }
    if (!phrase.empty() && kind != "term" && kind != "effective")
      (kind == "deadline" ? deadline_ends_ : name_year_ends_).insert(phrase.back());
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
    if (!place_prepositions_.count(words[w - 1])) continue;
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
  // "on the sidelines of the World Economic Forum": a gathering the
  // gazetteer places (in its usual town) named right after the cue, when
  // no place follows it.
  if (sidelines == to) return;
  for (const ActorMention& am : actors) {
    if (am.kind != ActorKind::kPlace || am.end_word > to) continue;
    if (am.first_word == sidelines ||
        (am.first_word == sidelines + 1 && words[sidelines].lower == "the")) {
      *place = am.name;
      *country = am.code;
      return;
    }
  }
}

int EventRules::VerbTrigger(std::string_view type, std::string_view cameo) const {
  auto found = std::find_if(triggers_.begin(), triggers_.end(), [&](const Trigger& e) {
    return e.type == type && !e.noun_phrase && (cameo.empty() || e.cameo == cameo);
  });
  return found == triggers_.end() ? -1 : static_cast<int>(found - triggers_.begin());
}

namespace {

// "The summit would help Ruto manage ties" (wire30): an event noun after a
// "the" that opens the sentence, then "would" and a verb that is no event
// word, with a person, a state or a determined noun as its object, tells
// what the event does, not a plan of it. "The summit would be held",
// "would take place in May" keep their plan.
bool EventsEffect(const std::vector<Word>& words, const SentenceReading& sentence,
                  const PhraseMatcher::Match& tm, bool noun_phrase) {
  const size_t first = sentence.s.first_word;
  if (!noun_phrase || tm.first_word != first + 1 || words[first].lower != "the" ||
      tm.end_word + 3 >= sentence.s.last_word || words[tm.end_word].lower != "would") {
    return false;
  }
  const size_t verb = tm.end_word + 1;
  const Word& v = words[verb];
  if (!v.alpha || v.capitalized || v.lower == "be" || v.lower == "have" || v.lower == "not")
    return false;
  for (const PhraseMatcher::Match& t : sentence.triggers)
    if (t.first_word <= verb && verb < t.end_word) return false;
  const size_t object = verb + 1;
  const WordText& o = words[object].lower;
  if (o == "the" || o == "a" || o == "an" || o == "its" || o == "their" || o == "both") return true;
  return std::any_of(sentence.actors.begin(), sentence.actors.end(), [&](const ActorMention& a) {
    return a.first_word == object &&
           (a.kind == ActorKind::kPerson || a.kind == ActorKind::kCountry ||
            a.kind == ActorKind::kCapital);
  });
}

// The source of each mention with two sides or more: the article's file,
// publication day, outlet and url, and the sentence it was told in. Only
// those reach a timeline (Assembler::Add keeps no other), and most
// mentions of an article have fewer sides: copying four strings and
// collapsing the sentence for every one of them cost more than the rules
// that dropped them. The mentions of one sentence share its collapsed
// text. `mention_origin` must be in step with `mentions`. Without
// `article_source`, only the quotes.
void FillSources(ArticleReading* reading, bool article_source) {
  const Article& article = reading->article;
  const auto& origin = reading->mention_origin;
  std::string quote;
  size_t quoted = 0;  // the sentence (counted from 1) `quote` is of, or 0
  for (size_t i = 0; i < reading->mentions.size(); ++i) {
    Mention& m = reading->mentions[i];
    if (m.actors.size() < 2) continue;
    if (article_source) {
      m.source.file = article.file;
      m.source.published = reading->published_text;
      m.source.outlet = article.outlet;
      m.source.url = article.url;
    }
    size_t at = i < origin.size() ? origin[i].second : 0;
    if (at == 0 || at > reading->sentences.size() || !m.source.quote.empty()) continue;
    if (at != quoted) {
      quote = CollapseSentence(reading->body, reading->sentences[at - 1]);
      quoted = at;
    }
    m.source.quote = quote;
  }
}

// "Kenya's foreign minister last visited Oslo in 2019": a title with no
// name was read as its holder on the article's day; an event wholly before
// that holder's term is the holder's of its own days, when the office data
// knows one for all of them, else of no one named (probes40). Only a person
// whose words in the sentence hold no word of the name is a title's.
void HoldersOfEventDays(const ActorLexicon& lexicon, const SentenceReading& sentence,
                        ArticleReading* reading, size_t told_before) {
  const std::vector<Word>& words = reading->words;
  for (const ActorMention& a : sentence.actors) {
    if (a.kind != ActorKind::kPerson || a.role.empty() || a.code.empty() ||
        a.end_word <= a.first_word)
      continue;
    if (a.end_word == a.first_word + 1 && words[a.first_word].capitalized) continue;
    bool named = false;
    for (size_t w = a.first_word; w < a.end_word && !named; ++w) {
      for (size_t b = 0, e = 0; b < a.name.size() && !named; b = e + 1) {
        e = std::min(a.name.find(' ', b), a.name.size());
        named =
            words[w].lower.size() == e - b &&
            std::equal(words[w].lower.begin(), words[w].lower.end(), a.name.begin() + b,
                       [](char x, char y) {
                         return x == (y >= 'A' && y <= 'Z' ? static_cast<char>(y - 'A' + 'a') : y);
                       });
      }
    }
    if (named) continue;
    const OfficeHolder* now = lexicon.HolderOf(a.code, a.role, reading->published);
    if (now == nullptr || now->name != a.name || !now->start) continue;
    for (size_t i = told_before; i < reading->mentions.size(); ++i) {
      Mention& m = reading->mentions[i];
      if (m.present || m.last >= *now->start ||
          std::find(m.people.begin(), m.people.end(), a.name) == m.people.end())
        continue;
      const OfficeHolder* then = lexicon.HolderOf(a.code, a.role, m.first);
      if (then != nullptr && then != lexicon.HolderOf(a.code, a.role, m.last)) then = nullptr;
      // (A holder back for a second term stays: "the Norwegian foreign
      // minister" of 2013 and of today are one person.)
      if (then != nullptr && then->name == a.name) continue;
      if (then != nullptr &&
          std::find(m.people.begin(), m.people.end(), then->name) != m.people.end())
        then = nullptr;
      m.person_country.erase(a.name);
      if (then != nullptr) {
        std::replace(m.people.begin(), m.people.end(), a.name, then->name);
        m.person_country.emplace(then->name, then->country);
        if (m.principal == a.name) m.principal = then->name;
      } else {
        std::erase(m.people, a.name);
        if (m.principal == a.name) m.principal.clear();
      }
    }
  }
}

}  // namespace

std::vector<Mention> EventRules::Extract(const Article& article,
                                         const std::vector<TimeExpression>& resolved,
                                         const ActorLexicon& lexicon,
                                         const TokenizedText* tokenized,
                                         bool article_source) const {
  if (!article.published) return {};
  // The headline is often the article's only present-tense report
  // ("Russia expels two U.S. diplomats"), but ingest keeps it apart from the
  // body: read it as the body's first paragraph, with the times moved along,
  // unless the body already opens with it. (The times are not copied to be
  // moved: the reading places them.)
  std::string titled;
  size_t shift = 0;
  if (!article.title.empty() && article.body.compare(0, article.title.size(), article.title) != 0) {
    titled.reserve(article.title.size() + 2 + article.body.size());
    titled.append(article.title).append("\n\n").append(article.body);
    shift = article.title.size() + 2;
  }
  ArticleReading reading(article, shift > 0 ? titled : article.body, resolved, shift,
                         sentence_rules_, narrative_, lexicon, tokenized);
  FindLeadCarry(lexicon, &reading);
  for (const SentenceSpan& s : reading.sentences) ReadSentence(s, lexicon, &reading);
  StartStays(&reading);
  StayInCapital(&reading);
  DropPresentRepeats(&reading);
  CompleteSides(lexicon, &reading);
  FillSources(&reading, article_source);
  return std::move(reading.mentions);
}

void EventRules::ReadSentence(const SentenceSpan& s, const ActorLexicon& lexicon,
                              ArticleReading* reading) const {
  SentenceReading sentence(s);
  sentence.Take(&reading->sentence_storage);
  ReadTriggers(lexicon, reading, &sentence);
  if (!sentence.triggers.empty()) {
    GoverningTimes(*reading, &sentence);
    DateMeetingSettings(*reading, &sentence);
    ShareTimeAcrossAnd(*reading, &sentence);
    ShareTimeWithAnswer(*reading, &sentence);
    UndateIdleAgreements(*reading, &sentence);
    DateBeforeAfterClause(*reading, &sentence);
    UndateReportedPast(*reading, &sentence);
    UndateSpokenObjects(*reading, &sentence);
    DayAfterClock(*reading, &sentence);
    ShareGatheringTime(*reading, &sentence);
    DateTripOfHomePurpose(*reading, &sentence);
    ArrivalTrip(*reading, &sentence);
    SentenceSides(&sentence);
    const size_t told_before = reading->mentions.size();
    for (size_t k = 0; k < sentence.triggers.size(); ++k) ReadEvent(k, sentence, reading);
    HoldersOfEventDays(lexicon, sentence, reading, told_before);
    // "Arce and Noboa brought the two men together there": those who
    // brought them are no side of what the next sentence tells of "both
    // countries"; the two brought together are.
    const bool brought =
        std::any_of(sentence.cues.begin(), sentence.cues.end(),
                    [&](const auto& c) { return Contains(CueKinds(c), kBringTogether); });
    for (size_t i = told_before; brought && i < reading->mentions.size(); ++i) {
      const Mention& m = reading->mentions[i];
      if (m.type == "meeting" && m.actors.size() == 2) reading->current_countries = m.actors;
    }
    // "The two leaders first met in Hamburg in June. They met again in
    // Lima": a sentence that names the two only as "the two" hands on the
    // countries the sentence before named, so that "they" after it still
    // means them.
    if ((sentence.both_sides || sentence.heads) && reading->current_countries.empty() &&
        sentence.previous_countries.size() == 2) {
      reading->current_countries = sentence.previous_countries;
    }
  }
  EndStay(sentence, reading);
  RememberArrival(lexicon, sentence, reading);
  RememberTrip(sentence, reading);
  SigningRetold(sentence, reading);
  sentence.Give(&reading->sentence_storage);
}

void EventRules::ReadTriggers(const ActorLexicon& lexicon, ArticleReading* reading,
                              SentenceReading* sentence) const {
  const SentenceSpan& s = sentence->s;
  ReadSentenceActors(lexicon, reading, sentence);
  FindTriggers(*reading, sentence);
  sentence->sentence_first_mention = reading->mentions.size();
  FindSentenceTimes(reading, sentence);
  cue_matcher_.FindAll(reading->words, s.first_word, s.last_word, &sentence->cues);
  ++reading->sentence_index;
  FindOpenerDay(*reading, sentence);
  if (reading->recent_day && reading->recent_day_sentence + 1 == reading->sentence_index &&
      reading->sentence_index >= 2 &&
      reading->paragraph_of[reading->sentence_index - 1] ==
          reading->paragraph_of[reading->sentence_index - 2]) {
    sentence->previous_day = reading->recent_day;
  }
  RememberDays(reading, *sentence);
  AddLeaveOrders(*reading, sentence);
  // "said in a televised address that Oslo bore responsibility": a
  // statement named as broadcast (a noun of CAMEO 010) stands aside while
  // the verbs and their objects are read, and is an act of its own only
  // when its sentence tells no other: else it is how that act was told
  // (courts23).
  std::vector<PhraseMatcher::Match> broadcast;
  std::erase_if(sentence->triggers, [&](const PhraseMatcher::Match& t) {
    if (t.value < 0) return false;
    const EventTrigger& g = triggers_[static_cast<size_t>(t.value)];
    bool aside = g.type == "statement" && g.noun_phrase && g.cameo == "010";
    if (aside) broadcast.push_back(t);
    return aside;
  });
  AddVerbObjects(*reading, sentence);
  // "told a news conference on Monday that the Chilean inquiry could not
  // be trusted": an event word a not-event cue covers (DropReasons drops
  // it too) does not hide the verb's object from the groups (speech23).
  std::erase_if(sentence->triggers, [&](const PhraseMatcher::Match& t) {
    return std::any_of(sentence->cues.begin(), sentence->cues.end(), [&](const auto& c) {
      return Contains(CueKinds(c), kNotEvent) && c.first_word < t.end_word &&
             t.first_word < c.end_word;
    });
  });
  verb_objects_.AddTriggers(reading->words, s.first_word, s.last_word,
                            &sentence->triggers);  // "called in"
  AddVerbsAcrossTime(*reading, sentence);
  if (sentence->triggers.empty()) sentence->triggers = std::move(broadcast);
  FoldMissionIntoLeaveOrder(*reading, sentence);
  AddPresenceVisit(*reading, sentence);
  AddBroughtTogether(*reading, sentence);
  AddComeVisit(lexicon, *reading, sentence);
  DropDescriptions(*reading, sentence);
  AddGappedFollows(*reading, sentence);
  AddSameActs(*reading, sentence);
  // No step below adds an event word: each drops, marks or rewrites those
  // found above and touches nothing else, so a sentence left with none
  // (about a quarter of them) is done but for a ruling's reaction.
  if (sentence->triggers.empty()) {
    AddRulingReaction(*reading, sentence);
    return;
  }
  DropReasons(*reading, sentence);
  DropQuotedHypotheticals(*reading, sentence);
  DropNotHeld(*reading, sentence);
  DropStandingAccords(*reading, sentence);
  DropAgreementTopics(*reading, sentence);
  DropLightVerbs(*reading, sentence);
  KeepEasedMeasures(*reading, sentence);
  ReadAccordExits(*reading, sentence);
  DropVenues(*reading, sentence);
  DropSidelineDoubles(*reading, sentence);
  ReadPraisedThings(*reading, sentence);
  ReadCourtDecisions(*reading, sentence);
  DropSpeechDoubles(*reading, sentence);
  DropRelativeVerbs(*reading, sentence);
  DropKinVisits(*reading, sentence);
  DropCoupDetentions(*reading, sentence);
  DropSightseeing(*reading, sentence);
  AddRulingReaction(*reading, sentence);
}

// "Soto, speaking in The Hague, said Peru would never give up its
// claim": after a ruling told in its paragraph, a sentence that tells no
// act, whose verb of speech follows a side's speaker, is that side's
// reaction, a statement (CAMEO 010) (courts23).
void EventRules::AddRulingReaction(const ArticleReading& reading, SentenceReading* sentence) const {
  if (!sentence->triggers.empty() || reading.sentence_index < 2) return;
  const size_t paragraph = reading.paragraph_of[reading.sentence_index - 1];
  bool after_ruling = false;
  for (size_t p = reading.mentions.size(); p-- > 0 && !after_ruling;) {
    size_t at = reading.mention_origin[p].second;
    if (at == 0 || reading.paragraph_of[at - 1] != paragraph) break;
    after_ruling = reading.mentions[p].family == "ruling";
  }
  if (!after_ruling) return;
  const int statement = VerbTrigger("statement", "010");
  if (statement < 0) return;
  for (const PhraseMatcher::Match& c : sentence->cues) {
    if (!Contains(CueKinds(c), kSpeech)) continue;
    bool speaker =
        std::any_of(sentence->actors.begin(), sentence->actors.end(), [&](const ActorMention& a) {
          return a.end_word <= c.first_word &&
                 (a.kind == ActorKind::kPerson || a.kind == ActorKind::kCountry ||
                  a.kind == ActorKind::kDemonym);
        });
    if (!speaker) return;
    sentence->triggers.push_back({c.first_word, c.end_word, statement});
    return;
  }
}

void EventRules::ReadEvent(size_t k, const SentenceReading& sentence,
                           ArticleReading* reading) const {
  const PhraseMatcher::Match& tm = sentence.triggers[k];
  EventReading event(k, tm, triggers_[static_cast<size_t>(tm.value)]);
  if (EventsEffect(reading->words, sentence, tm, event.trigger.noun_phrase)) return;
  if (IsMultilateral(*reading, sentence, event)) return;
  FindScope(*reading, sentence, &event);
  if (CountedParties(*reading, sentence, event)) return;
  if (ApposedTrip(*reading, sentence, tm, event.trigger, np_stop_)) return;
  if (!ReadFollow(*reading, sentence, &event)) return;
  StartMention(sentence, &event);
  ReadScopeActors(*reading, sentence, &event);
  SidesFromSentence(*reading, sentence, &event);
  AttackSides(*reading, sentence, &event);
  ThreatSides(sentence, &event);
  SidesFromContext(*reading, sentence, &event);
  RulingSides(*reading, sentence, &event);
  ApposedSides(*reading, sentence, &event);
  FindPrincipal(*reading, sentence, &event);
  NamedLastVisitor(*reading, sentence, &event);
  FindDoer(*reading, sentence, &event);
  ReplyAct(reading, sentence, &event);
  FindDestination(*reading, sentence, &event);
  VisitElsewhere(*reading, sentence, &event);
  TalksPartner(*reading, sentence, &event);
  UnplacedVisitor(*reading, sentence, &event);
  FindPlace(*reading, sentence, &event);
  HomeCapital(*reading, sentence, &event);
  ConferenceElsewhere(&event);
  ReleaseAtHearing(*reading, sentence, &event);
  if (TripToGathering(*reading, sentence, event)) return;
  IncidentPlaceSide(&event);
  HostSides(*reading, sentence, &event);
  ReturnedEnvoySides(*reading, &event);
  BroughtTogetherSides(*reading, sentence, &event);
  JoinRepeatedVisit(*reading, sentence, &event);
  NounPhrase(*reading, sentence, &event);
  BorrowTime(*reading, sentence, &event);
  AgreementDuringStay(*reading, sentence, &event);
  FindLead(*reading, sentence, &event);
  CarryDate(*reading, sentence, &event);
  if (FutureWhen(*reading, sentence, &event)) return;
  bool dated = sentence.time_of[k] >= 0 || event.borrowed;
  // "Obama is on a state visit to China", "Xi meets Obama": an event
  // the article reports in the present tense is going on the day it
  // was written.
  if (!dated) {
    event.present_phrase =
        PresentTense(reading->words, sentence.cues, tm, event.scope_begin, event.scope_end);
  }
  if (!dated && event.present_phrase.empty()) {
    if (JoinIncidentDoer(reading, event)) return;
    TellOfEarlier(reading, sentence, event);
    return;
  }
  AnaphoricSides(*reading, sentence, &event);
  AgreementPartner(*reading, sentence, &event);
  HomeMeeting(*reading, sentence, &event);
  SpeakerOfSpeech(*reading, sentence, &event);
  BodyMeasure(*reading, sentence, &event);
  GroupViolence(*reading, sentence, &event);
  PrivateDoer(*reading, sentence, &event);
  DateMention(*reading, sentence, &event);
  FindPastVerb(*reading, sentence, &event);
  VisitLength(*reading, sentence, &event);
  EventSpan(*reading, sentence, &event);
  FindStatus(*reading, sentence, &event);
  if (!KeepDatedPlan(*reading, sentence, event)) return;
  if (JoinPostponedPlan(sentence, reading, event)) return;
  JoinCalledOffPlan(sentence, reading, &event);
  PlaceOfStay(*reading, &event);
  SecondYear(*reading, sentence, &event);
  PronounMeeting(*reading, sentence, &event);
  reading->mention_origin.emplace_back(event.time, reading->sentence_index);
  reading->mentions.push_back(std::move(event.m));
  if (event.second) {
    reading->mention_origin.emplace_back(event.second_time, reading->sentence_index);
    reading->mentions.push_back(std::move(*event.second));
  }
}

void EventRules::StartMention(const SentenceReading& sentence, EventReading* event) const {
  auto& both_sides = sentence.both_sides;
  auto& heads = sentence.heads;
  auto& trigger = event->trigger;
  auto& m = event->m;
  m.type = trigger.type;
  m.family = trigger.family;
  m.noun = trigger.noun;
  m.cameo = trigger.cameo;
  m.both_sides = both_sides;
  m.heads_of_state = heads;
}

}  // namespace annals
