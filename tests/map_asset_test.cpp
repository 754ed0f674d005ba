// MapAsset tests: a valid small map.bin (version 2), one failing example per validation rule, truncation and
// corruption.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/map_asset.hpp"
#include "core/pick.hpp"
#include "fixtures/map_builder.hpp"

using namespace atlas;
using fixtures::poke_f32;
using fixtures::poke_u32;
namespace off = fixtures::offset;

namespace {

std::vector<std::uint8_t> small_bin() { return fixtures::build_map_bin(fixtures::small_map()); }

Result<MapGeometry> load(const std::vector<std::uint8_t>& bytes) { return load_map(bytes, "map.bin"); }

std::string error_of(const std::vector<std::uint8_t>& bytes) {
    const auto result = load(bytes);
    REQUIRE_FALSE(result.ok());
    return result.error;
}

// Section offsets of a file built by the fixture builder (from its header counts).
struct Layout {
    std::size_t regions, arcs, arc_points, vertices, indices, strings, end;
};
std::uint32_t u32_at(const std::vector<std::uint8_t>& b, std::size_t o) {
    return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (std::uint32_t{b[o + 3]} << 24);
}
Layout layout(const std::vector<std::uint8_t>& b) {
    Layout l{};
    l.regions = off::regions;
    l.arcs = l.regions + 24 * u32_at(b, off::region_count);
    l.arc_points = l.arcs + 8 * u32_at(b, off::arc_count);
    l.vertices = l.arc_points + u32_at(b, off::arc_point_bytes);
    l.indices = l.vertices + u32_at(b, off::vertex_bytes);
    l.strings = l.indices + u32_at(b, off::index_bytes);
    l.end = l.strings + u32_at(b, off::string_bytes);
    return l;
}
// Region record fields: key_offset 0, vertex_count 4, index_count 8, label_x 12, label_y 16, area 20.
std::size_t region_field(int region, int field_offset) {
    return off::regions + 24 * static_cast<std::size_t>(region) + field_offset;
}

}  // namespace

TEST_CASE("a valid small map loads with its keys, ranges and dequantised points") {
    const auto bytes = small_bin();
    CHECK(layout(bytes).end == bytes.size());
    const auto result = load(bytes);
    REQUIRE_MESSAGE(result.ok(), result.error);
    const MapGeometry& map = *result.value;
    REQUIRE(map.regions.size() == 4);
    CHECK(map.regions[0].key == "west");
    CHECK(map.regions[3].key == "enclave");
    CHECK(map.regions[2].first_vertex == 8);
    CHECK(map.regions[2].first_index == 12);
    CHECK(map.regions[2].index_count == 24);
    CHECK(map.vertices.size() == 20);
    CHECK(map.indices.size() == 42);
    CHECK(map.arcs.size() == 3);
    CHECK(map.arcs[1].region_b == kNoRegion);
    CHECK(map.arcs[2].first_point == 6);
    CHECK(map.arc_points.size() == 11);
    CHECK(map.arc_points[6].x == 420.0f);
    CHECK(map.vertices[5].x == 200.0f);  // east's second corner
    CHECK(map.indices[7] == 5);          // east's second corner, region-local 1 in the file
    // The enclave's corners are a copy of its coast (arc 2) without the repeated closing point.
    CHECK(map.vertices[16].x == 420.0f);
    CHECK(map.vertices[18].y == 480.0f);
    CHECK(map.vertices[19].x == 420.0f);
    CHECK(map.vertices[19].y == 480.0f);
    CHECK(map.regions[1].label.x == 150.0f);
    CHECK(map.regions[2].area == doctest::Approx(80000.0));
    CHECK(map_region_index(map, "ring") == 2);
    CHECK(map_region_index(map, "nowhere") == -1);
    const auto ids = vertex_region_ids(map);
    CHECK(ids[3] == 0);
    CHECK(ids[19] == 3);
}

