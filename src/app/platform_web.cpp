// Platform (web part): the browser's animation-frame loop, the page's error box and ready hook.
#include <emscripten.h>
#include <emscripten/html5.h>

#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/webapi.hpp"

namespace atlas {

namespace {

void frame_callback(void* user) { app_frame(*static_cast<App*>(user)); }

}  // namespace

// The EM_JS bodies are JavaScript, which clang-format would break (!== into != =).
// clang-format off
// Implemented by web/page.js: shows the message over the canvas instead of a blank page.
EM_JS(void, js_show_error, (const char* message), {
    if (Module.onAtlasError) Module.onAtlasError(UTF8ToString(message));
});

// The data files as page.js downloaded them (Module.atlasAsset): copied once into the heap, with
// no file system in between (Emscripten's took 10-25 ms to open the first file at start-up).
EM_JS(int, js_asset_size, (const char* path), {
    const bytes = Module.atlasAsset && Module.atlasAsset(UTF8ToString(path));
    return bytes ? bytes.length : -1;
});

EM_JS(void, js_asset_copy, (const char* path, char* out), {
    HEAPU8.set(Module.atlasAsset(UTF8ToString(path)), out);
});

// The page saves the picture (web/page.js atlas.savePicture) and lays out the handout to print.
EM_JS(void, js_save_picture, (), {
    if (Module.onAtlasSavePicture) Module.onAtlasSavePicture();
});

EM_JS(void, js_print, (), {
    if (Module.onAtlasPrint) Module.onAtlasPrint();
});

EM_JS(void, js_offline_link, (), {
    if (Module.onAtlasOfflineLink) Module.onAtlasOfflineLink();
});

EM_JS(void, js_startup_mark, (const char* name), {
    if (Module.onAtlasStartupMark) Module.onAtlasStartupMark(UTF8ToString(name));
});

EM_JS(void, js_first_frame, (), {
    if (Module.onAtlasFirstFrame) Module.onAtlasFirstFrame();
});

// atlas_resume, once the browser has taken the frame drawn so far (its commit, after the next
// animation frame: a task run before it would hold it up) and page.js has the data files and has loaded.
EM_JS(void, js_resume_when_shown, (), {
    const shown = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    Promise.all([shown, Module.atlasFilesReady]).then(() => _atlas_resume());
});

// atlas_run_loop in a task after the next animation frame's: the first frame's, which shows the
// map. The loop's first call there (the app's second frame: no drawing, but its first layout
// passes, 20-40 ms of lazy compiling) held that frame's commit and the GPU process's drawing back.
EM_JS(void, js_run_loop_after_next_frame, (), {
    requestAnimationFrame(() => setTimeout(() => _atlas_run_loop(), 0));
});
// clang-format on

namespace {
App* resuming = nullptr;            // the app platform_run was given
void (*start_app)(App&) = nullptr;  // and what to do before its first frame
}  // namespace

void platform_run(App& app, void (*start)(App&)) {
    resuming = &app;
    start_app = start;
    js_resume_when_shown();
    emscripten_exit_with_live_runtime();  // main() ends here; atlas_resume goes on
}

}  // namespace atlas

extern "C" EMSCRIPTEN_KEEPALIVE void atlas_resume() {
    using namespace atlas;
    App& app = *resuming;
    start_app(app);
    webapi_bind(app);
    // The first frame at once: waiting for the next animation frame after start-up's long task
    // put the first map on screen 30-55 ms later here.
    app_frame(app);
    js_run_loop_after_next_frame();
}

extern "C" EMSCRIPTEN_KEEPALIVE void atlas_run_loop() {
    // The browser calls frame_callback once per animation frame; idle frames return at once
    // without drawing (no sleeping in a browser).
    emscripten_set_main_loop_arg(atlas::frame_callback, atlas::resuming, 0, false);
}

namespace atlas {

// page.js makes the context with preserveDrawingBuffer: a frame then draws only what changed.
bool platform_keeps_last_frame() { return true; }

float platform_pixel_ratio(App&) { return float(emscripten_get_device_pixel_ratio()); }

std::string platform_assets_dir() { return "assets"; }  // page.js names them as it fetched them

Result<std::string> platform_read_file(const std::string& path) {
    const int size = js_asset_size(path.c_str());
    if (size < 0) return Result<std::string>::failure(path + ": missing asset (the page did not download it)");
    std::string bytes(std::size_t(size), '\0');
    if (size > 0) js_asset_copy(path.c_str(), bytes.data());
    return Result<std::string>::success(std::move(bytes));
}

void platform_report_error(const std::string& message) { js_show_error(message.c_str()); }

void platform_report_warning(const std::string& message) { emscripten_log(EM_LOG_WARN, "%s", message.c_str()); }

void platform_first_frame_drawn(App&) { js_first_frame(); }

void platform_startup_mark(const char* name) { js_startup_mark(name); }

bool platform_command_line(int, char**, int&) { return false; }  // the page has no command line

void platform_save_picture(App&) { js_save_picture(); }

void platform_print(App&) { js_print(); }

void platform_offline_link(App&) { js_offline_link(); }

// Browsers allow fullscreen only inside the user's own click or key handler, which has run by the
// time a frame sees the input; so page.js requests it there (F key, and a click on the button's
// rectangle, which it reads from atlas.state()).
void platform_toggle_fullscreen(App&) {}

}  // namespace atlas
