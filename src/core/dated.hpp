// Dated lists: entries that each hold from their `from` date until the next entry's (names,
// capitals, a region's holders, a state's standing). One lookup and one rule for all of them.
#pragma once

#include <algorithm>
#include <concepts>
#include <cstdint>
#include <vector>

#include "core/date.hpp"

namespace atlas {

template <typename T>
concept Dated = requires(const T& entry) {
    { entry.from } -> std::convertible_to<Date>;
};

// The entry in force on `date`: the last that starts on or before it, in a list ascending by
// `from`. Before the first entry (and in an empty list) none is: nullptr. What that means (the
// first name anyway, no capital, no relations) is the caller's to say.
template <Dated T>
const T* in_force(const std::vector<T>& entries, Date date) {
    const auto after = std::upper_bound(entries.begin(), entries.end(), date.days,
                                        [](std::int32_t day, const T& entry) { return day < entry.from.days; });
    return after == entries.begin() ? nullptr : &*(after - 1);
}

}  // namespace atlas
