// Palette: the colours of the two map layers, per region and date (pure; the GPU gets the table).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"

namespace atlas {

enum class Layer { political, relations };

// RGBA8; alpha carries the hatching pattern for the shader: 255 none, 1 diagonal, 2 cross.
struct Rgba8 {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Rgba8&, const Rgba8&) = default;
};

inline constexpr std::uint8_t kHatchNone = 255, kHatchDiagonal = 1, kHatchCross = 2;

Rgba8 standing_color(Standing standing);
Rgba8 kind_color(EventKind kind);
// What a standing's colour means, in the layer's key (the app's legend and the printed picture).
std::string_view standing_key(Standing standing);

// Fill of every map region on the date for the layer; holders is holders_on(atlas, date).
std::vector<Rgba8> region_fills(const Atlas& atlas, const std::vector<int>& holders, Date date, Layer layer);

}  // namespace atlas
