// JsonFields: the shared checks behind every "file: entry: field 'x': problem" message.
#include "core/json_fields.hpp"

#include <algorithm>

namespace atlas::json_fields {

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

Json parse(std::string_view text, std::string_view file) {
    try {
        return parse_json(text);
    } catch (const JsonError& e) {
        throw LoadError(std::string(file) + ": invalid JSON: " + e.what());
    }
}

std::string quote(const Json& value) {
    std::string text = value.dump();
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    if (value.is_string()) return "'" + text.substr(1, text.size() >= 2 ? text.size() - 2 : 0) + "'";
    return text;
}

std::string entry_label(std::string_view kind, const Json& entry, std::size_t index) {
    for (const char* key : {"id", "key"}) {
        const Json* label = entry.find(key);
        if (label && label->is_string() && !label->as_string().empty()) return std::string(kind) + " " + quote(*label);
    }
    return std::string(kind) + " #" + std::to_string(index);
}

void require_object(const Where& at, const Json& value, std::string_view field) {
    if (!value.is_object()) at.fail(field, "is not an object");
}

const Json& require(const Where& at, const Json& object, const char* field) {
    const Json* value = optional(at, object, field);
    if (!value) at.fail(field, "missing");
    return *value;
}

const Json* optional(const Where& at, const Json& object, const char* field) {
    if (!object.is_object()) at.fail("is not an object");
    const Json* value = object.find(field);
    return value && !value->is_null() ? value : nullptr;
}

const Json& require_array(const Where& at, const Json& object, const char* field) {
    const Json& value = require(at, object, field);
    if (!value.is_array()) at.fail(field, "is not an array");
    return value;
}

std::string require_string(const Where& at, const Json& object, const char* field) {
    const Json& value = require(at, object, field);
    if (!value.is_string()) at.fail(field, quote(value) + " is not a string");
    const std::string& text = value.as_string();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) at.fail(field, "is empty");
    return text;
}

std::string require_id(const Where& at, const Json& object) {
    std::string id = require_string(at, object, "id");
    const bool letters = std::all_of(
        id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    if (!letters || id[0] < 'a' || id[0] > 'z')
        at.fail("id", "'" + id + "' is not an id: lowercase letters, digits and '_', starting with a letter");
    return id;
}

std::string optional_string(const Where& at, const Json& object, const char* field) {
    const Json* value = optional(at, object, field);
    if (!value) return {};
    if (!value->is_string()) at.fail(field, quote(*value) + " is not a string");
    return value->as_string();
}

namespace {

// A bound as the messages have always written it: "-180.0", "40075.0".
std::string bound_text(double bound) {
    std::string text = json_number(bound);
    if (text.find_first_of(".en") == std::string::npos) text += ".0";
    return text;
}

}  // namespace

double require_number(const Where& at, const Json& object, const char* field, double lo, double hi) {
    const Json& value = require(at, object, field);
    if (!value.is_number()) at.fail(field, quote(value) + " is not a number");
    const double v = value.as_number();
    if (v < lo || v > hi) at.fail(field, quote(value) + " is outside " + bound_text(lo) + ".." + bound_text(hi));
    return v;
}

Date as_date(const Where& at, const Json& value, std::string_view field) {
    if (!value.is_string()) at.fail(field, quote(value) + " is not a date string");
    const auto date = parse_date(value.as_string());
    if (!date) at.fail(field, quote(value) + " is not a valid date");
    return *date;
}

Date require_date(const Where& at, const Json& object, const char* field) {
    return as_date(at, require(at, object, field), field);
}

bool optional_bool(const Where& at, const Json& object, const char* field, bool fallback) {
    const Json* value = optional(at, object, field);
    if (!value) return fallback;
    if (!value->is_bool()) at.fail(field, quote(*value) + " is not true or false");
    return value->as_bool();
}

}  // namespace atlas::json_fields
