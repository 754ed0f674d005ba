// The characters a text needs beyond ASCII, so that the fonts can hold just the glyphs the data
// uses: rasterising every Latin and Cyrillic glyph at five sizes was a third of start-up's own work.
#pragma once

#include <set>
#include <string_view>

namespace atlas {

// Adds every code point above U+007E in text: UTF-8 sequences and JSON's \uXXXX escapes (with
// surrogate pairs). Malformed UTF-8 bytes are skipped (the JSON loader reports them).
void add_code_points(std::string_view text, std::set<char32_t>& out);

}  // namespace atlas
