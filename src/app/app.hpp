// App: the one state struct of the atlas app (data, time, selection, view, GPU objects, UI flags).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/gfx.hpp"
#include "core/atlas.hpp"
#include "core/camera.hpp"
#include "core/layout.hpp"
#include "core/palette.hpp"
#include "core/tour.hpp"

struct SDL_Window;
typedef void* SDL_GLContext;
struct ImFont;

namespace atlas {

// A rectangle on the screen, CSS pixels from the canvas' top-left.
struct UiRect {
    float x = 0, y = 0, width = 0, height = 0;
    float right() const { return x + width; }
    float bottom() const { return y + height; }
};

struct TouchState {
    bool down[2] = {false, false};
    long long id[2] = {0, 0};
    double x[2] = {0, 0}, y[2] = {0, 0};  // CSS pixels
    bool pinching = false;
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* date = nullptr;
    ImFont* small = nullptr;
    ImFont* lesson = nullptr;   // the lesson panel's larger body text; none until a lesson starts
    bool all_glyphs = false;    // the lesson font and every letter one can type (ui_style: rasterise_fonts)
    float built_for_scale = 0;  // UI scale x pixel ratio the atlas was rasterised at
    bool uploaded = false;      // the atlas as rasterised is on the GPU (start-up rasterises first)
    int halo = 1;               // the labels' halo, in atlas pixels down (twice that across)
    // A disc rasterised into the font atlas: small dots drawn as one quad (ui_disc) rather than
    // ImGui's circles of ~30 triangles each (a software renderer pays per triangle).
    int disc_rect = -1;     // ImGui custom rect
    float disc_radius = 1;  // the disc's radius in atlas pixels
};

struct App {
    // Data
    Atlas atlas;
    bool loaded = false;
    std::string load_error;              // shown on the page and in the UI when the data is unusable
    std::set<char32_t> data_characters;  // beyond ASCII, in the data files: the fonts need their glyphs

    // Time and what the map shows
    Date date = kAtlasStart;
    Layer layer = Layer::political;
    int selected = -1;         // state index or -1
    std::vector<int> holders;  // region -> holder on `date`
    bool colors_dirty = true;
    int highlight_event = -1;     // its parties are outlined
    Date date_from, date_to;      // a date animation (lesson steps) runs from date_from to date_to
    double date_move_start = -1;  // seconds; -1 when no date animation runs
    int open_event = -1;          // the entry opened in the details panel
    // Opened from outside the panel (the page): the panel scrolls it into view.
    bool scroll_to_open_event = false;
    bool playing = false;
    double play_months_per_second = 2;
    double last_play_step = 0;
    double fade_start = -1;  // seconds; colour cross-fade in progress when >= 0

    // View
    Camera camera, camera_from, camera_to;
    double camera_move_start = -1;
    Viewport viewport;
    float pixel_ratio = 1;
    float ui_scale = 1;
    bool reduced_motion = false;  // the reader asked for no motion: camera and date jump, colours do not fade
    UiRect title_card;            // where the panels are, as drawn last frame
    UiRect fullscreen_button;     // the page requests fullscreen on a click there
    // The layout (core/layout.hpp): the panels' sizes as measured last frame, what the user folded
    // or dragged, and this frame's rectangles.
    LayoutInput layout_sizes;
    Layout layout;
    int legend_choice = -1;         // -1: the screen decides (legend_open_by_default), else 0 folded / 1 open
    float sheet_fraction = 0.5f;    // how far the bottom sheet is pulled up (0.5 half, 1 full)
    UiRect sheet_grip;              // where the sheet is dragged from, as drawn last
    bool menu_open = false;         // the toolbar's menu on a narrow screen
    int details_scrolled_for = -1;  // the state whose event list was scrolled to the date
    // Every ImGui window as drawn last frame (name, rectangle): a press inside one is the UI's, not
    // the map's, whatever the pointer did before it; the page's tests read them too.
    std::vector<std::pair<std::string, UiRect>> ui_windows;
    std::vector<std::string> clipped_windows;          // of those (and their children), laid out wider than they are
    std::vector<UiRect> tooltips;                      // the tooltips drawn last frame (they take no input)
    std::vector<UiRect> year_labels;                   // the timeline's year labels as drawn
    std::vector<UiRect> map_labels;                    // the states' labels on the map as drawn
    std::vector<std::pair<int, UiRect>> details_rows;  // the details panel's event entries in view (event, where)
    bool search_open = false, search_focus = false;
    bool search_focus_pending = false;   // the focus was asked for and the box is not active yet
    bool search_focus_by_slash = false;  // asked for with '/': that key's own character is not the search's
    bool escape_handled = false;         // this frame's Esc already closed something
    char search_text[128] = {};
    std::vector<std::string> notices;  // shown briefly (e.g. parts of a link that were not understood)
    double notice_until = 0;
    bool dragging = false, drag_moved = false;
    double drag_x = 0, drag_y = 0, press_x = 0, press_y = 0;
    double hover_x = 0, hover_y = 0;
    int hover_state = -1;
    TouchState touch;

