// The frame: one function that lists the steps in a fixed order (input, time, fonts, UI, colours,
// draw, present), over the app's state (app.cpp), its UI (ui.cpp) and graphics (gfx.hpp).
#include <cstddef>
#include <vector>

#include "app/app.hpp"
#include "app/gfx.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/assert.hpp"
#include "core/palette.hpp"

namespace atlas {

namespace {

constexpr double kLoadRestDelaySeconds = 0.3;

// The selected state and the parties of the highlighted event stand out; the rest is dimmed.
std::vector<bool> emphasised_regions(const App& app) {
    std::vector<bool> states(app.atlas.states.states.size(), false);
    if (app.selected >= 0) states[std::size_t(app.selected)] = true;
    for (int s : app.tour_states) states[std::size_t(s)] = true;
    if (app.highlight_event >= 0)
        for (int p : app.atlas.history.events[std::size_t(app.highlight_event)].parties) states[std::size_t(p)] = true;
    std::vector<bool> regions(app.holders.size(), false);
    for (std::size_t r = 0; r < regions.size(); ++r)
        regions[r] = app.holders[r] >= 0 && states[std::size_t(app.holders[r])];
    return regions;
}

bool any_emphasis(const App& app) { return app.selected >= 0 || app.highlight_event >= 0 || !app.tour_states.empty(); }

// The fonts at this size, on the GPU before the UI draws with them (its draw lists name the texture).
void update_fonts(App& app) {
    ui_build_fonts(app);
    if (!app.fonts.uploaded) app.fonts.uploaded = gfx_upload_fonts(*app.gfx, 2 * app.fonts.halo, app.fonts.halo);
}

void update_colors(App& app) {
    if (!app.colors_dirty || !app.loaded) return;
    // A month in which nothing changed hands needs no fade (a play step then redraws only the date).
    // The first map is not faded in: there is nothing on screen to fade from.
    const bool fade = gfx_map_uploaded(*app.gfx) && app.first_frame_reported && !app.reduced_motion;
    if (gfx_update_colors(*app.gfx, region_fills(app.atlas, app.holders, app.date, app.layer), app.holders,
                          emphasised_regions(app), fade))
        app.fade_start = fade ? app.now : -1;
    app.colors_dirty = false;
}

void draw(App& app) {
    MapView view;
    view.geometry = &app.atlas.map;
    view.camera = app.camera;
    view.viewport = app.viewport;
    view.pixel_ratio = app.pixel_ratio;
    view.fade = app_fade(app);
    view.emphasis = any_emphasis(app);
    view.held = app.dragging && app.drag_moved;
    gfx_frame(*app.gfx, view, app.now, platform_keeps_last_frame());
}

}  // namespace

void app_frame(App& app) {
    platform_poll_events(app);  // input: ImGui first; the map gets what ImGui does not capture (map_input)
    if (app.quit) return;
    app_advance_time(app);
    if (app.load_rest_at >= 0 && app.now >= app.load_rest_at) app_load_rest(app);  // in a frame that draws nothing
    if (app.wake_at >= 0 && app.now >= app.wake_at) {  // something on screen has run out of time
        app.wake_at = -1;
        app_wake(app, 1);
    }
    if (app.redraw_frames <= 0) return;  // idle: draw nothing, the laptop stays cool
    --app.redraw_frames;
    update_fonts(app);
    // The UI before the colours: the frame draws only where the UI or the map changed, so it needs
    // both; and what the UI changes (a click, a key) is in this frame's colours and emphasis.
    // ImGui shows a window that sizes itself to its content from its second frame on (the first
    // measures it), and the panels are placed by the sizes measured a frame before: the first frame
    // lays the UI out three times, so the first picture on screen has every panel in its place.
    // (They came in the next two frames, and drawing those held up the first one's presentation.)
    // A pass asks for a frame more when it measures a panel at a new size: in the first frame the
    // next pass is that frame, so only the last pass's asking stands (the two frames after the first
    // drew nothing new and held up the frame that shows the map).
    const bool first = !app.first_frame_reported;
    for (int pass = first ? 0 : 2; pass < 3; ++pass) {
        if (first) app.redraw_frames = 0;
        ui_frame(app);
    }
    update_colors(app);
    draw(app);
    platform_present(app);
    ++app.frame;
    if (!app.first_frame_reported) {
        app.first_frame_reported = true;
        // The GPU draws the first frame in the next 0.2-0.3 s (SwiftShader, two cores): what can wait
        // is built after that, not while the browser's threads share the cores with it.
        app.load_rest_at = app.now + kLoadRestDelaySeconds;
        platform_first_frame_drawn(app);
    }
}

}  // namespace atlas
