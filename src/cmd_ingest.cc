#include "annals/ingest.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

int RunIngestCommand(CommandContext& ctx) {
  po::options_description options("ingest options");
  std::vector<std::string> paths;
  std::string published;
  options.add_options()("published", po::value(&published),
                        "publication date for every article (YYYY-MM-DD)")(
      "paths", po::value(&paths)->required(), "folders or files");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "paths", &vm, &exit_code)) return exit_code;
  IngestOptions ingest;
  if (!published.empty()) {
    date::year_month_day day{};
    if (!ParseIsoDay(published, &day)) {
      PrintError(ctx, "--published: '" + published + "' is not a date (YYYY-MM-DD)");
      return kExitUsage;
    }
    ingest.published = day;
  }
  std::string err;
  bool ok = IngestPaths(
      paths, ingest,
      [&](Article&& a) {
        ctx.out << a.file << "\t" << (a.published ? date::format("%F", *a.published) : "null")
                << "\t" << a.signal << "\t" << a.title << "\n";
      },
      [&](const Skipped& s) {
        ctx.err << "annals: warning: " << s.file << ": " << s.reason << "\n";
      },
      &err);
  if (!ok) {
    PrintError(ctx, err);
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace annals
