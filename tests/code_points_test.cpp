#include "core/code_points.hpp"
#include "core/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

namespace atlas {

namespace {

std::set<char32_t> code_points(std::string_view text) {
    std::set<char32_t> out;
    add_code_points(text, out);
    return out;
}

}  // namespace

TEST_CASE("code points: UTF-8 of every length, ASCII left out") {
    CHECK(code_points("Brest-Litovsk, 1918").empty());
    CHECK(code_points("Łódź") == std::set<char32_t>{0x141, 0xF3, 0x17A});
    CHECK(code_points("Москва – 1922") == std::set<char32_t>{0x41C, 0x43E, 0x441, 0x43A, 0x432, 0x430, 0x2013});
    CHECK(code_points("\xF0\x9F\x97\xBA map") == std::set<char32_t>{0x1F5FA});
}

TEST_CASE("UTF-8 written: the bytes of each length, and read back as the same code points") {
    const auto utf8 = [](char32_t cp) {
        std::string out;
        append_utf8(out, cp);
        return out;
    };
    CHECK(utf8('A') == "A");
    CHECK(utf8(0x416) == "\xD0\x96");            // Ж, as a Russian keyboard types it
    CHECK(utf8(0x4E00) == "\xE4\xB8\x80");       // 一, a letter no font of the atlas has
    CHECK(utf8(0x1F5FA) == "\xF0\x9F\x97\xBA");  // beyond the 16 bits ImGui's input holds
    const std::set<char32_t> edges{0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF};
    std::string all;
    for (char32_t cp : edges) append_utf8(all, cp);
    CHECK(code_points(all) == std::set<char32_t>{0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF});
}

TEST_CASE("code points: JSON escapes, surrogate pairs, escaped backslashes") {
    CHECK(code_points(R"("Rapallo \u2013 Genoa")") == std::set<char32_t>{0x2013});
    CHECK(code_points(R"("\u0142\u00F3d\u017A")") == std::set<char32_t>{0x142, 0xF3, 0x17A});
    CHECK(code_points(R"("\ud83d\uddfa")") == std::set<char32_t>{0x1F5FA});
    CHECK(code_points(R"("C:\\u0142")").empty());  // a backslash, then the letters u0142
    CHECK(code_points(R"("\u00")").empty());
    CHECK(code_points(R"("\ud83d alone")").empty());
}

TEST_CASE("code points: malformed UTF-8 is skipped, what follows still counts") {
    CHECK(code_points("\xC3 \xE2\x80 \xFF \xC3\xA9") == std::set<char32_t>{0xE9});
    CHECK(code_points("\xE2\x80").empty());  // cut short at the end
}

TEST_CASE("code points: found at every offset from a run of ASCII, which is skipped 8 bytes at a time") {
    // Each case at offsets 0..17 within plain ASCII, so that it falls at every place in an 8-byte word
    // and across two words.
    for (std::size_t pad = 0; pad < 18; ++pad) {
        CAPTURE(pad);
        const std::string before(pad, 'a');
        const std::string after(pad % 5 + 7, 'z');
        CHECK(code_points(before + "\xC5\x81" + after) == std::set<char32_t>{0x141});
        CHECK(code_points(before + "\xF0\x9F\x97\xBA" + after) == std::set<char32_t>{0x1F5FA});
        CHECK(code_points(before + R"(\u2013)" + after) == std::set<char32_t>{0x2013});
        CHECK(code_points(before + R"(\ud83d\uddfa)" + after) == std::set<char32_t>{0x1F5FA});
        CHECK(code_points(before + R"(\\u0142)" + after).empty());
        CHECK(code_points(before + R"(\\\u0142)" + after) == std::set<char32_t>{0x142});
        CHECK(code_points(before + "\xC3 " + after + "\xC3\xA9") == std::set<char32_t>{0xE9});
        CHECK(code_points(before + "\x7F~" + after).empty());
    }
}

}  // namespace atlas
