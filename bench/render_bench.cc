// render_bench: builds a synthetic timeline of N entries and measures how
// long the HTML page and each export take. A measurement, not a test.
//
//   render_bench [--entries N] [--runs R] [--templates DIR] [--out FILE.html]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "annals/export.h"
#include "annals/render.h"

namespace {

const char* const kTypes[] = {"visit", "state-visit", "meeting",   "summit",    "dialogue",
                              "talks", "call",        "agreement", "statement", "sanction"};
const char* const kStatuses[] = {"held", "held", "held", "reported", "planned", "cancelled"};
const char* const kPlaces[] = {"Beijing", "Washington", "Paris", "New York", "Hangzhou", ""};
const char* const kPeople[] = {"Xi Jinping", "Barack Obama", "Wang Yi",
                               "John Kerry", "Guo Shengkun", "Loretta Lynch"};

annals::Timeline Synthetic(int n) {
  std::mt19937 rng(42);
  annals::Timeline t;
  t.title = "Synthetic timeline";
  t.pair = {"CHN", "USA"};
  for (int i = 0; i < n; ++i) {
    annals::Entry e;
    int year = 1990 + static_cast<int>(rng() % 35);
    int month = 1 + static_cast<int>(rng() % 12);
    int day = 1 + static_cast<int>(rng() % 28);
    char buffer[16];
    switch (rng() % 4) {
      case 0:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
        e.qualifier = rng() % 2 ? "late" : "";
        break;
      case 1:
        std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, 1 + static_cast<int>(rng() % 52));
        break;
      default:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    }
    e.date = buffer;
    e.id = e.date + "-event-" + std::to_string(i);
    e.type = kTypes[rng() % std::size(kTypes)];
    e.status = kStatuses[rng() % std::size(kStatuses)];
    e.title = "Ministers hold " + e.type + " number " + std::to_string(i) + " on trade & security";
    e.people = {kPeople[rng() % std::size(kPeople)], kPeople[rng() % std::size(kPeople)]};
    e.place = kPlaces[rng() % std::size(kPlaces)];
    e.actors = {"CHN", "USA"};
    for (int s = 0, sources = 1 + static_cast<int>(rng() % 2); s < sources; ++s) {
      e.sources.push_back({"articles/article-" + std::to_string(i) + ".txt", "2016-02-05",
                           "Example Wire", "https://news.example.org/" + std::to_string(i),
                           "last week",
                           "The two sides met last week and agreed to keep talking about trade, "
                           "cyber security and climate."});
    }
    t.events.push_back(std::move(e));
  }
  return t;
}

struct Timing {
  double wall_ms;
  double cpu_ms;  // this process only: honest on a machine shared with others
};

template <typename F>
Timing Median(int runs, F&& f) {
  std::vector<double> wall, cpu;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    f();
    cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    wall.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

std::ostream& operator<<(std::ostream& out, const Timing& t) {
  return out << t.wall_ms << " ms wall, " << t.cpu_ms << " ms CPU";
}

}  // namespace

int main(int argc, char** argv) {
  int entries = 10000, runs = 5;
  std::string out;
  annals::RenderOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--entries") {
      entries = std::atoi(argv[i + 1]);
    } else if (flag == "--runs") {
      runs = std::max(1, std::atoi(argv[i + 1]));
    } else if (flag == "--templates") {
      options.templates_dir = argv[i + 1];
    } else if (flag == "--out") {
      out = argv[i + 1];
    } else {
      std::cerr
          << "usage: render_bench [--entries N] [--runs R] [--templates DIR] [--out FILE.html]\n";
      return 2;
    }
  }
  annals::Timeline timeline = Synthetic(entries);
  std::string html;
  bool ok = true;
  Timing page = Median(runs, [&] {
    std::vector<annals::Diagnostic> diagnostics;
    ok = ok && annals::RenderTimelinePage(timeline, options, &html, &diagnostics);
  });
  if (!ok) {
    std::cerr << "render failed\n";
    return 1;
  }
  std::cout << "entries: " << entries << "\n";
  std::cout << "html page: " << page << " (median of " << runs << "), " << html.size() / 1024
            << " KiB\n";
  const std::pair<const char*, annals::ExportFormat> kFormats[] = {
      {"timelinejs", annals::ExportFormat::kTimelineJs},
      {"csv", annals::ExportFormat::kCsv},
      {"ics", annals::ExportFormat::kIcs},
      {"jsonl", annals::ExportFormat::kJsonLines}};
  for (const auto& [name, format] : kFormats) {
    std::string text, err;
    Timing t = Median(runs, [&] { annals::ExportTimeline(timeline, format, &text, &err); });
    std::cout << name << ": " << t << ", " << text.size() / 1024 << " KiB\n";
  }
  if (!out.empty()) std::ofstream(out, std::ios::binary) << html;
  return 0;
}
