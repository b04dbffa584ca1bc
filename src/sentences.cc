#include "sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "byte_words.h"
#include "resolve_lexicon.h"

namespace annals {

namespace {

// Plain range checks: the C locale functions are calls, and this loop runs
// over every byte of every article.
bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting at text[i] (1 for ASCII or a stray byte).
size_t Utf8Length(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, text.size() - i);
}

// Non-ASCII characters that work as punctuation in news text: dashes,
// curly quotes and apostrophes, the middle dot, the non-breaking space.
bool IsUnicodePunct(std::string_view ch) {
  return ch == "\u2013" || ch == "\u2014" || ch == "\u2018" || ch == "\u2019" || ch == "\u201c" ||
         ch == "\u201d" || ch == "\u00b7" || ch == "\u00a0" || ch == "\u2026";
}

bool IsWordByte(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return IsAsciiAlpha(c) || IsAsciiDigit(c);
  return !IsUnicodePunct(text.substr(i, Utf8Length(text, i)));
}

// Byte classes for Tokenize's per-byte loop: a table look-up in place of
// range compares. kUpperByte is 4 so that shifted by 3 it is 0x20, the bit
// that makes an ASCII letter lower case.
constexpr unsigned kDigitByte = 1, kLowerByte = 2, kUpperByte = 4;
constexpr auto kByteClass = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitByte;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kUpperByte;
  return classes;
}();
static_assert((kUpperByte << 3) == 0x20);

}  // namespace

// Eight bytes a step (byte_words.h): Tokenize computes the same value from
// the lower-cased chunks it has in hand.
size_t WordHash(std::string_view lower) {
  return byte_words::HashBytes(lower.data(), lower.size());
}

