// Raster: triangles, anti-aliased lines and text into an RGBA8 image, and PNG encoding.
#include "core/raster.hpp"

#include <stb/stb_image_write.h>
#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atlas {

namespace {

// One code point from UTF-8 at i (advancing i); a broken sequence gives U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || i + std::size_t(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
        ++i;
        return extra == 0 ? char32_t(c) : char32_t(0xFFFD);
    }
    char32_t cp = extra == 0 ? c : char32_t(c & (0x3F >> extra));
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + std::size_t(k)) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + std::size_t(k)) & 0x3F);
    }
    i += std::size_t(extra) + 1;
    return cp;
}

const stbtt_fontinfo* info_of(const Font& font) { return reinterpret_cast<const stbtt_fontinfo*>(font.info.data()); }

// Blends one glyph's coverage bitmap at (x0, y0).
void blend_bitmap(Image& image, const PixelBox& clip, const std::vector<unsigned char>& bitmap, int w, int h, int x0,
                  int y0, Rgba8 color) {
    for (int y = 0; y < h; ++y) {
        const int iy = y0 + y;
        if (iy < clip.y0 || iy >= clip.y1) continue;
        for (int x = 0; x < w; ++x) {
            const int ix = x0 + x;
            const unsigned char a = bitmap[std::size_t(y * w + x)];
            if (a == 0 || ix < clip.x0 || ix >= clip.x1) continue;
            blend_pixel(image, ix, iy, color, float(a) / 255.0f);
        }
    }
}

}  // namespace

Image make_image(int width, int height, Rgba8 fill) {
    Image image;
    image.width = width;
    image.height = height;
    image.pixels.assign(std::size_t(width) * std::size_t(height), fill);
    return image;
}

void fill_rect(Image& image, PixelBox box, Rgba8 color) {
    box.x0 = std::max(box.x0, 0);
    box.y0 = std::max(box.y0, 0);
    box.x1 = std::min(box.x1, image.width);
    box.y1 = std::min(box.y1, image.height);
    for (int y = box.y0; y < box.y1; ++y)
        std::fill_n(image.pixels.begin() + std::ptrdiff_t(y) * image.width + box.x0, std::max(0, box.x1 - box.x0),
                    color);
}

void blend_pixel(Image& image, int x, int y, Rgba8 color, float coverage) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height || coverage <= 0) return;
    Rgba8& p = image.pixels[std::size_t(y) * std::size_t(image.width) + std::size_t(x)];
    const float a = std::min(coverage, 1.0f);
    const auto mix = [a](std::uint8_t under, std::uint8_t over) {
        return std::uint8_t(std::lround(float(under) + (float(over) - float(under)) * a));
    };
    p = Rgba8{mix(p.r, color.r), mix(p.g, color.g), mix(p.b, color.b), 255};
}

LineMask make_line_mask(int width, int height) {
    return LineMask{width, height, std::vector<std::uint8_t>(std::size_t(width) * std::size_t(height), 0)};
}

void mask_segment(LineMask& mask, const PixelBox& clip, float x0, float y0, float x1, float y1, float width_px) {
    const float hw = 0.5f * width_px;
    const float reach = hw + 1.0f;
    const int bx0 = std::max(clip.x0, int(std::floor(std::min(x0, x1) - reach)));
    const int bx1 = std::min(clip.x1 - 1, int(std::ceil(std::max(x0, x1) + reach)));
    const int by0 = std::max(clip.y0, int(std::floor(std::min(y0, y1) - reach)));
    const int by1 = std::min(clip.y1 - 1, int(std::ceil(std::max(y0, y1) + reach)));
    const float dx = x1 - x0, dy = y1 - y0;
    const float len2 = dx * dx + dy * dy;
    for (int y = by0; y <= by1; ++y) {
        std::uint8_t* row = mask.coverage.data() + std::size_t(y) * std::size_t(mask.width);
        for (int x = bx0; x <= bx1; ++x) {
            // Distance from the pixel centre to the segment (a capsule: round joints and ends).
            const float px = float(x) + 0.5f - x0, py = float(y) + 0.5f - y0;
            const float t = len2 > 0 ? std::clamp((px * dx + py * dy) / len2, 0.0f, 1.0f) : 0.0f;
            const float ex = px - t * dx, ey = py - t * dy;
            const float c = std::clamp(hw + 0.5f - std::sqrt(ex * ex + ey * ey), 0.0f, 1.0f);
            const auto v = std::uint8_t(std::lround(c * 255));
            if (v > row[x]) row[x] = v;
        }
    }
}

void composite_mask(Image& image, const LineMask& mask, Rgba8 color, float alpha) {
    for (int y = 0; y < mask.height; ++y)
        for (int x = 0; x < mask.width; ++x) {
            const std::uint8_t v = mask.coverage[std::size_t(y) * std::size_t(mask.width) + std::size_t(x)];
            if (v) blend_pixel(image, x, y, color, alpha * float(v) / 255.0f);
        }
}

