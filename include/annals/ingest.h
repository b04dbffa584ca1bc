// Ingestion: turns a folder (or files) of saved articles into clean article
// bodies, each with its publication date and the signal that gave it.
// Details and rules: docs/ingest.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "annals/diagnostic.h"

namespace annals {

struct Article {
  std::string file;  // path as given on the command line (joined with the folder walk)
  std::optional<date::year_month_day> published;
  // Which signal gave `published`, strongest first: "option", "sidecar",
  // "front-matter", "json-ld", "meta", "time-element", "dateline" (a wire
  // dateline or an "Outlet, Month D, YYYY" header line; a dateline without a
  // year takes it from the next signal), "header" (a date line under the
  // headline), "footer" (a publication line after the story, read when the
  // header has none), "file-name", "url" (a date in the page's URL path: og:url,
  // canonical link, "saved from" comment, sidecar or front matter); empty if none.
  std::string signal;
  std::string title;
  std::string outlet;  // "Xinhua", "Reuters", ... when known
  std::string place;   // dateline city: what "here" means
  std::string url;
  std::string body;  // cleaned UTF-8 text; paragraphs separated by "\n\n"
  std::vector<std::string> warnings;
  std::string encoding;  // how the file was decoded: "utf-8", "windows-1252", ...
};

struct IngestOptions {
  std::optional<date::year_month_day> published;  // --published: overrides every signal
  std::size_t max_file_bytes = 10 * 1024 * 1024;
  bool strict = false;  // an undated article is an error instead of a skip
};

// What a sidecar file (articles.yaml / articles.csv next to the articles)
// says about one article.
struct SidecarEntry {
  std::optional<date::year_month_day> published;
  // lastmod, modified, updated, ...: the date only when nothing else gives it.
  std::optional<date::year_month_day> updated;
  std::string url;
  std::string outlet;
  std::string title;
  std::string origin;  // "dir/articles.csv:4:1", for messages
};

// What happened to one input file that did not become an article.
struct Skipped {
  std::string file;
  std::string reason;
  // What was read from an article left out for want of a date (title, body,
  // ...); only `file` is set for files that were not read.
  Article article;
};

// Parses one article from `contents` read from `file`. Never fails: what it
// could not find is left empty and noted in `warnings`. `sidecar`, when
// given, is what a sidecar file says about it.
Article ParseArticle(const std::string& file, const std::string& contents,
                     const IngestOptions& options, const SidecarEntry* sidecar = nullptr);

// Walks `paths` (files or folders, recursively, in sorted order) and calls
// `on_article` for each dated article and `on_skipped` for each file left
// out (unsupported, binary, too big, undated, duplicate). Returns false with
// `err` only when a path cannot be read at all or, with `strict`, when an
// article has no date.
bool IngestPaths(const std::vector<std::string>& paths, const IngestOptions& options,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const Skipped&)>& on_skipped, std::string* err);

// IngestPaths in its two halves, so that `annals build` can parse on worker
// threads while everything a user sees stays in file order (src/build.cc).
//
// The ordered half: walks `paths` like IngestPaths, reads each candidate
// article file and hands it to `on_read` with what its folder's sidecar says
// about it; files left out before parsing (unsupported, binary, too big,
// unreadable) go to `on_skipped`. `on_read` may return false with `err` set
// to stop the walk. Returns false with `err` when a path cannot be read at
// all or `on_read` stopped it.
struct RawArticle {
  std::string file;
  std::string contents;  // the file's bytes, undecoded
  std::optional<SidecarEntry> sidecar;
};
bool WalkArticleFiles(const std::vector<std::string>& paths, const IngestOptions& options,
                      const std::function<bool(RawArticle&&, std::string* err)>& on_read,
                      const std::function<void(const Skipped&)>& on_skipped, std::string* err);

// The in-order tail: given parsed articles in file order, decides which are
// left out (undated; the same text as an earlier one) and notes near
// duplicates. The fingerprint is pure and may be computed on any thread.
class ArticleSieve {
 public:
  struct Fingerprint {
    std::uint64_t exact = 0;  // hash of the whole body
    std::uint64_t sim = 0;    // SimHash of the opening words
    bool comparable = false;  // long enough for near-duplicate checks
  };
  enum class Verdict { kKeep, kSkip, kFail };

  explicit ArticleSieve(const IngestOptions& options);
  ~ArticleSieve();
  ArticleSieve(const ArticleSieve&) = delete;
  ArticleSieve& operator=(const ArticleSieve&) = delete;

  static Fingerprint FingerprintOf(const Article& article);
  // kKeep: `article` stays (perhaps with a near-duplicate warning added).
  // kSkip: it is left out and `message` says why. kFail (only with --strict):
  // `message` is the error.
  Verdict Judge(Article* article, const Fingerprint& print, std::string* message);

  struct State;

 private:
  const IngestOptions& options_;
  std::unique_ptr<State> state_;
};

}  // namespace annals
