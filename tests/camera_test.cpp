// Camera tests: screen <-> map maths, fitting (with panels over the map), zoom about a point,
// clamping, blending, the named views and the map box of a lon/lat box.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/camera.hpp"

using namespace atlas;

namespace {

struct Screen {
    double x = 0, y = 0;
};

Screen to_screen(const Camera& camera, const Viewport& viewport, MapPoint point) {
    Screen s;
    map_to_screen(camera, viewport, point, s.x, s.y);
    return s;
}

// A box in the Albers frame a bit like the atlas' own: wider than high, off the origin.
const MapBox kBox{-4200.0f, -2600.0f, 5800.0f, 3400.0f};

MapPoint corner(const MapBox& box, int i) {
    return MapPoint{(i & 1) ? double(box.max_x) : double(box.min_x), (i & 2) ? double(box.max_y) : double(box.min_y)};
}

MapPoint centre(const MapBox& box) {
    return MapPoint{(double(box.min_x) + box.max_x) * 0.5, (double(box.min_y) + box.max_y) * 0.5};
}

bool box_holds(const MapBox& box, MapPoint p, double slack_km) {
    return p.x >= box.min_x - slack_km && p.x <= box.max_x + slack_km && p.y >= box.min_y - slack_km &&
           p.y <= box.max_y + slack_km;
}

// How far outside the box the point lies (0 when inside).
double outside_by(const MapBox& box, MapPoint p) {
    return std::max({0.0, box.min_x - p.x, p.x - box.max_x, box.min_y - p.y, p.y - box.max_y});
}

}  // namespace

TEST_CASE("screen and map points convert back and forth without loss") {
    const Camera cameras[] = {{0, 0, 0.1}, {1234.5, -987.25, 0.037}, {-5000, 4000, 1.0}};
    const Viewport viewports[] = {{1280, 720}, {375, 812}, {1, 1}};
    for (const Camera& camera : cameras) {
        for (const Viewport& viewport : viewports) {
            for (const Screen s : {Screen{0, 0}, Screen{17.5, 301.25}, Screen{viewport.width, viewport.height}}) {
                const MapPoint p = screen_to_map(camera, viewport, s.x, s.y);
                const Screen back = to_screen(camera, viewport, p);
                CHECK(back.x == doctest::Approx(s.x).epsilon(1e-9));
                CHECK(back.y == doctest::Approx(s.y).epsilon(1e-9));
            }
            const MapPoint p{-321.0, 654.0};
            const Screen s = to_screen(camera, viewport, p);
            const MapPoint back = screen_to_map(camera, viewport, s.x, s.y);
            CHECK(back.x == doctest::Approx(p.x).epsilon(1e-9));
            CHECK(back.y == doctest::Approx(p.y).epsilon(1e-9));
        }
    }
}

TEST_CASE("the middle of the viewport shows the camera centre, with map y up and screen y down") {
    const Camera camera{500, -200, 0.25};
    const Viewport viewport{800, 600};
    const MapPoint middle = screen_to_map(camera, viewport, 400, 300);
    CHECK(middle.x == doctest::Approx(500));
    CHECK(middle.y == doctest::Approx(-200));
    // 100 px right and 100 px up on screen is 400 km east and 400 km north at 0.25 px/km.
    const MapPoint up_right = screen_to_map(camera, viewport, 500, 200);
    CHECK(up_right.x == doctest::Approx(900));
    CHECK(up_right.y == doctest::Approx(200));
}

