#include <exception>
#include <iostream>
#include <system_error>
#include <thread>

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

// Loads the resolver and the assembler; with more than one job, at the
// same time on two threads (each parses its own data files, and neither
// waits for the other: otherwise a serial part every build pays).
bool LoadStages(unsigned jobs, const AssembleOptions& assemble, std::unique_ptr<Resolver>* resolver,
                std::unique_ptr<Assembler>* assembler, Diagnostic* error) {
  bool resolver_ok = false;
  Diagnostic resolver_error;
  std::exception_ptr failure;
  auto load_resolver = [&] {
    try {
      resolver_ok = Resolver::Load(resolver, &resolver_error);
    } catch (...) {
      failure = std::current_exception();
    }
  };
  std::thread loader;
  if (jobs > 1) {
    try {
      loader = std::thread(load_resolver);
    } catch (const std::system_error&) {
      // No thread to be had: load one after the other.
    }
  }
  if (!loader.joinable()) load_resolver();
  bool assembler_ok = false;
  try {
    assembler_ok = Assembler::Load(assemble, assembler, error);
  } catch (...) {
    if (loader.joinable()) loader.join();
    throw;
  }
  if (loader.joinable()) loader.join();
  if (failure) std::rethrow_exception(failure);
  // The resolver's error first, as when they were loaded in turn.
  if (!resolver_ok) {
    *error = resolver_error;
    return false;
  }
  return assembler_ok;
}
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
  std::unique_ptr<Resolver> resolver;
  std::unique_ptr<Assembler> assembler;
  Diagnostic error;
  if (!LoadStages(build.jobs, assemble, &resolver, &assembler, &error)) {
    PrintDiagnostics(ctx, {error});
    return kExitBadInput;
  }
  std::string err;
  BuildStats stats;
  bool ok = BuildFromPaths(
      paths, build, *resolver, assembler.get(),
      [&](const Article& article) {
        for (const std::string& w : article.warnings)
          ctx.err << "annals: warning: " << article.file << ": " << w << "\n";
      },
      [&](const Skipped& s) {
        ctx.err << "annals: warning: " << s.file << ": " << s.reason << "\n";
      },
      &stats, &err);
  size_t articles = stats.articles;
  if (!ok) {
    PrintError(ctx, err);
    return kExitBadInput;
  }
  AssembleResult result = assembler->Finish();
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
  WriteOptions write{target, !into.empty(), backup_suffix};
  std::vector<Diagnostic> diagnostics;
  MergeSummary merged;
  size_t written = 0;
  bool wrote = WriteBuiltTimeline(fresh, write, &diagnostics, &merged, &written);
  PrintDiagnostics(ctx, diagnostics);
  if (!wrote) return kExitBadInput;
  ctx.out << "wrote " << target << ": " << written << " entries from " << articles << " articles ("
          << merged.added << " new, " << merged.updated << " with new sources, " << merged.dismissed
          << " newly dismissed)\n";
  return kExitOk;
}

}  // namespace annals
