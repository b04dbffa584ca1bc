#include "annals/ingest.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annals/bundle.h"
#include "byte_words.h"
#include "dateline.h"
#include "encoding.h"
#include "front_matter.h"
#include "html_extract.h"
#include "ingest_lexicon.h"
#include "ingest_read.h"
#include "sidecar.h"
#include "text_extract.h"

namespace annals {

namespace {

namespace fs = std::filesystem;

enum class Format { kText, kMarkdown, kHtml, kOther };

// What fs::path(file).filename() gives on POSIX, without building a path
// (its parse into components cost more than the rest of the test): the part
// after the last '/', empty when the name ends with one.
std::string_view FileNameOf(std::string_view file) {
  size_t slash = file.rfind('/');
  return slash == std::string_view::npos ? file : file.substr(slash + 1);
}

// fs::path's extension() of a file name: from its last '.', none for ".",
// ".." or a name whose only '.' opens it (".profile").
std::string_view ExtensionOf(std::string_view name) {
  if (name.empty() || (name.size() <= 2 && name[0] == '.')) return {};
  size_t dot = name.rfind('.');
  if (dot == 0 || dot == std::string_view::npos) return {};
  return name.substr(dot);
}

Format FormatOf(const std::string& file) {
  std::string ext = AsciiLower(ExtensionOf(FileNameOf(file)));
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".md" || ext == ".markdown") return Format::kMarkdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  return Format::kOther;
}

// A text file that is really a saved page.
bool StartsLikeHtml(std::string_view text) {
  size_t i = text.find_first_not_of(" \n\t");
  if (i == std::string_view::npos) return false;
  std::string head = AsciiLower(text.substr(i, 15));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

std::string FormatDay(date::year_month_day day) { return date::format("%F", day); }

struct Candidate {
  std::string signal;
  date::year_month_day day;
};

// A readable title from a file name when the article gives none:
// "2015-12-02-cyber-talks.txt" -> "2015-12-02 cyber talks".
std::string TitleFromFileName(const std::string& file) {
  std::string stem = fs::path(file).stem().string();
  std::replace(stem.begin(), stem.end(), '_', ' ');
  for (size_t i = 0; i < stem.size(); ++i) {
    bool digit_before = i > 0 && std::isdigit(static_cast<unsigned char>(stem[i - 1]));
    bool digit_after = i + 1 < stem.size() && std::isdigit(static_cast<unsigned char>(stem[i + 1]));
    if (stem[i] == '-' && !(digit_before && digit_after)) stem[i] = ' ';
  }
  return stem;
}

void PickDate(std::vector<Candidate>& candidates, const std::optional<Dateline>& dateline,
              size_t dateline_rank, const std::function<std::string()>& dateline_where,
              Article* article) {
  // A dateline without a year ("BEIJING, Nov. 12 (Xinhua) --") takes the
  // year that puts it nearest to another signal's date; with none, no date.
  if (dateline && dateline->date.month != 0 && !dateline->date.HasYear()) {
    std::optional<date::year_month_day> completed;
    for (const Candidate& c : candidates) {
      completed = NearestYear(dateline->date.month, dateline->date.day, c.day);
      if (completed) break;
    }
    if (completed) {
      candidates.insert(
          candidates.begin() + static_cast<long>(std::min(dateline_rank, candidates.size())),
          {"dateline", *completed});
    } else if (candidates.empty()) {
      // Say where, and how the user can date the article: annals never
      // guesses a year from today's date or the file's time.
      article->warnings.push_back(
          dateline_where() + ": the dateline's date " +
          date::format("%B", date::month{dateline->date.month}) + " " +
          std::to_string(dateline->date.day) +
          " has no year and nothing else gives one; give the date with --published "
          "YYYY-MM-DD, an articles.yaml sidecar or a front-matter date");
    }
  }
  if (candidates.empty()) return;
  article->published = candidates[0].day;
  article->signal = candidates[0].signal;
  for (size_t i = 1; i < candidates.size(); ++i) {
    auto apart = date::sys_days{candidates[i].day} - date::sys_days{candidates[0].day};
    // A day either way is a time zone, not a disagreement.
    if (apart.count() > 1 || apart.count() < -1) {
      article->warnings.push_back(candidates[i].signal + " says " + FormatDay(candidates[i].day) +
                                  ", " + candidates[0].signal + " " + FormatDay(candidates[0].day) +
                                  " is used");
    }
  }
}

}  // namespace

Article ParseArticle(const std::string& file, const std::string& contents,
                     const IngestOptions& options, const SidecarEntry* sidecar) {
  Article article;
  article.file = file;
  std::string err;
  const IngestLexicon* lex = GetIngestLexicon(&err);
  if (!lex) {
    article.warnings.push_back(err);
    return article;
  }
  Format format = FormatOf(file);
  std::string declared = format == Format::kHtml ? SniffHtmlCharset(contents) : "";
  Decoded decoded = DecodeText(contents, declared);
  if (format != Format::kHtml && StartsLikeHtml(decoded.text)) {
    format = Format::kHtml;
    declared = SniffHtmlCharset(contents);
    if (!declared.empty()) decoded = DecodeText(contents, declared);
  }
  article.encoding = decoded.encoding;
  if (decoded.replaced > 0) {
    article.warnings.push_back(std::to_string(decoded.replaced) + " invalid " + decoded.encoding +
                               " byte sequence(s) replaced");
  }
  std::string_view text = decoded.text;

  std::vector<Candidate> candidates;
  if (options.published) candidates.push_back({"option", *options.published});
  if (sidecar && sidecar->published) candidates.push_back({"sidecar", *sidecar->published});

  FrontMatter front;
  if (format != Format::kHtml) {
    std::string fm_err;
    if (!ReadFrontMatter(text, *lex, &front, &fm_err)) {
      article.warnings.push_back(file + ":" + fm_err);
    }
    if (front.present) text.remove_prefix(front.length);
    if (front.date) candidates.push_back({"front-matter", *front.date});
  }

  TextExtract extract;
  HtmlExtract html;
  if (format == Format::kHtml) {
    ExtractHtml(text, *lex, &html);
    if (!html.problem.empty()) article.warnings.push_back(html.problem);
    for (const auto& [signal, value] : html.dates) {
      if (auto day = ParseDateValueText(value, *lex)) {
        candidates.push_back({signal, *day});
      } else {
        article.warnings.push_back(signal + " date '" + value + "' is not a date; ignored");
      }
    }
    CleanParagraphs(html.paragraphs, *lex, &extract);
    extract.title = html.title;
    // What the page shows (not its markup) tells how it writes numeric dates.
    std::vector<std::string_view> shown(html.paragraphs.begin(), html.paragraphs.end());
    shown.insert(shown.end(), html.header_lines.begin(), html.header_lines.end());
    shown.insert(shown.end(), html.trailer_lines.begin(), html.trailer_lines.end());
    ArticleDateOrder order(std::move(shown), html.locale, *lex);
    // A date line shown under the headline, as for plain text; the first
    // publication date wins over an update's.
    for (const std::string& line : html.header_lines) {
      // A sentence that mentions a date is not a date line.
      size_t words = CountWords(line);
      if (words >= 12 || (words >= 6 && line.back() == '.' && !EndsWithMeridiem(line))) continue;
      HeaderDate header;
      if (ParseHeaderDate(line, *lex, &header, &order) &&
          (!extract.header_date || (extract.header_date->updated && !header.updated))) {
        extract.header_date = header;
      }
    }
    // With no date in the metadata and none under the headline, a
    // publication line under the story, read as for plain text.
    if (html.dates.empty() && (!extract.header_date || extract.header_date->updated)) {
      std::vector<std::string_view> lines(html.trailer_lines.begin(), html.trailer_lines.end());
      HeaderDate trailer;
      std::vector<std::pair<size_t, HeaderDate>> problems;
      if (FindTrailerDate(lines, extract.header_date.has_value(), *lex, &order, &trailer,
                          &problems)) {
        extract.trailer_date = trailer;
      }
      for (const auto& [index, header] : problems) {
        article.warnings.push_back(file + ": the line '" + html.trailer_lines[index] +
                                   "' under the story: " + header.problem);
      }
    }
  } else {
    std::vector<std::string_view> whole{text};
    ArticleDateOrder order(std::move(whole), "", *lex);
    ExtractText(text, format == Format::kMarkdown, front.title, *lex, &extract, &order);
  }
  // Header dates that were not real days or could be read two ways, where
  // they are in the file (the lines after the front matter).
  size_t front_lines = static_cast<size_t>(std::count(
      decoded.text.begin(), decoded.text.begin() + (text.data() - decoded.text.data()), '\n'));
  for (const std::string& warning : extract.warnings) {
    size_t colon = warning.find(':');
    size_t line = std::strtoul(warning.c_str(), nullptr, 10) + front_lines;
    article.warnings.push_back(file + ":" + std::to_string(line) + warning.substr(colon));
  }
  size_t dateline_rank = candidates.size();
  // Where the dateline is, for a message: the first paragraph starts with it.
  auto dateline_where = [&] {
    std::string where = file;
    size_t at = text.find(std::string_view(extract.body).substr(0, 16));
    if (at != std::string_view::npos) {
      size_t offset = static_cast<size_t>(text.data() - decoded.text.data()) + at;
      std::string_view before = std::string_view(decoded.text).substr(0, offset);
      size_t line_start = before.rfind('\n');
      size_t column = line_start == std::string_view::npos ? offset : offset - line_start - 1;
      where += ":" + std::to_string(std::count(before.begin(), before.end(), '\n') + 1) + ":" +
               std::to_string(column + 1);
    }
    return where;
  };
  if (extract.dateline && extract.dateline->date.HasYear()) {
    if (auto day = extract.dateline->date.Day()) {
      candidates.push_back({"dateline", *day});
    } else {
      std::string where = dateline_where();
      const PartialDate& d = extract.dateline->date;
      article.warnings.push_back(where + ": the dateline's date " + std::to_string(d.year) + "-" +
                                 std::to_string(d.month) + "-" + std::to_string(d.day) +
                                 " is not a date; ignored");
    }
  }
  // A publication line after the story ranks with the header's, above an
  // update line under the headline; it is only read when the header has no
  // publication date.
  std::optional<date::year_month_day> trailer_day;
  if (extract.trailer_date) trailer_day = extract.trailer_date->date.Day();
  if (trailer_day && !extract.trailer_date->updated) candidates.push_back({"footer", *trailer_day});
  if (extract.header_date) {
    if (auto day = extract.header_date->date.Day()) {
      candidates.push_back({extract.header_date->outlet.empty() ? "header" : "dateline", *day});
    }
  }
  if (trailer_day && extract.trailer_date->updated) candidates.push_back({"footer", *trailer_day});
  // A front-matter update date (lastmod) only when no publication date was
  // written anywhere above: a page is updated after it is published.
  // An update's date from a sidecar or a page's meta tags likewise, and only
  // when the same source gives no publication date.
  if (sidecar && !sidecar->published && sidecar->updated) {
    candidates.push_back({"sidecar", *sidecar->updated});
  }
  if (!front.date && front.updated) candidates.push_back({"front-matter", *front.updated});
  if (html.dates.empty() && !html.updated_date.empty()) {
    if (auto day = ParseDateValueText(html.updated_date, *lex)) {
      candidates.push_back({"meta", *day});
    } else {
      article.warnings.push_back("meta date '" + html.updated_date + "' is not a date; ignored");
    }
  }
  if (auto day = FileNameDate(file)) candidates.push_back({"file-name", *day});
  std::string url = sidecar && !sidecar->url.empty() ? sidecar->url
                    : !front.url.empty()             ? front.url
                                                     : html.url;
  if (auto day = UrlDate(url)) candidates.push_back({"url", *day});
  PickDate(candidates, extract.dateline, dateline_rank, dateline_where, &article);

  // Outlet and place: what the user wrote down wins over what the text says.
  std::string dateline_outlet = extract.dateline ? extract.dateline->outlet : "";
  std::string header_outlet = extract.header_date ? extract.header_date->outlet : "";
  for (const std::string* outlet : std::initializer_list<const std::string*>{
           sidecar ? &sidecar->outlet : nullptr, &front.outlet, &dateline_outlet, &header_outlet,
           &html.site_name}) {
    if (outlet && !outlet->empty()) {
      article.outlet = *outlet;
      break;
    }
  }
  article.place = !front.place.empty()  ? front.place
                  : extract.dateline    ? extract.dateline->place
                  : extract.header_date ? extract.header_date->place
                                        : "";
  if (sidecar && !sidecar->title.empty()) {
    article.title = sidecar->title;
  } else {
    article.title = !extract.title.empty() ? extract.title : TitleFromFileName(file);
  }
  article.url = url;
  article.body = std::move(extract.body);
  if (article.body.empty()) article.warnings.push_back("no article text found");
  if (!article.published) article.warnings.push_back("no publication date found");
  return article;
}

namespace {

// The 64-bit hash libstdc++'s std::hash gives a string (its _Hash_bytes,
// seed 0xc70f6907), written out so that it is inlined: SimHash calls it
// for 200 trigrams of every article, and the call, its byte loop for the
// last few bytes and its seed load were a third of SimHash's cost. The
// last bytes are read as byte_words::LastChunk reads them, in the order
// _Hash_bytes assembles them (the first byte lowest).
std::uint64_t TrigramHash(std::string_view s) {
  constexpr std::uint64_t kMul = (std::uint64_t{0xc6a4a793} << 32) + std::uint64_t{0x5bd1e995};
  auto shift_mix = [](std::uint64_t v) { return v ^ (v >> 47); };
  const char* p = s.data();
  const size_t n = s.size();
  std::uint64_t h = std::uint64_t{0xc70f6907} ^ (n * kMul);
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    std::uint64_t v;
    std::memcpy(&v, p + k, 8);
    h ^= shift_mix(v * kMul) * kMul;
    h *= kMul;
  }
  if (k < n) {
    h ^= byte_words::LastChunk(p, k, n);
    h *= kMul;
  }
  return shift_mix(shift_mix(h) * kMul);
}

// A 64-bit SimHash over word trigrams: wire copies that differ in a headline
// or a sentence land a few bits apart. The hash is only compared within one
// run, so its value need not be stable across builds; it is std::hash's
// (TrigramHash), so the near copies flagged stayed the same.
std::uint64_t SimHash(std::string_view body) {
  constexpr size_t kWords = 202;
  // [begin, end) of the opening words, on the stack and left uninitialised
  // (an array of pairs was zero-filled first, 3.2 KB an article): no
  // allocation an article.
  size_t begins[kWords];
  size_t ends[kWords];
  size_t count = 0;
  // The words are found eight bytes a step: a bit per byte that is a space
  // or a line break, and from it the bytes where a word starts and where
  // one ends (the first separator after it), taken in order. The last few
  // bytes are read padded with spaces, so a word at the very end ends at
  // body.size().
  {
    using namespace byte_words;
    const char* s = body.data();
    const size_t size = body.size();
    bool open = false;  // a word runs on from the byte before `at`
    size_t begin = 0;
    if constexpr (!kLittleEndian) {
      // (Byte j of a load is bit 8 * j only where it is little-endian.)
      for (size_t i = 0; i < size && count < kWords;) {
        while (i < size && (s[i] == ' ' || s[i] == '\n')) ++i;
        const size_t start = i;
        while (i < size && s[i] != ' ' && s[i] != '\n') ++i;
        if (i > start) {
          begins[count] = start;
          ends[count] = i;
          ++count;
        }
      }
    }
    for (size_t at = 0; kLittleEndian && at < size && count < kWords; at += 8) {
      std::uint64_t v;
      if (at + 8 <= size) {
        v = Load8(s + at);
      } else {
        char last[8];
        std::memset(last, ' ', sizeof last);
        std::memcpy(last, s + at, size - at);
        v = Load8(last);
      }
      std::uint64_t stops = ZeroBytes(v ^ (kOnes * ' ')) | ZeroBytes(v ^ (kOnes * '\n'));
      // Byte j's mark (its bit 8 * j + 7) to bit j.
      const std::uint64_t sep = ((stops >> 7) * 0x0102040810204080ull) >> 56;
      const std::uint64_t in_word = ~sep & 0xFF;
      const std::uint64_t after_word = (in_word << 1) | (open ? 1 : 0);
      const std::uint64_t starts = in_word & ~after_word;
      std::uint64_t events = starts | (sep & after_word);
      open = (in_word >> 7) != 0;
      while (events) {
        const unsigned b = static_cast<unsigned>(__builtin_ctzll(events));
        events &= events - 1;
        if ((starts >> b) & 1) {
          begin = at + b;
        } else {
          begins[count] = begin;
          ends[count] = at + b;
          if (++count == kWords) break;
        }
      }
    }
    if (kLittleEndian && open && count < kWords) {
      begins[count] = begin;
      ends[count] = size;
      ++count;
    }
  }
  // Counts the ones of each bit: nibbles[j] holds, in its nibble m, how many
  // of the last few shingles set bit 4 * m + j; at most 15 shingles fit a
  // nibble, so every 15 they are added to the byte counters: lanes[k] holds,
  // in its byte j, how many shingles set bit 8 * j + k (the even nibbles of
  // nibbles[j] are lanes[j]'s bytes, the odd ones lanes[j + 4]'s). At most
  // 200 shingles, so a byte never overflows. Four adds a shingle instead of
  // eight.
  // (Named counters rather than arrays: the compiler kept an array in
  // memory, a load and a store per lane per shingle.)
  constexpr std::uint64_t kNibbleLow = 0x1111111111111111;
  constexpr std::uint64_t kLowNibbles = 0x0F0F0F0F0F0F0F0F;
  std::uint64_t l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0;
  std::uint64_t n0 = 0, n1 = 0, n2 = 0, n3 = 0;
  auto flush = [&] {
    l0 += n0 & kLowNibbles;
    l4 += (n0 >> 4) & kLowNibbles;
    l1 += n1 & kLowNibbles;
    l5 += (n1 >> 4) & kLowNibbles;
    l2 += n2 & kLowNibbles;
    l6 += (n2 >> 4) & kLowNibbles;
    l3 += n3 & kLowNibbles;
    l7 += (n3 >> 4) & kLowNibbles;
    n0 = n1 = n2 = n3 = 0;
  };
  int shingles = 0;
  int in_nibbles = 0;
  for (size_t w = 0; w + 2 < count; ++w, ++shingles) {
    std::uint64_t h =
        TrigramHash(std::string_view(body.data() + begins[w], ends[w + 2] - begins[w]));
    n0 += h & kNibbleLow;
    n1 += (h >> 1) & kNibbleLow;
    n2 += (h >> 2) & kNibbleLow;
    n3 += (h >> 3) & kNibbleLow;
    if (++in_nibbles == 15) {
      flush();
      in_nibbles = 0;
    }
  }
  flush();
  const std::uint64_t lanes[8] = {l0, l1, l2, l3, l4, l5, l6, l7};
  std::uint64_t hash = 0;
  for (int bit = 0; bit < 64; ++bit) {
    int ones = static_cast<int>((lanes[bit % 8] >> (8 * (bit / 8))) & 0xFF);
    if (2 * ones > shingles) hash |= std::uint64_t{1} << bit;
  }
  return hash;
}

// Reads a file whose size is known in one go (ReadFile's stream copy costs
// more than the parsing of a small article).
bool ReadWhole(const std::string& path, std::uintmax_t size, std::string* contents,
               std::string* err) {
  // Plain read(2) into the string: stdio's FILE and its buffer cost an
  // allocation, a copy and more per file than the read itself (articles are
  // a few kilobytes).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = std::strerror(errno);
    return false;
  }
  contents->resize(size);
  size_t got = 0;
  bool failed = false;
  auto read_into = [&](char* at, size_t room) -> ssize_t {
    for (;;) {
      ssize_t n = ::read(fd, at, room);
      if (n >= 0 || errno != EINTR) return n;
    }
  };
  while (got < contents->size()) {
    ssize_t n = read_into(contents->data() + got, contents->size() - got);
    if (n <= 0) {
      failed = n < 0;
      break;
    }
    got += static_cast<size_t>(n);
  }
  contents->resize(got);
  // The file may have grown since it was measured, or report size 0 (/proc).
  char chunk[65536];
  while (!failed) {
    ssize_t n = read_into(chunk, sizeof chunk);
    if (n <= 0) {
      failed = n < 0;
      break;
    }
    contents->append(chunk, static_cast<size_t>(n));
  }
  ::close(fd);
  if (failed) {
    *err = "read error";
    return false;
  }
  return true;
}

}  // namespace

