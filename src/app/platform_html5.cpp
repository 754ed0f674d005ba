// Platform (web part: the canvas, its GL context and input) straight on Emscripten's HTML5 API, with
// no SDL: SDL's video layer brings its software surfaces and pixel-format blitters (~300 KB of the
// 1.1 MB atlas.wasm, reached through its cursor and framebuffer hooks) and every GL function for its
// GetProcAddress (atlas.js), none of which a WebGL page uses. The events are queued as the browser
// sends them and handled at the start of a frame (platform_poll_events), as SDL's queue was, with
// SDL's conventions kept where the app and the page rely on them: CSS pixels; a press's click count
// (double-click within 0.5 s and 32 px); the first finger of a touch also drives the mouse, marked as
// touch; which browser defaults are prevented (mouse presses and wheel over the canvas, touches on
// it, Backspace, Tab, arrows, F keys, Ctrl+key, key releases and typed characters).
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/gfx.hpp"
#include "app/map_input.hpp"
#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/map_layer.hpp"
#include "imgui.h"

namespace atlas {

namespace {

constexpr const char* kCanvas = "#canvas";
constexpr double kDoubleClickSeconds = 0.5, kDoubleClickRadius = 32;  // SDL's defaults

struct InputEvent {
    enum Kind { move, press, release, wheel, finger_down, finger_move, finger_up, key, text, focus, resize } kind;
    double x = 0, y = 0;  // CSS pixels (fingers: as well)
    bool touch = false;   // a mouse event made from the first finger of a touch
    int button = 0;       // ImGui's: 0 left, 1 right, 2 middle
    int clicks = 1;
    long finger = 0;
    float wheel_x = 0, wheel_y = 0;
    ImGuiKey imgui_key = ImGuiKey_None;
    bool down = false, ctrl = false, shift = false, alt = false, super = false;
    unsigned codepoint = 0;
};

struct Web {
    std::vector<InputEvent> queue;
    double css_width = 1, css_height = 1;  // the canvas, CSS pixels
    double mouse_x = 0, mouse_y = 0;       // last known pointer position
    int buttons_down = 0;
    bool finger_touching = false;  // a finger drives the mouse ...
    long mouse_finger = 0;         // ... this one
    struct Click {
        double time = -1e9, x = 0, y = 0;
        int count = 0;
    } clicks[3];
    double last_frame_time = 0;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
};

Web web;

// The canvas's CSS size, and its drawing buffer at the device's pixel ratio (as SDL sized it).
void size_canvas() {
    double w = 1, h = 1;
    emscripten_get_element_css_size(kCanvas, &w, &h);
    web.css_width = std::max(1.0, std::floor(w));
    web.css_height = std::max(1.0, std::floor(h));
    const float ratio = float(emscripten_get_device_pixel_ratio());
    emscripten_set_canvas_element_size(kCanvas, device_pixels(web.css_width, ratio), device_pixels(web.css_height, ratio));
}

int clicks_at(int button, double x, double y) {
    Web::Click& c = web.clicks[button];
    const double now = emscripten_get_now() / 1000;
    if (now - c.time > kDoubleClickSeconds || std::abs(x - c.x) > kDoubleClickRadius ||
        std::abs(y - c.y) > kDoubleClickRadius)
        c.count = 0;
    c.time = now, c.x = x, c.y = y;
    return ++c.count;
}

// The key as SDL named it from the event's legacy keyCode (a layout's letters and punctuation; '?'
// is the Slash key), then as ImGui names it.
ImGuiKey imgui_key(const EmscriptenKeyboardEvent& e) {
    const unsigned long k = e.keyCode;
    const bool right = e.location == DOM_KEY_LOCATION_RIGHT;
    if (k >= 'A' && k <= 'Z') return ImGuiKey(ImGuiKey_A + int(k - 'A'));
    if (k >= '0' && k <= '9') return ImGuiKey(ImGuiKey_0 + int(k - '0'));
    if (k >= 96 && k <= 105) return ImGuiKey(ImGuiKey_Keypad0 + int(k - 96));
    if (k >= 112 && k <= 123) return ImGuiKey(ImGuiKey_F1 + int(k - 112));
    switch (k) {
        case 8: return ImGuiKey_Backspace;
        case 9: return ImGuiKey_Tab;
        case 13: return e.location == DOM_KEY_LOCATION_NUMPAD ? ImGuiKey_KeypadEnter : ImGuiKey_Enter;
        case 16: return right ? ImGuiKey_RightShift : ImGuiKey_LeftShift;
        case 17: return right ? ImGuiKey_RightCtrl : ImGuiKey_LeftCtrl;
        case 18: return right ? ImGuiKey_RightAlt : ImGuiKey_LeftAlt;
        case 19: return ImGuiKey_Pause;
        case 20: return ImGuiKey_CapsLock;
        case 27: return ImGuiKey_Escape;
        case 32: return ImGuiKey_Space;
        case 33: return ImGuiKey_PageUp;
        case 34: return ImGuiKey_PageDown;
        case 35: return ImGuiKey_End;
        case 36: return ImGuiKey_Home;
        case 37: return ImGuiKey_LeftArrow;
        case 38: return ImGuiKey_UpArrow;
        case 39: return ImGuiKey_RightArrow;
        case 40: return ImGuiKey_DownArrow;
        case 44: return ImGuiKey_PrintScreen;
        case 45: return ImGuiKey_Insert;
        case 46: return ImGuiKey_Delete;
        case 91: return ImGuiKey_LeftSuper;
        case 92: return ImGuiKey_RightSuper;
        case 93: return ImGuiKey_Menu;
        case 106: return ImGuiKey_KeypadMultiply;
        case 107: return ImGuiKey_KeypadAdd;
        case 109: return ImGuiKey_KeypadSubtract;
        case 110: return ImGuiKey_KeypadDecimal;
        case 111: return ImGuiKey_KeypadDivide;
        case 144: return ImGuiKey_NumLock;
        case 145: return ImGuiKey_ScrollLock;
        case 186: return ImGuiKey_Semicolon;
        case 187: return ImGuiKey_Equal;
        case 188: return ImGuiKey_Comma;
        case 189: return ImGuiKey_Minus;
        case 190: return ImGuiKey_Period;
        case 191: return ImGuiKey_Slash;
        case 192: return ImGuiKey_GraveAccent;
        case 219: return ImGuiKey_LeftBracket;
        case 220: return ImGuiKey_Backslash;
        case 221: return ImGuiKey_RightBracket;
        case 222: return ImGuiKey_Apostrophe;
        default: return ImGuiKey_None;
    }
}

// ---- the browser's events, queued ----------------------------------------------------------------

void push(const InputEvent& e) { web.queue.push_back(e); }

void mouse_move(double x, double y, bool touch) {
    if (!touch && x == web.mouse_x && y == web.mouse_y) return;  // (SDL sent no motion that moved nothing)
    web.mouse_x = x, web.mouse_y = y;
    InputEvent e{InputEvent::move};
    e.x = x, e.y = y, e.touch = touch;
    push(e);
}

void mouse_button(int button, bool down, bool touch) {
    InputEvent e{down ? InputEvent::press : InputEvent::release};
    e.x = web.mouse_x, e.y = web.mouse_y, e.touch = touch, e.button = button;
    if (down) e.clicks = clicks_at(button, e.x, e.y);
    web.buttons_down = down ? web.buttons_down | (1 << button) : web.buttons_down & ~(1 << button);
    push(e);
}

int imgui_button(unsigned short dom_button) { return dom_button == 0 ? 0 : dom_button == 2 ? 1 : dom_button == 1 ? 2 : -1; }

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* m, void*) {
    mouse_move(double(m->targetX), double(m->targetY), false);
    return EM_FALSE;
}

EM_BOOL on_mouse_down(int, const EmscriptenMouseEvent* m, void*) {
    const int button = imgui_button(m->button);
    if (button < 0) return EM_FALSE;
    mouse_button(button, true, false);
    return EM_TRUE;  // no focus change, text selection or drag of the canvas
}

EM_BOOL on_mouse_up(int, const EmscriptenMouseEvent* m, void*) {  // on the document: a release outside counts
    const int button = imgui_button(m->button);
    if (button < 0 || !(web.buttons_down & (1 << button))) return EM_FALSE;
    mouse_button(button, false, false);
    return m->clientX >= 0 && m->clientX < web.css_width && m->clientY >= 0 && m->clientY < web.css_height;
}

EM_BOOL on_mouse_enter(int, const EmscriptenMouseEvent* m, void*) {
    mouse_move(double(m->targetX), double(m->targetY), false);
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent* m, void*) {
    mouse_move(double(m->targetX), double(m->targetY), false);
    InputEvent e{InputEvent::focus};
    e.down = true, e.x = -1;  // x < 0: the pointer left the canvas (the window keeps its focus)
    push(e);
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* w, void*) {
    double dy = w->deltaY;
    switch (w->deltaMode) {  // as SDL: 100 pixels, 3 lines or 1/80 page make a notch
        case DOM_DELTA_PIXEL: dy /= 100; break;
        case DOM_DELTA_LINE: dy /= 3; break;
        case DOM_DELTA_PAGE: dy *= 80; break;
        default: break;
    }
    InputEvent e{InputEvent::wheel};
    e.x = web.mouse_x, e.y = web.mouse_y;
    e.wheel_x = -float(w->deltaX), e.wheel_y = float(-dy);
    push(e);
    return EM_TRUE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* t, void*) {
    bool prevent = false;
    for (int i = 0; i < t->numTouches; ++i) {
        const EmscriptenTouchPoint& p = t->touches[i];
        if (!p.isChanged) continue;
        const double x = std::clamp(double(p.targetX), 0.0, web.css_width - 1),
                     y = std::clamp(double(p.targetY), 0.0, web.css_height - 1);
        InputEvent e{type == EMSCRIPTEN_EVENT_TOUCHSTART  ? InputEvent::finger_down
                     : type == EMSCRIPTEN_EVENT_TOUCHMOVE ? InputEvent::finger_move
                                                          : InputEvent::finger_up};
        e.finger = p.identifier, e.x = double(p.targetX), e.y = double(p.targetY);
        // The first finger down drives the mouse until it lifts (SDL's touch-to-mouse), before its own event.
        if (e.kind == InputEvent::finger_down) {
            if (!web.finger_touching) {
                web.finger_touching = true, web.mouse_finger = p.identifier;
                mouse_move(x, y, true);
                mouse_button(0, true, true);
            }
            prevent = true;  // no scrolling, zooming or emulated mouse events
        } else if (web.finger_touching && web.mouse_finger == p.identifier) {
            if (e.kind == InputEvent::finger_move) {
                mouse_move(x, y, true);
            } else {
                mouse_button(0, false, true);
                web.finger_touching = false;
            }
        }
        if (e.kind == InputEvent::finger_up) prevent = true;
        push(e);
    }
    return prevent;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* k, void*) {
    InputEvent e{InputEvent::key};
    e.imgui_key = imgui_key(*k);
    e.down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    e.ctrl = k->ctrlKey, e.shift = k->shiftKey, e.alt = k->altKey, e.super = k->metaKey;
    push(e);
    // A key down that may type a character is not prevented, or no keypress (the character) follows.
    const bool nav = e.imgui_key == ImGuiKey_Backspace || e.imgui_key == ImGuiKey_Tab ||
                     e.imgui_key == ImGuiKey_LeftArrow || e.imgui_key == ImGuiKey_RightArrow ||
                     e.imgui_key == ImGuiKey_UpArrow || e.imgui_key == ImGuiKey_DownArrow ||
                     (k->keyCode >= 112 && k->keyCode <= 126) || k->ctrlKey;
    return !e.down || nav;
}

EM_BOOL on_key_press(int, const EmscriptenKeyboardEvent* k, void*) {
    if (k->charCode >= 32 && k->charCode != 127) {
        InputEvent e{InputEvent::text};
        e.codepoint = unsigned(k->charCode);
        push(e);
    }
    return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    InputEvent e{InputEvent::focus};
    e.down = type == EMSCRIPTEN_EVENT_FOCUS;
    push(e);
    return EM_TRUE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    size_canvas();
    push(InputEvent{InputEvent::resize});
    return EM_FALSE;
}

// ---- handled in the frame -------------------------------------------------------------------

// Whether a press at the point belongs to the UI: decided by where it lands, not by io.WantCaptureMouse,
// which ImGui computed last frame for where the pointer was then (a tap, or a click with no hover
// before it, arrives at a new place together with its press: the map took it and the panel closed
// under the finger). An open popup takes every press, as ImGui's own capture does.
bool ui_has_press(const App& app, double x, double y) {
    return app_ui_covers(app, x, y) ||
           ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

// The event to ImGui, as its SDL backend passed SDL's.
void to_imgui(ImGuiIO& io, const InputEvent& e) {
    const ImGuiMouseSource source = e.touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse;
    switch (e.kind) {
        case InputEvent::move:
            io.AddMouseSourceEvent(source);
            io.AddMousePosEvent(float(e.x), float(e.y));
            break;
        case InputEvent::press:
        case InputEvent::release:
            io.AddMouseSourceEvent(source);
            io.AddMouseButtonEvent(e.button, e.kind == InputEvent::press);
            break;
        case InputEvent::wheel:
            io.AddMouseSourceEvent(source);
            io.AddMouseWheelEvent(e.wheel_x / 100, e.wheel_y);  // (the SDL backend's scale on the web)
            break;
        case InputEvent::key:
            io.AddKeyEvent(ImGuiMod_Ctrl, e.ctrl);
            io.AddKeyEvent(ImGuiMod_Shift, e.shift);
            io.AddKeyEvent(ImGuiMod_Alt, e.alt);
            io.AddKeyEvent(ImGuiMod_Super, e.super);
            if (e.imgui_key != ImGuiKey_None) io.AddKeyEvent(e.imgui_key, e.down);
            break;
        case InputEvent::text: io.AddInputCharacter(e.codepoint); break;
        case InputEvent::focus:
            if (e.x < 0) {  // the pointer left the canvas
                if (web.buttons_down == 0) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            } else {
                io.AddFocusEvent(e.down);
            }
            break;
        default: break;
    }
}

void handle_finger(App& app, const InputEvent& e) {
    const FingerAction action = e.kind == InputEvent::finger_down ? FingerAction::down
                                : e.kind == InputEvent::finger_up ? FingerAction::up
                                                                  : FingerAction::move;
    if (action == FingerAction::down && ui_has_press(app, e.x, e.y)) return;  // a finger on a panel is not a pinch
    input_finger(app, action, e.finger, e.x, e.y);
}

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_None: return "none";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

}  // namespace

// clang-format off
EM_JS(void, js_set_cursor, (const char* cursor), {
    document.getElementById('canvas').style.cursor = UTF8ToString(cursor);
});
// clang-format on

bool platform_init(App& app) {
    size_canvas();
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_FALSE, on_mouse_move);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_FALSE, on_mouse_down);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse_up);
    emscripten_set_mouseenter_callback(kCanvas, nullptr, EM_FALSE, on_mouse_enter);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_FALSE, on_mouse_leave);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keypress_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key_press);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written to disk or local storage
    io.BackendPlatformName = "atlas_html5";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // A steady caret: the app draws only when something changes, so a blinking one would freeze in
    // whichever phase the last frame caught.
    io.ConfigInputTextCursorBlink = false;
    // No ImGuiConfigFlags_NavEnableKeyboard: keyboard navigation would let Space and the arrows
    // (what presentation clickers send) press whatever button has the focus.
    platform_update_viewport(app);
    return true;
}

