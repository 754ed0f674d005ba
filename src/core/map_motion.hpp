// Map motion: while the camera moves, the map and what is drawn on it (labels, arcs, capitals) are
// drawn once into a canvas of their own, larger than the screen by a layer's margin
// (core/map_layer), under the canvas of the panels; the page then moves and scales that canvas with
// CSS. The browser's compositor does the copy a pan frame needs, which on a software renderer
// costs a frame's worth of time when the app does it: a pan frame then draws nothing but panels
// that changed. At rest, and whenever the map itself changes, the map is drawn with the panels as
// before. This file holds the pure decisions; the GL side is in app/gfx_motion.cpp.
#pragma once

#include "core/map_layer.hpp"

namespace atlas {

// Where the motion canvas goes: CSS pixels, a translation then a scale about its top-left corner.
struct MotionTransform {
    double x = 0, y = 0, scale = 1;
    bool operator==(const MotionTransform&) const = default;
};

// The transform that shows the canvas drawn for `drawn` (its camera, size and margins) as the map
// looks for `camera` now. At the drawn zoom the offset is whole device pixels, so a pan by whole
// pixels shows the map exactly as it would be drawn afresh.
MotionTransform motion_transform(const LayerPlacement& drawn, const Camera& camera, const Viewport& viewport);

// What decides whether the map is shown through the motion canvas this frame.
struct MotionInputs {
    bool available = false;     // the platform has the canvas (the browser; not the desktop build)
    bool moving = false;        // the camera has not rested long enough to want the map drawn exactly
    bool map_changing = false;  // colours, holders or emphasis changed since the map was drawn, or fade
    bool direct = false;        // the first frame: straight to the screen
};

inline bool want_motion(const MotionInputs& in) { return in.available && in.moving && !in.map_changing && !in.direct; }

}  // namespace atlas
