// annals_ingest_bench: writes N synthetic articles (half plain text with page
// chrome, half saved HTML pages with scripts, navigation, comments and
// footers), then measures ingestion in MB/s for each kind, gumbo's share of
// the HTML time, and peak memory.
//
//   annals_ingest_bench [--articles N] [--dir DIR]
#include <gumbo.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "annals/bundle.h"
#include "annals/ingest.h"

namespace {

namespace fs = std::filesystem;

const char* const kSentences[] = {
    "The two foreign ministers met in the capital on Tuesday to prepare a summit planned for "
    "late September.",
    "Officials said the dialogue will resume in June next year, after talks held this week.",
    "Trade between the two countries grew by 12 percent last year, according to figures "
    "released on Monday.",
    "The president is scheduled to visit early next month, his first trip there since 2013.",
    "Negotiators worked through the weekend, and a joint statement was issued on Friday.",
    "In recent years the relationship has been strained by disputes over cyber security.",
    "The prime minister spoke with his counterpart by telephone yesterday, two days after the "
    "vote.",
    "Analysts expect the agreement to be signed during the third quarter.",
};

std::string Paragraph(std::mt19937& rng) {
  std::uniform_int_distribution<int> pick(0, std::size(kSentences) - 1);
  std::string p;
  for (int i = 0; i < 3; ++i) {
    if (!p.empty()) p += ' ';
    p += kSentences[pick(rng)];
  }
  return p + " (" + std::to_string(rng() % 100000) + ")";
}

std::string TextArticle(std::mt19937& rng, int index) {
  std::string text = "Ministers meet for talks, report " + std::to_string(index) +
                     "\n\n0 Comment(s) Print E-mail Xinhua, December 2, 2015\nAdjust font size:\n\n"
                     "BEIJING, Dec. 2 (Xinhua) -- ";
  while (text.size() < 3000) text += Paragraph(rng) + "\n\n";
  text +=
      "Enditem\n\nFollow us on Twitter and Facebook\nPrint E-mail Bookmark and Share\n"
      "Add your comments...\n";
  return text;
}

std::string HtmlArticle(std::mt19937& rng, int index) {
  std::string page =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ministers meet, report " +
      std::to_string(index) +
      " | Example Ledger</title>\n<meta property=\"og:title\" content=\"Ministers meet\">\n"
      "<meta property=\"article:published_time\" content=\"2016-09-03T18:20:00+08:00\">\n"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
      "\"2016-09-03\"}</script>\n<style>";
  for (int i = 0; i < 120; ++i) page += ".c" + std::to_string(i) + "{margin:0 auto;color:#333}";
  page += "</style>\n<script>";
  for (int i = 0; i < 150; ++i)
    page += "function f" + std::to_string(i) + "(a){return a&&a.x<" + std::to_string(i) + ";}\n";
  page +=
      "</script></head><body><div class=\"cookie-banner\"><p>We use cookies to improve "
      "your experience of the site and to show you relevant content.</p><button>OK</button>"
      "</div><header><nav><ul>";
  for (int i = 0; i < 40; ++i)
    page += "<li><a href=\"/section/" + std::to_string(i) + "\">Section " + std::to_string(i) +
            "</a></li>";
  page +=
      "</ul></nav></header><main><div class=\"share-bar\"><a href=\"#\">Facebook</a>"
      "<a href=\"#\">Twitter</a></div><article><h1>Ministers meet</h1><p class=\"byline\">"
      "By A. Writer</p>";
  for (int i = 0; i < 10; ++i) page += "<p>" + Paragraph(rng) + "</p>\n";
  page += "</article><aside class=\"related\"><h2>Related stories</h2><ul>";
  for (int i = 0; i < 10; ++i)
    page += "<li><a href=\"/story/" + std::to_string(i) + "\">" + Paragraph(rng).substr(0, 60) +
            "</a></li>";
  page += "</ul></aside><section class=\"comments\">";
  for (int i = 0; i < 8; ++i)
    page += "<div class=\"comment\"><p class=\"author\">reader" + std::to_string(i) + "</p><p>" +
            Paragraph(rng) + "</p></div>";
  page += "</section></main><footer><ul>";
  for (int i = 0; i < 20; ++i)
    page +=
        "<li><a href=\"/about/" + std::to_string(i) + "\">About " + std::to_string(i) + "</a></li>";
  page += "</ul><p>&copy; 2016 Example Ledger</p></footer></body></html>\n";
  return page;
}

long PeakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// CPU seconds (user + system) this process has used: the machine may be
// shared, and the target is throughput on one core, not wall time.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing {
  double wall = 0;
  double cpu = 0;
};

