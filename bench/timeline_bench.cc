// Scale benchmark for the timeline stage (not a test): builds a synthetic
// timeline of N events (default 10000), then measures formatting, loading
// and checking, a rebuild (merge) and the atomic write. Prints the figures.
//
//   ./build-release/timeline_bench [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/timeline.h"
#include "atomic_file.h"

namespace {

using Clock = std::chrono::steady_clock;

double Millis(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Processor time of this process: on a shared, loaded machine the honest
// figure next to the wall clock.
double CpuMillis() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

annals::Timeline Synthetic(int n) {
  annals::Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  const char* types[] = {"visit", "meeting", "dialogue", "call", "agreement"};
  date::sys_days day = date::sys_days{date::year{1990} / 1 / 1};
  for (int i = 0; i < n; ++i) {
    annals::Entry e;
    date::year_month_day ymd{day + date::days{i / 3}};
    e.date = annals::FormatDay(ymd);
    e.type = types[i % 5];
    e.id = e.date + "-" + e.type + "-" + std::to_string(i);
    e.status = i % 7 == 0 ? "planned" : "held";
    e.cameo = "042";
    e.title =
        "Foreign ministers of both sides meet on trade, climate and regional security, "
        "round " +
        std::to_string(i);
    e.actors = {"CHN", "USA"};
    e.people = {"Wang Yi", "John Kerry"};
    e.place = i % 2 ? "Beijing" : "Washington";
    e.sources.push_back({"articles/a" + std::to_string(i) + ".txt", e.date, "Xinhua", "", "Tuesday",
                         "Chinese and U.S. officials held a dialogue here Tuesday on a range "
                         "of issues, including trade, climate change and regional security."});
    t.events.push_back(std::move(e));
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  std::string dir = (std::filesystem::temp_directory_path() / "annals-timeline-bench").string();
  std::filesystem::create_directories(dir);
  std::string file = dir + "/timeline.yaml";

  annals::Timeline fresh = Synthetic(n);
  auto start = Clock::now();
  annals::PrepareFresh(&fresh);
  std::string text = annals::FormatTimeline(fresh);
  double format_ms = Millis(start);

  start = Clock::now();
  std::string err;
  if (!annals::WriteFileAtomically(file, text, "~", &err)) {
    std::fprintf(stderr, "%s\n", err.c_str());
    return 1;
  }
  double write_ms = Millis(start);

  start = Clock::now();
  double cpu_start = CpuMillis();
  annals::Timeline loaded;
  std::vector<annals::Diagnostic> diagnostics;
  if (!annals::LoadTimeline(file, &loaded, &diagnostics)) {
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", d.ToString().c_str());
    return 1;
  }
  double load_ms = Millis(start);
  double load_cpu = CpuMillis() - cpu_start;

  // A rebuild with nothing new: merge, format (reusing the file's text, then
  // reading it back to verify), compare.
  start = Clock::now();
  cpu_start = CpuMillis();
  annals::MergeInto(&loaded, fresh);
  std::string again = annals::FormatTimeline(loaded);
  double rebuild_ms = Millis(start);
  double rebuild_cpu = CpuMillis() - cpu_start;
  // The whole cycle a rebuild does: load and check, merge, write atomically.
  start = Clock::now();
  cpu_start = CpuMillis();
  annals::Timeline cycle;
  annals::LoadTimeline(file, &cycle, &diagnostics);
  annals::MergeInto(&cycle, fresh);
  if (!annals::WriteFileAtomically(file, annals::FormatTimeline(cycle), "~", &err)) return 1;
  double cycle_ms = Millis(start);
  double cycle_cpu = CpuMillis() - cpu_start;

  std::printf("timeline_bench: %d events, %.1f MB of YAML\n", n, text.size() / 1e6);
  std::printf("                            wall ms   cpu ms\n");
  std::printf("  format (fresh)          %8.1f\n", format_ms);
  std::printf("  write (atomic, fsync)   %8.1f\n", write_ms);
  std::printf("  load + check            %8.1f %8.1f\n", load_ms, load_cpu);
  std::printf("  merge + format (reuse)  %8.1f %8.1f\n", rebuild_ms, rebuild_cpu);
  std::printf("  load+check+merge+write  %8.1f %8.1f\n", cycle_ms, cycle_cpu);
  std::printf("  rebuild identical: %s\n", again == text ? "yes" : "NO");
  if (!std::getenv("KEEP")) std::filesystem::remove_all(dir);
  return again == text ? 0 : 1;
}
