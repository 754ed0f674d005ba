// The page's C API: small extern "C" functions with plain numbers and strings, wrapped as
// window.atlas by web/page.js (and listed in the export flags in CMakeLists.txt).
#include <emscripten.h>

#include <algorithm>
#include <string>

#include "app/app_picture.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "app/webapi.hpp"
#include "core/camera.hpp"
#include "core/date.hpp"
#include "core/json_value.hpp"
#include "core/overlays.hpp"
#include "core/picture.hpp"
#include "core/search.hpp"

namespace atlas {

namespace {
App* bound_app = nullptr;   // the one App; set before the first frame
std::string returned_text;  // keeps the last returned string alive for JavaScript to copy

const char* give(std::string text) {
    returned_text = std::move(text);
    return returned_text.c_str();
}

// A command from the page runs between frames, when App::now is the last frame's time (seconds ago
// if the app was idle): a camera flight or a run of months started from it would be over at once.
App& app_now(App& app) {
    app.now = platform_now();
    return app;
}

Json event_json(const App& app, int e) {
    const Event& ev = app.atlas.history.events[std::size_t(e)];
    return Json::object({{"id", ev.id},
                         {"date", format_date(ev.date)},
                         {"dateText", display_date(ev.date)},
                         {"kind", kind_name(ev.kind)},
                         {"title", ev.title},
                         {"future", ev.date > app.date}});
}

// What the details panel shows, as data for the page's accessible copy of it (web/a11y.js).
Json details_json(const App& app) {
    if (app.selected < 0) return nullptr;
    const State& state = app.atlas.states.states[std::size_t(app.selected)];
    const StandingOn st = standing_on(app.atlas.history, app.selected, app.date);
    Json out = Json::object({{"id", state.id},
                             {"name", name_on(state, app.date)},
                             {"standing", standing_line(app, app.selected)},
                             {"after", st.event >= 0 ? app.atlas.history.events[std::size_t(st.event)].title : ""},
                             {"events", Json::array()},
                             {"open", nullptr}});
    for (int e : events_of(app.atlas.history, app.selected)) out["events"].push_back(event_json(app, e));
    if (app.open_event >= 0) {
        const Event& ev = app.atlas.history.events[std::size_t(app.open_event)];
        Json open = event_json(app, app.open_event);
        open["summary"] = ev.summary;
        open["significance"] = ev.significance;
        open["teacherNote"] = ev.teacher_note;
        open["source"] = ev.source;
        out["open"] = open;
    }
    return out;
}

Json tour_json(const App& app) {
    if (!app.tour_active) return nullptr;
    const Tour& tour = app.tours.tours[std::size_t(app.tour)];
    const TourStep& step = tour.steps[std::size_t(app.tour_step)];
    return Json::object({{"title", tour.title},
                         {"step", app.tour_step + 1},
                         {"count", tour.steps.size()},
                         {"stepTitle", step.title},
                         {"text", step.text},
                         {"question", step.question},
                         {"answer", app.tour_answer_shown ? step.answer : ""},
                         {"source", step.source}});
}

Json legend_json(const App& app) {
    if (app.layer == Layer::political)
        return Json::object({{"title", "Who held the land"},
                             {"text",
                              "Each colour is the state that held the land on the chosen day. A military occupation of "
                              "six months or more in which the occupier governed has the occupier's colour."}});
    Json keys = Json::array();
    for (int i = 0; i < kStandingCount; ++i) {
        const Standing st = Standing(i);
        const Rgba8 c = standing_color(st);
        const char* pattern = c.a == kHatchDiagonal ? "diagonal hatching" : c.a == kHatchCross ? "cross-hatching" : "";
        keys.push_back(
            Json::object({{"standing", standing_name(st)}, {"text", theme::standing_key(st)}, {"pattern", pattern}}));
    }
    return Json::object({{"title", "Standing with Moscow"}, {"keys", keys}});
}

}  // namespace

void webapi_bind(App& app) { bound_app = &app; }

}  // namespace atlas

