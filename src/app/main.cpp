// The atlas program: the platform starts, the app loads its files, gets its GL context and runs.
#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"

int main(int argc, char** argv) {
    // `atlas --picture out.png ...` writes the atlas page and exits before any window opens.
    if (int code = 0; atlas::platform_command_line(argc, argv, code)) return code;
    static atlas::App app;  // lives for the whole program; the web main loop outlives main()
    if (!atlas::platform_init(app)) return 1;
    // The CPU's work first, the GPU's after: a freshly launched browser starts its graphics
    // process meanwhile, so asking for the context at once would only wait for it.
    atlas::app_load(app);
    atlas::platform_startup_mark("dataLoaded");
    atlas::ui_setup(app);  // after the data: the fonts hold the characters it uses
    atlas::platform_startup_mark("fontsBuilt");
    if (!atlas::platform_create_context(app) || !atlas::app_start_graphics(app)) return 1;
    atlas::platform_startup_mark("graphicsReady");
    atlas::platform_run(app);
    atlas::platform_shutdown(app);
    return 0;
}
