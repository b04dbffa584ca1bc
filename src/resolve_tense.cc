// The direction policies' readings of the words around a date: the tense of
// its clause, past verbs and attributive participles, moves and comparisons.
#include "resolve_parser.h"

namespace annals::resolve_internal {

// The tense of the clause around tokens [first, end): the nearest cue word
// before it, else the nearest after it, within the sentence.
// An -ed word after a determiner ("a still unspecified date", "the
// expected ruling") describes a noun; it is no past verb.
bool Parser::Attributive(size_t k) const {
  auto determiner = [&](size_t d) {
    std::string_view w = W(d);
    return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" ||
           w == "her" || w == "this" || w == "these" || w == "those";
  };
  if (k == 0) return false;
  if (determiner(k - 1)) return true;
  // "Chile's plan", "the government's planned reform": a possessive noun
  // before the word makes it a noun too; "it's planned" is "it is".
  if (k >= 3 && Is(k - 1, "s") && Is(k - 2, "'") && Glued(k - 2) && t_[k - 3].alpha) {
    std::string_view owner = W(k - 3);
    if (owner != "it" && owner != "he" && owner != "she" && owner != "that" && owner != "there" &&
        owner != "what" && owner != "who" && owner != "here" && owner != "where" &&
        owner != "let") {
      return true;
    }
  }
  return k >= 2 && determiner(k - 2) && (W(k - 1) == "still" || LyAdverb(k - 1));
}

bool Parser::RelativeVerb(size_t k) const {
  size_t p = k;
  // "who had met", "which were held", "which was formally opened"; not
  // "that", which as often opens what was said ("said that they met").
  for (int skip = 0; skip < 2 && p > 0 &&
                     (Is(p - 1, "had") || Is(p - 1, "was") || Is(p - 1, "were") || LyAdverb(p - 1));
       ++skip) {
    --p;
  }
  return p > 0 && (Is(p - 1, "who") || Is(p - 1, "which") || Is(p - 1, "whom"));
}

bool Parser::LyAdverb(size_t k) const {
  std::string_view w = W(k);
  return w.size() > 3 && w.substr(w.size() - 2) == "ly" && !lx_.not_adverbs.contains(w);
}

bool Parser::ComparedBefore(size_t first) const {
  for (size_t b = first; b > 0 && first - b < 12;) {
    --b;
    std::string_view w = W(b);
    if (w == "." || w == ";" || w == "!" || w == "?") return false;
    bool compared = w == "from" || w == "than" || w == "versus" || w == "vs" ||
                    ((w == "with" || w == "to") && b > 0 &&
                     (Is(b - 1, "compared") || Is(b - 1, "compares") || Is(b - 1, "compare")));
    if (!compared) continue;
    size_t next = b + 1;
    // An amount opens with a figure or a currency sign ("$", "#").
    return next == first || Num(next) || I(next).number >= 0 ||
           (!t_[next].alpha && W(next) != "," && W(next) != "\"" && W(next) != "`");
  }
  return false;
}

bool Parser::MovedTo(size_t k, size_t first) const {
  size_t q = k + 1;
  if (Is(q, "back") || Is(q, "off")) ++q;
  // The object may sit between the verb and its preposition ("pushed the
  // vote back to May"); punctuation or another verb ends the clause first.
  for (size_t object = 0; q + 1 < first && object < kMoveReach; ++q, ++object) {
    std::string_view w = W(q);
    if (w == "." || w == "," || w == ";" || w == ":" || (I(q).has_tense && !Is(q, "back"))) {
      return false;
    }
  }
  if (q + 1 != first) return false;
  return Is(q, "to") || Is(q, "until") || Is(q, "till") || Is(q, "for") || Is(q, "through");
}

// A word after "to" that can open an infinitive: no article, pronoun or
// name ("to the plan", "to it", "to Paris").
bool Parser::Infinitive(size_t k) const {
  if (k >= t_.size() || !t_[k].alpha || t_[k].capitalized) return false;
  if (lx_.not_verbs.contains(W(k))) return false;  // data/en/not_verbs.tsv
  return !I(k).has_tense || I(k).tense != tense_word::kPast;
}

bool Parser::PastVerbOwnsObject(size_t k, bool head) const {
  if (!head && !Attributive(k)) return false;
  if (k == 0) return false;
  // The determiner, or the owner's "'s", before the plan word.
  size_t d = k - 1;
  if (Is(d, "s") && d >= 2 && Is(d - 1, "'")) {
    d -= 2;
    while (d > 0 && t_[d - 1].alpha && t_[d - 1].capitalized) --d;
  }
  if (d == 0) return false;
  size_t verb = d - 1;
  // "called off", "put off": a particle after the verb.
  if (verb > 0 && Is(verb, "off")) --verb;
  // "postponed a scheduled visit": a verb of moving a date is past too.
  bool moved = I(verb).has_tense && I(verb).tense == tense_word::kMove;
  return (PastVerb(verb) || moved) && EdForm(W(verb)) && !Attributive(verb);
}

bool Parser::SettingBetween(size_t from, size_t first) const {
  // "agreed to reopen the border during talks in Accra on Monday": the
  // day after "during" (or "on the sidelines of") dates the occasion the
  // agreeing took place at, not what was agreed (probes32).
  for (size_t k = from; k < first; ++k) {
    if (!t_[k].alpha) return false;
    if (Is(k, "during") || Is(k, "sidelines")) return true;
  }
  return false;
}

bool Parser::DoneNounAfter(size_t end) const {
  if (done_ == nullptr || !Is(end, "'") || !Glued(end) || !Is(end + 1, "s")) return false;
  for (size_t k = end + 2; k < end + 4 && k < t_.size(); ++k) {
    if (!t_[k].alpha) return false;
    if (done_->find(W(k)) != done_->end()) return true;
  }
  return false;
}

bool Parser::PastPlan(size_t cue) const {
  if (cue == 0 || cue >= t_.size() || !I(cue).has_tense || I(cue).tense != tense_word::kPlan) {
    return false;
  }
  // "had been scheduled to", "had planned to", and the simple past "was
  // scheduled to", "were due to": each tells a plan as it stood before.
  return Is(cue - 1, "had") || Is(cue - 1, "was") || Is(cue - 1, "were") ||
         (cue > 1 && Is(cue - 1, "been") && Is(cue - 2, "had"));
}

bool Parser::VerbDatesObject(size_t cue, size_t first) const {
  // "reached a new trade deal in June", "signed the accord with Japan in
  // June": the month says when the past verb happened, however long its
  // object. "told oil companies of a cutback in September" dates the noun
  // after "of" (a plan), and another verb or a comma opens another clause.
  if (cue + 1 >= first || first - cue > kObjectReach || !Is(first - 1, "in")) return false;
  if (!PastVerb(cue) || Attributive(cue)) return false;
  for (size_t k = cue + 1; k + 1 < first; ++k) {
    if (!t_[k].alpha || I(k).has_tense) return false;
    std::string_view w = W(k);
    if (w == "of" || w == "about" || w == "for" || w == "to" || w == "that" || w == "until" ||
        w == "by" || w == "and" || w == "or" || w == "but") {
      return false;
    }
  }
  return true;
}

bool Parser::PastPerfect(size_t cue) const {
  // "they had signed", "had been held", "had already met": the cue is
  // "had" before a past verb, or a past verb after "had".
  if (cue >= t_.size()) return false;
  if (Is(cue, "had")) {
    size_t v = cue + 1;
    if (LyAdverb(v) || Is(v, "already") || Is(v, "also")) ++v;
    return Is(v, "been") || PastVerb(v);
  }
  size_t h = cue;
  if (h > 0 && (LyAdverb(h - 1) || Is(h - 1, "already") || Is(h - 1, "also"))) --h;
  return h > 0 && Is(h - 1, "had") && PastVerb(cue);
}

bool Parser::PlanToldPast(size_t end) const {
  size_t q = end;
  if (Is(q, "was") || Is(q, "were")) {
    ++q;
  } else if ((Is(q, "has") || Is(q, "have") || Is(q, "had")) && Is(q + 1, "been")) {
    q += 2;
  } else {
    return false;
  }
  if (LyAdverb(q)) ++q;  // "was abruptly cancelled"
  return PastVerb(q);
}

bool Parser::PlaceBeforeMonth(size_t cue, size_t first) const {
  // "met Ruiz on the sidelines of the forum in Davos in January": a place
  // right before the month tells where the past verb happened, so the month
  // tells when, however long the words between ("told oil companies of a
  // cutback in September" names no place and reports a plan).
  if (cue + 3 >= first || first - cue > kClauseReach || !Is(first - 1, "in")) return false;
  if (!PastVerb(cue) || Attributive(cue)) return false;
  size_t j = first - 1;
  while (j > cue + 1 && first - 1 - j < 3 && NameWord(j - 1)) --j;
  if (j == first - 1 || !(Is(j - 1, "in") || Is(j - 1, "at"))) return false;
  for (size_t k = cue + 1; k + 1 < j; ++k) {
    std::string_view w = W(k);
    if (w == "," || w == ";" || w == "." || w == ":" || I(k).has_tense) return false;
  }
  return true;
}

bool Parser::OpensPastSentence(size_t first, size_t end, size_t cue) const {
  // "In June, the two sides reached a deal", "In June the leaders met in
  // Rome": a month that opens the sentence
  // takes the tense of the clause it heads, when nothing in that sentence
  // looks ahead ("In June, he said, the two will meet").
  if (first < 1 || !(Is(first - 1, "in") || Is(first - 1, "during")) || !SentenceStart(first - 1)) {
    return false;
  }
  if (cue <= end || !PastVerb(cue)) return false;
  // "In April Smith said the two would meet": what was said after a verb of
  // saying is told in the past ("would"), and only a plain future ("said
  // that it will reopen") still looks ahead; "In June, he said, the two
  // will meet" sets the saying apart by commas and keeps the plan.
  bool reports = lx_.speech_verbs.contains(W(cue)) && !Is(cue + 1, ",");
  for (size_t k = end; k < t_.size() && k - end < kClauseReach; ++k) {
    std::string_view w = W(k);
    if (w == "." || w == ";" || w == "!" || w == "?" || (k > end && t_[k].newline_before)) break;
    if (!I(k).has_tense) continue;
    int t = I(k).tense;
    if (reports && k > cue && t != tense_word::kFuture) continue;
    // "agreed on a hotline" is done; "agreed to meet", "planned to" look ahead.
    bool ahead = (t == tense_word::kPlan || t == tense_word::kIntent) && Is(k + 1, "to");
    if (ahead || t == tense_word::kFuture || t == tense_word::kModal ||
        t == tense_word::kSchedule || t == tense_word::kPresent) {
      return false;
    }
  }
  return true;
}

bool Parser::InAside(size_t first, size_t end) const {
  if (!Is(end, ",")) return false;
  auto ends_sentence = [&](size_t k) {
    std::string_view w = W(k);
    return w == "." || w == ";" || w == "!" || w == "?";
  };
  auto verb = [&](size_t k) { return PastVerb(k) || (I(k).has_tense && t_[k].alpha); };
  size_t open = n_;
  bool own_verb = false;
  for (size_t k = first; k > 0 && first - k <= kClauseReach;) {
    --k;
    if (ends_sentence(k)) return false;
    if (Is(k, ",")) {
      open = k;
      break;
    }
    if (verb(k)) own_verb = true;
    if (t_[k].newline_before) return false;
  }
  if (open == n_ || open == 0 || !own_verb) return false;
  // The subject before the opening comma has no verb: "Kenya", "The treaty".
  // (A subject is short: a longer run before the comma is a clause.)
  constexpr size_t kMaxSubjectWords = 8;
  for (size_t k = open; k > 0;) {
    --k;
    if (ends_sentence(k)) break;
    if (verb(k) || open - k > kMaxSubjectWords) return false;
    if (t_[k].newline_before) break;
  }
  return true;
}

bool Parser::SaidRightBefore(size_t first) const {
  if (first == 0) return false;
  size_t verb = first - 1;
  if (Is(verb, "on") && verb > 0) --verb;
  return lx_.speech_verbs.contains(W(verb));  // data/en/speech_verbs.tsv
}

bool Parser::ReportedFrom(size_t said_first, size_t said_end, size_t first) const {
  // "said on Friday that they would meet next week", "told reporters last
  // month it would open talks next month": the saying's own day, explicit
  // in the sentence, is where the reported plan counts from.
  if (said_first == 0 || said_end > first || first - said_end > kReportReach) return false;
  size_t verb = said_first - 1;
  if (Is(verb, "on") && verb > 0) --verb;
  if (!lx_.speech_verbs.contains(W(verb))) return false;  // data/en/speech_verbs.tsv
  bool reported = false;
  for (size_t k = said_end; k < first; ++k) {
    std::string_view w = W(k);
    if (w == "." || w == ";" || w == "!" || w == "?" || t_[k].newline_before) return false;
    if (I(k).has_tense && I(k).tense == tense_word::kModal) reported = true;
  }
  return reported;
}

bool Parser::PresentPassive(size_t be, size_t first) const {
  // "is heard in May", "are signed on Friday": "is"/"are", one lower-case
  // word, "in"/"on", the date. Hearsay ("is believed killed in May") and
  // verbs of saying report a past that stays past.
  if (be + 3 != first || !(Is(be, "is") || Is(be, "are"))) return false;
  if (!(Is(be + 2, "in") || Is(be + 2, "on"))) return false;
  const Token& p = t_[be + 1];
  if (!p.alpha || p.capitalized || p.number) return false;
  return !lx_.hearsay_participles.contains(W(be + 1)) && !lx_.speech_verbs.contains(W(be + 1));
}

bool Parser::OverSpan(size_t i) const {
  if (i == 0 || !Is(i, "over")) return false;
  // Verbs of length take "over" as an amount: "lasted over a week".
  if (lx_.length_verbs.contains(W(i - 1))) return false;  // data/en/length_verbs.tsv
  if (PastVerb(i - 1) && !Attributive(i - 1)) return true;
  // A participle after "be" that is no -ed word: "were spread over".
  bool be = i >= 2 && (Is(i - 2, "was") || Is(i - 2, "were") || Is(i - 2, "be") ||
                       Is(i - 2, "been") || Is(i - 2, "is") || Is(i - 2, "are"));
  return be && t_[i - 1].alpha && !t_[i - 1].capitalized;
}

// At most two words between ("took effect on Jan. 1", "was reopened Jan.
// 5"). Not a perfect ("has set Nov. 10 as the deadline", "had been set to
// expire Nov. 6"): those often name a day still ahead. Nor a lone -ed word
// ("preferred shares on Oct. 31"): it may be an adjective; after "was" or
// "were" it is a passive.
bool Parser::PastVerbRightBefore(size_t cue, size_t first) const {
  if (cue >= first || first - cue > 6) return false;
  bool listed = I(cue).has_tense && I(cue).tense == tense_word::kPast && !Is(cue, "has") &&
                !Is(cue, "have") && !Is(cue, "had") && !Is(cue, "been");
  bool passive = PastVerb(cue) && cue > 0 && (Is(cue - 1, "was") || Is(cue - 1, "were"));
  // "the talks resumed on 6 January", "the memorandum that Ruiz signed on
  // Jan. 1": an -ed word with "on" and the day
  // right after it is the verb; an adjective ("preferred shares on Oct.
  // 31") has its noun between. After a determiner it is no verb at all.
  bool verb_on = PastVerb(cue) && cue + 2 == first && Is(cue + 1, "on") && cue > 0 &&
                 !Attributive(cue) && !Is(cue - 1, "the") && !Is(cue - 1, "a") &&
                 !Is(cue - 1, "an");
  // "the accord he signed with Soto on Jan. 1": the partner's name may
  // stand between the verb and "on".
  size_t partner_end = cue + 2;
  while (partner_end < first && partner_end < cue + 5 && t_[partner_end].alpha &&
         t_[partner_end].capitalized) {
    ++partner_end;
  }
  bool verb_with = (PastVerb(cue) || listed) && cue > 0 && Is(cue + 1, "with") &&
                   partner_end > cue + 2 && partner_end + 1 == first && Is(partner_end, "on") &&
                   !Attributive(cue);
  if (verb_with) return true;
  if (first - cue > 3 || (!listed && !passive && !verb_on)) return false;
  for (size_t k = cue + 1; k < first; ++k) {
    if (I(k).has_tense || Is(k, "to")) return false;
  }
  return true;
}

bool Parser::PastVerbWithObjectBefore(size_t cue, size_t first) const {
  // At most six words between the verb and "on" (plans21); an -ed word
  // after a determiner or "was" is an adjective or a passive of its own.
  // (Nearer, PastVerbRightBefore decides; a weekday in the date decides
  // by itself: "said in an editorial on Monday, Oct. 26".)
  if (first < cue + 4 || first - cue > 8 || !Is(first - 1, "on") || I(first).weekday != 0 ||
      !PastVerb(cue) || Attributive(cue) || cue == 0 || Is(cue - 1, "the") || Is(cue - 1, "a") ||
      Is(cue - 1, "an") || (I(cue).has_tense && I(cue).tense != tense_word::kPast)) {
    return false;
  }
  for (size_t k = cue + 1; k + 1 < first; ++k) {
    // "signed a deal that takes effect on", "agreed to meet on", "met,
    // and will meet again on": another verb or a clause between.
    // An intent noun not followed by "to" is a plain object ("signed an
    // agreement with Chile on").
    std::string_view w = t_[k].lower;
    bool object_noun = I(k).has_tense && I(k).tense == tense_word::kIntent && !Is(k + 1, "to") &&
                       !(w.size() > 2 && w.substr(w.size() - 2) == "ed");
    if (!t_[k].alpha || (I(k).has_tense && !object_noun) || Is(k, "to") || Is(k, "and") ||
        Is(k, "that") || Is(k, "which") || (PastVerb(k) && !object_noun)) {
      return false;
    }
    // "a fishing agreement" is a noun; "a deal ending on" a verb.
    bool determiner = Is(k - 1, "a") || Is(k - 1, "an") || Is(k - 1, "the") || Is(k - 1, "its") ||
                      Is(k - 1, "their") || Is(k - 1, "his") || Is(k - 1, "her");
    if (ProgressiveVerb(k) && !determiner) return false;
  }
  return true;
}

bool Parser::PlanFellThrough(size_t end) const {
  size_t q = end;
  if (Is(q, ",")) ++q;
  if (!Is(q, "but")) return false;
  // A short subject may come first: "but he cancelled", "but the trip was
  // called off"; the first verb decides ("but will now arrive" keeps the
  // plan).
  for (size_t k = q + 1; k < t_.size() && k - q <= 5; ++k) {
    if (!t_[k].alpha) return false;
    // "but never arrived", "but did not come": the plan did not happen.
    if ((Is(k, "never") && PastVerb(k + 1)) || (Is(k, "did") && Is(k + 1, "not"))) return true;
    if (Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "has") || Is(k, "have") ||
        Is(k, "been") || LyAdverb(k) || Is(k, "then") || Is(k, "later")) {
      continue;
    }
    // "but cancelled", "but was called off"; "but delegates said" is
    // another statement, not the plan's fate (data/en/plan_failures.tsv).
    if (lx_.plan_failures.contains(W(k))) return true;
    if (PastVerb(k) || I(k).has_tense) return false;
  }
  return false;
}

