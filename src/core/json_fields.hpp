// JsonFields: checked field access for the JSON loaders; failures throw LoadError with context.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/json_value.hpp"

namespace atlas::json_fields {

// Thrown inside loaders only; each loader catches it and returns it as Result::error.
struct LoadError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Where we are: "states.json: state 'ussr'" (file + entry); messages add the field.
struct Where {
    std::string_view file;
    std::string entry;   // empty for the top level
    std::string prefix;  // nested field path: "names[1]." (empty at the entry itself)

    // The same entry, one level down: where.inside("names[1]") names fields "names[1].from".
    Where inside(std::string_view path) const;
    [[noreturn]] void fail(std::string_view field, std::string_view message) const;
    [[noreturn]] void fail(std::string_view message) const;
};

// Parses text; JSON syntax errors become "file: invalid JSON: parse error at line L, column C: ...".
Json parse(std::string_view text, std::string_view file);

// Entry label before its id is known: "state #3", or "state 'ussr'" once the id reads as a string.
std::string entry_label(std::string_view kind, const Json& entry, std::size_t index);

const Json& require(const Where& at, const Json& object, const char* field);
const Json* optional(const Where& at, const Json& object, const char* field);
const Json& require_array(const Where& at, const Json& object, const char* field);
std::string require_string(const Where& at, const Json& object, const char* field);  // non-empty
// The entry's "id": lowercase letters, digits and '_', starting with a letter (one rule for every file).
std::string require_id(const Where& at, const Json& object);
std::string optional_string(const Where& at, const Json& object, const char* field);
double require_number(const Where& at, const Json& object, const char* field, double lo, double hi);
Date require_date(const Where& at, const Json& object, const char* field);
Date as_date(const Where& at, const Json& value, std::string_view field);
bool optional_bool(const Where& at, const Json& object, const char* field, bool fallback);
void require_object(const Where& at, const Json& value, std::string_view field);

// Compact value text for messages (long values cut).
std::string quote(const Json& value);

}  // namespace atlas::json_fields