TEST_CASE("quantised points span the bbox from min at 0 to max at 65535") {
    fixtures::MapSpec spec;
    spec.bbox = MapBox{-1000.5f, 20.25f, 3000.5f, 4020.25f};
    spec.regions = {fixtures::RegionSpec{"a", {{0, 0}, {65535, 0}, {0, 65535}}, {0, 1, 2}, 0, 100, 1}};
    const auto result = load(fixtures::build_map_bin(spec));
    REQUIRE_MESSAGE(result.ok(), result.error);
    const auto& v = result.value->vertices;
    CHECK(v[0].x == -1000.5f);
    CHECK(v[0].y == 20.25f);
    CHECK(v[1].x == 3000.5f);
    CHECK(v[2].y == 4020.25f);
}

TEST_CASE("an empty map with no regions is valid") {
    const auto result = load(fixtures::build_map_bin(fixtures::MapSpec{}));
    REQUIRE_MESSAGE(result.ok(), result.error);
    CHECK(result.value->regions.empty());
}

TEST_CASE("the header's magic, version, flags and bbox are checked") {
    auto bytes = small_bin();
    bytes[3] = 'X';
    CHECK(error_of(bytes).find("map.bin: bad magic") == 0);

    bytes = small_bin();
    poke_u32(bytes, off::version, 1);  // the old format with plain u16/u32 arrays
    CHECK(error_of(bytes) == "map.bin: header: field 'version': 1 is not 2");

    bytes = small_bin();
    poke_u32(bytes, off::flags, 1);
    CHECK(error_of(bytes) == "map.bin: header: field 'flags': 1 is not 0");

    bytes = small_bin();
    poke_f32(bytes, off::min_x, std::numeric_limits<float>::quiet_NaN());
    CHECK(error_of(bytes).find("field 'bbox': not a finite number") != std::string::npos);

    bytes = small_bin();
    poke_f32(bytes, off::max_x, std::numeric_limits<float>::infinity());
    CHECK(error_of(bytes).find("field 'bbox'") != std::string::npos);

    bytes = small_bin();
    poke_f32(bytes, off::max_x, -5.0f);
    CHECK(error_of(bytes).find("field 'bbox': min is not below max") != std::string::npos);
}

TEST_CASE("header counts beyond the limits or the file size are refused before anything is read") {
    auto bytes = small_bin();
    poke_u32(bytes, off::region_count, 65535);
    CHECK(error_of(bytes) == "map.bin: header: field 'region_count': 65535 is above 65534");

    bytes = small_bin();
    poke_u32(bytes, off::index_count, 43);
    CHECK(error_of(bytes).find("field 'index_count': 43 is not a multiple of 3") != std::string::npos);

    bytes = small_bin();
    poke_u32(bytes, off::vertex_count, 0xFFFFFFFFu);  // 32 GiB of vertices: refused, no allocation
    CHECK(error_of(bytes) == "map.bin: header: field 'vertex_count': 4294967295 is above 4194304");

    bytes = small_bin();
    poke_u32(bytes, off::arc_point_count, 0xFFFFFFFFu);  // each point needs 2 bytes at least
    CHECK(error_of(bytes).find("field 'arc_point_count': 4294967295 points cannot fit in") != std::string::npos);

    bytes = small_bin();
    poke_u32(bytes, off::index_count, 0xFFFFFFF0u);  // a multiple of 3; each index needs a byte at least
    CHECK(error_of(bytes) == "map.bin: header: field 'index_count': 4294967280 indices cannot fit in 42 bytes");

    bytes = small_bin();
    const std::size_t strings_at = layout(bytes).strings;
    poke_u32(bytes, off::string_bytes, 0xFFFFFFFFu);
    CHECK(error_of(bytes).find("truncated: strings section needs 4294967295 bytes at offset " +
                               std::to_string(strings_at)) != std::string::npos);

    bytes = small_bin();
    poke_u32(bytes, off::vertex_bytes, 0xFFFFFFFFu);
    CHECK(error_of(bytes).find("truncated: vertices section needs 4294967295 bytes") != std::string::npos);

    bytes = small_bin();
    bytes.resize(100);
    CHECK(error_of(bytes) == "map.bin: truncated: regions section needs 96 bytes at offset 68, file has 100");

    bytes.resize(10);
    CHECK(error_of(bytes) == "map.bin: truncated: header section needs 68 bytes at offset 0, file has 10");
}

