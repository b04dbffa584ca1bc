#include "atomic_file.h"

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

#include <catch2/catch.hpp>
#include <filesystem>

#include "test_util.h"

namespace {
size_t CountFiles(const std::string& dir) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    (void)entry;
    ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("an atomic write replaces the file and keeps the old one as a backup", "[atomic_file]") {
  annals::testing::TempDir dir("atomic");
  std::string file = dir.Write("t.yaml", "old\n");
  std::string err;
  REQUIRE(annals::WriteFileAtomically(file, "new\n", "~", &err));
  CHECK(dir.Read("t.yaml") == "new\n");
  CHECK(dir.Read("t.yaml~") == "old\n");
  CHECK(CountFiles(dir.path()) == 2);  // no temporary file left behind
}

TEST_CASE("an empty backup suffix keeps no backup", "[atomic_file]") {
  annals::testing::TempDir dir("atomic");
  std::string file = dir.Write("t.yaml", "old\n");
  std::string err;
  REQUIRE(annals::WriteFileAtomically(file, "new\n", "", &err));
  CHECK(dir.Read("t.yaml") == "new\n");
  CHECK(CountFiles(dir.path()) == 1);
}

TEST_CASE("a replaced file keeps its permissions", "[atomic_file]") {
  annals::testing::TempDir dir("atomic");
  std::string file = dir.Write("t.yaml", "old\n");
  ::chmod(file.c_str(), 0600);
  std::string err;
  REQUIRE(annals::WriteFileAtomically(file, "new\n", "~", &err));
  struct stat info {};
  REQUIRE(::stat(file.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a write that cannot happen leaves the target alone and says why", "[atomic_file]") {
  annals::testing::TempDir dir("atomic");
  std::string err;
  CHECK_FALSE(annals::WriteFileAtomically(dir.path() + "/missing/t.yaml", "x", "~", &err));
  CHECK(err.rfind(dir.path() + "/missing/t.yaml: cannot create a temporary file", 0) == 0);
  std::filesystem::create_directories(dir.path() + "/folder.yaml");
  CHECK_FALSE(annals::WriteFileAtomically(dir.path() + "/folder.yaml", "x", "~", &err));
  CHECK(err == dir.path() + "/folder.yaml: not a regular file");
  CHECK(CountFiles(dir.path()) == 1);
}

TEST_CASE("a write cut short (as by a full disk) leaves the previous file whole", "[atomic_file]") {
  annals::testing::TempDir dir("atomic");
  std::string file = dir.Write("t.yaml", "old\n");
  // A file size limit makes write() fail part way, as ENOSPC would.
  struct rlimit saved {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  struct rlimit limited = saved;
  limited.rlim_cur = 4096;
  auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
  std::string err;
  bool ok = annals::WriteFileAtomically(file, std::string(1 << 20, 'x'), "~", &err);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous_handler);
  CHECK_FALSE(ok);
  CHECK(err.rfind(file + ": cannot write: ", 0) == 0);
  CHECK(dir.Read("t.yaml") == "old\n");
  CHECK(CountFiles(dir.path()) == 1);  // neither a temporary file nor a backup
}