bool ReadRawArticle(RawArticle* raw, const IngestOptions& options, std::string* reason) {
  const std::string& file = raw->file;
  // What fs::file_size gives (the size of a regular file, following links;
  // anything else unknown), without building an fs::path from the string.
  struct stat st;
  bool known = ::stat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  std::uintmax_t size = known ? static_cast<std::uintmax_t>(st.st_size) : 0;
  if (known && size > options.max_file_bytes) {
    *reason = std::to_string(size) + " bytes, over the " + std::to_string(options.max_file_bytes) +
              "-byte cap (change it with --max-bytes); skipped";
    return false;
  }
  std::string err;
  raw->contents.clear();
  if (!ReadWhole(file, size, &raw->contents, &err)) {
    *reason = err + "; skipped";
    return false;
  }
  if (LooksBinary(raw->contents)) {
    *reason = "binary file, not text; skipped";
    return false;
  }
  return true;
}

namespace {

class Walk {
 public:
  Walk(const IngestOptions& options,
       const std::function<bool(RawArticle&&, std::string* err)>& on_read,
       const std::function<void(const Skipped&)>& on_skipped, const IngestLexicon& lex,
       bool defer_read)
      : options_(options),
        on_read_(on_read),
        on_skipped_(on_skipped),
        lex_(lex),
        defer_read_(defer_read) {}

