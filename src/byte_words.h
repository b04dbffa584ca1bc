// Eight bytes at a time: the word load and per-byte masks that the ASCII
// fast paths of ingest (encoding checks, space collapsing) share.
#pragma once

#include <cstdint>
#include <cstring>

namespace annals::byte_words {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// Eight bytes as one integer (memcpy: no alignment needed; byte order does
// not matter to tests that look at every byte alike).
inline std::uint64_t Load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// 0x80 in each byte of `v` that is zero, 0 elsewhere (exact: no borrow
// crosses bytes).
inline std::uint64_t ZeroBytes(std::uint64_t v) { return ~(((v & kLow7) + kLow7) | v | kLow7); }

}  // namespace annals::byte_words
