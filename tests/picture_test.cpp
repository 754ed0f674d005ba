// Picture tests: the rasteriser's triangles and lines, and the printed atlas page over the shipped
// data (its size, colours where the history puts them, the outline, refused requests, the PNG).
#include <doctest/doctest.h>

// The PNG decoder for these tests only (the app encodes, never decodes).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cstdlib>

#include "core/camera.hpp"
#include "core/picture.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::d;
using test::real_atlas;

namespace {

std::vector<std::uint8_t> font_bytes(const char* name) {
    const Result<std::string> text = read_text_file(std::string(ATLAS_ASSETS_DIR) + "/fonts/" + name);
    REQUIRE_MESSAGE(text.ok(), text.error);
    return std::vector<std::uint8_t>(text.value->begin(), text.value->end());
}

const PictureFonts& fonts() {
    static const std::vector<std::uint8_t> regular = font_bytes("NotoSans-Regular.subset.ttf");
    static const std::vector<std::uint8_t> bold = font_bytes("NotoSans-Bold.subset.ttf");
    static const PictureFonts f{regular, bold};
    return f;
}

// A view of 60 km around the place, so the middle of the page's map is that place.
MapBox around(double lon, double lat) {
    const MapPoint p = project(LonLat{lon, lat});
    return MapBox{float(p.x - 30), float(p.y - 30), float(p.x + 30), float(p.y + 30)};
}

Rgba8 map_middle(const Image& image) {
    const PixelBox box = picture_map_box(image.width, image.height);
    return image
        .pixels[std::size_t((box.y0 + box.y1) / 2) * std::size_t(image.width) + std::size_t((box.x0 + box.x1) / 2)];
}

bool same_rgb(Rgba8 a, Rgba8 b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

}  // namespace

TEST_CASE("two triangles sharing an edge fill every pixel of their square once, with no gap") {
    Image image = make_image(20, 20, Rgba8{0, 0, 0, 255});
    int painted = 0;
    const auto paint = [&](int, int) {
        ++painted;
        return Rgba8{255, 255, 255, 255};
    };
    const PixelBox clip{0, 0, 20, 20};
    fill_triangle(image, clip, {2.0f, 17.0f, 17.0f}, {3.0f, 3.0f, 18.0f}, paint);
    fill_triangle(image, clip, {2.0f, 17.0f, 2.0f}, {3.0f, 18.0f, 18.0f}, paint);
    int white = 0;
    for (const Rgba8& p : image.pixels) white += p.r == 255;
    CHECK(white == 15 * 15);
    CHECK(painted >= white);  // pixels on the shared diagonal may be painted by both
    CHECK(painted <= white + 15);
}

TEST_CASE("a line's coverage is the maximum over its segments, so joints do not darken") {
    LineMask mask = make_line_mask(40, 40);
    const PixelBox clip{0, 0, 40, 40};
    mask_segment(mask, clip, 5, 20, 20, 20, 3);
    mask_segment(mask, clip, 20, 20, 35, 20, 3);
    CHECK(mask.coverage[20 * 40 + 20] == 255);
    CHECK(mask.coverage[20 * 40 + 12] == 255);
    CHECK(mask.coverage[30 * 40 + 20] == 0);  // far from the line
}

TEST_CASE("the printed page is the size asked for, with Moscow in the Soviet colour and Berlin recognised in 1922") {
    PictureRequest request{d("1922-04-16"), Layer::relations, -1, around(37.62, 55.75), 3000, 1000};
    const Result<Image> moscow = draw_picture(real_atlas(), fonts(), request);
    REQUIRE_MESSAGE(moscow.ok(), moscow.error);
    CHECK(moscow.value->width == 3000);
    CHECK(moscow.value->height == 1000);
    CHECK(same_rgb(map_middle(*moscow.value), standing_color(Standing::soviet)));
    // Rapallo (16 April 1922): Germany recognised Soviet Russia that day.
    request.view = around(13.40, 52.52);
    const Result<Image> berlin = draw_picture(real_atlas(), fonts(), request);
    REQUIRE(berlin.ok());
    CHECK(same_rgb(map_middle(*berlin.value), standing_color(Standing::recognized)));
    // In the political layer Berlin has Germany's own colour.
    request.layer = Layer::political;
    const Result<Image> political = draw_picture(real_atlas(), fonts(), request);
    REQUIRE(political.ok());
    const Rgb germany = real_atlas().states.states[std::size_t(test::real_state("germany"))].color;
    CHECK(same_rgb(map_middle(*political.value), Rgba8{germany.r, germany.g, germany.b, 255}));
}

TEST_CASE("the selected state is outlined in the app's gold and the others are dimmed") {
    const MapBox europe = camera_preset(CameraPreset::europe, real_atlas().map.bbox);
    PictureRequest request{d("1922-04-16"), Layer::relations, -1, europe, 3000, 1400};
    const Result<Image> plain = draw_picture(real_atlas(), fonts(), request);
    request.selected = test::real_state("germany");
    const Result<Image> selected = draw_picture(real_atlas(), fonts(), request);
    REQUIRE(plain.ok());
    REQUIRE(selected.ok());
    const auto gold = [](const Image& image) {
        return std::count_if(image.pixels.begin(), image.pixels.end(),
                             [](Rgba8 p) { return p.r == 217 && p.g == 158 && p.b == 13; });
    };
    CHECK(gold(*plain.value) == 0);
    CHECK(gold(*selected.value) > 1000);  // a line around Germany, a few pixels wide
}

TEST_CASE("impossible picture requests are refused with a message, not drawn") {
    const MapBox all = camera_preset(CameraPreset::all, real_atlas().map.bbox);
    for (const auto& [width, height] : {std::pair{100, 2480}, {3508, 20}, {100000, 2480}, {3508, 99999}, {-5, -5}}) {
        const PictureRequest request{d("1922-04-16"), Layer::political, -1, all, width, height};
        const Result<Image> image = draw_picture(real_atlas(), fonts(), request);
        CHECK_FALSE(image.ok());
        CHECK(image.error.find("pixels") != std::string::npos);
    }
    const PictureRequest empty{d("1922-04-16"), Layer::political, -1, MapBox{}, 3508, 2480};
    CHECK(draw_picture(real_atlas(), fonts(), empty).error.find("view") != std::string::npos);
    const PictureRequest no_fonts{d("1922-04-16"), Layer::political, -1, all, 3508, 2480};
    CHECK_FALSE(draw_picture(real_atlas(), PictureFonts{}, no_fonts).ok());
}

TEST_CASE("the PNG decodes to the drawn pixels") {
    const PictureRequest request{d("1925-01-20"), Layer::relations, -1, around(139.7, 35.7), 3000, 1000};
    const Result<Image> image = draw_picture(real_atlas(), fonts(), request);
    REQUIRE(image.ok());
    const std::vector<std::uint8_t> png = encode_png(*image.value);
    REQUIRE(png.size() > 8);
    int w = 0, h = 0, channels = 0;
    stbi_uc* decoded = stbi_load_from_memory(png.data(), int(png.size()), &w, &h, &channels, 3);
    REQUIRE(decoded);
    CHECK(w == 3000);
    CHECK(h == 1000);
    bool same = true;
    for (std::size_t i = 0; i < image.value->pixels.size() && same; ++i)
        same = decoded[3 * i] == image.value->pixels[i].r && decoded[3 * i + 1] == image.value->pixels[i].g &&
               decoded[3 * i + 2] == image.value->pixels[i].b;
    std::free(decoded);
    CHECK(same);
    // Tokyo on the day of the Soviet-Japanese Basic Convention: recognised.
    CHECK(same_rgb(map_middle(*image.value), standing_color(Standing::recognized)));
}