  bool Directory(const fs::path& dir, std::string* err) {
    std::error_code ec;
    fs::path real = fs::canonical(dir, ec);
    if (ec) {
      on_skipped_({dir.string(), ec.message() + "; skipped", {}});
      return true;
    }
    if (!visiting_.insert(real.string()).second) {
      on_skipped_({dir.string(),
                   "symbolic link loop (" + real.string() + " is already being read); skipped",
                   {}});
      return true;
    }
    std::vector<std::string> names;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) {
      on_skipped_({dir.string(), ec.message() + "; skipped", {}});
      visiting_.erase(real.string());
      return true;
    }
    std::sort(names.begin(), names.end());
    bool pushed = LoadSidecar(dir);
    bool ok = true;
    for (const std::string& name : names) {
      // Hidden files and folders (.git, .DS_Store) are not the user's articles.
      if (name.empty() || name[0] == '.') continue;
      fs::path path = dir / name;
      if (IsSidecarName(name)) continue;
      fs::file_status status = fs::status(path, ec);
      if (ec) {
        std::error_code link_ec;
        bool link = fs::is_symlink(fs::symlink_status(path, link_ec));
        on_skipped_(
            {path.string(),
             (link ? "broken or looping symbolic link (" + ec.message() + ")" : ec.message()) +
                 "; skipped",
             {}});
        continue;
      }
      if (fs::is_directory(status)) {
        if (IsPageResources(name, names)) continue;
        ok = Directory(path, err);
      } else if (fs::is_regular_file(status)) {
        ok = File(path.string());
      } else {
        on_skipped_({path.string(), "not a regular file; skipped", {}});
      }
      if (!ok) {
        *err = error_;
        break;
      }
    }
    if (pushed) sidecars_.pop_back();
    visiting_.erase(real.string());
    return ok;
  }

