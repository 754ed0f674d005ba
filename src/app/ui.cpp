// UI: the frame's panels in their fixed order, and the layout they share (what they cover at the
// window's edges). A new panel is a ui_<name>.cpp with one function, declared in ui.hpp, called here.
#include "app/ui.hpp"

#include <algorithm>

#include "app/platform.hpp"
#include "app/ui_theme.hpp"
#include "core/overlays.hpp"
#include "imgui.h"

namespace atlas {

void ui_frame(App& app) {
    platform_new_imgui_frame();
    ImGui::NewFrame();
    app.escape_handled = false;
    ui_map_overlay(app);
    ui_title(app);
    ui_toolbar(app);
    ui_timeline(app);
    ui_legend(app);
    ui_details(app);
    ui_tour(app);
    ui_tooltip(app);
    ImGui::Render();
    // A held control needs frames; a hovered one only until its tooltip has appeared (ImGui shows
    // tooltips after a delay), then the app may go idle with the pointer resting on a button.
    const bool settling = app.now - app.last_input < 1.0;
    if (ImGui::IsAnyItemActive() || (settling && ImGui::IsAnyItemHovered())) app_wake(app, 2);
}

Insets ui_insets(const App& app) {
    const float s = app.ui_scale;
    Insets insets;
    insets.top = std::max(app.toolbar_height, 48 * s) + theme::kMargin * s;
    insets.bottom = (theme::kTimelineHeight + 2 * theme::kMargin) * s;
    if (app.selected >= 0) insets.right = (theme::kDetailsWidth + 2 * theme::kMargin) * s;
    insets.left = ui_tour_width(app);
    return insets;
}

namespace {

// Flies the camera so that the map point lies in the middle of the part of the map the panels leave
// open, if the panels or the window's edge hide it now.
void keep_visible(App& app, MapPoint at) {
    double x = 0, y = 0;
    map_to_screen(app.camera, app.viewport, at, x, y);
    const Insets open = ui_insets(app);
    const bool under_title = x < app.title_card.right() && y < app.title_card.bottom();
    const bool hidden = x > app.viewport.width - open.right || x < open.left || y < open.top ||
                        y > app.viewport.height - open.bottom || under_title;
    if (!hidden) return;
    const double cx = open.left + (app.viewport.width - open.left - open.right) * 0.5;
    const double cy = open.top + (app.viewport.height - open.top - open.bottom) * 0.5;
    Camera target = app.camera;
    target.center_x = at.x - (cx - app.viewport.width * 0.5) / target.pixels_per_km;
    target.center_y = at.y + (cy - app.viewport.height * 0.5) / target.pixels_per_km;
    app_fly_to(app, target);
}

}  // namespace

void ui_keep_selection_visible(App& app) {
    if (!app.loaded || app.selected < 0) return;
    for (const StateLabel& label : state_labels(app.atlas, app.holders, app.date)) {
        if (label.state != app.selected) continue;
        keep_visible(app, label.anchor);
        return;
    }
}

void ui_keep_event_visible(App& app) {
    if (!app.loaded || app.highlight_event < 0) return;
    keep_visible(app, project(app.atlas.history.events[std::size_t(app.highlight_event)].place.where));
}

}  // namespace atlas
