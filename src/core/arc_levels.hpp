// ArcLevels: the map's shared border and coast arcs, simplified once per level of detail, so a
// zoomed-out map draws a few thousand segments instead of every one (the fills keep full detail;
// a border simplified to under half a pixel lies on top of them unchanged to the eye).
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "core/map_asset.hpp"

namespace atlas {

// Douglas-Peucker: keeps the first and last point and every point needed so that no dropped
// point lies farther than tolerance from the result. A closed line (last == first) keeps at
// least three distinct points, so an island stays a shape.
std::vector<Vec2f> simplify_polyline(std::span<const Vec2f> points, float tolerance);

struct ArcLevel {
    float tolerance = 0;       // km; 0 is the map as stored
    std::vector<MapArc> arcs;  // same order and sides as map.arcs, points into `points`
    std::vector<Vec2f> points;
};

// One level per tolerance (km, ascending; a first 0 gives the stored arcs). Each arc is simplified
// once per level, so the two regions it separates share the same simplified line: no gaps.
std::vector<ArcLevel> arc_levels(const MapGeometry& map, std::span<const float> tolerances);

// Of the levels' tolerances (km), the coarsest at most max_error; level 0 when none is.
std::size_t pick_arc_level(std::span<const float> tolerances, double max_error);

}  // namespace atlas
