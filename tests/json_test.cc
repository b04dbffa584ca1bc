#include "annals/json.h"

#include <catch2/catch.hpp>

TEST_CASE("JSON strings escape quotes, backslashes and control characters", "[json]") {
  CHECK(annals::JsonString("") == "\"\"");
  CHECK(annals::JsonString("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(annals::JsonString("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
  CHECK(annals::JsonString(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
}

TEST_CASE("JSON strings keep UTF-8 as written", "[json]") {
  CHECK(annals::JsonString("China–United States") == "\"China–United States\"");
}
