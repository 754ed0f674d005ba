// map_asset_fuzz: load_map on arbitrary bytes; a map that loads gets a pick grid and a few picks.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "core/map_asset.hpp"
#include "core/pick.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result = atlas::load_map(std::span<const std::uint8_t>(data, size), "map.bin");
    if (!result.ok()) {
        if (result.error.empty()) std::abort();  // a failure must say why
        return 0;
    }
    const atlas::MapGeometry& map = *result.value;
    const auto ids = atlas::vertex_region_ids(map);
    if (ids.size() != map.vertices.size()) std::abort();
    const atlas::PickGrid grid = atlas::build_pick_grid(map);
    if (grid.cell_start.size() != static_cast<std::size_t>(grid.cols) * grid.rows + 1) std::abort();
    const atlas::MapBox& b = map.bbox;
    const double cx = (double{b.min_x} + b.max_x) / 2, cy = (double{b.min_y} + b.max_y) / 2;
    const atlas::MapPoint points[] = {{b.min_x, b.min_y},  {b.max_x, b.max_y},  {cx, cy},
                                      {b.min_x - 1.0, cy}, {cx, b.max_y + 1.0}, {b.max_x, b.min_y}};
    const auto check = [&](int region) {
        if (region < -1 || region >= static_cast<int>(map.regions.size())) std::abort();
    };
    for (const atlas::MapPoint& p : points) {
        check(atlas::pick_region(grid, map, p));
        check(atlas::pick_region_near(grid, map, p, 10.0));
    }
    for (std::size_t i = 0; i < map.regions.size() && i < 8; ++i) {
        const atlas::Vec2f label = map.regions[i].label;
        check(atlas::pick_region(grid, map, {label.x, label.y}));
        check(atlas::pick_region_near(grid, map, {label.x + 0.5, label.y - 0.5}, 25.0));
        if (atlas::map_region_index(map, map.regions[i].key) != static_cast<int>(i)) std::abort();
    }
    for (std::size_t i = 0; i < map.vertices.size() && i < 8; ++i)
        check(atlas::pick_region(grid, map, {map.vertices[i].x, map.vertices[i].y}));
    return 0;
}
