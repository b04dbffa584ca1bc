#include <algorithm>
#include <iostream>
#include <iterator>

#include <unistd.h>

#include "annals/bundle.h"
#include "annals/json.h"
#include "annals/resolve.h"
#include "commands.h"

namespace po = boost::program_options;

namespace annals {

namespace {

// YYYY-MM-DD without the stream machinery of date::format.
std::string IsoDay(date::year_month_day day) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return out;
}

}  // namespace

int RunResolveCommand(CommandContext& ctx) {
  po::options_description options("resolve options");
  std::string dct_text, format;
  std::vector<std::string> files;
  options.add_options()("dct", po::value(&dct_text)->required(),
                        "publication date the text is read against (YYYY-MM-DD)")(
      "format", po::value(&format)->default_value("table"), "table | jsonl | timeml")(
      "explain", "name the rule that produced each expression")(
      "files", po::value(&files), "text files, or - for standard input");
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandOptions(ctx, options, "files", &vm, &exit_code)) return exit_code;
  date::year_month_day dct{};
  if (!ParseIsoDay(dct_text, &dct)) {
    PrintError(ctx, "--dct: '" + dct_text + "' is not a date (YYYY-MM-DD)");
    return kExitUsage;
  }
  if (format != "table" && format != "jsonl" && format != "timeml") {
    PrintError(ctx, "--format: expected table, jsonl or timeml, not '" + format + "'");
    return kExitUsage;
  }
  if (files.empty()) {
    // Reading a terminal would leave a user who forgot the file name at a
    // silent prompt; a pipe is what "no file" is for.
    if (isatty(STDIN_FILENO)) {
      PrintError(ctx, "no input: give FILE... or - to read standard input");
      return kExitUsage;
    }
    files.push_back("-");
  }
  std::unique_ptr<Resolver> resolver;
  Diagnostic error;
  if (!Resolver::Load(&resolver, &error)) {
    PrintDiagnostics(ctx, {error});
    return kExitBadInput;
  }
  bool explain = vm.count("explain") > 0;
  int status = kExitOk;
  for (const std::string& file : files) {
    std::string text, err;
    if (file == "-") {
      text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else if (!ReadFile(file, &text, &err)) {
      PrintError(ctx, err);
      status = kExitBadInput;
      continue;
    }
    std::vector<TimeExpression> found = resolver->Resolve(text, dct);
    if (format == "timeml") {
      size_t at = 0;
      int tid = 1;
      for (const TimeExpression& e : found) {
        ctx.out << text.substr(at, e.begin - at) << "<TIMEX3 tid=\"t" << tid++ << "\" type=\""
                << TimexTypeName(e.type) << "\" value=\"" << e.value << "\"";
        if (!e.mod.empty()) ctx.out << " mod=\"" << e.mod << "\"";
        ctx.out << ">" << e.text << "</TIMEX3>";
        at = e.end;
      }
      ctx.out << text.substr(at);
      continue;
    }
    // One write per file: thousands of files go through this loop.
    std::string buffer;
    std::string file_key = files.size() > 1 ? "\"file\":" + JsonString(file) + "," : "";
    // Line and column of each expression, counted on from the previous one:
    // counting from the start every time made a long file quadratic.
    size_t located = 0;
    LineColumn where;
    for (const TimeExpression& e : found) {
      if (format == "jsonl") {
        buffer += "{";
        buffer += file_key;
        buffer += "\"start\":" + std::to_string(e.begin) + ",\"end\":" + std::to_string(e.end);
        buffer += ",\"text\":" + JsonString(e.text) + ",\"type\":\"";
        buffer += TimexTypeName(e.type);
        buffer += "\",\"value\":" + JsonString(e.value);
        if (!e.mod.empty()) buffer += ",\"mod\":\"" + e.mod + "\"";
        if (e.first_day) buffer += ",\"first_day\":\"" + IsoDay(*e.first_day) + "\"";
        if (e.last_day) buffer += ",\"last_day\":\"" + IsoDay(*e.last_day) + "\"";
        if (explain) buffer += ",\"rule\":" + JsonString(e.rule);
        buffer += "}\n";
      } else {
        if (e.begin < located) {
          located = 0;
          where = LineColumn{};
        }
        size_t until = std::min(e.begin, text.size());
        for (; located < until; ++located) {
          if (text[located] == '\n') {
            ++where.line;
            where.column = 1;
          } else {
            ++where.column;
          }
        }
        if (files.size() > 1) ctx.out << file << ":";
        ctx.out << where.line << ":" << where.column << "\t" << e.text << "\t"
                << TimexTypeName(e.type) << "\t" << e.value << "\t" << (e.mod.empty() ? "-" : e.mod)
                << "\t" << (e.display.empty() ? "-" : e.display);
        if (explain) ctx.out << "\t" << e.rule;
        ctx.out << "\n";
      }
    }
    ctx.out << buffer;
  }
  return status;
}

}  // namespace annals
