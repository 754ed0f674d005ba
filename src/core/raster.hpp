// Raster: a small CPU rasteriser into an RGBA8 image (triangles, anti-aliased lines, text with
// stb_truetype) and PNG encoding with stb_image_write. The atlas picture (core/picture) is drawn
// with it, natively and in the browser alike, so both give the same pixels.
#pragma once

#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/palette.hpp"

namespace atlas {

struct Image {
    int width = 0, height = 0;
    std::vector<Rgba8> pixels;  // row by row from the top, alpha unused (opaque)
};

Image make_image(int width, int height, Rgba8 fill);

struct PixelBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x1, y1 exclusive
};

void fill_rect(Image& image, PixelBox box, Rgba8 color);
// Blends color over the pixel with coverage 0..1.
void blend_pixel(Image& image, int x, int y, Rgba8 color, float coverage);

// Fills the triangle's pixels whose centres are inside or on its edges (shared edges leave no
// gaps), within clip, with shade(x, y) (points in pixels, y down).
template <class Shade>
void fill_triangle(Image& image, const PixelBox& clip, const float (&px)[3], const float (&py)[3], Shade&& shade);

// Coverage of anti-aliased lines, gathered first so that joints and overlaps do not darken
// (coverage is the maximum over segments), then composited once in one colour.
struct LineMask {
    int width = 0, height = 0;
    std::vector<std::uint8_t> coverage;
};
LineMask make_line_mask(int width, int height);
void mask_segment(LineMask& mask, const PixelBox& clip, float x0, float y0, float x1, float y1, float width_px);
void composite_mask(Image& image, const LineMask& mask, Rgba8 color, float alpha);

// A TrueType font (the bytes stay owned by the caller) for text in pixels.
struct Font {
    std::span<const std::uint8_t> bytes;
    std::vector<std::uint8_t> info;  // stbtt_fontinfo, opaque here
    bool ok = false;
};
Font load_font(std::span<const std::uint8_t> bytes);

struct TextStyle {
    const Font* font = nullptr;
    float size = 12;  // pixel height (ascent to descent)
    Rgba8 color;
    float spacing = 0;  // extra pixels between letters
    float halo = 0;     // radius of a paper-coloured halo behind the glyphs, pixels
    Rgba8 halo_color{250, 248, 243, 255};
};

// Width of a UTF-8 string in pixels.
float text_width(const TextStyle& style, std::string_view utf8);
// Draws from the baseline's left end; returns the pen's x after the text.
float draw_text(Image& image, const PixelBox& clip, const TextStyle& style, float x, float baseline,
                std::string_view utf8);
// Splits at spaces into lines no wider than max_width (a longer word stays whole).
std::vector<std::string_view> wrap_text(const TextStyle& style, std::string_view utf8, float max_width);

// PNG, RGB (the image is opaque); empty on failure.
std::vector<std::uint8_t> encode_png(const Image& image);

// ---- template definitions -----------------------------------------------------------------

template <class Shade>
void fill_triangle(Image& image, const PixelBox& clip, const float (&px)[3], const float (&py)[3], Shade&& shade) {
    float ymin = py[0], ymax = py[0];
    for (int i = 1; i < 3; ++i) {
        ymin = py[i] < ymin ? py[i] : ymin;
        ymax = py[i] > ymax ? py[i] : ymax;
    }
    // Orientation: inside is where every edge function is >= 0.
    const float area = (px[1] - px[0]) * (py[2] - py[0]) - (py[1] - py[0]) * (px[2] - px[0]);
    if (area == 0) return;
    const float sign = area > 0 ? 1.0f : -1.0f;
    int row0 = int(ymin - 0.5f), row1 = int(ymax - 0.5f) + 1;
    row0 = row0 < clip.y0 ? clip.y0 : row0;
    row1 = row1 > clip.y1 - 1 ? clip.y1 - 1 : row1;
    for (int y = row0; y <= row1; ++y) {
        const float cy = float(y) + 0.5f;
        float lo = -1e30f, hi = 1e30f;
        bool empty = false;
        for (int i = 0; i < 3 && !empty; ++i) {
            const int j = (i + 1) % 3;
            // E(x) = sign * ((xj - xi) * (cy - yi) - (yj - yi) * (x - xi)) = a x + b
            const float a = -sign * (py[j] - py[i]);
            const float b = sign * ((px[j] - px[i]) * (cy - py[i]) + (py[j] - py[i]) * px[i]);
            if (a > 0) {
                lo = -b / a > lo ? -b / a : lo;
            } else if (a < 0) {
                hi = -b / a < hi ? -b / a : hi;
            } else if (b < 0) {
                empty = true;
            }
        }
        if (empty || lo > hi) continue;
        int x0 = int(std::ceil(lo - 0.5f)), x1 = int(std::floor(hi - 0.5f));
        x0 = x0 < clip.x0 ? clip.x0 : x0;
        x1 = x1 > clip.x1 - 1 ? clip.x1 - 1 : x1;
        Rgba8* row = image.pixels.data() + std::size_t(y) * std::size_t(image.width);
        for (int x = x0; x <= x1; ++x) row[x] = shade(x, y);
    }
}

}  // namespace atlas