    // Lesson mode
    Tours tours;
    bool tours_loaded = false;
    std::string tour_error;
    bool tour_active = false, tour_answer_shown = false;
    int tour = 0, tour_step = 0;
    std::vector<int> tour_states;  // highlighted by the current step

    // Frame bookkeeping
    double now = 0;
    double last_input = 0;  // seconds; when the last input event arrived
    std::uint64_t frame = 0;
    int redraw_frames = 3;  // frames still to draw; input, loads and animation reset it
    double wake_at = -1;    // seconds; a frame is due then (a tooltip's time is up), -1: none
    bool first_frame_reported = false;
    double load_rest_at = -1;  // seconds; when app_load_rest builds what the first frame did without, -1: done
    bool quit = false;

    // Platform and GPU
    SDL_Window* window = nullptr;
    SDL_GLContext gl_context = nullptr;
    GfxState gfx = gfx_create();  // the graphics layer's own state (gfx.hpp)
    Fonts fonts;
    std::vector<std::uint8_t> font_regular, font_bold;  // kept alive for ImGui's font atlas
};

void app_frame(App& app);  // frame.cpp: one frame, its steps in a fixed order

// app.cpp: the setters, and what time moves.
void app_advance_time(App& app);  // camera flights, date animations, play, fades; wakes the app as needed
float app_fade(const App& app);   // the colours' cross-fade, 0..1 (1: at rest)
void app_set_date(App& app, Date date);
void app_animate_date(App& app, Date date);  // runs the timeline there month by month in under a second
void app_set_layer(App& app, Layer layer);
void app_select(App& app, int state);
void app_highlight_event(App& app, int event);  // outlines the event's parties
void app_set_ui_scale(App& app, float scale);
void app_apply_link(App& app, std::string_view hash);    // app_link.cpp; what is not understood becomes a notice
std::string app_link(const App& app);                    // the current view as a URL hash
void app_start_tour(App& app, int tour, int step);       // ui_tour.cpp (0-based)
void app_tour_go(App& app, int step);                    // ui_tour.cpp: a step of the running tour (0-based)
void app_leave_tour(App& app);                           // ui_tour.cpp: the map stays where the step put it
void app_fly_to(App& app, const Camera& target);         // eased camera move, kept on the map
Layout app_layout(const App& app);                       // the panels' rectangles for the screen and what is open now
bool app_ui_covers(const App& app, double x, double y);  // a panel (as drawn last frame) is at the point
int app_state_at(App& app, double x, double y);          // the state holding the map under a point (CSS pixels), or -1
void app_wake(App& app, int frames = 3);
// app_load.cpp: with the GL context, the shaders and a warm-up frame (before any data; false when the
// shaders cannot be built); every file the app reads (a bad tour file only disables lesson mode);
// then the map to the GPU, and the camera on it.
bool app_start_graphics(App& app);
void app_load(App& app);
void app_upload_map(App& app);
// What the first frame does without, built after it (frame.cpp, once the GPU has had time to draw
// that frame) or at once by whatever needs it first: the whole pick grid (app_load builds only the
// cells the labels pick, at the capitals). Does nothing the second time.
void app_load_rest(App& app);

}  // namespace atlas
