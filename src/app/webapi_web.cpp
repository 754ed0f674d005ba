// The page's C API: small extern "C" functions with plain numbers and strings, wrapped as
// window.atlas by web/page.js (and listed in the export flags in CMakeLists.txt).
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/ui.hpp"
#include "app/webapi.hpp"
#include "core/date.hpp"
#include "core/overlays.hpp"

namespace atlas {

namespace {
App* bound_app = nullptr;   // the one App; set before the first frame
std::string returned_text;  // keeps the last returned string alive for JavaScript to copy

const char* give(std::string text) {
    returned_text = std::move(text);
    return returned_text.c_str();
}
}  // namespace

void webapi_bind(App& app) { bound_app = &app; }

}  // namespace atlas

using atlas::bound_app;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* atlas_state_json() {
    nlohmann::json state = {{"version", ATLAS_VERSION}, {"frame", bound_app ? bound_app->frame : 0}};
    if (bound_app) {
        const atlas::App& app = *bound_app;
        state["loaded"] = app.loaded;
        state["error"] = app.load_error;
        state["date"] = atlas::format_date(app.date);
        state["layer"] = app.layer == atlas::Layer::political ? "political" : "relations";
        state["selected"] = app.selected >= 0 && app.loaded
                                ? nlohmann::json(app.atlas.states.states[std::size_t(app.selected)].id)
                                : nlohmann::json(nullptr);
        state["camera"] = {{"x", app.camera.center_x}, {"y", app.camera.center_y}, {"zoom", app.camera.pixels_per_km}};
        state["playing"] = app.playing;
        state["wantText"] = app.search_open || app.search_focus;
        const atlas::UiRect& fs = app.fullscreen_button;
        state["fullscreenButton"] = {fs.x, fs.y, fs.width, fs.height};
        state["highlightEvent"] = app.highlight_event >= 0 && app.loaded
                                      ? nlohmann::json(app.atlas.history.events[std::size_t(app.highlight_event)].id)
                                      : nlohmann::json(nullptr);
        if (app.highlight_event >= 0 && app.loaded) {  // where the highlighted event is marked, and who held it
            const atlas::Place& place = app.atlas.history.events[std::size_t(app.highlight_event)].place;
            double x = 0, y = 0;
            atlas::map_to_screen(app.camera, app.viewport, atlas::project(place.where), x, y);
            const atlas::Who w = atlas::who(app.atlas, app.date, place.where.lon, place.where.lat, atlas::kCoastSnapKm);
            state["eventPlace"] = {{"name", place.name},
                                   {"x", x},
                                   {"y", y},
                                   {"holder", w.state >= 0 ? app.atlas.states.states[std::size_t(w.state)].id : "sea"}};
        }
        state["uiScale"] = app.ui_scale;
        const atlas::GfxStats gfx = atlas::gfx_stats(*app.gfx);
        state["drawnPixels"] = gfx.drawn_pixels;  // device pixels drawn on screen since the start
        state["mapMotion"] = gfx.map_motion;      // the map is shown by the motion canvas (camera moving)
        state["tour"] = app.tour_active ? nlohmann::json({{"tour", app.tour + 1}, {"step", app.tour_step + 1}})
                                        : nlohmann::json(nullptr);
        // The panels as drawn (name: [x, y, width, height]), the timeline's year labels and where the
        // selected state's label sits: the layout tests read these, not pixels.
        nlohmann::json windows = nlohmann::json::object();
        for (const auto& [name, r] : app.ui_windows) windows[name] = {r.x, r.y, r.width, r.height};
        state["windows"] = windows;
        nlohmann::json years = nlohmann::json::array();
        for (const atlas::UiRect& r : app.year_labels) years.push_back({r.x, r.y, r.width, r.height});
        state["yearLabels"] = years;
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& [e, r] : app.details_rows)
            rows.push_back(
                {{"event", app.atlas.history.events[std::size_t(e)].id}, {"rect", {r.x, r.y, r.width, r.height}}});
        state["detailsRows"] = rows;
        state["openEvent"] = app.open_event >= 0 && app.loaded
                                 ? nlohmann::json(app.atlas.history.events[std::size_t(app.open_event)].id)
                                 : nlohmann::json(nullptr);
        state["layout"] = {
            {"sheet", app.layout.sheet},
            {"toolbarMenu", app.layout.toolbar_menu},
            {"legendFolded", app.layout.legend_folded},
            {"sheetGrip", {app.sheet_grip.x, app.sheet_grip.y, app.sheet_grip.width, app.sheet_grip.height}}};
        state["selectedLabel"] = nullptr;
        if (app.loaded && app.selected >= 0)
            for (const atlas::StateLabel& label : atlas::state_labels(app.atlas, app.holders, app.date))
                if (label.state == app.selected) {
                    double x = 0, y = 0;
                    atlas::map_to_screen(app.camera, app.viewport, label.anchor, x, y);
                    state["selectedLabel"] = {{"x", x}, {"y", y}};
                }
        state["viewport"] = {
            {"width", app.viewport.width}, {"height", app.viewport.height}, {"pixelRatio", app.pixel_ratio}};
    }
    return atlas::give(state.dump());
}

