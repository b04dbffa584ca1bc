#include <atomic>
#include <exception>
#include <iostream>
#include <system_error>
#include <thread>
#include <utility>

#include "annals/build.h"
#include "annals/events.h"
#include "annals/ingest.h"
#include "annals/resolve.h"
#include "annals/timeline.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

namespace {
// More threads than this only cost memory: the walk cannot feed them.
constexpr unsigned kMaxJobs = 256;

// Loads the assembler's data (office holders, event words: about 20M
// instructions, the largest fixed part of the calling thread's work) on a
// thread of its own, so that with more than one job it overlaps the
// resolver's load and the workers' parsing of the first articles instead of
// delaying them. Whoever needs the assembler, or prints the first message,
// waits for it first: a bad --actors file is still reported before any
// article's message, as when it was loaded before the build.
class AssemblerLoader {
 public:
  AssemblerLoader(const AssembleOptions& options, bool threaded) : options_(options) {
    if (threaded) {
      try {
        thread_ = std::thread([this] { Load(); });
      } catch (const std::system_error&) {
        // No thread to be had: loaded in Wait.
      }
    }
  }
  ~AssemblerLoader() {
    if (thread_.joinable()) thread_.join();
  }
  AssemblerLoader(const AssemblerLoader&) = delete;
  AssemblerLoader& operator=(const AssemblerLoader&) = delete;

  // Waits for the load (or loads, without a thread); false with `error`
  // when it failed. An exception thrown by the load is rethrown here.
  bool Wait(Diagnostic* error) {
    if (!waited_) {
      if (thread_.joinable()) {
        thread_.join();
      } else {
        Load();
      }
      waited_ = true;
    }
    if (failure_) std::rethrow_exception(failure_);
    if (!ok_) *error = error_;
    return ok_;
  }
  // Only after Wait returned true.
  Assembler* assembler() const { return assembler_.get(); }
  // Hands the loaded assembler over (after Wait).
  std::unique_ptr<Assembler> Release() { return std::move(assembler_); }

  // True once the load has ended, well or not: Wait will not block.
  bool Done() const { return waited_ || done_.load(std::memory_order_acquire); }

 private:
  void Load() {
    try {
      ok_ = Assembler::Load(options_, &assembler_, &error_);
    } catch (...) {
      failure_ = std::current_exception();
    }
    done_.store(true, std::memory_order_release);
  }

  const AssembleOptions& options_;
  std::thread thread_;
  bool waited_ = false;  // only the calling thread reads and writes it
  std::atomic<bool> done_{false};
  bool ok_ = false;
  Diagnostic error_;
  std::exception_ptr failure_;
  std::unique_ptr<Assembler> assembler_;
};

// Thrown from the build's first message when the assembler could not be
// loaded: the build stops there, before anything is printed.
struct AssemblerNotLoaded {};

// Frees the assembler (its lexicons: millions of small blocks) on a thread
// of its own while the calling thread writes the timeline, when the build
// may use more than one; the destructor waits for it.
class BackgroundRelease {
 public:
  BackgroundRelease(std::unique_ptr<Assembler> assembler, bool threaded) {
    if (threaded) {
      try {
        thread_ = std::thread([owned = std::move(assembler)]() mutable { owned.reset(); });
        return;
      } catch (const std::system_error&) {
        // No thread to be had: freed here.
      }
    }
    assembler.reset();
  }
  ~BackgroundRelease() {
    if (thread_.joinable()) thread_.join();
  }
  BackgroundRelease(const BackgroundRelease&) = delete;
  BackgroundRelease& operator=(const BackgroundRelease&) = delete;

 private:
  std::thread thread_;
};
}  // namespace