  // A file named on the command line: its folder's sidecar applies.
  bool SingleFile(const fs::path& file) {
    bool pushed = LoadSidecar(file.has_parent_path() ? file.parent_path() : fs::path("."));
    bool ok = File(file.string());
    if (pushed) sidecars_.pop_back();
    return ok;
  }

  const std::string& error() const { return error_; }

 private:
  struct Sidecar {
    std::string dir;
    std::map<std::string, SidecarEntry> entries;
  };

  // "Save Page As, complete" puts a page's images, scripts and frames in
  // "<page>_files" next to "<page>.html": not articles of their own.
  static bool IsPageResources(const std::string& name, const std::vector<std::string>& siblings) {
    const std::string suffix = "_files";
    if (name.size() <= suffix.size() ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
      return false;
    }
    std::string stem = name.substr(0, name.size() - suffix.size());
    for (const char* ext : {".html", ".htm", ".xhtml"}) {
      if (std::binary_search(siblings.begin(), siblings.end(), stem + ext)) return true;
    }
    return false;
  }

  static bool IsSidecarName(const std::string& name) {
    for (const char* sidecar : kSidecarNames) {
      if (name == sidecar) return true;
    }
    return false;
  }

  bool LoadSidecar(const fs::path& dir) {
    for (const char* name : kSidecarNames) {
      fs::path path = dir / name;
      std::error_code ec;
      if (!fs::is_regular_file(path, ec)) continue;
      std::string contents, err;
      if (!ReadFile(path.string(), &contents, &err)) {
        on_skipped_({path.string(), err, {}});
        continue;
      }
      Sidecar sidecar;
      sidecar.dir = dir.string();
      std::vector<std::string> problems;
      ParseSidecar(path.string(), DecodeText(contents).text, lex_, &sidecar.entries, &problems);
      for (const std::string& problem : problems) {
        // "path:line:col: message" -> file "path:line:col", reason "message".
        size_t split = problem.find(": ", path.string().size());
        on_skipped_({problem.substr(0, split),
                     split == std::string::npos ? problem : problem.substr(split + 2),
                     {}});
      }
      sidecars_.push_back(std::move(sidecar));
      return true;
    }
    return false;
  }

