// The app without a window: its UI over the real data in headless ImGui frames, its setters as the
// page's API calls them, and the map's input as the platform layer passes it on.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "app/map_input.hpp"
#include "app/ui.hpp"
#include "core/date.hpp"
#include "headless.hpp"
#include "imgui.h"
#include "imgui_internal.h"

using namespace atlas;
using atlas::headless::HeadlessApp;

namespace {

Date day(const char* text) { return *parse_date(text); }

int state(const App& app, const char* id) { return find_state(app.atlas.states, id); }

// Whether the panel's window took part in the last frame.
bool shown(const char* window) {
    const ImGuiWindow* w = ImGui::FindWindowByName(window);
    return w && w->Active;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Point {
    double x = 0, y = 0;
};

// Where Berlin is on the screen now (CSS pixels).
Point berlin(const App& app) {
    Point p;
    map_to_screen(app.camera, app.viewport, project(LonLat{13.40, 52.52}), p.x, p.y);
    return p;
}

// Where Hamburg is on the screen now: 250 km from any capital, so outside the pick grid's cells
// that start-up builds for the labels.
Point hamburg(const App& app) {
    Point p;
    map_to_screen(app.camera, app.viewport, project(LonLat{9.99, 53.55}), p.x, p.y);
    return p;
}

}  // namespace

TEST_CASE("the app loads the real data and draws its first frame with the title, the date and no details panel") {
    HeadlessApp h;
    const App& app = h.app();
    REQUIRE(app.loaded);
    CHECK(app.tours_loaded);
    CHECK(atlas::headless::reported_errors.empty());
    const std::string text = h.frame();
    CHECK(contains(text, "SOVIET FOREIGN POLICY"));
    CHECK(contains(text, display_date(app.date)));
    CHECK(contains(text, "Start the lesson"));
    CHECK(shown("##title"));
    CHECK(shown("##timeline"));
    CHECK_FALSE(shown("##details"));
    CHECK(shown("##legend"));  // political layer: what a colour means, with the rule for occupations
    CHECK(contains(text, "Who held the land"));
}

TEST_CASE("on each date the details panel shows the state's name and its standing with Moscow on that date") {
    HeadlessApp h;
    App& app = h.app();
    app_select(app, state(app, "germany"));
    app_set_date(app, day("1920-06-01"));
    std::string text = h.frame();
    CHECK(shown("##details"));
    CHECK(contains(text, "1 June 1920"));
    CHECK(contains(text, "Germany"));
    CHECK(contains(text, "Relations broken off"));
    CHECK_FALSE(contains(text, "Recognised (diplomatic relations)"));

    app_set_date(app, day("1922-04-16"));
    text = h.frame();
    CHECK(contains(text, "16 April 1922"));
    CHECK(contains(text, "Recognised (diplomatic relations)"));
    CHECK(contains(text, "Treaty of Rapallo"));

    app_select(app, state(app, "uk"));
    app_set_date(app, day("1924-03-01"));
    text = h.frame();
    CHECK(contains(text, "Recognised (diplomatic relations)"));
    app_set_date(app, day("1927-06-01"));
    text = h.frame();
    CHECK(contains(text, "1 June 1927"));
    CHECK(contains(text, "Relations broken off"));
    // The page's panelText() is the same panel's text.
    CHECK(contains(details_text(app), "Standing with Moscow: Relations broken off"));
}

TEST_CASE(
    "each layer shows its own legend: the standings on the relations layer, what a colour means on the political one") {
    HeadlessApp h;
    App& app = h.app();
    app_set_layer(app, Layer::relations);
    std::string text = h.frame();
    CHECK(shown("##legend"));
    CHECK(contains(text, "At war"));
    CHECK_FALSE(contains(text, "Who held the land"));
    app_set_layer(app, Layer::political);
    text = h.frame();
    CHECK(shown("##legend"));
    CHECK(contains(text, "Who held the land"));
    CHECK_FALSE(contains(text, "At war"));
}

TEST_CASE("a link sets the date, layer and selection, and a part not understood becomes a notice on the title card") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();  // the app's clock starts
    app_apply_link(app, "date=1922-04-16&layer=relations&select=germany");
    CHECK(app.date == day("1922-04-16"));
    CHECK(app.layer == Layer::relations);
    CHECK(app.selected == state(app, "germany"));
    CHECK(contains(app_link(app), "date=1922-04-16"));
    CHECK(contains(app_link(app), "select=germany"));
    app_apply_link(app, "date=banana");
    REQUIRE(app.notices.size() == 1);
    CHECK(app.date == day("1922-04-16"));  // unchanged
    const std::string text = h.frame();
    CHECK(contains(text, app.notices.front()));
}

