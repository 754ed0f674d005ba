// Dilate: two one-dimensional passes (rows, then columns); a box maximum separates.
#include "core/dilate.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace atlas {

namespace {

// Whether the 8 texels from p on are all empty: one read for eight. A font atlas is mostly empty,
// and start-up dilates it whole in WebAssembly's unoptimised first code, where each step counts.
bool eight_empty(const std::uint8_t* p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word == 0;
}

// Each non-zero texel of `from` spreads its value over the texels up to `reach` away along one axis
// (`step` apart in memory, `count` texels along it) in `to`, rather than each texel gathering them.
// `at` is the texel's place along that axis.
inline void spread(std::uint8_t* to, std::uint8_t v, int at, int count, int reach, std::ptrdiff_t step) {
    const int first = std::max(0, at - reach), last = std::min(count - 1, at + reach);
    std::uint8_t* p = to + (first - at) * step;
    for (int i = first; i <= last; ++i, p += step) *p = std::max(*p, v);
}

}  // namespace

std::vector<std::uint8_t> dilate_max(std::span<const std::uint8_t> pixels, int width, int height, int rx, int ry) {
    if (width <= 0 || height <= 0 || pixels.size() < std::size_t(width) * std::size_t(height)) return {};
    const std::size_t size = std::size_t(width) * std::size_t(height);
    std::vector<std::uint8_t> rows(size, 0), out(size, 0);
    // Both passes walk the image in memory order; empty texels are skipped eight at a time.
    const auto pass = [&](const std::uint8_t* from, std::uint8_t* to, bool across) {
        for (int y = 0; y < height; ++y) {
            const std::uint8_t* line = from + std::size_t(y) * std::size_t(width);
            std::uint8_t* into = to + std::size_t(y) * std::size_t(width);
            for (int x = 0; x < width;) {
                if (x + 8 <= width && eight_empty(line + x)) {
                    x += 8;
                    continue;
                }
                if (const std::uint8_t v = line[x]; v != 0) {
                    if (across)
                        spread(into + x, v, x, width, rx, 1);
                    else
                        spread(into + x, v, y, height, ry, width);
                }
                ++x;
            }
        }
    };
    pass(pixels.data(), rows.data(), true);
    pass(rows.data(), out.data(), false);
    return out;
}

}  // namespace atlas
