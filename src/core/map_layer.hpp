// Map layer: the map (sea, fills, borders) is drawn into a texture a little larger than the screen
// and copied to the screen each frame. A software renderer (SwiftShader) pays about 1 µs a
// triangle, and the map has ~50,000 of them; the copy is one quad. The layer is drawn again only
// when the colours change, when the view leaves it or, while the camera moves, when the zoom
// strays too far from the layer's; once the camera has settled, a layer that is not exact is
// redrawn.
// This file holds the pure decisions; the GL side is in app/gfx_context.cpp.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/camera.hpp"
#include "core/map_asset.hpp"

namespace atlas {

// Whether a screen of this many device pixels is drawn through a layer. The copy costs a pass over
// every pixel (~8 ns a pixel on SwiftShader here), the map itself mostly a price per triangle: on a
// laptop screen the copy is a fifth of drawing the map; at 1920x1080 and a pixel ratio of 2 it is
// more than the map, and the map is drawn to the screen directly.
inline constexpr double kLayerMaxScreenPixels = 2.5e6;
inline bool layer_worthwhile(int device_width, int device_height) {
    return double(device_width) * device_height <= kLayerMaxScreenPixels;
}

// At most this many device pixels in a layer with margins (two while a date switch cross-fades):
// margins shrink on large screens.
inline constexpr double kLayerMaxPixels = 6e6;

// Where a layer was drawn: the camera it was drawn with and its size in its own pixels (texels).
// It is centred on the camera, with margin_x (margin_y) texels beyond the screen on each side.
// pixel_ratio is its texels per CSS pixel: the screen's, or less for a motion layer (below).
struct LayerPlacement {
    Camera camera;
    int width = 0, height = 0;  // texels
    int margin_x = 0, margin_y = 0;
    float pixel_ratio = 1;
    bool motion = false;  // a motion layer (place_motion_layer)
};

// While the camera moves and the layer no longer serves, it is drawn again at this share of the
// screen's pixel density (a motion layer): a quarter of the pixels to fill, and its borders one
// level coarser, for a picture that is only on screen while it moves (a wheel zoom draws one every
// second notch). Once the camera rests the layer is drawn at the screen's density again, exactly.
inline constexpr float kMotionLayerScale = 0.5f;
inline float motion_pixel_ratio(float pixel_ratio) { return pixel_ratio * kMotionLayerScale; }

// Screen in device pixels (rounded as the canvas is).
int device_pixels(double css, float pixel_ratio);

// The layer for this view. With a margin (so a pan can go on without drawing again; the app draws
// it so at rest too, so that a drag starts by copying it): the screen plus a quarter of it on each
// side at most, less on large screens so the layer stays under max_pixels, and no larger than
// max_side either way (the GL texture limit). Without: just the screen, the cheapest to draw.
LayerPlacement place_layer(const Camera& camera, const Viewport& viewport, float pixel_ratio, bool with_margin,
                           double max_pixels, int max_side);

// A motion layer for this view and the screen's pixel_ratio: place_layer's, with its margin, at
// motion_pixel_ratio.
LayerPlacement place_motion_layer(const Camera& camera, const Viewport& viewport, float pixel_ratio, double max_pixels,
                                  int max_side);

// A box on the map in km, in doubles (MapBox's floats are too coarse to compare views).
struct KmBox {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

// What the layer covers.
KmBox layer_box(const LayerPlacement& layer);

// What the screen shows.
KmBox view_box(const Camera& camera, const Viewport& viewport);

// A run of elements to draw (triangle indices or border segments) and the map box they fill.
struct BoxedRange {
    std::uint32_t first = 0, count = 0;
    MapBox box;  // km
};
struct DrawRange {
    std::uint32_t first = 0, count = 0;
};

// Of ranges in ascending order, the runs to draw for a view: those whose box overlaps `view`, with
// neighbours joined, also across gaps of at most max_gap elements (a draw call costs more than a
// few elements the clipper drops). Zoomed in, most of the map's triangles fall outside a layer.
std::vector<DrawRange> ranges_in_view(std::span<const BoxedRange> ranges, const KmBox& view, std::uint32_t max_gap);

enum class LayerUse {
    exact,   // the same zoom and screen, moved by whole device pixels: copied texel for pixel
    scaled,  // moved or zoomed within bounds while the camera moves: nearest texels, not exact
    redraw,  // draw the layer again
};

// Zoom may differ from the layer's by up to this factor either way while the camera moves.
inline constexpr double kLayerMaxZoomRatio = 1.5;

// What to do with the layer for this frame. settled: the camera has rested long enough for the
// map to be drawn exactly (while it moves, a near copy is good enough and much cheaper). A motion
// layer (drawn at motion_pixel_ratio) serves, scaled, only while the camera moves.
LayerUse layer_use(const LayerPlacement& layer, const Camera& camera, const Viewport& viewport, float pixel_ratio,
                   bool settled);

}  // namespace atlas
