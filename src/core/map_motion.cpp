#include "core/map_motion.hpp"

#include <cmath>

namespace atlas {

MotionTransform motion_transform(const LayerPlacement& drawn, const Camera& camera, const Viewport& viewport) {
    const Camera& c0 = drawn.camera;
    const double p = drawn.pixel_ratio;
    const double scale = camera.pixels_per_km / c0.pixels_per_km;
    const double width = drawn.width / p, height = drawn.height / p;  // CSS pixels
    MotionTransform t;
    t.scale = scale;
    t.x = (c0.center_x - camera.center_x) * camera.pixels_per_km + 0.5 * viewport.width - 0.5 * scale * width;
    t.y = (camera.center_y - c0.center_y) * camera.pixels_per_km + 0.5 * viewport.height - 0.5 * scale * height;
    if (scale == 1) {
        t.x = std::round(t.x * p) / p;
        t.y = std::round(t.y * p) / p;
    }
    return t;
}

}  // namespace atlas