  const SidecarEntry* FindSidecar(const std::string& file) const {
    for (auto it = sidecars_.rbegin(); it != sidecars_.rend(); ++it) {
      fs::path relative = fs::path(file).lexically_relative(it->dir);
      auto found = it->entries.find(relative.generic_string());
      if (found != it->entries.end()) return &found->second;
    }
    return nullptr;
  }

  bool File(const std::string& file) {
    std::string_view name = FileNameOf(file);
    if (FormatOf(file) == Format::kOther) {
      on_skipped_({file, "not an article (.txt, .text, .md, .html or .htm); skipped", {}});
      return true;
    }
    if (AsciiLower(name).rfind("readme", 0) == 0) {
      on_skipped_({file, "a README, not an article; skipped", {}});
      return true;
    }
    RawArticle raw{file, {}, std::nullopt};
    if (!defer_read_) {
      std::string reason;
      if (!ReadRawArticle(&raw, options_, &reason)) {
        on_skipped_({file, reason, {}});
        return true;
      }
    }
    if (const SidecarEntry* sidecar = FindSidecar(file)) raw.sidecar = *sidecar;
    return on_read_(std::move(raw), &error_);
  }

  const IngestOptions& options_;
  const std::function<bool(RawArticle&&, std::string* err)>& on_read_;
  const std::function<void(const Skipped&)>& on_skipped_;
  const IngestLexicon& lex_;
  // The reading happens later, on a worker (ReadRawArticle).
  bool defer_read_;
  std::set<std::string> visiting_;
  std::vector<Sidecar> sidecars_;
  std::string error_;
};

