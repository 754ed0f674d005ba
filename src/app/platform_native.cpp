// Platform (native part): a desktop window loop that sleeps in SDL when nothing moves.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>

#include "app/app.hpp"
#include "app/app_picture.hpp"
#include "app/platform.hpp"
#include "core/asset_files.hpp"
#include "core/picture.hpp"

namespace atlas {

void platform_run(App& app, void (*start)(App&)) {
    start(app);
    while (!app.quit) {
        // Idle: block until input arrives instead of spinning (the browser build skips frames instead).
        if (app.redraw_frames <= 0) SDL_WaitEventTimeout(nullptr, 500);
        app_frame(app);
    }
}

// After a swap the back buffer's content is undefined: every frame is drawn whole.
bool platform_keeps_last_frame() { return false; }

float platform_pixel_ratio(App& app) {
    int w = 1, dw = 1, h = 1, dh = 1;
    SDL_GetWindowSize(app.window, &w, &h);
    SDL_GL_GetDrawableSize(app.window, &dw, &dh);
    return w > 0 ? float(dw) / float(w) : 1.0f;
}

std::string platform_assets_dir() {
    const char* dir = std::getenv("ATLAS_ASSETS_DIR");
    return dir ? dir : ATLAS_ASSETS_DIR;
}

Result<std::string> platform_read_file(const std::string& path) { return read_text_file(path); }

void platform_report_error(const std::string& message) { std::fprintf(stderr, "atlas: %s\n", message.c_str()); }

void platform_report_warning(const std::string& message) { std::fprintf(stderr, "atlas: %s\n", message.c_str()); }

void platform_first_frame_drawn(App&) {}

void platform_startup_mark(const char*) {}

bool platform_command_line(int argc, char** argv, int& exit_code) { return app_picture_command(argc, argv, exit_code); }

void platform_save_picture(App& app) {
    const std::string name = app_picture_name(app);
    const Result<std::vector<std::uint8_t>> png = app_picture(app, "", kPictureWidth, kPictureHeight);
    std::FILE* file = png.ok() ? std::fopen(name.c_str(), "wb") : nullptr;
    const bool written = file && std::fwrite(png.value->data(), 1, png.value->size(), file) == png.value->size();
    if (file) std::fclose(file);
    app.notices = {written ? "Saved " + name + "." : "The picture was not saved: " + (png.ok() ? name : png.error)};
    app.notice_until = app.now + 6;
}

void platform_print(App& app) {
    app.notices = {"Print from the atlas in a browser: it lays out the handout."};
    app.notice_until = app.now + 6;
}

void platform_offline_link(App& app) {
    app.notices = {"The desktop atlas is already offline."};
    app.notice_until = app.now + 6;
}

void platform_toggle_fullscreen(App& app) {
    const bool full = SDL_GetWindowFlags(app.window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(app.window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

}  // namespace atlas
