// Loading: every file the app reads (the map, states and events, the tour, the fonts), once at
// start-up, and what goes to the GPU once there is a context. A new file format is read here.
#include <string>

#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/asset_files.hpp"
#include "core/camera.hpp"
#include "core/code_points.hpp"

namespace atlas {

namespace {

// The lesson's tour; a bad tour file disables lesson mode, with a warning, and the app goes on.
void load_tour(App& app) {
    const Result<std::string> text = platform_read_file(platform_assets_dir() + "/tour.json");
    if (!text.ok()) {
        app.tour_error = "tour.json could not be read";
        return;
    }
    add_code_points(*text.value, app.data_characters);
    Result<Tours> result = load_tours(*text.value, "tour.json", app.atlas.states, app.atlas.history);
    if (!result.ok()) {
        app.tour_error = result.error;
        platform_report_warning("Lesson mode is not available: " + result.error);
        return;
    }
    app.tours = std::move(*result.value);
    app.tours_loaded = true;
}

// The font files' bytes, kept for ImGui's font atlas (ui_setup builds it); without them, ImGui's
// built-in font.
void load_fonts(App& app) {
    const std::string dir = platform_assets_dir() + "/fonts/";
    const Result<std::string> regular = platform_read_file(dir + "NotoSans-Regular.subset.ttf");
    const Result<std::string> bold = platform_read_file(dir + "NotoSans-Bold.subset.ttf");
    if (regular.ok() && bold.ok()) {
        app.font_regular.assign(regular.value->begin(), regular.value->end());
        app.font_bold.assign(bold.value->begin(), bold.value->end());
    } else {
        platform_report_error("The font files in " + dir + " could not be read; using the built-in font.");
    }
}

}  // namespace

void app_load(App& app) {
    // The text files' characters are noted on the way: the fonts are built for them.
    const auto read = [&app](const std::string& path) {
        Result<std::string> text = platform_read_file(path);
        if (text.ok() && path.ends_with(".json")) add_code_points(*text.value, app.data_characters);
        return text;
    };
    // The pick grid at the capitals only, for the labels: the rest after the first frame (app_load_rest).
    Result<Atlas> result = load_atlas_dir(platform_assets_dir(), read, PickGridAtLoad::capitals);
    if (result.ok()) {
        app.atlas = std::move(*result.value);
        app.loaded = true;
        app.holders = holders_on(app.atlas, app.date);
        load_tour(app);
    } else {
        app.load_error = result.error;
        platform_report_error("The atlas data could not be loaded: " + result.error);
    }
    load_fonts(app);
}

void app_load_rest(App& app) {
    app.load_rest_at = -1;
    if (app.loaded) complete_pick_grid(app.atlas);
}

bool app_start_graphics(App& app) {
    gfx_init(*app.gfx);
    std::string error;
    if (!gfx_shaders_ready(*app.gfx, error)) {
        platform_report_error("The map shaders could not be built: " + error);
        return false;
    }
    gfx_warm_up(*app.gfx, app.viewport, app.pixel_ratio);
    return true;
}

void app_upload_map(App& app) {
    if (!app.loaded) return;
    gfx_upload_map(*app.gfx, app.atlas.map);
    app.camera = camera_fit_open(camera_preset(CameraPreset::all, app.atlas.map.bbox), app.viewport, ui_insets(app));
}

}  // namespace atlas
