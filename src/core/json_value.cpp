// Json: the value's accessors, a recursive-descent parser over the text, and the writer.
#include "core/json_value.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/utf8.hpp"
#include "core/word_bytes.hpp"

namespace atlas {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";
// The one-letter escapes, both ways: kEscapeLetters[i] after a backslash stands for kEscaped[i].
constexpr char kEscapeLetters[] = "\"\\bfnrt";
constexpr char kEscaped[] = "\"\\\b\f\n\r\t";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether 8 bytes of a string are all plain: no '"', '\\', control character or byte above 0x7F.
bool plain_word(std::uint64_t word) {
    using namespace word_bytes;
    return (high(word) | below(word, 0x20) | equal(word, '"') | equal(word, '\\')) == 0;
}

// Powers of ten that a double holds exactly: a number of at most 15 digits scaled by one of them is
// correctly rounded by one multiplication or division (Clinger's fast path), without strtod.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    Json document() {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
        Json out = value(0);
        skip_blanks();
        if (pos_ < text_.size()) fail("expected the end of the text after the value, found " + found());
        return out;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;

    [[noreturn]] void fail(const std::string& problem) const { fail_at(pos_, problem); }

    [[noreturn]] void fail_at(std::size_t at, const std::string& problem) const {
        std::size_t line = 1, line_start = 0;
        for (std::size_t i = 0; i < at; ++i) {
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        }
        throw JsonError("parse error at line " + std::to_string(line) + ", column " +
                        std::to_string(at - line_start + 1) + ": " + problem);
    }

    // What stands at pos_, for a message: "'x'", "byte 0xC3" or "the end of the text".
    std::string found() const {
        if (pos_ >= text_.size()) return "the end of the text";
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
        return std::string("byte 0x") + kHex[c >> 4] + kHex[c & 15];
    }

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    bool take(char c) {
        if (pos_ >= text_.size() || text_[pos_] != c) return false;
        ++pos_;
        return true;
    }

    void skip_blanks() {
        const char* p = text_.data() + pos_;
        const char* const end = text_.data() + text_.size();
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
        pos_ = std::size_t(p - text_.data());
    }

    Json value(int depth) {
        skip_blanks();
        switch (peek()) {
            case '{': return object(depth + 1);
            case '[': return array(depth + 1);
            case '"': return string_text();
            case 't': return word("true", true);
            case 'f': return word("false", false);
            case 'n': return word("null", nullptr);
            default:
                if (peek() == '-' || is_digit(peek())) return number();
                fail("expected a value, found " + found());
        }
    }

    void check_depth(int depth) const {
        if (depth > kJsonMaxDepth) {
            throw JsonError("nested deeper than " + std::to_string(kJsonMaxDepth) + " levels (byte " +
                            std::to_string(pos_) + ")");
        }
    }

    Json word(std::string_view spelled, Json meaning) {
        if (text_.substr(pos_, spelled.size()) != spelled) fail("expected a value, found " + found());
        pos_ += spelled.size();
        return meaning;
    }

    Json array(int depth) {
        check_depth(depth);
        ++pos_;  // '['
        Json::Array items;
        skip_blanks();
        if (take(']')) return items;
        items.reserve(4);  // a vector grown from one item moves every item at each doubling
        for (;;) {
            items.push_back(value(depth));
            skip_blanks();
            if (take(']')) return items;
            if (!take(',')) fail("expected ',' or ']' after an item, found " + found());
        }
    }

    Json object(int depth) {
        check_depth(depth);
        ++pos_;  // '{'
        Json::Object members;
        skip_blanks();
        if (take('}')) return members;
        members.reserve(8);  // the data's objects have 2-12 members
        for (;;) {
            skip_blanks();
            const std::size_t key_at = pos_;
            if (peek() != '"') fail("expected a key in double quotes, found " + found());
            std::string key = string_text();
            // A second "date" would silently replace the first: a slip to report (objects are small).
            for (const Json::Member& m : members)
                if (m.first == key) fail_at(key_at, "the key '" + key + "' is already in this object");
            skip_blanks();
            if (!take(':')) fail("expected ':' after the key, found " + found());
            Json item = value(depth);
            members.emplace_back(std::move(key), std::move(item));
            skip_blanks();
            if (take('}')) return members;
            if (!take(',')) fail("expected ',' or '}' after a member, found " + found());
        }
    }

