// The annals command line: one table of subcommands. main() calls RunCli.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace annals {

// Exit codes.
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// Runs annals with `args` (without the program name), writing to `out` and
// `err`. Returns the exit code.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace annals
