#include "resolve_lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "byte_words.h"

namespace annals {

namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool ReadTable(std::string_view path, size_t fields, std::string* origin, std::vector<TsvRow>* rows,
               Diagnostic* error) {
  std::string contents, err;
  if (!ReadResource(path, &contents, origin, &err)) {
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  return ParseTsv(*origin, contents, fields, fields, rows, error);
}

bool ParseInt(const std::string& text, int* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return ec == std::errc() && ptr == end;
}

bool Fail(const std::string& origin, const TsvRow& row, size_t field, const std::string& message,
          Diagnostic* error) {
  *error = Diagnostic{origin, row.line, row.columns[field], Severity::kError, message};
  return false;
}

bool LoadInts(std::string_view path, int min, int max, WordMap<int>* table, Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable(path, 2, &origin, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    int value = 0;
    if (!ParseInt(row.fields[1], &value) || value < min || value > max) {
      return Fail(origin, row, 1,
                  "expected a number from " + std::to_string(min) + " to " + std::to_string(max),
                  error);
    }
    // A word listed twice would silently keep its last value.
    if (table->find(row.fields[0]) != table->end()) {
      return Fail(origin, row, 0, "duplicate word '" + row.fields[0] + "'", error);
    }
    (*table)[row.fields[0]] = value;
  }
  return true;
}

// A one-word-a-line list (a class of words a rule tests for): lower case,
// no word twice.
bool LoadWordSet(std::string_view path, WordMap<bool>* table, Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable(path, 1, &origin, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& word = row.fields[0];
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return Fail(origin, row, 0, "'" + word + "' must be written in lower case", error);
    }
    if (!table->emplace(word, true).second) {
      return Fail(origin, row, 0, "duplicate word '" + word + "'", error);
    }
  }
  return true;
}

bool LoadCodes(std::string_view path, const std::vector<std::string_view>& allowed,
               WordMap<std::string>* table, Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable(path, 2, &origin, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (!allowed.empty() &&
        std::find(allowed.begin(), allowed.end(), row.fields[1]) == allowed.end()) {
      return Fail(origin, row, 1, "unknown code '" + row.fields[1] + "'", error);
    }
    if (table->find(row.fields[0]) != table->end()) {
      return Fail(origin, row, 0, "duplicate word '" + row.fields[0] + "'", error);
    }
    (*table)[row.fields[0]] = row.fields[1];
  }
  return true;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<Token> tokens;
  std::string lowered;
  Tokenize(phrase, &lowered, &tokens);
  std::vector<std::string> words;
  for (const Token& t : tokens) words.emplace_back(t.lower);
  return words;
}

// A word table whose second column is one of two kinds, each setting a flag
// of the word's WordInfo (month_forms.tsv, some_day_context.tsv). With
// `known`, a word must be in that table too (`known_name` in the error).
struct WordFlag {
  std::string_view kind;
  bool WordInfo::*flag;
};
bool LoadWordFlags(std::string_view path, const std::array<WordFlag, 2>& flags,
                   const WordMap<int>* known, std::string_view known_name, WordMap<WordInfo>* words,
                   Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable(path, 2, &origin, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (known != nullptr && !known->count(row.fields[0])) {
      return Fail(origin, row, 0, "'" + row.fields[0] + "' is not in " + std::string(known_name),
                  error);
    }
    const WordFlag* flag = nullptr;
    for (const WordFlag& f : flags)
      if (row.fields[1] == f.kind) flag = &f;
    if (flag == nullptr) {
      return Fail(
          origin, row, 1,
          "expected '" + std::string(flags[0].kind) + "' or '" + std::string(flags[1].kind) + "'",
          error);
    }
    (*words)[row.fields[0]].*(flag->flag) = true;
  }
  return true;
}

bool LoadPhrases(std::string_view path, size_t fields,
                 const std::vector<std::string_view>& allowed_values, std::vector<Phrase>* out,
                 Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable(path, fields, &origin, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    Phrase p;
    p.words = PhraseWords(row.fields[0]);
    p.value = row.fields[fields - 1];
    if (fields == 3) p.kind = row.fields[1];
    if (!allowed_values.empty() &&
        std::find(allowed_values.begin(), allowed_values.end(), p.value) == allowed_values.end()) {
      return Fail(origin, row, fields - 1, "unknown value '" + p.value + "'", error);
    }
    if (fields == 3 && p.kind != "part" && p.kind != "amount" && p.kind != "share" &&
        p.kind != "after") {
      return Fail(origin, row, 1, "expected 'part', 'amount', 'share' or 'after'", error);
    }
    out->push_back(std::move(p));
  }
  return true;
}

bool ValidHolidayRule(const std::string& rule,
                      const std::map<std::string, std::map<int, date::year_month_day>>& dates) {
  if (rule == "lunar-new-year" || rule.rfind("easter", 0) == 0 ||
      rule.rfind("orthodox-easter", 0) == 0) {
    return true;
  }
  // "dates:eid-al-fitr", "dates:eid-al-fitr|eid-al-adha" (the nearest of them).
  if (rule.rfind("dates:", 0) == 0) {
    size_t start = 6;
    while (start <= rule.size()) {
      size_t bar = rule.find('|', start);
      if (bar == std::string::npos) bar = rule.size();
      if (dates.count(rule.substr(start, bar - start)) == 0) return false;
      start = bar + 1;
    }
    return true;
  }
  return rule.size() >= 5 && IsDigit(rule[0]) && IsDigit(rule[1]) && rule[2] == '-';
}

}  // namespace

