// annals_bench: generates N synthetic articles and measures the resolver and
// a whole build (ingest, resolve, assemble, write) in MB/s and peak memory.
//
//   annals_bench [--articles N] [--dir DIR] [--jobs 1,2] [--repeat N]
//                [--concurrent-add 0|1] (default 1, as annals build)
//                [--keep 0|1] (default 0; 1 leaves DIR and its articles behind,
//                to build or profile them again)
//                [--varied 0|1] (default 0: every article repeats the same
//                two events, the figures of earlier rounds; 1: thousands of
//                different events, see Meeting())
//
// Each whole build runs in a child process (one per --jobs value), so its
// peak memory and CPU time are its own: wall-clock MB/s on a shared machine
// says less than MB per CPU-second, so both are printed.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "annals/build.h"
#include "annals/cli.h"
#include "annals/events.h"
#include "annals/resolve.h"

namespace {

namespace fs = std::filesystem;

const char* const kSentences[] = {
    "The two foreign ministers met in Beijing on Tuesday to prepare the summit planned for late "
    "September.",
    "Officials said the dialogue will resume in June next year, after talks held this week in "
    "Washington.",
    "Trade between the two countries grew by 12 percent in 2014, according to figures released "
    "on March 3, 2015.",
    "The president is scheduled to visit the capital early next month, his first trip since "
    "2013.",
    "Negotiators worked through the weekend, and a joint statement was issued on Friday.",
    "In recent years the relationship has been strained by disputes over cyber security and "
    "trade.",
    "The prime minister spoke with his counterpart by telephone yesterday, two days after the "
    "vote.",
    "Analysts expect the agreement to be signed during the third quarter of 2016.",
};

// With --varied 1, each article also reports two meetings between the two
// sides on days drawn from six years in one of several cities: the
// timeline then has thousands of entries, as a real archive would, instead
// of the two every article above repeats (which under-costs merging).
const char* const kChinese[] = {"Chinese President Xi Jinping", "Chinese Premier Li Keqiang",
                                "Chinese Foreign Minister Wang Yi"};
const char* const kAmerican[] = {"U.S. President Barack Obama",
                                 "U.S. Secretary of State John Kerry",
                                 "U.S. Vice President Joe Biden"};
const char* const kCities[] = {"Beijing", "Washington", "New York", "Shanghai", "Paris", "Tokyo"};
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

std::string Meeting(std::mt19937& rng) {
  auto pick = [&](auto& list) { return list[rng() % std::size(list)]; };
  return std::string(pick(kChinese)) + " held talks with " + pick(kAmerican) + " in " +
         pick(kCities) + " on " + pick(kMonths) + " " + std::to_string(1 + rng() % 28) + ", " +
         std::to_string(2010 + rng() % 6) + ".";
}

bool g_varied = false;  // --varied 1: articles report many different events

std::string Article(std::mt19937& rng, int index) {
  std::uniform_int_distribution<int> pick(0, std::size(kSentences) - 1);
  std::string text =
      "Synthetic article " + std::to_string(index) + "\n\nWASHINGTON, Dec. 2 (Xinhua) -- ";
  if (g_varied) text += Meeting(rng) + " " + Meeting(rng) + "\n\n";
  // About 3 KB: a typical news story.
  while (text.size() < 3000) {
    text += kSentences[pick(rng)];
    text += rng() % 4 == 0 ? "\n\n" : " ";
  }
  return text;
}

bool g_concurrent_add = true;  // --concurrent-add 0: Assembler::Add on the calling thread
int g_repeat = 1;  // --repeat N: each measurement N times (a shared machine's load varies)

// Runs `work` in a child process and prints its wall-clock and CPU speed
// and its peak memory; false if it failed.
bool MeasureOnce(const std::string& label, double mb, const std::function<int()>& work) {
  std::cout.flush();
  auto start = std::chrono::steady_clock::now();
  pid_t child = fork();
  if (child < 0) return false;
  if (child == 0) {
    int code = work();
    std::cout.flush();
    std::_Exit(code);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return false;
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  double user = seconds(usage.ru_utime), sys = seconds(usage.ru_stime);
  std::cout << label << ": " << mb / wall << " MB/s wall (" << wall << " s), CPU " << user
            << " s user + " << sys << " s sys = " << mb / (user + sys)
            << " MB per CPU-second, peak memory " << usage.ru_maxrss / 1024.0 << " MiB\n";
  return true;
}

bool Measure(const std::string& label, double mb, const std::function<int()>& work) {
  for (int run = 1; run <= g_repeat; ++run) {
    if (!MeasureOnce(g_repeat > 1 ? label + " #" + std::to_string(run) : label, mb, work))
      return false;
  }
  return true;
}

// Ingest, resolve and assemble only (annals::BuildFromPaths), without
// merging and writing the timeline, whose cost grows with the timeline.
// Without `assemble`, the articles go nowhere: the parallel part alone.
int RunPipeline(const std::string& dir, unsigned jobs, bool assemble_them) {
  std::unique_ptr<annals::Resolver> resolver;
  std::unique_ptr<annals::Assembler> assembler;
  annals::Diagnostic error;
  annals::AssembleOptions assemble;
  assemble.pair = std::array<std::string, 2>{"CHN", "USA"};
  if (!annals::Resolver::Load(&resolver, &error) ||
      !annals::Assembler::Load(assemble, &assembler, &error)) {
    std::cerr << error.ToString() << "\n";
    return 1;
  }
  annals::BuildOptions options;
  options.jobs = jobs;
  options.concurrent_add = g_concurrent_add;
  annals::BuildStats stats;
  std::string err;
  // As `annals build` does: the assembler makes its words of the
  // resolver's tokens.
  annals::AddTokenizedArticle add = [&](const annals::Article& article,
                                        const std::vector<annals::TimeExpression>& times,
                                        const annals::TokenizedText& tokenized) {
    if (assemble_them) assembler->Add(article, times, &tokenized);
  };
  if (!annals::BuildFromPaths(
          {dir + "/articles"}, options, *resolver, add, [](const annals::Article&) {},
          [](const annals::Skipped&) {}, &stats, &err)) {
    std::cerr << err << "\n";
    return 1;
  }
  // The calling thread walks, reads and hands on in order: the part that
  // does not scale with --jobs.
  rusage self{};
  getrusage(RUSAGE_THREAD, &self);
  std::cout << "  " << stats.articles << " articles; calling thread CPU "
            << static_cast<double>(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
                   (self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6
            << " s\n";
  return 0;
}

// The whole `annals build --jobs N`, writing the timeline.
int RunBuild(const std::string& dir, const std::string& jobs) {
  // A fresh build each time: an existing timeline would be merged into.
  std::string yaml = dir + "/bench-" + jobs + ".yaml";
  fs::remove(yaml);
  fs::remove(yaml + "~");
  std::ostringstream out, err;
  int code = annals::RunCli({"build", dir + "/articles", "-o", dir + "/bench-" + jobs + ".yaml",
                             "--pair", "CHN,USA", "--jobs", jobs},
                            out, err);
  if (code != 0) std::cerr << err.str();
  std::error_code ec;
  // What "memory beyond the timeline" is measured against.
  std::cout << "  " << out.str() << "  timeline file: " << fs::file_size(yaml, ec) / 1e6 << " MB\n";
  return code;
}

long PeakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  int count = 2000;
  std::string dir = (fs::temp_directory_path() / "annals-bench").string();
  std::vector<std::string> jobs_list = {"1", "2"};
  bool keep = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--articles") count = std::stoi(argv[i + 1]);
    if (flag == "--dir") dir = argv[i + 1];
    if (flag == "--repeat") g_repeat = std::stoi(argv[i + 1]);
    if (flag == "--concurrent-add") g_concurrent_add = std::string(argv[i + 1]) == "1";
    if (flag == "--varied") g_varied = std::string(argv[i + 1]) == "1";
    if (flag == "--keep") keep = std::string(argv[i + 1]) == "1";
    if (flag == "--jobs") {
      jobs_list.clear();
      std::stringstream list(argv[i + 1]);
      for (std::string jobs; std::getline(list, jobs, ',');) jobs_list.push_back(jobs);
    }
  }
  fs::remove_all(dir);
  fs::create_directories(dir + "/articles");
  std::mt19937 rng(42);
  std::vector<std::string> files;
  size_t bytes = 0;
  for (int i = 0; i < count; ++i) {
    std::string text = Article(rng, i);
    // "Dec. 2 (Xinhua)" -> "Dec. 2, 2015 (Xinhua)": a dated wire dateline.
    text.insert(text.find(" (Xinhua)"), ", 2015");
    bytes += text.size();
    files.push_back(dir + "/articles/" + std::to_string(100000 + i) + ".txt");
    std::ofstream(files.back()) << text;
  }
  double mb = bytes / 1e6;
  std::cout << "articles: " << count << ", " << mb << " MB\n";

  // The builds first, forked from a small process: a child's peak memory
  // then is its own, not what this process held before.
  for (const std::string& jobs : jobs_list) {
    unsigned n = static_cast<unsigned>(std::stoul(jobs));
    if (!Measure("ingest+resolve --jobs " + jobs, mb, [&] { return RunPipeline(dir, n, false); }) ||
        !Measure("ingest+resolve+assemble --jobs " + jobs, mb,
                 [&] { return RunPipeline(dir, n, true); }) ||
        !Measure("build --jobs " + jobs, mb, [&] { return RunBuild(dir, jobs); })) {
      std::cerr << "annals_bench: --jobs " << jobs << " failed\n";
      return 1;
    }
  }

  // The resolver alone, on texts already in memory.
  std::vector<std::string> texts;
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<annals::Resolver> resolver;
  annals::Diagnostic error;
  if (!annals::Resolver::Load(&resolver, &error)) {
    std::cerr << error.ToString() << "\n";
    return 1;
  }
  auto loaded = std::chrono::steady_clock::now();
  // CPU time of this thread too: on a shared machine wall time says more
  // about the other processes than about the resolver.
  auto thread_cpu = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + t.tv_nsec / 1e9;
  };
  double cpu_start = thread_cpu();
  size_t expressions = 0;
  using namespace date::literals;
  for (const std::string& text : texts)
    expressions += resolver->Resolve(text, 2015_y / 12 / 2).size();
  double resolve_cpu = thread_cpu() - cpu_start;
  auto resolved = std::chrono::steady_clock::now();
  double load_ms = std::chrono::duration<double, std::milli>(loaded - start).count();
  double resolve_s = std::chrono::duration<double>(resolved - loaded).count();
  std::cout << "resolver load: " << load_ms << " ms\n"
            << "resolve: " << expressions << " expressions, " << mb / resolve_s << " MB/s wall, "
            << mb / resolve_cpu << " MB per CPU-second\n"
            << "peak memory after resolve: " << PeakKilobytes() / 1024.0 << " MiB\n";
  if (!keep) fs::remove_all(dir);
  return 0;
}
