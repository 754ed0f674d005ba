// The platform layer of the app's tests: no window, no GL, no browser (see headless.hpp).
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "app/platform.hpp"
#include "app/ui.hpp"
#include "core/asset_files.hpp"
#include "headless.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharToUtf8

namespace atlas {

namespace headless {
double now = 100;
std::vector<std::string> reported_errors;
}  // namespace headless

void platform_poll_events(App&) {}  // the tests call the input functions (map_input.hpp) themselves
void platform_present(App&) {}
bool platform_keeps_last_frame() { return false; }
void platform_new_imgui_frame() {}  // the test sets ImGui's display and time (HeadlessApp::frame)
void platform_toggle_fullscreen(App&) {}
void platform_save_picture(App&) {}
void platform_print(App&) {}
void platform_offline_link(App&) {}
double platform_now() { return headless::now; }
std::string platform_assets_dir() { return ATLAS_ASSETS_DIR; }
Result<std::string> platform_read_file(const std::string& path) { return read_text_file(path); }
void platform_report_error(const std::string& message) { headless::reported_errors.push_back(message); }
void platform_report_warning(const std::string& message) { std::fprintf(stderr, "warning: %s\n", message.c_str()); }
void platform_first_frame_drawn(App&) {}

namespace headless {

namespace {

// The text of the frame's draw data, read back from its glyph quads (ImFont::RenderText writes
// each glyph as four vertices, top-left first, with the glyph's own texture corners): a space where
// glyphs stand apart, a line break where the baseline moves. Catches every panel's text and the
// map's labels alike; a glyph cut by a clip rect is missed.
std::string drawn_text() {
    struct Glyph {
        const ImFont* font;
        const ImFontGlyph* glyph;
    };
    std::map<std::pair<float, float>, Glyph> glyphs;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& glyph : font->Glyphs)
            if (glyph.Visible) glyphs[{glyph.U0, glyph.V0}] = Glyph{font, &glyph};
    std::string text;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data && l < data->CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
        float next_pen = 0, last_top = -1e9f;
        for (int i = 0; i + 3 < v.Size; ++i) {
            const auto found = glyphs.find({v[i].uv.x, v[i].uv.y});
            if (found == glyphs.end()) continue;
            const ImFontGlyph& glyph = *found->second.glyph;
            if (v[i + 2].uv.x != glyph.U1 || v[i + 2].uv.y != glyph.V1) continue;
            // Where the pen stood for this glyph, in the units the quad was drawn at.
            const float scale = (v[i + 2].pos.y - v[i].pos.y) / (glyph.Y1 - glyph.Y0);
            const float pen = v[i].pos.x - glyph.X0 * scale, top = v[i].pos.y - glyph.Y0 * scale;
            if (std::fabs(top - last_top) > 2)
                text += '\n';
            else if (pen - next_pen > 0.15f * found->second.font->FontSize * scale)
                text += ' ';
            char utf8[5] = {};
            ImTextCharToUtf8(utf8, glyph.Codepoint);
            text += utf8;
            next_pen = pen + glyph.AdvanceX * scale;
            last_top = top;
            i += 3;
        }
        text += '\n';
    }
    return text;
}

}  // namespace

HeadlessApp::HeadlessApp() : app_(std::make_unique<App>()) {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    App& app = *app_;
    app.viewport = Viewport{1280, 720};
    app.pixel_ratio = 1;
    app_load(app);
    ui_setup(app);
    app.camera = camera_fit_open(camera_preset(CameraPreset::all, app.atlas.map.bbox), app.viewport, ui_insets(app));
}

HeadlessApp::~HeadlessApp() { ImGui::DestroyContext(); }

std::string HeadlessApp::frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(app_->viewport.width), float(app_->viewport.height));
    io.DeltaTime = 1.0f / 60;
    for (int i = 0; i < 2; ++i) {
        now += 1.0 / 60;
        if (key_) io.AddKeyEvent(ImGuiKey(key_), i == 0);
        app_wake(*app_, 1);
        app_frame(*app_);
    }
    key_ = 0;
    return drawn_text();
}

void HeadlessApp::key(int imgui_key) { key_ = imgui_key; }

}  // namespace headless

}  // namespace atlas