namespace {

// Byte classes for Tokenize: one table look-up per byte instead of range
// compares (this loop runs over every byte of every article).
constexpr unsigned char kLetterByte = 1, kDigitByte = 2, kSpaceByte = 4;
constexpr auto kByteClass = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLetterByte;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kLetterByte;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitByte;
  for (char c : {' ', '\n', '\t', '\r', '\f', '\v'})
    classes[static_cast<unsigned char>(c)] = kSpaceByte;
  return classes;
}();

}  // namespace

// Eight bytes a step (byte_words.h): the tokenizer computes the same value
// from the chunks it lower-cases, so a token costs no second pass.
size_t LowerHash(std::string_view lower) {
  return byte_words::HashBytes(lower.data(), lower.size());
}

namespace {

// The end of the run of ASCII letters starting at data[i], and the hash of
// that run lower-cased: eight bytes a step where eight can be read.
// (Always inlined: called once per word, and a call costs more than most
// runs' work.)
inline __attribute__((always_inline)) size_t LetterRun(const char* data, size_t size, size_t i,
                                                       size_t* hash) {
  using namespace byte_words;
  const size_t start = i;
  std::uint64_t h = kHashSeed;
  if constexpr (kLittleEndian) {
    for (; i + 8 <= size; i += 8) {
      std::uint64_t v = Load8(data + i);
      std::uint64_t stops = ~Letters(v) & kHighBits;
      std::uint64_t lower = v | (kOnes * 0x20);  // every byte before a stop is a letter
      if (stops) {
        size_t n = FirstByte(stops);
        if (n) h = HashStep(h, LowBytes(lower, n));
        *hash = HashFinish(h, i + n - start);
        return i + n;
      }
      h = HashStep(h, lower);
    }
    // Fewer than eight bytes left: gather the rest of the run byte by byte.
    std::uint64_t last = 0;
    size_t n = 0;
    while (i + n < size && kByteClass[static_cast<unsigned char>(data[i + n])] == kLetterByte) {
      char lower = static_cast<char>(data[i + n] | 0x20);
      last |= std::uint64_t{static_cast<unsigned char>(lower)} << (8 * n);
      ++n;
    }
    if (n) h = HashStep(h, last);
    *hash = HashFinish(h, i + n - start);
    return i + n;
  } else {
    while (i < size && kByteClass[static_cast<unsigned char>(data[i])] == kLetterByte) ++i;
    std::string lower(data + start, i - start);
    for (char& ch : lower) ch = static_cast<char>(ch | 0x20);
    *hash = HashBytes(lower.data(), lower.size());
    return i;
  }
}

// The end of the run of ASCII digits starting at data[i], and its hash,
// as LetterRun does for letters: digits are their own lower case, and the
// run's hash then costs no second pass over its bytes and no call.
inline __attribute__((always_inline)) size_t DigitRun(const char* data, size_t size, size_t i,
                                                      size_t* hash) {
  using namespace byte_words;
  const size_t start = i;
  std::uint64_t h = kHashSeed;
  if constexpr (kLittleEndian) {
    for (; i + 8 <= size; i += 8) {
      std::uint64_t v = Load8(data + i);
      std::uint64_t stops = ~InRange(v, '0', '9') & kHighBits;
      if (stops) {
        size_t n = FirstByte(stops);
        if (n) h = HashStep(h, LowBytes(v, n));
        *hash = HashFinish(h, i + n - start);
        return i + n;
      }
      h = HashStep(h, v);
    }
    std::uint64_t last = 0;
    size_t n = 0;
    while (i + n < size && kByteClass[static_cast<unsigned char>(data[i + n])] == kDigitByte) {
      last |= std::uint64_t{static_cast<unsigned char>(data[i + n])} << (8 * n);
      ++n;
    }
    if (n) h = HashStep(h, last);
    *hash = HashFinish(h, i + n - start);
    return i + n;
  } else {
    while (i < size && kByteClass[static_cast<unsigned char>(data[i])] == kDigitByte) ++i;
    *hash = HashBytes(data + start, i - start);
    return i;
  }
}

// The hash of a one-byte token (HashBytes of that byte, without the call
// and the byte loop): a mark, most tokens that are no word.
inline size_t ByteHash(unsigned char c) {
  using namespace byte_words;
  return HashFinish(HashStep(kHashSeed, c), 1);
}

// `text` with its ASCII capitals in lower case, eight bytes a step, into
// `out` (same length, same offsets).
void LowerText(std::string_view text, std::string* out) {
  using namespace byte_words;
  out->resize(text.size());
  const char* from = text.data();
  char* to = out->data();
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t v = LowerAscii(Load8(from + i));
    std::memcpy(to + i, &v, 8);
  }
  for (; i < text.size(); ++i) {
    char c = from[i];
    to[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
}

}  // namespace

namespace {

// The probe past the first slot, out of line: the tokenizer's loop holds
// its text, vector and constants in registers, and a probe loop inline
// had them saved to the stack and back at every word found.
__attribute__((noinline)) const WordInfo* FindIndexedOn(const Lexicon::IndexSlot* index,
                                                        size_t mask, const char* lower, size_t size,
                                                        size_t hash, size_t at) {
  for (;; at = (at + 1) & mask) {
    const Lexicon::IndexSlot& slot = index[at];
    if (!slot.word) return nullptr;
    if (slot.hash == hash && slot.word->size() == size &&
        (size <= 8 || std::memcmp(slot.word->data(), lower, size) == 0)) {
      return slot.info;
    }
  }
}

// Lexicon::Find over `index` (built), inline. A word of at most eight
// bytes is one chunk of the hash, and HashStep and HashFinish are each
// one-to-one on 64-bit values (xor with a constant or a shifted copy,
// multiplication by an odd constant): two such words of one length with
// one hash are the same bytes, so only longer words need a compare.
inline __attribute__((always_inline)) const WordInfo* FindIndexed(const Lexicon::IndexSlot* index,
                                                                  size_t mask, const char* lower,
                                                                  size_t size, size_t hash) {
  // The first slot inline: most words are found there or end at it empty.
  const size_t at = hash & mask;
  const Lexicon::IndexSlot& slot = index[at];
  if (!slot.word) return nullptr;
  if (slot.hash == hash && slot.word->size() == size &&
      (size <= 8 || std::memcmp(slot.word->data(), lower, size) == 0)) {
    return slot.info;
  }
  return FindIndexedOn(index, mask, lower, size, hash, (at + 1) & mask);
}

// No table word is longer than this: longer text words are not looked up.
constexpr size_t kLongestTableWord = 14;

// What the byte after a run of letters or digits says of Token::whole_word:
// 0 never a word of its own (a digit, a letter, a non-ASCII byte goes on),
// 1 a period (a single letter before it may be "U.S."), 2 always.
constexpr auto kRunEnd = [] {
  std::array<unsigned char, 256> ends{};
  for (int c = 0; c < 0x80; ++c) ends[static_cast<size_t>(c)] = 2;
  for (int c = 'a'; c <= 'z'; ++c) ends[static_cast<size_t>(c)] = 0;
  for (int c = 'A'; c <= 'Z'; ++c) ends[static_cast<size_t>(c)] = 0;
  for (int c = '0'; c <= '9'; ++c) ends[static_cast<size_t>(c)] = 0;
  ends['.'] = 1;
  return ends;
}();

// Tokenize's loop; with kAnnotate also Annotate's (`index` built), each
// word looked up while its bytes and hash are at hand.
template <bool kAnnotate>
void TokenizeInto(std::string_view text, const Lexicon::IndexSlot* index, size_t mask,
                  std::string* lowered, std::vector<Token>* tokens) {
  // Token is trivially destructible now: clearing costs nothing per token.
  tokens->clear();
  // About a token every five bytes in news: room for one every four spares
  // the regrowths (each moves every token so far) of a vector new for
  // each text.
  tokens->reserve(text.size() / 4 + 16);
  LowerText(text, lowered);
  const char* data = text.data();
  // lower_data[size] is the string's terminating NUL: the byte after a run
  // can be read without a bounds test.
  const char* lower_data = lowered->data();
  const size_t size = text.size();
  size_t i = 0;
  bool space = true, newline = true;
  while (i < size) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    unsigned cls = kByteClass[c];
    if (cls == kSpaceByte) {
      space = true;
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    Token& t = tokens->emplace_back();
    t.begin = i;
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    size_t start = i;
    if (cls == kLetterByte) {
      t.alpha = true;
      t.capitalized = c <= 'Z';
      i = LetterRun(data, size, i, &t.hash);
      t.lower = std::string_view(lower_data + start, i - start);
      t.end = i;
      t.whole_word = kRunEnd[static_cast<unsigned char>(lower_data[i])] > (i == start + 1 ? 1 : 0);
      if constexpr (kAnnotate) {
        if (i - start <= kLongestTableWord) {
          t.info = FindIndexed(index, mask, lower_data + start, i - start, t.hash);
        }
      }
      if (lower_data[i] == ' ') {  // see below
        space = true;
        ++i;
      }
      continue;
    }
    if (cls == kDigitByte) {
      // A number is looked up in no table: done here.
      t.number = true;
      i = DigitRun(data, size, i, &t.hash);
      t.lower = std::string_view(lower_data + start, i - start);
      t.whole_word = kRunEnd[static_cast<unsigned char>(lower_data[i])] > 0;
      t.end = i;
      if (lower_data[i] == ' ') {  // see below
        space = true;
        ++i;
      }
      continue;
    }
    if (c == 0xE2 && i + 2 < size && static_cast<unsigned char>(data[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(data[i + 2]) == 0x99 ||
         static_cast<unsigned char>(data[i + 2]) == 0x98)) {
      // Typographic apostrophes read as the plain one: "New Year’s Day".
      t.lower = "'";
      t.hash = ByteHash('\'');
      i += 3;
    } else {
      ++i;
      // Keep multi-byte UTF-8 sequences together as one token.
      while (i < size && (static_cast<unsigned char>(data[i]) & 0xC0) == 0x80) ++i;
      t.lower = std::string_view(lower_data + start, i - start);
      // An ASCII mark is a word of its own, but for an apostrophe (maybe
      // "'s") and a mark the stray UTF-8 bytes after it joined.
      t.whole_word = i == start + 1 && c < 0x80 && c != '\'';
      // One byte (all but non-ASCII marks): its lower case is itself, since
      // it is no letter.
      t.hash = i == start + 1 ? ByteHash(c) : LowerHash(t.lower);
    }
    t.end = i;
    if constexpr (kAnnotate) {
      if (t.lower.size() <= kLongestTableWord) {
        t.info = FindIndexed(index, mask, t.lower.data(), t.lower.size(), t.hash);
      }
    }
    // The one space after most tokens, taken here and not by a turn of the
    // loop (its byte class, its line-break test). lower_data[size] is the
    // NUL after the text, and a space is its own lower case.
    if (lower_data[i] == ' ') {
      space = true;
      ++i;
    }
  }
}

}  // namespace

void Tokenize(std::string_view text, std::string* lowered, std::vector<Token>* tokens) {
  TokenizeInto<false>(text, nullptr, 0, lowered, tokens);
}

void TokenizeAnnotated(std::string_view text, const Lexicon& lexicon, std::string* lowered,
                       std::vector<Token>* tokens) {
  if (lexicon.index.empty()) {  // `words` changed by hand, no BuildIndex
    TokenizeInto<false>(text, nullptr, 0, lowered, tokens);
    lexicon.Annotate(tokens);
    return;
  }
  TokenizeInto<true>(text, lexicon.index.data(), lexicon.index_mask, lowered, tokens);
}

int MatchPhraseAmong(const std::vector<Phrase>& phrases, const std::vector<int>& starting,
                     const std::vector<Token>& tokens, size_t i, size_t* next) {
  // Most words after a phrase's first word ("the talks") continue none of
  // the phrases: then only a one-word phrase, listed first, can match. A
  // number or a long word has no WordInfo to tell, so it is compared.
  if (i + 1 < tokens.size()) {
    const Token& after = tokens[i + 1];
    if (after.info ? !after.info->phrase_next
                   : !after.number && after.lower.size() <= kLongestTableWord) {
      size_t first = static_cast<size_t>(starting.front());
      if (phrases[first].words.size() != 1) return -1;
      *next = i + 1;
      return starting.front();
    }
  }
  int best = -1;
  size_t best_len = 0;
  for (int index : starting) {
    size_t p = static_cast<size_t>(index);
    const std::vector<std::string>& words = phrases[p].words;
    if (words.size() <= best_len || i + words.size() > tokens.size()) continue;
    // The first word is the token's own: `starting` comes from its WordInfo.
    bool ok = true;
    for (size_t k = 1; k < words.size() && ok; ++k) ok = tokens[i + k].lower == words[k];
    if (ok) {
      best = static_cast<int>(p);
      best_len = words.size();
    }
  }
  if (best >= 0) *next = i + best_len;
  return best;
}

bool Lexicon::Load(Diagnostic* error) {
  if (!LoadInts("data/en/months.tsv", 1, 12, &months, error)) return false;
  if (!LoadInts("data/en/weekdays.tsv", 1, 7, &weekdays, error)) return false;
  if (!LoadInts("data/en/numbers.tsv", 1, 1000, &numbers, error)) return false;
  if (!LoadInts("data/en/ordinals.tsv", -1, 100, &ordinals, error)) return false;
  if (!LoadInts("data/en/decades.tsv", 0, 90, &decades, error)) return false;
  if (!LoadCodes("data/en/seasons.tsv", {"SP", "SU", "FA", "WI"}, &seasons, error)) return false;
  if (!LoadCodes("data/en/day_parts.tsv", {"MO", "AF", "EV", "NI"}, &day_parts, error)) {
    return false;
  }
  if (!LoadCodes("data/en/sets.tsv", {}, &sets, error)) return false;
  if (!LoadCodes("data/en/recurrence_adjectives.tsv", {}, &recurrence_adjectives, error)) {
    return false;
  }
  if (!LoadWordSet("data/en/not_verbs.tsv", &not_verbs, error) ||
      !LoadWordSet("data/en/length_verbs.tsv", &length_verbs, error) ||
      !LoadWordSet("data/en/schedule_blockers.tsv", &schedule_blockers, error) ||
      !LoadWordSet("data/en/time_zones.tsv", &time_zones, error) ||
      !LoadWordSet("data/en/day_of_month_followers.tsv", &day_of_month_followers, error) ||
      !LoadWordSet("data/en/match_words.tsv", &match_words, error) ||
      !LoadWordSet("data/en/period_end_verbs.tsv", &period_end_verbs, error) ||
      !LoadWordSet("data/en/rate_followers.tsv", &rate_followers, error) ||
      !LoadWordSet("data/en/quantity_words.tsv", &quantity_words, error) ||
      !LoadWordSet("data/en/span_words.tsv", &span_words, error) ||
      !LoadWordSet("data/en/speech_verbs.tsv", &speech_verbs, error) ||
      !LoadWordSet("data/en/hearsay_participles.tsv", &hearsay_participles, error) ||
      !LoadWordSet("data/en/not_adverbs.tsv", &not_adverbs, error) ||
      !LoadWordSet("data/en/era_nouns.tsv", &era_nouns, error) ||
      !LoadWordSet("data/en/data_nouns.tsv", &data_nouns, error) ||
      !LoadWordSet("data/en/run_words.tsv", &run_words, error) ||
      !LoadWordSet("data/en/month_prepositions.tsv", &month_prepositions, error) ||
      !LoadWordSet("data/en/weekday_leads.tsv", &weekday_leads, error) ||
      !LoadWordSet("data/en/occasion_nouns.tsv", &occasion_nouns, error) ||
      !LoadWordSet("data/en/occasion_determiners.tsv", &occasion_determiners, error) ||
      !LoadWordSet("data/en/clause_openers.tsv", &clause_openers, error) ||
      !LoadWordSet("data/en/day_idiom_leads.tsv", &day_idiom_leads, error) ||
      !LoadWordSet("data/en/day_naming_verbs.tsv", &day_naming_verbs, error) ||
      !LoadWordSet("data/en/overnight_journeys.tsv", &overnight_journeys, error) ||
      !LoadWordSet("data/en/plan_failures.tsv", &plan_failures, error) ||
      !LoadWordSet("data/en/age_nouns.tsv", &age_nouns, error) ||
      !LoadWordSet("data/en/since_leads.tsv", &since_leads, error) ||
      !LoadWordSet("data/en/recurring_occasions.tsv", &recurring_occasions, error)) {
    return false;
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/date_roles.tsv", 2, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      if (row.fields[1] != "deadline" && row.fields[1] != "names-year" && row.fields[1] != "term" &&
          row.fields[1] != "bound" && row.fields[1] != "effective" && row.fields[1] != "ahead") {
        return Fail(origin, row, 1, "unknown kind '" + row.fields[1] + "'", error);
      }
      if (row.fields[1] != "deadline") continue;
      std::vector<std::string>& phrase = deadline_phrases.emplace_back();
      for (size_t b = 0, e = 0; b < row.fields[0].size(); b = e + 1) {
        e = std::min(row.fields[0].find(' ', b), row.fields[0].size());
        phrase.push_back(row.fields[0].substr(b, e - b));
      }
    }
  }
  {
    WordMap<std::string> kinds;
    if (!LoadCodes("data/en/tense.tsv",
                   {"future", "past", "present", "plan", "modal", "none", "intent", "schedule",
                    "move", "report"},
                   &kinds, error)) {
      return false;
    }
    for (const auto& [word, kind] : kinds) {
      tense[word] = kind == "future"     ? tense_word::kFuture
                    : kind == "past"     ? tense_word::kPast
                    : kind == "present"  ? tense_word::kPresent
                    : kind == "plan"     ? tense_word::kPlan
                    : kind == "modal"    ? tense_word::kModal
                    : kind == "none"     ? tense_word::kNone
                    : kind == "intent"   ? tense_word::kIntent
                    : kind == "schedule" ? tense_word::kSchedule
                    : kind == "report"   ? tense_word::kReport
                                         : tense_word::kMove;
    }
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/units.tsv", 4, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      Unit u;
      u.code = row.fields[1];
      if (!ParseInt(row.fields[2], &u.count) || u.count < 1) {
        return Fail(origin, row, 2, "expected a positive count", error);
      }
      if (row.fields[3] != "time" && row.fields[3] != "calendar") {
        return Fail(origin, row, 3, "expected 'time' or 'calendar'", error);
      }
      u.time = row.fields[3] == "time";
      units[row.fields[0]] = u;
    }
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/lunar_new_year.tsv", 2, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      int year = 0, m = 0, d = 0;
      const std::string& f = row.fields[1];
      if (!ParseInt(row.fields[0], &year) || f.size() != 10 || !ParseInt(f.substr(0, 4), &m) ||
          m != year || !ParseInt(f.substr(5, 2), &m) || !ParseInt(f.substr(8, 2), &d)) {
        return Fail(origin, row, 1, "expected YEAR and YYYY-MM-DD of that year", error);
      }
      date::year_month_day day{date::year{year} / m / d};
      if (!day.ok()) return Fail(origin, row, 1, "no such day", error);
      lunar_new_year[year] = day;
    }
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/holiday_dates.tsv", 3, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      int year = 0, m = 0, d = 0;
      const std::string& f = row.fields[2];
      if (!ParseInt(row.fields[1], &year) || f.size() != 10 || !ParseInt(f.substr(0, 4), &m) ||
          m != year || !ParseInt(f.substr(5, 2), &m) || !ParseInt(f.substr(8, 2), &d)) {
        return Fail(origin, row, 2, "expected YEAR and YYYY-MM-DD of that year", error);
      }
      date::year_month_day day{date::year{year} / m / d};
      if (!day.ok()) return Fail(origin, row, 2, "no such day", error);
      if (!holiday_dates[row.fields[0]].emplace(year, day).second) {
        return Fail(origin, row, 1, "a second date for this year", error);
      }
    }
  }
  if (!LoadPhrases("data/en/holidays.tsv", 2, {}, &holidays, error)) return false;
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/holidays.tsv", 2, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      if (!ValidHolidayRule(row.fields[1], holiday_dates)) {
        return Fail(origin, row, 1,
                    "expected MM-DD, MM-WEEKDAY-N, easter, orthodox-easter, lunar-new-year or "
                    "dates:NAME of holiday_dates.tsv",
                    error);
      }
    }
  }
  if (!LoadPhrases("data/en/vague.tsv", 2,
                   {"PAST_REF", "PRESENT_REF", "FUTURE_REF", "PXD", "PXW", "PXM", "PXY", "PXX",
                    "TMO", "TAF", "TEV", "TNI", "WEEK_MID"},
                   &vague, error)) {
    return false;
  }
  if (!LoadPhrases("data/en/modifiers.tsv", 3,
                   {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE",
                    "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"},
                   &modifiers, error)) {
    return false;
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/abbreviations.tsv", 1, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) abbreviations[row.fields[0]] = true;
    for (const auto& [word, value] : months) abbreviations[word] = true;
    for (const auto& [word, value] : weekdays) abbreviations[word] = true;
  }
  for (const auto* table : {&months, &weekdays, &numbers, &ordinals, &decades}) {
    for (const auto& [word, value] : *table) triggers[word] = true;
  }
  for (const auto& [word, value] : units) triggers[word] = true;
  for (const auto* table : {&seasons, &day_parts, &sets, &recurrence_adjectives}) {
    for (const auto& [word, value] : *table) triggers[word] = true;
  }
  for (const auto* table : {&holidays, &vague, &modifiers}) {
    for (const Phrase& p : *table) {
      if (!p.words.empty()) triggers[p.words[0]] = true;
    }
  }
  // Words that begin expressions through the grammar rather than a table.
  for (const char* word :
       {"the",       "this",    "that",      "every",  "each",    "today",  "yesterday",
        "tomorrow",  "tonight", "fiscal",    "year",   "earlier", "later",  "noon",
        "midnight",  "midday",  "half",      "next",   "past",    "coming", "previous",
        "current",   "present", "following", "latest", "several", "few",    "many",
        "numerous",  "couple",  "'",         "per",    "once",    "twice",  "thrice",
        "overnight", "eve",     "fy",        "semi"}) {
    triggers[word] = true;
  }
  // "twice a year", "once a week": how often.
  for (const char* word : {"once", "twice", "thrice"}) triggers[word] = true;
  for (const auto& [word, value] : triggers) words[word].trigger = true;
  for (const auto* table : {&months, &weekdays, &decades}) {
    for (const auto& [word, value] : *table) words[word].strong = true;
  }
  for (const auto& [word, value] : units) words[word].strong = true;
  for (const auto* table : {&seasons, &day_parts, &sets, &recurrence_adjectives}) {
    for (const auto& [word, value] : *table) words[word].strong = true;
  }
  for (const auto* table : {&holidays, &vague}) {
    for (const Phrase& p : *table) {
      for (const std::string& w : p.words) {
        if (w.size() >= 3 && w != "the" && w != "day") words[w].strong = true;
      }
    }
  }
  for (const char* word :
       {"today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "midday", "quarter",
        "half", "end", "period", "overnight", "semi", "times"}) {
    words[word].strong = true;
  }
  for (const auto& [word, value] : months) words[word].month = value;
  for (const auto& [word, value] : weekdays) words[word].weekday = value;
  for (const auto& [word, value] : numbers) words[word].number = value;
  for (const auto& [word, value] : ordinals) {
    words[word].has_ordinal = true;
    words[word].ordinal = value;
  }
  for (const auto& [word, value] : decades) words[word].decade = value;
  for (const auto& [word, value] : units) words[word].unit = &value;
  for (const auto& [word, value] : seasons) words[word].season = &value;
  for (const auto& [word, value] : day_parts) words[word].day_part = &value;
  for (const auto& [word, value] : sets) words[word].set = &value;
  for (const auto& [word, value] : tense) {
    words[word].has_tense = true;
    words[word].tense = value;
  }
  for (const auto& [word, value] : abbreviations) words[word].abbreviation = true;
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/counted.tsv", 1, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) words[row.fields[0]].counted = true;
  }
  if (!LoadWordFlags("data/en/month_forms.tsv",
                     {{{"abbreviation", &WordInfo::month_abbreviation},
                       {"common-word", &WordInfo::month_common_word}}},
                     &months, "months.tsv", &words, error) ||
      !LoadWordFlags(
          "data/en/some_day_context.tsv",
          {{{"before", &WordInfo::some_day_before}, {"after", &WordInfo::some_day_after}}}, nullptr,
          "", &words, error)) {
    return false;
  }
  {
    std::string origin;
    std::vector<TsvRow> rows;
    if (!ReadTable("data/en/rate_words.tsv", 2, &origin, &rows, error)) return false;
    for (const TsvRow& row : rows) {
      const std::string& kind = row.fields[1];
      if (kind != "pay" && kind != "measure") {
        return Fail(origin, row, 1, "expected 'pay' or 'measure'", error);
      }
      words[row.fields[0]].rate_word = kind == "pay" ? 1 : 2;
    }
  }
  for (size_t p = 0; p < holidays.size(); ++p) {
    words[holidays[p].words[0]].holidays.push_back(static_cast<int>(p));
  }
  for (size_t p = 0; p < vague.size(); ++p) {
    words[vague[p].words[0]].vague.push_back(static_cast<int>(p));
  }
  for (size_t p = 0; p < modifiers.size(); ++p) {
    for (size_t k = 1; k < modifiers[p].words.size(); ++k)
      words[modifiers[p].words[k]].phrase_word = true;
    words[modifiers[p].words[0]].modifiers.push_back(static_cast<int>(p));
  }
  for (const std::vector<Phrase>* table : {&holidays, &vague, &modifiers}) {
    for (const Phrase& p : *table) {
      if (p.words.size() > 1) words[p.words[1]].phrase_next = true;
    }
  }
  // The one-word phrase first (the longest match wins and, among equally
  // long ones, the first listed: moving the only length-1 ones ahead of the
  // rest, in their order, changes no answer).
  auto one_word_first = [](const std::vector<Phrase>& table, std::vector<int>* starting) {
    std::stable_partition(starting->begin(), starting->end(),
                          [&](int p) { return table[static_cast<size_t>(p)].words.size() == 1; });
  };
  for (auto& [word, info] : words) {
    one_word_first(holidays, &info.holidays);
    one_word_first(vague, &info.vague);
    one_word_first(modifiers, &info.modifiers);
  }
  if (!LoadNationalDays(error)) return false;
  BuildIndex();
  return true;
}

