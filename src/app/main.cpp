// The atlas app: loading the data, and the frame function that lists the steps in a fixed order.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/app.hpp"
#include "app/gfx.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/asset_files.hpp"
#include "core/camera.hpp"
#include "core/code_points.hpp"

namespace atlas {

namespace {

constexpr double kFadeSeconds = 0.25;
constexpr double kCameraMoveSeconds = 0.4;
constexpr double kDateMoveSeconds = 0.8;
// While the camera moves the map is a near copy of its layer; after this long at rest, exact.
// Long enough that the pauses between wheel notches do not each draw the map again.
constexpr double kCameraSettleSeconds = 0.2;
constexpr double kLayerWarmUpSeconds = 0.5;

double ease_in_out(double t) { return t < 0.5 ? 2 * t * t : 1 - std::pow(-2 * t + 2, 2) / 2; }

// The date changes; what is derived from it is recomputed (geometry stays as it is).
void change_date(App& app, Date date) {
    date.days = std::clamp(date.days, kAtlasStart.days, kAtlasEnd.days);
    if (date == app.date) return;
    app.date = date;
    if (app.loaded) app.holders = holders_on(app.atlas, app.date);
    app.colors_dirty = true;
    app_wake(app);
}

}  // namespace

void app_load_data(App& app) {
    // The text files' characters are noted on the way: the fonts are built for them.
    const auto read = [&app](const std::string& path) {
        Result<std::string> text = platform_read_file(path);
        if (text.ok() && path.ends_with(".json")) add_code_points(*text.value, app.data_characters);
        return text;
    };
    Result<Atlas> result = load_atlas_dir(platform_assets_dir(), read);
    if (!result.ok()) {
        app.load_error = result.error;
        platform_report_error("The atlas data could not be loaded: " + result.error);
        return;
    }
    app.atlas = std::move(*result.value);
    app.loaded = true;
    app.holders = holders_on(app.atlas, app.date);
    app_load_tours(app);
}

namespace {

void advance_time(App& app) {
    app.now = platform_now();
    if (app.camera_move_start >= 0) {
        const double t = (app.now - app.camera_move_start) / kCameraMoveSeconds;
        app.camera = camera_lerp(app.camera_from, app.camera_to, ease_in_out(std::min(1.0, t)));
        if (t >= 1) app.camera_move_start = -1;
        app_wake(app, 2);
    }
    if (app.date_move_start >= 0) {
        const double t = std::min(1.0, (app.now - app.date_move_start) / kDateMoveSeconds);
        const double days = app.date_from.days + (app.date_to.days - app.date_from.days) * ease_in_out(t);
        // On the way the title shows months; at the end the target at its own precision.
        change_date(app, t < 1 ? month_start(Date{std::int32_t(std::lround(days)), Precision::month}) : app.date_to);
        if (t >= 1) app.date_move_start = -1;
        app_wake(app, 2);
    }
    if (app.fade_start >= 0) {
        if (app.now - app.fade_start >= kFadeSeconds) app.fade_start = -1;
        app_wake(app, 2);
    }
    if (app.redraw_at >= 0 && app.now >= app.redraw_at) {
        app.redraw_at = -1;
        // One frame: only the map changes (exact now, or through its layer), and nothing of the
        // UI's. Three, as for input, cost two frames of nothing at each rest (~200 ms each at 2x).
        app_wake(app, 1);
    }
    if (app.playing) {
        if (app.now - app.last_play_step >= 1.0 / app.play_months_per_second) {
            app.last_play_step = app.now;
            const Date next = add_months(month_start(app.date), 1);
            if (next > kAtlasEnd) app.playing = false; else app_set_date(app, next);
            app_wake(app);
        }
        // Between steps nothing moves: no frames are drawn until the next month (or its fade).
    }
    if (app.loaded) app.camera = camera_clamp(app.camera, app.atlas.map.bbox, app.viewport);
}

// The selected state and the parties of the highlighted event stand out; the rest is dimmed.
std::vector<bool> emphasised_regions(const App& app) {
    std::vector<bool> states(app.atlas.states.states.size(), false);
    if (app.selected >= 0) states[std::size_t(app.selected)] = true;
    for (int s : app.tour_states) states[std::size_t(s)] = true;
    if (app.highlight_event >= 0)
        for (int p : app.atlas.history.events[std::size_t(app.highlight_event)].parties) states[std::size_t(p)] = true;
    std::vector<bool> regions(app.holders.size(), false);
    for (std::size_t r = 0; r < regions.size(); ++r)
        regions[r] = app.holders[r] >= 0 && states[std::size_t(app.holders[r])];
    return regions;
}

bool any_emphasis(const App& app) { return app.selected >= 0 || app.highlight_event >= 0 || !app.tour_states.empty(); }

float fade_amount(const App& app) {
    if (app.fade_start < 0) return 1.0f;
    return float(std::clamp((app.now - app.fade_start) / kFadeSeconds, 0.0, 1.0));
}

}  // namespace

void app_highlight_event(App& app, int event) {
    app.highlight_event = event;
    app.colors_dirty = true;
    app_wake(app);
}

void app_set_ui_scale(App& app, float scale) {
    app.ui_scale = std::clamp(scale, 0.75f, 3.0f);  // fonts are rebuilt at the new size next frame
    app_wake(app);
}

void app_wake(App& app, int frames) { app.redraw_frames = std::max(app.redraw_frames, frames); }

void app_set_date(App& app, Date date) {
    app.date_move_start = -1;  // a date set by hand ends any animation
    if (date == app.date) return;
    app.highlight_event = -1;  // a jump to an event sets it again after the move
    change_date(app, date);
}

void app_animate_date(App& app, Date date) {
    app.date_from = app.date;
    app.date_to = date;
    app.date_move_start = app.now;
    app_wake(app);
}

void app_set_layer(App& app, Layer layer) {
    if (layer == app.layer) return;
    app.layer = layer;
    app.colors_dirty = true;
    app_wake(app);
}

void app_select(App& app, int state) {
    if (state == app.selected) return;
    app.selected = state;
    app.colors_dirty = true;
    app_wake(app);
}

void app_frame(App& app) {
    platform_poll_events(app);  // ImGui first; the map gets what ImGui does not capture
    if (app.quit) return;
    advance_time(app);
    if (app.redraw_frames <= 0) return;  // idle: draw nothing, the laptop stays cool
    --app.redraw_frames;

    // The UI first: the frame draws only where the UI or the map changed, so it needs both; and what
    // the UI changes (a click, a key) is in this frame's colours and emphasis, which must agree.
    ui_frame(app);
    if (app.colors_dirty && app.loaded) {
        // A month in which nothing changed hands needs no fade (a play step then redraws only the date).
        // The first map is not faded in: there is nothing on screen to fade from.
        const bool fade = app.gfx.map_uploaded && app.first_frame_reported;
        if (gfx_update_colors(app.gfx, region_fills(app.atlas, app.holders, app.date, app.layer), app.holders,
                              emphasised_regions(app), fade))
            app.fade_start = fade ? app.now : -1;
        app.colors_dirty = false;
    }
    const Camera& c = app.camera;
    if (c.center_x != app.drawn_camera.center_x || c.center_y != app.drawn_camera.center_y ||
        c.pixels_per_km != app.drawn_camera.pixels_per_km) {
        app.camera_changed_at = app.frame == 0 ? -1e9 : app.now;  // the first frame is drawn exactly
        app.drawn_camera = c;
    }
    // A hand still holding the map has not let it rest: it stays a near copy (or in the motion
    // canvas) until released, rather than drawn exactly at every pause of a slow drag.
    MapFrameOptions map{fade_amount(app), any_emphasis(app),
                        !(app.dragging && app.drag_moved) && app.now - app.camera_changed_at >= kCameraSettleSeconds};
    // The first frame goes straight to the screen: a layer's first use has SwiftShader compile its
    // pipelines (~200 ms), which would delay the first map. A frame soon after ready does that.
    map.direct = !app.first_frame_reported;
    if (map.direct) app.redraw_at = app.now + kLayerWarmUpSeconds;
    if (!gfx_draw_frame(app.gfx, &app.motion, app.atlas.map, app.camera, app.viewport, app.pixel_ratio, map,
                        platform_keeps_last_frame()) &&
        !(app.dragging && app.drag_moved))  // (the release wakes the app)
        app.redraw_at = app.camera_changed_at + kCameraSettleSeconds;  // the map was near: exact then
    platform_present(app);
    ++app.frame;
    if (!app.first_frame_reported) {
        app.first_frame_reported = true;
        platform_first_frame_drawn(app);
    }
}

}  // namespace atlas

int main(int, char**) {
    static atlas::App app;  // lives for the whole program; the web main loop outlives main()
    if (!atlas::platform_init(app)) return 1;
    // The CPU's work first, the GPU's after: a freshly launched browser starts its graphics
    // process meanwhile, so asking for the context at once would only wait for it.
    atlas::app_load_data(app);
    atlas::ui_setup(app);  // after the data: the fonts hold the characters it uses
    if (!atlas::platform_create_context(app)) return 1;
    if (app.loaded) {
        atlas::gfx_upload_map(app.gfx, app.atlas.map);  // meanwhile the GPU process compiles the shaders
        atlas::MapBox all;
        atlas::camera_preset("all", app.atlas.map.bbox, all);
        app.camera = atlas::camera_fit_open(all, app.viewport, atlas::ui_insets(app));
    }
    std::string error;
    if (!atlas::gfx_shaders_ready(app.gfx, error)) {
        atlas::platform_report_error("The map shaders could not be built: " + error);
        return 1;
    }
    atlas::platform_run(app);
    atlas::platform_shutdown(app);
    return 0;
}
