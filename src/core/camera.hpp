// Camera: what part of the map is on screen, and the pure maths between screen and map points.
#pragma once

#include "core/map_asset.hpp"
#include "core/projection.hpp"

#include <optional>
#include <string_view>

namespace atlas {

// Screen points are CSS pixels from the canvas' top-left corner, y down; map points are km, y up.
struct Camera {
    double center_x = 0, center_y = 0;  // map point at the middle of the viewport
    double pixels_per_km = 0.1;         // zoom
};

struct Viewport {
    double width = 1, height = 1;  // CSS pixels
};

MapPoint screen_to_map(const Camera& camera, const Viewport& viewport, double sx, double sy);
void map_to_screen(const Camera& camera, const Viewport& viewport, MapPoint point, double& sx, double& sy);

// The camera that shows the whole box, with a margin in CSS pixels on each side.
Camera camera_fit(const MapBox& box, const Viewport& viewport, double margin_px);

// Parts of the viewport covered by panels (CSS pixels), so a fit keeps the map in the open part.
struct Insets {
    double left = 0, top = 0, right = 0, bottom = 0;
};

// The camera that shows the box inside the viewport less the insets.
Camera camera_fit_open(const MapBox& box, const Viewport& viewport, const Insets& insets);

// The camera moved (not zoomed) just enough that the map point lies in the open part of the viewport
// (the viewport less the insets), an eighth of that part (at most 60 px) in from its edges; the same
// camera when the point is there already. A selected state is kept clear of the panels with it.
Camera camera_keeping_open(const Camera& camera, const Viewport& viewport, const Insets& open, MapPoint point);

// The named views: Europe, East Asia, and all of the frame of interest.
enum class CameraPreset { europe, east_asia, all };
inline constexpr int kCameraPresetCount = 3;

// The map box a named view shows, within `frame` (the map's).
MapBox camera_preset(CameraPreset preset, const MapBox& frame);
std::string_view preset_name(CameraPreset preset);  // "europe", "east_asia", "all"
std::optional<CameraPreset> parse_preset(std::string_view text);

// The smallest map box that holds the lon/lat box (sampled along its edges: the projection bends them).
MapBox map_box_of(double lon0, double lat0, double lon1, double lat1);

// Zoom by a factor keeping the map point under (sx, sy) fixed on screen.
Camera camera_zoom_at(const Camera& camera, const Viewport& viewport, double sx, double sy, double factor);

// Keeps the view on the map: the screen less what big panels cover (`covered`) stays inside the
// box (zoomed in at least until it fills it, at most ~1 km a pixel).
Camera camera_clamp(const Camera& camera, const MapBox& box, const Viewport& viewport, const Insets& covered = {});

// Smooth blend between two cameras, t in [0,1] (zoom blended in log space).
Camera camera_lerp(const Camera& a, const Camera& b, double t);

}  // namespace atlas
