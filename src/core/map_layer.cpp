#include "core/map_layer.hpp"

#include <algorithm>
#include <cmath>

namespace atlas {

int device_pixels(double css, float pixel_ratio) { return std::max(1, int(std::lround(css * pixel_ratio))); }

LayerPlacement place_layer(const Camera& camera, const Viewport& viewport, float pixel_ratio, bool with_margin,
                           double max_pixels, int max_side) {
    const int w = device_pixels(viewport.width, pixel_ratio), h = device_pixels(viewport.height, pixel_ratio);
    // (1 + 2m)^2 * w * h <= max_pixels, m at most a quarter.
    const double fit = std::sqrt(max_pixels / (double(w) * h));
    const double m = with_margin ? std::clamp((fit - 1) / 2, 0.0, 0.25) : 0.0;
    LayerPlacement layer;
    layer.camera = camera;
    layer.pixel_ratio = pixel_ratio;
    layer.margin_x = std::clamp(int(m * w), 0, std::max(0, (max_side - w) / 2));
    layer.margin_y = std::clamp(int(m * h), 0, std::max(0, (max_side - h) / 2));
    layer.width = w + 2 * layer.margin_x;
    layer.height = h + 2 * layer.margin_y;
    return layer;
}

LayerPlacement place_motion_layer(const Camera& camera, const Viewport& viewport, float pixel_ratio, double max_pixels,
                                  int max_side) {
    LayerPlacement layer = place_layer(camera, viewport, motion_pixel_ratio(pixel_ratio), true, max_pixels, max_side);
    layer.motion = true;
    return layer;
}

KmBox layer_box(const LayerPlacement& layer) {
    const double km_per_px = 1.0 / (layer.camera.pixels_per_km * layer.pixel_ratio);
    const double hx = 0.5 * layer.width * km_per_px, hy = 0.5 * layer.height * km_per_px;
    return {layer.camera.center_x - hx, layer.camera.center_y - hy, layer.camera.center_x + hx,
            layer.camera.center_y + hy};
}

KmBox view_box(const Camera& camera, const Viewport& viewport) {
    const double hx = 0.5 * viewport.width / camera.pixels_per_km, hy = 0.5 * viewport.height / camera.pixels_per_km;
    return {camera.center_x - hx, camera.center_y - hy, camera.center_x + hx, camera.center_y + hy};
}

std::vector<DrawRange> ranges_in_view(std::span<const BoxedRange> ranges, const KmBox& view, std::uint32_t max_gap) {
    std::vector<DrawRange> runs;
    for (const BoxedRange& r : ranges) {
        if (r.count == 0 || r.box.max_x < view.min_x || r.box.min_x > view.max_x || r.box.max_y < view.min_y ||
            r.box.min_y > view.max_y)
            continue;
        if (!runs.empty() && r.first <= runs.back().first + runs.back().count + max_gap)
            runs.back().count = std::max(runs.back().count, r.first + r.count - runs.back().first);
        else
            runs.push_back({r.first, r.count});
    }
    return runs;
}

namespace {

bool whole(double pixels) { return std::abs(pixels - std::round(pixels)) < 1e-3; }

}  // namespace

LayerUse layer_use(const LayerPlacement& layer, const Camera& camera, const Viewport& viewport, float pixel_ratio,
                   bool settled) {
    if (layer.width == 0 || (layer.motion && settled) ||
        layer.pixel_ratio != (layer.motion ? motion_pixel_ratio(pixel_ratio) : pixel_ratio) ||
        layer.width - 2 * layer.margin_x != device_pixels(viewport.width, layer.pixel_ratio) ||
        layer.height - 2 * layer.margin_y != device_pixels(viewport.height, layer.pixel_ratio))
        return LayerUse::redraw;
    const Camera& c = layer.camera;
    const double ratio = camera.pixels_per_km / c.pixels_per_km;
    if (ratio > kLayerMaxZoomRatio || ratio < 1 / kLayerMaxZoomRatio) return LayerUse::redraw;
    const KmBox view = view_box(camera, viewport), have = layer_box(layer);
    // A little slack for rounding: a view that is the layer's own must count as inside it.
    const double slack = 1e-6 * (have.max_x - have.min_x);
    const bool inside = view.min_x >= have.min_x - slack && view.max_x <= have.max_x + slack &&
                        view.min_y >= have.min_y - slack && view.max_y <= have.max_y + slack;
    if (!inside) return LayerUse::redraw;
    const double device_px_per_km = c.pixels_per_km * pixel_ratio;
    if (!layer.motion && camera.pixels_per_km == c.pixels_per_km &&
        whole((camera.center_x - c.center_x) * device_px_per_km) &&
        whole((camera.center_y - c.center_y) * device_px_per_km))
        return LayerUse::exact;
    return settled ? LayerUse::redraw : LayerUse::scaled;
}

}  // namespace atlas
