// The atlas program: the platform starts, the app loads its files, gets its GL context and runs.
#include "app/app.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"

int main(int argc, char** argv) {
    // `atlas --picture out.png ...` writes the atlas page and exits before any window opens.
    if (int code = 0; atlas::platform_command_line(argc, argv, code)) return code;
    static atlas::App app;  // lives for the whole program; the web main loop outlives main()
    // The GPU's start first: the context, the shaders and a warm-up of the first frame's draws
    // (app_start_graphics). The browser shows it, and the GPU process compiles those draws' code,
    // while the CPU loads the data and builds the fonts (app_start): done after them, that compiling
    // held the first frame's presentation up ~250 ms on SwiftShader.
    if (!atlas::platform_init(app) || !atlas::platform_create_context(app) || !atlas::app_start_graphics(app)) return 1;
    atlas::platform_startup_mark("graphicsReady");
    atlas::platform_run(app, atlas::app_start);
    atlas::platform_shutdown(app);
    return 0;
}