TEST_CASE("a fitted camera centres the box and shows all of it inside the margin, touching it on one side") {
    const Viewport viewport{1280, 720};
    const double margin = 24;
    const Camera camera = camera_fit(kBox, viewport, margin);
    const MapPoint c = centre(kBox);
    CHECK(camera.center_x == doctest::Approx(c.x));
    CHECK(camera.center_y == doctest::Approx(c.y));
    double left = 1e30, right = -1e30, top = 1e30, bottom = -1e30;
    for (int i = 0; i < 4; ++i) {
        const Screen s = to_screen(camera, viewport, corner(kBox, i));
        left = std::min(left, s.x), right = std::max(right, s.x);
        top = std::min(top, s.y), bottom = std::max(bottom, s.y);
    }
    CHECK(left >= margin - 1e-6);
    CHECK(right <= viewport.width - margin + 1e-6);
    CHECK(top >= margin - 1e-6);
    CHECK(bottom <= viewport.height - margin + 1e-6);
    // Not needlessly far out: the box fills the margin-less space in one direction.
    const bool fills_width = std::fabs(right - left - (viewport.width - 2 * margin)) < 1e-6;
    const bool fills_height = std::fabs(bottom - top - (viewport.height - 2 * margin)) < 1e-6;
    CHECK((fills_width || fills_height));
}

TEST_CASE("a tall box fitted into a wide viewport is limited by the height") {
    const MapBox tall{0, 0, 1000, 4000};
    const Camera camera = camera_fit(tall, Viewport{1000, 500}, 0);
    CHECK(camera.pixels_per_km == doctest::Approx(500.0 / 4000.0));
}

TEST_CASE("a fit behind panels puts the box's centre in the middle of the open part and all of the box in it") {
    const Viewport viewport{1400, 900};
    const Insets cases[] = {{360, 0, 0, 0}, {0, 0, 420, 0}, {0, 80, 0, 0}, {0, 0, 0, 240}, {300, 60, 120, 200}};
    for (const Insets& insets : cases) {
        CAPTURE(insets.left);
        CAPTURE(insets.top);
        CAPTURE(insets.right);
        CAPTURE(insets.bottom);
        const Camera camera = camera_fit_open(kBox, viewport, insets);
        const double open_w = viewport.width - insets.left - insets.right;
        const double open_h = viewport.height - insets.top - insets.bottom;
        const Screen middle = to_screen(camera, viewport, centre(kBox));
        CHECK(middle.x == doctest::Approx(insets.left + open_w * 0.5));
        CHECK(middle.y == doctest::Approx(insets.top + open_h * 0.5));
        for (int i = 0; i < 4; ++i) {
            const Screen s = to_screen(camera, viewport, corner(kBox, i));
            CHECK(s.x >= insets.left - 1e-6);
            CHECK(s.x <= viewport.width - insets.right + 1e-6);
            CHECK(s.y >= insets.top - 1e-6);
            CHECK(s.y <= viewport.height - insets.bottom + 1e-6);
        }
    }
}

TEST_CASE("a fit with no panels is the plain fit") {
    const Viewport viewport{1024, 768};
    const Camera open = camera_fit_open(kBox, viewport, Insets{});
    const Camera plain = camera_fit(kBox, viewport, 0);
    CHECK(open.center_x == doctest::Approx(plain.center_x));
    CHECK(open.center_y == doctest::Approx(plain.center_y));
    CHECK(open.pixels_per_km == doctest::Approx(plain.pixels_per_km));
}

TEST_CASE("panels covering the whole viewport still give a finite camera") {
    const Camera camera = camera_fit_open(kBox, Viewport{800, 600}, Insets{500, 400, 500, 400});
    CHECK(std::isfinite(camera.center_x));
    CHECK(std::isfinite(camera.center_y));
    CHECK(std::isfinite(camera.pixels_per_km));
    CHECK(camera.pixels_per_km > 0);
}