// data/en/national_days.tsv: a country's own day for a holiday name that
// differs by country ("independence day"), kept as holidays with no words
// (never matched in text, only swapped in by NationalHoliday); and the
// names of those countries and of the United States from countries.tsv.
bool Lexicon::LoadNationalDays(Diagnostic* error) {
  std::string origin;
  std::vector<TsvRow> rows;
  if (!ReadTable("data/en/national_days.tsv", 3, &origin, &rows, error)) return false;
  WordMap<bool> codes;
  codes["USA"] = true;
  size_t listed = holidays.size();
  for (const TsvRow& row : rows) {
    int named = -1;
    for (size_t p = 0; p < listed && named < 0; ++p) {
      std::string joined;
      for (const std::string& w : holidays[p].words) joined += (joined.empty() ? "" : " ") + w;
      if (joined == row.fields[1]) named = static_cast<int>(p);
    }
    if (named < 0) return Fail(origin, row, 1, "expected a holiday of holidays.tsv", error);
    if (!ValidHolidayRule(row.fields[2], holiday_dates)) {
      return Fail(origin, row, 2, "expected MM-DD or another rule of holidays.tsv", error);
    }
    Phrase day;
    day.value = row.fields[2];
    holidays.push_back(day);
    national_days[row.fields[0] + ":" + std::to_string(named)] =
        static_cast<int>(holidays.size() - 1);
    codes[row.fields[0]] = true;
  }
  std::vector<TsvRow> countries;
  if (!ReadTable("data/en/countries.tsv", 5, &origin, &countries, error)) return false;
  for (const TsvRow& row : countries) {
    if (!codes.contains(row.fields[0])) continue;
    std::string forms = row.fields[1];
    for (size_t f = 2; f < 5; ++f) {
      if (row.fields[f] != "-") forms += "|" + row.fields[f];
    }
    for (size_t from = 0; from <= forms.size();) {
      size_t bar = std::min(forms.find('|', from), forms.size());
      std::string lowered;
      std::vector<Token> tokens;
      Tokenize(std::string_view(forms).substr(from, bar - from), &lowered, &tokens);
      if (!tokens.empty()) {
        CountryForm form;
        for (const Token& t : tokens) form.words.emplace_back(t.lower);
        form.code = row.fields[0];
        country_forms[form.words[0]].push_back(std::move(form));
      }
      from = bar + 1;
    }
  }
  return true;
}

