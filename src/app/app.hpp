// App: the one state struct of the atlas app (data, time, selection, view, GPU objects, UI flags).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/camera.hpp"
#include "core/damage.hpp"
#include "core/map_layer.hpp"
#include "core/map_motion.hpp"
#include "core/palette.hpp"
#include "core/tour.hpp"

struct SDL_Window;
typedef void* SDL_GLContext;
struct ImFont;

namespace atlas {

// A texture the map is drawn into (core/map_layer), and where it was drawn.
struct GfxLayer {
    unsigned texture = 0, framebuffer = 0;
    int texture_width = 0, texture_height = 0;
    LayerPlacement placement;  // width 0: nothing drawn yet
    bool emphasis = false;     // drawn with the emphasised regions outlined and the rest dimmed
};

// What the screen shows, as far as the next frame's damage needs to know (core/damage).
struct ScreenState {
    bool valid = false;  // false: nothing drawn yet
    int width = 0, height = 0;  // device pixels
    Camera camera;
    bool exact = true, direct = false, emphasis = false;  // see MapFrameOptions
    bool motion = false;  // the map is shown by the motion canvas; this one is clear over it
};

struct Gfx {
    bool initialised = false;  // gfx_init ran: there is a GL context to upload to
    unsigned fill_program = 0, line_program = 0, layer_program = 0, layer_vao = 0;
    unsigned fill_vao = 0, fill_vbo_pos = 0, fill_vbo_region = 0, fill_ibo = 0;
    unsigned line_vao = 0, line_vbo = 0, line_ibo = 0;
    unsigned colors_old = 0, colors_new = 0, holders_tex = 0;  // per-region tables
    unsigned ui_program = 0, ui_vao = 0, ui_vbo = 0, ui_ibo = 0, font_texture = 0;  // ImGui's draw lists
    unsigned font_halo_texture = 0;  // the font atlas dilated: the map labels' halo (core/dilate)
    int font_halo_x = 0, font_halo_y = 0;  // its reach in atlas pixels
    int ui_screen_uniform = -1;
    int index_count = 0, table_width = 256, table_height = 1;
    // Border segments of each level of detail, one after the other in line_ibo (core/arc_levels).
    std::vector<float> line_level_tolerance;  // km
    std::vector<int> line_level_first, line_level_count;  // in segments
    bool map_uploaded = false;
    // layers[current] has the map as it is now; the other, the map a cross-fade starts from.
    GfxLayer layers[2];
    int current = 0;
    bool layer_stale = true;  // colours or emphasis changed since layers[current] was drawn
    int max_texture_size = 4096;
    // The browser keeps the last frame; a frame draws again only where it differs (core/damage).
    ScreenState screen;
    std::vector<MapBox> region_boxes;                 // km
    std::vector<Rgba8> region_colors;                 // as last uploaded, a cell a region
    std::vector<std::uint16_t> region_holders;        // as last uploaded, (holder, emphasised) pairs
    std::vector<int> fading_regions;                  // changed colour since the map was last at rest
    bool fading_everywhere = false;                   // a fade over the whole screen is running
    std::vector<DrawnTriangle> ui_triangles;          // the UI on screen
    std::size_t ui_background = 0;                    // its first, background-list triangles
    long long drawn_pixels = 0;                       // drawn on screen since the start (tests, benchmark)
    std::uint32_t frames_drawn = 0;                   // frames that changed the screen (benchmark)
    // Kept for a second context (the motion canvas) to upload too; the versions count uploads.
    std::vector<std::uint8_t> font_pixels, font_halo_pixels;
    int font_width = 0, font_height = 0;
    std::uint32_t fonts_version = 0, colors_version = 0;
};

// The motion canvas (core/map_motion): a GL context of its own under the panels' canvas, with its
// own programs, map buffers, tables and font textures, and what it shows.
struct GfxMotion {
    int context = 0;     // 0 until first wanted
    bool failed = false;  // no second context here: the map moves through the main canvas as before
    Gfx gfx;
    LayerPlacement placement;  // what the canvas shows; width 0: nothing
    bool emphasis = false;
    std::uint32_t fonts_version = 0, colors_version = 0;  // the main Gfx's, as drawn here
    bool shown = false;
    MotionTransform transform;
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
    ImFont* lesson = nullptr;  // the lesson panel's larger body text
    float built_for_scale = 0;  // UI scale x pixel ratio the atlas was rasterised at
    bool uploaded = false;      // the atlas as rasterised is on the GPU (start-up rasterises first)
    int halo = 1;               // the labels' halo, in atlas pixels down (twice that across)
    // A disc rasterised into the font atlas: small dots drawn as one quad (ui_disc) rather than
    // ImGui's circles of ~30 triangles each (a software renderer pays per triangle).
    int disc_rect = -1;        // ImGui custom rect
    float disc_radius = 1;     // the disc's radius in atlas pixels
};

struct App {
    // Data
    Atlas atlas;
    bool loaded = false;
    std::string load_error;  // shown on the page and in the UI when the data is unusable
    std::set<char32_t> data_characters;  // beyond ASCII, in the data files: the fonts need their glyphs