TEST_CASE("keeping a point open moves a point under a panel just inside the open part, without zooming") {
    const Viewport viewport{390, 844};
    const Insets open{0, 180, 0, 420};  // a title card above, a sheet and the timeline below
    const Camera camera{1000, 500, 0.05};
    // A point under the sheet, left of the middle: it comes up to the sheet's edge less the margin
    // and keeps its x.
    const MapPoint under = screen_to_map(camera, viewport, 120, 700);
    const Camera moved = camera_keeping_open(camera, viewport, open, under);
    CHECK(moved.pixels_per_km == camera.pixels_per_km);
    const Screen s = to_screen(moved, viewport, under);
    const double open_h = viewport.height - open.top - open.bottom;
    CHECK(s.x == doctest::Approx(120));
    CHECK(s.y == doctest::Approx(viewport.height - open.bottom - std::min(60.0, open_h / 8)));
    // Off the screen to the upper left: it comes in on both axes.
    const MapPoint away = screen_to_map(camera, viewport, -300, -50);
    const Screen t = to_screen(camera_keeping_open(camera, viewport, open, away), viewport, away);
    CHECK(t.x == doctest::Approx(std::min(60.0, viewport.width / 8)));
    CHECK(t.y == doctest::Approx(open.top + std::min(60.0, open_h / 8)));
}

TEST_CASE("keeping a point open leaves the camera alone when the point is in the open part already") {
    const Viewport viewport{1366, 768};
    const Insets open{0, 100, 400, 110};
    const Camera camera{-200, 300, 0.2};
    const MapPoint point = screen_to_map(camera, viewport, 500, 400);
    const Camera same = camera_keeping_open(camera, viewport, open, point);
    CHECK(same.center_x == camera.center_x);
    CHECK(same.center_y == camera.center_y);
    CHECK(same.pixels_per_km == camera.pixels_per_km);
}

TEST_CASE("keeping a point open with no open part left puts it at the open part's near edge, finite") {
    const Viewport viewport{400, 300};
    const Insets open{250, 200, 250, 200};  // the panels overlap: nothing is open
    const Camera camera{0, 0, 0.1};
    const Camera moved = camera_keeping_open(camera, viewport, open, MapPoint{5000, -3000});
    CHECK(std::isfinite(moved.center_x));
    CHECK(std::isfinite(moved.center_y));
}

TEST_CASE("zooming about a screen point keeps the map point under it fixed") {
    const Viewport viewport{1200, 800};
    const Camera camera{300, -150, 0.08};
    for (const Screen s : {Screen{600, 400}, Screen{0, 0}, Screen{1150, 30}, Screen{77, 790}}) {
        for (double factor : {2.0, 0.5, 1.1, 1 / 1.1, 10.0}) {
            const MapPoint before = screen_to_map(camera, viewport, s.x, s.y);
            const Camera zoomed = camera_zoom_at(camera, viewport, s.x, s.y, factor);
            CHECK(zoomed.pixels_per_km == doctest::Approx(camera.pixels_per_km * factor));
            const MapPoint after = screen_to_map(zoomed, viewport, s.x, s.y);
            CHECK(after.x == doctest::Approx(before.x).epsilon(1e-9));
            CHECK(after.y == doctest::Approx(before.y).epsilon(1e-9));
        }
    }
}

TEST_CASE("zooming in about a point off-centre moves the centre towards that point") {
    const Viewport viewport{1000, 1000};
    const Camera camera{0, 0, 0.1};
    const MapPoint anchor = screen_to_map(camera, viewport, 900, 100);  // up and right
    const Camera zoomed = camera_zoom_at(camera, viewport, 900, 100, 2);
    CHECK(zoomed.center_x > 0);
    CHECK(zoomed.center_y > 0);
    CHECK(zoomed.center_x < anchor.x);
    CHECK(zoomed.center_y < anchor.y);
}

TEST_CASE("clamping leaves a camera that is already on the map alone") {
    const Viewport viewport{1280, 720};
    const Camera fitted = camera_fit(kBox, viewport, 0);
    const Camera inside{1000, 500, fitted.pixels_per_km * 3};
    const Camera clamped = camera_clamp(inside, kBox, viewport);
    CHECK(clamped.center_x == doctest::Approx(1000));
    CHECK(clamped.center_y == doctest::Approx(500));
    CHECK(clamped.pixels_per_km == doctest::Approx(inside.pixels_per_km));
}

