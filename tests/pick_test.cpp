// Pick tests: interiors, shared edges, holes and enclaves, open sea, outside the frame, grid vs brute force.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/pick.hpp"
#include "fixtures/map_builder.hpp"

using namespace atlas;

namespace {

MapGeometry load_spec(const fixtures::MapSpec& spec) {
    const auto bytes = fixtures::build_map_bin(spec);
    auto result = load_map(bytes, "map.bin");
    REQUIRE_MESSAGE(result.ok(), result.error);
    return std::move(*result.value);
}

// Regions of a jittered n x n vertex lattice over an inexact bbox; cell (i, j) belongs to region (3i + 2j) % 5.
// Every region repeats the shared lattice vertices it uses, as map.bin does.
fixtures::MapSpec lattice_spec(int n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> jitter(-900, 900);
    std::vector<std::vector<fixtures::Q>> q(static_cast<std::size_t>(n + 1),
                                            std::vector<fixtures::Q>(static_cast<std::size_t>(n + 1)));
    const int step = 60000 / n;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const bool border = i == 0 || j == 0 || i == n || j == n;
            q[i][j] = {static_cast<std::uint16_t>(2000 + i * step + (border ? 0 : jitter(rng))),
                       static_cast<std::uint16_t>(2000 + j * step + (border ? 0 : jitter(rng)))};
        }
    }
    fixtures::MapSpec spec;
    spec.bbox = MapBox{-1234.56f, 321.7f, 4567.89f, 5000.31f};
    for (int r = 0; r < 5; ++r) {
        fixtures::RegionSpec region{"r" + std::to_string(r), {}, {}, 0, 1000, 1};
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if ((3 * i + 2 * j) % 5 != r) continue;
                const auto base = static_cast<std::uint32_t>(region.vertices.size());
                region.vertices.insert(region.vertices.end(), {q[i][j], q[i + 1][j], q[i + 1][j + 1], q[i][j + 1]});
                // Alternate the diagonal so both windings and both diagonals occur.
                if ((i + j) % 2 == 0) {
                    region.triangles.insert(region.triangles.end(),
                                            {base, base + 1, base + 2, base, base + 2, base + 3});
                } else {
                    region.triangles.insert(region.triangles.end(),
                                            {base + 1, base, base + 3, base + 1, base + 3, base + 2});
                }
            }
        }
        spec.regions.push_back(std::move(region));
    }
    return spec;
}

// Strictly inside (away from every edge): the one region that must be found.
int brute_force_strict(const MapGeometry& map, MapPoint p) {
    for (std::size_t r = 0; r < map.regions.size(); ++r) {
        const MapRegion& region = map.regions[r];
        for (std::uint32_t k = region.first_index; k < region.first_index + region.index_count; k += 3) {
            const Vec2f& a = map.vertices[map.indices[k]];
            const Vec2f& b = map.vertices[map.indices[k + 1]];
            const Vec2f& c = map.vertices[map.indices[k + 2]];
            const auto side = [&](const Vec2f& u, const Vec2f& v) {
                return (double{v.x} - u.x) * (p.y - u.y) - (double{v.y} - u.y) * (p.x - u.x);
            };
            const double s1 = side(a, b), s2 = side(b, c), s3 = side(c, a);
            if ((s1 > 1e-3 && s2 > 1e-3 && s3 > 1e-3) || (s1 < -1e-3 && s2 < -1e-3 && s3 < -1e-3))
                return static_cast<int>(r);
        }
    }
    return -1;
}

}  // namespace

TEST_CASE("points inside a region pick that region") {
    const MapGeometry map = load_spec(fixtures::small_map());
    const PickGrid grid = build_pick_grid(map);
    CHECK(pick_region(grid, map, {50, 50}) == 0);
    CHECK(pick_region(grid, map, {10, 90}) == 0);
    CHECK(pick_region(grid, map, {150, 20}) == 1);
    CHECK(pick_region(grid, map, {310, 590}) == 2);
    CHECK(pick_region(grid, map, {550, 450}) == 2);
    CHECK(pick_region(grid, map, {450, 450}) == 3);
}

