// The page's C API: small extern "C" functions with plain numbers and strings, wrapped as
// window.atlas by web/page.js (and listed in the export flags in CMakeLists.txt).
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/app_picture.hpp"
#include "app/ui.hpp"
#include "app/webapi.hpp"
#include "core/date.hpp"
#include "core/picture.hpp"

namespace atlas {

namespace {
App* bound_app = nullptr;                 // the one App; set before the first frame
std::string returned_text;                // keeps the last returned string alive for JavaScript to copy
std::vector<std::uint8_t> picture_bytes;  // the last picture's PNG, until the page has copied it
std::string picture_error;

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

// Draws the atlas page (view: "europe", "east_asia", "all" or "" for the screen's) into a PNG kept
// for atlas_picture_bytes; returns its size, or 0 with the reason in atlas_picture_error.
EMSCRIPTEN_KEEPALIVE int atlas_picture(const char* view, int width, int height) {
    atlas::picture_bytes.clear();
    atlas::picture_error.clear();
    if (!bound_app) return 0;
    // 0: the default size, print resolution.
    auto png = atlas::app_picture(*bound_app, view ? view : "", width ? width : atlas::kPictureWidth,
                                  height ? height : atlas::kPictureHeight);
    if (!png.ok()) {
        atlas::picture_error = png.error;
        return 0;
    }
    atlas::picture_bytes = std::move(*png.value);
    return int(atlas::picture_bytes.size());
}

EMSCRIPTEN_KEEPALIVE const std::uint8_t* atlas_picture_bytes() { return atlas::picture_bytes.data(); }

EMSCRIPTEN_KEEPALIVE const char* atlas_picture_error() { return atlas::picture_error.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* atlas_picture_name() {
    return atlas::give(bound_app ? atlas::app_picture_name(*bound_app) : "soviet-atlas.png");
}

// What the printed handout says: the date and layer, the selected state's standing and events, the
// open event, the lesson step's question (web/page.js lays it out). Written by hand (nlohmann only
// quotes the strings): its objects cost 0.9 KB more of gzipped WebAssembly for every visitor.
EMSCRIPTEN_KEEPALIVE const char* atlas_handout_json() {
    if (!bound_app || !bound_app->loaded) return atlas::give("{}");
    const atlas::App& app = *bound_app;
    const atlas::History& history = app.atlas.history;
    const auto str = [](std::string_view v) { return nlohmann::json(std::string(v)).dump(); };  // quoted, escaped
    std::string out = "{\"date\":" + str(atlas::display_date(app.date)) + ",\"layer\":" +
                      str(app.layer == atlas::Layer::relations ? "Relations with Moscow" : "Who held the land");
    if (app.selected >= 0) {
        const atlas::State& state = app.atlas.states.states[std::size_t(app.selected)];
        const atlas::StandingOn s = atlas::standing_on(history, app.selected, app.date);
        out += ",\"state\":{\"name\":" + str(atlas::name_on(state, app.date)) +
               ",\"standing\":" + str(atlas::standing_line(app, app.selected)) +
               ",\"after\":" + str(s.event >= 0 ? history.events[std::size_t(s.event)].title : "") + ",\"events\":[";
        const char* comma = "";
        for (int e : atlas::events_of(history, app.selected)) {
            const atlas::Event& ev = history.events[std::size_t(e)];
            out += std::string(comma) + "{\"date\":" + str(atlas::display_date(ev.date)) +
                   ",\"title\":" + str(ev.title) + ",\"later\":" + (app.date < ev.date ? "true" : "false") + "}";
            comma = ",";
        }
        out += "]}";
    }
    const int open = app.open_event >= 0 ? app.open_event : app.highlight_event;
    if (open >= 0) {
        const atlas::Event& ev = history.events[std::size_t(open)];
        out += ",\"event\":{\"title\":" + str(ev.title) + ",\"date\":" + str(atlas::display_date(ev.date)) +
               ",\"summary\":" + str(ev.summary) + ",\"significance\":" + str(ev.significance) +
               ",\"source\":" + str(ev.source) + "}";
    }
    if (app.tour_active && app.tour < int(app.tours.tours.size())) {
        const atlas::Tour& tour = app.tours.tours[std::size_t(app.tour)];
        if (app.tour_step < int(tour.steps.size())) {
            const atlas::TourStep& step = tour.steps[std::size_t(app.tour_step)];
            out += ",\"step\":{\"number\":" + std::to_string(app.tour_step + 1) + ",\"title\":" + str(step.title) +
                   ",\"question\":" + str(step.question) + "}";
        }
    }
    return atlas::give(out + "}");
}

EMSCRIPTEN_KEEPALIVE const char* atlas_panel_text() {
    return atlas::give(bound_app ? atlas::details_text(*bound_app) : "");
}

}  // extern "C"