TEST_CASE("clamping limits the zoom to filling the screen with the box out and one pixel a km in") {
    const Viewport viewport{1280, 720};
    const double bw = kBox.max_x - kBox.min_x, bh = kBox.max_y - kBox.min_y;
    const double fill = std::max(1280 / bw, 720 / bh);  // the box covers the whole screen, no band beside it
    CHECK(camera_clamp(Camera{0, 0, 50.0}, kBox, viewport).pixels_per_km == doctest::Approx(1.0));
    CHECK(camera_clamp(Camera{0, 0, 1e-9}, kBox, viewport).pixels_per_km == doctest::Approx(fill));
    CHECK(camera_clamp(Camera{0, 0, -3}, kBox, viewport).pixels_per_km == doctest::Approx(fill));
    CHECK(camera_clamp(Camera{0, 0, 0}, kBox, viewport).pixels_per_km == doctest::Approx(fill));
}

TEST_CASE("clamping keeps the box's edge off the screen wherever the camera is panned") {
    const Viewport viewport{1280, 720};
    const double fill = std::max(1280.0 / (kBox.max_x - kBox.min_x), 720.0 / (kBox.max_y - kBox.min_y));
    for (const MapPoint far :
         {MapPoint{-1e6, 0}, MapPoint{1e6, 0}, MapPoint{0, -1e6}, MapPoint{0, 1e6}, MapPoint{1e6, 1e6}}) {
        const Camera clamped = camera_clamp(Camera{far.x, far.y, fill * 1.5}, kBox, viewport);
        const MapPoint top_left = screen_to_map(clamped, viewport, 0, 0);
        const MapPoint bottom_right = screen_to_map(clamped, viewport, 1280, 720);
        CHECK(top_left.x >= kBox.min_x - 1e-6);
        CHECK(top_left.y <= kBox.max_y + 1e-6);
        CHECK(bottom_right.x <= kBox.max_x + 1e-6);
        CHECK(bottom_right.y >= kBox.min_y - 1e-6);
    }
}

TEST_CASE("under a panel the map may end: the rest of the screen stays on the map") {
    const Viewport viewport{1280, 720};
    Insets panel;
    panel.right = 400;  // the details panel
    // Panned as far east as it goes: the box's east edge reaches the panel's left edge, not the screen's.
    const Camera east = camera_clamp(Camera{1e6, 0, 0.2}, kBox, viewport, panel);
    const MapPoint panel_edge = screen_to_map(east, viewport, 880, 360);
    CHECK(panel_edge.x == doctest::Approx(kBox.max_x));
    const Camera no_panel = camera_clamp(Camera{1e6, 0, 0.2}, kBox, viewport);
    CHECK(screen_to_map(no_panel, viewport, 1280, 360).x == doctest::Approx(kBox.max_x));
}

TEST_CASE("clamping a tiny box never asks for a zoom below its own lower bound") {
    // The whole box needs more than one pixel a km: the lower bound wins over the 1 px/km cap.
    const MapBox tiny{0, 0, 10, 10};
    const Viewport viewport{1000, 1000};
    const Camera clamped = camera_clamp(Camera{5, 5, 0.5}, tiny, viewport);
    CHECK(clamped.pixels_per_km == doctest::Approx(100));  // the box fills the screen
}

TEST_CASE("clamping pulls a centre off the map back until the screen's edge meets the box's") {
    const Viewport viewport{1280, 720};
    const double zoom = camera_fit(kBox, viewport, 0).pixels_per_km * 2;
    const double half_w = 640 / zoom, half_h = 360 / zoom;
    const Camera east = camera_clamp(Camera{1e6, 0, zoom}, kBox, viewport);
    CHECK(east.center_x == doctest::Approx(kBox.max_x - half_w));
    CHECK(east.center_y == doctest::Approx(0));
    const Camera south_west = camera_clamp(Camera{-1e6, -1e6, zoom}, kBox, viewport);
    CHECK(south_west.center_x == doctest::Approx(kBox.min_x + half_w));
    CHECK(south_west.center_y == doctest::Approx(kBox.min_y + half_h));
    const Camera north = camera_clamp(Camera{100, 7e5, zoom}, kBox, viewport);
    CHECK(north.center_x == doctest::Approx(100));
    CHECK(north.center_y == doctest::Approx(kBox.max_y - half_h));
}