    // Time and what the map shows
    Date date = kAtlasStart;
    Layer layer = Layer::political;
    int selected = -1;  // state index or -1
    std::vector<int> holders;  // region -> holder on `date`
    bool colors_dirty = true;
    int highlight_event = -1;  // its parties are outlined
    Date date_from, date_to;       // a date animation (lesson steps) runs from date_from to date_to
    double date_move_start = -1;   // seconds; -1 when no date animation runs
    int open_event = -1;       // the entry opened in the details panel
    bool playing = false;
    double play_months_per_second = 2;
    double last_play_step = 0;
    double fade_start = -1;  // seconds; colour cross-fade in progress when >= 0

    // View
    Camera camera, camera_from, camera_to;
    double camera_move_start = -1;
    Camera drawn_camera;             // of the last frame drawn
    double camera_changed_at = -1e9;  // seconds; the map is drawn exactly once the camera has rested
    double redraw_at = -1;           // seconds; a frame is drawn then (to draw exactly what was near)
    Viewport viewport;
    float pixel_ratio = 1;
    float ui_scale = 1;
    float toolbar_height = 0, title_bottom = 0;
    float title_rect[4] = {};  // x0, y0, x1, y1 of the title card (CSS pixels)
    float fullscreen_button[4] = {};  // x, y, w, h in CSS pixels (the page requests fullscreen on a click there)
    bool search_open = false, search_focus = false;
    bool escape_handled = false;  // this frame's Esc already closed something
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
    bool first_frame_reported = false;
    bool quit = false;

    // Platform and GPU
    SDL_Window* window = nullptr;
    SDL_GLContext gl_context = nullptr;
    Gfx gfx;
    GfxMotion motion;
    Fonts fonts;
    std::vector<std::uint8_t> font_regular, font_bold;  // kept alive for ImGui's font atlas
};

// Frame steps (main.cpp).
void app_frame(App& app);
void app_set_date(App& app, Date date);
void app_animate_date(App& app, Date date);  // runs the timeline there month by month in under a second
void app_set_layer(App& app, Layer layer);
void app_select(App& app, int state);
void app_highlight_event(App& app, int event);  // outlines the event's parties
void app_set_ui_scale(App& app, float scale);
void app_apply_link(App& app, std::string_view hash);  // app_link.cpp; what is not understood becomes a notice
std::string app_link(const App& app);                  // the current view as a URL hash
void app_start_tour(App& app, int tour, int step);     // ui_tour.cpp (0-based)
void app_load_tours(App& app);                         // ui_tour.cpp; a bad tour file disables lesson mode, with a notice
void app_wake(App& app, int frames = 3);
void app_load_data(App& app);

}  // namespace atlas