    std::string string_text() {
        const std::size_t start = pos_++;  // '"'
        std::string out;
        for (;;) {
            // Plain ASCII is copied in one go, found 8 bytes at a time: the page parses ~400 KB at
            // start-up in WebAssembly's unoptimised first code, where a loop costs its iterations.
            const std::size_t run = pos_;
            while (pos_ + 8 <= text_.size() && plain_word(word_bytes::load(text_, pos_))) pos_ += 8;
            while (pos_ < text_.size()) {
                const auto c = static_cast<unsigned char>(text_[pos_]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++pos_;
            }
            out.append(text_.data() + run, pos_ - run);
            if (pos_ >= text_.size()) fail_at(start, "this string has no closing '\"'");
            const auto c = static_cast<unsigned char>(text_[pos_]);
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c == '\\') {
                escape(out);
            } else if (c < 0x20) {
                fail("control character " + found() + " in a string (write it as an escape such as \\n)");
            } else {
                utf8_sequence(out);
            }
        }
    }

    void escape(std::string& out) {
        const std::size_t at = pos_++;  // '\\'
        const char c = peek();
        ++pos_;
        if (const char* e = c ? std::strchr(kEscapeLetters, c) : nullptr) {
            out += kEscaped[e - kEscapeLetters];
            return;
        }
        if (c == '/') {  // JSON allows "\/" though it never needs it
            out += '/';
            return;
        }
        switch (c) {
            case 'u': {
                std::uint32_t cp = hex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF) fail_at(at, "\\u escape of a low surrogate without its high half");
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // UTF-16's pair for a code point above U+FFFF
                    if (text_.substr(pos_, 2) != "\\u")
                        fail_at(at, "\\u escape of a high surrogate without its low half");
                    pos_ += 2;
                    const std::uint32_t low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail_at(at, "\\u escape of a high surrogate without its low half");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, cp);
                break;
            }
            default: fail_at(at, "unknown escape in a string (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    std::uint32_t hex4() {
        std::uint32_t cp = 0;
        for (int i = 0; i < 4; ++i, ++pos_) {
            const char c = peek();
            const int digit = is_digit(c)            ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) fail("expected 4 hex digits after \\u, found " + found());
            cp = cp * 16 + static_cast<std::uint32_t>(digit);
        }
        return cp;
    }

    // One multi-byte UTF-8 character, checked as the Unicode standard's table 3-7 (no overlong
    // forms, no surrogates, nothing above U+10FFFF), copied as it is.
    void utf8_sequence(std::string& out) {
        const auto byte = [&](std::size_t i) -> unsigned {
            return pos_ + i < text_.size() ? static_cast<unsigned char>(text_[pos_ + i]) : 0;
        };
        const unsigned lead = byte(0);
        std::size_t length = 0;
        unsigned lo = 0x80, hi = 0xBF;  // what the second byte may be
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) lo = 0xA0;
            if (lead == 0xED) hi = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) lo = 0x90;
            if (lead == 0xF4) hi = 0x8F;
        }
        bool valid = length > 0 && byte(1) >= lo && byte(1) <= hi;
        for (std::size_t i = 2; valid && i < length; ++i) valid = byte(i) >= 0x80 && byte(i) <= 0xBF;
        if (!valid) fail("invalid UTF-8 at " + found() + " (save the file as UTF-8)");
        out.append(text_.data() + pos_, length);
        pos_ += length;
    }

    Json number() {
        const std::size_t start = pos_;
        const bool negative = take('-');
        std::uint64_t digits = 0;  // the significant digits, while they fit
        int scale = 0;             // the power of ten they are multiplied by
        bool all_kept = true;
        const auto digit_run = [&](bool fraction) {
            if (!is_digit(peek())) fail("expected a digit, found " + found());
            for (; is_digit(peek()); ++pos_) {
                if (digits < (std::uint64_t(1) << 53) / 10) {
                    digits = digits * 10 + static_cast<std::uint64_t>(text_[pos_] - '0');
                    scale -= fraction ? 1 : 0;
                } else {
                    all_kept = false;
                }
            }
        };
        if (take('0')) {
            if (is_digit(peek())) fail("a number may not start with 0 (found " + found() + " after it)");
        } else {
            digit_run(false);
        }
        if (take('.')) digit_run(true);
        int exponent = 0;
        if (take('e') || take('E')) {
            const bool minus = take('-');
            if (!minus) take('+');
            if (!is_digit(peek())) fail("expected a digit, found " + found());
            for (; is_digit(peek()); ++pos_) exponent = std::min(exponent * 10 + (text_[pos_] - '0'), 100000);
            if (minus) exponent = -exponent;
        }
        const int power = scale + exponent;
        double value = 0;
        if (all_kept && power >= -22 && power <= 22) {
            value = power < 0 ? double(digits) / kPow10[-power] : double(digits) * kPow10[power];
        } else {  // many digits or a large exponent: the C library's correctly rounded reading
            const std::string spelled(text_.substr(start, pos_ - start));
            value = std::fabs(std::strtod(spelled.c_str(), nullptr));
        }
        if (!std::isfinite(value))
            fail_at(start, "the number " + std::string(text_.substr(start, pos_ - start)) + " is too large");
        return negative ? -value : value;
    }
};