void Lexicon::BuildIndex() {
  size_t slots = 16;
  // A quarter full: a word the tables do not know (most) mostly meets an
  // empty slot at once.
  while (slots < 4 * words.size()) slots *= 2;
  index.assign(slots, IndexSlot{});
  index_mask = slots - 1;
  for (const auto& [word, info] : words) {
    size_t h = LowerHash(word);
    size_t at = h & index_mask;
    while (index[at].word) at = (at + 1) & index_mask;
    index[at] = IndexSlot{h, &word, &info};
  }
}

const WordInfo* Lexicon::Find(std::string_view lower, size_t hash) const {
  if (index.empty()) {
    auto it = words.find(lower);
    return it == words.end() ? nullptr : &it->second;
  }
  for (size_t at = hash & index_mask;; at = (at + 1) & index_mask) {
    const IndexSlot& slot = index[at];
    if (!slot.word) return nullptr;
    if (slot.hash == hash && *slot.word == lower) return slot.info;
  }
}

void Lexicon::Annotate(std::vector<Token>* tokens) const {
  if (index.empty()) {  // `words` changed by hand, no BuildIndex: the slow way
    for (Token& t : *tokens) {
      if (!t.number && t.lower.size() <= 14) t.info = Find(t.lower, t.hash);
    }
    return;
  }
  for (Token& t : *tokens) {
    // No table word is longer than this; most text words are skipped unhashed.
    if (t.number || t.lower.size() > 14) continue;
    // Find, inline: this loop runs for every word of every article.
    t.info = nullptr;
    for (size_t at = t.hash & index_mask;; at = (at + 1) & index_mask) {
      const IndexSlot& slot = index[at];
      if (!slot.word) break;
      if (slot.hash == t.hash && *slot.word == t.lower) {
        t.info = slot.info;
        break;
      }
    }
  }
}

}  // namespace annals