namespace {

// A short ASCII word read eight bytes at a time: its length (0 when it runs
// on past 15 bytes), its lower-cased
// bytes written to `out` (room for 15), its hash and its class flags. Needs
// 16 readable bytes at `p`, and a little-endian machine.
struct ShortWord {
  size_t length = 0;
  size_t hash = 0;
  bool number = false;     // all digits
  bool has_lower = false;  // some lower-case letter
};

ShortWord ReadShortWord(const char* p, char* out) {
  using namespace byte_words;
  ShortWord word;
  std::uint64_t v = Load8(p);
  std::uint64_t digits = InRange(v, '0', '9');
  std::uint64_t lowers = InRange(v, 'a', 'z');
  std::uint64_t uppers = InRange(v, 'A', 'Z');
  std::uint64_t stops = ~(digits | lowers | uppers) & kHighBits;
  std::uint64_t lower = v | (uppers >> 2);
  std::memcpy(out, &lower, 8);
  std::uint64_t h = kHashSeed;
  size_t n;
  std::uint64_t in_word;  // high bit of every byte of the word, both chunks or-ed
  std::uint64_t all_digits, any_lower;
  if (stops) {
    n = FirstByte(stops);
    in_word = LowBytes(kHighBits, n);
    h = HashStep(h, LowBytes(lower, n));
    all_digits = digits & in_word;
    any_lower = lowers & in_word;
  } else {
    h = HashStep(h, lower);
    std::uint64_t v2 = Load8(p + 8);
    std::uint64_t digits2 = InRange(v2, '0', '9');
    std::uint64_t lowers2 = InRange(v2, 'a', 'z');
    std::uint64_t uppers2 = InRange(v2, 'A', 'Z');
    std::uint64_t stops2 = ~(digits2 | lowers2 | uppers2) & kHighBits;
    if (!stops2) return word;  // 16 bytes or more: the general path's
    size_t n2 = FirstByte(stops2);
    n = 8 + n2;
    std::uint64_t lower2 = v2 | (uppers2 >> 2);
    std::memcpy(out + 8, &lower2, 7);  // 7: fifteen bytes in all, the room callers give
    if (n2) h = HashStep(h, LowBytes(lower2, n2));
    std::uint64_t in_word2 = LowBytes(kHighBits, n2);
    in_word = kHighBits;
    // Both chunks folded into one mask: "all digits" needs every byte of
    // each, "any lower case" one byte of either.
    all_digits = digits & (digits2 | ~in_word2) & kHighBits;
    any_lower = lowers | (lowers2 & in_word2);
  }
  word.length = n;
  word.hash = HashFinish(h, n);
  word.number = all_digits == in_word;
  word.has_lower = any_lower != 0;
  return word;
}

// Reads the word that starts at text[i] (no white space there) into `w`,
// whose `begin` is set: its end, lower case (written at buffer + at, which
// moves past it), hash and flags; `i` moves to its end. The loop body of
// Tokenize, shared with AppendWordsFromTokens for what the resolver's
// tokens do not tell.
inline __attribute__((always_inline)) void ReadWord(std::string_view text, size_t& i, char* buffer,
                                                    size_t& at, Word& w) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  // The word's lower case is the `n` bytes at `at`.
  auto take = [&](Word& word, size_t n) {
    word.lower = WordText(buffer + at, n);
    at += n;
  };
  // (U+2019 is E2 80 99: only a lead byte E2 needs the three-byte compare.)
  bool apostrophe = c == '\'' || (c == 0xE2 && text.substr(i, 3) == "\u2019");
  if (apostrophe) {
    // A possessive "'s" is a word of its own so that "Xi's" still names Xi.
    size_t len = c == '\'' ? 1 : 3;
    if (i + len < text.size() && (text[i + len] == 's' || text[i + len] == 'S') &&
        (i + len + 1 >= text.size() || !IsWordByte(text, i + len + 1)) && i > 0 &&
        IsWordByte(text, i - 1)) {
      w.end = i + len + 1;
      std::memcpy(buffer + at, "'s", 2);
      take(w, 2);
      w.hash = WordHash(w.lower);
      w.alpha = true;
      i += len + 1;
      return;
    }
  }
  bool word_start = c < 0x80 ? IsAsciiAlpha(c) || IsAsciiDigit(c) : IsWordByte(text, i);
  if (!word_start) {
    w.end = i + Utf8Length(text, i);
    w.punct = true;
    std::memcpy(buffer + at, text.data() + i, w.end - i);
    take(w, w.end - i);
    w.hash = WordHash(w.lower);
    i = w.end;
    return;
  }
  // Most words are a few ASCII letters or digits: found, lower-cased and
  // hashed in one pass, eight bytes at a time, written straight into the
  // lower-cased buffer (no allocation, no copy). Anything else (a longer word, a
  // non-ASCII letter, a "U.S." abbreviation) takes the general path below.
  if (c < 0x80) {
    // Fifteen bytes at most: the buffer has room for them past any word.
    constexpr size_t room = 15;
    char* out = buffer + at;
    if (byte_words::kLittleEndian && i + 16 <= text.size()) {
      // Eight bytes a step while sixteen can be read (all but an article's
      // last few bytes).
      ShortWord sw = ReadShortWord(text.data() + i, out);
      size_t j = i + sw.length;
      if (sw.length > 0) {
        unsigned char stop = static_cast<unsigned char>(text[j]);
        bool longer = stop >= 0x80 && IsWordByte(text, j);
        bool maybe_abbreviation = sw.length == 1 && stop == '.';
        if (!longer && !maybe_abbreviation) {
          take(w, sw.length);
          w.end = j;
          w.hash = sw.hash;
          w.alpha = IsAsciiAlpha(c);
          w.capitalized = c >= 'A' && c <= 'Z';
          w.all_caps = w.capitalized && !sw.has_lower;
          w.number = sw.number;
          i = j;
          return;
        }
      }
    } else {
      unsigned all = kDigitByte, any = 0;
      size_t j = i;
      while (j < text.size()) {
        unsigned char b = static_cast<unsigned char>(text[j]);
        unsigned cls = kByteClass[b];
        if (cls == 0 || j - i == room) break;
        all &= cls;
        any |= cls;
        out[j - i] = static_cast<char>(b | ((cls & kUpperByte) << 3));
        ++j;
      }
      unsigned char stop = j < text.size() ? static_cast<unsigned char>(text[j]) : ' ';
      bool longer = kByteClass[stop] != 0 || (stop >= 0x80 && IsWordByte(text, j));
      bool maybe_abbreviation = j == i + 1 && stop == '.';
      if (!longer && !maybe_abbreviation) {
        take(w, j - i);
        w.end = j;
        w.hash = WordHash(w.lower);
        w.alpha = IsAsciiAlpha(c);
        w.capitalized = c >= 'A' && c <= 'Z';
        w.all_caps = w.capitalized && (any & kLowerByte) == 0;
        w.number = (all & kDigitByte) != 0;
        i = j;
        return;
      }
    }
  }
  size_t j = i;
  while (j < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[j]);
    if (b < 0x80) {
      if (kByteClass[b] == 0) break;  // not a letter or digit
      ++j;
    } else {
      if (!IsWordByte(text, j)) break;
      j += Utf8Length(text, j);
    }
  }
  // "U.S.", "U.N.", "D.C.": single letters joined by periods stay one word,
  // with their final period.
  if (j == i + 1 && IsAsciiAlpha(c) && j + 2 < text.size() && text[j] == '.' &&
      IsAsciiAlpha(static_cast<unsigned char>(text[j + 1])) && text[j + 2] == '.') {
    size_t k = i;
    while (k + 1 < text.size() && IsAsciiAlpha(static_cast<unsigned char>(text[k])) &&
           text[k + 1] == '.' &&
           (k + 2 >= text.size() || !IsWordByte(text, k + 2) ||
            (k + 3 < text.size() && text[k + 3] == '.'))) {
      k += 2;
    }
    j = k;
    w.abbreviation = true;
  }
  w.end = j;
  std::string_view raw = text.substr(i, j - i);
  // One pass over the word: lower case (without periods), hash, and the
  // letter and digit flags.
  // The class bits of every byte, and-ed (all digits?) and or-ed (any
  // lower-case letter?): no branch per byte.
  unsigned all = kDigitByte, any = 0;
  size_t n = 0;
  char* out = buffer + at;
  if (!w.abbreviation) {
    // Only an abbreviation holds periods: the common case has no test for them.
    for (size_t k = 0; k < raw.size(); ++k) {
      unsigned char ch = static_cast<unsigned char>(raw[k]);
      unsigned cls = kByteClass[ch];
      all &= cls;
      any |= cls;
      // An upper-case letter gets 0x20 (its class bit shifted): lower case.
      unsigned char lower = static_cast<unsigned char>(ch | ((cls & kUpperByte) << 3));
      out[k] = static_cast<char>(lower);
    }
    n = raw.size();
  } else {
    for (char ch : raw) {
      unsigned cls = kByteClass[static_cast<unsigned char>(ch)];
      all &= cls;
      if (ch == '.') continue;
      any |= cls;
      char lower = static_cast<char>(ch | ((cls & kUpperByte) << 3));
      out[n++] = lower;
    }
  }
  bool number = (all & kDigitByte) != 0;
  bool has_lower = (any & kLowerByte) != 0;
  take(w, n);
  w.hash = WordHash(w.lower);
  w.alpha = IsAsciiAlpha(c) || c >= 0x80;
  w.capitalized = c >= 'A' && c <= 'Z';
  w.all_caps = w.capitalized && !has_lower;
  w.number = number;
  i = j;
}

}  // namespace