TEST_CASE("the file must end exactly after the strings") {
    auto bytes = small_bin();
    const std::size_t size = bytes.size();
    bytes.push_back(0);
    CHECK(error_of(bytes) == "map.bin: trailing bytes: file should end at offset " + std::to_string(size) +
                                 ", file has " + std::to_string(size + 1));
}

TEST_CASE("region keys must lie in the strings, end with NUL, be non-empty and unique") {
    auto bytes = small_bin();
    poke_u32(bytes, region_field(1, 0), 23);
    CHECK(error_of(bytes) == "map.bin: region 1: field 'key_offset': 23 is outside the 23 string bytes");

    bytes = small_bin();
    bytes.back() = 'x';  // enclave's terminating NUL
    CHECK(error_of(bytes) == "map.bin: region 3: field 'key_offset': key is not NUL-terminated");

    bytes = small_bin();
    poke_u32(bytes, region_field(0, 0), 4);  // the NUL after "west"
    CHECK(error_of(bytes) == "map.bin: region 0: field 'key_offset': key is empty");

    bytes = small_bin();
    poke_u32(bytes, region_field(2, 0), 5);  // "east" again
    CHECK(error_of(bytes) == "map.bin: region 2 'east': field 'key': duplicate key");
}

TEST_CASE("region vertex and index ranges must fit, hold whole triangles and add up to the header's") {
    auto bytes = small_bin();
    poke_u32(bytes, region_field(3, 4), 5);  // enclave: 16 + 5 > 20 vertices
    CHECK(error_of(bytes) == "map.bin: region 3 'enclave': field 'vertex_count': range 16+5 is beyond 20 vertices");

    bytes = small_bin();
    poke_u32(bytes, region_field(3, 4), 0xFFFFFFFEu);  // near 2^32: 64-bit sum
    CHECK(error_of(bytes).find("field 'vertex_count': range 16+4294967294") != std::string::npos);

    bytes = small_bin();
    poke_u32(bytes, region_field(3, 8), 9);
    CHECK(error_of(bytes) == "map.bin: region 3 'enclave': field 'index_count': range 36+9 is beyond 42 indices");

    bytes = small_bin();
    poke_u32(bytes, region_field(0, 8), 4);
    CHECK(error_of(bytes) ==
          "map.bin: region 0 'west': field 'index_count': index range does not hold whole triangles");

    bytes = small_bin();
    poke_u32(bytes, region_field(0, 4), 3);  // west one vertex short: the regions hold 19 of 20
    CHECK(error_of(bytes) == "map.bin: regions: they hold 19 vertices and 42 indices, the header says 20 and 42");
}

TEST_CASE("a region's triangles may only use its own vertices") {
    // Every index of the small map is one byte: a zig-zag step from the one before in its region.
    auto bytes = small_bin();
    bytes[layout(bytes).indices + 7] = 0x7F;  // east's second index: 0 - 64
    CHECK(error_of(bytes) ==
          "map.bin: region 1 'east': field 'indices': index 7 = -64 is outside the region's 4 vertices");

    bytes = small_bin();
    bytes[layout(bytes).indices + 41] = 2 * 20;  // the last index 20 beyond the one before
    CHECK(error_of(bytes).find("region 3 'enclave': field 'indices': index 41 = ") != std::string::npos);
}

