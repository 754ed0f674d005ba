#include "core/code_points.hpp"

#include <cstdint>

#include "core/word_bytes.hpp"

namespace atlas {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at text[at], or -1.
long escape_at(std::string_view text, std::size_t at) {
    if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
    long value = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const int digit = hex_value(text[i]);
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

}  // namespace

void add_code_points(std::string_view text, std::set<char32_t>& out) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Nearly every byte of the data is ASCII other than a backslash: skipped 8 at a time. The
        // page scans ~400 KB at start-up in WebAssembly's unoptimised first code, where a loop's
        // cost is its iterations (a byte at a time took 30-50 ms there; docs/performance-notes.md).
        if (i + 8 <= text.size()) {
            const std::uint64_t word = word_bytes::load(text, i);
            if ((word_bytes::high(word) | word_bytes::equal(word, '\\')) == 0) {
                i += 8;
                continue;
            }
        }
        const auto byte = static_cast<std::uint8_t>(text[i]);
        if (byte < 0x80 && byte != '\\') {
            ++i;
            continue;
        }
        if (byte == '\\' && i + 1 < text.size() && text[i + 1] == '\\') {
            i += 2;  // an escaped backslash: what follows is text, not an escape
            continue;
        }
        if (const long unit = escape_at(text, i); unit >= 0) {
            i += 6;
            long cp = unit;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const long low = escape_at(text, i);
                if (low < 0xDC00 || low > 0xDFFF) continue;  // a lone surrogate is no character
                cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                continue;
            }
            if (cp > 0x7E) out.insert(char32_t(cp));
            continue;
        }
        if (byte < 0x80) {  // a backslash that begins no escape
            ++i;
            continue;
        }
        const int length = byte >= 0xF8 ? 0 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0;
        if (length == 0 || i + std::size_t(length) > text.size()) {
            ++i;
            continue;
        }
        char32_t cp = byte & (0x7F >> length);
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<std::uint8_t>(text[i + std::size_t(k)]);
            valid = valid && (next & 0xC0) == 0x80;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (!valid) {
            ++i;
            continue;
        }
        out.insert(cp);
        i += std::size_t(length);
    }
}

}  // namespace atlas
