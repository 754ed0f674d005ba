// Picture: the map as an atlas page to print or save (title, date, the map of the view with its
// labels, the layer's key, the selected state outlined, a source line; no UI), drawn on the CPU
// (core/raster) so the desktop's command line and the browser give the same PNG.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"
#include "core/palette.hpp"
#include "core/raster.hpp"
#include "core/result.hpp"

namespace atlas {

// A4 landscape at 300 dots an inch: the default, print resolution on any screen.
inline constexpr int kPictureWidth = 3508, kPictureHeight = 2480;
// What a request may ask for: wide enough to print, small enough for a browser's memory.
inline constexpr int kPictureMinWidth = 3000, kPictureMaxWidth = 8000;
inline constexpr int kPictureMinHeight = 1000, kPictureMaxHeight = 8000;

struct PictureRequest {
    Date date;
    Layer layer = Layer::political;
    int selected = -1;  // state index, outlined; -1 none
    MapBox view;        // map km to show (all of it, centred, in the map's part of the page)
    int width = kPictureWidth, height = kPictureHeight;
};

struct PictureFonts {
    std::span<const std::uint8_t> regular, bold;  // TrueType bytes (assets/fonts)
};

// The request's problem in words ("the picture must be 3000 to 8000 pixels wide"), or "" when it
// can be drawn.
std::string picture_request_error(const Atlas& atlas, const PictureRequest& request);

// Where the map goes on a page of this size (pixels); the view's box is centred in it.
PixelBox picture_map_box(int width, int height);

Result<Image> draw_picture(const Atlas& atlas, const PictureFonts& fonts, const PictureRequest& request);

// draw_picture, then PNG; the error when either fails.
Result<std::vector<std::uint8_t>> picture_png(const Atlas& atlas, const PictureFonts& fonts,
                                              const PictureRequest& request);

// The source line under the map.
std::string picture_source_line();

}  // namespace atlas
