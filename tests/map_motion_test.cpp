// Map motion: where the motion canvas goes so that the map on it lies where the map would be drawn
// for the camera now, and when the map is shown through it.
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "core/map_motion.hpp"

using namespace atlas;

namespace {

// Where a map point lands on screen through the motion canvas: its place on the canvas (drawn for
// the placement's camera, the canvas's own size as viewport), then the CSS transform.
void through_canvas(const LayerPlacement& drawn, const MotionTransform& t, MapPoint p, double& x, double& y) {
    const Viewport canvas{drawn.width / double(drawn.pixel_ratio), drawn.height / double(drawn.pixel_ratio)};
    double cx = 0, cy = 0;
    map_to_screen(drawn.camera, canvas, p, cx, cy);
    x = t.x + t.scale * cx;
    y = t.y + t.scale * cy;
}

}  // namespace

TEST_CASE("through the moved canvas every map point lands where the map drawn for the camera now puts it") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int trial = 0; trial < 200; ++trial) {
        const Viewport viewport{400 + 1600 * unit(rng), 300 + 900 * unit(rng)};
        const float ratio = trial % 3 == 0 ? 2.f : trial % 3 == 1 ? 1.f : 1.5f;
        const Camera c0{-2000 + 4000 * unit(rng), -2000 + 4000 * unit(rng), 0.05 + 0.5 * unit(rng)};
        const LayerPlacement drawn = place_layer(c0, viewport, ratio, true, 6e6, 8192);
        // Panned by any amount and zoomed within the layer's bounds.
        const double zoom = trial % 2 ? 1.0 : std::exp(std::log(1.5) * (2 * unit(rng) - 1));
        const Camera now{c0.center_x + (unit(rng) - 0.5) * 300 / c0.pixels_per_km,
                         c0.center_y + (unit(rng) - 0.5) * 300 / c0.pixels_per_km, c0.pixels_per_km * zoom};
        const MotionTransform t = motion_transform(drawn, now, viewport);
        CHECK(t.scale == doctest::Approx(zoom));
        for (int k = 0; k < 5; ++k) {
            const MapPoint p{float(now.center_x + (unit(rng) - 0.5) * 2 * viewport.width / now.pixels_per_km),
                             float(now.center_y + (unit(rng) - 0.5) * 2 * viewport.height / now.pixels_per_km)};
            double want_x = 0, want_y = 0, got_x = 0, got_y = 0;
            map_to_screen(now, viewport, p, want_x, want_y);
            through_canvas(drawn, t, p, got_x, got_y);
            // Within half a device pixel: the offset is rounded to whole device pixels at the drawn zoom.
            CHECK(std::abs(got_x - want_x) <= 0.5 / ratio + 1e-3);
            CHECK(std::abs(got_y - want_y) <= 0.5 / ratio + 1e-3);
        }
    }
}

TEST_CASE("at rest the canvas sits a margin up and left of the screen; a pan by whole pixels moves it by them") {
    const Viewport viewport{1280, 720};
    const Camera c0{100, 200, 0.25};
    const LayerPlacement drawn = place_layer(c0, viewport, 1, true, 6e6, 8192);
    REQUIRE(drawn.margin_x == 320);
    CHECK(motion_transform(drawn, c0, viewport) == MotionTransform{-320, -180, 1});
    // The camera moves right by 37 px and down by 12: the map, and the canvas, go left and up.
    const Camera moved{c0.center_x + 37 / c0.pixels_per_km, c0.center_y - 12 / c0.pixels_per_km, c0.pixels_per_km};
    CHECK(motion_transform(drawn, moved, viewport) == MotionTransform{-357, -192, 1});

    // At a pixel ratio of 2 the offset is in half CSS pixels.
    const LayerPlacement sharp = place_layer(c0, viewport, 2, true, 6e6, 8192);
    const Camera half{c0.center_x + 10.5 / c0.pixels_per_km, c0.center_y, c0.pixels_per_km};
    const MotionTransform t = motion_transform(sharp, half, viewport);
    CHECK(t.x == -sharp.margin_x / 2.0 - 10.5);
}

TEST_CASE("the map goes through the motion canvas only while the camera moves and the map itself stays") {
    const MotionInputs moving{true, true, false, false};
    CHECK(want_motion(moving));
    // Any one of these turns it off: at rest, a fade, the desktop build, the first frame.
    for (bool MotionInputs::*flip :
         {&MotionInputs::moving, &MotionInputs::map_changing, &MotionInputs::available, &MotionInputs::direct}) {
        MotionInputs in = moving;
        in.*flip = !(in.*flip);
        CHECK_FALSE(want_motion(in));
    }
}