// popcount(x) <= 3 without libgcc's popcount call: clearing the lowest set
// bit three times leaves nothing.
bool AtMostThreeBits(std::uint64_t x) {
  x &= x - 1;
  x &= x - 1;
  x &= x - 1;
  return x == 0;
}

}  // namespace

struct ArticleSieve::State {
  std::unordered_map<std::uint64_t, std::string> bodies;  // exact body hash -> first file
  std::vector<std::uint64_t> simhashes;
  std::vector<std::string> simhash_files;
  std::unordered_map<std::uint64_t, std::vector<size_t>> bands;
};

ArticleSieve::ArticleSieve(const IngestOptions& options)
    : options_(options), state_(std::make_unique<State>()) {}
ArticleSieve::~ArticleSieve() = default;

ArticleSieve::Fingerprint ArticleSieve::FingerprintOf(const Article& article) {
  Fingerprint print;
  if (article.body.empty()) return print;
  // byte_words::HashBytes reads eight bytes a step; two bodies of one
  // length that differ anywhere never share it (each step is a bijection
  // of the state), and bodies of different lengths rarely.
  print.exact = byte_words::HashBytes(article.body.data(), article.body.size());
  // Short texts share too many trigrams by chance to call them copies.
  // (Counting stops at the 49th space: the length of a long body does not matter.)
  // (Eight bytes a step, their spaces counted at once, in any byte order: a
  // find per space was a memchr call each.)
  size_t spaces = 0;
  {
    using namespace byte_words;
    const std::string& body = article.body;
    size_t at = 0;
    for (; at + 8 <= body.size() && spaces < 49; at += 8) {
      spaces += CountMarked(ZeroBytes(Load8(body.data() + at) ^ (kOnes * ' ')));
    }
    for (; at < body.size() && spaces < 49; ++at) spaces += body[at] == ' ';
  }
  if (spaces >= 49) {
    print.sim = SimHash(article.body);
    print.comparable = true;
  }
  return print;
}

