// ArcLevels: simplification keeps endpoints, rings and the tolerance; the real map's levels get
// coarser step by step and the right level is picked for a zoom.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/arc_levels.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;

namespace {

double distance_to_polyline(Vec2f p, const std::vector<Vec2f>& line) {
    double best = 1e30;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2f a = line[i], b = line[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
    }
    return line.size() == 1 ? std::hypot(p.x - line[0].x, p.y - line[0].y) : best;
}

}  // namespace

TEST_CASE("a nearly straight line simplifies to its two ends") {
    const std::vector<Vec2f> line{{0, 0}, {1, 0.1f}, {2, -0.1f}, {3, 0.05f}, {4, 0}};
    const std::vector<Vec2f> out = simplify_polyline(line, 0.5f);
    REQUIRE(out.size() == 2);
    CHECK(out.front().x == 0);
    CHECK(out.back().x == 4);
}

TEST_CASE("a bend larger than the tolerance stays; tolerance 0 keeps every point") {
    const std::vector<Vec2f> line{{0, 0}, {1, 1.5f}, {2, 3}, {3, 1.4f}, {4, 0}};  // a tent
    const std::vector<Vec2f> out = simplify_polyline(line, 0.5f);
    REQUIRE(out.size() == 3);
    CHECK(out[1].y == 3);
    CHECK(simplify_polyline(line, 0).size() == line.size());
}

TEST_CASE("a closed ring keeps at least a triangle and stays closed") {
    std::vector<Vec2f> ring;
    for (int i = 0; i <= 36; ++i)
        ring.push_back({float(10 * std::cos(i * M_PI / 18)), float(10 * std::sin(i * M_PI / 18))});
    ring.back() = ring.front();
    const std::vector<Vec2f> out = simplify_polyline(ring, 100.0f);  // far coarser than the ring
    REQUIRE(out.size() >= 4);
    CHECK(out.front().x == out.back().x);
    CHECK(out.front().y == out.back().y);
}

TEST_CASE("every level of the real map keeps each arc's ends and sides and stays within its tolerance") {
    const MapGeometry& map = test::real_atlas().map;
    const float tolerances[] = {0, 1, 3, 8};
    const std::vector<ArcLevel> levels = arc_levels(map, tolerances);
    REQUIRE(levels.size() == 4);
    std::size_t previous = map.arc_points.size() + 1;
    for (const ArcLevel& level : levels) {
        REQUIRE(level.arcs.size() == map.arcs.size());
        CHECK(level.points.size() < previous);  // each level coarser than the one before
        previous = level.points.size();
        for (std::size_t a = 0; a < map.arcs.size(); ++a) {
            const MapArc& original = map.arcs[a];
            const MapArc& simple = level.arcs[a];
            CHECK(simple.region_a == original.region_a);
            CHECK(simple.region_b == original.region_b);
            REQUIRE(simple.point_count >= 2);
            const Vec2f first = map.arc_points[original.first_point];
            const Vec2f last = map.arc_points[original.first_point + original.point_count - 1];
            CHECK(level.points[simple.first_point].x == first.x);
            CHECK(level.points[simple.first_point + simple.point_count - 1].y == last.y);
            const std::vector<Vec2f> line(level.points.begin() + simple.first_point,
                                          level.points.begin() + simple.first_point + simple.point_count);
            double worst = 0;
            for (std::uint32_t i = 0; i < original.point_count; ++i)
                worst = std::max(worst, distance_to_polyline(map.arc_points[original.first_point + i], line));
            CHECK(worst <= level.tolerance + 1e-3);
        }
    }
    MESSAGE("arc points per level: " << levels[0].points.size() << ", " << levels[1].points.size() << ", "
                                     << levels[2].points.size() << ", " << levels[3].points.size());
}

TEST_CASE("the coarsest level within the allowed error is picked") {
    const std::vector<float> levels{0, 1, 3, 8};
    CHECK(pick_arc_level(levels, 0.2) == 0);
    CHECK(pick_arc_level(levels, 1.0) == 1);
    CHECK(pick_arc_level(levels, 7.9) == 2);
    CHECK(pick_arc_level(levels, 50) == 3);
    CHECK(pick_arc_level(std::vector<float>{}, 5) == 0);
}

TEST_CASE("each arc of a level is the arc simplified on its own (the levels reuse their scratch space)") {
    const MapGeometry& map = test::real_atlas().map;
    const float tolerances[] = {0, 5, 12};
    const std::vector<ArcLevel> levels = arc_levels(map, tolerances);
    REQUIRE(levels.size() == 3);
    std::size_t differing = 0, dropped = 0;
    for (const ArcLevel& level : levels) {
        REQUIRE(level.arcs.size() == map.arcs.size());
        for (std::size_t a = 0; a < map.arcs.size(); ++a) {
            const MapArc& arc = map.arcs[a];
            const std::vector<Vec2f> alone =
                simplify_polyline(std::span(map.arc_points).subspan(arc.first_point, arc.point_count), level.tolerance);
            const MapArc& got = level.arcs[a];
            dropped += arc.point_count - alone.size();
            if (got.point_count != alone.size()) {
                ++differing;
                continue;
            }
            for (std::size_t i = 0; i < alone.size(); ++i)
                if (level.points[got.first_point + i].x != alone[i].x ||
                    level.points[got.first_point + i].y != alone[i].y)
                    ++differing;
        }
    }
    CHECK(differing == 0);
    CHECK(dropped > 0);  // the coarser levels did drop points: the comparison saw simplified arcs
}
