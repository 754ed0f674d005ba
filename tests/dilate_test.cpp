// Dilate: a lone pixel grows into its box, clipped at the image's edges; larger values win.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
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

TEST_CASE("on a sparse image with runs and overlaps, each texel is the largest value in its box") {
    const int width = 37, height = 23, rx = 2, ry = 1;
    std::vector<std::uint8_t> image(std::size_t(width) * height, 0);
    std::uint32_t seed = 12345;
    for (std::uint8_t& v : image) {
        seed = seed * 1664525u + 1013904223u;
        if ((seed >> 24) < 40) v = std::uint8_t(1 + (seed >> 8) % 255);  // about one texel in six
    }
    const std::vector<std::uint8_t> got = dilate_max(image, width, height, rx, ry);
    REQUIRE(got.size() == image.size());
    int wrong = 0, grown = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t want = 0;
            for (int j = y - ry; j <= y + ry; ++j)
                for (int i = x - rx; i <= x + rx; ++i)
                    if (i >= 0 && i < width && j >= 0 && j < height)
                        want = std::max(want, image[std::size_t(j) * width + i]);
            if (got[std::size_t(y) * width + x] != want) ++wrong;
            if (want > image[std::size_t(y) * width + x]) ++grown;
        }
    CHECK(wrong == 0);
    CHECK(grown > 100);  // the image did grow: the comparison is not of an unchanged image
}

TEST_CASE("long empty runs between lone texels, at a row's end and across rows, are skipped exactly") {
    const int width = 77, height = 9, rx = 4, ry = 2;  // a width that is not a multiple of eight
    std::vector<std::uint8_t> image(std::size_t(width) * height, 0);
    image[0] = 7;                              // the first texel
    image[std::size_t(width) - 1] = 30;        // a row's last texel
    image[std::size_t(width) * 4 + 40] = 255;  // the middle
    image[std::size_t(width) * 5 + 7] = 120;   // the eighth texel of a row
    image[std::size_t(width) * 6 + 8] = 121;   // the first texel after eight empty ones
    image[image.size() - 1] = 60;              // the last texel
    const std::vector<std::uint8_t> got = dilate_max(image, width, height, rx, ry);
    REQUIRE(got.size() == image.size());
    int wrong = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t want = 0;
            for (int j = std::max(0, y - ry); j <= std::min(height - 1, y + ry); ++j)
                for (int i = std::max(0, x - rx); i <= std::min(width - 1, x + rx); ++i)
                    want = std::max(want, image[std::size_t(j) * width + i]);
            if (got[std::size_t(y) * width + x] != want) ++wrong;
        }
    CHECK(wrong == 0);
}