TEST_CASE("clamping repairs a camera made of NaN and infinity") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const Viewport viewport{1280, 720};
    const double min_zoom = std::max(1280.0 / (kBox.max_x - kBox.min_x), 720.0 / (kBox.max_y - kBox.min_y));
    const MapPoint c = centre(kBox);
    for (const Camera& broken : {Camera{nan, nan, nan}, Camera{inf, -inf, inf}, Camera{nan, 0, -inf}}) {
        const Camera clamped = camera_clamp(broken, kBox, viewport);
        REQUIRE(std::isfinite(clamped.center_x));
        REQUIRE(std::isfinite(clamped.center_y));
        REQUIRE(std::isfinite(clamped.pixels_per_km));
        CHECK(clamped.pixels_per_km >= min_zoom * (1 - 1e-9));
        CHECK(clamped.pixels_per_km <= std::max(min_zoom, 1.0));
        CHECK(box_holds(kBox, MapPoint{clamped.center_x, clamped.center_y}, 1e-6));
    }
    const Camera all_nan = camera_clamp(Camera{nan, nan, nan}, kBox, viewport);
    CHECK(all_nan.center_x == doctest::Approx(c.x));
    CHECK(all_nan.center_y == doctest::Approx(c.y));
    CHECK(all_nan.pixels_per_km == doctest::Approx(min_zoom));
}

TEST_CASE("blending cameras starts at the first, ends at the second and zooms in log space") {
    const Camera a{-1000, 200, 0.01};
    const Camera b{3000, -600, 1.0};
    const Camera start = camera_lerp(a, b, 0);
    CHECK(start.center_x == doctest::Approx(a.center_x));
    CHECK(start.center_y == doctest::Approx(a.center_y));
    CHECK(start.pixels_per_km == doctest::Approx(a.pixels_per_km));
    const Camera end = camera_lerp(a, b, 1);
    CHECK(end.center_x == doctest::Approx(b.center_x));
    CHECK(end.center_y == doctest::Approx(b.center_y));
    CHECK(end.pixels_per_km == doctest::Approx(b.pixels_per_km));
    const Camera middle = camera_lerp(a, b, 0.5);
    CHECK(middle.center_x == doctest::Approx(1000));
    CHECK(middle.center_y == doctest::Approx(-200));
    CHECK(middle.pixels_per_km == doctest::Approx(0.1));  // geometric, not arithmetic (0.505), mean
    const Camera quarter = camera_lerp(a, b, 0.25);
    CHECK(quarter.pixels_per_km == doctest::Approx(std::pow(10.0, -1.5)));
}

TEST_CASE("blending outside 0..1 stays at the ends") {
    const Camera a{0, 0, 0.05};
    const Camera b{100, 100, 0.2};
    CHECK(camera_lerp(a, b, -2).center_x == doctest::Approx(0));
    CHECK(camera_lerp(a, b, -2).pixels_per_km == doctest::Approx(0.05));
    CHECK(camera_lerp(a, b, 7).center_y == doctest::Approx(100));
    CHECK(camera_lerp(a, b, 7).pixels_per_km == doctest::Approx(0.2));
}

