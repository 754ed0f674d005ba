// The atlas page as a PNG (core/picture) from the app's state, and the desktop's command line that
// writes one without opening a window (`atlas --picture out.png --date ... --layer ... --view ...`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "core/picture.hpp"
#include "core/result.hpp"

namespace atlas {

// The app's date, layer and selection; view: "europe", "east_asia", "all", or "" for what the
// screen shows (its open part, between the panels).
Result<PictureRequest> app_picture_request(const App& app, std::string_view view, int width, int height);

// app_picture_request drawn as a PNG (the desktop; the browser draws it in its own module,
// src/web/picture_module.cpp).
Result<std::vector<std::uint8_t>> app_picture(const App& app, std::string_view view, int width, int height);

// The file name a saved picture gets: "soviet-atlas-1922-04-16-relations.png".
std::string app_picture_name(const App& app);

// "Unknown view 'x': use europe, east_asia or all."
std::string picture_unknown_view(std::string_view view);

// picture_command.cpp (desktop only): the command line's picture; true when there were arguments
// (then exit_code is set: 0 when the picture was written).
bool app_picture_command(int argc, char** argv, int& exit_code);

}  // namespace atlas
