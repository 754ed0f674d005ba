// Screen damage: rect arithmetic, the UI's changed triangles, and joining damage into a few rects.
#include "core/damage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas {

PixelRect intersect(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

PixelRect bounding(const PixelRect& a, const PixelRect& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool overlaps(const PixelRect& a, const PixelRect& b) { return !intersect(a, b).empty(); }

PixelRect pixel_rect_around(double x0, double y0, double x1, double y1, int grow) {
    static constexpr double kLimit = 1 << 24;  // far off-screen points stay integers
    auto to_int = [](double v) { return int(std::clamp(v, -kLimit, kLimit)); };
    return {to_int(std::floor(x0)) - grow, to_int(std::floor(y0)) - grow, to_int(std::ceil(x1)) + grow,
            to_int(std::ceil(y1)) + grow};
}

std::vector<PixelRect> changed_triangle_boxes(std::vector<DrawnTriangle> before, std::vector<DrawnTriangle> now) {
    const auto by_hash = [](const DrawnTriangle& a, const DrawnTriangle& b) { return a.hash < b.hash; };
    std::sort(before.begin(), before.end(), by_hash);
    std::sort(now.begin(), now.end(), by_hash);
    std::vector<PixelRect> out;
    std::size_t i = 0, j = 0;
    while (i < before.size() || j < now.size()) {
        if (j == now.size() || (i < before.size() && before[i].hash < now[j].hash)) {
            out.push_back(before[i++].box);
        } else if (i == before.size() || now[j].hash < before[i].hash) {
            out.push_back(now[j++].box);
        } else {
            ++i, ++j;  // drawn in both frames
        }
    }
    return out;
}

namespace {

// Pixels two rects would add by being joined into their bounding rect.
long long join_cost(const PixelRect& a, const PixelRect& b) {
    return bounding(a, b).area() - a.area() - b.area() + intersect(a, b).area();
}

// Each rect replaced by the cells of a grid it touches, cells joined along rows and then down
// columns: turns thousands of small boxes (a redrawn arc is hundreds of triangles) into a few.
std::vector<PixelRect> cover_with_cells(const std::vector<PixelRect>& rects, const PixelRect& screen, int cells) {
    const int cw = std::max(1, (screen.x1 - screen.x0 + cells - 1) / cells);
    const int ch = std::max(1, (screen.y1 - screen.y0 + cells - 1) / cells);
    std::vector<char> marked(std::size_t(cells) * cells, 0);
    for (const PixelRect& r : rects)
        for (int cy = (r.y0 - screen.y0) / ch; cy <= std::min(cells - 1, (r.y1 - 1 - screen.y0) / ch); ++cy)
            for (int cx = (r.x0 - screen.x0) / cw; cx <= std::min(cells - 1, (r.x1 - 1 - screen.x0) / cw); ++cx)
                marked[std::size_t(cy) * cells + cx] = 1;
    std::vector<PixelRect> runs;
    for (int cy = 0; cy < cells; ++cy) {
        for (int cx = 0; cx < cells;) {
            if (!marked[std::size_t(cy) * cells + cx]) {
                ++cx;
                continue;
            }
            int end = cx;
            while (end < cells && marked[std::size_t(cy) * cells + end]) ++end;
            PixelRect run{screen.x0 + cx * cw, screen.y0 + cy * ch, screen.x0 + end * cw, screen.y0 + (cy + 1) * ch};
            run = intersect(run, screen);
            // Continues a run of the row above with the same span.
            auto above = std::find_if(runs.begin(), runs.end(), [&](const PixelRect& r) {
                return r.x0 == run.x0 && r.x1 == run.x1 && r.y1 == run.y0;
            });
            if (above != runs.end())
                above->y1 = run.y1;
            else
                runs.push_back(run);
            cx = end;
        }
    }
    return runs;
}

}  // namespace

std::vector<PixelRect> merge_damage(const std::vector<PixelRect>& rects, const PixelRect& screen,
                                    std::size_t max_rects) {
    std::vector<PixelRect> out;
    for (const PixelRect& r : rects) {
        const PixelRect clipped = intersect(r, screen);
        if (!clipped.empty()) out.push_back(clipped);
    }
    // The pairwise joining below is cubic in the count: past a few dozen rects, a grid first.
    constexpr std::size_t kExact = 48;
    for (int cells : {16, 6})
        if (out.size() > kExact) out = cover_with_cells(out, screen, cells);

    // Join while joining costs little (overlapping or close rects), then the cheapest pairs.
    constexpr long long kFreeJoin = 32 * 32;
    for (bool joined = true; joined;) {
        joined = false;
        for (std::size_t i = 0; i < out.size() && !joined; ++i)
            for (std::size_t j = i + 1; j < out.size() && !joined; ++j)
                if (join_cost(out[i], out[j]) <= kFreeJoin) {
                    out[i] = bounding(out[i], out[j]);
                    out.erase(out.begin() + std::ptrdiff_t(j));
                    joined = true;
                }
    }
    while (out.size() > std::max<std::size_t>(1, max_rects)) {
        std::size_t bi = 0, bj = 1;
        long long best = std::numeric_limits<long long>::max();
        for (std::size_t i = 0; i < out.size(); ++i)
            for (std::size_t j = i + 1; j < out.size(); ++j)
                if (const long long c = join_cost(out[i], out[j]); c < best) best = c, bi = i, bj = j;
        out[bi] = bounding(out[bi], out[bj]);
        out.erase(out.begin() + std::ptrdiff_t(bj));
    }
    // Past this share of the screen, one pass over all of it costs no more than the parts.
    long long total = 0;
    for (const PixelRect& r : out) total += r.area();
    if (!out.empty() && double(total) > 0.6 * double(screen.area())) return {screen};
    return out;
}

std::vector<PixelRect> subtract_rects(const PixelRect& area, const std::vector<PixelRect>& holes) {
    if (area.empty()) return {};
    std::vector<PixelRect> clipped;
    std::vector<int> edges{area.y0, area.y1};
    for (const PixelRect& h : holes) {
        const PixelRect c = intersect(h, area);
        if (c.empty()) continue;
        clipped.push_back(c);
        edges.push_back(c.y0);
        edges.push_back(c.y1);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::vector<PixelRect> out;
    for (std::size_t e = 0; e + 1 < edges.size(); ++e) {
        const int y0 = edges[e], y1 = edges[e + 1];
        // The holes spanning this band, left to right; what lies between them is free.
        std::vector<std::pair<int, int>> spans;
        for (const PixelRect& h : clipped)
            if (h.y0 <= y0 && h.y1 >= y1) spans.push_back({h.x0, h.x1});
        std::sort(spans.begin(), spans.end());
        int x = area.x0;
        auto emit = [&](int x0, int x1) {
            if (x1 <= x0) return;
            // Continues the free rect of the band above with the same span.
            auto above = std::find_if(out.begin(), out.end(),
                                      [&](const PixelRect& r) { return r.x0 == x0 && r.x1 == x1 && r.y1 == y0; });
            if (above != out.end())
                above->y1 = y1;
            else
                out.push_back({x0, y0, x1, y1});
        };
        for (const auto& [s0, s1] : spans) {
            emit(x, s0);
            x = std::max(x, s1);
        }
        emit(x, area.x1);
    }
    return out;
}

}  // namespace atlas
