// MapAsset: reads map.bin little-endian with every count checked against the file size.
#include "core/map_asset.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <unordered_set>

namespace atlas {

namespace {

struct MapError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Little-endian cursor over the file; callers check sizes before reading.
struct Reader {
    std::span<const std::uint8_t> bytes;
    std::uint64_t pos = 0;

    std::uint16_t u16() {
        const auto* p = bytes.data() + pos;
        pos += 2;
        return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
    }
    std::uint32_t u32() {
        const auto* p = bytes.data() + pos;
        pos += 4;
        return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
               (std::uint32_t{p[3]} << 24);
    }
    float f32() {
        // memcpy, not std::bit_cast: Emscripten 3.1.6's libc++ does not have it yet.
        const std::uint32_t bits = u32();
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
};

struct Header {
    std::uint32_t version, flags;
    MapBox bbox;
    std::uint32_t region_count, vertex_count, index_count, arc_count, arc_point_count, string_bytes;
};

class MapLoader {
public:
    MapLoader(std::span<const std::uint8_t> bytes, std::string_view file_name) : in_{bytes}, file_{file_name} {}

    MapGeometry load() {
        need("header", kMapHeaderBytes);
        if (std::memcmp(in_.bytes.data(), "SFPAMAP\0", 8) != 0) fail("bad magic (expected 'SFPAMAP\\0')");
        in_.pos = 8;
        const Header h = read_header();
        MapGeometry map;
        map.bbox = h.bbox;
        const std::string strings = read_strings_ahead(h);
        read_regions(h, strings, map);
        read_points("vertices", h.vertex_count, h.bbox, map.vertices);
        read_indices(h, map);
        read_arcs(h, map);
        read_points("arc points", h.arc_point_count, h.bbox, map.arc_points);
        need("strings", h.string_bytes);
        in_.pos += h.string_bytes;
        if (in_.pos != in_.bytes.size()) {
            fail("trailing bytes: file should end at offset " + std::to_string(in_.pos) + ", file has " +
                 std::to_string(in_.bytes.size()));
        }
        return map;
    }

private:
    Reader in_;
    std::string_view file_;

    [[noreturn]] void fail(const std::string& message) const { throw MapError(std::string(file_) + ": " + message); }

    void need(std::string_view section, std::uint64_t size) const {
        if (in_.pos + size > in_.bytes.size()) {
            fail("truncated: " + std::string(section) + " section needs " + std::to_string(size) + " bytes at offset " +
                 std::to_string(in_.pos) + ", file has " + std::to_string(in_.bytes.size()));
        }
    }

    Header read_header() {
        Header h{};
        h.version = in_.u32();
        h.flags = in_.u32();
        h.bbox = MapBox{in_.f32(), in_.f32(), in_.f32(), in_.f32()};
        h.region_count = in_.u32();
        h.vertex_count = in_.u32();
        h.index_count = in_.u32();
        h.arc_count = in_.u32();
        h.arc_point_count = in_.u32();
        h.string_bytes = in_.u32();
        if (h.version != kMapVersion) fail("header: field 'version': " + std::to_string(h.version) + " is not 1");
        if (h.flags != 0) fail("header: field 'flags': " + std::to_string(h.flags) + " is not 0");
        const MapBox& b = h.bbox;
        for (float v : {b.min_x, b.min_y, b.max_x, b.max_y}) {
            if (!std::isfinite(v)) fail("header: field 'bbox': not a finite number");
        }
        if (!(b.min_x < b.max_x) || !(b.min_y < b.max_y)) fail("header: field 'bbox': min is not below max");
        if (h.region_count > kMaxMapRegions) {
            fail("header: field 'region_count': " + std::to_string(h.region_count) + " is above 65534");
        }
        if (h.index_count % 3 != 0) {
            fail("header: field 'index_count': " + std::to_string(h.index_count) + " is not a multiple of 3");
        }
        // Check the whole layout before allocating anything, in 64-bit arithmetic.
        std::uint64_t offset = in_.pos;
        for (const Section& section : sections(h)) {
            if (offset + section.size > in_.bytes.size()) {
                fail("truncated: " + std::string(section.name) + " section needs " + std::to_string(section.size) +
                     " bytes at offset " + std::to_string(offset) + ", file has " + std::to_string(in_.bytes.size()));
            }
            offset += section.size;
        }
        return h;
    }

