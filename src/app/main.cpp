// The atlas program: the platform starts, the app loads its files, gets its GL context and runs.
#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"

int main(int argc, char** argv) {
    // `atlas --picture out.png ...` writes the atlas page and exits before any window opens.
    if (int code = 0; atlas::platform_command_line(argc, argv, code)) return code;
    static atlas::App app;  // lives for the whole program; the web main loop outlives main()
    if (!atlas::platform_init(app)) return 1;
    // The map first, and the GPU's work on it: the graphics process compiles the shaders and, in a
    // software renderer, the pipelines, while the CPU reads the other files and rasterises the fonts.
    atlas::app_load_map(app);
    if (!atlas::platform_create_context(app)) return 1;
    atlas::app_start_graphics(app);
    atlas::platform_startup_mark("graphicsStarted");
    atlas::app_load(app);
    atlas::platform_startup_mark("dataLoaded");
    atlas::app_warm_up_graphics(app);
    atlas::ui_setup(app);  // after the data: the fonts hold the characters it uses
    atlas::platform_startup_mark("fontsBuilt");
    if (!atlas::app_graphics_ready(app)) return 1;
    atlas::platform_startup_mark("graphicsReady");
    atlas::platform_run(app);
    atlas::platform_shutdown(app);
    return 0;
}
