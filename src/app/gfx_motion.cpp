// Graphics (motion canvas part): see core/map_motion.hpp for why.
#include "app/gfx_motion.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

#include "app/gl.hpp"
#include "app/platform.hpp"

namespace atlas {

namespace {

// The context, programs and map buffers: ahead of the first drag (gfx_motion_warm_up), or the first
// time the canvas is wanted.
bool make_motion_canvas(GfxMotion& motion, const MapGeometry& geometry, int width, int height) {
    motion.context = platform_motion_context(width, height);
    if (!motion.context) return false;
    const int main_context = platform_current_context();
    platform_use_context(motion.context);
    gfx_context_init(motion.gfx);
    std::string error;
    const bool ok = gfx_context_ready(motion.gfx, error);
    if (ok)
        gfx_context_upload_map(motion.gfx, geometry);
    else
        platform_report_warning("The map's motion canvas is off: " + error);
    platform_use_context(main_context);
    return ok;
}

// The background list (labels, arcs, capitals) as drawn: its triangles' hashes, in order.
std::uint64_t labels_hash(const UiFrame& ui) {
    std::uint64_t h = 14695981039346656037ull;
    for (std::size_t i = 0; i < ui.background && i < ui.triangles.size(); ++i)
        h = (h ^ ui.triangles[i].hash) * 1099511628211ull;
    return h;
}

void draw_motion_canvas(GfxMotion& motion, const GfxContext& main, const UiFrame& ui, const MapBox& frame,
                        const LayerPlacement& placement, bool emphasis) {
    const int main_context = platform_current_context();
    platform_use_context(motion.context);
    if (motion.fonts_version != main.fonts_version)
        gfx_copy_fonts(motion.gfx, main), motion.fonts_version = main.fonts_version;
    if (motion.colors_version != main.colors_version)
        gfx_copy_colors(motion.gfx, main), motion.colors_version = main.colors_version;
    const float ratio = placement.pixel_ratio;
    const Viewport canvas{placement.width / double(ratio), placement.height / double(ratio)};
    glViewport(0, 0, placement.width, placement.height);
    gfx_draw_map(motion.gfx, frame, placement.camera, canvas, ratio, emphasis);
    gfx_upload_ui(motion.gfx);
    gfx_draw_ui_background(motion.gfx, main, ui, float(placement.margin_x / ratio), float(placement.margin_y / ratio),
                           float(canvas.width), float(canvas.height));
    platform_use_context(main_context);
    motion.placement = placement;
    motion.emphasis = emphasis;
    motion.labels = labels_hash(ui);
}

// Drawn hidden at rest: sent to the GPU now, or the drawing waits in the GL driver until the canvas
// is first shown, i.e. in the drag's first frame.
void flush_motion_canvas(const GfxMotion& motion) {
    const int main_context = platform_current_context();
    platform_use_context(motion.context);
    glFlush();
    platform_use_context(main_context);
}

}  // namespace

void gfx_motion_warm_up(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                        const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis) {
    if (motion.context || motion.failed) return;
    const LayerPlacement placement =
        place_layer(camera, viewport, pixel_ratio, true, kLayerMaxPixels, main.max_texture_size);
    if (placement.margin_x == 0 && placement.margin_y == 0) return;  // never wanted on this screen
    if (!make_motion_canvas(motion, geometry, placement.width, placement.height)) {
        motion.failed = true;
        return;
    }
    platform_motion_size(placement.width, placement.height);
    draw_motion_canvas(motion, main, ui, geometry.bbox, placement, emphasis);
    flush_motion_canvas(motion);
}

bool gfx_motion_keep_current(GfxMotion& motion, const GfxContext& main, const UiFrame& ui, const Camera& camera,
                             const Viewport& viewport, float pixel_ratio, bool emphasis) {
    if (!motion.context || motion.placement.width == 0) return false;
    const LayerPlacement want =
        place_layer(camera, viewport, pixel_ratio, true, kLayerMaxPixels, main.max_texture_size);
    const LayerPlacement& has = motion.placement;
    const bool current = has.camera.center_x == camera.center_x && has.camera.center_y == camera.center_y &&
                         has.camera.pixels_per_km == camera.pixels_per_km && has.width == want.width &&
                         has.height == want.height && has.pixel_ratio == pixel_ratio && motion.emphasis == emphasis &&
                         motion.colors_version == main.colors_version && motion.fonts_version == main.fonts_version &&
                         motion.labels == labels_hash(ui);
    if (!current) motion.placement = LayerPlacement{};
    return current;
}

void gfx_motion_refresh(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                        const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis) {
    if (!motion.context || motion.failed || motion.shown) return;
    const LayerPlacement placement =
        place_layer(camera, viewport, pixel_ratio, true, kLayerMaxPixels, main.max_texture_size);
    if (placement.margin_x == 0 && placement.margin_y == 0) return;  // never shown on this screen
    platform_motion_size(placement.width, placement.height);
    draw_motion_canvas(motion, main, ui, geometry.bbox, placement, emphasis);
    flush_motion_canvas(motion);
}

MotionFrame gfx_motion_frame(GfxMotion& motion, const GfxContext& main, const MapGeometry& geometry, const UiFrame& ui,
                             const Camera& camera, const Viewport& viewport, float pixel_ratio, bool emphasis,
                             bool wanted) {
    MotionFrame out;
    if (!wanted || motion.failed) {
        if (motion.shown) platform_motion_hide(), motion.shown = false, out.changed = true;
        return out;
    }
    const bool redraw = motion.placement.width == 0 || motion.emphasis != emphasis ||
                        motion.colors_version != main.colors_version || motion.fonts_version != main.fonts_version ||
                        layer_use(motion.placement, camera, viewport, pixel_ratio, false) == LayerUse::redraw;
    if (redraw) {
        const LayerPlacement placement =
            place_layer(camera, viewport, pixel_ratio, true, kLayerMaxPixels, main.max_texture_size);
        // A screen so large the canvas gets no margin (a 4K monitor): every pan frame would draw it
        // again, no cheaper than drawing the map in the main canvas.
        if (placement.margin_x == 0 && placement.margin_y == 0) {
            if (motion.shown) platform_motion_hide(), motion.shown = false, out.changed = true;
            return out;
        }
        if (!motion.context && !make_motion_canvas(motion, geometry, placement.width, placement.height)) {
            motion.failed = true;
            return out;
        }
        platform_motion_size(placement.width, placement.height);
        draw_motion_canvas(motion, main, ui, geometry.bbox, placement, emphasis);
    }
    const MotionTransform t = motion_transform(motion.placement, camera, viewport);
    if (redraw || !motion.shown || !(t == motion.transform)) {
        platform_motion_show(motion.placement.width / double(pixel_ratio),
                             motion.placement.height / double(pixel_ratio), t);
        motion.transform = t;
        motion.shown = true;
        out.changed = true;
    }
    out.active = true;
    return out;
}

}  // namespace atlas
