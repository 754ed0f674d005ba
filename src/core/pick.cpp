// Pick: grid build (triangle clipped to each row band) and inclusive point-in-triangle queries.
#include "core/pick.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace atlas {

namespace {

// Distance tolerance (km) for "on the edge": far below the quantisation step of map.bin.
constexpr double kEdgeTolerance = 1e-4;

struct Tri {
    double ax, ay, bx, by, cx, cy;
};

Tri triangle(const MapGeometry& map, std::size_t t) {
    const Vec2f& a = map.vertices[map.indices[3 * t]];
    const Vec2f& b = map.vertices[map.indices[3 * t + 1]];
    const Vec2f& c = map.vertices[map.indices[3 * t + 2]];
    return Tri{a.x, a.y, b.x, b.y, c.x, c.y};
}

double cross(double ox, double oy, double ax, double ay, double bx, double by) {
    return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

// Inclusive of edges and vertices, either winding, with a small distance tolerance.
bool contains(const Tri& t, double px, double py) {
    const double area = cross(t.ax, t.ay, t.bx, t.by, t.cx, t.cy);
    if (area == 0) return false;
    const double sign = area > 0 ? 1.0 : -1.0;
    const auto side = [&](double x0, double y0, double x1, double y1) {
        return sign * cross(x0, y0, x1, y1, px, py) >= -kEdgeTolerance * std::hypot(x1 - x0, y1 - y0);
    };
    return side(t.ax, t.ay, t.bx, t.by) && side(t.bx, t.by, t.cx, t.cy) && side(t.cx, t.cy, t.ax, t.ay);
}

// x extent of the triangle inside the horizontal band [y0, y1]; false when they do not meet.
bool band_extent(const Tri& t, double y0, double y1, double& x_min, double& x_max) {
    const double xs[3] = {t.ax, t.bx, t.cx};
    const double ys[3] = {t.ay, t.by, t.cy};
    x_min = INFINITY;
    x_max = -INFINITY;
    for (int i = 0; i < 3; ++i) {
        if (ys[i] >= y0 && ys[i] <= y1) {
            x_min = std::min(x_min, xs[i]);
            x_max = std::max(x_max, xs[i]);
        }
        const int j = (i + 1) % 3;
        for (double y : {y0, y1}) {
            if ((ys[i] < y && ys[j] > y) || (ys[i] > y && ys[j] < y)) {
                const double x = xs[i] + (y - ys[i]) / (ys[j] - ys[i]) * (xs[j] - xs[i]);
                x_min = std::min(x_min, x);
                x_max = std::max(x_max, x);
            }
        }
    }
    return x_min <= x_max;
}

int clamp_cell(double v, int count) {
    if (!(v >= 0)) return 0;
    return v >= count ? count - 1 : static_cast<int>(v);
}

double segment_distance(double px, double py, double ax, double ay, double bx, double by) {
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(px - ax - t * dx, py - ay - t * dy);
}

}  // namespace

namespace {

// The grid's frame (cells and each triangle's region), its cells' lists still empty.
PickGrid grid_frame(const MapGeometry& map) {
    PickGrid grid;
    grid.bbox = map.bbox;
    const std::size_t triangle_count = map.indices.size() / 3;
    const double width = double{map.bbox.max_x} - map.bbox.min_x;
    const double height = double{map.bbox.max_y} - map.bbox.min_y;
    // About one cell per triangle, square cells, at most 1024 per side.
    const double cell = std::sqrt(width * height / std::max<double>(1.0, static_cast<double>(triangle_count)));
    // Clamped before the cast: a very flat bbox gives a ratio far beyond int (UB in the cast).
    grid.cols = static_cast<int>(std::clamp(std::ceil(width / cell), 1.0, 1024.0));
    grid.rows = static_cast<int>(std::clamp(std::ceil(height / cell), 1.0, 1024.0));
    grid.cell_w = width / grid.cols;
    grid.cell_h = height / grid.rows;

    grid.triangle_region.assign(triangle_count, kNoRegion);
    for (std::size_t r = 0; r < map.regions.size(); ++r) {
        const MapRegion& region = map.regions[r];
        for (std::uint32_t t = region.first_index / 3; t < (region.first_index + region.index_count) / 3; ++t) {
            grid.triangle_region[t] = static_cast<std::uint16_t>(r);
        }
    }
    grid.cell_start.assign(static_cast<std::size_t>(grid.cols) * grid.rows + 1, 0);
    return grid;
}

// The cell pick_region reads for a point, or -1 outside the frame.
long point_cell(const PickGrid& grid, MapPoint point) {
    if (grid.cols == 0 || !std::isfinite(point.x) || !std::isfinite(point.y)) return -1;
    const double fx = (point.x - grid.bbox.min_x) / grid.cell_w;
    const double fy = (point.y - grid.bbox.min_y) / grid.cell_h;
    const double slack = 1e-6;  // points on the frame's edge still count as inside
    if (fx < -slack || fy < -slack || fx > grid.cols + slack || fy > grid.rows + slack) return -1;
    return long(clamp_cell(fy, grid.rows)) * grid.cols + clamp_cell(fx, grid.cols);
}

// The cells pick_region_near searches around a point: false when none is within max_km.
struct CellRange {
    int col0 = 0, col1 = 0, row0 = 0, row1 = 0;
};
bool cells_near(const PickGrid& grid, MapPoint point, double max_km, CellRange& range) {
    const auto cell_range = [](double lo, double hi, double cell, int count, int& first, int& last) {
        first = clamp_cell(lo / cell, count);
        last = clamp_cell(hi / cell, count);
        return hi >= 0 && lo <= cell * count;
    };
    return cell_range(point.x - max_km - grid.bbox.min_x, point.x + max_km - grid.bbox.min_x, grid.cell_w, grid.cols,
                      range.col0, range.col1) &&
           cell_range(point.y - max_km - grid.bbox.min_y, point.y + max_km - grid.bbox.min_y, grid.cell_h, grid.rows,
                      range.row0, range.row1);
}

// Fills the cells' lists: each triangle of a region in every cell it overlaps, slightly widened,
// in ascending order; only the cells marked in `wanted` unless it is empty.
void fill_cells(PickGrid& grid, const MapGeometry& map, const std::vector<bool>& wanted) {
    const double pad_x = grid.cell_w * 1e-3 + kEdgeTolerance;
    const double pad_y = grid.cell_h * 1e-3 + kEdgeTolerance;
    const auto col_below = [&](double x) { return clamp_cell((x - map.bbox.min_x - pad_x) / grid.cell_w, grid.cols); };
    const auto col_above = [&](double x) { return clamp_cell((x - map.bbox.min_x + pad_x) / grid.cell_w, grid.cols); };
    // The cells each triangle overlaps, in one pass (cell << 32 | triangle), then sorted into the
    // lists by cell: the pass clips each triangle to its rows, most of the build's work.
    std::vector<bool> wanted_rows(wanted.empty() ? 0 : std::size_t(grid.rows), false);
    for (std::size_t cell = 0; cell < wanted.size(); ++cell)
        if (wanted[cell]) wanted_rows[cell / std::size_t(grid.cols)] = true;
    std::vector<std::uint64_t> entries;
    entries.reserve(wanted.empty() ? 4 * grid.triangle_region.size() : 64);  // the map: 3.9 a triangle
    for (std::size_t t = 0; t < grid.triangle_region.size(); ++t) {
        if (grid.triangle_region[t] == kNoRegion) continue;  // not owned by a region: never picked
        const Tri tri = triangle(map, t);
        const double y_lo = std::min({tri.ay, tri.by, tri.cy}) - map.bbox.min_y;
        const double y_hi = std::max({tri.ay, tri.by, tri.cy}) - map.bbox.min_y;
        const int row0 = clamp_cell((y_lo - pad_y) / grid.cell_h, grid.rows);
        const int row1 = clamp_cell((y_hi + pad_y) / grid.cell_h, grid.rows);
        if (!wanted.empty()) {
            // Only triangles whose box (a cell wider each way) meets a wanted cell are clipped; most
            // lie in rows without one.
            bool in_rows = false;
            for (int row = row0; row <= row1 && !in_rows; ++row) in_rows = wanted_rows[std::size_t(row)];
            if (!in_rows) continue;
            const int col0 = std::max(0, col_below(std::min({tri.ax, tri.bx, tri.cx})) - 1);
            const int col1 = std::min(grid.cols - 1, col_above(std::max({tri.ax, tri.bx, tri.cx})) + 1);
            bool meets = false;
            for (int row = row0; row <= row1 && !meets; ++row)
                for (int col = col0; col <= col1 && !meets; ++col)
                    meets = wanted[static_cast<std::size_t>(row) * grid.cols + col];
            if (!meets) continue;
        }
        for (int row = row0; row <= row1; ++row) {
            const double band0 = map.bbox.min_y + row * grid.cell_h - pad_y;
            const double band1 = map.bbox.min_y + (row + 1) * grid.cell_h + pad_y;
            double x_min = 0, x_max = 0;
            if (!band_extent(tri, band0, band1, x_min, x_max)) continue;
            const int col0 = col_below(x_min);
            const int col1 = col_above(x_max);
            for (int col = col0; col <= col1; ++col) {
                const std::size_t cell = static_cast<std::size_t>(row) * grid.cols + col;
                if (wanted.empty() || wanted[cell]) entries.push_back(std::uint64_t{cell} << 32 | t);
            }
        }
    }
    std::vector<std::uint32_t>& start = grid.cell_start;
    for (const std::uint64_t e : entries) ++start[(e >> 32) + 1];
    for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
    grid.cell_triangles.resize(entries.size());
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (const std::uint64_t e : entries) grid.cell_triangles[fill[e >> 32]++] = static_cast<std::uint32_t>(e);
}

}  // namespace

PickGrid build_pick_grid(const MapGeometry& map) {
    PickGrid grid = grid_frame(map);
    fill_cells(grid, map, {});
    grid.whole = true;
    return grid;
}

PickGrid build_pick_grid_near(const MapGeometry& map, std::span<const MapPoint> points, double max_km) {
    PickGrid grid = grid_frame(map);
    std::vector<bool> wanted(static_cast<std::size_t>(grid.cols) * grid.rows, false);
    for (const MapPoint& point : points) {
        if (const long cell = point_cell(grid, point); cell >= 0) wanted[std::size_t(cell)] = true;
        CellRange range;
        if (!(max_km > 0) || !std::isfinite(point.x) || !std::isfinite(point.y) ||
            !cells_near(grid, point, max_km, range))
            continue;
        for (int row = range.row0; row <= range.row1; ++row)
            for (int col = range.col0; col <= range.col1; ++col)
                wanted[static_cast<std::size_t>(row) * grid.cols + col] = true;
    }
    fill_cells(grid, map, wanted);
    return grid;
}

int pick_region(const PickGrid& grid, const MapGeometry& map, MapPoint point) {
    const long at = point_cell(grid, point);
    if (at < 0) return -1;
    const std::size_t cell = std::size_t(at);
    for (std::uint32_t k = grid.cell_start[cell]; k < grid.cell_start[cell + 1]; ++k) {
        const std::uint32_t t = grid.cell_triangles[k];
        if (contains(triangle(map, t), point.x, point.y)) return grid.triangle_region[t];
    }
    return -1;
}

int pick_region_near(const PickGrid& grid, const MapGeometry& map, MapPoint point, double max_km) {
    const int exact = pick_region(grid, map, point);
    if (exact >= 0 || !(max_km > 0) || grid.cols == 0 || !std::isfinite(point.x) || !std::isfinite(point.y))
        return exact;
    CellRange range;
    if (!cells_near(grid, point, max_km, range)) return -1;
    int best_region = -1;
    double best = max_km;
    for (int row = range.row0; row <= range.row1; ++row) {
        for (int col = range.col0; col <= range.col1; ++col) {
            const std::size_t cell = static_cast<std::size_t>(row) * grid.cols + col;
            for (std::uint32_t k = grid.cell_start[cell]; k < grid.cell_start[cell + 1]; ++k) {
                const std::uint32_t t = grid.cell_triangles[k];
                const Tri tri = triangle(map, t);
                const double distance = std::min({segment_distance(point.x, point.y, tri.ax, tri.ay, tri.bx, tri.by),
                                                  segment_distance(point.x, point.y, tri.bx, tri.by, tri.cx, tri.cy),
                                                  segment_distance(point.x, point.y, tri.cx, tri.cy, tri.ax, tri.ay)});
                if (distance <= best) {
                    best = distance;
                    best_region = grid.triangle_region[t];
                }
            }
        }
    }
    return best_region;
}

}  // namespace atlas
