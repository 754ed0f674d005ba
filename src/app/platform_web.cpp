// Platform (web part): the browser's animation-frame loop, the page's error box and ready hook.
#include <emscripten.h>
#include <emscripten/html5.h>

#include "app/platform.hpp"
#include "app/webapi.hpp"

namespace atlas {

namespace {

void frame_callback(void* user) { app_frame(*static_cast<App*>(user)); }

}  // namespace

// Implemented by web/atlas.js: shows the message over the canvas instead of a blank page.
EM_JS(void, js_show_error, (const char* message), {
    if (Module.onAtlasError) Module.onAtlasError(UTF8ToString(message));
});

EM_JS(void, js_first_frame, (), {
    if (Module.onAtlasFirstFrame) Module.onAtlasFirstFrame();
});

void platform_run(App& app) {
    webapi_bind(app);
    // Never returns: the browser calls frame_callback once per animation frame; idle frames
    // return at once without drawing (no sleeping in a browser).
    emscripten_set_main_loop_arg(frame_callback, &app, 0, true);
}

// page.js makes the context with preserveDrawingBuffer: a frame then draws only what changed.
bool platform_keeps_last_frame() { return true; }

float platform_pixel_ratio(App&) { return float(emscripten_get_device_pixel_ratio()); }

std::string platform_assets_dir() { return "/assets"; }  // atlas.js writes the fetched files there

void platform_report_error(const std::string& message) { js_show_error(message.c_str()); }

void platform_report_warning(const std::string& message) { emscripten_log(EM_LOG_WARN, "%s", message.c_str()); }

void platform_first_frame_drawn(App&) { js_first_frame(); }

// Browsers allow fullscreen only inside the user's own click or key handler, which has run by the
// time a frame sees the input; so page.js requests it there (F key, and a click on the button's
// rectangle, which it reads from atlas.state()).
void platform_toggle_fullscreen(App&) {}

}  // namespace atlas
