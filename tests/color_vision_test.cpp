// Colour-vision tests: WCAG contrast against its published values, the simulated dichromacies
// against what they are known to confuse, and the CIELAB distance's ends.
#include <doctest/doctest.h>

#include "core/color_vision.hpp"

using namespace atlas;

namespace {
constexpr Rgba8 kWhite{255, 255, 255, 255}, kBlack{0, 0, 0, 255};
constexpr Rgba8 kRed{220, 40, 40, 255}, kGreen{40, 160, 40, 255}, kBlue{40, 80, 220, 255}, kYellow{230, 210, 40, 255};
constexpr ColorVision kDichromacies[] = {ColorVision::protanopia, ColorVision::deuteranopia, ColorVision::tritanopia};
}  // namespace

TEST_CASE("contrast ratios match WCAG's: 21:1 black on white, 4.54:1 for #767676 and 4.48:1 for #777777 on white") {
    CHECK(contrast_ratio(kBlack, kWhite) == doctest::Approx(21.0));
    CHECK(contrast_ratio(kWhite, kBlack) == doctest::Approx(21.0));
    CHECK(contrast_ratio(Rgba8{118, 118, 118, 255}, kWhite) == doctest::Approx(4.54).epsilon(0.005));
    CHECK(contrast_ratio(Rgba8{119, 119, 119, 255}, kWhite) == doctest::Approx(4.48).epsilon(0.005));
    CHECK(contrast_ratio(kRed, kRed) == doctest::Approx(1.0));
}

TEST_CASE("a colour drawn at an alpha over another lies between the two") {
    CHECK(blend_over(kBlack, 1.0f, kWhite) == kBlack);
    CHECK(blend_over(kBlack, 0.0f, kWhite) == kWhite);
    CHECK(blend_over(kBlack, 0.5f, kWhite) == Rgba8{128, 128, 128, 255});
}

TEST_CASE("greys look the same to every reader") {
    for (ColorVision v : kDichromacies) {
        for (std::uint8_t g : {0, 60, 128, 200, 255}) {
            const Rgba8 grey{g, g, g, 255}, seen = simulate_vision(grey, v);
            CHECK(delta_e76(grey, seen) < 1.5);
        }
    }
}

TEST_CASE("red and green are confused by protanopes and deuteranopes, not by tritanopes; blue and yellow the reverse") {
    const double normal = delta_e76(kRed, kGreen);
    CHECK(normal > 60);
    for (ColorVision v : {ColorVision::protanopia, ColorVision::deuteranopia}) {
        CHECK(delta_e76(simulate_vision(kRed, v), simulate_vision(kGreen, v)) < normal / 3);
        CHECK(delta_e76(simulate_vision(kBlue, v), simulate_vision(kYellow, v)) > 50);
    }
    CHECK(delta_e76(simulate_vision(kRed, ColorVision::tritanopia), simulate_vision(kGreen, ColorVision::tritanopia)) >
          normal / 2);
    CHECK(simulate_vision(kRed, ColorVision::normal) == kRed);
}

TEST_CASE("the CIELAB distance is 0 for one colour and 100 from black to white") {
    CHECK(delta_e76(kRed, kRed) == doctest::Approx(0.0));
    CHECK(delta_e76(kBlack, kWhite) == doctest::Approx(100.0).epsilon(0.001));
}
