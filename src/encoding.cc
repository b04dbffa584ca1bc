#include "encoding.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "byte_words.h"
#include "ingest_lexicon.h"

namespace annals {

namespace {

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

constexpr char32_t kReplacement = 0xFFFD;

// Length of the valid UTF-8 sequence at s[i], 0 if invalid (overlong forms,
// surrogates and code points past U+10FFFF are invalid).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (n == 0 || b > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char b1 = byte(i + 1);
  if (b == 0xE0 && b1 < 0xA0) return 0;   // overlong
  if (b == 0xED && b1 >= 0xA0) return 0;  // surrogate
  if (b == 0xF0 && b1 < 0x90) return 0;   // overlong
  if (b == 0xF4 && b1 >= 0x90) return 0;  // past U+10FFFF
  return n;
}

// Windows-1252 bytes 0x80-0x9F; 0 where the code page leaves a hole.
const char32_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Appends code point `c` unless it is a control character that text should not
// carry; "\r\n" and lone "\r" become "\n".
void Emit(char32_t c, char32_t* previous, std::string* out) {
  char32_t prev = *previous;
  *previous = c;
  if (c == '\n' && prev == '\r') return;  // the '\r' already gave the newline
  if (c == '\r') c = '\n';
  if (c == 0xFEFF || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
    return;
  }
  AppendUtf8(c, out);
}

void DecodeUtf16(std::string_view s, bool little_endian, Decoded* d) {
  char32_t previous = 0;
  auto unit = [&](size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(s[i]);
    auto b = static_cast<unsigned char>(s[i + 1]);
    return little_endian ? static_cast<char32_t>(a | (b << 8))
                         : static_cast<char32_t>(b | (a << 8));
  };
  size_t i = 0;
  for (; i + 1 < s.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < s.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        Emit(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &previous, &d->text);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u < 0xE000) {
      ++d->replaced;
      u = kReplacement;
    }
    Emit(u, &previous, &d->text);
  }
  if (i < s.size()) {
    ++d->replaced;
    Emit(kReplacement, &previous, &d->text);
  }
}

void DecodeSingleByte(std::string_view s, Decoded* d) {
  char32_t previous = 0;
  bool cp1252 = false;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    char32_t c = b;
    if (b >= 0x80 && b < 0xA0) {
      cp1252 = true;
      c = kCp1252High[b - 0x80];
      if (c == 0) {
        ++d->replaced;
        c = kReplacement;
      }
    }
    Emit(c, &previous, &d->text);
  }
  d->encoding = cp1252 ? "windows-1252" : "latin-1";
}

using byte_words::kHighBits;
using byte_words::kOnes;
using byte_words::Load8;

// True if all eight bytes are 0x20..0x7E. A byte below 0x20 borrows in
// v - 0x20 per byte, setting its high bit where v had none; 0x7F becomes
// 0x80 and above in v + 1 per byte.
bool IsPrintable8(std::uint64_t v) {
  if (v & kHighBits) return false;
  std::uint64_t below = (v - 0x20 * kOnes) & ~v & kHighBits;
  std::uint64_t del = (v + kOnes) & kHighBits;
  return (below | del) == 0;
}

void DecodeUtf8(std::string_view s, Decoded* d) {
  char32_t previous = 0;
  d->text.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if ((b >= 0x20 && b < 0x7F) || (b == '\n' && previous != '\r')) {
      // Fast path for the common case: a run of printable ASCII and newlines.
      size_t run = i + 1;
#if defined(__SSE2__)
      // Sixteen bytes a step where the machine has SSE2 (every x86-64), the
      // newlines included: prose lines are shorter than the eight-byte
      // steps below would like, and each newline stopped them.
      bool stopped = false;
      for (; run + 16 <= s.size(); run += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
        // Signed compares: bytes 0x80 and up are negative, so not above 0x1F.
        __m128i ok = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)),
                                                _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F))),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
        unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(ok));
        if (mask != 0xFFFF) {
          run += static_cast<size_t>(__builtin_ctz(~mask));  // the first byte that is neither
          stopped = true;
          break;
        }
      }
      while (!stopped && run < s.size()) {
#else
      while (run < s.size()) {
#endif
        // Eight printable ASCII bytes at a time, then the odd byte (a
        // newline, or the run's end) alone.
        while (run + 8 <= s.size() && IsPrintable8(Load8(s.data() + run))) run += 8;
        if (run == s.size()) break;
        auto c = static_cast<unsigned char>(s[run]);
        if (!((c >= 0x20 && c < 0x7F) || c == '\n')) break;
        ++run;
      }
      d->text.append(s.data() + i, run - i);
      previous = static_cast<unsigned char>(s[run - 1]);
      i = run;
      continue;
    }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      ++d->replaced;
      Emit(kReplacement, &previous, &d->text);
      ++i;
      continue;
    }
    if (n == 1) {
      Emit(b, &previous, &d->text);
    } else {
      char32_t c = b & (0xFF >> (n + 1));
      for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      Emit(c, &previous, &d->text);
    }
    i += n;
  }
}

// Counts valid multi-byte sequences and invalid bytes: many valid sequences and
// a few bad bytes is damaged UTF-8; no valid sequence at all is a legacy code page.
void CountUtf8(std::string_view s, size_t* multibyte, size_t* invalid) {
  *multibyte = *invalid = 0;
  size_t i = 0;
  while (i < s.size()) {
#if defined(__SSE2__)
    if (i + 16 <= s.size() &&
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i))) == 0) {
      i += 16;
      continue;
    }
