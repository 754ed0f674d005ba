// The political layer's colours (states.json): states that share a border are never painted alike
// (design.md: "neighbours never the same"). Sampled on the 1st and 15th of every month 1919-1929;
// the distance is CIE76 ΔE in Lab, where ~2 is barely visible and 10 plainly different.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include "core/history.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::real_atlas;

namespace {

struct Lab {
    double l, a, b;
};

// sRGB (D65) to CIE Lab.
Lab to_lab(Rgb c) {
    const auto linear = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double r = linear(c.r), g = linear(c.g), b = linear(c.b);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double delta_e(Rgb p, Rgb q) {
    const Lab a = to_lab(p), b = to_lab(q);
    return std::sqrt((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b));
}

}  // namespace

TEST_CASE("the Lab distance: identical colours 0, black and white 100") {
    CHECK(delta_e(Rgb{10, 200, 30}, Rgb{10, 200, 30}) == doctest::Approx(0));
    CHECK(delta_e(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == doctest::Approx(100).epsilon(0.01));
}

TEST_CASE("states that share a border never have colours closer than ΔE 12") {
    const Atlas& atlas = real_atlas();
    const auto& states = atlas.states.states;
    // The closest pair of each pair of neighbours, with the first date they touch.
    std::map<std::pair<int, int>, std::string> touching;
    for (int year = 1919; year <= 1929; ++year)
        for (int month = 1; month <= 12; ++month)
            for (int day : {1, 15}) {
                const Date date =
                    *parse_date(std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) + "-" +
                                (day < 10 ? "0" : "") + std::to_string(day));
                const std::vector<int> holders = holders_on(atlas, date);
                for (const MapArc& arc : atlas.map.arcs) {
                    if (arc.region_a == kNoRegion || arc.region_b == kNoRegion) continue;
                    const int p = holders[arc.region_a], q = holders[arc.region_b];
                    if (p < 0 || q < 0 || p == q) continue;
                    touching.try_emplace({std::min(p, q), std::max(p, q)}, display_date(date));
                }
            }
    REQUIRE(touching.size() > 100);
    for (const auto& entry : touching) {  // no structured bindings: clang 14 cannot capture them in CHECK
        const State& p = states[std::size_t(entry.first.first)];
        const State& q = states[std::size_t(entry.first.second)];
        const double de = delta_e(p.color, q.color);
        CHECK_MESSAGE(de >= 12,
                      p.id << " and " << q.id << " (neighbours from " << entry.second << ") differ by only ΔE " << de);
    }
}
