// Colour checks for readers: WCAG 2.1 contrast of text on its background, and how a colour looks
// under the three common colour-vision deficiencies (Machado, Oliveira and Fernandes 2009), with a
// CIELAB distance to say whether two colours can still be told apart (pure; palette_test uses it).
#pragma once

#include "core/palette.hpp"

namespace atlas {

enum class ColorVision { normal, protanopia, deuteranopia, tritanopia };

double relative_luminance(Rgba8 c);                      // WCAG 2.1: 0 black .. 1 white (alpha ignored)
double contrast_ratio(Rgba8 a, Rgba8 b);                 // WCAG 2.1: 1 .. 21, order-free
Rgba8 blend_over(Rgba8 top, float alpha, Rgba8 bottom);  // `top` drawn at `alpha` over an opaque `bottom`
Rgba8 simulate_vision(Rgba8 c, ColorVision vision);      // as seen with full dichromacy (severity 1)
double delta_e76(Rgba8 a, Rgba8 b);                      // CIE76 distance in CIELAB (D65): ~2.3 just noticeable

}  // namespace atlas