using atlas::bound_app;
using atlas::Json;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* atlas_state_json() {
    Json state = Json::object({{"version", ATLAS_VERSION}, {"frame", bound_app ? bound_app->frame : 0}});
    if (bound_app) {
        const atlas::App& app = *bound_app;
        state["loaded"] = app.loaded;
        state["error"] = app.load_error;
        state["date"] = atlas::format_date(app.date);
        state["layer"] = app.layer == atlas::Layer::political ? "political" : "relations";
        state["selected"] =
            app.selected >= 0 && app.loaded ? Json(app.atlas.states.states[std::size_t(app.selected)].id) : Json();
        state["camera"] =
            Json::object({{"x", app.camera.center_x}, {"y", app.camera.center_y}, {"zoom", app.camera.pixels_per_km}});
        state["playing"] = app.playing;
        // A camera flight or a run of months under way (none when the reader asked for reduced motion).
        state["moving"] = Json::object({{"camera", app.camera_move_start >= 0}, {"date", app.date_move_start >= 0}});
        state["wantText"] = app.search_open || app.search_focus || app.search_focus_pending;
        state["searchText"] = app.search_text;  // what the search box holds
        const atlas::UiRect& fs = app.fullscreen_button;
        state["fullscreenButton"] = Json::array({fs.x, fs.y, fs.width, fs.height});
        state["highlightEvent"] = app.highlight_event >= 0 && app.loaded
                                      ? Json(app.atlas.history.events[std::size_t(app.highlight_event)].id)
                                      : Json();
        if (app.highlight_event >= 0 && app.loaded) {  // where the highlighted event is marked, and who held it
            const atlas::Place& place = app.atlas.history.events[std::size_t(app.highlight_event)].place;
            double x = 0, y = 0;
            atlas::map_to_screen(app.camera, app.viewport, atlas::project(place.where), x, y);
            atlas::app_load_rest(*bound_app);  // who needs the whole pick grid
            const atlas::Who w = atlas::who(app.atlas, app.date, place.where.lon, place.where.lat, atlas::kCoastSnapKm);
            state["eventPlace"] =
                Json::object({{"name", place.name},
                              {"x", x},
                              {"y", y},
                              {"holder", w.state >= 0 ? app.atlas.states.states[std::size_t(w.state)].id : "sea"}});
        }
        state["uiScale"] = app.ui_scale;
        const atlas::GfxStats gfx = atlas::gfx_stats(*app.gfx);
        state["drawnPixels"] = gfx.drawn_pixels;  // device pixels drawn on screen since the start
        state["tour"] = app.tour_active ? Json::object({{"tour", app.tour + 1}, {"step", app.tour_step + 1}}) : Json();
        // The panels as drawn (name: [x, y, width, height]), the timeline's year labels and where the
        // selected state's label sits: the layout tests read these, not pixels.
        Json windows = Json::object();
        for (const auto& [name, r] : app.ui_windows) windows[name] = Json::array({r.x, r.y, r.width, r.height});
        state["windows"] = windows;
        Json clipped = Json::array();
        for (const std::string& name : app.clipped_windows) clipped.push_back(name);
        state["clippedWindows"] = clipped;
        Json tooltips = Json::array();
        for (const atlas::UiRect& r : app.tooltips) tooltips.push_back(Json::array({r.x, r.y, r.width, r.height}));
        state["tooltips"] = tooltips;
        Json years = Json::array();
        for (const atlas::UiRect& r : app.year_labels) years.push_back(Json::array({r.x, r.y, r.width, r.height}));
        state["yearLabels"] = years;
        Json labels = Json::array();
        for (const atlas::UiRect& r : app.map_labels) labels.push_back(Json::array({r.x, r.y, r.width, r.height}));
        state["mapLabels"] = labels;
        Json rows = Json::array();
        for (const auto& [e, r] : app.details_rows)
            rows.push_back(Json::object({{"event", app.atlas.history.events[std::size_t(e)].id},
                                         {"rect", Json::array({r.x, r.y, r.width, r.height})}}));
        state["detailsRows"] = rows;
        state["openEvent"] =
            app.open_event >= 0 && app.loaded ? Json(app.atlas.history.events[std::size_t(app.open_event)].id) : Json();
        const atlas::UiRect& grip = app.sheet_grip;
        state["layout"] = Json::object({{"sheet", app.layout.sheet},
                                        {"sideSheet", app.layout.side_sheet},
                                        {"toolbarMenu", app.layout.toolbar_menu},
                                        {"legendFolded", app.layout.legend_folded},
                                        {"sheetGrip", Json::array({grip.x, grip.y, grip.width, grip.height})}});
        state["selectedLabel"] = nullptr;
        if (app.loaded && app.selected >= 0)
            for (const atlas::StateLabel& label : atlas::state_labels(app.atlas, app.holders, app.date))
                if (label.state == app.selected) {
                    double x = 0, y = 0;
                    atlas::map_to_screen(app.camera, app.viewport, label.anchor, x, y);
                    state["selectedLabel"] = Json::object({{"x", x}, {"y", y}});
                }
        state["viewport"] = Json::object(
            {{"width", app.viewport.width}, {"height", app.viewport.height}, {"pixelRatio", app.pixel_ratio}});
    }
    return atlas::give(state.dump());
}

