// Eight bytes tested at once (read into a uint64 with memcpy): the text scans of start-up skip plain
// ASCII this way, since the page runs them in WebAssembly's unoptimised first code, where a loop
// costs its iterations (docs/performance-notes.md).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace atlas::word_bytes {

inline constexpr std::uint64_t kOnes = 0x0101010101010101u;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080u;

// The 8 bytes at text[at], for at + 8 <= text.size().
inline std::uint64_t load(std::string_view text, std::size_t at) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, 8);
    return word;
}

// Each test is non-zero exactly when some byte is as named (which high bits are set says no more:
// a borrow may mark a byte after a marked one); OR them to test several things in one branch.
// Some byte below n (n <= 0x80): it borrows into its high bit when n is subtracted, and ~word keeps
// only the bytes whose own high bit was clear.
constexpr std::uint64_t below(std::uint64_t word, unsigned n) { return (word - kOnes * n) & ~word & kHighBits; }
// Some byte equal to c: xor makes exactly those bytes zero.
constexpr std::uint64_t equal(std::uint64_t word, unsigned char c) { return below(word ^ (kOnes * c), 1); }
// Some byte above 0x7F (part of a UTF-8 sequence).
constexpr std::uint64_t high(std::uint64_t word) { return word & kHighBits; }

}  // namespace atlas::word_bytes
