// The printed picture's own WebAssembly module (atlas-picture.js/.wasm): web/page.js loads it on the
// first Save picture or Print, so a visitor who never prints does not download the rasteriser, the
// PNG encoder and the page's layout (core/picture, core/raster, stb_image_write). It reads the same
// data files the app read (handed over by the page, no second download) and draws what the app's
// atlas_picture_request describes, the same code and pixels as the desktop's `atlas --picture`.
#include <emscripten.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/asset_files.hpp"
#include "core/date.hpp"
#include "core/picture.hpp"

namespace {

std::optional<atlas::Atlas> loaded;
std::string font_regular, font_bold;
std::vector<std::uint8_t> png;  // the last picture, until the page has copied it
std::string error;

// clang-format off
// The data files as page.js downloaded them for the app (Module.atlasAsset).
EM_JS(int, js_asset_size, (const char* path), {
    const bytes = Module.atlasAsset && Module.atlasAsset(UTF8ToString(path));
    return bytes ? bytes.length : -1;
});

EM_JS(void, js_asset_copy, (const char* path, char* out), {
    HEAPU8.set(Module.atlasAsset(UTF8ToString(path)), out);
});
// clang-format on

atlas::Result<std::string> read_asset(const std::string& path) {
    const int size = js_asset_size(path.c_str());
    if (size < 0) return atlas::Result<std::string>::failure(path + ": missing asset (the page did not hand it over)");
    std::string bytes(std::size_t(size), '\0');
    if (size > 0) js_asset_copy(path.c_str(), bytes.data());
    return atlas::Result<std::string>::success(std::move(bytes));
}

const std::uint8_t* bytes_of(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

}  // namespace

extern "C" {

// Loads the atlas data and the fonts once; 1 when done, else 0 with the reason in picture_error.
EMSCRIPTEN_KEEPALIVE int picture_load() {
    if (loaded) return 1;
    atlas::Result<atlas::Atlas> result = atlas::load_atlas_dir("assets", read_asset);
    atlas::Result<std::string> regular = read_asset("assets/fonts/NotoSans-Regular.subset.ttf");
    atlas::Result<std::string> bold = read_asset("assets/fonts/NotoSans-Bold.subset.ttf");
    error = !result.ok() ? result.error : !regular.ok() ? regular.error : !bold.ok() ? bold.error : "";
    if (!error.empty()) return 0;
    loaded = std::move(*result.value);
    font_regular = std::move(*regular.value);
    font_bold = std::move(*bold.value);
    return 1;
}

// Draws the page for date ("1922-04-16"), layer ("political" or "relations"), the selected state's
// id ("" for none) and the view's box in map km, width x height pixels (0: print resolution). Returns
// the PNG's size (its bytes at picture_bytes), or 0 with the reason in picture_error.
EMSCRIPTEN_KEEPALIVE int picture_draw(const char* date, const char* layer, const char* selected, double min_x,
                                      double min_y, double max_x, double max_y, int width, int height) {
    png.clear();
    error.clear();
    if (!loaded && !picture_load()) return 0;
    const std::optional<atlas::Date> day = atlas::parse_date(date ? date : "");
    const std::string layer_name = layer ? layer : "", id = selected ? selected : "";
    const int state = id.empty() ? -1 : atlas::find_state(loaded->states, id);
    if (!day) error = "The picture's date was not understood.";
    if (layer_name != "political" && layer_name != "relations") error = "The picture's layer was not understood.";
    if (!id.empty() && state < 0) error = "The picture's selected state is unknown.";
    if (!error.empty()) return 0;
    const atlas::PictureRequest request{*day,
                                        layer_name == "political" ? atlas::Layer::political : atlas::Layer::relations,
                                        state,
                                        atlas::MapBox{float(min_x), float(min_y), float(max_x), float(max_y)},
                                        width ? width : atlas::kPictureWidth,
                                        height ? height : atlas::kPictureHeight};
    atlas::Result<std::vector<std::uint8_t>> drawn = atlas::picture_png(
        *loaded,
        atlas::PictureFonts{{bytes_of(font_regular), font_regular.size()}, {bytes_of(font_bold), font_bold.size()}},
        request);
    if (!drawn.ok()) {
        error = drawn.error;
        return 0;
    }
    png = std::move(*drawn.value);
    return int(png.size());
}

EMSCRIPTEN_KEEPALIVE const std::uint8_t* picture_bytes() { return png.data(); }

EMSCRIPTEN_KEEPALIVE const char* picture_error() { return error.c_str(); }

}  // extern "C"
