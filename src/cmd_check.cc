#include "annals/timeline.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

int RunCheckCommand(CommandContext& ctx) {
  po::options_description options("check options");
  std::vector<std::string> files;
  options.add_options()("files", po::value(&files)->required(), "timeline files");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "files", &vm, &exit_code)) return exit_code;
  int status = kExitOk;
  for (const std::string& file : files) {
    Timeline timeline;
    std::vector<Diagnostic> diagnostics;
    if (!LoadTimeline(file, &timeline, &diagnostics)) status = kExitBadInput;
    for (const Diagnostic& d : diagnostics) ctx.err << d.ToString() << "\n";
  }
  return status;
}

}  // namespace annals