size_t Parser::DeadlineBefore(size_t first) const {
  size_t begin = first;
  for (const std::vector<std::string>& phrase : lx_.deadline_phrases) {
    size_t n = phrase.size();
    if (n > first || first - n >= begin) continue;  // longer than the text, or no longer
    bool match = true;
    for (size_t j = 0; j < n && match; ++j) match = W(first - n + j) == phrase[j];
    if (match) begin = first - n;
  }
  return begin;
}

int Parser::TenseAround(size_t first, size_t end, size_t* cue_at) const {
  size_t none = t_.size();
  if (cue_at == nullptr) cue_at = &none;
  *cue_at = t_.size();
  auto boundary = [&](size_t k) {
    std::string_view w = W(k);
    if (w == ";" || w == "!" || w == "?") return true;
    if (w != ".") return false;
    // A period after an abbreviation (Dec., Mr., U.S.) does not end it,
    // nor does one a comma follows ("the Peoria, Ill., bank").
    if (k == 0) return true;
    if (Is(k + 1, ",")) return false;
    // Nor does a decimal point ("closed up 1.4 percent at 4.30 pm").
    if (Num(k - 1) && Num(k + 1) && Glued(k) && Glued(k + 1)) return false;
    const Token& before = t_[k - 1];
    // A weekday or month spelt out ("said Wednesday.", "in September.") is
    // no abbreviation: its period ends the sentence.
    bool spelt_out = before.lower.size() >= 6 && (I(k - 1).weekday > 0 || I(k - 1).month > 0);
    if (before.alpha && !spelt_out && (before.lower.size() == 1 || I(k - 1).abbreviation)) {
      return false;
    }
    return true;
  };
  auto be = [&](size_t k) {
    std::string_view w = W(k);
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "am" || w == "being";
  };
  // After "will have": an object or "to" makes "have" a verb of its own.
  auto have_looks_ahead = [&](size_t k) {
    std::string_view w = W(k);
    return w == "to" || w == "a" || w == "an" || w == "the" || w == "their" || w == "its" ||
           w == "his" || w == "her" || w == "our" || w == "your" || w == "my" || w == "no";
  };
  auto cue = [&](size_t k, int* tense) {
    std::string_view w = t_[k].lower;
    // "ahead of Sunday's vote", "in the run-up to Thursday's summit": what
    // the clause waits for lies ahead.
    if ((k + 2 == first && Is(k, "ahead") && Is(k + 1, "of")) ||
        (k + 2 == first && Is(k, "up") && Is(k + 1, "to") && k + 2 == first && k >= 2 &&
         Is(k - 1, "-") && Is(k - 2, "run"))) {
      *tense = 1;
      return true;
    }
    // "a new office, effective Feb. 1": the day a change takes effect is
    // announced ahead of it.
    // "became effective Jan. 1", "was effective March 1": a change already
    // made; the past verb before it decides.
    if (k + 1 == first && Is(k, "effective") &&
        !(k > 0 &&
          (Is(k - 1, "been") || (I(k - 1).has_tense && I(k - 1).tense == tense_word::kPast)))) {
      *tense = 1;
      return true;
    }
    // "could raise rates as soon as September": the earliest a thing may
    // happen lies ahead.
    if (k + 1 == first && k >= 2 && Is(k, "as") && Is(k - 1, "soon") && Is(k - 2, "as")) {
      *tense = 1;
      return true;
    }
    // "with six days left before the vote": what remains, no past verb.
    if (Is(k, "left") && k > 0 && I(k - 1).unit != nullptr) return false;
    if (I(k).has_tense) {
      // "is due to have lunch with Soto on Friday": "have" after "to" with
      // no participle after it is the infinitive, no perfect; the plan
      // before it decides.
      if (Is(k, "have") && k > 0 && Is(k - 1, "to") && !PastVerb(k + 1) &&
          !(k + 1 < t_.size() && I(k + 1).has_tense)) {
        return false;
      }
      // "will have their say", "would have to wait": "have" is no perfect
      // here; the modal before it decides.
      if (Is(k, "have") && k > 0 && I(k - 1).has_tense &&
          (I(k - 1).tense == tense_word::kFuture || I(k - 1).tense == tense_word::kModal) &&
          have_looks_ahead(k + 1)) {
        return false;
      }
      // "expected to last until Friday": the verb, not "last week".
      if (k > 0 && Is(k, "last") && Is(k - 1, "to")) return false;
      // "Pyongyang has until Monday to respond": a deadline ahead.
      if (Is(k + 1, "until") && (Is(k, "has") || Is(k, "have"))) {
        *tense = 1;
        return true;
      }
      // "the meeting was to take place on Thursday": a plan as seen then;
      // "was to have taken place" is one that did not happen.
      if (Is(k + 1, "to") && (Is(k, "was") || Is(k, "were")) && !Is(k + 2, "have")) {
        *tense = 1;
        return true;
      }
      switch (I(k).tense) {
        case tense_word::kPresent:
          // "is to", "are to": a plan.
          if (Is(k + 1, "to")) {
            *tense = 1;
            return true;
          }
          // "the presidents are meeting in Paris on Monday": an arrangement;
          // "is continuing to try" is an effort under way.
          if (k + 1 < first && ProgressiveVerb(k + 1) && !Is(k + 2, "to")) {
            *tense = 1;
            return true;
          }
          // "the case is heard in May": a present passive right before the
          // date ("heard" is no past cue of its own).
          if (PresentPassive(k, first)) {
            *tense = 1;
            return true;
          }
          // "the final is on Sunday", "warnings are in force for Friday":
          // what a day holds, told in the present, is a timetable. Not before
          // a possessive ("the focus is on Friday's vote" names the vote).
          // "the awards show is in May": "in" right after the verb too.
          if ((w == "is" || w == "are") && first >= 1 && first - k <= 5 &&
              (Is(first - 1, "on") || Is(first - 1, "for") ||
               (Is(first - 1, "in") && first - k == 2 &&
                !(end < t_.size() && t_[end].alpha && !t_[end].capitalized &&
                  !lx_.month_prepositions.contains(W(end))))) &&
              (first - k == 2 || Is(first - 1, "for")) && !Is(end, "'")) {
            bool plain = true;
            for (size_t q = k + 1; q + 1 < first; ++q) {
              if (!t_[q].alpha || I(q).has_tense || PastVerb(q)) plain = false;
            }
            if (plain) {
              *tense = 1;
              return true;
            }
          }
          // "the deadline is Friday", "the vote is 5 p.m. Friday": a weekday
          // or clock time right after the verb is what the day holds, ahead.
          if ((w == "is" || w == "are") && k + 1 == first &&
              (I(first).weekday > 0 || t_[first].number || Is(first, "noon") ||
               Is(first, "midnight")) &&
              !Is(end, "'")) {
            *tense = 1;
            return true;
          }
          // "the deadline is the close of business Friday", "is the end of
          // trading on Monday": the end of a working day named after the
          // verb is what that day holds, ahead, as "is Friday".
          if ((w == "is" || w == "are") && I(first).weekday > 0 && !Is(end, "'")) {
            size_t q = Is(k + 1, "the") ? k + 2 : k + 1;
            if ((Is(q, "close") || Is(q, "end")) && Is(q + 1, "of")) {
              q = Is(q + 2, "the") ? q + 3 : q + 2;
              if (q < first && t_[q].alpha && !t_[q].capitalized && !I(q).has_tense) ++q;
              if (Is(q, "on")) ++q;
              if (q == first) {
                *tense = 1;
                return true;
              }
            }
          }
          // "Pompeo is in Pyongyang on Sunday": where someone is on a day
          // named in the present is a schedule; so is where a fixture is
          // held ("the final is at Lord's in June").
          if ((w == "is" || w == "are") && (Is(k + 1, "in") || Is(k + 1, "at")) && k + 2 < first &&
              first - k <= 9) {
            size_t q = k + 2;
            while (q < first && t_[q].alpha && t_[q].capitalized) {
              ++q;
              if (q + 1 < first && Is(q, "\'") && Is(q + 1, "s")) q += 2;
            }
            if (q > k + 2 && (q == first || (q + 1 == first &&
                                             (Is(q, "on") || (Is(k + 1, "at") && Is(q, "in")))))) {
              *tense = 1;
              return true;
            }
          }
          return false;
        case tense_word::kPlan:
          // "cancelled a planned trip to Oslo on Tuesday", "called off
          // Chile's scheduled visit on Monday": a plan word that describes
          // the object of a past verb right before it has no tense of its
          // own; the verb, which the day dates, decides (probes32). "talks
          // scheduled for Friday were called off" keeps the plan's day.
          if (k < first && PastVerbOwnsObject(k)) return false;
          // "the court set Friday as the deadline": "set" right before the
          // date is the past verb ("sets" would be the present).
          if (k + 1 == first && Is(k, "set")) {
            *tense = -1;
            return true;
          }
          // "had been due to expire Friday", "as previously planned": a plan
          // that was made for a day now past.
          if (k > 0 && (Is(k - 1, "previously") || Is(k - 1, "originally") || Is(k - 1, "had") ||
                        (k > 1 && Is(k - 1, "been") && Is(k - 2, "had")))) {
            *tense = -1;
            return true;
          }
          // "the visit set for 4-5 October was called off", "talks
          // scheduled for Monday were cancelled": a plan whose fate the
          // clause tells in the past names the day nearest the story.
          if (k < first && PlanToldPast(end)) {
            *tense = 0;
            return true;
          }
          // "was due to arrive on Friday but cancelled": a plan that fell
          // through is told as one made for a day now past, as "had been
          // due to" is (resolve.cc still takes the coming weekday when the
          // one gone is four or more days back).
          if (k < first && k > 0 && (Is(k - 1, "was") || Is(k - 1, "were")) &&
              PlanFellThrough(end)) {
            *tense = -1;
            return true;
          }
          // "is scheduled", "set to", "due for", "planned a rally on Saturday";
          // after the date ("On Friday, the government planned to pay") a
          // bare plan word is a past verb.
          if ((k < first && (w != "set" || Is(k + 1, "for") || Is(k + 1, "to"))) ||
              (k > 0 && be(k - 1))) {
            *tense = 1;
            return true;
          }
          if (EdForm(w)) {
            *tense = -1;
            return true;
          }
          return false;
        case tense_word::kModal:
          // "could not be located", "would have met": not a plan. "will
          // have their say", "would have to wait": "have" as a verb of its
          // own, with an object or "to" after it, still looks ahead.
          if (Is(k + 1, "not") || (Is(k + 1, "have") && !have_looks_ahead(k + 2)) ||
              (Is(k + 1, "n") && Is(k + 2, "'"))) {
            return false;
          }
          // "Neither he nor his aides could be reached Wednesday", "nobody
          // could be found": a negative subject, the same as "could not".
          for (size_t b = k; b > 0 && k - b < 8;) {
            --b;
            std::string_view stop = W(b);
            if (stop == "." || stop == ";" || stop == "!" || stop == "?" ||
                t_[b + 1].newline_before) {
              break;
            }
            if (Is(b, "neither") || Is(b, "nor") || Is(b, "nobody") || Is(b, "none")) return false;
          }
          *tense = 1;
          return true;
        case tense_word::kNone:
          // "succeed", "hundred": -ed words that are no past verb.
          return false;
        case tense_word::kIntent: {
          // "agreed to buy the line in February", "an agreement to acquire
          // the bank in January": what was agreed lies ahead. "agreed to the
          // plan on Monday" has no verb after "to" and keeps the past. The
          // day of the agreeing may stand between: "agreed on Monday to
          // resume talks in May".
          // "vetoed Kenya's bid to join the bloc on Tuesday": an intent
          // noun owned by a name, the object of a past verb right before
          // the owner, has no tense of its own; the verb, which the day
          // dates, decides (probes35). "agreed to" is the verb itself, and
          // "announced an agreement to acquire the bank in January" (no
          // owner) still looks ahead.
          if (k < first && Is(k + 1, "to") && !EdForm(w) && k >= 2 && Is(k - 1, "s") &&
              Is(k - 2, "'") && PastVerbOwnsObject(k, true)) {
            return false;
          }
          size_t to = k + 1;
          if (Is(to, "on") && I(to + 1).weekday != 0) to += 2;
          if (Is(to, "to") && to + 1 < first && Infinitive(to + 1) && !SettingBetween(to, first)) {
            *tense = 1;
            return true;
          }
          if (EdForm(w)) {
            *tense = -1;
            return true;
          }
          return false;
        }
        case tense_word::kReport:
          // "the company reports results in September", "publishes its
          // accounts in March": a timetable verb when its object follows
          // (a determiner or a plural noun before the date); "media reports
          // in September said" is a noun.
          if (!(k + 2 < first && t_[k + 1].alpha && !t_[k + 1].capitalized &&
                !lx_.month_prepositions.contains(W(k + 1)) &&
                (lx_.occasion_determiners.contains(W(k + 1)) || W(k + 1).back() == 's'))) {
            return false;
          }
          [[fallthrough]];
        case tense_word::kSchedule: {
          // "Leaders meet Monday", "Xi arrives in Seattle Tuesday": a
          // timetable. After an auxiliary, "to", a determiner or a count
          // ("did not meet", "agreed to meet", "his visits", "two visits")
          // the word says nothing of its own.
          // "heads of state", "by end of June": nouns.
          if (k >= first || k == 0 || Is(k + 1, "of")) return false;
          // "face-to-face talks", "a two-day meet-up": part of a hyphened word.
          if (Is(k - 1, "-") || Is(k + 1, "-")) return false;
          if (lx_.schedule_blockers.contains(W(k - 1))) return false;  // schedule_blockers.tsv
          // An auxiliary or another verb before it takes the lead; a noun of
          // intent is the subject ("the agreement expires in March").
          if (t_[k - 1].number || I(k - 1).number >= 0 ||
              (I(k - 1).has_tense && I(k - 1).tense != tense_word::kIntent)) {
            return false;
          }
          *tense = 1;
          return true;
        }
        case tense_word::kMove: {
          // "postponed to Thursday", "pushed back to Friday", "delayed
          // until March": the new date lies ahead. Elsewhere ("troops moved
          // to the border on Monday") a past verb.
          if (MovedTo(k, first)) {
            *tense = 1;
            return true;
          }
          if (EdForm(w) && !Attributive(k)) {
            *tense = -1;
            return true;
          }
          return false;
        }
        default:
          // "the plan", "its forecast", "their hopes" are nouns; "the
          // upcoming talks" still looks ahead.
          if (I(k).tense == tense_word::kFuture && k > 0 && Attributive(k) &&
              !(w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0)) {
            return false;
          }
          // "On Friday, when she set aside vacation plans for the trip":
          // after the date, "plans for", "hopes of" are nouns of the clause
          // that reported it ("plans for Friday" before it still looks ahead).
          if (I(k).tense == tense_word::kFuture && k > first &&
              (Is(k + 1, "for") || Is(k + 1, "of"))) {
            return false;
          }
          *tense = I(k).tense;
          return true;
      }
    }
    // Past participles and past verbs; "United", "Red Cross" are names.
    if (t_[k].alpha && !t_[k].capitalized && EdForm(w) && !Attributive(k)) {
      *tense = -1;
      return true;
    }
    return false;
  };
  // "gave the relatives until 9 a.m. Tuesday to sign", "has until Monday to
  // respond": a deadline for something still to be done lies ahead,
  // whatever verb set it.
  if (first > 0 && (Is(first - 1, "until") || Is(first - 1, "till")) && Is(end, "to") &&
      Infinitive(end + 1)) {
    *cue_at = end;
    return 1;
  }
  // "ordered 20 diplomats to leave the country by the end of Monday": a
  // deadline set for an infinitive a few words before it is still ahead,
  // whatever verb set it ("by Friday" after "met" is no deadline).
  if (size_t lead = DeadlineBefore(first); lead < first) {
    for (size_t k = lead; k > 0 && lead - k <= 8;) {
      --k;
      if (boundary(k) || Is(k, ",") || t_[k + 1].newline_before) break;
      if (Is(k, "to") && Infinitive(k + 1)) {
        *cue_at = k;
        return 1;
      }
      if (I(k).has_tense && !(k > 0 && Is(k - 1, "to"))) break;
    }
  }
  // "the museum is closed until Monday", "travellers are stranded until
  // the weekend": a state that lasts, told in the present, ends ahead. A
  // past word in the clause ("was closed until Monday") keeps the past.
  if (first > 0 && (Is(first - 1, "until") || Is(first - 1, "till"))) {
    bool present = false;
    for (size_t k = first - 1; k > 0 && first - k < 12;) {
      --k;
      if (boundary(k) || Is(k, ",") || t_[k + 1].newline_before) break;
      std::string_view w = W(k);
      if (w == "is" || w == "are" || w == "remain" || w == "remains" || w == "stay" ||
          w == "stays") {
        present = true;
        continue;
      }
      if (I(k).has_tense && I(k).tense != tense_word::kPresent) {
        present = false;
        break;
      }
      if (PastVerb(k) &&
          !(k > 0 && (Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "remain") ||
                      Is(k - 1, "remains") || Is(k - 1, "stay") || Is(k - 1, "stays")))) {
        present = false;
        break;
      }
    }
    if (present) {
      *cue_at = first - 1;
      return 1;
    }
  }
  int tense = 0;
  for (size_t k = first; k > 0 && first - k < 20;) {
    --k;
    if (boundary(k) || t_[k + 1].newline_before) break;
    if (cue(k, &tense)) {
      // "delays would last into the weekend": a verb right after a modal is
      // its infinitive, and the modal tells the tense ("would have met" is
      // read at "have").
      if (tense < 0 && k > 0 && I(k - 1).has_tense &&
          (I(k - 1).tense == tense_word::kModal || I(k - 1).tense == tense_word::kFuture) &&
          !Is(k, "have") && !Is(k, "has") && !Is(k, "had") && !Is(k, "been") && !EdForm(W(k))) {
        continue;
      }
      // "will be held", "will stay closed": a participle after "be" (or
      // "stay", "remain") takes its tense from the auxiliary before it.
      // An adverb may stand between: "are to be formally adopted".
      size_t aux = k;
      if (aux > 1 && LyAdverb(aux - 1)) --aux;
      if (tense < 0 && aux > 0 &&
          (Is(aux - 1, "be") || Is(aux - 1, "being") || Is(aux - 1, "stay") ||
           Is(aux - 1, "remain"))) {
        // "guidelines to be published in early November": still to come.
        if (aux > 1 && Is(aux - 1, "be") && Is(aux - 2, "to")) {
          *cue_at = k;
          return 1;
        }
        continue;
      }
      // "the case is heard in May", "the accords are signed in July": a
      // present passive before the date announces it. Hearsay ("is
      // believed killed in May") and a participle used as an adjective
      // ("is married") stay as they were.
      if (tense < 0 && k > 0 && PresentPassive(k - 1, first)) {
        *cue_at = k;
        return 1;
      }
      *cue_at = k;
      return tense;
    }
  }
  for (size_t k = end; k < t_.size() && k - end < 10; ++k) {
    if (boundary(k) || t_[k].newline_before) break;
    if (cue(k, &tense)) {
      // "In July, officials who met in June will sign it": a past verb of a
      // relative clause tells of its own subject, not of the clause the
      // date stands in; the main verb after it decides.
      if (tense < 0 && RelativeVerb(k)) continue;
      *cue_at = k;
      return tense;
    }
  }
  // "Sunday's vote is close": a day's occasion (occasion_nouns.tsv) told in
  // the present after it is still to come. Not any event: "Sunday's attack
  // is the deadliest" tells of one gone.
  if (Is(end, "\'") && Is(end + 1, "s") && end + 2 < t_.size() &&
      lx_.occasion_nouns.contains(W(end + 2))) {
    for (size_t k = end + 3; k < t_.size() && k - end < 8; ++k) {
      if (boundary(k) || Is(k, ",") || t_[k].newline_before) break;
      if (Is(k, "is") || Is(k, "are")) {
        *cue_at = k;
        return 1;
      }
    }
  }
  // "a state visit on Monday", "a review meeting in late November": a plan
  // noun after "a" or "an" right before the date, in a clause with no
  // tense cue at all, is an occasion still to come
  // (data/en/occasion_nouns.tsv).
  if (first >= 3 && (Is(first - 1, "on") || Is(first - 1, "in"))) {
    // A place may stand between: "a state visit to Kenya on Monday".
    size_t noun = first - 2;
    size_t q = noun;
    while (q > 1 && t_[q].alpha && t_[q].capitalized) --q;
    if (q < noun && q > 1 && (Is(q, "to") || Is(q, "in"))) noun = q - 1;
    if (lx_.occasion_nouns.contains(W(noun))) {
      for (size_t k = noun; k > 0 && noun - k < 3;) {
        --k;
        if (Is(k, "a") || Is(k, "an")) {
          *cue_at = noun;
          return 1;
        }
        if (!t_[k].alpha) break;
      }
    }
  }
  return 0;
}

}  // namespace annals::resolve_internal
