#include "byte_words.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <string>

namespace bw = annals::byte_words;

// The eight-byte masks stand in for per-byte range tests in both
// tokenizers: they must agree with the plain test for every byte value in
// every position, whatever its neighbours are.
TEST_CASE("eight-byte range masks agree with a byte-by-byte test", "[byte_words]") {
  const std::pair<unsigned char, unsigned char> ranges[] = {
      {'0', '9'}, {'a', 'z'}, {'A', 'Z'}, {0, 0x7F}, {0x7F, 0x7F}};
  for (auto [lo, hi] : ranges) {
    for (int b = 0; b < 256; ++b) {
      for (int fill : {0x00, 0x40, 0x7F, 0x80, 0xFF}) {
        for (size_t at = 0; at < 8; ++at) {
          char bytes[8];
          for (char& c : bytes) c = static_cast<char>(fill);
          bytes[at] = static_cast<char>(b);
          std::uint64_t mask = bw::InRange(bw::Load8(bytes), lo, hi);
          for (size_t k = 0; k < 8; ++k) {
            unsigned char c = static_cast<unsigned char>(bytes[k]);
            bool want = c >= lo && c <= hi;
            bool got = (mask >> (8 * k) & 0xFF) == 0x80;
            if (!bw::kLittleEndian) got = (mask >> (8 * (7 - k)) & 0xFF) == 0x80;
            REQUIRE(got == want);
            REQUIRE(((mask >> (8 * k)) & 0x7F) == 0);
          }
        }
      }
    }
  }
}

TEST_CASE("eight bytes lower-cased at once are the bytes lower-cased one by one", "[byte_words]") {
  for (int b = 0; b < 256; ++b) {
    char bytes[8] = {'A', 'z', static_cast<char>(b), '@', '[', 'Q', '\xC3', '`'};
    std::uint64_t lower = bw::LowerAscii(bw::Load8(bytes));
    char out[8];
    std::memcpy(out, &lower, 8);
    for (size_t k = 0; k < 8; ++k) {
      unsigned char c = static_cast<unsigned char>(bytes[k]);
      char want = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      CHECK(out[k] == want);
    }
  }
}

TEST_CASE("the word hash tells words apart and depends only on the bytes", "[byte_words]") {
  CHECK(bw::HashBytes("abc", 3) == bw::HashBytes(std::string("xabc").data() + 1, 3));
  CHECK(bw::HashBytes("abc", 3) != bw::HashBytes("abd", 3));
  CHECK(bw::HashBytes("ab", 2) != bw::HashBytes("ba", 2));
  // A zero byte at the end is still a different word (the length is hashed).
  CHECK(bw::HashBytes("ab", 2) != bw::HashBytes(std::string("ab\0", 3).data(), 3));
  CHECK(bw::HashBytes("internationalism", 16) != bw::HashBytes("internationalisn", 16));
  CHECK(bw::HashBytes("", 0) != bw::HashBytes("a", 1));
}
