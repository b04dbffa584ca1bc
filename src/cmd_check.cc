#include "annals/bundle.h"
#include "annals/timeline.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

int RunCheckCommand(CommandContext& ctx) {
  po::options_description options("check options");
  std::vector<std::string> files;
  bool print_schema = false;
  long long max_problems = 100;
  options.add_options()("print-schema", po::bool_switch(&print_schema),
                        "print the JSON Schema of format 1 (for editors) and exit")(
      "max-problems", po::value(&max_problems),
      "list at most this many problems per file (default 100; 0: all)")("files", po::value(&files),
                                                                        "timeline files");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "files", &vm, &exit_code)) return exit_code;
  if (print_schema) {
    std::string schema, origin, err;
    if (!ReadResource("schema/timeline.schema.json", &schema, &origin, &err)) {
      PrintError(ctx, err);
      return kExitBadInput;
    }
    ctx.out << schema;
    return kExitOk;
  }
  if (max_problems < 0) {
    PrintError(ctx, "--max-problems: expected 0 or more, not " + std::to_string(max_problems));
    return kExitUsage;
  }
  if (files.empty()) {
    PrintError(ctx, "check: give one or more timeline files (FILE.yaml...)");
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& file : files) {
    Timeline timeline;
    std::vector<Diagnostic> diagnostics;
    if (!LoadTimeline(file, &timeline, &diagnostics)) status = kExitBadInput;
    // Compiler style, one line each, so editors and CI can jump to them. A
    // broken file can hold hundreds of thousands of problems: like a
    // compiler, stop listing after the first ones, which are the ones to fix.
    size_t shown = max_problems > 0 ? static_cast<size_t>(max_problems) : diagnostics.size();
    for (size_t i = 0; i < diagnostics.size() && i < shown; ++i) {
      ctx.err << diagnostics[i].ToString() << "\n";
    }
    if (diagnostics.size() > shown) {
      ctx.err << Diagnostic{file, 0, 0, Severity::kNote,
                            std::to_string(diagnostics.size() - shown) +
                                " more problems not listed (--max-problems 0 lists all)"}
                     .ToString()
              << "\n";
    }
  }
  return status;
}

}  // namespace annals