std::vector<Word> Tokenize(std::string_view text, std::string* lowered) {
  std::vector<Word> words;
  words.reserve(text.size() / 5);
  // A word's lower case is never longer than the word as written (periods
  // and a curly apostrophe's bytes drop out), so the buffer sized once to
  // the text never moves; the 16 bytes beyond let the fast path below write
  // its fixed 15 bytes past the last word.
  lowered->assign(text.size() + 16, '\0');
  char* const buffer = lowered->data();
  size_t at = 0;  // where the next word's lower case goes in the buffer
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c >= 0x80 && text.substr(i, 2) == "\u00a0") {
      i += 2;
      continue;
    }
    // Built in place: no temporary Word to move per token.
    Word& w = words.emplace_back();
    w.begin = i;
    ReadWord(text, i, buffer, at, w);
  }
  lowered->resize(at);  // shrinking keeps the buffer where it is
  return words;
}

namespace {

// Appends the words of `text` that begin before `end` to `words`, their
// lower case written at buffer + *used, which moves past it.
void AppendWords(std::string_view text, size_t end, char* buffer, size_t* used,
                 std::vector<Word>* words) {
  size_t at = *used;
  size_t i = 0;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c >= 0x80 && text.substr(i, 2) == "\u00a0") {
      i += 2;
      continue;
    }
    Word& w = words->emplace_back();
    w.begin = i;
    ReadWord(text, i, buffer, at, w);
  }
  *used = at;
}

