// Graphics (motion canvas part, core/map_motion): the map and its labels drawn once into a canvas of
// their own under the panels, which the page moves with CSS while the camera moves.
#pragma once

#include "app/app.hpp"
#include "app/gfx_ui.hpp"

namespace atlas {

struct MotionFrame {
    bool active = false;   // the map is shown by the motion canvas this frame
    bool changed = false;  // the motion canvas was drawn, moved, shown or hidden: the screen changed
};

// The motion canvas's part of a frame. When wanted, draws the map (`main`'s colours) and the
// background list of `ui` into it if it shows nothing yet, another zoom or colours, or not the whole
// view; then places it for `camera`. When not wanted, hides it. Made on first use (a GL context,
// programs, the map's buffers); where it cannot be made, it stays off for good.
MotionFrame gfx_motion_frame(GfxMotion& motion, const Gfx& main, const MapGeometry& geometry, const UiFrame& ui,
                             const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis,
                             bool wanted);

}  // namespace atlas