// What the panels show, as data: the page's accessible copy of them (web/a11y.js) is built from it.
// states: those holding land on the map that day, with their label's map point (km) and the state
// each arrow key leads to from it (core/overlays' state_toward, as Shift+arrows on the map).
EMSCRIPTEN_KEEPALIVE const char* atlas_describe_json() {
    if (!bound_app || !bound_app->loaded) return atlas::give("{}");
    const atlas::App& app = *bound_app;
    Json states = Json::array();
    const std::vector<atlas::StateLabel> labels = atlas::state_labels(app.atlas, app.holders, app.date);
    const auto id_toward = [&](int from, atlas::Direction direction) {
        const int to = atlas::state_toward(labels, from, direction);
        return to >= 0 ? Json(app.atlas.states.states[std::size_t(to)].id) : Json();
    };
    for (const atlas::StateLabel& label : labels)
        states.push_back(
            Json::object({{"id", app.atlas.states.states[std::size_t(label.state)].id},
                          {"name", label.name},
                          {"x", label.anchor.x},
                          {"y", label.anchor.y},
                          {"toward", Json::object({{"west", id_toward(label.state, atlas::Direction::west)},
                                                   {"east", id_toward(label.state, atlas::Direction::east)},
                                                   {"north", id_toward(label.state, atlas::Direction::north)},
                                                   {"south", id_toward(label.state, atlas::Direction::south)}})}}));
    const Json out = Json::object({{"date", atlas::format_date(app.date)},
                                   {"dateText", atlas::display_date(app.date)},
                                   {"playing", app.playing},
                                   {"layer", app.layer == atlas::Layer::political ? "political" : "relations"},
                                   {"uiScale", app.ui_scale},
                                   {"reducedMotion", app.reduced_motion},
                                   {"lessonAvailable", app.tours_loaded && !app.tours.tours.empty()},
                                   {"states", states},
                                   {"details", atlas::details_json(app)},
                                   {"tour", atlas::tour_json(app)},
                                   {"legend", atlas::legend_json(app)}});
    return atlas::give(out.dump());
}