// Appends the words of `text`, made of the resolver's `tokens` of it, with
// `shift` added to their offsets; the lower case of the words read from the
// text goes at spare + *spare_used, which moves past it.
void AppendWordsFromTokens(std::string_view text, const std::vector<Token>& tokens, size_t shift,
                           char* spare, size_t* spare_used, std::vector<Word>* words) {
  const char* const s = text.data();
  const size_t size = text.size();
  const Token* const tk = tokens.data();
  const size_t n = tokens.size();
  size_t at = *spare_used;
  // Written in place into a vector sized ahead (most tokens make a word,
  // and no more words than tokens but for the rare ones read from the
  // text): no emplace_back call per word. Grown if need be, cut at the end.
  size_t count = words->size();
  words->resize(count + n + 16);
  Word* out = words->data();
  size_t room = words->size();
  size_t pos = 0;  // the words of text[0, pos) are made
  size_t k = 0;    // the next token to look at
  // A word of a token the tokenizer calls whole (Token::whole_word): its
  // offsets, lower case and hash are the token's.
  // (The fields a word of the sized vector does not already hold: it was
  // value-initialized, so `abbreviation` and a lower-case word's `all_caps`
  // are false.)
  auto fill = [s, shift](Word& w, const Token& t) {
    w.begin = t.begin + shift;
    w.end = t.end + shift;
    w.lower = WordText(t.lower);
    w.hash = t.hash;
    w.alpha = t.alpha;
    w.number = t.number;
    w.punct = !t.alpha && !t.number;
    w.capitalized = t.capitalized;  // an ASCII capital first, as Tokenize's
    if (w.capitalized) {
      bool has_lower = false;
      for (size_t i = t.begin + 1; i < t.end && !has_lower; ++i)
        has_lower = kByteClass[static_cast<unsigned char>(s[i])] == kLowerByte;
      w.all_caps = !has_lower;
    }
  };
  auto take_token = [&](const Token& t) {
    fill(out[count++], t);
    pos = t.end;
  };
  while (pos < size) {
    // The usual run: whole tokens right after one another or one space
    // apart, taken without the general loop's tests. Pointers and a local
    // end held in registers: through the counters the compiler kept them
    // in memory. A full vector leaves the run to the general path below,
    // which grows it.
    {
      const Token* t = tk + k;
      const Token* const t_end = tk + n;
      Word* o = out + count;
      Word* const o_end = out + room;
      size_t made = pos;
      while (t != t_end && o != o_end) {
        if (!t->whole_word || (t->begin != made && !(t->begin == made + 1 && s[made] == ' ')))
          break;
        fill(*o, *t);
        made = t->end;
        ++t;
        ++o;
      }
      k = static_cast<size_t>(t - tk);
      count = static_cast<size_t>(o - out);
      pos = made;
    }
    if (pos >= size) break;
    if (count == room) {
      words->resize(2 * room);
      out = words->data();
      room = words->size();
    }
    bool from_token = false;
    while (k < n) {
      const Token& t = tk[k];
      const size_t b = t.begin;
      if (b != pos) {
        if (b < pos) {  // inside a word read from the text (malformed UTF-8)
          ++k;
          continue;
        }
        // The resolver skips form feeds and vertical tabs too, where the
        // words make marks of them; and after a word read from the text,
        // pos may stand inside a token. Such a gap is read from the text.
        // Most gaps are one space: no loop for those.
        bool plain_gap = b == pos + 1 && s[pos] == ' ';
        for (size_t g = pos; g < b && !plain_gap; ++g) {
          char c = s[g];
          if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
          plain_gap = g + 1 == b;
        }
        if (!plain_gap) break;
        pos = b;
      }
      // A run of ASCII letters or of digits is a word by itself unless a
      // letter, a digit or a non-ASCII character goes on from it ("2015th",
      // "Zürich"), or it is one letter before a period ("U.S.", "J.
      // Smith"); an ASCII mark is one unless it is an apostrophe (maybe
      // "'s") or the resolver joined stray UTF-8 continuation bytes to it.
      // Tokenize saw the byte after and tells it in `whole_word`.
      if (!t.whole_word) break;
      take_token(t);
      ++k;
      from_token = true;
      break;
    }
    if (from_token) continue;
    if (k == n) {
      // Past the last token: only white space is left, unless a gap the
      // resolver skipped holds marks.
      bool plain_rest = true;
      for (size_t g = pos; g < size && plain_rest; ++g) {
        char c = s[g];
        plain_rest = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      }
      if (plain_rest) break;
    }
    // Anything else (non-ASCII text, an apostrophe, an abbreviation, a word
    // of letters and digits) is read as Tokenize reads it.
    while (pos < size) {
      unsigned char c = static_cast<unsigned char>(s[pos]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos;
      } else if (c >= 0x80 && text.substr(pos, 2) == "\u00a0") {
        pos += 2;
      } else {
        break;
      }
    }
    if (pos >= size) break;
    Word& w = out[count++];
    w.begin = pos;
    ReadWord(text, pos, spare, at, w);
    w.begin += shift;
    w.end += shift;
  }
  words->resize(count);
  *spare_used = at;
}

}  // namespace

