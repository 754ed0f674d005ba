// MapAsset: map.bin (docs/data-model.md) parsed and validated into a MapGeometry: points delta-coded,
// a region's vertices copied from its border arcs, triangles region-local.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace atlas {

inline constexpr std::uint32_t kMapVersion = 2;
inline constexpr std::uint32_t kMapHeaderBytes = 68;
inline constexpr std::uint32_t kMapRegionBytes = 24;
inline constexpr std::uint32_t kMapArcBytes = 8;
inline constexpr std::uint32_t kMaxMapRegions = 65534;
inline constexpr std::uint16_t kNoRegion = 0xFFFF;  // arc side: sea or outside the frame

struct Vec2f {
    float x = 0;
    float y = 0;
};

struct MapBox {
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

struct MapRegion {
    std::string key;
    std::uint32_t first_vertex = 0, vertex_count = 0;
    std::uint32_t first_index = 0, index_count = 0;
    Vec2f label;     // map units, inside the region's largest part
    float area = 0;  // km^2
};

struct MapArc {
    std::uint16_t region_a = kNoRegion, region_b = kNoRegion;
    std::uint32_t first_point = 0, point_count = 0;
};

// Dequantised geometry; never changes after load.
struct MapGeometry {
    MapBox bbox;
    std::vector<MapRegion> regions;
    std::vector<Vec2f> vertices;
    std::vector<std::uint32_t> indices;  // triangles, into the whole vertex array
    std::vector<MapArc> arcs;
    std::vector<Vec2f> arc_points;
};

Result<MapGeometry> load_map(std::span<const std::uint8_t> bytes, std::string_view file_name);

// Region index of every vertex (for a per-vertex attribute on the GPU).
std::vector<std::uint16_t> vertex_region_ids(const MapGeometry& map);

// The bounding box of points (at least one), km.
MapBox box_of(std::span<const Vec2f> points);

// Each region's bounding box, km (empty regions get an empty box at the origin).
std::vector<MapBox> region_boxes(const MapGeometry& map);

// Index of the region with this key, or -1.
int map_region_index(const MapGeometry& map, std::string_view key);

}  // namespace atlas
