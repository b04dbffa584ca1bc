#include "text_extract.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "byte_words.h"

namespace annals {

namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (IsAlpha(c) || static_cast<unsigned char>(c) >= 0xC0) return true;
  }
  return false;
}

// CountWords, but stops counting past `limit` (returns limit + 1 then): the
// callers only compare the count with a small number, and a paragraph is
// one line of thousands of bytes.
size_t CountWordsUpTo(std::string_view text, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word && ++words > limit) break;
    in_word = !space;
  }
  return words;
}

// A line long enough, and sentence-like enough, to be article prose.
bool IsProse(std::string_view line) {
  size_t words = CountWordsUpTo(line, 12);
  if (words >= 12) return true;
  char last = line.empty() ? ' ' : line.back();
  return words >= 6 && (last == '.' || last == '"' || last == '?' || last == '!');
}

bool IsByline(std::string_view line) {
  return (line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ") &&
         CountWordsUpTo(line, 13) <= 12;
}

// Removes Markdown markup that is not text: heading marks, emphasis, link and
// image syntax, block quotes. Returns "" for rules and code fences.
std::string StripMarkdown(std::string_view line) {
  std::string_view s = line;
  if (s.substr(0, 3) == "```" || s.substr(0, 3) == "~~~") return "";
  if (s.size() >= 3 && s.find_first_not_of("-*_ ") == std::string_view::npos) return "";
  while (!s.empty() && s.front() == '#') s.remove_prefix(1);
  while (!s.empty() && s.front() == '>') s.remove_prefix(1);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      ++i;  // "**bold**", "__bold__"
      continue;
    }
    if (c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
      // "[text](url)" keeps its text; "![alt](src)", an image, goes. The
      // search is bounded so a line of brackets cannot take quadratic time.
      size_t open = c == '!' ? i + 1 : i;
      std::string_view window = s.substr(open, 2000);
      size_t close = window.find("](");
      size_t end = close == std::string_view::npos ? close : window.find(')', close);
      if (end != std::string_view::npos) {
        if (c == '[') out += window.substr(1, close - 1);
        i = open + end;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// If `line` ends with an end-of-story marker ("... cyber space. Enditem",
// "(END)", "###"), removes it and returns true.
bool StripEndMarker(std::string_view* line, const IngestLexicon& lex) {
  size_t end = line->size();
  while (end > 0 && (*line)[end - 1] == ' ') --end;
  size_t start = line->rfind(' ', end == 0 ? 0 : end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view token = line->substr(start, end - start);
  while (!token.empty() && (token.front() == '(' || token.front() == '-' || token.front() == '*'))
    token.remove_prefix(1);
  while (!token.empty() &&
         (token.back() == ')' || token.back() == '-' || token.back() == '*' || token.back() == '.'))
    token.remove_suffix(1);
  if (token.empty() || !lex.end_markers.count(AsciiLower(token))) return false;
  // "at the end." is prose: a marker stands alone or follows a finished sentence.
  size_t before = start;
  while (before > 0 && ((*line)[before - 1] == ' ' || (*line)[before - 1] == '-')) --before;
  if (before > 0) {
    char c = (*line)[before - 1];
    bool finished = c == '.' || c == '!' || c == '?' || c == '"' || c == ')' ||
                    static_cast<unsigned char>(c) == 0x9D;  // closing curly quote
    if (!finished) return false;
  }
  *line = line->substr(0, before);
  return true;
}

bool EndsSentence(std::string_view s) {
  if (s.empty()) return false;
  char last = s.back();
  return last == '.' || last == '"' || last == '?' || last == '!' || last == ':' ||
         static_cast<unsigned char>(last) == 0x9D;  // closing curly quote
}

// A headline: one short run of words that does not end a sentence.
bool IsHeadlineShaped(std::string_view s) {
  constexpr size_t kHeadlineWords = 20;  // longer runs read as text
  return !s.empty() && !EndsSentence(s) && s.find('\n') == std::string_view::npos &&
         CountWordsUpTo(s, kHeadlineWords + 1) <= kHeadlineWords;
}

// A line as the body pass reads it: a view into the article's text when the
// line needed no change (most), else into a copy a `LineStore` keeps.
struct Line {
  std::string_view text;
  bool chrome = false;
};

// The changed lines' copies, at addresses that stay put while more are added.
using LineStore = std::deque<std::string>;

// `raw` itself when it is already collapsed, else its collapsed copy kept in
// `store`.
std::string_view Collapsed(std::string_view raw, LineStore* store) {
  if (IsCollapsed(raw)) return raw;
  return store->emplace_back(CollapseSpaces(raw));
}

// The body pass shared by text and HTML: drops chrome lines and a short line
// caught between two chrome lines, stops at an end marker, and groups lines
// into paragraphs (blank lines separate them; wrapped lines are joined).
void BuildBody(std::vector<Line>& lines, const IngestLexicon& lex, TextExtract* out) {
  for (Line& line : lines) {
    if (!line.text.empty()) line.chrome = IsChromeLine(line.text, lex);
  }
  // Short leftovers inside a run of chrome ("Your Comment", a lone "0") go too.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i].chrome || CountWordsUpTo(lines[i].text, 5) > 5) continue;
    size_t p = i, n = i + 1;
    while (p > 0 && lines[p - 1].text.empty()) --p;
    while (n < lines.size() && lines[n].text.empty()) ++n;
    if (p > 0 && n < lines.size() && lines[p - 1].chrome && lines[n].chrome) lines[i].chrome = true;
  }
  // Text wrapped at a fixed width breaks lines anywhere; text with one
  // paragraph a line (and no blank lines) ends nearly every line a sentence.
  size_t inner_lines = 0, sentence_ends = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].chrome || lines[i].text.empty() || lines[i + 1].text.empty()) continue;
    ++inner_lines;
    if (EndsSentence(lines[i].text)) ++sentence_ends;
  }
  bool wrapped = sentence_ends * 2 < inner_lines;
  // Paragraphs are written straight into the body, "\n\n" between them:
  // `open` is where the paragraph being read starts (npos when none is).
  std::string& body = out->body;
  body.clear();
  size_t bytes = 0;
  for (const Line& line : lines) bytes += line.text.size() + 2;
  body.reserve(bytes);
  constexpr size_t kNone = std::string::npos;
  size_t open = kNone, first_end = kNone;
  auto flush = [&] {
    if (open != kNone && first_end == kNone) first_end = body.size();
    open = kNone;
  };
  for (Line& line : lines) {
    if (line.chrome) continue;
    if (line.text.empty()) {
      flush();
      continue;
    }
    bool ended = StripEndMarker(&line.text, lex);
    if (!line.text.empty()) {
      if (open != kNone) {
        if (!wrapped && EndsSentence(body)) {
          flush();
        } else {
          body += ' ';
        }
      }
      if (open == kNone) {
        if (!body.empty()) body += "\n\n";
        open = body.size();
      }
      body += line.text;
    }
    if (ended) {
      out->ended = true;
      break;
    }
  }
  flush();
  // A dateline found on a header line of its own was read whole; the first
  // paragraph may have joined it to a line above it.
  if (first_end != kNone && !out->dateline) {
    Dateline d;
    std::string_view first = std::string_view(body).substr(0, first_end);
    if (ParseWireDateline(first, lex, &d)) {
      out->dateline = d;
    } else if (first_end + 2 < body.size() && IsHeadlineShaped(first)) {
      // A masthead line above the headline ("Nile Review" over "Sudan and
      // Egypt agree ...") was read as the title, so the headline opened the
      // body and the wire dateline opens its second paragraph. The headline
      // becomes the title when the one read is empty, the dateline's own
      // outlet or a masthead in capitals, and leaves the body, so the
      // dateline opens it as usual.
      std::string_view second = std::string_view(body).substr(first_end + 2);
      second = second.substr(0, second.find("\n\n"));
      if (ParseWireDateline(second, lex, &d)) {
        out->dateline = d;
        bool masthead = out->title.empty() || AsciiLower(out->title) == AsciiLower(d.outlet) ||
                        std::none_of(out->title.begin(), out->title.end(),
                                     [](char c) { return c >= 'a' && c <= 'z'; });
        if (masthead) {
          out->title = std::string(first);
          body.erase(0, first_end + 2);
        }
      }
    }
  }
}

