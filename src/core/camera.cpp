// Camera maths: screen <-> map, fit, zoom about a point, clamping and blending.
#include "core/camera.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace atlas {

MapPoint screen_to_map(const Camera& camera, const Viewport& viewport, double sx, double sy) {
    return MapPoint{camera.center_x + (sx - viewport.width * 0.5) / camera.pixels_per_km,
                    camera.center_y - (sy - viewport.height * 0.5) / camera.pixels_per_km};
}

void map_to_screen(const Camera& camera, const Viewport& viewport, MapPoint point, double& sx, double& sy) {
    sx = viewport.width * 0.5 + (point.x - camera.center_x) * camera.pixels_per_km;
    sy = viewport.height * 0.5 - (point.y - camera.center_y) * camera.pixels_per_km;
}

Camera camera_fit(const MapBox& box, const Viewport& viewport, double margin_px) {
    const double w = std::max(1.0, viewport.width - 2 * margin_px);
    const double h = std::max(1.0, viewport.height - 2 * margin_px);
    const double bw = std::max(1e-3, double(box.max_x) - box.min_x);
    const double bh = std::max(1e-3, double(box.max_y) - box.min_y);
    return Camera{(double(box.min_x) + box.max_x) * 0.5, (double(box.min_y) + box.max_y) * 0.5,
                  std::min(w / bw, h / bh)};
}

Camera camera_fit_open(const MapBox& box, const Viewport& viewport, const Insets& insets) {
    const Viewport open{std::max(1.0, viewport.width - insets.left - insets.right),
                        std::max(1.0, viewport.height - insets.top - insets.bottom)};
    Camera camera = camera_fit(box, open, 0);
    // Shift so the box's centre sits in the middle of the open part, not of the whole viewport.
    camera.center_x -= (insets.left - insets.right) * 0.5 / camera.pixels_per_km;
    camera.center_y += (insets.top - insets.bottom) * 0.5 / camera.pixels_per_km;
    return camera;
}

Camera camera_keeping_open(const Camera& camera, const Viewport& viewport, const Insets& open, MapPoint point) {
    double x = 0, y = 0;
    map_to_screen(camera, viewport, point, x, y);
    const double left = open.left, right = viewport.width - open.right;
    const double top = open.top, bottom = viewport.height - open.bottom;
    // A margin, so the point is not at the very edge of the open part.
    const double pad_x = std::min(60.0, (right - left) / 8), pad_y = std::min(60.0, (bottom - top) / 8);
    const double to_x = std::clamp(x, left + pad_x, std::max(left + pad_x, right - pad_x));
    const double to_y = std::clamp(y, top + pad_y, std::max(top + pad_y, bottom - pad_y));
    Camera moved = camera;
    moved.center_x += (x - to_x) / camera.pixels_per_km;
    moved.center_y -= (y - to_y) / camera.pixels_per_km;
    return moved;
}

MapBox map_box_of(double lon0, double lat0, double lon1, double lat1) {
    MapBox box{1e30f, 1e30f, -1e30f, -1e30f};
    const auto add = [&box](LonLat g) {
        const MapPoint p = project(g);
        box.min_x = std::min(box.min_x, float(p.x));
        box.min_y = std::min(box.min_y, float(p.y));
        box.max_x = std::max(box.max_x, float(p.x));
        box.max_y = std::max(box.max_y, float(p.y));
    };
    for (int i = 0; i <= 32; ++i) {
        const double t = i / 32.0;
        add({lon0 + (lon1 - lon0) * t, lat0});
        add({lon0 + (lon1 - lon0) * t, lat1});
        add({lon0, lat0 + (lat1 - lat0) * t});
        add({lon1, lat0 + (lat1 - lat0) * t});
    }
    // A parallel bows away from the origin; its extreme point is on the central meridian.
    if (std::min(lon0, lon1) < albers::kLon0 && albers::kLon0 < std::max(lon0, lon1)) {
        add({albers::kLon0, lat0});
        add({albers::kLon0, lat1});
    }
    return box;
}