TEST_CASE("open sea, holes and points outside the frame pick nothing") {
    const MapGeometry map = load_spec(fixtures::small_map());
    const PickGrid grid = build_pick_grid(map);
    CHECK(pick_region(grid, map, {250, 50}) == -1);   // between east and ring
    CHECK(pick_region(grid, map, {410, 450}) == -1);  // ring's hole, beside the enclave
    CHECK(pick_region(grid, map, {450, 490}) == -1);
    CHECK(pick_region(grid, map, {40000, 40000}) == -1);
    CHECK(pick_region(grid, map, {-1, 50}) == -1);
    CHECK(pick_region(grid, map, {50, -0.5}) == -1);
    CHECK(pick_region(grid, map, {1e30, -1e30}) == -1);
    CHECK(pick_region(grid, map, {std::numeric_limits<double>::quiet_NaN(), 5}) == -1);
    CHECK(pick_region(grid, map, {5, std::numeric_limits<double>::infinity()}) == -1);
}

TEST_CASE("points on a border shared by two regions pick one of the two, never the sea") {
    const MapGeometry map = load_spec(fixtures::small_map());
    const PickGrid grid = build_pick_grid(map);
    for (double y = 0; y <= 100; y += 0.25) {
        const int r = pick_region(grid, map, {100, y});
        REQUIRE_MESSAGE((r == 0 || r == 1), "y = " << y);
    }
    // The ring's inner edge meets nothing but its own hole; its own diagonals are inside.
    CHECK(pick_region(grid, map, {400, 450}) == 2);
    CHECK(pick_region(grid, map, {350, 350}) == 2);
    CHECK(pick_region(grid, map, {0, 0}) == 0);  // the frame's corner vertex
    CHECK(pick_region(grid, map, {420, 420}) == 3);
}

TEST_CASE("a map without regions is all sea") {
    const MapGeometry map = load_spec(fixtures::MapSpec{});
    const PickGrid grid = build_pick_grid(map);
    CHECK(pick_region(grid, map, {100, 100}) == -1);
}

TEST_CASE("the grid agrees with a brute-force search on an inexact jittered mesh") {
    const MapGeometry map = load_spec(lattice_spec(24, 7));
    const PickGrid grid = build_pick_grid(map);
    CHECK(grid.cols > 1);
    CHECK(grid.rows > 1);
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> x(map.bbox.min_x - 50, map.bbox.max_x + 50);
    std::uniform_real_distribution<double> y(map.bbox.min_y - 50, map.bbox.max_y + 50);
    int compared = 0;
    for (int k = 0; k < 20000; ++k) {
        const MapPoint p{x(rng), y(rng)};
        const int expected = brute_force_strict(map, p);
        if (expected < 0) continue;  // on or near an edge, or outside the mesh
        REQUIRE(pick_region(grid, map, p) == expected);
        ++compared;
    }
    CHECK(compared > 15000);
}

TEST_CASE("every point along every edge of an inexact mesh picks a region") {
    const MapGeometry map = load_spec(lattice_spec(16, 3));
    const PickGrid grid = build_pick_grid(map);
    for (std::size_t k = 0; k < map.indices.size(); k += 3) {
        for (int e = 0; e < 3; ++e) {
            const Vec2f& a = map.vertices[map.indices[k + e]];
            const Vec2f& b = map.vertices[map.indices[k + (e + 1) % 3]];
            for (int s = 0; s <= 16; ++s) {
                const double t = s / 16.0;
                const MapPoint p{a.x + t * (double{b.x} - a.x), a.y + t * (double{b.y} - a.y)};
                REQUIRE_MESSAGE(pick_region(grid, map, p) >= 0, "edge point " << p.x << ", " << p.y);
            }
        }
    }
}

