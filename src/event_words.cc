#include "event_words.h"

#include <cctype>
#include <utility>

#include "text_extract.h"

namespace annals {

namespace {

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
    {"proposal", kProposal},
    {"accord-verb", kAccordVerb},
    {"accord-exit", kAccordExit},
    {"hypothetical", kHypothetical},
    {"request", kRequest},
    {"two-sided", kTwoSided},
    {"approval", kApproval},
    {"past-plan", kPastPlan},
    {"declare-end", kDeclareEnd},
    {"over", kOver},
    {"kin", kKin},
    {"border", kBorder},
    {"release-verb", kReleaseVerb},
    {"cancel-gathering", kCancelGathering},
    {"plan-only", kPlanOnly},
    {"reported-future", kReportedFuture},
    {"craft", kCraft},
    {"memory", kMemory},
    {"decision", kDecision},
    {"praised", kPraised},
    {"not-held", kNotHeld},
    {"still-holds", kStillHolds},
    {"broadcast", kBroadcast},
    {"court", kCourt},
    {"bring-together", kBringTogether},
    {"fighting-on", kFightingOn},
    {"sequel", kSequel},
    {"breach", kBreach},
};

}  // namespace

uint64_t CueBitOf(std::string_view kind) {
  for (const auto& [name, bit] : kCueKinds) {
    if (kind == name) return bit;
  }
  return 0;
}

// The determiner of the noun phrase an event noun at `noun` ends ("the
// 2015 nuclear deal", "Iran's accord"), up to five words back, no
// punctuation between; `noun` when it has none or an indefinite one.
size_t DeterminerBefore(const std::vector<Word>& words, size_t sentence_first, size_t noun) {
  for (size_t w = noun; w > sentence_first && w + 6 > noun; --w) {
    const WordText& x = words[w - 1].lower;
    if (x == "a" || x == "an" || x == "another") return noun;
    if (x == "the" || x == "this" || x == "that" || x == "its" || x == "their" || x == "his" ||
        x == "her" || x == "our" || x == "'s") {
      return w - 1;
    }
    if (words[w - 1].punct && x != "-" && !words[w - 1].abbreviation) return noun;
  }
  return noun;
}

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

std::string CollapseSentence(std::string_view body, const SentenceSpan& s) {
  std::string_view text = body.substr(s.begin, s.end - s.begin);
  return s.single_spaced ? std::string(text) : Collapse(text);
}

std::string LowerWord(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t DatelineEnd(const std::vector<Word>& words, size_t first, size_t last) {
  if (first >= last || !words[first].alpha || !words[first].all_caps ||
      words[first].end - words[first].begin < 2) {
    return first;
  }
  // The place is all in capitals ("NEW YORK", "PORT-AU-PRINCE",
  // "KYIV/MOSCOW") up to a comma, a bracket or the dash: "US President Joe
  // Biden - in Oslo - said" opens with no dateline.
  size_t place_end = first + 1;
  while (place_end < last &&
         ((words[place_end].alpha && words[place_end].all_caps) || words[place_end].lower == "/" ||
          (words[place_end].lower == "-" && words[place_end].begin == words[place_end - 1].end))) {
    ++place_end;
  }
  if (place_end == last) return first;
  const WordText& after = words[place_end].lower;
  if (after != "," && after != "(" && after != "-" && after != "--" && after != "\u2014" &&
      after != "\u2013") {
    return first;
  }
  auto is_dash = [&](size_t w) {
    const WordText& t = words[w].lower;
    // ("U.S. President Joe Biden ... for a two-day visit": a hyphen joins words.)
    if (t == "-" && w + 1 < last && words[w - 1].end == words[w].begin &&
        words[w].end == words[w + 1].begin) {
      return false;
    }
    return t == "-" || t == "--" || t == "\u2014" || t == "\u2013";
  };
  for (size_t w = first + 1; w < last && w < first + 16; ++w) {
    if (!is_dash(w)) continue;
    // "HANOI — February 28, 2019 — A second summit": a day between two
    // dashes (a number among capitalized words and commas) is the
    // dateline's too.
    bool number = false;
    for (size_t x = w + 1; x < last && x < w + 8; ++x) {
      if (is_dash(x)) {
        if (number) return x + 1;
        break;
      }
      if (words[x].alpha && !words[x].capitalized) break;
      number = number || words[x].number;
    }
    return w + 1;
  }
  return first;
}

size_t SiteTownAfter(const std::vector<Word>& words, const SentenceSpan& s, size_t from) {
  // The most words between the verb and the "in": "toured a
  // Norwegian-funded solar plant in Kenya".
  constexpr size_t kMaxSiteWords = 8;
  for (size_t x = from; x + 1 < s.last_word && x < from + kMaxSiteWords; ++x) {
    // (a hyphen or a possessive joins the site's words)
    if (words[x].punct && words[x].lower != "-" && words[x].lower != "'s") break;
    if (words[x].lower != "in") continue;
    size_t at = x + 1;
    if (words[at].lower == "the" && at + 1 < s.last_word) ++at;
    return at;
  }
  return s.last_word;
}

bool ClauseBreakBetween(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].lower == ";") return true;
  }
  return false;
}

bool HasYear(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

}  // namespace annals