// "LINE:COL" of byte `at` of the collapsed line `collapsed`, the
// `index`-th line (0-based) of `text`. Only called for a problem, so the
// line is found again rather than every line's offset kept.
std::string LineColumn(std::string_view text, size_t index, std::string_view collapsed, size_t at) {
  size_t start = 0;
  for (size_t n = 0; n < index; ++n) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  std::string_view raw = text.substr(start, text.find('\n', start) - start);
  at = std::min(at, collapsed.size());
  size_t column = raw.find(collapsed.substr(at, 12));
  if (column == std::string_view::npos) column = at;
  return std::to_string(index + 1) + ":" + std::to_string(column + 1);
}

bool SameTitle(std::string_view a, std::string_view b) {
  if (a.empty()) return false;
  // Lower case keeps the length: texts of two lengths differ without a copy
  // lower-cased (the header lines are compared with a title, or with none).
  std::string ca = CollapseSpaces(a), cb = CollapseSpaces(b);
  return ca.size() == cb.size() && AsciiLower(ca) == AsciiLower(cb);
}

}  // namespace

using byte_words::kHighBits;
using byte_words::kOnes;
using byte_words::Load8;
using byte_words::ZeroBytes;

bool IsCollapsed(std::string_view line) {
  if (line.empty()) return true;
  if (line.front() == ' ' || line.back() == ' ') return false;
  const char* p = line.data();
  size_t n = line.size(), i = 0;
  bool previous_space = false;
#if defined(__SSE2__)
  // Sixteen bytes a step where the machine has SSE2 (every x86-64): this
  // runs over every line of every article and every sentence the assembler
  // quotes, and the eight-byte masks below cost about 20 operations a step.
  {
    const __m128i below_space = _mm_set1_epi8(0x1F);
    const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
    const __m128i space = _mm_set1_epi8(' ');
    for (; i + 16 <= n; i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      // A byte below 0x20 is its own minimum with 0x1F (unsigned compare).
      __m128i bad =
          _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v), _mm_cmpeq_epi8(v, c2));
      // Bit k is byte k (memory order), whatever the machine's byte order.
      unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
      if (_mm_movemask_epi8(bad) != 0 || (spaces & (spaces << 1)) != 0 ||
          (previous_space && (spaces & 1) != 0)) {
        return false;
      }
      previous_space = (spaces >> 15) != 0;
    }
    // The last few bytes: the sixteen that end the line, overlapping bytes
    // already read (reading a byte twice changes no answer, and the window
    // holds the pair across the last step's end).
    if (i < n && n >= 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
      __m128i bad =
          _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v), _mm_cmpeq_epi8(v, c2));
      unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
      return _mm_movemask_epi8(bad) == 0 && (spaces & (spaces << 1)) == 0;
    }
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= n; i += 8) {
      std::uint64_t v = Load8(p + i);
      // Any byte below 0x20 (tab, newline, carriage return, other controls:
      // those go the slow way too, which keeps them) or equal to 0xC2.
      std::uint64_t bad = ((v - 0x20 * kOnes) & ~v & kHighBits) | ZeroBytes(v ^ (0xC2 * kOnes));
      std::uint64_t spaces = ZeroBytes(v ^ (' ' * kOnes));
      // A space right after a space: in this block, or across from the last.
      if (bad != 0 || (spaces & (spaces << 8)) != 0 || (previous_space && (spaces & 0x80) != 0)) {
        return false;
      }
      previous_space = (spaces >> 63) != 0;
    }
  }
  for (; i < n; ++i) {
    char c = p[i];
    if (static_cast<unsigned char>(c) < 0x20 || c == '\xC2' || (c == ' ' && previous_space)) {
      return false;
    }
    previous_space = c == ' ';
  }
  return true;
}

