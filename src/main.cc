#include <iostream>
#include <string>
#include <vector>

#include "annals/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return annals::RunCli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
