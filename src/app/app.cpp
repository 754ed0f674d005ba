// The atlas app: the frame function that lists the steps in a fixed order, and the named setters
// the panels, the input and the page change the app through.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/app.hpp"
#include "app/gfx.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/camera.hpp"
#include "core/pick.hpp"

namespace atlas {

namespace {

constexpr double kFadeSeconds = 0.25;
constexpr double kCameraMoveSeconds = 0.4;
constexpr double kDateMoveSeconds = 0.8;

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
    // The render cache's own frame: only the map changes (exact now, or through its layer), and
    // nothing of the UI's. One: three, as for input, cost two frames of nothing at each rest.
    if (gfx_wants_frame(*app.gfx, app.now)) app_wake(app, 1);
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

// The fonts at this size, on the GPU before the UI draws with them (its draw lists name the texture).
void update_fonts(App& app) {
    ui_build_fonts(app);
    if (!app.fonts.uploaded) app.fonts.uploaded = gfx_upload_fonts(*app.gfx, 2 * app.fonts.halo, app.fonts.halo);
}

void update_colors(App& app) {
    if (!app.colors_dirty || !app.loaded) return;
    // A month in which nothing changed hands needs no fade (a play step then redraws only the date).
    // The first map is not faded in: there is nothing on screen to fade from.
    const bool fade = gfx_map_uploaded(*app.gfx) && app.first_frame_reported;
    if (gfx_update_colors(*app.gfx, region_fills(app.atlas, app.holders, app.date, app.layer), app.holders,
                          emphasised_regions(app), fade))
        app.fade_start = fade ? app.now : -1;
    app.colors_dirty = false;
}

void draw(App& app) {
    MapView view;
    view.geometry = &app.atlas.map;
    view.camera = app.camera;
    view.viewport = app.viewport;
    view.pixel_ratio = app.pixel_ratio;
    view.fade = fade_amount(app);
    view.emphasis = any_emphasis(app);
    view.held = app.dragging && app.drag_moved;
    gfx_frame(*app.gfx, view, app.now, platform_keeps_last_frame());
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

void app_fly_to(App& app, const Camera& target) {
    app.camera_from = app.camera;
    app.camera_to = app.loaded ? camera_clamp(target, app.atlas.map.bbox, app.viewport) : target;
    app.camera_move_start = app.now;
    app_wake(app);
}

int app_state_at(const App& app, double x, double y) {
    if (!app.loaded) return -1;
    const MapPoint point = screen_to_map(app.camera, app.viewport, x, y);
    const int region = pick_region(app.atlas.grid, app.atlas.map, point);
    if (region < 0 || region >= int(app.holders.size())) return -1;
    return app.holders[std::size_t(region)];
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
    platform_poll_events(app);  // input: ImGui first; the map gets what ImGui does not capture (map_input)
    if (app.quit) return;
    advance_time(app);
    if (app.redraw_frames <= 0) return;  // idle: draw nothing, the laptop stays cool
    --app.redraw_frames;
    update_fonts(app);
    // The UI before the colours: the frame draws only where the UI or the map changed, so it needs
    // both; and what the UI changes (a click, a key) is in this frame's colours and emphasis.
    ui_frame(app);
    update_colors(app);
    draw(app);
    platform_present(app);
    ++app.frame;
    if (!app.first_frame_reported) {
        app.first_frame_reported = true;
        platform_first_frame_drawn(app);
    }
}

}  // namespace atlas