TEST_CASE("the named views cover their cities and an unknown name is refused") {
    const MapBox frame{-5000, -4000, 7000, 5000};
    const MapBox europe = camera_preset(CameraPreset::europe, frame);
    const MapBox east_asia = camera_preset(CameraPreset::east_asia, frame);
    const MapBox all = camera_preset(CameraPreset::all, frame);
    const auto at = [](double lon, double lat) { return project(LonLat{lon, lat}); };
    CHECK(box_holds(europe, at(37.62, 55.75), 0));           // Moscow
    CHECK(box_holds(europe, at(-9.14, 38.72), 0));           // Lisbon
    CHECK(box_holds(europe, at(13.40, 52.52), 0));           // Berlin
    CHECK_FALSE(box_holds(europe, at(139.69, 35.69), 0));    // not Tokyo
    CHECK(box_holds(east_asia, at(139.69, 35.69), 0));       // Tokyo
    CHECK(box_holds(east_asia, at(116.40, 39.90), 0));       // Peking
    CHECK_FALSE(box_holds(east_asia, at(-0.13, 51.51), 0));  // not London
    // "all" is the lon/lat box cut to the frame.
    CHECK(all.min_x >= frame.min_x);
    CHECK(all.min_y >= frame.min_y);
    CHECK(all.max_x <= frame.max_x);
    CHECK(all.max_y <= frame.max_y);
    CHECK(all.max_x > all.min_x);
    CHECK(all.max_y > all.min_y);

    CHECK_FALSE(parse_preset("antarctica"));
    CHECK_FALSE(parse_preset(""));
    CHECK_FALSE(parse_preset("Europe"));
    CHECK(parse_preset("east_asia") == CameraPreset::east_asia);
}

TEST_CASE("the map box of a lon/lat box away from the central meridian holds every projected point of it") {
    struct GeoBox {
        double lon0, lat0, lon1, lat1;
    };
    for (const GeoBox g : {GeoBox{-10, 36, 42, 66}, GeoBox{75, 18, 145, 55}, GeoBox{20, 40, 55, 70}}) {
        CAPTURE(g.lon0);
        CAPTURE(g.lat0);
        const MapBox box = map_box_of(g.lon0, g.lat0, g.lon1, g.lat1);
        double worst = 0;
        for (int i = 0; i <= 64; ++i) {
            for (int j = 0; j <= 64; ++j) {
                const LonLat p{g.lon0 + (g.lon1 - g.lon0) * i / 64.0, g.lat0 + (g.lat1 - g.lat0) * j / 64.0};
                worst = std::max(worst, outside_by(box, project(p)));
            }
        }
        CHECK(worst < 0.01);  // km; floats of the box are good to a few metres
    }
}

TEST_CASE("the map box of a lon/lat box is no bigger than its projected points need") {
    const double lon0 = -10, lat0 = 36, lon1 = 42, lat1 = 66;
    const MapBox box = map_box_of(lon0, lat0, lon1, lat1);
    double min_x = 1e30, min_y = 1e30, max_x = -1e30, max_y = -1e30;
    for (int i = 0; i <= 256; ++i) {
        for (int j = 0; j <= 256; ++j) {
            const MapPoint p = project(LonLat{lon0 + (lon1 - lon0) * i / 256.0, lat0 + (lat1 - lat0) * j / 256.0});
            min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
        }
    }
    CHECK(box.min_x == doctest::Approx(min_x).epsilon(1e-5));
    CHECK(box.min_y == doctest::Approx(min_y).epsilon(1e-5));
    CHECK(box.max_x == doctest::Approx(max_x).epsilon(1e-5));
    CHECK(box.max_y == doctest::Approx(max_y).epsilon(1e-5));
}

// Regression (found by this test, fixed): map_box_of (src/core/camera.cpp, map_box_of) samples each edge at 17 points
// only. A parallel is an arc in the Albers projection whose lowest point is on the central meridian (60E); when the box
// spans 60E and 60E is not a sample, that point falls outside the box. For the "all" preset's box (-11,10)-(146,72) the
// samples nearest 60E are 57.69E and 67.50E, and the 10N parallel at 60E lies ~3.9 km below box.min_y.
TEST_CASE("the map box of a lon/lat box across the central meridian holds its lowest point") {
    const MapBox box = map_box_of(-11, 10, 146, 72);
    const MapPoint lowest = project(LonLat{albers::kLon0, 10});
    CHECK(outside_by(box, lowest) < 0.01);
}
