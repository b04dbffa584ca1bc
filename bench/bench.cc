// annals_bench: generates N synthetic articles and measures the resolver and
// a whole build (ingest, resolve, assemble, write) in MB/s and peak memory.
//
//   annals_bench [--articles N] [--dir DIR]
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "annals/cli.h"
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

std::string Article(std::mt19937& rng, int index) {
  std::uniform_int_distribution<int> pick(0, std::size(kSentences) - 1);
  std::string text =
      "Synthetic article " + std::to_string(index) + "\n\nWASHINGTON, Dec. 2 (Xinhua) -- ";
  // About 3 KB: a typical news story.
  while (text.size() < 3000) {
    text += kSentences[pick(rng)];
    text += rng() % 4 == 0 ? "\n\n" : " ";
  }
  return text;
}

// User plus system CPU time of this process: the shared machine is loaded, so
// wall time alone says little about the code.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
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
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--articles") count = std::stoi(argv[i + 1]);
    if (flag == "--dir") dir = argv[i + 1];
  }
  fs::remove_all(dir);
  fs::create_directories(dir + "/articles");
  std::mt19937 rng(42);
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 0; i < count; ++i) {
    std::string text = Article(rng, i);
    // The dateline carries the year: "WASHINGTON, Dec. 2, 2015 (Xinhua) --".
    text.insert(text.find(" (Xinhua)"), ", 2015");
    bytes += text.size();
    std::ofstream(dir + "/articles/" + std::to_string(100000 + i) + ".txt") << text;
    texts.push_back(std::move(text));
  }
  double mb = bytes / 1e6;
  std::cout << "articles: " << count << ", " << mb << " MB\n";

  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  std::unique_ptr<annals::Resolver> resolver;
  annals::Diagnostic error;
  if (!annals::Resolver::Load(&resolver, &error)) {
    std::cerr << error.ToString() << "\n";
    return 1;
  }
  auto loaded = std::chrono::steady_clock::now();
  size_t expressions = 0;
  using namespace date::literals;
  for (const std::string& text : texts)
    expressions += resolver->Resolve(text, 2015_y / 12 / 2).size();
  auto resolved = std::chrono::steady_clock::now();
  double resolve_cpu = CpuSeconds() - cpu_start;
  double load_ms = std::chrono::duration<double, std::milli>(loaded - start).count();
  double resolve_s = std::chrono::duration<double>(resolved - loaded).count();
  std::cout << "resolver load: " << load_ms << " ms\n"
            << "resolve: " << expressions << " expressions, " << mb / resolve_s << " MB/s wall, "
            << mb / resolve_cpu << " MB/s CPU\n"
            << "peak memory after resolve: " << PeakKilobytes() / 1024.0 << " MiB\n";

  texts.clear();
  texts.shrink_to_fit();
  auto build_start = std::chrono::steady_clock::now();
  double build_cpu_start = CpuSeconds();
  std::ostringstream out, err;
  int code = annals::RunCli({"build", dir + "/articles", "-o", dir + "/bench.yaml"}, out, err);
  double build_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count();
  double build_cpu = CpuSeconds() - build_cpu_start;
  if (code != 0) {
    std::cerr << err.str();
    return 1;
  }
  std::cout << "build: " << mb / build_s << " MB/s wall (" << build_s << " s), " << mb / build_cpu
            << " MB/s CPU (" << build_cpu << " s)\n"
            << "peak memory after build: " << PeakKilobytes() / 1024.0 << " MiB\n";
  fs::remove_all(dir);
  return 0;
}
