// The political layer's colours (states.json): states that share a border are never painted alike
// (design.md: "neighbours never the same"). Sampled on the 1st and 15th of every month 1919-1929;
// the distance is CIE76 ΔE in Lab, where ~2 is barely visible and 10 plainly different.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "core/color_vision.hpp"
#include "core/history.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::real_atlas;

namespace {

// The core's CIE76 distance (core/color_vision), for the states' opaque colours.
double delta_e(Rgb p, Rgb q) { return delta_e76(Rgba8{p.r, p.g, p.b, 255}, Rgba8{q.r, q.g, q.b, 255}); }

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
