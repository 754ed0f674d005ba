// Map input: pan by dragging, zoom about the cursor, click to select, hover for the tooltip.
#include "app/map_input.hpp"

#include <cmath>

#include "app/ui.hpp"
#include "core/pick.hpp"

namespace atlas {

namespace {
constexpr double kClickSlop = 5;  // CSS pixels a press may move and still be a click
}

int map_state_at(const App& app, double x, double y) {
    if (!app.loaded) return -1;
    const MapPoint point = screen_to_map(app.camera, app.viewport, x, y);
    const int region = pick_region(app.atlas.grid, app.atlas.map, point);
    if (region < 0 || region >= int(app.holders.size())) return -1;
    return app.holders[std::size_t(region)];
}

void map_press(App& app, double x, double y) {
    app.dragging = true;
    app.drag_moved = false;
    app.drag_x = app.press_x = x;
    app.drag_y = app.press_y = y;
    app.camera_move_start = -1;  // a hand on the map stops any camera flight
}

void map_move(App& app, double x, double y, bool over_ui) {
    app.hover_x = x;
    app.hover_y = y;
    app.hover_state = over_ui ? -1 : map_state_at(app, x, y);
    if (!app.dragging) return;
    if (std::hypot(x - app.press_x, y - app.press_y) > kClickSlop) app.drag_moved = true;
    app.camera.center_x -= (x - app.drag_x) / app.camera.pixels_per_km;
    app.camera.center_y += (y - app.drag_y) / app.camera.pixels_per_km;
    app.drag_x = x;
    app.drag_y = y;
    app_wake(app);
}

void map_release(App& app, double x, double y) {
    if (!app.dragging) return;
    app.dragging = false;
    if (!app.drag_moved) {
        app_select(app, map_state_at(app, x, y));
        ui_keep_selection_visible(app);
    }
}

void map_fly_to(App& app, const Camera& target) {
    app.camera_from = app.camera;
    app.camera_to = app.loaded ? camera_clamp(target, app.atlas.map.bbox, app.viewport) : target;
    app.camera_move_start = app.now;
    app_wake(app);
}

void map_zoom_at(App& app, double x, double y, double factor, bool animate) {
    const Camera target = camera_zoom_at(app.camera, app.viewport, x, y, factor);
    if (animate) {
        map_fly_to(app, target);
    } else {
        app.camera = target;
        app_wake(app);
    }
}

}  // namespace atlas
