// Dilate: two one-dimensional passes (rows, then columns); a box maximum separates.
#include "core/dilate.hpp"

#include <algorithm>

namespace atlas {

std::vector<std::uint8_t> dilate_max(std::span<const std::uint8_t> pixels, int width, int height, int rx, int ry) {
    if (width <= 0 || height <= 0 || pixels.size() < std::size_t(width) * std::size_t(height)) return {};
    const auto at = [width](int x, int y) { return std::size_t(y) * std::size_t(width) + std::size_t(x); };
    std::vector<std::uint8_t> rows(std::size_t(width) * std::size_t(height));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t m = 0;
            for (int i = std::max(0, x - rx); i <= std::min(width - 1, x + rx); ++i) m = std::max(m, pixels[at(i, y)]);
            rows[at(x, y)] = m;
        }
    std::vector<std::uint8_t> out(rows.size());
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t m = 0;
            for (int j = std::max(0, y - ry); j <= std::min(height - 1, y + ry); ++j) m = std::max(m, rows[at(x, j)]);
            out[at(x, y)] = m;
        }
    return out;
}

}  // namespace atlas