ArticleSieve::Verdict ArticleSieve::Judge(Article* article, const Fingerprint& print,
                                          std::string* message) {
  if (!article->published) {
    if (options_.strict) {
      *message = article->file + ": no publication date found (--strict)";
      return Verdict::kFail;
    }
    *message = "no publication date found; left out";
    return Verdict::kSkip;
  }
  if (article->body.empty()) return Verdict::kKeep;
  auto [it, inserted] = state_->bodies.emplace(print.exact, article->file);
  if (!inserted) {
    *message = "same text as " + it->second + "; read once";
    return Verdict::kSkip;
  }
  if (!print.comparable) return Verdict::kKeep;
  // Two hashes at most 3 bits apart agree exactly on at least one of their
  // four 16-bit quarters, so only hashes sharing a quarter are compared.
  size_t index = state_->simhashes.size();
  bool noted = false;
  for (int band = 0; band < 4; ++band) {
    std::uint64_t key =
        (static_cast<std::uint64_t>(band) << 16) | ((print.sim >> (16 * band)) & 0xFFFF);
    std::vector<size_t>& bucket = state_->bands[key];
    for (size_t other : bucket) {
      if (!noted && AtMostThreeBits(state_->simhashes[other] ^ print.sim)) {
        article->warnings.push_back("nearly the same text as " + state_->simhash_files[other] +
                                    " (a wire copy?)");
        noted = true;
      }
    }
    bucket.push_back(index);
  }
  state_->simhashes.push_back(print.sim);
  state_->simhash_files.push_back(article->file);
  return Verdict::kKeep;
}