TEST_CASE("delta-coded points must stay inside the quantised frame and numbers inside their section") {
    auto bytes = small_bin();
    const Layout l = layout(bytes);
    REQUIRE(bytes[l.arc_points] == 0xC8);  // 200 = zig-zag of +100, the first arc's x
    bytes[l.arc_points] = 0xC9;            // 201: -101
    CHECK(error_of(bytes) == "map.bin: arc points: point 0 (-101, 0) is outside 0..65535");

    bytes = small_bin();
    bytes[l.strings - 1] = 0x80;  // the last index goes on into the strings
    CHECK(error_of(bytes) == "map.bin: indices: a number runs past the section's end");

    bytes = small_bin();
    bytes[l.indices] = 0xFF;  // west's first index: 5 bytes of 0xFF would be more than 32 bits
    bytes[l.indices + 1] = 0xFF;
    bytes[l.indices + 2] = 0xFF;
    bytes[l.indices + 3] = 0xFF;
    bytes[l.indices + 4] = 0x7F;
    CHECK(error_of(bytes) == "map.bin: indices: a number is longer than 32 bits");

    bytes = small_bin();  // one point less in the last arc: two bytes of arc points left over
    poke_u32(bytes, off::arc_point_count, 10);
    poke_u32(bytes, l.arcs + 8 * 2 + 4, 4);
    CHECK(error_of(bytes) == "map.bin: arc points: 2 bytes are left over after the last number");
}

TEST_CASE("a region's vertices copy real arcs and give exactly its vertex count") {
    // The enclave's four corners are one byte: a copy of arc 2 without its closing point.
    auto bytes = small_bin();
    const Layout l = layout(bytes);
    REQUIRE(bytes[l.indices - 1] == ((2 << 4) | 8 | 1));
    bytes[l.indices - 1] = (7 << 4) | 1;
    CHECK(error_of(bytes) == "map.bin: vertices: region 3 'enclave' copies arc 7 of 3");

    bytes[l.indices - 1] = (2 << 4) | 1;  // with its closing point: 5 for the 4 corners
    CHECK(error_of(bytes) ==
          "map.bin: vertices: region 3 'enclave' copies 5 points of arc 2 with 4 vertices left to give");

    bytes = small_bin();
    REQUIRE(bytes[l.vertices] == 4 << 1);  // west: a run of 4 points
    bytes[l.vertices] = 0;
    CHECK(error_of(bytes) == "map.bin: vertices: region 0 'west' gives a run of 0 points with 4 vertices left to give");

    bytes[l.vertices] = 5 << 1;
    CHECK(error_of(bytes).find("region 0 'west' gives a run of 5 points with 4 vertices left") != std::string::npos);
}

TEST_CASE("labels must be finite and inside the bbox, areas finite and not negative") {
    auto bytes = small_bin();
    poke_f32(bytes, region_field(2, 16), std::numeric_limits<float>::quiet_NaN());
    CHECK(error_of(bytes) == "map.bin: region 2 'ring': field 'label': not a finite number");

    bytes = small_bin();
    poke_f32(bytes, region_field(2, 12), -1.0f);
    CHECK(error_of(bytes) == "map.bin: region 2 'ring': field 'label': point is outside the map bbox");

    bytes = small_bin();
    poke_f32(bytes, region_field(1, 20), -3.0f);
    CHECK(error_of(bytes) == "map.bin: region 1 'east': field 'area': not a finite non-negative number");

    bytes = small_bin();
    poke_f32(bytes, region_field(1, 20), std::numeric_limits<float>::infinity());
    CHECK(error_of(bytes).find("field 'area'") != std::string::npos);
}