std::string CollapseSpaces(std::string_view line) {
  if (IsCollapsed(line)) return std::string(line);
  // Written byte by byte through a pointer into a buffer sized once: the
  // result is never longer than the line (a run of spaces becomes at most
  // one). This runs over every line of every article; appending each word
  // to a std::string cost three times as much.
  std::string out(line.size(), '\0');
  char* o = out.data();
  const char* p = line.data();
  size_t n = line.size(), len = 0;
  bool space = false;
  // The bytes that need a look: the three spaces, and 0xC2 (a non-breaking
  // space starts with it).
  static constexpr auto kStops = [] {
    std::array<bool, 256> stops{};
    for (unsigned char c : {' ', '\t', '\n', '\xC2'}) stops[c] = true;
    return stops;
  }();
  for (size_t i = 0; i < n; ++i) {
    char c = p[i];
    if (kStops[static_cast<unsigned char>(c)]) {
      if (c != '\xC2') {
        space = true;
        continue;
      }
      if (i + 1 < n && p[i + 1] == '\xA0') {
        space = true;
        ++i;
        continue;
      }
      // A lone 0xC2 is kept as it is.
    }
    // Spaces before the first word and after the last are dropped.
    if (space && len > 0) o[len++] = ' ';
    space = false;
    o[len++] = c;
  }
  out.resize(len);
  return out;
}