void write_quoted(std::string& out, std::string_view text) {
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != '"' && c != '\\') {  // nearly every character: as it is
            out += ch;
        } else if (const char* e = c ? std::strchr(kEscaped, ch) : nullptr) {
            out += '\\';
            out += kEscapeLetters[e - kEscaped];
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += ch;
        }
    }
    out += '"';
}

}  // namespace

bool Json::as_bool() const {
    const bool* value = std::get_if<bool>(&data_);
    return value && *value;
}

double Json::as_number() const {
    const double* value = std::get_if<double>(&data_);
    return value ? *value : 0;
}

const std::string& Json::as_string() const {
    static const std::string none;
    const std::string* value = std::get_if<std::string>(&data_);
    return value ? *value : none;
}

const Json::Array& Json::as_array() const {
    static const Array none;
    const Array* value = std::get_if<Array>(&data_);
    return value ? *value : none;
}

const Json::Object& Json::as_object() const {
    static const Object none;
    const Object* value = std::get_if<Object>(&data_);
    return value ? *value : none;
}

std::size_t Json::size() const { return is_object() ? as_object().size() : as_array().size(); }

const Json* Json::find(std::string_view key) const {
    for (const Member& m : as_object())
        if (m.first == key) return &m.second;
    return nullptr;
}

void Json::push_back(Json item) {
    if (is_null()) data_ = Array();
    if (Array* items = std::get_if<Array>(&data_)) items->push_back(std::move(item));
}

Json& Json::operator[](std::string_view key) {
    if (is_null()) data_ = Object();
    Object& members = std::get<Object>(data_);
    for (Member& m : members)
        if (m.first == key) return m.second;
    return members.emplace_back(std::string(key), Json()).second;
}

std::string Json::dump() const {
    std::string out;
    dump_to(out);
    return out;
}

void Json::dump_to(std::string& out) const {
    if (is_null()) {
        out += "null";
    } else if (const bool* b = std::get_if<bool>(&data_)) {
        out += *b ? "true" : "false";
    } else if (const double* number = std::get_if<double>(&data_)) {
        out += json_number(*number);
    } else if (const std::string* text = std::get_if<std::string>(&data_)) {
        write_quoted(out, *text);
    } else if (const Array* items = std::get_if<Array>(&data_)) {
        out += '[';
        for (std::size_t i = 0; i < items->size(); ++i) {
            if (i > 0) out += ',';
            (*items)[i].dump_to(out);
        }
        out += ']';
    } else {
        const Object& members = std::get<Object>(data_);
        out += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0) out += ',';
            write_quoted(out, members[i].first);
            out += ':';
            members[i].second.dump_to(out);
        }
        out += '}';
    }
}

Json parse_json(std::string_view text) { return Parser(text).document(); }

std::string json_quote(std::string_view text) {
    std::string out;
    write_quoted(out, text);
    return out;
}

std::string json_number(double value) {
    if (!std::isfinite(value)) return "null";
    if (value == 0) return std::signbit(value) ? "-0" : "0";
    if (std::trunc(value) == value && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    char text[32];
    for (int digits = 15; digits <= 17; ++digits) {  // 17 significant digits always read back the same
        std::snprintf(text, sizeof text, "%.*g", digits, value);
        if (std::strtod(text, nullptr) == value) break;
    }
    return text;
}

}  // namespace atlas
