#include "annals/bundle.h"

#include <catch2/catch.hpp>

#include "test_util.h"

TEST_CASE("language data is bundled into the binary", "[bundle]") {
  std::string contents, origin, err;
  REQUIRE(annals::ReadResource("data/en/months.tsv", &contents, &origin, &err));
  CHECK(origin == "data/en/months.tsv");
  CHECK(contents.find("september\t9") != std::string::npos);
}

TEST_CASE("an unknown resource is an error", "[bundle]") {
  std::string contents, origin, err;
  CHECK_FALSE(annals::ReadResource("data/en/nope.tsv", &contents, &origin, &err));
  CHECK(err == "data/en/nope.tsv: no such bundled resource");
}

TEST_CASE("ReadFile reports the file and the reason", "[bundle]") {
  annals::testing::TempDir dir("bundle");
  std::string contents, err;
  CHECK_FALSE(annals::ReadFile(dir.path() + "/missing.txt", &contents, &err));
  CHECK(err == dir.path() + "/missing.txt: No such file or directory");
  CHECK_FALSE(annals::ReadFile(dir.path(), &contents, &err));
  CHECK(err == dir.path() + ": is a directory");
  dir.Write("a.txt", "hello");
  REQUIRE(annals::ReadFile(dir.path() + "/a.txt", &contents, &err));
  CHECK(contents == "hello");
}

TEST_CASE("ReadFile refuses a device instead of reading it forever", "[bundle]") {
  std::string contents, err;
  // /dev/zero never ends: reading it whole would hang and fill the memory.
  CHECK_FALSE(annals::ReadFile("/dev/zero", &contents, &err));
  CHECK(err == "/dev/zero: not a regular file");
  CHECK(contents.empty());
}
