#include <cstdio>

#include "annals/ingest.h"
#include "annals/json.h"
#include "commands.h"
#include "text_extract.h"

namespace po = boost::program_options;

namespace annals {

namespace {

// A table cell: tabs and newlines would break the columns.
std::string Cell(std::string_view s) {
  if (s.empty()) return "-";
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n') c = ' ';
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

struct Row {
  const Article& article;
  std::vector<std::string> warnings;
};

void PrintRow(CommandContext& ctx, const Row& row, bool jsonl, bool body) {
  const Article& a = row.article;
  std::string published = a.published ? date::format("%F", *a.published) : "";
  size_t words = CountWords(a.body);
  if (jsonl) {
    std::string warnings;
    for (const std::string& w : row.warnings)
      warnings += (warnings.empty() ? "" : ",") + JsonString(w);
    ctx.out << "{\"file\":" << JsonString(a.file)
            << ",\"published\":" << (published.empty() ? "null" : JsonString(published))
            << ",\"signal\":" << (a.signal.empty() ? "null" : JsonString(a.signal))
            << ",\"title\":" << JsonString(a.title) << ",\"outlet\":" << JsonString(a.outlet)
            << ",\"place\":" << JsonString(a.place) << ",\"url\":" << JsonString(a.url)
            << ",\"encoding\":" << JsonString(a.encoding) << ",\"words\":" << words
            << ",\"warnings\":[" << warnings << "]";
    if (body) ctx.out << ",\"body\":" << JsonString(a.body);
    ctx.out << "}\n";
    return;
  }
  ctx.out << Cell(a.file) << "\t" << (published.empty() ? "null" : published) << "\t"
          << Cell(a.signal) << "\t" << Cell(a.title) << "\t" << Cell(a.outlet) << "\t"
          << Cell(a.place) << "\t" << words << "\t" << Cell(Join(row.warnings, "; ")) << "\n";
  if (body) ctx.out << "\n" << a.body << "\n\n";
}

}  // namespace

int RunIngestCommand(CommandContext& ctx) {
  po::options_description options("ingest options");
  std::vector<std::string> paths;
  std::string published, format = "table";
  // Signed, so that "-5" is refused rather than wrapped to no limit at all.
  long long max_bytes = static_cast<long long>(IngestOptions{}.max_file_bytes);
  options.add_options()("format", po::value(&format),
                        "table (tab-separated, one line per file) or jsonl")(
      "body", po::bool_switch(), "also print each article's cleaned body")(
      "published", po::value(&published), "publication date for every article (YYYY-MM-DD)")(
      "strict", po::bool_switch(), "fail on an article without a publication date")(
      "max-bytes", po::value(&max_bytes), "skip files larger than this (default 10 MB)")(
      "paths", po::value(&paths)->required(), "folders or files");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "paths", &vm, &exit_code)) return exit_code;
  if (format != "table" && format != "jsonl") {
    PrintError(ctx, "--format: '" + format + "' is not one of table, jsonl");
    return kExitUsage;
  }
  bool jsonl = format == "jsonl";
  bool body = vm["body"].as<bool>();
  IngestOptions ingest;
  ingest.strict = vm["strict"].as<bool>();
  if (max_bytes < 1) {
    PrintError(
        ctx, "--max-bytes: expected a positive number of bytes, not " + std::to_string(max_bytes));
    return kExitUsage;
  }
  ingest.max_file_bytes = static_cast<std::size_t>(max_bytes);
  if (!published.empty()) {
    date::year_month_day day{};
    if (!ParseIsoDay(published, &day)) {
      PrintError(ctx, "--published: '" + published + "' is not a date (YYYY-MM-DD)");
      return kExitUsage;
    }
    ingest.published = day;
  }
  if (!jsonl) {
    ctx.out << "file\tpublished\tsignal\ttitle\toutlet\tplace\twords\twarnings\n";
  }
  std::string err;
  bool ok = IngestPaths(
      paths, ingest,
      [&](Article&& a) {
        PrintRow(ctx, {a, a.warnings}, jsonl, body);
      },
      [&](const Skipped& s) {
        Article shown = s.article;
        shown.file = s.file;
        std::vector<std::string> warnings = {s.reason};
        for (const std::string& w : shown.warnings) {
          if (w != "no publication date found") warnings.push_back(w);
        }
        PrintRow(ctx, {shown, warnings}, jsonl, body && !shown.body.empty());
      },
      &err);
  if (!ok) {
    PrintError(ctx, err);
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace annals
