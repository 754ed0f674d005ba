// The app's deep link: applying a parsed URL hash and writing the current view as one.
#include "app/app.hpp"
#include "app/ui.hpp"
#include "core/deeplink.hpp"

namespace atlas {

void app_apply_link(App& app, std::string_view hash) {
    const DeepLink link = parse_deeplink(hash, app.atlas.states);
    if (link.date) app_set_date(app, *link.date);
    if (link.layer) app_set_layer(app, *link.layer);
    if (link.selected) app_select(app, *link.selected);
    if (link.view_center && link.view_zoom) {
        const MapPoint center = project(*link.view_center);
        app.camera = camera_clamp(Camera{center.x, center.y, *link.view_zoom}, app.atlas.map.bbox, app.viewport,
                                  app_layout(app).covered);
        app.camera_move_start = -1;
    }
    // The selected state clear of the panels on this screen, whether the link carries a view (made on
    // another screen, its panels elsewhere) or not (the start view may leave it under a sheet).
    if (link.selected) ui_keep_selection_visible(app, true);
    if (link.tour || link.step) app_start_tour(app, link.tour.value_or(1) - 1, link.step.value_or(1) - 1);
    app.notices.clear();
    for (const std::string& notice : link.notices) app.notices.push_back("Link: " + notice + ".");
    app.notice_until = app.now + 8;
    app_wake(app);
}

std::string app_link(const App& app) {
    LinkState state;
    state.date = app.date;
    state.layer = app.layer;
    if (app.selected >= 0) state.selected_id = app.atlas.states.states[std::size_t(app.selected)].id;
    state.view_center = unproject(MapPoint{app.camera.center_x, app.camera.center_y});
    state.view_zoom = app.camera.pixels_per_km;
    if (app.tour_active) {
        state.tour = app.tour + 1;
        state.step = app.tour_step + 1;
    }
    return format_deeplink(state);
}

}  // namespace atlas
