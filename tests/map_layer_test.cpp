// Map layer decisions: its size and margin, what it covers, and when it is copied, scaled or redrawn.
#include <doctest/doctest.h>

#include <vector>

#include "core/map_layer.hpp"

using namespace atlas;

namespace {

constexpr double kMaxPixels = 8e6;
constexpr int kMaxSide = 8192;

Camera camera_at(double x, double y, double ppk) { return Camera{x, y, ppk}; }

// The camera moved by (dx, dy) CSS pixels on screen.
Camera panned(const Camera& c, double dx, double dy) {
    return Camera{c.center_x + dx / c.pixels_per_km, c.center_y + dy / c.pixels_per_km, c.pixels_per_km};
}

}  // namespace

TEST_CASE("drawn while moving, a laptop screen's layer has a quarter of it as margin each side; at rest none") {
    struct Case {
        float pixel_ratio;
        bool moving;
        int margin_x, margin_y, width, height;  // device pixels
    };
    for (const Case& c : {Case{1, true, 320, 180, 1920, 1080}, Case{2, false, 0, 0, 2560, 1440}}) {
        const LayerPlacement layer =
            place_layer(camera_at(100, 200, 0.2), Viewport{1280, 720}, c.pixel_ratio, c.moving, kMaxPixels, kMaxSide);
        CHECK(layer.margin_x == c.margin_x);
        CHECK(layer.margin_y == c.margin_y);
        CHECK(layer.width == c.width);
        CHECK(layer.height == c.height);
    }
}

TEST_CASE("large screens get less margin, and a 4K screen at 2x none") {
    const LayerPlacement hd2x = place_layer(camera_at(0, 0, 1), Viewport{1920, 1080}, 2, true, kMaxPixels, kMaxSide);
    CHECK(hd2x.margin_x == 0);
    CHECK(hd2x.width == 3840);
    const LayerPlacement phone = place_layer(camera_at(0, 0, 1), Viewport{390, 844}, 3, true, kMaxPixels, kMaxSide);
    CHECK(phone.margin_x > 0);
    CHECK(double(phone.width) * phone.height <= kMaxPixels);
    const LayerPlacement capped = place_layer(camera_at(0, 0, 1), Viewport{1280, 720}, 1, true, kMaxPixels, 1500);
    CHECK(capped.width <= 1500);
    CHECK(capped.width == 1280 + 2 * capped.margin_x);
}

TEST_CASE("the layer covers the screen's map box grown by the margin") {
    const Camera c = camera_at(1000, -500, 0.25);
    const Viewport v{1280, 720};
    const LayerPlacement layer = place_layer(c, v, 2, true, kMaxPixels, kMaxSide);
    const KmBox view = view_box(c, v), have = layer_box(layer);
    const double km_per_device_px = 1 / (0.25 * 2);
    CHECK(view.min_x == doctest::Approx(1000 - 640 / 0.25));
    CHECK(view.max_y == doctest::Approx(-500 + 360 / 0.25));
    CHECK(have.min_x == doctest::Approx(view.min_x - layer.margin_x * km_per_device_px));
    CHECK(have.max_x == doctest::Approx(view.max_x + layer.margin_x * km_per_device_px));
    CHECK(have.min_y == doctest::Approx(view.min_y - layer.margin_y * km_per_device_px));
    CHECK(have.max_y == doctest::Approx(view.max_y + layer.margin_y * km_per_device_px));
}

TEST_CASE("the camera the layer was drawn with copies it exactly, settled or not") {
    const Camera c = camera_at(10, 20, 0.3);
    const Viewport v{1280, 720};
    for (const bool margin : {true, false}) {
        const LayerPlacement layer = place_layer(c, v, 1, margin, kMaxPixels, kMaxSide);
        CHECK(layer_use(layer, c, v, 1, true) == LayerUse::exact);
        CHECK(layer_use(layer, c, v, 1, false) == LayerUse::exact);
    }
}

TEST_CASE("a pan by whole device pixels within the margin is exact; by a fraction, near until settled") {
    const Camera c = camera_at(10, 20, 0.3);
    const Viewport v{1280, 720};
    const LayerPlacement layer = place_layer(c, v, 2, true, kMaxPixels, kMaxSide);
    REQUIRE(layer.margin_x > 300);  // device pixels: 150 CSS pixels
    REQUIRE(layer.margin_y > 170);
    CHECK(layer_use(layer, panned(c, 150, -85), v, 2, true) == LayerUse::exact);
    CHECK(layer_use(layer, panned(c, 150.5, -85), v, 2, true) ==
          LayerUse::exact);  // half a CSS pixel is one device pixel
    CHECK(layer_use(layer, panned(c, 150.3, -85), v, 2, false) == LayerUse::scaled);
    CHECK(layer_use(layer, panned(c, 150.3, -85), v, 2, true) == LayerUse::redraw);
    CHECK(layer_use(layer, panned(c, layer.margin_x / 2.0 + 1, 0), v, 2, false) == LayerUse::redraw);  // beyond it
    CHECK(layer_use(layer, panned(c, 0, -layer.margin_y / 2.0 - 1), v, 2, false) == LayerUse::redraw);
}

TEST_CASE("a layer without margin is redrawn by any pan") {
    const Camera c = camera_at(10, 20, 0.3);
    const Viewport v{1280, 720};
    const LayerPlacement layer = place_layer(c, v, 1, false, kMaxPixels, kMaxSide);
    CHECK(layer_use(layer, panned(c, 1, 0), v, 1, false) == LayerUse::redraw);
    CHECK(layer_use(layer, panned(c, 0, -1), v, 1, false) == LayerUse::redraw);
}

