#include "byte_words.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <memory>
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

// Ingest counts the spaces of every short line eight bytes at a time.
TEST_CASE("the bytes a mask marks are counted, whichever they are", "[byte_words]") {
  for (unsigned bits = 0; bits < 256; ++bits) {
    char bytes[8];
    size_t spaces = 0;
    for (size_t k = 0; k < 8; ++k) {
      bool space = (bits >> k) & 1;
      bytes[k] = space ? ' ' : static_cast<char>(k % 2 ? 0xA0 : 'x');
      spaces += space;
    }
    std::uint64_t mask = bw::ZeroBytes(bw::Load8(bytes) ^ (bw::kOnes * ' '));
    REQUIRE(bw::CountMarked(mask) == spaces);
  }
  REQUIRE(bw::CountMarked(bw::kHighBits) == 8);
  REQUIRE(bw::CountMarked(0) == 0);
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

// The tokenizers hash a word from the zero-filled eight-byte chunks they
// have in hand, and sets look the same word up by HashBytes: both must
// give one value for every length, whatever the bytes around the word
// (the word sits in a buffer of exactly its size, so that a sanitizer
// build also sees any read past its end).
TEST_CASE("the word hash is the hash of the word's zero-filled chunks", "[byte_words]") {
  for (size_t n = 0; n <= 40; ++n) {
    for (int fill : {0x00, 0x41, 0x7F, 0x80, 0xFF}) {
      std::unique_ptr<char[]> word(new char[n]);
      for (size_t k = 0; k < n; ++k) word[k] = static_cast<char>(fill + 37 * k + n);
      // Whole chunks as loaded; the rest first byte lowest, zero-filled.
      std::uint64_t h = bw::kHashSeed;
      size_t k = 0;
      for (; k + 8 <= n; k += 8) h = bw::HashStep(h, bw::Load8(word.get() + k));
      if (k < n) {
        std::uint64_t last = 0;
        for (size_t b = 0; k + b < n; ++b) {
          last |= std::uint64_t{static_cast<unsigned char>(word[k + b])} << (8 * b);
        }
        h = bw::HashStep(h, last);
      }
      INFO("length " << n << ", fill " << fill);
      CHECK(bw::HashBytes(word.get(), n) == bw::HashFinish(h, n));
    }
  }
}