TEST_CASE("a click on the map selects the state under it, and Esc closes its panel") {
    HeadlessApp h;
    App& app = h.app();
    app_set_date(app, day("1922-04-16"));
    h.frame();
    REQUIRE_FALSE(app.atlas.grid.whole);  // a click this soon after the first frame builds the pick grid
    const auto [x, y] = hamburg(app);
    input_move(app, x, y, false);
    CHECK(app.hover_state == state(app, "germany"));
    input_press(app, x, y);
    input_release(app, x + 2, y + 1);  // within the click's slop
    CHECK(app.selected == state(app, "germany"));
    CHECK(shown("##details") == false);  // not drawn until the next frame
    std::string text = h.frame();
    CHECK(shown("##details"));
    CHECK(contains(text, "Germany"));
    h.key(ImGuiKey_Escape);
    text = h.frame();
    CHECK(app.selected == -1);
    CHECK_FALSE(shown("##details"));
    CHECK_FALSE(contains(text, "Standing with Moscow"));
}

TEST_CASE("the whole pick grid is built 0.3 s after the first frame, in a frame that draws nothing") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();
    CHECK_FALSE(app.atlas.grid.whole);  // the labels' cells at the capitals only
    while (atlas::headless::now + 1.0 / 60 < app.load_rest_at) {
        atlas::headless::now += 1.0 / 60;
        app_frame(app);
    }
    CHECK_FALSE(app.atlas.grid.whole);
    REQUIRE(app.redraw_frames == 0);  // idle by now
    const std::uint64_t frames = app.frame;
    atlas::headless::now += 1.0 / 60;
    app_frame(app);
    CHECK(app.atlas.grid.whole);
    CHECK(app.load_rest_at < 0);
    CHECK(app.frame == frames);  // nothing drawn for it
}

TEST_CASE("a drag pans the map with the pointer and selects nothing") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();
    const auto [x, y] = berlin(app);
    input_press(app, x, y);
    input_move(app, x + 40, y + 30, false);
    input_move(app, x + 100, y - 20, false);
    input_release(app, x + 100, y - 20);
    CHECK(berlin(app).x == doctest::Approx(x + 100));
    CHECK(berlin(app).y == doctest::Approx(y - 20));
    CHECK(app.selected == -1);
}

TEST_CASE("the wheel zooms about the pointer by the amount scrolled; a sideways scroll does not zoom") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();
    const auto [x, y] = berlin(app);
    const double zoom = app.camera.pixels_per_km;
    input_wheel(app, x, y, 1);
    CHECK(app.camera.pixels_per_km == doctest::Approx(zoom * 1.25));
    CHECK(berlin(app).x == doctest::Approx(x));  // the place under the pointer stays there
    CHECK(berlin(app).y == doctest::Approx(y));
    input_wheel(app, x, y, -1);
    CHECK(app.camera.pixels_per_km == doctest::Approx(zoom));
    // A touchpad: ten events of 10 CSS pixels zoom as one notch, not 1.25^10.
    for (int i = 0; i < 10; ++i) input_wheel(app, x, y, 0.1);
    CHECK(app.camera.pixels_per_km == doctest::Approx(zoom * 1.25));
    CHECK(berlin(app).x == doctest::Approx(x));
    input_wheel(app, x, y, 0);  // deltaX only
    CHECK(app.camera.pixels_per_km == doctest::Approx(zoom * 1.25));
    input_wheel(app, x, y, -1.2);  // a notch of Chrome on Linux (120 pixels)
    CHECK(app.camera.pixels_per_km < zoom);
}

