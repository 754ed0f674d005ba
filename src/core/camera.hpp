// Camera: what part of the map is on screen, and the pure maths between screen and map points.
#pragma once

#include "core/map_asset.hpp"
#include "core/projection.hpp"

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

// Zoom by a factor keeping the map point under (sx, sy) fixed on screen.
Camera camera_zoom_at(const Camera& camera, const Viewport& viewport, double sx, double sy, double factor);

// Keeps the view on the map: zoom between showing all of the box and ~1 km a pixel,
// and the centre inside the box.
Camera camera_clamp(const Camera& camera, const MapBox& box, const Viewport& viewport);

// Smooth blend between two cameras, t in [0,1] (zoom blended in log space).
Camera camera_lerp(const Camera& a, const Camera& b, double t);

}  // namespace atlas