std::vector<Word> TokenizeWithTokens(std::string_view text, size_t shift,
                                     const std::vector<Token>& tokens, std::string* lowered) {
  // A headline must end in the blank line the body stands after.
  if (shift > text.size() || (shift > 0 && (shift < 2 || text.substr(shift - 2, 2) != "\n\n"))) {
    return Tokenize(text, lowered);
  }
  std::vector<Word> words;
  words.reserve(text.size() / 5);
  // Room for the words read from the text: never more bytes than the text,
  // and the 16 the eight-byte reader may write past the last. Sized once,
  // the buffer never moves.
  lowered->assign(text.size() + 16, '\0');
  size_t used = 0;
  if (shift > 0) {
    AppendWords(text, shift, lowered->data(), &used, &words);
    // Only a malformed UTF-8 sequence at the headline's end runs on over
    // the blank line: then the body's words are not the tokens' either.
    if (!words.empty() && words.back().end > shift - 2) return Tokenize(text, lowered);
  }
  AppendWordsFromTokens(text.substr(shift), tokens, shift, lowered->data(), &used, &words);
  lowered->resize(used);  // shrinking keeps the buffer where it is
  return words;
}

std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Word>& words,
                                         const SentenceRules& rules) {
  std::vector<SentenceSpan> sentences;
  // Held in locals: the push_back below could, for all the compiler knows,
  // change `words`, which it would then read again at every word.
  const Word* const wd = words.data();
  const size_t n = words.size();
  // Asked with the Word, the sets take the hash Tokenize gave it.
  auto is_abbreviation = [&](const Word& w) { return rules.abbreviations.count(w) > 0; };
  auto is_opener = [&](const Word* w) {
    return w && w->capitalized && rules.openers.count(*w) > 0;
  };
  size_t first = 0;
  bool wide_gap = false;  // a gap other than one space since `first`
  auto close = [&](size_t one_past) {
    if (one_past > first) {
      sentences.push_back({wd[first].begin, wd[one_past - 1].end, first, one_past, !wide_gap});
    }
    first = one_past;
    wide_gap = false;
  };
  for (size_t i = 0; i < n; ++i) {
    // No news sentence runs this long; text without stops (a list pasted as
    // one line, a table, garbage) is cut here, because the assembler's work
    // per sentence grows with the square of its length.
    if (i - first >= kMaxSentenceWords) close(i);
    if (i > first) {
      // A line break between two words ends the sentence: headlines, datelines
      // and list items carry no final period.
      // Most gaps are one space, and nothing to do; punctuation stands
      // against its word (no gap). Any other gap is a few bytes: a plain
      // loop beats a memchr call.
      size_t gap_begin = wd[i - 1].end, gap_end = wd[i].begin;
      if (gap_end > gap_begin && (gap_end - gap_begin > 1 || text[gap_begin] != ' ')) {
        bool line_break = false;
        for (size_t k = gap_begin; k < gap_end && !line_break; ++k) line_break = text[k] == '\n';
        if (line_break) {
          close(i);
        } else {
          wide_gap = true;
        }
      }
    }
    const Word& w = wd[i];
    // Only a mark or an abbreviation can end a sentence.
    if (!w.abbreviation && !w.punct) {
      // Most words after it are plain too, right after the one before or
      // one space on, and short of the length cut: for them the tests above
      // and this one would find nothing to do, so they are passed over in
      // a tight loop.
      while (i + 1 < n && i + 1 - first < kMaxSentenceWords) {
        const Word& next = wd[i + 1];
        size_t end = wd[i].end;
        if (next.abbreviation || next.punct ||
            !(next.begin == end || (next.begin == end + 1 && text[end] == ' '))) {
          break;
        }
        ++i;
      }
      continue;
    }
    const Word* next = i + 1 < n ? &wd[i + 1] : nullptr;
    bool ends = false;
    if (w.abbreviation) {
      // "the U.S. Justice Department" goes on; "... in the U.S. The next day" ends.
      ends = is_opener(next);
    } else if (w.punct && (w.lower == "." || w.lower == "!" || w.lower == "?")) {
      bool after_abbreviation = i > first && wd[i - 1].end == w.begin && wd[i - 1].alpha &&
                                is_abbreviation(wd[i - 1]) && !is_opener(next);
      // "Jan. 6" and "Dec. 2" go on; so does "Mr. Xi".
      ends = !after_abbreviation;
      // "80.5 per cent": a point between digits is a decimal point.
      if (ends && w.lower == "." && i > first && next && wd[i - 1].number && next->number &&
          wd[i - 1].end == w.begin && w.end == next->begin)
        ends = false;
      // A period followed by a lower-case word is not an end either ("approx. two").
      if (ends && w.lower == "." && next && next->alpha && !next->capitalized &&
          next->lower != "'s")
        ends = false;
    }
    if (ends) {
      // Closing quotes and brackets stay with the sentence they close.
      size_t end = i + 1;
      while (end < n && wd[end].punct &&
             (wd[end].lower == "\"" || wd[end].lower == ")" || wd[end].lower == "\u201d" ||
              wd[end].lower == "'" || wd[end].lower == "\u2019") &&
             wd[end].begin == wd[end - 1].end) {
        ++end;
      }
      close(end);
      i = end - 1;
    }
  }
  close(n);
  return sentences;
}

}  // namespace annals
