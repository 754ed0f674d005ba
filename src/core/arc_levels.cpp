// ArcLevels: Douglas-Peucker per arc, per level.
#include "core/arc_levels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace atlas {

namespace {

// Distance from p to the segment a-b (to a when the segment is a point).
double distance_to_segment(Vec2f p, Vec2f a, Vec2f b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
    return std::sqrt(ex * ex + ey * ey);  // not std::hypot: a library call, slow in WebAssembly
}

// What one simplification needs beside its input, kept from arc to arc: a level of the map is
// thousands of arcs, and three allocations each were most of arc_levels' time in WebAssembly at
// start-up (the page's code runs unoptimised then).
struct Scratch {
    std::vector<std::uint8_t> keep;
    std::vector<std::pair<std::size_t, std::size_t>> stack;
};

// Marks the points of [first, last] to keep (first and last are kept by the caller). An explicit
// stack: arcs can have thousands of points.
void mark_kept(std::span<const Vec2f> points, std::size_t first, std::size_t last, double tolerance, Scratch& scratch) {
    auto& stack = scratch.stack;
    stack.assign(1, {first, last});
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1;
        std::size_t worst_at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = distance_to_segment(points[i], points[a], points[b]);
            if (d > worst) {
                worst = d;
                worst_at = i;
            }
        }
        if (worst > tolerance) {
            scratch.keep[worst_at] = 1;
            stack.push_back({a, worst_at});
            stack.push_back({worst_at, b});
        }
    }
}

// simplify_polyline, appending the kept points to out.
void simplify_into(std::span<const Vec2f> points, float tolerance, Scratch& scratch, std::vector<Vec2f>& out) {
    if (points.size() <= 2 || !(tolerance > 0)) {
        out.insert(out.end(), points.begin(), points.end());
        return;
    }
    const std::size_t last = points.size() - 1;
    auto& keep = scratch.keep;
    keep.assign(points.size(), 0);
    keep[0] = keep[last] = 1;
    const bool closed = points[0].x == points[last].x && points[0].y == points[last].y;
    if (closed) {
        // A ring: split at the point farthest from the start, then at the point farthest from
        // that chord, so at least a triangle remains.
        std::size_t far = 0;
        double far_d = -1;
        for (std::size_t i = 1; i < last; ++i) {
            const double d = std::hypot(points[i].x - points[0].x, points[i].y - points[0].y);
            if (d > far_d) {
                far_d = d;
                far = i;
            }
        }
        if (far == 0) {  // every point the same
            out.insert(out.end(), points.begin(), points.end());
            return;
        }
        keep[far] = 1;
        std::size_t third = 0;
        double third_d = -1;
        for (std::size_t i = 1; i < last; ++i) {
            if (i == far) continue;
            const double d = distance_to_segment(points[i], points[0], points[far]);
            if (d > third_d) {
                third_d = d;
                third = i;
            }
        }
        if (third != 0) keep[third] = 1;
        std::size_t prev = 0;
        for (std::size_t i = 1; i <= last; ++i)
            if (keep[i]) {
                mark_kept(points, prev, i, tolerance, scratch);
                prev = i;
            }
    } else {
        mark_kept(points, 0, last, tolerance, scratch);
    }
    for (std::size_t i = 0; i <= last; ++i)
        if (keep[i]) out.push_back(points[i]);
}

}  // namespace

std::vector<Vec2f> simplify_polyline(std::span<const Vec2f> points, float tolerance) {
    Scratch scratch;
    std::vector<Vec2f> out;
    simplify_into(points, tolerance, scratch, out);
    return out;
}

std::vector<ArcLevel> arc_levels(const MapGeometry& map, std::span<const float> tolerances) {
    std::vector<ArcLevel> levels;
    Scratch scratch;
    for (const float tolerance : tolerances) {
        ArcLevel level;
        level.tolerance = tolerance;
        level.arcs.reserve(map.arcs.size());
        level.points.reserve(map.arc_points.size());
        for (const MapArc& arc : map.arcs) {
            const std::span<const Vec2f> points(map.arc_points.data() + arc.first_point, arc.point_count);
            MapArc simplified = arc;
            simplified.first_point = std::uint32_t(level.points.size());
            simplify_into(points, tolerance, scratch, level.points);
            simplified.point_count = std::uint32_t(level.points.size() - simplified.first_point);
            level.arcs.push_back(simplified);
        }
        levels.push_back(std::move(level));
    }
    return levels;
}

std::size_t pick_arc_level(std::span<const float> tolerances, double max_error) {
    std::size_t best = 0;
    for (std::size_t i = 0; i < tolerances.size(); ++i)
        if (tolerances[i] <= max_error && tolerances[i] >= tolerances[best]) best = i;
    return best;
}

}  // namespace atlas
