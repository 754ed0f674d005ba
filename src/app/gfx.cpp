// Graphics (the frame): what changed since the frame on screen (core/damage), the map and the UI
// drawn there, and when the render cache wants a frame of its own.
#include "app/gfx.hpp"

#include <cmath>
#include <cstddef>
#include <utility>

#include "app/gfx_context.hpp"
#include "app/gfx_ui.hpp"
#include "app/gl.hpp"
#include "core/assert.hpp"
#include "core/damage.hpp"

namespace atlas {

// What the screen shows, as far as the next frame's damage needs to know (core/damage).
struct ScreenState {
    bool valid = false;         // false: nothing drawn yet
    int width = 0, height = 0;  // device pixels
    Camera camera;
    bool exact = true, direct = false, emphasis = false, coarse = false;  // see MapFrameOptions, MapComposite
};

struct Gfx {
    GfxContext main;  // the one canvas: the map and the panels over it
    // The browser keeps the last frame; a frame draws again only where it differs (core/damage).
    ScreenState screen;
    std::vector<DrawnTriangle> ui_triangles;  // the UI on screen
    std::size_t ui_background = 0;            // its first, background-list triangles
    bool fading_everywhere = false;           // a fade over the whole screen is running
    long long drawn_pixels = 0;               // drawn on screen since the start (tests, benchmark)
    std::uint32_t frames_drawn = 0;           // frames that changed the screen (benchmark)
    // The render cache's timing: the map is drawn exactly once the camera has rested.
    std::uint64_t frames = 0;         // gfx_frame calls
    Camera drawn_camera;              // of the last frame
    double camera_changed_at = -1e9;  // seconds
    double redraw_at = -1;            // seconds; a frame is wanted then (-1: none)
    double warm_up_at = 0;            // seconds; frames before go straight to the screen
};

void GfxFree::operator()(Gfx* gfx) const { delete gfx; }

GfxState gfx_create() { return GfxState(new Gfx); }

namespace {

// While the camera moves the map is a near copy of its layer; after this long at rest, exact.
// Long enough that the pauses between wheel notches do not each draw the map again.
constexpr double kCameraSettleSeconds = 0.2;
// The first frames go straight to the screen: a layer's first use has SwiftShader compile its
// pipelines (~200 ms), which would delay the first map, as would anything drawn before the GPU
// process has shown it. The first frame this long after the first does that.
constexpr double kLayerWarmUpSeconds = 0.5;

// Where a region is on screen, with room for its borders and the emphasis outline.
PixelRect region_on_screen(const MapBox& box, const Camera& camera, const Viewport& viewport, float pixel_ratio) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    map_to_screen(camera, viewport, MapPoint{box.min_x, box.max_y}, x0, y0);
    map_to_screen(camera, viewport, MapPoint{box.max_x, box.min_y}, x1, y1);
    return pixel_rect_around(x0 * pixel_ratio, y0 * pixel_ratio, x1 * pixel_ratio, y1 * pixel_ratio,
                             int(std::ceil(6 * pixel_ratio)));
}

// Damage rects a frame draws at most (each costs a few draw calls; past that, joined).
constexpr std::size_t kMaxDamageRects = 8;

// Returns false when the map's copy was only near: a frame is drawn again once the camera has settled.
bool draw_frame(Gfx& gfx, const MapGeometry& geometry, const Camera& camera, const Viewport& viewport,
                float pixel_ratio, const MapFrameOptions& options, bool keeps_last_frame) {
    GfxContext& main = gfx.main;
    const MapBox& frame = geometry.bbox;
    const int w = device_pixels(viewport.width, pixel_ratio), h = device_pixels(viewport.height, pixel_ratio);
    const PixelRect screen{0, 0, w, h};
    UiFrame ui = gfx_read_ui();
    const MapComposite map = gfx_prepare_map(main, frame, camera, viewport, pixel_ratio, options);

    // What changed since the frame on screen. A platform that does not keep the last frame (a desktop
    // swap chain), the first frame and a new size draw everything.
    const ScreenState now{true, w, h, camera, map.exact, map.direct, options.emphasis, map.coarse};
    const ScreenState& was = gfx.screen;
    const bool everything = !keeps_last_frame || !was.valid || was.width != w || was.height != h;
    // The map changes all over when it moves, turns exact after a scaled copy or the first frames'
    // coarser borders, starts coming through its layer, or emphasis dims or undims every state (and
    // for the rest of such a fade).
    const bool moved = was.camera.center_x != camera.center_x || was.camera.center_y != camera.center_y ||
                       was.camera.pixels_per_km != camera.pixels_per_km;
    const bool map_everywhere = moved || !was.exact || was.coarse != now.coarse || was.direct != now.direct ||
                                was.emphasis != now.emphasis || gfx.fading_everywhere;
    std::vector<PixelRect> damage;
    if (everything || (map_everywhere && map.direct)) {
        damage.push_back(screen);  // drawn directly, the whole map is drawn for each rect anyway
    } else {
        // Where the map is drawn all over, so is the background list over it (labels, arcs), and under
        // windows it is hidden: then only the windows' own triangles are compared.
        const std::size_t skip_before = map_everywhere ? gfx.ui_background : 0,
                          skip_now = map_everywhere ? ui.background : 0;
        std::vector<PixelRect> changed =
            changed_triangle_boxes({gfx.ui_triangles.begin() + std::ptrdiff_t(skip_before), gfx.ui_triangles.end()},
                                   {ui.triangles.begin() + std::ptrdiff_t(skip_now), ui.triangles.end()});
        if (!map_everywhere)
            for (int r : main.fading_regions)
                changed.push_back(region_on_screen(main.region_boxes[std::size_t(r)], camera, viewport, pixel_ratio));
        damage = merge_damage(changed, screen, map.direct ? 1 : kMaxDamageRects);
        // The map all over, except under windows that stay as they were and hide it (their parts
        // that changed are in `damage` already).
        if (map_everywhere && damage != std::vector<PixelRect>{screen})
            for (const PixelRect& rect : subtract_rects(screen, gfx_opaque_ui_rects())) damage.push_back(rect);
    }
    gfx.screen = now;
    // A fade that began with the map drawn all over (emphasis turned on dims every state) goes on
    // all over; at rest the colours are final on screen.
    if (map_everywhere && options.fade < 1) gfx.fading_everywhere = true;
    if (options.fade >= 1) main.fading_regions.clear(), gfx.fading_everywhere = false;

    if (!damage.empty()) {
        ++gfx.frames_drawn;
        gfx_upload_ui(main);
        glViewport(0, 0, w, h);
        for (const PixelRect& rect : damage) {
            gfx_composite_map(main, map, frame, camera, viewport, pixel_ratio, options, rect);
            gfx_draw_ui_in(main, ui, rect, h);
        }
    }
    for (const PixelRect& rect : damage) gfx.drawn_pixels += rect.area();
    gfx.ui_triangles = std::move(ui.triangles);
    gfx.ui_background = ui.background;
    return map.exact;
}

}  // namespace

