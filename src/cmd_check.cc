#include "annals/bundle.h"
#include "annals/timeline.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

int RunCheckCommand(CommandContext& ctx) {
  po::options_description options("check options");
  std::vector<std::string> files;
  bool print_schema = false;
  options.add_options()("print-schema", po::bool_switch(&print_schema),
                        "print the JSON Schema of format 1 (for editors) and exit")(
      "files", po::value(&files), "timeline files");
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
  if (files.empty()) {
    PrintError(ctx, "check: give one or more timeline files (FILE.yaml...)");
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& file : files) {
    Timeline timeline;
    std::vector<Diagnostic> diagnostics;
    if (!LoadTimeline(file, &timeline, &diagnostics)) status = kExitBadInput;
    // Compiler style, one line each, so editors and CI can jump to them.
    for (const Diagnostic& d : diagnostics) ctx.err << d.ToString() << "\n";
  }
  return status;
}

}  // namespace annals
