// `annals render`, `annals publish` and `annals export`.
#include <iostream>

#include "annals/export.h"
#include "annals/render.h"
#include "annals/timeline.h"
#include "commands.h"
#include "render_util.h"

namespace po = boost::program_options;

namespace annals {

int RunRenderCommand(CommandContext& ctx) {
  po::options_description options("render options");
  std::string file, out_dir;
  RenderOptions render;
  options.add_options()("output,o", po::value(&out_dir)->required(),
                        "folder to write index.html into (created if missing)")(
      "templates", po::value(&render.templates_dir),
      "folder of Mustache templates (a custom theme; missing files come from the default)")(
      "file", po::value(&file)->required(), "timeline file");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "file", &vm, &exit_code)) return exit_code;
  if (out_dir.empty()) {
    PrintError(ctx, "the output folder (-o) must not be empty");
    return kExitUsage;
  }
  Timeline timeline;
  std::vector<Diagnostic> diagnostics;
  if (!LoadTimeline(file, &timeline, &diagnostics) ||
      !RenderTimeline(timeline, out_dir, render, &diagnostics)) {
    PrintDiagnostics(ctx, diagnostics);
    return kExitBadInput;
  }
  size_t n = timeline.events.size();
  ctx.out << "wrote " << out_dir << "/index.html (" << n << (n == 1 ? " entry)\n" : " entries)\n");
  return kExitOk;
}

int RunPublishCommand(CommandContext& ctx) {
  po::options_description options("publish options");
  std::string dir, out_dir;
  RenderOptions render;
  options.add_options()("output,o", po::value(&out_dir)->required(),
                        "site folder: index.html and one folder per timeline")(
      "templates", po::value(&render.templates_dir),
      "folder of Mustache templates (a custom theme; missing files come from the default)")(
      "dir", po::value(&dir)->required(), "folder of timeline files (*.yaml, *.yml)");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "dir", &vm, &exit_code)) return exit_code;
  if (out_dir.empty()) {
    PrintError(ctx, "the output folder (-o) must not be empty");
    return kExitUsage;
  }
  std::vector<std::string> written;
  std::vector<Diagnostic> diagnostics;
  if (!PublishSite(dir, out_dir, render, &written, &diagnostics)) {
    PrintDiagnostics(ctx, diagnostics);
    return kExitBadInput;
  }
  PrintDiagnostics(ctx, diagnostics);  // warnings: files passed over
  ctx.out << "wrote " << out_dir << "/index.html and " << written.size() - 1 << " timeline page"
          << (written.size() == 2 ? "" : "s") << "\n";
  return kExitOk;
}

int RunExportCommand(CommandContext& ctx) {
  po::options_description options("export options");
  std::string file, format_name, out_file;
  options.add_options()("format,f", po::value(&format_name)->required(),
                        "timelinejs | csv | ics | jsonl")(
      "output,o", po::value(&out_file), "file to write (default: standard output)")(
      "file", po::value(&file)->required(), "timeline file");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "file", &vm, &exit_code)) return exit_code;
  ExportFormat format;
  if (!ParseExportFormat(format_name, &format)) {
    PrintError(ctx, "unknown export format '" + format_name +
                        "' (expected timelinejs, csv, ics or jsonl)");
    return kExitUsage;
  }
  Timeline timeline;
  std::vector<Diagnostic> diagnostics;
  if (!LoadTimeline(file, &timeline, &diagnostics)) {
    PrintDiagnostics(ctx, diagnostics);
    return kExitBadInput;
  }
  std::string text, err;
  if (!ExportTimeline(timeline, format, &text, &err)) {
    PrintError(ctx, file + ": " + err);
    return kExitBadInput;
  }
  if (out_file.empty() || out_file == "-") {
    ctx.out << text;
    return kExitOk;
  }
  if (!WriteFileAtomically(out_file, text, &err)) {
    PrintError(ctx, err);
    return kExitBadInput;
  }
  size_t n = timeline.events.size();
  ctx.out << "wrote " << out_file << " (" << n << (n == 1 ? " entry)\n" : " entries)\n");
  return kExitOk;
}

}  // namespace annals
