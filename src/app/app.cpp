// The atlas app's state over time: the named setters the panels, the input and the page change it
// through, and what time moves (camera flights, date animations, play, the colours' fade).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/app.hpp"
#include "app/gfx.hpp"
#include "app/platform.hpp"
#include "core/assert.hpp"
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

}  // namespace

void app_advance_time(App& app) {
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
            if (next > kAtlasEnd)
                app.playing = false;
            else
                app_set_date(app, next);
            app_wake(app);
        }
        // Between steps nothing moves: no frames are drawn until the next month (or its fade).
    }
    if (app.loaded) app.camera = camera_clamp(app.camera, app.atlas.map.bbox, app.viewport, app_layout(app).covered);
}

Layout app_layout(const App& app) {
    LayoutInput in = app.layout_sizes;
    in.width = app.viewport.width;
    in.height = app.viewport.height;
    in.scale = app.ui_scale;
    in.details_open = app.loaded && app.selected >= 0;
    in.tour_open = app.tour_active;
    in.legend_open =
        app.legend_choice < 0 ? legend_open_by_default(in.width, in.height, in.scale) : app.legend_choice == 1;
    in.legend_chosen = app.legend_choice >= 0;
    in.sheet_fraction = app.sheet_fraction;
    return layout_screen(in);
}

bool app_ui_covers(const App& app, double x, double y) {
    for (const auto& [name, r] : app.ui_windows)
        if (x >= r.x && x < r.right() && y >= r.y && y < r.bottom()) return true;
    return false;
}

float app_fade(const App& app) {
    if (app.fade_start < 0) return 1.0f;
    return float(std::clamp((app.now - app.fade_start) / kFadeSeconds, 0.0, 1.0));
}

void app_highlight_event(App& app, int event) {
    ATLAS_ASSERT(event >= -1 && (!app.loaded || event < int(app.atlas.history.events.size())));
    app.highlight_event = event;
    app.colors_dirty = true;
    app_wake(app);
}

void app_set_ui_scale(App& app, float scale) {
    const float before = app.ui_scale;
    app.ui_scale = std::clamp(scale, 0.75f, 3.0f);              // fonts are rebuilt at the new size next frame
    if (app.ui_scale != before) app.details_scrolled_for = -1;  // rows of a new height: back to the date
    app_wake(app);
}

void app_fly_to(App& app, const Camera& target) {
    app.camera_from = app.camera;
    app.camera_to =
        app.loaded ? camera_clamp(target, app.atlas.map.bbox, app.viewport, app_layout(app).covered) : target;
    app.camera_move_start = app.now;
    if (app.reduced_motion) {  // no flight: the camera is there at once
        app.camera = app.camera_to;
        app.camera_move_start = -1;
    }
    app_wake(app);
}

int app_state_at(App& app, double x, double y) {
    if (!app.loaded) return -1;
    app_load_rest(app);  // the whole pick grid, if a click comes before it was built
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
    if (app.reduced_motion) {  // no run through the months: the date jumps
        app.date_move_start = -1;
        change_date(app, date);
        return;
    }
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
    ATLAS_ASSERT(state >= -1 && (!app.loaded || state < int(app.atlas.states.states.size())));
    if (state == app.selected) return;
    app.selected = state;
    app.details_scrolled_for = -1;  // the new list opens at the date
    app.colors_dirty = true;
    app_wake(app);
}

}  // namespace atlas