Font load_font(std::span<const std::uint8_t> bytes) {
    Font font;
    font.bytes = bytes;
    font.info.resize(sizeof(stbtt_fontinfo));
    if (bytes.empty()) return font;
    const int offset = stbtt_GetFontOffsetForIndex(bytes.data(), 0);
    font.ok = offset >= 0 && stbtt_InitFont(reinterpret_cast<stbtt_fontinfo*>(font.info.data()), bytes.data(), offset);
    return font;
}

float text_width(const TextStyle& style, std::string_view utf8) {
    if (!style.font || !style.font->ok) return 0;
    const stbtt_fontinfo* info = info_of(*style.font);
    const float scale = stbtt_ScaleForPixelHeight(info, style.size);
    float w = 0;
    int count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++count) {
        int advance = 0, lsb = 0;
        stbtt_GetCodepointHMetrics(info, int(next_code_point(utf8, i)), &advance, &lsb);
        w += float(advance) * scale;
    }
    return w + style.spacing * float(std::max(0, count - 1));
}

float draw_text(Image& image, const PixelBox& clip, const TextStyle& style, float x, float baseline,
                std::string_view utf8) {
    if (!style.font || !style.font->ok) return x;
    const stbtt_fontinfo* info = info_of(*style.font);
    const float scale = stbtt_ScaleForPixelHeight(info, style.size);
    // The halo: the glyphs in paper colour at offsets around a circle, under the ink.
    std::vector<std::pair<float, float>> offsets;
    if (style.halo > 0)
        for (int k = 0; k < 12; ++k) {
            const float angle = float(k) * 6.2831853f / 12.0f;
            offsets.emplace_back(style.halo * std::cos(angle), style.halo * std::sin(angle));
        }
    offsets.emplace_back(0.0f, 0.0f);  // the ink last
    std::vector<unsigned char> bitmap;
    float pen = x;
    for (std::size_t i = 0; i < utf8.size();) {
        const int cp = int(next_code_point(utf8, i));
        int advance = 0, lsb = 0;
        stbtt_GetCodepointHMetrics(info, cp, &advance, &lsb);
        const float fx = pen - std::floor(pen), fy = baseline - std::floor(baseline);
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        stbtt_GetCodepointBitmapBoxSubpixel(info, cp, scale, scale, fx, fy, &x0, &y0, &x1, &y1);
        const int w = x1 - x0, h = y1 - y0;
        if (w > 0 && h > 0) {
            bitmap.assign(std::size_t(w) * std::size_t(h), 0);
            stbtt_MakeCodepointBitmapSubpixel(info, bitmap.data(), w, h, w, scale, scale, fx, fy, cp);
            for (std::size_t k = 0; k < offsets.size(); ++k) {
                const bool ink = k + 1 == offsets.size();
                blend_bitmap(image, clip, bitmap, w, h, int(std::floor(pen + offsets[k].first)) + x0,
                             int(std::floor(baseline + offsets[k].second)) + y0, ink ? style.color : style.halo_color);
            }
        }
        pen += float(advance) * scale + style.spacing;
    }
    return pen;
}

std::vector<std::string_view> wrap_text(const TextStyle& style, std::string_view utf8, float max_width) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = start, best = std::string_view::npos;
        while (end != std::string_view::npos) {
            const std::size_t next = utf8.find(' ', end + 1);
            const std::size_t candidate = next == std::string_view::npos ? utf8.size() : next;
            if (text_width(style, utf8.substr(start, candidate - start)) > max_width && best != std::string_view::npos)
                break;
            best = candidate;
            end = next;
        }
        lines.push_back(utf8.substr(start, best - start));
        start = best + 1;
    }
    return lines;
}

std::vector<std::uint8_t> encode_png(const Image& image) {
    std::vector<std::uint8_t> rgb(std::size_t(image.width) * std::size_t(image.height) * 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        rgb[3 * i] = image.pixels[i].r;
        rgb[3 * i + 1] = image.pixels[i].g;
        rgb[3 * i + 2] = image.pixels[i].b;
    }
    // No row filter: the map's flat colours compress best unfiltered (877 KB against 1071 KB for
    // stb's per-row choice at A4, 300 dpi) and twice as fast, which a browser's WebAssembly feels.
    // stb keeps its settings in globals: set here before every use, so every picture is encoded alike.
    stbi_write_force_png_filter = 0;
    stbi_write_png_compression_level = 8;
    std::vector<std::uint8_t> png;
    const auto write = [](void* context, void* data, int size) {
        auto* out = static_cast<std::vector<std::uint8_t>*>(context);
        const auto* bytes = static_cast<const std::uint8_t*>(data);
        out->insert(out->end(), bytes, bytes + size);
    };
    if (!stbi_write_png_to_func(write, &png, image.width, image.height, 3, rgb.data(), image.width * 3)) png.clear();
    return png;
}

}  // namespace atlas
