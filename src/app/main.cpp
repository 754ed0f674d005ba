// The atlas program: the platform starts, the app loads its files, gets its GL context and runs.
#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"

namespace {

// What the app needs before its first frame, after the graphics' start.
void start(atlas::App& app) {
    atlas::app_load(app);
    atlas::platform_startup_mark("dataLoaded");
    atlas::ui_setup(app);  // after the data: the fonts hold the characters it uses
    atlas::platform_startup_mark("fontsBuilt");
    atlas::app_upload_map(app);
}

}  // namespace

int main(int argc, char** argv) {
    // `atlas --picture out.png ...` writes the atlas page and exits before any window opens.
    if (int code = 0; atlas::platform_command_line(argc, argv, code)) return code;
    static atlas::App app;  // lives for the whole program; the web main loop outlives main()
    // The GPU's start first: the context, the shaders and a warm-up of the first frame's draws
    // (app_start_graphics). The browser shows that frame, and the GPU process makes the context's
    // buffers and runs those draws for the first time (SwiftShader compiles each kind of draw then),
    // while the CPU loads the data and builds the fonts (start): both used to wait for the data.
    if (!atlas::platform_init(app) || !atlas::platform_create_context(app) || !atlas::app_start_graphics(app)) return 1;
    atlas::platform_startup_mark("graphicsReady");
    atlas::platform_run(app, start);
    atlas::platform_shutdown(app);
    return 0;
}
