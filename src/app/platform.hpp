// Platform layer: window, GL context, main loop, files, clock and the page (web) or stderr (native).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace atlas {

struct App;

// The desktop's command line (atlas --picture ...): true when it handled the arguments (exit_code
// set); the browser has none.
bool platform_command_line(int argc, char** argv, int& exit_code);
bool platform_init(App& app);            // SDL window + ImGui; no GL context yet; false on failure
bool platform_create_context(App& app);  // the GL context (SDL has sized the canvas)
// Calls start once the frame drawn so far is on its way to the screen (web: the browser has taken
// it, and the data files are downloaded), then app_frame until the app quits (never returns on the web).
void platform_run(App& app, void (*start)(App&));
void platform_shutdown(App& app);
void platform_poll_events(App& app);        // input to ImGui first, then to the map (map_input.hpp)
void platform_update_viewport(App& app);    // window size and pixel ratio into app.viewport
void platform_present(App& app);            // swap buffers
bool platform_keeps_last_frame();           // the screen still holds the last frame when the next begins
void platform_new_imgui_frame();            // the SDL backend's per-frame step
void platform_toggle_fullscreen(App& app);  // native: SDL; web: the page does it on the click itself
// The atlas page as a picture (app_picture): web, the page saves the PNG as a download; native, a
// file in the working folder.
void platform_save_picture(App& app);
// The printed handout: web, the page lays it out and opens the browser's print dialog; native, a note.
void platform_print(App& app);
// The atlas in one file for a USB stick (web: the page's "Download for offline use" link).
void platform_offline_link(App& app);

double platform_now();                 // seconds, monotonic
float platform_pixel_ratio(App& app);  // device pixels per CSS pixel
std::string platform_assets_dir();     // where the data files are
// A whole data file: native, from the disk; web, the bytes page.js downloaded (no file system).
Result<std::string> platform_read_file(const std::string& path);

void platform_report_error(const std::string& message);    // fatal: on the page (web) or stderr
void platform_report_warning(const std::string& message);  // not fatal: the console (web) or stderr
void platform_first_frame_drawn(App& app);                 // resolves atlas.ready on the web
// A step of the start-up done (web: atlas.startup[name], the milliseconds since navigation; native: nothing).
void platform_startup_mark(const char* name);

}  // namespace atlas
