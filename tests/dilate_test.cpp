// Dilate: a lone pixel grows into its box, clipped at the image's edges; larger values win.
#include <doctest/doctest.h>

#include <vector>

#include "core/dilate.hpp"

using namespace atlas;

TEST_CASE("a lone pixel becomes a (2rx+1) x (2ry+1) box") {
    std::vector<std::uint8_t> image(9 * 7, 0);
    image[3 * 9 + 4] = 200;  // (4, 3)
    const std::vector<std::uint8_t> out = dilate_max(image, 9, 7, 2, 1);
    REQUIRE(out.size() == image.size());
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 9; ++x) {
            const bool inside = x >= 2 && x <= 6 && y >= 2 && y <= 4;
            CHECK_MESSAGE(out[std::size_t(y * 9 + x)] == (inside ? 200 : 0), "at (" << x << ", " << y << ")");
        }
}

TEST_CASE("the box is clipped at the edges and the largest value in it wins") {
    std::vector<std::uint8_t> image(4 * 3, 0);
    image[0] = 50;          // (0, 0)
    image[2 * 4 + 3] = 90;  // (3, 2)
    const std::vector<std::uint8_t> out = dilate_max(image, 4, 3, 1, 1);
    CHECK(out[0] == 50);
    CHECK(out[1 * 4 + 1] == 50);  // (1, 1): next to (0, 0), two away from (3, 2)
    CHECK(out[1 * 4 + 2] == 90);  // (2, 1): next to both, 90 wins
    CHECK(out[0 * 4 + 3] == 0);   // (3, 0): next to neither
    CHECK(dilate_max(image, 4, 3, 0, 0) == image);
}

TEST_CASE("a buffer smaller than width x height gives nothing") {
    const std::vector<std::uint8_t> image(5, 1);
    CHECK(dilate_max(image, 4, 3, 1, 1).empty());
}
