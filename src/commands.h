// The subcommands of the annals CLI, one handler each (cmd_*.cc), and the
// helpers they share for option parsing and error reporting.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <date/date.h>

#include "annals/cli.h"
#include "annals/diagnostic.h"

namespace annals {

struct CommandContext {
  std::string name;               // "build", "resolve", ...
  std::vector<std::string> args;  // after the command name
  std::ostream& out;
  std::ostream& err;
};

using CommandHandler = std::function<int(CommandContext&)>;

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // "DIR -o FILE.yaml [options]"
  CommandHandler handler;
};

// The command table, in the order `annals --help` lists it.
const std::vector<Command>& Commands();

int RunBuildCommand(CommandContext& ctx);
int RunCheckCommand(CommandContext& ctx);
int RunIngestCommand(CommandContext& ctx);
int RunRenderCommand(CommandContext& ctx);
int RunPublishCommand(CommandContext& ctx);
int RunExportCommand(CommandContext& ctx);
int RunResolveCommand(CommandContext& ctx);

// Parses ctx.args against `options` (plus --help) with `positional` naming
// the option that takes the remaining arguments ("" for none). Returns false
// when the command should stop: `*exit_code` is then kExitOk after printing
// help, or kExitUsage after printing a usage error.
bool ParseCommandOptions(CommandContext& ctx,
                         const boost::program_options::options_description& options,
                         const char* positional, boost::program_options::variables_map* vm,
                         int* exit_code);

// "annals: error: message" on stderr.
void PrintError(CommandContext& ctx, const std::string& message);
// Each diagnostic as "annals: error: file:line:col: message".
void PrintDiagnostics(CommandContext& ctx, const std::vector<Diagnostic>& diagnostics);

// Parses YYYY-MM-DD strictly (a real calendar day).
bool ParseIsoDay(const std::string& text, date::year_month_day* day);

}  // namespace annals
