// Result<T>: a loaded object or an error message naming the file, the entry and the field.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace atlas {

template <class T>
struct Result {
    std::optional<T> value;
    std::string error;  // empty when value is set

    bool ok() const { return value.has_value(); }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(std::string message) { return Result{std::nullopt, std::move(message)}; }
};

}  // namespace atlas