#endif
    // Eight ASCII bytes at a time: most text is nothing else.
    if (i + 8 <= s.size() && (Load8(s.data() + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      ++*invalid;
      ++i;
    } else {
      ++*multibyte;
      i += n;
    }
  }
}

bool IsLegacyLabel(std::string_view label) {
  return label == "windows-1252" || label == "cp1252" || label == "iso-8859-1" ||
         label == "latin1" || label == "latin-1" || label == "iso8859-1" || label == "us-ascii" ||
         label == "ascii" || label == "iso-8859-15" || label == "x-cp1252";
}

// UTF-16 saved without a BOM: mostly-ASCII text leaves a zero byte in every
// other position. Returns "utf-16le", "utf-16be" or "".
std::string_view BomlessUtf16(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  size_t pairs = head.size() / 2, even = 0, odd = 0;
  if (pairs < 4) return "";
  // Almost every file has no NUL at all: one memchr settles it.
  if (head.find('\0') == std::string_view::npos) return "";
  for (size_t i = 0; i + 1 < head.size(); i += 2) {
    even += head[i] == '\0';
    odd += head[i + 1] == '\0';
  }
  if (odd * 10 > pairs * 4 && even * 20 < pairs) return "utf-16le";
  if (even * 10 > pairs * 4 && odd * 20 < pairs) return "utf-16be";
  return "";
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return false;
  }
  if (!BomlessUtf16(bytes).empty()) return false;
  std::string_view head = bytes.substr(0, 8192);
  if (head.find('\0') != std::string_view::npos) return true;
  // The control bytes text may hold: \t \n \v \f \r and ESC.
  constexpr std::uint32_t kTextControls =
      (1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1B);
  auto control = [&](unsigned char b) { return b < 0x20 && !((kTextControls >> b) & 1); };
  size_t controls = 0, i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step where the machine has SSE2 (every x86-64): the
  // control bytes are counted in place, so a line break (in nearly every
  // block of text) costs no byte-by-byte pass.
  for (; i + 16 <= head.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(head.data() + i));
    // Below 0x20: its own minimum with 0x1F (unsigned compare).
    __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    unsigned low_mask = static_cast<unsigned>(_mm_movemask_epi8(low));
    if (low_mask == 0) continue;
    auto is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    __m128i text = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(is('\t'), is('\n')), _mm_or_si128(is('\v'), is('\f'))),
        _mm_or_si128(is('\r'), is('\x1B')));
    unsigned text_mask = static_cast<unsigned>(_mm_movemask_epi8(text));
    // Counted one bit a step, without libgcc's popcount call: text nearly
    // always has none here (its line breaks are text controls).
    for (unsigned bad = low_mask & ~text_mask; bad != 0; bad &= bad - 1) ++controls;
  }
#endif
  // Eight bytes at a time: a byte below 0x20 is one whose top three bits are
  // all zero, and the zero-byte test below never misses one (it may flag a
  // byte after one), so a word it passes holds no control byte at all.
  for (; i + 8 <= head.size(); i += 8) {
    std::uint64_t top = byte_words::Load8(head.data() + i) & 0xE0E0E0E0E0E0E0E0;
    if (((top - byte_words::kOnes) & ~top & byte_words::kHighBits) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) controls += control(static_cast<unsigned char>(head[k]));
  }
  for (; i < head.size(); ++i) controls += control(static_cast<unsigned char>(head[i]));
  return controls * 20 > head.size();  // more than 5% control bytes
}

std::string SniffHtmlCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    pos += 7;
    size_t i = pos;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t start = i;
    while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) ||
                               head[i] == '-' || head[i] == '_' || head[i] == ':')) {
      ++i;
    }
    if (i > start) {
      std::string label = head.substr(start, i - start);
      // A page that could read its own <meta> is not UTF-16, whatever it says
      // (browsers ignore that declaration too).
      if (label.rfind("utf-16", 0) == 0) return "";
      return label;
    }
  }
  return "";
}

Decoded DecodeText(std::string_view bytes, std::string_view declared) {
  Decoded d;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.encoding = "utf-8-bom";
    DecodeUtf8(bytes.substr(3), &d);
    return d;
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
    d.encoding = "utf-16le";
    DecodeUtf16(bytes.substr(2), true, &d);
    return d;
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
    d.encoding = "utf-16be";
    DecodeUtf16(bytes.substr(2), false, &d);
    return d;
  }
  if (declared.empty()) declared = BomlessUtf16(bytes);
  if (declared == "utf-16" || declared == "utf-16le") {
    d.encoding = "utf-16le";
    DecodeUtf16(bytes, true, &d);
    return d;
  }
  if (declared == "utf-16be") {
    d.encoding = "utf-16be";
    DecodeUtf16(bytes, false, &d);
    return d;
  }
  if (IsLegacyLabel(declared)) {
    DecodeSingleByte(bytes, &d);
    return d;
  }
  size_t multibyte = 0, invalid = 0;
  CountUtf8(bytes, &multibyte, &invalid);
  if (invalid > 0 && multibyte <= invalid && declared != "utf-8" && declared != "utf8") {
    DecodeSingleByte(bytes, &d);
    return d;
  }
  d.encoding = "utf-8";
  DecodeUtf8(bytes, &d);
  return d;
}

}  // namespace annals
