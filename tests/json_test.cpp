// Json tests: what the parser reads (values, escapes, surrogates, UTF-8, numbers), what it refuses
// and where it says the fault is, and what the writer writes.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/json_value.hpp"

using namespace atlas;

namespace {

// The parser's message for text that must be refused ("" when it was accepted).
std::string error_of(std::string_view text) {
    try {
        parse_json(text);
    } catch (const JsonError& e) {
        return e.what();
    }
    return "";
}

std::string string_of(std::string_view text) { return parse_json(text).as_string(); }
double number_of(std::string_view text) { return parse_json(text).as_number(); }

}  // namespace

TEST_CASE("objects, arrays and scalars read as written, members in the file's order") {
    const Json doc = parse_json(R"( {"z": [1, true, false, null, "x"], "a": {"c": -2.5, "d": {}}, "e": []} )");
    REQUIRE(doc.is_object());
    REQUIRE(doc.size() == 3);
    CHECK(doc.as_object()[0].first == "z");
    CHECK(doc.as_object()[1].first == "a");
    const Json& list = *doc.find("z");
    REQUIRE(list.is_array());
    CHECK(list.size() == 5);
    CHECK(list[0].as_number() == 1);
    CHECK((list[1].is_bool() && list[1].as_bool()));
    CHECK((list[2].is_bool() && !list[2].as_bool()));
    CHECK(list[3].is_null());
    CHECK(list[4].as_string() == "x");
    CHECK(doc.find("a")->find("c")->as_number() == -2.5);
    CHECK((doc.find("a")->find("d")->is_object() && doc.find("a")->find("d")->empty()));
    CHECK((doc.find("e")->is_array() && doc.find("e")->empty()));
    CHECK(doc.find("c") == nullptr);  // only the object's own members
    CHECK(list.find("z") == nullptr);
    // Another type's accessor gives nothing rather than garbage.
    CHECK(list[4].as_number() == 0);
    CHECK(list[0].as_string().empty());
    CHECK(doc.as_array().empty());
    // Scalars stand alone too.
    CHECK(parse_json(" null ").is_null());
    CHECK(string_of("\"\"").empty());
}