TEST_CASE("arcs must name real regions or the sea and point inside the arc points") {
    const auto base = small_bin();
    const std::size_t arc1 = layout(base).arcs + 8;

    auto bytes = base;
    bytes[arc1 + 0] = 4;  // region_a = 4 with 4 regions
    bytes[arc1 + 1] = 0;
    CHECK(error_of(bytes) == "map.bin: arc 1: field 'region_a': 4 is not a region (4 regions) nor 65535");

    bytes = base;
    bytes[arc1 + 2] = 0xFE;  // region_b = 0xFFFE
    CHECK(error_of(bytes) == "map.bin: arc 1: field 'region_b': 65534 is not a region (4 regions) nor 65535");

    bytes = base;
    bytes[arc1 + 2] = 0;
    bytes[arc1 + 3] = 0;  // region_b = 0 = region_a
    CHECK(error_of(bytes) == "map.bin: arc 1: field 'region_b': both sides are the same region");

    bytes = base;
    poke_u32(bytes, arc1 + 4, 1);
    CHECK(error_of(bytes) == "map.bin: arc 1: field 'point_count': 1 is below 2");

    bytes = base;
    poke_u32(bytes, arc1 + 4, 10);  // first_point 2 + 10 > 11
    CHECK(error_of(bytes) == "map.bin: arc 1: field 'point_count': range 2+10 is beyond 11 arc points");

    bytes = base;
    poke_u32(bytes, arc1 + 4, 0xFFFFFFFFu);
    CHECK(error_of(bytes).find("field 'point_count': range 2+4294967295") != std::string::npos);

    bytes = base;
    poke_u32(bytes, arc1 + 4, 3);  // one short: the arcs hold 10 of the header's 11 points
    CHECK(error_of(bytes) == "map.bin: arcs: they hold 10 points, the header says 11");
}

TEST_CASE("every strict prefix of a valid map fails cleanly with a message naming the file") {
    const auto bytes = small_bin();
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        const std::vector<std::uint8_t> prefix(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length));
        const auto result = load(prefix);
        REQUIRE_MESSAGE(!result.ok(), "prefix of length " << length << " loaded");
        REQUIRE(result.error.rfind("map.bin: ", 0) == 0);
    }
}

TEST_CASE("a map with any single corrupted byte either fails cleanly or loads consistent geometry") {
    const auto base = small_bin();
    int loaded = 0, failed = 0;
    for (std::size_t i = 0; i < base.size(); ++i) {
        for (int change : {0x00, 0xFF, 0x01, 0x80, 0x7F}) {
            auto bytes = base;
            bytes[i] = change == 0x00 || change == 0xFF || change == 0x7F
                           ? static_cast<std::uint8_t>(change)
                           : static_cast<std::uint8_t>(bytes[i] ^ change);
            const auto result = load(bytes);
            if (!result.ok()) {
                REQUIRE(result.error.rfind("map.bin: ", 0) == 0);
                ++failed;
                continue;
            }
            ++loaded;
            const MapGeometry& map = *result.value;
            for (const MapRegion& r : map.regions) {
                for (std::uint32_t k = r.first_index; k < r.first_index + r.index_count; ++k) {
                    REQUIRE(map.indices[k] < map.vertices.size());
                }
            }
            const PickGrid grid = build_pick_grid(map);
            for (double x = -50; x < 700; x += 37) pick_region(grid, map, MapPoint{x, x * 0.7});
        }
    }
    CHECK(failed > 0);
    CHECK(loaded > 0);  // vertex coordinates and labels can change harmlessly
}

TEST_CASE("each region's box holds all its triangles' corners and touches them on every side") {
    const auto map = load(small_bin());
    REQUIRE(map.ok());
    const std::vector<MapBox> boxes = region_boxes(*map.value);
    REQUIRE(boxes.size() == map.value->regions.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const MapRegion& r = map.value->regions[i];
        const MapBox& b = boxes[i];
        bool min_x = false, max_x = false, min_y = false, max_y = false;
        for (std::uint32_t k = r.first_index; k < r.first_index + r.index_count; ++k) {
            const Vec2f p = map.value->vertices[map.value->indices[k]];
            CHECK(p.x >= b.min_x);
            CHECK(p.x <= b.max_x);
            CHECK(p.y >= b.min_y);
            CHECK(p.y <= b.max_y);
            min_x |= p.x == b.min_x, max_x |= p.x == b.max_x, min_y |= p.y == b.min_y, max_y |= p.y == b.max_y;
        }
        CHECK((min_x && max_x && min_y && max_y));
    }
}
