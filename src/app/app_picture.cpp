// The atlas page as a PNG from the app's state, and the desktop's command line for it.
#include "app/app_picture.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/asset_files.hpp"
#include "core/date.hpp"
#include "core/picture.hpp"

namespace atlas {

namespace {

std::optional<MapBox> named_view(const Atlas& atlas, std::string_view view) {
    const std::optional<CameraPreset> preset = parse_preset(view == "eastasia" ? "east_asia" : view);
    if (!preset) return std::nullopt;
    return camera_preset(*preset, atlas.map.bbox);
}

std::string unknown_view(std::string_view view) {
    return "Unknown view '" + std::string(view) + "': use europe, east_asia or all.";
}

int usage() {
    std::fprintf(stderr,
                 "usage: atlas --picture OUT.png [--date YYYY-MM-DD] [--layer political|relations]\n"
                 "             [--view europe|east_asia|all] [--select STATE] [--width PX] [--height PX]\n");
    return 2;
}

}  // namespace

Result<std::vector<std::uint8_t>> app_picture(const App& app, std::string_view view, int width, int height) {
    using Bytes = Result<std::vector<std::uint8_t>>;
    if (!app.loaded) return Bytes::failure("The atlas data is not loaded.");
    PictureRequest request{app.date, app.layer, app.selected, {}, width, height};
    if (view.empty()) {
        // What the screen shows between the panels.
        const Insets in = ui_insets(app);
        const MapPoint a = screen_to_map(app.camera, app.viewport, in.left, in.top);
        const MapPoint b =
            screen_to_map(app.camera, app.viewport, app.viewport.width - in.right, app.viewport.height - in.bottom);
        request.view = MapBox{float(a.x), float(b.y), float(b.x), float(a.y)};
    } else if (const std::optional<MapBox> box = named_view(app.atlas, view)) {
        request.view = *box;
    } else {
        return Bytes::failure(unknown_view(view));
    }
    return picture_png(app.atlas, PictureFonts{app.font_regular, app.font_bold}, request);
}

std::string app_picture_name(const App& app) {
    return "soviet-atlas-" + format_date(app.date) + (app.layer == Layer::relations ? "-relations" : "-political") +
           ".png";
}

bool app_picture_command(int argc, char** argv, int& exit_code) {
    std::string out, date_text = "1919-01-01", layer = "political", view = "all", select;
    int width = kPictureWidth, height = kPictureHeight;
    bool asked = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            exit_code = usage();
            return true;
        }
        const std::string value = argv[++i];
        if (arg == "--picture") {
            out = value;
            asked = true;
        } else if (arg == "--date") {
            date_text = value;
        } else if (arg == "--layer") {
            layer = value;
        } else if (arg == "--view") {
            view = value;
        } else if (arg == "--select") {
            select = value;
        } else if (arg == "--width" || arg == "--height") {
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            (arg == "--width" ? width : height) = end && *end == 0 && n > 0 && n < 100000 ? int(n) : -1;
        } else {
            exit_code = usage();
            return true;
        }
    }
    if (!asked) {
        if (argc > 1) exit_code = usage();
        return argc > 1;
    }
    exit_code = 1;
    const auto fail = [](const std::string& message) { std::fprintf(stderr, "atlas: %s\n", message.c_str()); };
    const auto start = std::chrono::steady_clock::now();
    App app;
    app_load(app);
    if (!app.loaded) return true;  // app_load said why
    if (app.font_regular.empty()) {
        fail("the picture needs the font files");
        return true;
    }
    const std::optional<Date> date = parse_date(date_text);
    if (!date) {
        fail("unknown date '" + date_text + "' (YYYY-MM-DD)");
        return true;
    }
    app.date = *date;
    app.holders = holders_on(app.atlas, app.date);
    if (layer != "political" && layer != "relations") {
        fail("unknown layer '" + layer + "': use political or relations");
        return true;
    }
    app.layer = layer == "relations" ? Layer::relations : Layer::political;
    if (!select.empty() && (app.selected = find_state(app.atlas.states, select)) < 0) {
        fail("unknown state '" + select + "'");
        return true;
    }
    if (view.empty()) {  // the desktop's command line has no screen to take the view from
        fail(unknown_view(view));
        return true;
    }
    const Result<std::vector<std::uint8_t>> png = app_picture(app, view, width, height);
    if (!png.ok()) {
        fail(png.error);
        return true;
    }
    std::FILE* file = std::fopen(out.c_str(), "wb");
    const bool written = file && std::fwrite(png.value->data(), 1, png.value->size(), file) == png.value->size();
    if (file) std::fclose(file);
    if (!written) {
        fail("could not write " + out);
        return true;
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "atlas: wrote %s (%dx%d, %zu bytes) in %.0f ms\n", out.c_str(), width, height,
                 png.value->size(), ms);
    exit_code = 0;
    return true;
}

}  // namespace atlas
