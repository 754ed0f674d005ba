// Dilate: two one-dimensional passes (rows, then columns); a box maximum separates.
#include "core/dilate.hpp"

#include <algorithm>

namespace atlas {

std::vector<std::uint8_t> dilate_max(std::span<const std::uint8_t> pixels, int width, int height, int rx, int ry) {
    if (width <= 0 || height <= 0 || pixels.size() < std::size_t(width) * std::size_t(height)) return {};
    const auto at = [width](int x, int y) { return std::size_t(y) * std::size_t(width) + std::size_t(x); };
    // Each value spreads over its neighbours rather than each texel gathering them: a font atlas is
    // mostly empty, and empty texels then cost one read (start-up dilates the whole atlas once, in
    // WebAssembly's unoptimised first code).
    std::vector<std::uint8_t> rows(std::size_t(width) * std::size_t(height), 0);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::uint8_t v = pixels[at(x, y)];
            if (v == 0) continue;
            for (int i = std::max(0, x - rx); i <= std::min(width - 1, x + rx); ++i)
                rows[at(i, y)] = std::max(rows[at(i, y)], v);
        }
    std::vector<std::uint8_t> out(rows.size(), 0);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::uint8_t v = rows[at(x, y)];
            if (v == 0) continue;
            for (int j = std::max(0, y - ry); j <= std::min(height - 1, y + ry); ++j)
                out[at(x, j)] = std::max(out[at(x, j)], v);
        }
    return out;
}

}  // namespace atlas