TEST_CASE("a sea point near the coast snaps to the nearest region within the distance, and only then") {
    const MapGeometry map = load_spec(fixtures::small_map());
    const PickGrid grid = build_pick_grid(map);
    CHECK(pick_region_near(grid, map, {205, 50}, 10) == 1);   // 5 km east of east
    CHECK(pick_region_near(grid, map, {205, 50}, 4) == -1);   // beyond the distance
    CHECK(pick_region_near(grid, map, {250, 50}, 10) == -1);  // open sea
    CHECK(pick_region_near(grid, map, {402, 450}, 10) == 2);  // the ring's hole, nearer the ring
    CHECK(pick_region_near(grid, map, {418, 450}, 10) == 3);  // the ring's hole, nearer the enclave
    CHECK(pick_region_near(grid, map, {150, 50}, 10) == 1);   // on land: the exact answer
    CHECK(pick_region_near(grid, map, {-3, -3}, 10) == 0);    // just outside the frame's corner
    CHECK(pick_region_near(grid, map, {-300, -300}, 10) == -1);
}

TEST_CASE("a grid built near some points answers there as the whole grid does, and elsewhere finds the sea") {
    const MapGeometry map = load_spec(lattice_spec(24, 5));
    const PickGrid whole = build_pick_grid(map);
    CHECK(whole.whole);
    std::mt19937 rng(13);
    std::uniform_real_distribution<double> x(map.bbox.min_x - 30, map.bbox.max_x + 30);
    std::uniform_real_distribution<double> y(map.bbox.min_y - 30, map.bbox.max_y + 30);
    // Some points on vertices and edges of the mesh too, where the triangle found first decides.
    std::vector<MapPoint> points;
    for (int k = 0; k < 16; ++k) points.push_back({x(rng), y(rng)});
    for (std::size_t k = 0; k < map.indices.size(); k += 3 * 151) {
        const Vec2f& a = map.vertices[map.indices[k]];
        const Vec2f& b = map.vertices[map.indices[k + 1]];
        points.push_back({a.x, a.y});
        points.push_back({(double{a.x} + b.x) / 2, (double{a.y} + b.y) / 2});
    }
    const double snap = 40;
    const PickGrid near = build_pick_grid_near(map, points, snap);
    CHECK_FALSE(near.whole);
    CHECK(near.cols == whole.cols);
    CHECK(near.rows == whole.rows);
    for (const MapPoint& p : points) {
        CAPTURE(p.x);
        CAPTURE(p.y);
        CHECK(pick_region(near, map, p) == pick_region(whole, map, p));
        CHECK(pick_region_near(near, map, p, snap) == pick_region_near(whole, map, p, snap));
    }
    // A cell the near grid built holds the whole grid's list; the others are empty.
    std::size_t built = 0;
    for (std::size_t c = 0; c + 1 < near.cell_start.size(); ++c) {
        const auto list = [&](const PickGrid& g) {
            return std::vector<std::uint32_t>(g.cell_triangles.begin() + g.cell_start[c],
                                              g.cell_triangles.begin() + g.cell_start[c + 1]);
        };
        if (near.cell_start[c] == near.cell_start[c + 1]) continue;
        ++built;
        REQUIRE(list(near) == list(whole));
    }
    CHECK(built > 40);
    CHECK(near.cell_triangles.size() < whole.cell_triangles.size() / 2);
    // Far from every point, land is not found.
    int sea = 0;
    for (int k = 0; k < 2000; ++k) {
        const MapPoint p{x(rng), y(rng)};
        bool far = true;
        for (const MapPoint& q : points) far = far && std::hypot(p.x - q.x, p.y - q.y) > 2 * snap + 2 * whole.cell_w;
        if (far && pick_region(whole, map, p) >= 0) {
            CHECK(pick_region(near, map, p) == -1);
            ++sea;
        }
    }
    CHECK(sea > 100);
}

TEST_CASE("a very flat bbox gives a clamped grid (found by map_asset_fuzz: int cast of a huge ratio)") {
    fixtures::MapSpec spec;
    spec.bbox = MapBox{-3e38f, 0.0f, 3e38f, 1e-38f};
    spec.regions = {fixtures::RegionSpec{"flat", {{0, 0}, {65535, 0}, {0, 65535}}, {0, 1, 2}, 0, 0, 1}};
    const MapGeometry map = load_spec(spec);
    const PickGrid grid = build_pick_grid(map);
    CHECK(grid.cols == 1024);
    CHECK(grid.rows == 1);
    CHECK(grid.cell_start.size() == 1025);
    CHECK(pick_region(grid, map, MapPoint{-1e38, 0}) == 0);
}
