#include "annals/cli.h"

#include <algorithm>
#include <iostream>
#include <sstream>

#include "commands.h"

namespace po = boost::program_options;

namespace annals {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"build", "build a timeline from a folder of articles", "DIR... -o FILE.yaml [options]",
       RunBuildCommand},
      {"resolve", "show the time expressions of texts and their values",
       "--dct YYYY-MM-DD [options] FILE... | -", RunResolveCommand},
      {"ingest", "show what annals reads from each article", "DIR... [options]", RunIngestCommand},
      {"check", "validate timeline files", "FILE.yaml...", RunCheckCommand},
      {"render", "write a timeline as a static HTML page", "FILE.yaml -o DIR [options]",
       RunRenderCommand},
      {"publish", "write an HTML site for a folder of timelines", "DIR -o SITE [options]",
       RunPublishCommand},
      {"export", "export a timeline as TimelineJS, CSV, iCalendar or JSON Lines",
       "FILE.yaml --format timelinejs|csv|ics|jsonl [-o FILE]", RunExportCommand},
  };
  return commands;
}

namespace {

// Levenshtein distance, for "did you mean ...?".
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

void PrintUsage(std::ostream& out) {
  out << "usage: annals [--version] [--help] COMMAND [ARGS]\n\n"
         "Builds dated timelines of bilateral diplomacy from a folder of news articles.\n\n"
         "commands:\n";
  for (const Command& command : Commands()) {
    out << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ')
        << command.summary << "\n";
  }
  out << "\nRun 'annals COMMAND --help' for a command's options.\n";
}

}  // namespace

bool ParseCommandOptions(CommandContext& ctx, const po::options_description& options,
                         const char* positional, po::variables_map* vm, int* exit_code) {
  po::options_description all;
  all.add_options()("help,h", "show this help");
  all.add(options);
  const Command* command = nullptr;
  for (const Command& c : Commands()) {
    if (ctx.name == c.name) command = &c;
  }
  try {
    po::command_line_parser parser(ctx.args);
    parser.options(all);
    po::positional_options_description positionals;
    if (positional && *positional) {
      positionals.add(positional, -1);
      parser.positional(positionals);
    }
    po::store(parser.run(), *vm);
    if (vm->count("help")) {
      ctx.out << "usage: annals " << ctx.name << " " << (command ? command->usage : "") << "\n\n"
              << (command ? command->summary : "") << "\n\n"
              << all << "\n";
      *exit_code = kExitOk;
      return false;
    }
    po::notify(*vm);
  } catch (const po::required_option& e) {
    // The positional arguments are options to Boost ("--paths"), a name the
    // user never typed: say what is missing in the usage's own words.
    std::string message = e.what();
    if (positional && *positional && e.get_option_name() == std::string("--") + positional) {
      message = "missing argument; usage: annals " + ctx.name + " " +
                (command ? std::string(command->usage) : std::string());
    }
    PrintError(ctx, message + " (see 'annals " + ctx.name + " --help')");
    *exit_code = kExitUsage;
    return false;
  } catch (const po::error& e) {
    PrintError(ctx, std::string(e.what()) + " (see 'annals " + ctx.name + " --help')");
    *exit_code = kExitUsage;
    return false;
  }
  return true;
}

void PrintError(CommandContext& ctx, const std::string& message) {
  ctx.err << "annals: error: " << message << "\n";
}

void PrintDiagnostics(CommandContext& ctx, const std::vector<Diagnostic>& diagnostics) {
  // The first problems are the ones to fix; a broken timeline can hold
  // hundreds of thousands (`annals check --max-problems 0` lists them all).
  // Only problems at a line are held back: a message about a whole file
  // ("not rebuilt: ...", a read error) always shows.
  constexpr size_t kShown = 100;
  size_t positioned = 0;
  for (const Diagnostic& d : diagnostics) {
    if (d.line > 0 && ++positioned > kShown) continue;
    ctx.err << "annals: " << d.ToString() << "\n";
  }
  if (positioned > kShown) {
    ctx.err << "annals: note: " << positioned - kShown
            << " more problems not listed ('annals check --max-problems 0 FILE' lists all)\n";
  }
}

bool ParseIsoDay(const std::string& text, date::year_month_day* day) {
  std::istringstream in(text);
  date::year_month_day parsed{};
  in >> date::parse("%F", parsed);
  if (in.fail() || in.peek() != std::char_traits<char>::eof() || text.size() != 10 ||
      !parsed.ok()) {
    return false;
  }
  *day = parsed;
  return true;
}

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    PrintUsage(err);
    return kExitUsage;
  }
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") {
    PrintUsage(out);
    return kExitOk;
  }
  if (first == "--version") {
    out << "annals " << ANNALS_VERSION << "\n";
    return kExitOk;
  }
  for (const Command& command : Commands()) {
    if (first == command.name) {
      CommandContext ctx{command.name, {args.begin() + 1, args.end()}, out, err};
      try {
        return command.handler(ctx);
      } catch (const std::exception& e) {
        // Library code reports failures through return values; anything that
        // still escapes is a bug, reported rather than crashing.
        PrintError(ctx, std::string("internal error: ") + e.what());
        return kExitBadInput;
      }
    }
  }
  err << "annals: error: unknown command '" << first << "'";
  const Command* best = nullptr;
  size_t best_distance = 3;
  for (const Command& command : Commands()) {
    size_t distance = EditDistance(first, command.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = &command;
    }
  }
  if (best) err << "; did you mean '" << best->name << "'?";
  err << "\n(see 'annals --help')\n";
  return kExitUsage;
}

}  // namespace annals