    struct Section {
        std::string_view name;
        std::uint64_t size;
    };
    static std::array<Section, 6> sections(const Header& h) {
        return {Section{"regions", std::uint64_t{h.region_count} * kMapRegionBytes},
                Section{"vertices", std::uint64_t{h.vertex_count} * 4},
                Section{"indices", std::uint64_t{h.index_count} * 4},
                Section{"arcs", std::uint64_t{h.arc_count} * kMapArcBytes},
                Section{"arc points", std::uint64_t{h.arc_point_count} * 4},
                Section{"strings", h.string_bytes}};
    }

    // The strings come last but regions refer to them, so read them first.
    std::string read_strings_ahead(const Header& h) const {
        std::uint64_t offset = kMapHeaderBytes;
        for (const Section& section : sections(h)) {
            if (section.name != "strings") offset += section.size;
        }
        return std::string(reinterpret_cast<const char*>(in_.bytes.data() + offset), h.string_bytes);
    }

    void read_regions(const Header& h, const std::string& strings, MapGeometry& map) {
        need("regions", std::uint64_t{h.region_count} * kMapRegionBytes);
        map.regions.resize(h.region_count);
        std::unordered_set<std::string_view> keys;
        for (std::uint32_t i = 0; i < h.region_count; ++i) {
            MapRegion& r = map.regions[i];
            const std::uint32_t key_offset = in_.u32();
            r.first_vertex = in_.u32();
            r.vertex_count = in_.u32();
            r.first_index = in_.u32();
            r.index_count = in_.u32();
            r.label = Vec2f{in_.f32(), in_.f32()};
            r.area = in_.f32();
            const std::string where = "region " + std::to_string(i) + ": field ";
            if (key_offset >= strings.size()) {
                fail(where + "'key_offset': " + std::to_string(key_offset) + " is outside the " +
                     std::to_string(strings.size()) + " string bytes");
            }
            const std::size_t end = strings.find('\0', key_offset);
            if (end == std::string::npos) fail(where + "'key_offset': key is not NUL-terminated");
            if (end == key_offset) fail(where + "'key_offset': key is empty");
            r.key = strings.substr(key_offset, end - key_offset);
            const std::string named = "region " + std::to_string(i) + " '" + r.key + "': field ";
            if (!keys.insert(std::string_view(strings).substr(key_offset, end - key_offset)).second) {
                fail(named + "'key': duplicate key");
            }
            if (std::uint64_t{r.first_vertex} + r.vertex_count > h.vertex_count) {
                fail(named + "'vertex_count': range " + std::to_string(r.first_vertex) + "+" +
                     std::to_string(r.vertex_count) + " is beyond " + std::to_string(h.vertex_count) + " vertices");
            }
            if (std::uint64_t{r.first_index} + r.index_count > h.index_count) {
                fail(named + "'index_count': range " + std::to_string(r.first_index) + "+" +
                     std::to_string(r.index_count) + " is beyond " + std::to_string(h.index_count) + " indices");
            }
            if (r.first_index % 3 != 0 || r.index_count % 3 != 0) {
                fail(named + "'index_count': index range does not hold whole triangles");
            }
            if (!std::isfinite(r.label.x) || !std::isfinite(r.label.y)) fail(named + "'label': not a finite number");
            if (r.label.x < h.bbox.min_x || r.label.x > h.bbox.max_x || r.label.y < h.bbox.min_y ||
                r.label.y > h.bbox.max_y) {
                fail(named + "'label': point is outside the map bbox");
            }
            if (!std::isfinite(r.area) || r.area < 0) fail(named + "'area': not a finite non-negative number");
        }
    }

    void read_points(std::string_view section, std::uint32_t count, const MapBox& b, std::vector<Vec2f>& out) {
        need(section, std::uint64_t{count} * 4);
        out.resize(count);
        const double sx = (double{b.max_x} - b.min_x) / 65535.0;
        const double sy = (double{b.max_y} - b.min_y) / 65535.0;
        for (Vec2f& p : out) {
            const std::uint16_t qx = in_.u16();
            const std::uint16_t qy = in_.u16();
            p = Vec2f{static_cast<float>(b.min_x + qx * sx), static_cast<float>(b.min_y + qy * sy)};
        }
    }

