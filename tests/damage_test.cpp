// Screen damage: changed triangles, joining damage into few rects, and the screen less opaque panels.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/damage.hpp"

using namespace atlas;

namespace {

// Pixels covered by any of the rects, on a small screen (a count per pixel).
std::vector<int> coverage(const std::vector<PixelRect>& rects, const PixelRect& screen) {
    std::vector<int> count(std::size_t(screen.area()), 0);
    for (const PixelRect& r : rects)
        for (int y = std::max(r.y0, screen.y0); y < std::min(r.y1, screen.y1); ++y)
            for (int x = std::max(r.x0, screen.x0); x < std::min(r.x1, screen.x1); ++x)
                ++count[std::size_t(y - screen.y0) * std::size_t(screen.x1 - screen.x0) + std::size_t(x - screen.x0)];
    return count;
}

PixelRect random_rect(std::mt19937& rng, int w, int h, int max_side) {
    std::uniform_int_distribution<int> px(-10, w + 10), py(-10, h + 10), side(1, max_side);
    const int x = px(rng), y = py(rng);
    return {x, y, x + side(rng), y + side(rng)};
}

DrawnTriangle tri(std::uint64_t hash, PixelRect box) { return DrawnTriangle{hash, box}; }

}  // namespace

TEST_CASE("the same triangles in another order are no damage; a changed one damages where it was and where it is") {
    const PixelRect a{0, 0, 10, 10}, b{20, 20, 30, 30}, c{40, 0, 50, 5}, moved{60, 60, 70, 70};
    CHECK(changed_triangle_boxes({tri(1, a), tri(2, b), tri(3, c)}, {tri(3, c), tri(1, a), tri(2, b)}).empty());
    const auto boxes = changed_triangle_boxes({tri(1, a), tri(2, b), tri(3, c)}, {tri(1, a), tri(9, moved), tri(3, c)});
    REQUIRE(boxes.size() == 2);
    CHECK(std::find(boxes.begin(), boxes.end(), b) != boxes.end());
    CHECK(std::find(boxes.begin(), boxes.end(), moved) != boxes.end());
}

TEST_CASE("a triangle drawn twice and then once is damage: triangles are compared as multisets") {
    const PixelRect a{0, 0, 10, 10};
    CHECK(changed_triangle_boxes({tri(5, a), tri(5, a)}, {tri(5, a)}).size() == 1);
    CHECK(changed_triangle_boxes({}, {tri(5, a)}).size() == 1);
    CHECK(changed_triangle_boxes({tri(5, a)}, {}).size() == 1);
}

TEST_CASE("a fractional box becomes the whole pixels it touches, grown for antialiased edges") {
    CHECK(pixel_rect_around(10.2, 5.9, 20.0, 7.1, 0) == PixelRect{10, 5, 20, 8});
    CHECK(pixel_rect_around(10.2, 5.9, 20.0, 7.1, 1) == PixelRect{9, 4, 21, 9});
    CHECK(pixel_rect_around(-1e300, 0, 1e300, 1, 0).x0 < -1000000);  // far off screen, still in range
}

TEST_CASE("joined damage covers every damaged pixel on screen, in at most the rects allowed") {
    const PixelRect screen{0, 0, 160, 90};
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        std::vector<PixelRect> rects;
        const int n = std::uniform_int_distribution<int>(0, round % 2 ? 8 : 400)(rng);
        for (int i = 0; i < n; ++i) rects.push_back(random_rect(rng, 160, 90, round % 3 ? 12 : 40));
        const std::size_t max_rects = std::size_t(1 + round % 6);
        const auto merged = merge_damage(rects, screen, max_rects);
        CHECK(merged.size() <= max_rects);
        const auto want = coverage(rects, screen), got = coverage(merged, screen);
        for (std::size_t p = 0; p < want.size(); ++p)
            if (want[p] > 0 && got[p] == 0) FAIL("pixel ", p, " damaged but not covered, round ", round);
        for (const PixelRect& r : merged) CHECK(intersect(r, screen) == r);
    }
}

TEST_CASE("two small damages far apart stay two small rects; damage over most of the screen becomes the screen") {
    const PixelRect screen{0, 0, 1280, 720};
    const PixelRect date{20, 20, 220, 60}, cursor{600, 640, 612, 700};
    const auto apart = merge_damage({date, cursor}, screen, 8);
    REQUIRE(apart.size() == 2);
    CHECK(coverage(apart, PixelRect{0, 0, 1280, 720}) == coverage({date, cursor}, PixelRect{0, 0, 1280, 720}));
    CHECK(merge_damage({{0, 0, 1000, 600}, {1100, 650, 1200, 700}}, screen, 8) == std::vector<PixelRect>{screen});
    CHECK(merge_damage({{-50, -50, -1, -1}}, screen, 8).empty());  // all off screen
}

TEST_CASE("the screen less the panels covers each free pixel exactly once and no panel pixel") {
    std::mt19937 rng(11);
    const PixelRect area{0, 0, 120, 80};
    for (int round = 0; round < 300; ++round) {
        std::vector<PixelRect> holes;
        const int n = std::uniform_int_distribution<int>(0, 6)(rng);
        for (int i = 0; i < n; ++i) holes.push_back(random_rect(rng, 120, 80, 60));
        const auto free = subtract_rects(area, holes);
        const auto in_holes = coverage(holes, area), in_free = coverage(free, area);
        for (std::size_t p = 0; p < in_free.size(); ++p) {
            if (in_holes[p] > 0 && in_free[p] != 0) FAIL("pixel ", p, " is in a panel and was kept, round ", round);
            if (in_holes[p] == 0 && in_free[p] != 1)
                FAIL("pixel ", p, " free but covered ", in_free[p], " times, round ", round);
        }
    }
    CHECK(subtract_rects(area, {}) == std::vector<PixelRect>{area});
    CHECK(subtract_rects(area, {area}).empty());
}
