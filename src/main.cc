#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "annals/cli.h"

int main(int argc, char** argv) {
  // No fastbins: every request of 1 KiB or more (an article's text, its
  // token and word vectors) first merged all the small chunks the fastbins
  // held, which cost more than the fastbins saved (perf34, docs/perf.md).
  // Small frees still go to the thread cache first. Only where memory is
  // reused changes, never what is computed.
  mallopt(M_MXFAST, 0);
  std::ios::sync_with_stdio(false);
  return annals::RunCli(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
