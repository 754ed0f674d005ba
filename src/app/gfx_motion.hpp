// Graphics (motion canvas part, core/map_motion): the map and its labels drawn once into a canvas of
// their own under the panels, which the page moves with CSS while the camera moves.
#pragma once

#include "app/gfx_context.hpp"
#include "app/gfx_ui.hpp"
#include "core/map_motion.hpp"

namespace atlas {

// The motion canvas: a GL context of its own under the panels' canvas, with its own programs, map
// buffers, tables and font textures, and what it shows.
struct GfxMotion {
    int context = 0;      // 0 until first wanted
    bool failed = false;  // no second context here: the map moves through the main canvas as before
    GfxContext gfx;
    LayerPlacement placement;  // what the canvas holds; width 0: nothing worth showing
    bool emphasis = false;
    std::uint32_t fonts_version = 0, colors_version = 0;  // the main context's, as drawn here
    std::uint64_t labels = 0;                             // the background list drawn here (labels_hash)
    bool shown = false;
    MotionTransform transform;
};

struct MotionFrame {
    bool active = false;   // the map is shown by the motion canvas this frame
    bool changed = false;  // the motion canvas was drawn, moved, shown or hidden: the screen changed
};

// The motion canvas's part of a frame. When wanted, draws the map (`main`'s colours) and the
// background list of `ui` into it if it holds nothing, another zoom or colours, or not the whole
// view; then places it for `camera`. When not wanted, hides it (what it holds stays for the next
// drag). Made on first use (a GL context, programs, the map's buffers); where it cannot be made, it
// stays off for good.
// Ahead of the first drag, once, in a frame at rest: makes the canvas and draws it for this view,
// hidden, so that the work a context does on its first use (buffers, SwiftShader compiling its
// pipelines) is not done in the drag's first frame.
void gfx_motion_warm_up(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                        const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis);

// At rest: whether the canvas holds the map as the screen shows it (this camera, screen, colours,
// emphasis and labels); a drag then starts by showing it. Drawing it in the drag's first frame made
// that frame 100-200 ms on SwiftShader. When it does not, it is marked as holding nothing (a drag
// draws it afresh) and the caller may refresh it once the view has been still for a moment.
bool gfx_motion_keep_current(GfxMotion& motion, const GfxContext& main, const UiFrame& ui, const Camera& camera,
                             const Viewport& viewport, float pixel_ratio, bool emphasis);
// At rest: draws the canvas again for this view, hidden (see gfx_motion_keep_current).
void gfx_motion_refresh(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                        const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis);

MotionFrame gfx_motion_frame(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                             const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis,
                             bool wanted);

}  // namespace atlas