// The search box's hits for a query, as the toolbar lists them: [{kind, id, label}].
EMSCRIPTEN_KEEPALIVE const char* atlas_search_json(const char* text) {
    Json hits = Json::array();
    if (bound_app && bound_app->loaded) {
        const atlas::App& app = *bound_app;
        for (const atlas::SearchHit& hit : atlas::search(app.atlas, text ? text : "", app.date)) {
            const bool state = hit.kind == atlas::SearchHit::Kind::state;
            hits.push_back(Json::object({{"kind", state ? "state" : "event"},
                                         {"id", state ? app.atlas.states.states[std::size_t(hit.index)].id
                                                      : app.atlas.history.events[std::size_t(hit.index)].id},
                                         {"label", hit.label}}));
        }
    }
    return atlas::give(hits.dump());
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

// Opens an event's entry by id ("" closes it), as a click in the details panel or a search hit does:
// the timeline moves there, its parties are outlined and, unless the open state is one of them, the
// first party is opened. 1 when understood.
EMSCRIPTEN_KEEPALIVE int atlas_open_event(const char* text) {
    if (!bound_app || !bound_app->loaded) return 0;
    atlas::App& app = atlas::app_now(*bound_app);
    const std::string id = text ? text : "";
    if (id.empty()) {
        atlas::ui_open_event(app, -1);
        atlas::app_wake(app);
        return 1;
    }
    const auto& events = app.atlas.history.events;
    for (std::size_t e = 0; e < events.size(); ++e) {
        if (events[e].id != id) continue;
        const auto& parties = events[e].parties;
        if (!parties.empty() && std::find(parties.begin(), parties.end(), app.selected) == parties.end())
            atlas::app_select(app, parties.front());
        atlas::ui_open_event(app, int(e), true);
        atlas::app_wake(app);
        return 1;
    }
    return 0;
}

// The lesson: "start", "next", "previous", "answer" (reveals the step's answer), "leave". 1 when done.
EMSCRIPTEN_KEEPALIVE int atlas_lesson(const char* text) {
    if (!bound_app || !bound_app->loaded) return 0;
    atlas::App& app = atlas::app_now(*bound_app);
    const std::string action = text ? text : "";
    if (action == "start") {
        atlas::app_start_tour(app, 0, 0);
    } else if (!app.tour_active) {
        return 0;
    } else if (action == "next" || action == "previous") {
        const int step = app.tour_step + (action == "next" ? 1 : -1);
        const int count = int(app.tours.tours[std::size_t(app.tour)].steps.size());
        if (step < 0 || step >= count) return 0;
        atlas::app_tour_go(app, step);
    } else if (action == "answer") {
        app.tour_answer_shown = true;
    } else if (action == "leave") {
        atlas::app_leave_tour(app);
    } else {
        return 0;
    }
    atlas::app_wake(app);
    return app.tour_active || action == "leave" ? 1 : 0;
}

// The toolbar's views: "europe", "east_asia", "all".
EMSCRIPTEN_KEEPALIVE int atlas_set_view(const char* text) {
    if (!bound_app || !bound_app->loaded) return 0;
    atlas::App& app = atlas::app_now(*bound_app);
    const std::string value = text ? text : "";
    const atlas::CameraPreset preset = value == "europe"      ? atlas::CameraPreset::europe
                                       : value == "east_asia" ? atlas::CameraPreset::east_asia
                                                              : atlas::CameraPreset::all;
    if (value != "europe" && value != "east_asia" && value != "all") return 0;
    atlas::app_fly_to(app, atlas::camera_fit_open(atlas::camera_preset(preset, app.atlas.map.bbox), app.viewport,
                                                  atlas::ui_insets(app)));
    return 1;
}

// The text size, "1", "1.5" or "2" as the toolbar offers.
EMSCRIPTEN_KEEPALIVE int atlas_set_ui_scale(const char* text) {
    const std::string value = text ? text : "";
    if (!bound_app || (value != "1" && value != "1.5" && value != "2")) return 0;
    atlas::app_set_ui_scale(*bound_app, std::stof(value));
    return 1;
}

// "1" plays month by month (from the start when at the end), "0" pauses.
EMSCRIPTEN_KEEPALIVE int atlas_play(const char* text) {
    const std::string value = text ? text : "";
    if (!bound_app || (value != "0" && value != "1")) return 0;
    atlas::App& app = *bound_app;
    app.playing = value == "1";
    if (app.playing && app.date >= atlas::kAtlasEnd) atlas::app_set_date(app, atlas::kAtlasStart);
    atlas::app_wake(app);
    return 1;
}

// The reader's prefers-reduced-motion: camera flights, date runs and colour fades become jumps.
// Ctrl+K or '/', passed on by the page inside the key's own handler: from that moment the keys typed
// are the search box's (the page's F for fullscreen asks wantText), even before the app's next frame.
EMSCRIPTEN_KEEPALIVE void atlas_focus_search(int by_slash) {
    if (!bound_app) return;
    bound_app->search_focus = true;
    bound_app->search_focus_by_slash = by_slash != 0;
    atlas::app_wake(*bound_app);
}

EMSCRIPTEN_KEEPALIVE void atlas_set_reduced_motion(int reduce) {
    if (!bound_app) return;
    // No frame is drawn for it: nothing on screen changes, only the next flight or fade (the page
    // passes the preference at start-up, and a woken app would draw frames after ready for nothing).
    bound_app->reduced_motion = reduce != 0;
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

// What the picture of the app's view is (view: "europe", "east_asia", "all" or "" for the screen's):
// {"date", "layer", "selected" (an id or null), "view": [min_x, min_y, max_x, max_y] in map km,
// "name" (the file's)}, or {"error"}. The page hands it to the picture's own module
// (src/web/picture_module.cpp, loaded on the first picture), which draws it.
EMSCRIPTEN_KEEPALIVE const char* atlas_picture_request(const char* view) {
    if (!bound_app) return atlas::give(R"({"error":"The atlas is not ready."})");
    const atlas::App& app = *bound_app;
    const auto request = atlas::app_picture_request(app, view ? view : "", atlas::kPictureWidth, atlas::kPictureHeight);
    if (!request.ok()) return atlas::give(Json::object({{"error", request.error}}).dump());
    const atlas::PictureRequest& r = *request.value;
    return atlas::give(
        Json::object(
            {{"date", atlas::format_date(r.date)},
             {"layer", r.layer == atlas::Layer::political ? "political" : "relations"},
             {"selected", r.selected >= 0 ? Json(app.atlas.states.states[std::size_t(r.selected)].id) : Json()},
             {"view", Json::array({r.view.min_x, r.view.min_y, r.view.max_x, r.view.max_y})},
             {"name", atlas::app_picture_name(app)}})
            .dump());
}

// What the printed handout says: the date and layer, the selected state's standing and events, the
// open event, the lesson step's question (web/page.js lays it out). Written by hand, json_quote for the
// strings.
EMSCRIPTEN_KEEPALIVE const char* atlas_handout_json() {
    if (!bound_app || !bound_app->loaded) return atlas::give("{}");
    const atlas::App& app = *bound_app;
    const atlas::History& history = app.atlas.history;
    const auto str = [](std::string_view v) { return atlas::json_quote(v); };  // quoted, escaped
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
