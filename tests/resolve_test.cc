#include "annals/resolve.h"

#include <catch2/catch.hpp>

using namespace date::literals;

namespace {
const annals::Resolver& TheResolver() {
  static std::unique_ptr<annals::Resolver> resolver = [] {
    std::unique_ptr<annals::Resolver> r;
    annals::Diagnostic error;
    REQUIRE(annals::Resolver::Load(&r, &error));
    return r;
  }();
  return *resolver;
}
}  // namespace

TEST_CASE("expressions carry byte spans into the text", "[resolve]") {
  std::string text = "Talks held here Tuesday ended in late September.";
  auto found = TheResolver().Resolve(text, 2015_y / 12 / 2);
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "Tuesday");
  CHECK(found[0].text == "Tuesday");
  CHECK(found[1].text == "late September");
}

TEST_CASE("dates carry their interval and display form", "[resolve]") {
  auto found = TheResolver().Resolve("They met in late September.", 2015_y / 12 / 2);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_day == 2015_y / 9 / 1);
  CHECK(found[0].last_day == 2015_y / 9 / 30);
  CHECK(found[0].display == "late Sep 2015");
  CHECK_FALSE(found[0].rule.empty());
}

TEST_CASE("text without time expressions yields none", "[resolve]") {
  CHECK(TheResolver().Resolve("", 2015_y / 12 / 2).empty());
  CHECK(TheResolver().Resolve("The ministers spoke warmly.", 2015_y / 12 / 2).empty());
}
