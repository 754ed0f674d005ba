// MapAsset: reads map.bin (version 2) little-endian with every count checked against the file size
// before anything is allocated, and every decoded number checked against what it indexes.
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
    std::uint32_t arc_point_bytes, vertex_bytes, index_bytes;
};

using QPoint = std::array<std::int64_t, 2>;  // quantised, 0..65535 once checked

// A region's vertices beyond this are refused before anything is allocated (the map has ~27,000).
constexpr std::uint32_t kMaxMapVertices = 1u << 22;

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
        read_arcs(h, map);
        const std::vector<QPoint> arc_points = read_arc_points(h, map);
        read_vertices(h, arc_points, map);
        read_indices(h, map);
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
        h.arc_point_bytes = in_.u32();
        h.vertex_bytes = in_.u32();
        h.index_bytes = in_.u32();
        if (h.version != kMapVersion) fail("header: field 'version': " + std::to_string(h.version) + " is not 2");
        if (h.flags != 0) fail("header: field 'flags': " + std::to_string(h.flags) + " is not 0");
        const MapBox& b = h.bbox;
        for (float v : {b.min_x, b.min_y, b.max_x, b.max_y}) {
            if (!std::isfinite(v)) fail("header: field 'bbox': not a finite number");
        }
        if (!(b.min_x < b.max_x) || !(b.min_y < b.max_y)) fail("header: field 'bbox': min is not below max");
        if (h.region_count > kMaxMapRegions) {
            fail("header: field 'region_count': " + std::to_string(h.region_count) + " is above 65534");
        }
        if (h.vertex_count > kMaxMapVertices) {
            fail("header: field 'vertex_count': " + std::to_string(h.vertex_count) + " is above " +
                 std::to_string(kMaxMapVertices));
        }
        if (h.index_count % 3 != 0) {
            fail("header: field 'index_count': " + std::to_string(h.index_count) + " is not a multiple of 3");
        }
        // A point takes at least 2 bytes of its section, an index 1: counts beyond are refused here,
        // before anything is allocated.
        if (std::uint64_t{h.arc_point_count} * 2 > h.arc_point_bytes) {
            fail("header: field 'arc_point_count': " + std::to_string(h.arc_point_count) + " points cannot fit in " +
                 std::to_string(h.arc_point_bytes) + " bytes");
        }
        if (h.index_count > h.index_bytes) {
            fail("header: field 'index_count': " + std::to_string(h.index_count) + " indices cannot fit in " +
                 std::to_string(h.index_bytes) + " bytes");
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
                Section{"arcs", std::uint64_t{h.arc_count} * kMapArcBytes},
                Section{"arc points", h.arc_point_bytes},
                Section{"vertices", h.vertex_bytes},
                Section{"indices", h.index_bytes},
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
        map.regions.resize(h.region_count);
        std::unordered_set<std::string_view> keys;
        std::uint64_t first_vertex = 0, first_index = 0;
        for (std::uint32_t i = 0; i < h.region_count; ++i) {
            MapRegion& r = map.regions[i];
            const std::uint32_t key_offset = in_.u32();
            r.vertex_count = in_.u32();
            r.index_count = in_.u32();
            r.label = Vec2f{in_.f32(), in_.f32()};
            r.area = in_.f32();
            const auto where = [i] { return "region " + std::to_string(i) + ": field "; };
            if (key_offset >= strings.size()) {
                fail(where() + "'key_offset': " + std::to_string(key_offset) + " is outside the " +
                     std::to_string(strings.size()) + " string bytes");
            }
            const std::size_t end = strings.find('\0', key_offset);
            if (end == std::string::npos) fail(where() + "'key_offset': key is not NUL-terminated");
            if (end == key_offset) fail(where() + "'key_offset': key is empty");
            r.key = strings.substr(key_offset, end - key_offset);
            const auto named = [&] { return "region " + std::to_string(i) + " '" + r.key + "': field "; };
            if (!keys.insert(std::string_view(strings).substr(key_offset, end - key_offset)).second) {
                fail(named() + "'key': duplicate key");
            }
            if (first_vertex + r.vertex_count > h.vertex_count) {
                fail(named() + "'vertex_count': range " + std::to_string(first_vertex) + "+" +
                     std::to_string(r.vertex_count) + " is beyond " + std::to_string(h.vertex_count) + " vertices");
            }
            if (first_index + r.index_count > h.index_count) {
                fail(named() + "'index_count': range " + std::to_string(first_index) + "+" +
                     std::to_string(r.index_count) + " is beyond " + std::to_string(h.index_count) + " indices");
            }
            if (r.index_count % 3 != 0) fail(named() + "'index_count': index range does not hold whole triangles");
            r.first_vertex = static_cast<std::uint32_t>(first_vertex);
            r.first_index = static_cast<std::uint32_t>(first_index);
            first_vertex += r.vertex_count;
            first_index += r.index_count;
            if (!std::isfinite(r.label.x) || !std::isfinite(r.label.y)) fail(named() + "'label': not a finite number");
            if (r.label.x < h.bbox.min_x || r.label.x > h.bbox.max_x || r.label.y < h.bbox.min_y ||
                r.label.y > h.bbox.max_y) {
                fail(named() + "'label': point is outside the map bbox");
            }
            if (!std::isfinite(r.area) || r.area < 0) fail(named() + "'area': not a finite non-negative number");
        }
        if (first_vertex != h.vertex_count || first_index != h.index_count) {
            fail("regions: they hold " + std::to_string(first_vertex) + " vertices and " + std::to_string(first_index) +
                 " indices, the header says " + std::to_string(h.vertex_count) + " and " +
                 std::to_string(h.index_count));
        }
    }

    void read_arcs(const Header& h, MapGeometry& map) {
        map.arcs.resize(h.arc_count);
        std::uint64_t first_point = 0;
        for (std::uint32_t i = 0; i < h.arc_count; ++i) {
            MapArc& a = map.arcs[i];
            a.region_a = in_.u16();
            a.region_b = in_.u16();
            a.point_count = in_.u32();
            const auto where = [i] { return "arc " + std::to_string(i) + ": field "; };
            for (auto [name, id] : {std::pair{"'region_a'", a.region_a}, std::pair{"'region_b'", a.region_b}}) {
                if (id != kNoRegion && id >= h.region_count) {
                    fail(where() + name + ": " + std::to_string(id) + " is not a region (" +
                         std::to_string(h.region_count) + " regions) nor 65535");
                }
            }
            if (a.region_a == a.region_b) fail(where() + "'region_b': both sides are the same region");
            if (a.point_count < 2) fail(where() + "'point_count': " + std::to_string(a.point_count) + " is below 2");
            if (first_point + a.point_count > h.arc_point_count) {
                fail(where() + "'point_count': range " + std::to_string(first_point) + "+" +
                     std::to_string(a.point_count) + " is beyond " + std::to_string(h.arc_point_count) + " arc points");
            }
            a.first_point = static_cast<std::uint32_t>(first_point);
            first_point += a.point_count;
        }
        if (first_point != h.arc_point_count) {
            fail("arcs: they hold " + std::to_string(first_point) + " points, the header says " +
                 std::to_string(h.arc_point_count));
        }
    }

    // A section of zig-zag varints (7 bits a byte, low first; n >= 0 as 2n, n < 0 as -2n-1).
    class Varints {
    public:
        Varints(const MapLoader& loader, std::string_view section, std::uint64_t size)
            : loader_{loader}, section_{section}, at_{loader.in_.pos}, end_{loader.in_.pos + size} {}

        std::uint32_t next() {
            // Most numbers take one byte (the indices' steps, the points' small deltas).
            if (at_ < end_ && loader_.in_.bytes[at_] < 0x80) return loader_.in_.bytes[at_++];
            return next_long();
        }
        std::uint32_t next_long() {
            std::uint64_t value = 0;
            for (int shift = 0;; shift += 7) {
                if (at_ >= end_) loader_.fail(std::string(section_) + ": a number runs past the section's end");
                const std::uint8_t byte = loader_.in_.bytes[at_++];
                value |= std::uint64_t{byte & 0x7Fu} << shift;
                if (!(byte & 0x80)) break;
                if (shift >= 28) loader_.fail(std::string(section_) + ": a number is longer than 32 bits");
            }
            if (value > 0xFFFFFFFFu) loader_.fail(std::string(section_) + ": a number is longer than 32 bits");
            return static_cast<std::uint32_t>(value);
        }
        std::int64_t next_signed() {
            const std::uint32_t u = next();
            return (u & 1) ? -static_cast<std::int64_t>(u >> 1) - 1 : static_cast<std::int64_t>(u >> 1);
        }
        // A point delta-coded from prev, which must land inside the quantised frame. what() names
        // it in the message: made only then (a string per point was most of loading the points in
        // the page's unoptimised first code).
        template <class Describe>
        QPoint next_point(const QPoint& prev, const Describe& what) {
            const QPoint p{prev[0] + next_signed(), prev[1] + next_signed()};
            if (p[0] < 0 || p[0] > 65535 || p[1] < 0 || p[1] > 65535) {
                loader_.fail(std::string(section_) + ": " + what() + " (" + std::to_string(p[0]) + ", " +
                             std::to_string(p[1]) + ") is outside 0..65535");
            }
            return p;
        }
        void finish() const {
            if (at_ != end_) {
                loader_.fail(std::string(section_) + ": " + std::to_string(end_ - at_) +
                             " bytes are left over after the last number");
            }
        }

    private:
        const MapLoader& loader_;
        std::string_view section_;
        std::uint64_t at_, end_;
    };

    Vec2f dequantise(const QPoint& q, const MapBox& b) const {
        const double sx = (double{b.max_x} - b.min_x) / 65535.0;
        const double sy = (double{b.max_y} - b.min_y) / 65535.0;
        return Vec2f{static_cast<float>(b.min_x + q[0] * sx), static_cast<float>(b.min_y + q[1] * sy)};
    }

    // Every arc's points in one run, each from the one before.
    std::vector<QPoint> read_arc_points(const Header& h, MapGeometry& map) {
        Varints in(*this, "arc points", h.arc_point_bytes);
        std::vector<QPoint> points(h.arc_point_count);
        QPoint prev{0, 0};
        for (std::uint32_t i = 0; i < h.arc_point_count; ++i) {
            points[i] = prev = in.next_point(prev, [i] { return "point " + std::to_string(i); });
        }
        in.finish();
        in_.pos += h.arc_point_bytes;
        map.arc_points.resize(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) map.arc_points[i] = dequantise(points[i], h.bbox);
        return points;
    }

    // Per region, runs until its vertex_count: a copy of an arc (op odd: arc << 4 | drop_last << 3 |
    // skip_first << 2 | reversed << 1 | 1) or n points each from the one before (op = n << 1).
    void read_vertices(const Header& h, const std::vector<QPoint>& arc_points, MapGeometry& map) {
        Varints in(*this, "vertices", h.vertex_bytes);
        map.vertices.reserve(h.vertex_count);
        for (std::size_t ri = 0; ri < map.regions.size(); ++ri) {
            const MapRegion& r = map.regions[ri];
            const auto where = [&] { return "region " + std::to_string(ri) + " '" + r.key + "'"; };
            QPoint prev{0, 0};
            std::uint32_t got = 0;
            while (got < r.vertex_count) {
                const std::uint32_t op = in.next();
                const std::uint32_t left = r.vertex_count - got;
                if (op & 1) {
                    const std::uint32_t arc = op >> 4;
                    const bool reversed = op & 2, skip_first = op & 4, drop_last = op & 8;
                    if (arc >= map.arcs.size()) {
                        fail("vertices: " + where() + " copies arc " + std::to_string(arc) + " of " +
                             std::to_string(map.arcs.size()));
                    }
                    const MapArc& a = map.arcs[arc];
                    const std::uint32_t n = a.point_count - skip_first - drop_last;
                    if (n == 0 || n > left) {
                        fail("vertices: " + where() + " copies " + std::to_string(n) + " points of arc " +
                             std::to_string(arc) + " with " + std::to_string(left) + " vertices left to give");
                    }
                    for (std::uint32_t k = skip_first; k < skip_first + n; ++k) {
                        prev = arc_points[a.first_point + (reversed ? a.point_count - 1 - k : k)];
                        map.vertices.push_back(dequantise(prev, h.bbox));
                    }
                    got += n;
                } else {
                    const std::uint32_t n = op >> 1;
                    if (n == 0 || n > left) {
                        fail("vertices: " + where() + " gives a run of " + std::to_string(n) + " points with " +
                             std::to_string(left) + " vertices left to give");
                    }
                    for (std::uint32_t k = 0; k < n; ++k) {
                        prev = in.next_point(prev, [&] { return where() + " vertex " + std::to_string(got + k); });
                        map.vertices.push_back(dequantise(prev, h.bbox));
                    }
                    got += n;
                }
            }
        }
        in.finish();
        in_.pos += h.vertex_bytes;
    }

    // Per region, its triangles' corners as region-local vertex numbers, each from the one before.
    void read_indices(const Header& h, MapGeometry& map) {
        Varints in(*this, "indices", h.index_bytes);
        map.indices.resize(h.index_count);
        for (std::size_t ri = 0; ri < map.regions.size(); ++ri) {
            const MapRegion& r = map.regions[ri];
            std::int64_t local = 0;
            for (std::uint32_t k = r.first_index; k < r.first_index + r.index_count; ++k) {
                local += in.next_signed();
                if (local < 0 || local >= r.vertex_count) {
                    fail("region " + std::to_string(ri) + " '" + r.key + "': field 'indices': index " +
                         std::to_string(k) + " = " + std::to_string(local) + " is outside the region's " +
                         std::to_string(r.vertex_count) + " vertices");
                }
                map.indices[k] = r.first_vertex + static_cast<std::uint32_t>(local);
            }
        }
        in.finish();
        in_.pos += h.index_bytes;
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

MapBox box_of(std::span<const Vec2f> points) {
    MapBox b{points[0].x, points[0].y, points[0].x, points[0].y};
    for (const Vec2f& p : points) {
        b.min_x = std::min(b.min_x, p.x), b.max_x = std::max(b.max_x, p.x);
        b.min_y = std::min(b.min_y, p.y), b.max_y = std::max(b.max_y, p.y);
    }
    return b;
}

std::vector<MapBox> region_boxes(const MapGeometry& map) {
    std::vector<MapBox> boxes(map.regions.size());
    for (std::size_t i = 0; i < map.regions.size(); ++i) {
        const MapRegion& r = map.regions[i];
        if (r.vertex_count > 0) boxes[i] = box_of(std::span(map.vertices).subspan(r.first_vertex, r.vertex_count));
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
