// Json: our own JSON value (written for the atlas, not a vendored library), a strict parser that
// reports line and column, and a compact writer; the loaders read the data through it.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace atlas {

// Any C++ number but bool (which is JSON's true or false).
template <class T>
concept JsonNumber = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

// One JSON value. Numbers are doubles (JavaScript's numbers; every number of the assets is one).
// Objects keep their members in the order written or added; a parsed object has no key twice.
class Json {
public:
    using Array = std::vector<Json>;
    using Member = std::pair<std::string, Json>;
    using Object = std::vector<Member>;

    Json() = default;  // null
    Json(std::nullptr_t) {}
    Json(bool value) : data_(value) {}
    template <JsonNumber Number>
    Json(Number value) : data_(static_cast<double>(value)) {}
    Json(const char* text) : data_(std::string(text)) {}
    Json(std::string text) : data_(std::move(text)) {}
    Json(std::string_view text) : data_(std::string(text)) {}
    Json(Array items) : data_(std::move(items)) {}
    Json(Object members) : data_(std::move(members)) {}
    // Json::array({1, "two"}), Json::object({{"id", "ussr"}, {"lon", 37.6}}): no guessing which a
    // braced list meant.
    static Json array(std::initializer_list<Json> items = {}) { return Json(Array(items)); }
    static Json object(std::initializer_list<Member> members = {}) { return Json(Object(members)); }

    bool is_null() const { return std::holds_alternative<std::nullptr_t>(data_); }
    bool is_bool() const { return std::holds_alternative<bool>(data_); }
    bool is_number() const { return std::holds_alternative<double>(data_); }
    bool is_string() const { return std::holds_alternative<std::string>(data_); }
    bool is_array() const { return std::holds_alternative<Array>(data_); }
    bool is_object() const { return std::holds_alternative<Object>(data_); }

    // The value as the type asked for; false, 0 or empty when it is of another (check is_... first).
    bool as_bool() const;
    double as_number() const;
    const std::string& as_string() const;
    const Array& as_array() const;
    const Object& as_object() const;

    std::size_t size() const;  // an array's items or an object's members; 0 for the rest
    bool empty() const { return size() == 0; }
    const Json& operator[](std::size_t index) const { return as_array()[index]; }
    const Json* find(std::string_view key) const;  // an object's member, or nullptr

    // Building output: a null becomes an array (push_back) or an object (operator[]) on first use.
    void push_back(Json item);
    Json& operator[](std::string_view key);  // the member, added as null when absent

    std::string dump() const;  // compact: no blanks
    void dump_to(std::string& out) const;

private:
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> data_;
};

// A text that is not JSON. what(): "parse error at line L, column C: <problem>" (line and column
// from 1, the column in bytes), or "nested deeper than 64 levels (byte N)".
struct JsonError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Deepest [ / { nesting parse_json accepts: the assets use 5, and every walk over a value (dump,
// the destructor) recurses once per level, so no document may overflow the stack.
constexpr int kJsonMaxDepth = 64;

// RFC 8259, strictly (no comments, no trailing commas, valid UTF-8, no key twice in an object), plus
// a leading UTF-8 byte-order mark, which editors on Windows write. Throws JsonError.
Json parse_json(std::string_view text);

// `text` as a JSON string literal, quotes included; UTF-8 passes through.
std::string json_quote(std::string_view text);
// Integers without a decimal point ("1922", "-0"), other numbers in the shortest form that reads
// back to the same double ("0.1", "1e+308"); infinities and NaN, which JSON lacks, as null.
std::string json_number(double value);

}  // namespace atlas
