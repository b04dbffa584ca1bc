// Eight bytes at a time: the word load and per-byte masks that the ASCII
// fast paths of ingest (encoding checks, space collapsing) and of the two
// tokenizers (sentences.cc, resolve_lexicon.cc) share.
#pragma once

#include <cstddef>
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

// 0x80 in each byte of `v` from `lo` to `hi` (both ASCII), 0 elsewhere.
// Exact for every byte: a byte with its high bit set is never in range, and
// the sums below cannot carry into the next byte because the high bits are
// cleared first.
inline std::uint64_t InRange(std::uint64_t v, unsigned char lo, unsigned char hi) {
  std::uint64_t low = v & kLow7;
  std::uint64_t at_least = low + kOnes * (0x80 - lo);  // high bit: byte >= lo
  std::uint64_t above = low + kOnes * (0x7F - hi);     // high bit: byte > hi
  return at_least & ~above & ~v & kHighBits;
}

// 0x80 in each ASCII letter of `v`.
inline std::uint64_t Letters(std::uint64_t v) { return InRange(v | (kOnes * 0x20), 'a', 'z'); }

// `v` with its ASCII capitals in lower case.
inline std::uint64_t LowerAscii(std::uint64_t v) { return v | (InRange(v, 'A', 'Z') >> 2); }

// Index of the first byte whose mask bit (0x80) is set; `mask` is not 0.
// Bytes are numbered in memory order (Load8 is a little-endian load on the
// machines we build for; on others the tokenizers take their byte loops).
inline size_t FirstByte(std::uint64_t mask) {
  return static_cast<size_t>(__builtin_ctzll(mask)) / 8;
}

// How many bytes a mask of 0x80 bits (ZeroBytes, InRange) marks: each
// byte's bit brought down to 1 and the eight bytes summed into the top one
// by a multiply. std::popcount compiles to a call into libgcc on the
// baseline x86-64 this is built for.
inline size_t CountMarked(std::uint64_t mask) {
  return static_cast<size_t>(((mask >> 7) * kOnes) >> 56);
}

// The low `n` bytes (n < 8) of a word.
inline std::uint64_t LowBytes(std::uint64_t v, size_t n) {
  return v & ((std::uint64_t{1} << (8 * n)) - 1);
}

// True where Load8 reads bytes in memory order into ascending significance.
inline constexpr bool kLittleEndian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

// A word's hash, eight bytes a step: the tokenizers compute it from the
// lower-cased eight-byte chunks they have in hand, and HashBytes gives the
// same value for the same bytes. Only hash tables look at it, never output.
constexpr std::uint64_t kHashSeed = 0x243F6A8885A308D3ull;
constexpr std::uint64_t kHashMul = 0x9E3779B97F4A7C15ull;
inline std::uint64_t HashStep(std::uint64_t h, std::uint64_t chunk) {
  return (h ^ chunk) * kHashMul;
}
// The multiplications above move information only upwards; the finish
// folds the high half down so that the low bits (table slots) depend on
// every byte.
inline std::uint64_t HashFinish(std::uint64_t h, size_t n) {
  h ^= n;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 29);
}
// The bytes p[k, n) (fewer than eight), first byte lowest and the rest
// zero, as a little-endian Load8 of them zero-filled would give. Loads
// of fixed size that stay inside p[0, n) (a word of eight or more bytes:
// the last eight, shifted down past the bytes already hashed; a shorter
// one: two overlapping loads of four or two), not a loop per byte; the
// overlapping bytes are the same in both loads, so or-ing them changes
// nothing.
inline std::uint64_t LastChunk(const char* p, size_t k, size_t n) {
  const size_t r = n - k;  // 1 to 7
  const char* q = p + k;   // p itself when n < 8
  if constexpr (kLittleEndian) {
    if (n >= 8) return Load8(p + n - 8) >> (8 * (8 - r));
    if (r >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, q, 4);
      std::memcpy(&hi, q + r - 4, 4);
      return std::uint64_t{lo} | (std::uint64_t{hi} << (8 * (r - 4)));
    }
    if (r >= 2) {
      std::uint16_t lo, hi;
      std::memcpy(&lo, q, 2);
      std::memcpy(&hi, q + r - 2, 2);
      return std::uint64_t{lo} | (std::uint64_t{hi} << (8 * (r - 2)));
    }
    return static_cast<unsigned char>(q[0]);
  } else {
    std::uint64_t last = 0;
    for (size_t j = 0; j < r; ++j)
      last |= std::uint64_t{static_cast<unsigned char>(q[j])} << (8 * j);
    return last;
  }
}

// The same hash over `n` bytes at `p`: full chunks, then the rest
// zero-filled.
inline std::uint64_t HashBytes(const char* p, size_t n) {
  std::uint64_t h = kHashSeed;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) h = HashStep(h, Load8(p + k));
  if (k < n) h = HashStep(h, LastChunk(p, k, n));
  return HashFinish(h, n);
}

}  // namespace annals::byte_words
