// Platform (shared SDL part): window, GL context, ImGui backends, input events, present.
#include <SDL.h>

#include <algorithm>

#include "app/map_input.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "backends/imgui_impl_sdl2.h"
#include "imgui.h"

namespace atlas {

bool platform_init(App& app) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        platform_report_error(std::string("SDL could not start: ") + SDL_GetError());
        return false;
    }
#ifdef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // No multisampling: borders and coasts are anti-aliased in their shader, and on weak school
    // laptops (or software rendering) a 4x buffer costs more than the whole map.
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, 0);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    app.window = SDL_CreateWindow("Soviet Foreign Policy Atlas 1919-1929", SDL_WINDOWPOS_CENTERED,
                                  SDL_WINDOWPOS_CENTERED, 1280, 720, flags);
    if (!app.window) {
        platform_report_error(std::string("This browser or computer could not open a window: ") + SDL_GetError());
        return false;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written to disk or local storage
    // A steady caret: the app draws only when something changes, so a blinking one would freeze in
    // whichever phase the last frame caught.
    io.ConfigInputTextCursorBlink = false;
    // No ImGuiConfigFlags_NavEnableKeyboard: keyboard navigation would let Space and the arrows
    // (what presentation clickers send) press whatever button has the focus.
    ImGui_ImplSDL2_InitForOpenGL(app.window, nullptr);  // (the backend keeps no context)
    platform_update_viewport(app);
    return true;
}

bool platform_create_context(App& app) {
    app.gl_context = SDL_GL_CreateContext(app.window);
    if (!app.gl_context) {
        platform_report_error(std::string("This browser or computer could not start WebGL2 / OpenGL 3: ") +
                              SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(app.window, app.gl_context);
    SDL_GL_SetSwapInterval(1);
    return true;
}

void platform_update_viewport(App& app) {
    int w = 1, h = 1;
    SDL_GetWindowSize(app.window, &w, &h);
    const Viewport viewport{double(std::max(1, w)), double(std::max(1, h))};
    const float ratio = platform_pixel_ratio(app);
    if (viewport.width != app.viewport.width || viewport.height != app.viewport.height || ratio != app.pixel_ratio) {
        app.viewport = viewport;
        app.pixel_ratio = ratio;
        app_wake(app);
    }
}

namespace {

// Whether a press at the point belongs to the UI: decided by where it lands, not by io.WantCaptureMouse,
// which ImGui computed last frame for where the pointer was then (a tap, or a click with no hover
// before it, arrives at a new place together with its press: the map took it and the panel closed
// under the finger). An open popup takes every press, as ImGui's own capture does.
bool ui_has_press(const App& app, double x, double y) {
    return app_ui_covers(app, x, y) ||
           ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

void handle_finger(App& app, const SDL_TouchFingerEvent& finger) {
    const FingerAction action = finger.type == SDL_FINGERDOWN ? FingerAction::down
                                : finger.type == SDL_FINGERUP ? FingerAction::up
                                                              : FingerAction::move;
    const double x = finger.x * app.viewport.width, y = finger.y * app.viewport.height;
    if (action == FingerAction::down && ui_has_press(app, x, y)) return;  // a finger on a panel is not a pinch
    input_finger(app, action, finger.fingerId, x, y);
}

// A press the map takes is the map's alone, and so are its moves and its release until then: ImGui
// never sees them. (ImGui handles a tap's press a frame after its position; by then the panel the tap
// opened, e.g. the details of the state tapped, may lie under the finger and took the press too.)
bool map_owns(const App& app, const SDL_Event& event) {
    if (event.type == SDL_MOUSEBUTTONDOWN)
        return event.button.button == SDL_BUTTON_LEFT && !ui_has_press(app, event.button.x, event.button.y);
    if (event.type == SDL_MOUSEBUTTONUP) return event.button.button == SDL_BUTTON_LEFT && app.dragging;
    return event.type == SDL_MOUSEMOTION && app.dragging;
}

}  // namespace

void platform_poll_events(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        const bool map_event = map_owns(app, event);
        if (!map_event) ImGui_ImplSDL2_ProcessEvent(&event);
        // The map gaining the keyboard focus changes nothing on screen (the page gives it the focus
        // once the first map is shown; a frame for it came after ready); any other event may.
        if (event.type != SDL_WINDOWEVENT || event.window.event != SDL_WINDOWEVENT_FOCUS_GAINED) app_wake(app);
        app.last_input = platform_now();
        const bool from_touch = (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP)
                                    ? event.button.which == SDL_TOUCH_MOUSEID
                                    : event.type == SDL_MOUSEMOTION && event.motion.which == SDL_TOUCH_MOUSEID;
        if (from_touch && input_pinching(app)) continue;
        switch (event.type) {
            case SDL_FINGERDOWN:
            case SDL_FINGERMOTION:
            case SDL_FINGERUP: handle_finger(app, event.tfinger); break;
            case SDL_QUIT: app.quit = true; break;
            case SDL_WINDOWEVENT: platform_update_viewport(app); break;
            case SDL_MOUSEBUTTONDOWN:
                if (map_event) {
                    ui_map_pressed(app);
                    if (event.button.clicks == 2)
                        input_double_click(app, event.button.x, event.button.y);
                    else
                        input_press(app, event.button.x, event.button.y);
                }
                break;
            case SDL_MOUSEBUTTONUP:
                if (event.button.button == SDL_BUTTON_LEFT) input_release(app, event.button.x, event.button.y);
                break;
            case SDL_MOUSEMOTION:
                input_move(app, event.motion.x, event.motion.y,
                           app_ui_covers(app, event.motion.x, event.motion.y) || io.WantCaptureMouse);
                break;
            case SDL_MOUSEWHEEL: {
                int mx = 0, my = 0;
                SDL_GetMouseState(&mx, &my);
                if (!ui_has_press(app, mx, my)) input_wheel(app, mx, my, event.wheel.preciseY);
                break;
            }
            default: break;
        }
    }
    platform_update_viewport(app);
}

void platform_present(App& app) { SDL_GL_SwapWindow(app.window); }

void platform_new_imgui_frame() { ImGui_ImplSDL2_NewFrame(); }

double platform_now() { return double(SDL_GetPerformanceCounter()) / double(SDL_GetPerformanceFrequency()); }

void platform_shutdown(App& app) {
    gfx_shutdown(*app.gfx);
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(app.gl_context);
    SDL_DestroyWindow(app.window);
    SDL_Quit();
}

}  // namespace atlas
