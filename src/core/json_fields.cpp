// JsonFields: the shared checks behind every "file: entry: field 'x': problem" message.
#include "core/json_fields.hpp"

#include <algorithm>

#include <cmath>

namespace atlas::json_fields {

using nlohmann::json;

Where Where::inside(std::string_view path) const { return Where{file, entry, prefix + std::string(path) + "."}; }

void Where::fail(std::string_view field, std::string_view message) const {
    std::string out(file);
    if (!entry.empty()) out += ": " + entry;
    out += ": field '" + prefix + std::string(field) + "': " + std::string(message);
    throw LoadError(out);
}

void Where::fail(std::string_view message) const {
    std::string out(file);
    if (!entry.empty()) out += ": " + entry;
    if (!prefix.empty()) out += ": field '" + prefix.substr(0, prefix.size() - 1) + "'";
    throw LoadError(out + ": " + std::string(message));
}

namespace {

// Deepest [ / { nesting the loaders accept (the assets use 5). nlohmann parses any depth, but dumping
// a value for a message (quote) recurses once per level: a deep document overflowed the stack.
constexpr std::size_t kMaxJsonDepth = 64;

// Byte offset where the nesting (outside strings) first exceeds kMaxJsonDepth, or npos.
std::size_t too_deep_at(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

}  // namespace

json parse(std::string_view text, std::string_view file) {
    if (const std::size_t at = too_deep_at(text); at != std::string_view::npos) {
        throw LoadError(std::string(file) + ": invalid JSON: nested deeper than " + std::to_string(kMaxJsonDepth) +
                        " levels (byte " + std::to_string(at) + ")");
    }
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        const std::size_t bracket = what.find("] ");
        if (what.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) what = what.substr(bracket + 2);
        throw LoadError(std::string(file) + ": invalid JSON: " + what + " (byte " + std::to_string(e.byte) + ")");
    }
}

std::string quote(const json& value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    if (value.is_string()) return "'" + text.substr(1, text.size() >= 2 ? text.size() - 2 : 0) + "'";
    return text;
}

std::string entry_label(std::string_view kind, const json& entry, std::size_t index) {
    if (entry.is_object()) {
        for (const char* key : {"id", "key"}) {
            const auto it = entry.find(key);
            if (it != entry.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
                return std::string(kind) + " " + quote(*it);
            }
        }
    }
    return std::string(kind) + " #" + std::to_string(index);
}

void require_object(const Where& at, const json& value, std::string_view field) {
    if (!value.is_object()) at.fail(field, "is not an object");
}

const json& require(const Where& at, const json& object, const char* field) {
    if (!object.is_object()) at.fail("is not an object");
    const auto it = object.find(field);
    if (it == object.end() || it->is_null()) at.fail(field, "missing");
    return *it;
}

const json* optional(const Where& at, const json& object, const char* field) {
    if (!object.is_object()) at.fail("is not an object");
    const auto it = object.find(field);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

const json& require_array(const Where& at, const json& object, const char* field) {
    const json& value = require(at, object, field);
    if (!value.is_array()) at.fail(field, "is not an array");
    return value;
}

std::string require_string(const Where& at, const json& object, const char* field) {
    const json& value = require(at, object, field);
    if (!value.is_string()) at.fail(field, quote(value) + " is not a string");
    const std::string& text = value.get_ref<const std::string&>();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) at.fail(field, "is empty");
    return text;
}

std::string require_id(const Where& at, const json& object) {
    std::string id = require_string(at, object, "id");
    const bool letters = std::all_of(
        id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    if (!letters || id[0] < 'a' || id[0] > 'z')
        at.fail("id", "'" + id + "' is not an id: lowercase letters, digits and '_', starting with a letter");
    return id;
}

std::string optional_string(const Where& at, const json& object, const char* field) {
    const json* value = optional(at, object, field);
    if (!value) return {};
    if (!value->is_string()) at.fail(field, quote(*value) + " is not a string");
    return value->get<std::string>();
}

double require_number(const Where& at, const json& object, const char* field, double lo, double hi) {
    const json& value = require(at, object, field);
    if (!value.is_number()) at.fail(field, quote(value) + " is not a number");
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < lo || v > hi) {
        at.fail(field, quote(value) + " is outside " + json(lo).dump() + ".." + json(hi).dump());
    }
    return v;
}

Date as_date(const Where& at, const json& value, std::string_view field) {
    if (!value.is_string()) at.fail(field, quote(value) + " is not a date string");
    const auto date = parse_date(value.get_ref<const std::string&>());
    if (!date) at.fail(field, quote(value) + " is not a valid date");
    return *date;
}

Date require_date(const Where& at, const json& object, const char* field) {
    return as_date(at, require(at, object, field), field);
}

bool optional_bool(const Where& at, const json& object, const char* field, bool fallback) {
    const json* value = optional(at, object, field);
    if (!value) return fallback;
    if (!value->is_boolean()) at.fail(field, quote(*value) + " is not true or false");
    return value->get<bool>();
}

}  // namespace atlas::json_fields
