// Dilate: the maximum over a box around each pixel of a one-channel image. The map labels' halo
// is the font atlas dilated once, drawn under the ink: one quad a glyph instead of eight copies.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace atlas {

// Each output pixel is the largest input value within rx columns and ry rows of it (a
// (2rx+1) x (2ry+1) box, clipped at the edges). pixels holds width * height values, row by row.
std::vector<std::uint8_t> dilate_max(std::span<const std::uint8_t> pixels, int width, int height, int rx, int ry);

}  // namespace atlas
