#include "annals/bundle.h"

#include <sys/stat.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace annals {

bool ReadFile(const std::string& path, std::string* contents, std::string* err) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  if (S_ISDIR(info.st_mode)) {
    *err = path + ": is a directory";
    return false;
  }
  // A device never ends (/dev/zero, /dev/full) or waits on a person (a
  // terminal); a pipe (`<(...)`, /dev/stdin from a pipe) ends when its
  // writer does, so it is read.
  if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) || S_ISSOCK(info.st_mode)) {
    *err = path + ": not a regular file";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *err = path + ": read error";
    return false;
  }
  *contents = std::move(buffer).str();
  return true;
}

bool ReadResource(std::string_view path, std::string* contents, std::string* origin,
                  std::string* err) {
  if (const char* home = std::getenv("ANNALS_HOME"); home && *home) {
    std::string candidate = std::string(home) + "/" + std::string(path);
    struct stat info;
    if (stat(candidate.c_str(), &info) == 0) {
      *origin = candidate;
      return ReadFile(candidate, contents, err);
    }
  }
  for (const BundledFile& file : BundledFiles()) {
    if (file.path == path) {
      *contents = std::string(file.contents);
      *origin = std::string(path);
      return true;
    }
  }
  *err = std::string(path) + ": no such bundled resource";
  return false;
}

}  // namespace annals