namespace {

// Hands each word of `line` to `take`, lower-cased, until `take` returns
// false. A letter, digit or non-ASCII byte is part of a word; a capital
// after two lower-case letters starts a new one ("storiesGet": two words
// glued together by a page's markup).
template <typename Take>
void WalkLineWords(std::string_view line, Take take) {
  std::string word;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    bool letter = IsAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
    if (letter && IsUpper(c) && !word.empty() && IsLower(word.back()) && i > 0 &&
        IsLower(line[i - 1])) {
      if (!take(std::move(word))) return;
      word.clear();
    }
    if (letter) {
      word += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!word.empty()) {
      if (!take(std::move(word))) return;
      word.clear();
    }
  }
  if (!word.empty()) take(std::move(word));
}

}  // namespace

std::vector<std::string> LineWords(std::string_view line) {
  std::vector<std::string> words;
  WalkLineWords(line, [&](std::string&& word) {
    words.push_back(std::move(word));
    return true;
  });
  return words;
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

namespace {

// LineWords(line)[0], or "" when it has none, without building the rest.
std::string FirstLineWord(std::string_view line) {
  std::string first;
  WalkLineWords(line, [&](std::string&& word) {
    first = std::move(word);
    return false;
  });
  return first;
}

// std::count(line, ' '), eight bytes a step: every short line of every
// article is measured so.
size_t CountSpaces(std::string_view line) {
  using namespace byte_words;
  size_t count = 0, i = 0;
  if constexpr (kLittleEndian) {
    for (; i + 8 <= line.size(); i += 8) {
      count += CountMarked(ZeroBytes(Load8(line.data() + i) ^ (kOnes * ' ')));
    }
  }
  for (; i < line.size(); ++i) count += line[i] == ' ';
  return count;
}

}  // namespace

bool IsChromeLine(std::string_view line, const IngestLexicon& lex) {
  if (line.size() > 300) return false;
  if (!HasLetter(line)) return true;  // "0", ">>", "* * *": nothing to read
  // Splitting glued words only adds words, so the spaces bound the count from
  // below; most prose lines are settled here without splitting them.
  size_t spaces = CountSpaces(line);
  if (spaces >= 40) return false;
  // "Copyright 2016 ...", "© Example Media": a rights notice, whatever its length.
  std::string first = FirstLineWord(line.substr(0, line.find(' ')));
  if (!first.empty() && lex.lead_words.count(first)) return true;
  if (spaces >= 16) return false;
  // The words are read one at a time, as LineWords splits them, and each is
  // looked up once in the lexicon's line_words (its stop words, months,
  // weekdays, outlets and UI words together): no vector of words.
  size_t words = 0, content = 0, ui = 0;
  WalkLineWords(line, [&](std::string&& w) {
    if (++words > 16) return false;
    // Numbers, function words and calendar words ("Updated Dec 3") say
    // nothing either way; nor does an outlet's name ("Photo: Reuters").
    if (IsDigit(w[0])) return true;
    auto it = lex.line_words.find(w);
    unsigned char kinds = it == lex.line_words.end() ? 0 : it->second;
    if (kinds & IngestLexicon::kNeutralWord) return true;
    ++content;
    if (kinds & IngestLexicon::kUiWord) ++ui;
    return true;
  });
  if (words > 16) return false;
  if (content == 0) return false;
  // Most of what the line says is UI vocabulary; longer lines need a larger
  // share, so that prose which happens to name Twitter or a forum is kept.
  size_t needed_percent = words <= 6 ? 60 : 75;
  return ui * 100 >= content * needed_percent;
}

namespace {

// True for a line that reads as a sentence of the story. "Published October
// 1, 2019 at 6:40 p.m." ends with a full stop but is a date line.
bool IsStoryLine(std::string_view line) {
  return IsProse(line) && !(EndsWithMeridiem(line) && CountWordsUpTo(line, 12) < 12);
}

// Reads the publication line after the story among lines[header_end..] (see
// FindTrailerDate), reports the date lines it could not use with their line
// and column in `text`, and drops the line it read from the body.
void ReadTrailerDate(std::string_view text, size_t header_end, const IngestLexicon& lex,
                     const ArticleDateOrder* order, std::vector<Line>* lines, TextExtract* out) {
  std::vector<std::string_view> views;
  views.reserve(lines->size() - std::min(header_end, lines->size()));
  for (size_t i = header_end; i < lines->size(); ++i) views.push_back((*lines)[i].text);
  HeaderDate date;
  std::vector<std::pair<size_t, HeaderDate>> problems;
  std::optional<size_t> found =
      FindTrailerDate(views, out->header_date.has_value(), lex, order, &date, &problems);
  for (const auto& [index, header] : problems) {
    out->warnings.push_back(LineColumn(text, header_end + index, views[index], header.problem_at) +
                            ": " + header.problem);
  }
  if (!found) return;
  out->trailer_date = date;
  (*lines)[header_end + *found].text = {};
}

}  // namespace

std::optional<size_t> FindTrailerDate(const std::vector<std::string_view>& lines,
                                      bool header_update, const IngestLexicon& lex,
                                      const ArticleDateOrder* order, HeaderDate* date,
                                      std::vector<std::pair<size_t, HeaderDate>>* problems) {
  struct Found {
    size_t index;
    HeaderDate date;
  };
  std::vector<Found> found;
  bool other_lines = false;
  for (size_t i = lines.size(), seen = 0; i > 0 && seen < 8; --i) {
    std::string_view line = lines[i - 1];
    if (line.empty()) continue;
    ++seen;
    if (IsStoryLine(line)) break;
    if (line.find_first_of("0123456789") == std::string_view::npos) {
      if (!IsChromeLine(line, lex) && !IsByline(line)) other_lines = true;
      continue;
    }
    HeaderDate header;
    if (ParseHeaderDate(line, lex, &header, order)) {
      std::string rest = CollapseSpaces(std::string(line.substr(0, header.begin)) + " " +
                                        std::string(line.substr(header.end)));
      if (rest.empty() || IsChromeLine(rest, lex) || IsByline(rest)) {
        found.push_back({i - 1, header});
        continue;
      }
    } else if (!header.problem.empty()) {
      problems->emplace_back(i - 1, header);
    }
    if (!IsChromeLine(line, lex) && !IsByline(line)) other_lines = true;
  }
  // Headlines with a publication date under each are a list of other
  // stories, labelled or not.
  if (other_lines) {
    std::optional<date::year_month_day> first;
    for (const Found& f : found) {
      if (f.date.updated) continue;
      auto day = f.date.date.Day();
      if (first && day != first) return std::nullopt;
      if (!first) first = day;
    }
  }
  const Found* best = nullptr;
  for (const Found& f : found) {
    if (!f.date.labelled && other_lines) continue;
    if (!best || (best->date.updated && !f.date.updated)) best = &f;
  }
  if (!best) return std::nullopt;
  if (header_update && best->date.updated) return std::nullopt;  // an update under an update
  *date = best->date;
  return best->index;
}

void ExtractText(std::string_view text, bool markdown, std::string_view known_title,
                 const IngestLexicon& lex, TextExtract* out, const ArticleDateOrder* order) {
  *out = TextExtract{};
  LineStore store;
  std::vector<Line> lines;
  // News prose runs some hundred bytes a line or more: room for most
  // articles' lines without regrowing (each regrowth moves every line).
  lines.reserve(text.size() / 64 + 16);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    if (markdown) {
      lines.push_back({store.emplace_back(CollapseSpaces(StripMarkdown(raw)))});
    } else {
      lines.push_back({Collapsed(raw, &store)});
    }
    start = end + 1;
  }
  // Header: the title, bylines and date lines before the first prose line.
  out->title = std::string(known_title);
  bool have_title = !known_title.empty();
  bool title_line_seen = false;
  size_t header_end = 0;  // the lines before it were read as the header
  for (size_t i = 0, seen = 0; i < lines.size() && seen < 12; ++i) {
    Line& line = lines[i];
    header_end = i + 1;
    if (line.text.empty()) continue;
    ++seen;
    if (!title_line_seen && SameTitle(line.text, known_title)) {
      title_line_seen = true;
      line.text = {};
      continue;
    }
    HeaderDate header;
    // "Published March 3, 2019 at 6:40 p.m." ends with a full stop but is
    // a date line, not a sentence.
    if (!IsProse(line.text) ||
        (EndsWithMeridiem(line.text) && CountWordsUpTo(line.text, 12) < 12)) {
      // A dated wire dateline on a line of its own ("CAIRO, Oct. 4, 2021
      // (MENA) -") belongs to the story, not the header: it stays in the body,
      // and counts as the dateline unless the first paragraph has one.
      Dateline wire;
      if (line.text.find_first_of("0123456789") != std::string_view::npos &&
          ParseWireDateline(line.text, lex, &wire) && wire.date.month != 0) {
        if (!out->dateline) out->dateline = wire;
        continue;
      }
      if (ParseHeaderDate(line.text, lex, &header, order)) {
        std::string rest = CollapseSpaces(std::string(line.text.substr(0, header.begin)) + " " +
                                          std::string(line.text.substr(header.end)));
        // "Updated ..." above "Published ...": the publication date wins.
        if (!out->header_date || (out->header_date->updated && !header.updated)) {
          out->header_date = header;
        }
        if (rest.empty() || IsChromeLine(rest, lex) || IsByline(rest) || CountWords(rest) <= 4) {
          line.text = {};
          continue;
        }
      } else if (!header.problem.empty()) {
        out->warnings.push_back(LineColumn(text, i, line.text, header.problem_at) + ": " +
                                header.problem);
      }
    }
    if (IsByline(line.text)) {
      line.text = {};
      continue;
    }
    if (IsChromeLine(line.text, lex)) continue;
    if (!have_title && line.text.size() <= 300) {
      // The first line that is neither chrome nor a date line is the headline,
      // unless it reads like a paragraph of running text.
      size_t words = CountWords(line.text);
      bool paragraph = words > 30 || (words >= 8 && line.text.back() == '.');
      have_title = true;
      if (!paragraph) {
        out->title = std::string(line.text);
        line.text = {};
        continue;
      }
    }
    if (IsProse(line.text)) break;
  }
  if (!out->header_date || out->header_date->updated) {
    ReadTrailerDate(text, header_end, lex, order, &lines, out);
  }
  BuildBody(lines, lex, out);
}

void CleanParagraphs(const std::vector<std::string>& paragraphs, const IngestLexicon& lex,
                     TextExtract* out) {
  LineStore store;
  std::vector<Line> lines;
  for (const std::string& p : paragraphs) {
    std::string_view text = Collapsed(p, &store);
    if (IsByline(text)) continue;
    lines.push_back({text});
    lines.push_back({""});
  }
  BuildBody(lines, lex, out);
}

}  // namespace annals
