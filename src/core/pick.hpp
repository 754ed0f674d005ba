// Pick: which region lies under a map point, via a uniform grid of triangle lists built at load.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/map_asset.hpp"
#include "core/projection.hpp"

namespace atlas {

// Cell (col, row) lists the triangles overlapping it: cell_triangles[cell_start[c] .. cell_start[c+1]).
struct PickGrid {
    MapBox bbox;
    int cols = 0, rows = 0;
    double cell_w = 1, cell_h = 1;
    std::vector<std::uint32_t> cell_start;       // cols*rows + 1 entries
    std::vector<std::uint32_t> cell_triangles;   // triangle numbers (index / 3), ascending per cell
    std::vector<std::uint16_t> triangle_region;  // region index of each triangle
    bool whole = false;                          // every cell's list built (else only some: build_pick_grid_near)
};

PickGrid build_pick_grid(const MapGeometry& map);

// Only the cells that picks at these points read (pick_region, and pick_region_near within max_km):
// the whole grid's answers there, for a fraction of its cost; elsewhere every pick is the sea.
// Start-up labels the states at their capitals with it before the whole grid is built (app_load).
PickGrid build_pick_grid_near(const MapGeometry& map, std::span<const MapPoint> points, double max_km);

// Region index under the point, or -1 for sea, holes and outside the frame. A point on an edge
// shared by two regions picks one of them.
int pick_region(const PickGrid& grid, const MapGeometry& map, MapPoint point);

// As pick_region, but a point in the sea within max_km of a region picks the nearest region
// (coastal cities fall just outside simplified coasts).
int pick_region_near(const PickGrid& grid, const MapGeometry& map, MapPoint point, double max_km);

}  // namespace atlas