MapBox camera_preset(CameraPreset preset, const MapBox& frame) {
    switch (preset) {
        case CameraPreset::europe: return map_box_of(-10, 36, 42, 66);     // Ireland and Portugal to Moscow
        case CameraPreset::east_asia: return map_box_of(75, 18, 145, 55);  // Xinjiang and Indochina to Japan
        case CameraPreset::all: break;
    }
    // Ireland to Japan, Aden and Saigon to the Arctic coast, within the frame.
    const MapBox all = map_box_of(-11, 12, 146, 68);
    return MapBox{std::max(all.min_x, frame.min_x), std::max(all.min_y, frame.min_y), std::min(all.max_x, frame.max_x),
                  std::min(all.max_y, frame.max_y)};
}

namespace {
constexpr std::array<std::string_view, kCameraPresetCount> kPresetNames = {"europe", "east_asia", "all"};
}

std::string_view preset_name(CameraPreset preset) { return kPresetNames[static_cast<std::size_t>(preset)]; }

std::optional<CameraPreset> parse_preset(std::string_view text) {
    for (std::size_t i = 0; i < kPresetNames.size(); ++i) {
        if (kPresetNames[i] == text) return static_cast<CameraPreset>(i);
    }
    return std::nullopt;
}

Camera camera_zoom_at(const Camera& camera, const Viewport& viewport, double sx, double sy, double factor) {
    const MapPoint anchor = screen_to_map(camera, viewport, sx, sy);
    Camera out = camera;
    out.pixels_per_km = camera.pixels_per_km * factor;
    // Put the anchor back under the same screen point.
    out.center_x = anchor.x - (sx - viewport.width * 0.5) / out.pixels_per_km;
    out.center_y = anchor.y + (sy - viewport.height * 0.5) / out.pixels_per_km;
    return out;
}

Camera camera_clamp(const Camera& camera, const MapBox& box, const Viewport& viewport, const Insets& covered) {
    Camera out = camera;
    // The part of the screen not under a big panel always lies on the map: no band of paper beside
    // it, and no edge where the map's data ends (a straight cut through Portugal or Japan).
    const double open_w = std::max(1.0, viewport.width - covered.left - covered.right);
    const double open_h = std::max(1.0, viewport.height - covered.top - covered.bottom);
    const double bw = std::max(1e-3, double(box.max_x) - box.min_x);
    const double bh = std::max(1e-3, double(box.max_y) - box.min_y);
    const double min_zoom = std::max(open_w / bw, open_h / bh);
    const double max_zoom = 1.0;  // one CSS pixel per km is street-atlas close for this data
    if (!std::isfinite(out.pixels_per_km)) out.pixels_per_km = min_zoom;
    out.pixels_per_km = std::clamp(out.pixels_per_km, min_zoom, std::max(min_zoom, max_zoom));
    if (!std::isfinite(out.center_x)) out.center_x = (double(box.min_x) + box.max_x) * 0.5;
    if (!std::isfinite(out.center_y)) out.center_y = (double(box.min_y) + box.max_y) * 0.5;
    // The open part's centre, in map km, kept far enough inside the box that its edges are too.
    const double k = out.pixels_per_km;
    const double shift_x = (covered.left - covered.right) * 0.5 / k, shift_y = (covered.bottom - covered.top) * 0.5 / k;
    const double half_w = open_w * 0.5 / k, half_h = open_h * 0.5 / k;
    const double cx = std::clamp(out.center_x + shift_x, box.min_x + std::min(half_w, bw * 0.5),
                                 box.max_x - std::min(half_w, bw * 0.5));
    const double cy = std::clamp(out.center_y + shift_y, box.min_y + std::min(half_h, bh * 0.5),
                                 box.max_y - std::min(half_h, bh * 0.5));
    out.center_x = cx - shift_x;
    out.center_y = cy - shift_y;
    return out;
}

Camera camera_lerp(const Camera& a, const Camera& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double za = std::log(a.pixels_per_km), zb = std::log(b.pixels_per_km);
    return Camera{a.center_x + (b.center_x - a.center_x) * t, a.center_y + (b.center_y - a.center_y) * t,
                  std::exp(za + (zb - za) * t)};
}

}  // namespace atlas