EMSCRIPTEN_KEEPALIVE std::uint32_t atlas_frame() { return bound_app ? std::uint32_t(bound_app->frame) : 0; }

// Frames that drew anything on screen: a frame whose UI and map did not change draws nothing.
EMSCRIPTEN_KEEPALIVE std::uint32_t atlas_frames_drawn() {
    return bound_app ? atlas::gfx_stats(*bound_app->gfx).frames_drawn : 0;
}

// Asks for one more frame (the page waits for it to know its change is on screen).
EMSCRIPTEN_KEEPALIVE void atlas_redraw() {
    if (bound_app) atlas::app_wake(*bound_app, 1);
}

// The next frame draws the whole screen, not only what changed (core/damage): what a frame drawn
// in parts must equal.
EMSCRIPTEN_KEEPALIVE void atlas_redraw_all() {
    if (!bound_app) return;
    atlas::gfx_redraw_all(*bound_app->gfx);
    atlas::app_wake(*bound_app, 1);
}

// 1 when the date was understood and set, 0 otherwise.
EMSCRIPTEN_KEEPALIVE int atlas_set_date(const char* text) {
    const auto date = atlas::parse_date(text ? text : "");
    if (!bound_app || !date) return 0;
    atlas::app_set_date(*bound_app, *date);
    atlas::app_wake(*bound_app);
    return 1;
}

// An id or display name; "" clears the selection. 1 when understood.
EMSCRIPTEN_KEEPALIVE int atlas_select(const char* text) {
    if (!bound_app || !bound_app->loaded) return 0;
    const std::string value = text ? text : "";
    const int state = value.empty() ? -1 : atlas::find_state(bound_app->atlas.states, value);
    if (!value.empty() && state < 0) return 0;
    atlas::app_select(*bound_app, state);
    atlas::ui_keep_selection_visible(*bound_app);  // as a click or a search does: the state is not left under a panel
    return 1;
}

EMSCRIPTEN_KEEPALIVE int atlas_set_layer(const char* text) {
    if (!bound_app) return 0;
    const std::string value = text ? text : "";
    if (value == "political")
        atlas::app_set_layer(*bound_app, atlas::Layer::political);
    else if (value == "relations")
        atlas::app_set_layer(*bound_app, atlas::Layer::relations);
    else
        return 0;
    atlas::app_wake(*bound_app);
    return 1;
}

// Writes the CSS-pixel position of (lon, lat) on the canvas into out[0], out[1].
EMSCRIPTEN_KEEPALIVE void atlas_project(double lon, double lat, double* out) {
    if (!bound_app) return;
    atlas::map_to_screen(bound_app->camera, bound_app->viewport, atlas::project({lon, lat}), out[0], out[1]);
}

// Applies a URL hash; returns the notices (one a line) for the parts that were not understood.
EMSCRIPTEN_KEEPALIVE const char* atlas_apply_link(const char* hash) {
    if (!bound_app || !bound_app->loaded) return "";
    atlas::app_apply_link(*bound_app, hash ? hash : "");
    std::string notices;
    for (const std::string& n : bound_app->notices) notices += n + "\n";
    return atlas::give(notices);
}

EMSCRIPTEN_KEEPALIVE const char* atlas_link() {
    return atlas::give(bound_app && bound_app->loaded ? atlas::app_link(*bound_app) : "");
}

EMSCRIPTEN_KEEPALIVE const char* atlas_panel_text() {
    return atlas::give(bound_app ? atlas::details_text(*bound_app) : "");
}

}  // extern "C"