    void read_indices(const Header& h, MapGeometry& map) {
        need("indices", std::uint64_t{h.index_count} * 4);
        map.indices.resize(h.index_count);
        for (std::uint32_t& index : map.indices) index = in_.u32();
        for (std::size_t ri = 0; ri < map.regions.size(); ++ri) {
            const MapRegion& r = map.regions[ri];
            for (std::uint32_t k = r.first_index; k < r.first_index + r.index_count; ++k) {
                const std::uint32_t v = map.indices[k];
                if (v < r.first_vertex || v - r.first_vertex >= r.vertex_count) {
                    fail("region " + std::to_string(ri) + " '" + r.key + "': field 'indices': index " +
                         std::to_string(k) + " = " + std::to_string(v) + " is outside the region's vertex range");
                }
            }
        }
    }

    void read_arcs(const Header& h, MapGeometry& map) {
        need("arcs", std::uint64_t{h.arc_count} * kMapArcBytes);
        map.arcs.resize(h.arc_count);
        for (std::uint32_t i = 0; i < h.arc_count; ++i) {
            MapArc& a = map.arcs[i];
            a.region_a = in_.u16();
            a.region_b = in_.u16();
            a.first_point = in_.u32();
            a.point_count = in_.u32();
            const std::string where = "arc " + std::to_string(i) + ": field ";
            for (auto [name, id] : {std::pair{"'region_a'", a.region_a}, std::pair{"'region_b'", a.region_b}}) {
                if (id != kNoRegion && id >= h.region_count) {
                    fail(where + name + ": " + std::to_string(id) + " is not a region (" +
                         std::to_string(h.region_count) + " regions) nor 65535");
                }
            }
            if (a.region_a == a.region_b) fail(where + "'region_b': both sides are the same region");
            if (a.point_count < 2) fail(where + "'point_count': " + std::to_string(a.point_count) + " is below 2");
            if (std::uint64_t{a.first_point} + a.point_count > h.arc_point_count) {
                fail(where + "'point_count': range " + std::to_string(a.first_point) + "+" +
                     std::to_string(a.point_count) + " is beyond " + std::to_string(h.arc_point_count) + " arc points");
            }
        }
    }
};

}  // namespace

Result<MapGeometry> load_map(std::span<const std::uint8_t> bytes, std::string_view file_name) {
    try {
        return Result<MapGeometry>::success(MapLoader(bytes, file_name).load());
    } catch (const MapError& e) {
        return Result<MapGeometry>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<MapGeometry>::failure(std::string(file_name) + ": " + e.what());
    }
}

std::vector<std::uint16_t> vertex_region_ids(const MapGeometry& map) {
    std::vector<std::uint16_t> ids(map.vertices.size(), kNoRegion);
    for (std::size_t i = 0; i < map.regions.size(); ++i) {
        const MapRegion& r = map.regions[i];
        for (std::uint32_t v = r.first_vertex; v < r.first_vertex + r.vertex_count; ++v) {
            ids[v] = static_cast<std::uint16_t>(i);
        }
    }
    return ids;
}

std::vector<MapBox> region_boxes(const MapGeometry& map) {
    std::vector<MapBox> boxes(map.regions.size());
    for (std::size_t i = 0; i < map.regions.size(); ++i) {
        const MapRegion& r = map.regions[i];
        if (r.vertex_count == 0) continue;
        MapBox b{map.vertices[r.first_vertex].x, map.vertices[r.first_vertex].y, map.vertices[r.first_vertex].x,
                 map.vertices[r.first_vertex].y};
        for (std::uint32_t v = r.first_vertex; v < r.first_vertex + r.vertex_count; ++v) {
            b.min_x = std::min(b.min_x, map.vertices[v].x), b.max_x = std::max(b.max_x, map.vertices[v].x);
            b.min_y = std::min(b.min_y, map.vertices[v].y), b.max_y = std::max(b.max_y, map.vertices[v].y);
        }
        boxes[i] = b;
    }
    return boxes;
}

int map_region_index(const MapGeometry& map, std::string_view key) {
    for (std::size_t i = 0; i < map.regions.size(); ++i) {
        if (map.regions[i].key == key) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace atlas
