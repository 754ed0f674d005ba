// The desktop's command line for the picture (`atlas --picture out.png --date ... --layer ... --view
// ...`): writes the atlas page and exits before any window opens. Native only (CMakeLists.txt): the
// browser saves the picture through the page.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/app_picture.hpp"
#include "core/date.hpp"
#include "core/picture.hpp"

namespace atlas {

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: atlas --picture OUT.png [--date YYYY-MM-DD] [--layer political|relations]\n"
                 "             [--view europe|east_asia|all] [--select STATE] [--width PX] [--height PX]\n");
    return 2;
}

}  // namespace

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
        fail(picture_unknown_view(view));
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
