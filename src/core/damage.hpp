// Screen damage: which parts of the screen must be drawn again. In the browser the canvas keeps its
// last frame (preserveDrawingBuffer), and a software renderer pays for every pixel and triangle it
// draws, so a frame redraws only what changed: where the map moved or changed colour, and where the
// UI's triangles differ from the last frame's. A play step then redraws the date, the timeline's
// cursor and the states that changed hands, not the whole screen.
// This file holds the pure geometry; the GL side is in app/gfx.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace atlas {

// Device pixels, y down, half-open: [x0, x1) x [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long long area() const { return empty() ? 0 : (long long)(x1 - x0) * (y1 - y0); }
    bool operator==(const PixelRect&) const = default;
};

PixelRect intersect(const PixelRect& a, const PixelRect& b);
PixelRect bounding(const PixelRect& a, const PixelRect& b);  // of two non-empty rects
bool overlaps(const PixelRect& a, const PixelRect& b);

// The smallest whole-pixel rect holding a box given in fractional pixels, grown by `grow` pixels
// (antialiased edges reach half a pixel beyond a shape).
PixelRect pixel_rect_around(double x0, double y0, double x1, double y1, int grow);

// A triangle the UI drew: a hash of everything that decides its pixels (its vertices, texture,
// clip rect and the draw list it is in) and the pixels it can touch.
struct DrawnTriangle {
    std::uint64_t hash = 0;
    PixelRect box;
};

// Boxes of the triangles drawn in one frame and not the other (compared as multisets by hash: a
// triangle that stayed but moved in the buffer is not damage).
std::vector<PixelRect> changed_triangle_boxes(std::vector<DrawnTriangle> before, std::vector<DrawnTriangle> now);

// A few rects that hold all of `rects` within the screen: near or overlapping rects are joined, at
// most max_rects remain, and when they would cover most of the screen, the screen itself.
std::vector<PixelRect> merge_damage(const std::vector<PixelRect>& rects, const PixelRect& screen,
                                    std::size_t max_rects);

// `area` less the `holes`, as rects that do not overlap (bands between the holes' top and bottom
// edges). Used to keep the map from being copied under opaque panels that did not change.
std::vector<PixelRect> subtract_rects(const PixelRect& area, const std::vector<PixelRect>& holes);

// Merges 64-bit words into a hash (FNV-style mixing; for change detection, not security).
inline std::uint64_t hash_mix(std::uint64_t h, std::uint64_t word) {
    h ^= word + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0x100000001b3ull;
}

}  // namespace atlas