TEST_CASE("zoom within 1.5x either way is near until settled; more redraws") {
    const Camera c = camera_at(10, 20, 0.3);
    const Viewport v{1280, 720};
    const LayerPlacement layer = place_layer(c, v, 1, true, kMaxPixels, kMaxSide);
    CHECK(layer_use(layer, camera_at(10, 20, 0.3 * 1.4), v, 1, false) == LayerUse::scaled);
    CHECK(layer_use(layer, camera_at(10, 20, 0.3 * 1.4), v, 1, true) == LayerUse::redraw);
    CHECK(layer_use(layer, camera_at(10, 20, 0.3 * 1.6), v, 1, false) == LayerUse::redraw);
    CHECK(layer_use(layer, camera_at(10, 20, 0.3 / 1.4), v, 1, false) == LayerUse::scaled);  // 1.4 x the screen < 1.5 x
    CHECK(layer_use(layer, camera_at(10, 20, 0.3 / 1.6), v, 1, false) == LayerUse::redraw);
    // Zoomed out 1.4x and panned: the wider view no longer fits in the margin.
    CHECK(layer_use(layer, panned(camera_at(10, 20, 0.3 / 1.4), 100, 0), v, 1, false) == LayerUse::redraw);
}

TEST_CASE("a new screen size or pixel ratio, or no layer yet, redraws") {
    const Camera c = camera_at(10, 20, 0.3);
    const LayerPlacement layer = place_layer(c, Viewport{1280, 720}, 1, true, kMaxPixels, kMaxSide);
    CHECK(layer_use(layer, c, Viewport{1280, 721}, 1, false) == LayerUse::redraw);
    CHECK(layer_use(layer, c, Viewport{1280, 720}, 2, false) == LayerUse::redraw);
    CHECK(layer_use(LayerPlacement{}, c, Viewport{1280, 720}, 1, false) == LayerUse::redraw);
}

TEST_CASE("laptop and full-HD screens go through a layer; 1920x1080 at a pixel ratio of 2 does not") {
    CHECK(layer_worthwhile(1280, 720));
    CHECK(layer_worthwhile(1920, 1080));
    CHECK_FALSE(layer_worthwhile(3840, 2160));
}

TEST_CASE("a motion layer has half the screen's density and serves, scaled, only while the camera moves") {
    const Camera c = camera_at(10, 20, 0.3);
    const Viewport v{1280, 720};
    const LayerPlacement motion = place_motion_layer(c, v, 2, kMaxPixels, kMaxSide);
    CHECK(motion.width - 2 * motion.margin_x == 1280);  // 2560 device pixels across the screen
    CHECK(motion.height - 2 * motion.margin_y == 720);
    // It covers at least what a layer at the screen's density covers (a quarter of the screen each
    // side at most; a layer at the screen's density gets less here, to stay under max_pixels).
    const KmBox have = layer_box(motion), full = layer_box(place_layer(c, v, 2, true, kMaxPixels, kMaxSide));
    CHECK(have.min_x <= full.min_x);
    CHECK(have.max_y >= full.max_y);
    CHECK(motion.margin_x == 1280 / 4);
    // Never exact, even at its own camera; once the camera rests, drawn again.
    CHECK(layer_use(motion, c, v, 2, false) == LayerUse::scaled);
    CHECK(layer_use(motion, c, v, 2, true) == LayerUse::redraw);
    CHECK(layer_use(motion, camera_at(10, 20, 0.3 * 1.4), v, 2, false) == LayerUse::scaled);
    CHECK(layer_use(motion, camera_at(10, 20, 0.3 * 1.6), v, 2, false) == LayerUse::redraw);
    CHECK(layer_use(motion, panned(c, 100, 0), v, 2, false) == LayerUse::scaled);
    CHECK(layer_use(motion, panned(c, 400, 0), v, 2, false) == LayerUse::redraw);  // beyond its margin
    // Drawn for another screen density: redrawn. A layer at rest of the same texels is no motion layer.
    CHECK(layer_use(motion, c, v, 1, false) == LayerUse::redraw);
    CHECK(layer_use(motion, c, v, 3, false) == LayerUse::redraw);
    CHECK(layer_use(place_layer(c, v, 1, true, kMaxPixels, kMaxSide), c, v, 2, false) == LayerUse::redraw);
}

TEST_CASE("only the ranges whose boxes meet the view are drawn, neighbours and short gaps joined") {
    const KmBox view{0, 0, 100, 100};
    const MapBox in{10, 10, 20, 20}, out{200, 0, 300, 100}, edge{100, 50, 150, 60}, above{0, 101, 100, 200};
    const std::vector<BoxedRange> ranges{{0, 10, in},     {10, 5, in}, {15, 20, out}, {35, 10, edge},
                                         {45, 30, above}, {75, 0, in}, {75, 6, in}};
    // [0, 15) joined; the 20 outside left out; the edge touching the view in; above it out.
    const std::vector<DrawRange> tight = ranges_in_view(ranges, view, 0);
    REQUIRE(tight.size() == 3);
    CHECK(tight[0].first == 0);
    CHECK(tight[0].count == 15);
    CHECK(tight[1].first == 35);
    CHECK(tight[1].count == 10);
    CHECK(tight[2].first == 75);
    CHECK(tight[2].count == 6);
    // A gap of 20 is drawn through when gaps up to 20 are allowed; the 30 above is not.
    const std::vector<DrawRange> loose = ranges_in_view(ranges, view, 20);
    REQUIRE(loose.size() == 2);
    CHECK(loose[0].first == 0);
    CHECK(loose[0].count == 45);
    CHECK(loose[1].first == 75);
    // Nothing in view, nothing drawn.
    CHECK(ranges_in_view(ranges, KmBox{1000, 1000, 1100, 1100}, 100).empty());
}
