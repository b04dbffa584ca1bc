#include "annals/render.h"
#include "annals/timeline.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

int RunRenderCommand(CommandContext& ctx) {
  po::options_description options("render options");
  std::string file, out_dir;
  RenderOptions render;
  options.add_options()("output,o", po::value(&out_dir)->required(), "output folder")(
      "templates", po::value(&render.templates_dir), "folder of Mustache templates")(
      "file", po::value(&file)->required(), "timeline file");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "file", &vm, &exit_code)) return exit_code;
  Timeline timeline;
  std::vector<Diagnostic> diagnostics;
  if (!LoadTimeline(file, &timeline, &diagnostics) ||
      !RenderTimeline(timeline, out_dir, render, &diagnostics)) {
    PrintDiagnostics(ctx, diagnostics);
    return kExitBadInput;
  }
  ctx.out << "wrote " << out_dir << "/index.html (" << timeline.events.size() << " entries)\n";
  return kExitOk;
}

int RunPublishCommand(CommandContext& ctx) {
  PrintError(ctx, "publish is not implemented yet");
  return kExitUsage;
}

int RunExportCommand(CommandContext& ctx) {
  PrintError(ctx, "export is not implemented yet");
  return kExitUsage;
}

}  // namespace annals