TEST_CASE("string escapes decode, and the writer escapes what JSON requires") {
    CHECK(string_of(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
    CHECK(string_of(R"("\u0041\u00e9\u00E9\u20AC")") == "A\xC3\xA9\xC3\xA9\xE2\x82\xAC");
    CHECK(string_of(R"("nul \u0000 inside")") == std::string("nul \0 inside", 12));
    CHECK(error_of(R"("\x41")") ==
          R"(parse error at line 1, column 2: unknown escape in a string (\" \\ \/ \b \f \n \r \t \uXXXX))");
    CHECK(error_of(R"("\u12G4")") == "parse error at line 1, column 6: expected 4 hex digits after \\u, found 'G'");
    CHECK(
        error_of("\"tab\there\"") ==
        "parse error at line 1, column 5: control character byte 0x09 in a string (write it as an escape such as \\n)");

    CHECK(json_quote("say \"hi\"\\\n\t\x01\x1f/") == R"("say \"hi\"\\\n\t\u0001\u001F/")");
    const std::string tricky = "\"\\\b\f\n\r\t\x01 \x7f \xC3\xA9";
    CHECK(string_of(json_quote(tricky)) == tricky);
}

TEST_CASE("a string's plain runs, read 8 bytes at a time, stop at every byte that ends them") {
    // Each byte that ends a plain run, at offsets 0..17 within the string, so that it falls at every
    // place in an 8-byte word and across two words.
    for (std::size_t pad = 0; pad < 18; ++pad) {
        CAPTURE(pad);
        const std::string before(pad, 'a');
        const std::string after(pad % 5 + 7, 'z');
        const std::string column = std::to_string(pad + 2);
        CHECK(string_of("\"" + before + "\"") == before);
        CHECK(string_of("\"" + before + R"(\"\\\n)" + after + "\"") == before + "\"\\\n" + after);
        CHECK(string_of("\"" + before + R"(\u00e9)" + after + "\"") == before + "\xC3\xA9" + after);
        CHECK(string_of("\"" + before + "\xC3\xA9" + after + "\"") == before + "\xC3\xA9" + after);
        CHECK(string_of("\"" + before + "\x7F~ !#[]" + after + "\"") == before + "\x7F~ !#[]" + after);
        CHECK(parse_json("[\"" + before + "\",\"" + after + "\"]").dump() == "[\"" + before + "\",\"" + after + "\"]");
        CHECK(error_of("\"" + before + "\t" + after + "\"") ==
              "parse error at line 1, column " + column +
                  ": control character byte 0x09 in a string (write it as an escape such as \\n)");
        CHECK(error_of("\"" + before + "\x1F" + after + "\"")
                  .find("column " + column + ": control character byte 0x1F") != std::string::npos);
        CHECK(
            error_of("\"" + before + "\xFF" + after + "\"").find("column " + column + ": invalid UTF-8 at byte 0xFF") !=
            std::string::npos);
        CHECK(error_of("\"" + before + after) == "parse error at line 1, column 1: this string has no closing '\"'");
    }
}

TEST_CASE("a surrogate pair becomes one four-byte character; half a pair is an error") {
    CHECK(string_of(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");  // U+1F600
    CHECK(string_of(R"("\uD800\uDC00")") == "\xF0\x90\x80\x80");  // U+10000, the first
    CHECK(string_of(R"("\uDBFF\uDFFF")") == "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last
    CHECK(error_of(R"("ab\ud83d")") ==
          "parse error at line 1, column 4: \\u escape of a high surrogate without its low half");
    CHECK(error_of(R"("\ud83d\u0041")") ==
          "parse error at line 1, column 2: \\u escape of a high surrogate without its low half");
    CHECK(error_of(R"("\ud83d\ud83d")") ==
          "parse error at line 1, column 2: \\u escape of a high surrogate without its low half");
    CHECK(error_of(R"("\ude00")") ==
          "parse error at line 1, column 2: \\u escape of a low surrogate without its high half");
}

TEST_CASE("UTF-8 passes through both ways; bytes that are not UTF-8 are refused") {
    const std::string text =
        "\"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80\"";
    CHECK(string_of(text) == text.substr(1, text.size() - 2));
    CHECK(Json(string_of(text)).dump() == text);
    CHECK(error_of("\"\xC0\xAF\"") ==
          "parse error at line 1, column 2: invalid UTF-8 at byte 0xC0 (save the file as UTF-8)");
    CHECK(error_of("\"ab\xE9t\xE9\"").find("column 4: invalid UTF-8 at byte 0xE9") != std::string::npos);  // Latin-1
    CHECK_FALSE(error_of("\"\xED\xA0\x80\"").empty());                         // a surrogate spelled in UTF-8
    CHECK_FALSE(error_of("\"\xE0\x80\xAF\"").empty());                         // overlong
    CHECK_FALSE(error_of("\"\xF4\x90\x80\x80\"").empty());                     // above U+10FFFF
    CHECK_FALSE(error_of("\"\xE2\x82\"").empty());                             // cut short
    CHECK_FALSE(error_of("\"\x80\"").empty());                                 // a continuation byte alone
    CHECK(error_of("\"\xE2\x82").find("invalid UTF-8") != std::string::npos);  // cut short by the end
}

TEST_CASE("numbers read as the C library reads them, and integers are written without a point") {
    CHECK(number_of("0") == 0);
    CHECK(number_of("-12") == -12);
    CHECK(number_of("0.1") == 0.1);
    CHECK(number_of("237.6") == 237.6);
    CHECK(number_of("1e308") == 1e308);
    CHECK(number_of("-1.5E-3") == -1.5e-3);
    CHECK(number_of("2e+2") == 200);
    CHECK(number_of("1e-400") == 0);                             // below the smallest double: zero, as strtod reads it
    CHECK(number_of("9007199254740993") == 9007199254740992.0);  // 2^53 + 1 rounds to even
    const char* const long_digits = "123456789012345678901234567890";
    CHECK(number_of(long_digits) == std::strtod(long_digits, nullptr));
    const double negative_zero = number_of("-0");
    CHECK((negative_zero == 0 && std::signbit(negative_zero)));
    CHECK(std::signbit(number_of("-0.0e5")));

    // The fast path (few digits, small exponents) against strtod, over many spellings.
    std::uint64_t seed = 12345;
    const auto next = [&] { return seed = seed * 6364136223846793005ull + 1442695040888963407ull; };
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t digits = next() >> (11 + next() % 50);
        const int point = int(next() % 20), exponent = int(next() % 61) - 30;
        std::string text = std::to_string(digits);
        if (point > 0 && point < int(text.size()) && text[0] != '0') text.insert(text.size() - point, ".");
        if (i % 2) text += "e" + std::to_string(exponent);
        REQUIRE_MESSAGE(number_of(text) == std::strtod(text.c_str(), nullptr), text);
    }

    CHECK(json_number(1922) == "1922");
    CHECK(json_number(-180) == "-180");
    CHECK(json_number(0) == "0");
    CHECK(json_number(-0.0) == "-0");
    CHECK(json_number(0.1) == "0.1");
    CHECK(json_number(237.6) == "237.6");
    CHECK(json_number(1e308) == "1e+308");
    CHECK(json_number(1.0 / 3) == "0.3333333333333333");
    CHECK(json_number(HUGE_VAL) == "null");
    CHECK(json_number(std::nan("")) == "null");
    for (const double x : {0.1, 1.0 / 3, 2.0 / 3, 1e308, -1e-308, 5e-324, 4503599627370497.5, 1e15, 1e21, 123.456, -0.0,
                           1.7976931348623157e308, 59.94, 30.32})
        CHECK_MESSAGE(number_of(json_number(x)) == x, json_number(x));
    CHECK(std::signbit(number_of(json_number(-0.0))));

    for (const char* bad : {"-", "01", "-01", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "1.e5"})
        CHECK_MESSAGE(!error_of(bad).empty(), bad);
    CHECK(error_of("[1, 1e400]") == "parse error at line 1, column 5: the number 1e400 is too large");
    CHECK(error_of("-x") == "parse error at line 1, column 2: expected a digit, found 'x'");
}

TEST_CASE("a syntax error names its line and column") {
    CHECK(error_of("{\n  \"a\": 1,\n  \"b\" 2\n}") ==
          "parse error at line 3, column 7: expected ':' after the key, found '2'");
    CHECK(error_of("[1, 2,]") == "parse error at line 1, column 7: expected a value, found ']'");
    CHECK(error_of("{\"a\": 1,}") == "parse error at line 1, column 9: expected a key in double quotes, found '}'");
    CHECK(error_of("{'a': 1}") == "parse error at line 1, column 2: expected a key in double quotes, found '''");
    CHECK(error_of("[1 2]") == "parse error at line 1, column 4: expected ',' or ']' after an item, found '2'");
    CHECK(error_of("{\"a\": 1 \"b\": 2}") ==
          "parse error at line 1, column 9: expected ',' or '}' after a member, found '\"'");
    CHECK(error_of("{\"events\": [] // comment\n}") ==
          "parse error at line 1, column 15: expected ',' or '}' after a member, found '/'");
    CHECK(error_of("[\n\n  \"open]") == "parse error at line 3, column 3: this string has no closing '\"'");
    CHECK(error_of("[tru]") == "parse error at line 1, column 2: expected a value, found 't'");
    CHECK(error_of("[\r\n1,\r\n") == "parse error at line 3, column 1: expected a value, found the end of the text");
    CHECK(error_of("") == "parse error at line 1, column 1: expected a value, found the end of the text");
    CHECK(error_of(" \n ") == "parse error at line 2, column 2: expected a value, found the end of the text");
    CHECK(error_of("{\"a\": 1, \"b\": 2, \"a\": 3}") ==
          "parse error at line 1, column 18: the key 'a' is already in this object");
    CHECK(error_of("[{\"a\": 1}, {\"a\": 2}]").empty());  // the same key in two objects is fine
}

TEST_CASE("anything after the value is refused; blanks and a leading byte-order mark are not") {
    CHECK(error_of("{} x") ==
          "parse error at line 1, column 4: expected the end of the text after the value, found 'x'");
    CHECK(error_of("[1] [2]") ==
          "parse error at line 1, column 5: expected the end of the text after the value, found '['");
    CHECK(error_of("1 2") ==
          "parse error at line 1, column 3: expected the end of the text after the value, found '2'");
    CHECK(error_of(std::string_view("{}\0", 3)) ==
          "parse error at line 1, column 3: expected the end of the text after the value, found byte 0x00");
    CHECK(error_of("{} \r\n\t ").empty());
    CHECK(parse_json("\xEF\xBB\xBF{\"a\": 1}").find("a")->as_number() == 1);
    CHECK(error_of(" \xEF\xBB\xBF{}") == "parse error at line 1, column 2: expected a value, found byte 0xEF");
}

TEST_CASE("nesting deeper than 64 levels is refused before it can overflow the stack") {
    CHECK(error_of(std::string(64, '[') + std::string(64, ']')).empty());
    CHECK(error_of(std::string(65, '[') + std::string(65, ']')) == "nested deeper than 64 levels (byte 64)");
    CHECK(error_of("{\"a\": " + std::string(100000, '[')) == "nested deeper than 64 levels (byte 69)");
    std::string objects;
    for (int i = 0; i < 70; ++i) objects += "{\"k\":";
    CHECK(error_of(objects) == "nested deeper than 64 levels (byte 320)");
}

TEST_CASE("the writer writes compact JSON that reads back the same") {
    const std::string text =
        R"({"name":"Rapallo \"1922\"","lon":9.23,"year":1922,"zero":-0,"ok":true,"none":null,"list":[1,[],{}],"nested":{"b":1,"a":[0.1]}})";
    CHECK(parse_json(text).dump() == text);
    CHECK(parse_json("{ \"a\" : [ 1 , 2 ] }").dump() == R"({"a":[1,2]})");

    Json built = Json::object({{"id", "ussr"}, {"lon", 37.62}, {"on_map", true}, {"capital", nullptr}});
    built["rect"] = Json::array({1, 2.5f, std::size_t(3)});
    built["id"] = std::string("poland");  // an existing member is replaced in place
    built["events"].push_back("riga_treaty");
    CHECK(built.dump() ==
          R"({"id":"poland","lon":37.62,"on_map":true,"capital":null,"rect":[1,2.5,3],"events":["riga_treaty"]})");
    CHECK(Json().dump() == "null");
    CHECK(Json::array().dump() == "[]");
    CHECK(Json::object().dump() == "{}");
    CHECK(Json(std::string_view("a\nb")).dump() == R"("a\nb")");
}