namespace {

bool WalkFiles(const std::vector<std::string>& paths, const IngestOptions& options,
               const std::function<bool(RawArticle&&, std::string* err)>& on_read,
               const std::function<void(const Skipped&)>& on_skipped, std::string* err,
               bool defer_read) {
  const IngestLexicon* lex = GetIngestLexicon(err);
  if (!lex) return false;
  Walk walk(options, on_read, on_skipped, *lex, defer_read);
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      *err = path + ": " + (ec ? ec.message() : std::string("no such file or directory"));
      return false;
    }
    bool ok = fs::is_directory(status) ? walk.Directory(path, err) : walk.SingleFile(path);
    if (!ok) {
      *err = walk.error();
      return false;
    }
  }
  return true;
}

}  // namespace

bool WalkArticleFiles(const std::vector<std::string>& paths, const IngestOptions& options,
                      const std::function<bool(RawArticle&&, std::string* err)>& on_read,
                      const std::function<void(const Skipped&)>& on_skipped, std::string* err) {
  return WalkFiles(paths, options, on_read, on_skipped, err, /*defer_read=*/false);
}

bool WalkArticlePaths(const std::vector<std::string>& paths, const IngestOptions& options,
                      const std::function<bool(RawArticle&&, std::string* err)>& on_found,
                      const std::function<void(const Skipped&)>& on_skipped, std::string* err) {
  return WalkFiles(paths, options, on_found, on_skipped, err, /*defer_read=*/true);
}

bool IngestPaths(const std::vector<std::string>& paths, const IngestOptions& options,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const Skipped&)>& on_skipped, std::string* err) {
  ArticleSieve sieve(options);
  return WalkArticleFiles(
      paths, options,
      [&](RawArticle&& raw, std::string* stop) {
        Article article =
            ParseArticle(raw.file, raw.contents, options, raw.sidecar ? &*raw.sidecar : nullptr);
        std::string message;
        switch (sieve.Judge(&article, ArticleSieve::FingerprintOf(article), &message)) {
          case ArticleSieve::Verdict::kKeep:
            on_article(std::move(article));
            return true;
          case ArticleSieve::Verdict::kSkip:
            on_skipped({raw.file, message, std::move(article)});
            return true;
          case ArticleSieve::Verdict::kFail:
            *stop = message;
            return false;
        }
        return true;
      },
      on_skipped, err);
}

}  // namespace annals