TEST_CASE("two fingers pinch: the map zooms by their spread about their midpoint, and their mouse events are no drag") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();
    const double zoom = app.camera.pixels_per_km;
    const MapPoint under = screen_to_map(app.camera, app.viewport, 600, 400);
    input_finger(app, FingerAction::down, 7, 550, 400);
    input_press(app, 550, 400);  // the browser's mouse event for the first finger
    CHECK_FALSE(input_pinching(app));
    input_finger(app, FingerAction::down, 9, 650, 400);
    CHECK(input_pinching(app));
    CHECK_FALSE(app.dragging);  // the first finger's drag became the pinch
    input_finger(app, FingerAction::move, 7, 500, 400);
    input_finger(app, FingerAction::move, 9, 700, 400);  // 100 -> 200 px apart, midpoint still at 600
    CHECK(app.camera.pixels_per_km == doctest::Approx(zoom * 2).epsilon(0.01));
    double x = 0, y = 0;
    map_to_screen(app.camera, app.viewport, under, x, y);
    CHECK(x == doctest::Approx(600).epsilon(0.001));
    CHECK(y == doctest::Approx(400).epsilon(0.001));
    input_finger(app, FingerAction::up, 7, 500, 400);
    input_finger(app, FingerAction::up, 9, 700, 400);
    CHECK_FALSE(input_pinching(app));
    CHECK(app.selected == -1);
}

// A label's halo is one quad a glyph, grown by the halo's reach, over the font atlas dilated by that
// reach (ui_map_overlay's draw_glyph_halo, frame.cpp's update_fonts): the grown quad, with a texel
// for the filtering, must not reach a neighbouring glyph's dilated halo, or a sliver of it shows as a
// light seam beside the letter.
TEST_CASE("no label's halo quad reaches into a neighbouring glyph's halo in the font atlas") {
    HeadlessApp h;
    App& app = h.app();
    h.frame();
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const int reach_x = 2 * app.fonts.halo, reach_y = app.fonts.halo;  // texels: glyphs are oversampled 2x across
    struct Rect {
        int x0, y0, x1, y1;
    };
    std::vector<Rect> glyphs;
    for (const ImFont* font : atlas.Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible)
                glyphs.push_back({int(std::lround(g.U0 * atlas.TexWidth)), int(std::lround(g.V0 * atlas.TexHeight)),
                                  int(std::lround(g.U1 * atlas.TexWidth)), int(std::lround(g.V1 * atlas.TexHeight))});
    REQUIRE(glyphs.size() > 500);
    int reaching = 0;
    for (std::size_t a = 0; a < glyphs.size(); ++a)
        for (std::size_t b = 0; b < glyphs.size(); ++b) {
            const Rect& q = glyphs[a];  // the quad, grown by the reach and a texel
            const Rect& d = glyphs[b];  // the neighbour's dilated halo, grown by the reach
            if (a == b) continue;
            const bool apart_x = q.x1 + reach_x + 1 <= d.x0 - reach_x || d.x1 + reach_x <= q.x0 - reach_x - 1;
            const bool apart_y = q.y1 + reach_y + 1 <= d.y0 - reach_y || d.y1 + reach_y <= q.y0 - reach_y - 1;
            if (!apart_x && !apart_y) ++reaching;
        }
    CHECK(reaching == 0);
}

TEST_CASE("the lesson opens at its first step and the Right key moves to the next") {
    HeadlessApp h;
    App& app = h.app();
    REQUIRE(app.tours_loaded);
    const int steps = int(app.tours.tours.front().steps.size());
    app_start_tour(app, 0, 0);
    std::string text = h.frame();
    CHECK(shown("##tour"));
    CHECK(contains(text, "LESSON 1 / " + std::to_string(steps)));
    CHECK(contains(text, app.tours.tours.front().steps[0].title));
    h.key(ImGuiKey_RightArrow);
    text = h.frame();
    CHECK(app.tour_step == 1);
    CHECK(contains(text, "LESSON 2 / " + std::to_string(steps)));
    h.key(ImGuiKey_Escape);
    h.frame();
    CHECK_FALSE(app.tour_active);
}
