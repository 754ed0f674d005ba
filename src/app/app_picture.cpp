// The atlas page as a PNG from the app's state (the desktop's command line for it: picture_command.cpp).
#include "app/app_picture.hpp"

#include <optional>
#include <string>

#include "app/ui.hpp"
#include "core/date.hpp"
#include "core/picture.hpp"

namespace atlas {

namespace {

std::optional<MapBox> named_view(const Atlas& atlas, std::string_view view) {
    const std::optional<CameraPreset> preset = parse_preset(view == "eastasia" ? "east_asia" : view);
    if (!preset) return std::nullopt;
    return camera_preset(*preset, atlas.map.bbox);
}

}  // namespace

std::string picture_unknown_view(std::string_view view) {
    return "Unknown view '" + std::string(view) + "': use europe, east_asia or all.";
}

Result<PictureRequest> app_picture_request(const App& app, std::string_view view, int width, int height) {
    using Request = Result<PictureRequest>;
    if (!app.loaded) return Request::failure("The atlas data is not loaded.");
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
        return Request::failure(picture_unknown_view(view));
    }
    return Request::success(request);
}

Result<std::vector<std::uint8_t>> app_picture(const App& app, std::string_view view, int width, int height) {
    const Result<PictureRequest> request = app_picture_request(app, view, width, height);
    if (!request.ok()) return Result<std::vector<std::uint8_t>>::failure(request.error);
    return picture_png(app.atlas, PictureFonts{app.font_regular, app.font_bold}, *request.value);
}

std::string app_picture_name(const App& app) {
    return "soviet-atlas-" + format_date(app.date) + (app.layer == Layer::relations ? "-relations" : "-political") +
           ".png";
}

}  // namespace atlas