void gfx_init(Gfx& gfx) { gfx_context_init(gfx.main); }

bool gfx_shaders_ready(Gfx& gfx, std::string& error) { return gfx_context_ready(gfx.main, error); }

void gfx_warm_up(Gfx& gfx, const Viewport& viewport, float pixel_ratio) {
    gfx_context_warm_up(gfx.main, viewport, pixel_ratio);
}

void gfx_upload_map(Gfx& gfx, const MapGeometry& map) { gfx_context_upload_map(gfx.main, map); }

bool gfx_map_uploaded(const Gfx& gfx) { return gfx.main.map_uploaded; }

bool gfx_update_colors(Gfx& gfx, const std::vector<Rgba8>& fills, const std::vector<int>& holders,
                       const std::vector<bool>& emphasised, bool fade) {
    if (!gfx.main.map_uploaded) return false;  // no tables yet (or no GL context: the app's tests)
    return gfx_context_update_colors(gfx.main, fills, holders, emphasised, fade);
}

bool gfx_upload_fonts(Gfx& gfx, int halo_x, int halo_y) {
    if (!gfx.main.initialised) return false;
    gfx_context_upload_fonts(gfx.main, halo_x, halo_y);
    gfx.screen.valid = false;  // triangles that kept their coordinates now show other texels
    return true;
}

FontHalo gfx_font_halo(const Gfx& gfx) {
    return FontHalo{gfx.main.font_halo_texture, gfx.main.font_halo_x, gfx.main.font_halo_y};
}

void gfx_frame(Gfx& gfx, const MapView& view, double now, bool keeps_last_frame) {
    if (!gfx.main.initialised) return;  // no GL context (the app's tests run the frame without one)
    ATLAS_ASSERT(view.geometry != nullptr);
    const Camera& c = view.camera;
    if (c.center_x != gfx.drawn_camera.center_x || c.center_y != gfx.drawn_camera.center_y ||
        c.pixels_per_km != gfx.drawn_camera.pixels_per_km) {
        gfx.camera_changed_at = gfx.frames == 0 ? -1e9 : now;  // the first frame is drawn exactly
        gfx.drawn_camera = c;
    }
    // A hand still holding the map has not let it rest: it stays a near copy until released, rather than drawn exactly
    // at every pause of a slow drag.
    MapFrameOptions options{view.fade, view.emphasis,
                            !view.held && now - gfx.camera_changed_at >= kCameraSettleSeconds};
    if (gfx.frames == 0) gfx.warm_up_at = gfx.redraw_at = now + kLayerWarmUpSeconds;
    options.direct = now < gfx.warm_up_at;
    ++gfx.frames;
    const bool exact = draw_frame(gfx, *view.geometry, c, view.viewport, view.pixel_ratio, options, keeps_last_frame);
    if (!exact && !view.held)
        gfx.redraw_at = gfx.camera_changed_at + kCameraSettleSeconds;  // (a release wakes the app)
}

bool gfx_wants_frame(Gfx& gfx, double now) {
    if (gfx.redraw_at < 0 || now < gfx.redraw_at) return false;
    gfx.redraw_at = -1;
    return true;
}

void gfx_redraw_all(Gfx& gfx) { gfx.screen.valid = false; }

GfxStats gfx_stats(const Gfx& gfx) { return GfxStats{gfx.drawn_pixels, gfx.frames_drawn}; }

void gfx_shutdown(Gfx& gfx) { gfx_context_shutdown(gfx.main); }

}  // namespace atlas