bool platform_create_context(App&) {
    // page.js made the context already (Module.preinitializedWebGLContext, -sGL_PREINITIALIZED_CONTEXT):
    // this registers it with Emscripten's GL layer.
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
    if (context <= 0) {
        platform_report_error("This browser or computer could not start WebGL2.");
        return false;
    }
    emscripten_webgl_make_context_current(context);
    return true;
}

void platform_update_viewport(App& app) {
    const Viewport viewport{web.css_width, web.css_height};
    const float ratio = platform_pixel_ratio(app);
    if (viewport.width != app.viewport.width || viewport.height != app.viewport.height || ratio != app.pixel_ratio) {
        if (ratio != app.pixel_ratio && app.pixel_ratio > 0) size_canvas();  // moved to another screen, or zoomed
        app.viewport = viewport;
        app.pixel_ratio = ratio;
        app_wake(app);
    }
}

void platform_poll_events(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    std::vector<InputEvent> events;
    events.swap(web.queue);
    for (const InputEvent& e : events) {
        to_imgui(io, e);
        app_wake(app);
        app.last_input = platform_now();
        const bool mouse = e.kind == InputEvent::move || e.kind == InputEvent::press || e.kind == InputEvent::release;
        if (mouse && e.touch && input_pinching(app)) continue;
        switch (e.kind) {
            case InputEvent::finger_down:
            case InputEvent::finger_move:
            case InputEvent::finger_up: handle_finger(app, e); break;
            case InputEvent::resize: platform_update_viewport(app); break;
            case InputEvent::press:
                if (e.button == 0 && !ui_has_press(app, e.x, e.y)) {
                    if (e.clicks == 2)
                        input_double_click(app, e.x, e.y);
                    else
                        input_press(app, e.x, e.y);
                }
                break;
            case InputEvent::release:
                if (e.button == 0) input_release(app, e.x, e.y);
                break;
            case InputEvent::move: input_move(app, e.x, e.y, app_ui_covers(app, e.x, e.y) || io.WantCaptureMouse); break;
            case InputEvent::wheel:
                if (!ui_has_press(app, e.x, e.y)) input_wheel(app, e.x, e.y, e.wheel_y);
                break;
            default: break;
        }
    }
    platform_update_viewport(app);
}

void platform_present(App&) {}  // the browser shows the canvas when the frame's callback returns

void platform_new_imgui_frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(web.css_width), float(web.css_height));
    const float ratio = float(emscripten_get_device_pixel_ratio());
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
    const double now = platform_now();
    io.DeltaTime = web.last_frame_time > 0 && now > web.last_frame_time ? float(now - web.last_frame_time) : 1.0f / 60;
    web.last_frame_time = now;
    const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != web.cursor) js_set_cursor(css_cursor(cursor)), web.cursor = cursor;
}

double platform_now() { return emscripten_get_now() / 1000; }

void platform_shutdown(App& app) {
    gfx_shutdown(*app.gfx);
    ImGui::DestroyContext();
}

}  // namespace atlas