template <typename F>
Timing Measure(F&& f) {
  auto start = std::chrono::steady_clock::now();
  double cpu = CpuSeconds();
  f();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
          CpuSeconds() - cpu};
}

std::string Rate(double megabytes, const Timing& t) {
  std::ostringstream s;
  s << megabytes / t.cpu << " MB/s per CPU-second (" << megabytes / t.wall << " MB/s wall)";
  return s.str();
}

// Ingests `dir`; `articles` counts what came out.
Timing IngestFolder(const std::string& dir, size_t* articles) {
  return Measure([&] {
    std::string err;
    *articles = 0;
    bool ok = annals::IngestPaths(
        {dir}, {}, [&](annals::Article&&) { ++*articles; }, [](const annals::Skipped&) {}, &err);
    if (!ok) std::cerr << err << "\n";
  });
}

}  // namespace

int main(int argc, char** argv) {
  int count = 10000;
  std::string only;
  std::string dir = (fs::temp_directory_path() / "annals-ingest-bench").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--articles") count = std::stoi(argv[i + 1]);
    if (flag == "--dir") dir = argv[i + 1];
    if (flag == "--only") only = argv[i + 1];  // "text" or "html": one kind, for profiling
  }
  fs::remove_all(dir);
  fs::create_directories(dir + "/text");
  fs::create_directories(dir + "/html");
  std::mt19937 rng(42);
  size_t text_bytes = 0, html_bytes = 0, largest = 0, text_count = 0;
  std::vector<std::string> sample;  // some text articles, to time parsing without I/O
  for (int i = 0; i < count; ++i) {
    bool html = only.empty() ? i % 2 == 1 : only == "html";
    std::string article = html ? HtmlArticle(rng, i) : TextArticle(rng, i);
    (html ? html_bytes : text_bytes) += article.size();
    if (!html) ++text_count;
    if (!html && sample.size() < 1000) sample.push_back(article);
    largest = std::max(largest, article.size());
    std::ofstream(dir + (html ? "/html/" : "/text/") + std::to_string(100000 + i) +
                  (html ? ".html" : ".txt"))
        << article;
  }
  std::cout << "articles: " << count << " (" << text_count << " text, " << text_bytes / 1e6
            << " MB; " << count - text_count << " HTML, " << html_bytes / 1e6
            << " MB); largest file " << largest / 1024.0 << " KiB\n";
  long rss_before = PeakKilobytes();

  // What reading alone costs: walk the folder and read every file.
  Timing read = Measure([&] {
    for (const auto& entry : fs::directory_iterator(dir + "/text")) {
      std::string contents, err;
      annals::ReadFile(entry.path().string(), &contents, &err);
    }
  });
  std::cout << "reading the plain-text files alone: " << Rate(text_bytes / 1e6, read) << "\n";
  size_t sample_bytes = 0;
  Timing parse = Measure([&] {
    for (const std::string& article : sample) {
      sample_bytes += article.size();
      annals::ParseArticle("2015-12-02-x.txt", article, {});
    }
  });
  std::cout << "parsing plain text in memory (no file system): " << Rate(sample_bytes / 1e6, parse)
            << "\n";
  size_t n = 0;
  Timing text = IngestFolder(dir + "/text", &n);
  std::cout << "plain text: " << n << " articles, " << Rate(text_bytes / 1e6, text) << "\n";
  Timing html = IngestFolder(dir + "/html", &n);
  std::cout << "HTML: " << n << " articles, " << Rate(html_bytes / 1e6, html) << "\n";

  // Gumbo alone on the same pages, read from disk as ingestion reads them.
  Timing gumbo = Measure([&] {
    for (const auto& entry : fs::directory_iterator(dir + "/html")) {
      std::string contents, err;
      annals::ReadFile(entry.path().string(), &contents, &err);
      GumboOutput* out =
          gumbo_parse_with_options(&kGumboDefaultOptions, contents.data(), contents.size());
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  });
  std::cout << "gumbo parse of the whole pages alone: " << Rate(html_bytes / 1e6, gumbo) << "\n";
  std::cout << "peak memory: " << PeakKilobytes() / 1024.0 << " MiB (" << rss_before / 1024.0
            << " MiB before ingesting)\n";
  fs::remove_all(dir);
  return 0;
}
