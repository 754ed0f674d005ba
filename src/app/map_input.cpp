// Map input: pan by dragging, zoom about the cursor or the fingers, click to select, hover for the tooltip.
#include "app/map_input.hpp"

#include <algorithm>
#include <cmath>

#include "app/ui.hpp"

namespace atlas {

namespace {

constexpr double kClickSlop = 5;      // CSS pixels a press may move and still be a click
constexpr double kWheelZoom = 1.25;   // a notch of the wheel
constexpr double kMinPinchSpan = 10;  // CSS pixels between fingers below which a pinch does not zoom

void zoom_at(App& app, double x, double y, double factor) {
    app.camera = camera_zoom_at(app.camera, app.viewport, x, y, factor);
    app_wake(app);
}

void pan_by(App& app, double dx, double dy) {
    app.camera.center_x -= dx / app.camera.pixels_per_km;
    app.camera.center_y += dy / app.camera.pixels_per_km;
}

}  // namespace

void input_press(App& app, double x, double y) {
    app.dragging = true;
    app.drag_moved = false;
    app.drag_x = app.press_x = x;
    app.drag_y = app.press_y = y;
    app.camera_move_start = -1;  // a hand on the map stops any camera flight
}

void input_move(App& app, double x, double y, bool over_ui) {
    app.hover_x = x;
    app.hover_y = y;
    app.hover_state = over_ui ? -1 : app_state_at(app, x, y);
    if (!app.dragging) return;
    if (std::hypot(x - app.press_x, y - app.press_y) > kClickSlop) app.drag_moved = true;
    pan_by(app, x - app.drag_x, y - app.drag_y);
    app.drag_x = x;
    app.drag_y = y;
    app_wake(app);
}

void input_release(App& app, double x, double y) {
    if (!app.dragging) return;
    app.dragging = false;
    if (!app.drag_moved) {
        app_select(app, app_state_at(app, x, y));
        ui_keep_selection_visible(app);
    }
}

void input_double_click(App& app, double x, double y) {
    app_fly_to(app, camera_zoom_at(app.camera, app.viewport, x, y, 2.0));
}

// notches: the wheel's vertical amount, a notch being 100 CSS pixels (SDL's unit; a notch is 120 in
// Chrome on Linux, 100 on Windows, three lines in Firefox). The zoom follows the amount, so that a
// touchpad's stream of small amounts zooms smoothly instead of a notch at each of them; at most two
// notches an event (a flick), and a sideways scroll (no vertical amount) does not zoom.
void input_wheel(App& app, double x, double y, double notches) {
    if (notches == 0 || !std::isfinite(notches)) return;
    zoom_at(app, x, y, std::pow(kWheelZoom, std::clamp(notches, -2.0, 2.0)));
}

void input_finger(App& app, FingerAction action, long long id, double x, double y) {
    TouchState& touch = app.touch;
    int slot = -1;
    for (int i = 0; i < 2; ++i)
        if (touch.down[i] && touch.id[i] == id) slot = i;
    if (action == FingerAction::down && slot < 0) {
        for (int i = 0; i < 2 && slot < 0; ++i)
            if (!touch.down[i]) slot = i;
        if (slot < 0) return;
        touch.down[slot] = true;
        touch.id[slot] = id;
    }
    if (slot < 0) return;
    const double old_mid_x = (touch.x[0] + touch.x[1]) * 0.5, old_mid_y = (touch.y[0] + touch.y[1]) * 0.5;
    const double old_span = std::hypot(touch.x[0] - touch.x[1], touch.y[0] - touch.y[1]);
    touch.x[slot] = x;
    touch.y[slot] = y;
    if (action == FingerAction::up) touch.down[slot] = false;
    const bool both = touch.down[0] && touch.down[1];
    if (both && action == FingerAction::down) {
        touch.pinching = true;
        app.dragging = false;  // the first finger's drag becomes a pinch
    } else if (both && action == FingerAction::move && touch.pinching) {
        const double mid_x = (touch.x[0] + touch.x[1]) * 0.5, mid_y = (touch.y[0] + touch.y[1]) * 0.5;
        const double span = std::hypot(touch.x[0] - touch.x[1], touch.y[0] - touch.y[1]);
        pan_by(app, mid_x - old_mid_x, mid_y - old_mid_y);
        if (old_span > kMinPinchSpan && span > kMinPinchSpan) zoom_at(app, mid_x, mid_y, span / old_span);
    }
    if (!touch.down[0] && !touch.down[1]) touch.pinching = false;
}

bool input_pinching(const App& app) { return app.touch.pinching; }

}  // namespace atlas