int RunBuildCommand(CommandContext& ctx) {
  po::options_description options("build options");
  std::vector<std::string> paths;
  std::string output, into, pair, published, actors_file, backup_suffix = "~";
  options.add_options()("output,o", po::value(&output), "timeline file to write")(
      "into", po::value(&into), "existing timeline to rebuild, keeping hand edits")(
      "pair", po::value(&pair), "the two sides, e.g. CHN,USA (codes or names)")(
      "actors", po::value(&actors_file),
      "extra office holders (TSV: name, country, office, start, end, aliases)")(
      "jobs,j", po::value<unsigned>(),
      "threads reading, resolving and assembling articles (default: one per hardware thread; 1: "
      "none)")("threads", po::value<unsigned>(), "the same as --jobs")(
      "published", po::value(&published), "publication date for every article (YYYY-MM-DD)")(
      "backup-suffix", po::value(&backup_suffix),
      "keep the previous timeline as FILE + this suffix (default ~; empty: no backup)")(
      "strict", po::bool_switch(), "fail on an article without a publication date")(
      "max-bytes", po::value<std::size_t>(), "skip article files larger than this (default 10 MB)")(
      "paths", po::value(&paths)->required(), "folders or files of articles");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "paths", &vm, &exit_code)) return exit_code;
  if (output.empty() == into.empty()) {
    PrintError(ctx, "give one of -o FILE.yaml or --into FILE.yaml");
    return kExitUsage;
  }
  BuildOptions build;
  IngestOptions& ingest = build.ingest;
  build.jobs = DefaultJobs();
  if (vm.count("threads")) build.jobs = vm["threads"].as<unsigned>();
  if (vm.count("jobs")) build.jobs = vm["jobs"].as<unsigned>();
  if (build.jobs < 1 || build.jobs > kMaxJobs) {
    PrintError(ctx, "--jobs: expected 1 to " + std::to_string(kMaxJobs));
    return kExitUsage;
  }
  // The assembler's Add is safe on several threads and its result does not
  // depend on the order of calls (include/annals/events.h).
  build.concurrent_add = true;
  ingest.strict = vm["strict"].as<bool>();
  if (vm.count("max-bytes")) ingest.max_file_bytes = vm["max-bytes"].as<std::size_t>();
  if (!published.empty()) {
    date::year_month_day day{};
    if (!ParseIsoDay(published, &day)) {
      PrintError(ctx, "--published: '" + published + "' is not a date (YYYY-MM-DD)");
      return kExitUsage;
    }
    ingest.published = day;
  }
  AssembleOptions assemble;
  assemble.actors_file = actors_file;
  if (!pair.empty()) {
    size_t comma = pair.find(',');
    if (comma == std::string::npos) {
      PrintError(ctx, "--pair: expected two sides separated by a comma, e.g. CHN,USA");
      return kExitUsage;
    }
    assemble.pair = std::array<std::string, 2>{pair.substr(0, comma), pair.substr(comma + 1)};
  }
  // The assembler loads while the resolver does and, with several jobs,
  // while the first articles are parsed and resolved.
  AssemblerLoader loader(assemble, build.jobs > 1);
  // Until it is loaded, the workers read and resolve further ahead.
  build.consumer_ready = [&loader] { return loader.Done(); };
  std::unique_ptr<Resolver> resolver;
  Diagnostic error;
  if (!Resolver::Load(&resolver, &error)) {
    // The resolver's error first, as when they were loaded in turn.
    PrintDiagnostics(ctx, {error});
    return kExitBadInput;
  }
  bool assembler_ready = false;
  auto await_assembler = [&] {
    if (assembler_ready) return;
    if (!loader.Wait(&error)) throw AssemblerNotLoaded{};
    assembler_ready = true;
  };
  std::string err;
  BuildStats stats;
  bool ok = false;
  try {
    // Every Add comes after the message of its article (the assembler is
    // then loaded); the workers see it through the build's queue, which
    // is locked.
    ok = BuildFromPaths(
        paths, build, *resolver,
        [&](const Article& article, const std::vector<TimeExpression>& times,
            const TokenizedText& tokenized) {
          loader.assembler()->Add(article, times, &tokenized);
        },
        [&](const Article& article) {
          await_assembler();
          for (const std::string& w : article.warnings)
            ctx.err << "annals: warning: " << article.file << ": " << w << "\n";
        },
        [&](const Skipped& s) {
          await_assembler();
          ctx.err << "annals: warning: " << s.file << ": " << s.reason << "\n";
        },
        &stats, &err);
  } catch (const AssemblerNotLoaded&) {
    PrintDiagnostics(ctx, {error});
    return kExitBadInput;
  }
  // A folder with nothing in it prints nothing: the load's error, if any,
  // still comes before the build's own.
  if (!loader.Wait(&error)) {
    PrintDiagnostics(ctx, {error});
    return kExitBadInput;
  }
  Assembler* assembler = loader.assembler();
  size_t articles = stats.articles;
  if (!ok) {
    PrintError(ctx, err);
    return kExitBadInput;
  }
  AssembleResult result = assembler->Finish();
  // Nothing reads the assembler after Finish.
  BackgroundRelease release(loader.Release(), build.jobs > 1);
  Timeline fresh;
  fresh.pair = result.pair;
  fresh.title = CountryName(result.pair[0]) + "–" + CountryName(result.pair[1]);
  fresh.events = std::move(result.entries);
  Normalize(&fresh);
  if (result.pair_guessed && result.pair[0].empty() && into.empty()) {
    // No timeline without its two sides: nothing is written.
    PrintError(ctx,
               "no event between two countries found in the articles; name the pair with "
               "--pair");
    return kExitBadInput;
  }
  if (result.pair_guessed) {
    ctx.err << "annals: note: pair " << result.pair[0] << "," << result.pair[1]
            << " (the most discussed; choose with --pair)\n";
  }
  std::string target = output.empty() ? into : output;
  WriteOptions write{target, !into.empty(), backup_suffix, build.jobs};
  std::vector<Diagnostic> diagnostics;
  MergeSummary merged;
  size_t written = 0;
  bool wrote = WriteBuiltTimeline(std::move(fresh), write, &diagnostics, &merged, &written);
  PrintDiagnostics(ctx, diagnostics);
  if (!wrote) return kExitBadInput;
  ctx.out << "wrote " << target << ": " << written << " entries from " << articles << " articles ("
          << merged.added << " new, " << merged.updated << " with new sources, " << merged.dismissed
          << " newly dismissed)\n";
  return kExitOk;
}

}  // namespace annals
