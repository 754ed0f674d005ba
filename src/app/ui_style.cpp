// UI look: a printed school atlas (off-white cards, dark text, one accent), fonts at final size.
#include <algorithm>
#include <cmath>
#include <string_view>

#include "app/platform.hpp"
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/date.hpp"
#include "imgui.h"

namespace atlas {

namespace {

// Latin with the extensions for Central European names, Cyrillic, dashes and quotes
// (the same ranges as tools/fonts/subset.sh): the body font, which also shows what is typed.
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x0218, 0x021B, 0x0400, 0x045F, 0x0490, 0x0491, 0x2013, 0x2026,
                                0x2032, 0x2033, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};
// The other fonts show only the data and our own text: Latin-1 and the punctuation, and whatever
// else the data files hold (App::data_characters). Half the glyphs, at the larger sizes.
const ImWchar kOwnTextRanges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2032, 0x2033, 0x20AC,
                                  0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};

// kOwnTextRanges with the data's characters; built once, read by every rebuild of the font atlas
// (which, like ImGui's context, is one for the program).
ImVector<ImWchar> own_text_ranges;
// The large date in the title card shows only display_date's text ("16 April 1922"): the digits,
// the space and the months' letters, 38 glyphs at 34 px rather than all of ASCII's 95.
ImVector<ImWchar> date_ranges;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }

void apply_style() {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowRounding = 8;
    style.ChildRounding = 6;
    style.FrameRounding = 6;
    style.PopupRounding = 6;
    style.GrabRounding = 6;
    style.ScrollbarRounding = 6;
    style.WindowBorderSize = 1;
    style.FrameBorderSize = 0;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(8, 8);
    style.ScrollbarSize = 14;
    style.DisabledAlpha = kUiDisabledAlpha;  // a disabled button's text still 4.5:1 (palette_test)
    ImVec4* c = style.Colors;
    const ImVec4 paper = theme::color(theme::kPaper), ink = theme::color(theme::kInk),
                 accent = theme::color(theme::kAccent);
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = theme::color(theme::rgba(kUiMuted));  // 4.5:1 on paper, also dimmed (palette_test)
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_PopupBg] = paper;
    c[ImGuiCol_ChildBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_Border] = rgb(200, 196, 186, 0.9f);
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb(236, 233, 225);
    c[ImGuiCol_FrameBgHovered] = rgb(226, 222, 212);
    c[ImGuiCol_FrameBgActive] = rgb(216, 212, 200);
    c[ImGuiCol_Button] = theme::color(theme::rgba(kUiButton));
    c[ImGuiCol_ButtonHovered] = theme::color(theme::rgba(kUiButtonHovered));
    c[ImGuiCol_ButtonActive] = accent;
    c[ImGuiCol_Header] = rgb(232, 228, 218);
    c[ImGuiCol_HeaderHovered] = rgb(222, 218, 206);
    c[ImGuiCol_HeaderActive] = rgb(210, 206, 194);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb(200, 196, 186);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(180, 176, 166);
    c[ImGuiCol_ScrollbarGrabActive] = accent;
    c[ImGuiCol_Separator] = rgb(210, 206, 196);
    c[ImGuiCol_TitleBg] = paper;
    c[ImGuiCol_TitleBgActive] = paper;
    c[ImGuiCol_NavHighlight] = accent;
    c[ImGuiCol_TextSelectedBg] = theme::color(theme::kAccent, 0.3f);
}

ImFont* add_font(std::vector<std::uint8_t>& bytes, float size, const ImWchar* ranges = kGlyphRanges) {
    if (bytes.empty()) return ImGui::GetIO().Fonts->AddFontDefault();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the App keeps the bytes
    config.OversampleH = 2;
    config.PixelSnapH = false;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes.data(), int(bytes.size()), size, &config, ranges);
}

// A disc of the given radius centred in the custom rect: coverage falls off over one pixel at the edge.
void rasterise_disc(ImFontAtlas& atlas, int rect_id, float radius) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    const ImFontAtlasCustomRect* rect = atlas.GetCustomRectByIndex(rect_id);
    const float c = rect->Width * 0.5f;
    for (int y = 0; y < rect->Height; ++y)
        for (int x = 0; x < rect->Width; ++x) {
            const float d = std::hypot(x + 0.5f - c, y + 0.5f - c);
            const float coverage = std::clamp(radius - d + 0.5f, 0.0f, 1.0f);
            pixels[(rect->Y + y) * width + rect->X + x] = static_cast<unsigned char>(std::lround(coverage * 255));
        }
}

// The fonts at this scale into ImGui's atlas: CPU work only, no GL context needed. Without `all`, the
// fonts the screen shows before a lesson or a typed letter: no lesson font, and the body font with
// the data's and our own characters only, not every letter one can type (ImGui 1.90 cannot add to a
// built atlas, so needing them later rebuilds it whole; each glyph comes out the same either way).
void rasterise_fonts(App& app, float scale, bool all) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (own_text_ranges.empty()) {
        ImFontGlyphRangesBuilder ranges;
        ranges.AddRanges(kOwnTextRanges);
        for (char32_t c : app.data_characters)
            if (c <= 0xFFFF) ranges.AddChar(ImWchar(c));  // ImWchar is 16 bits; the font has none beyond
        ranges.BuildRanges(&own_text_ranges);
        ImFontGlyphRangesBuilder date;
        date.AddText("0123456789 ");
        for (int month = 1; month <= 12; ++month) {
            const std::string_view name = month_name(month);
            date.AddText(name.data(), name.data() + name.size());
        }
        date.BuildRanges(&date_ranges);
    }
    const ImWchar* own_text = own_text_ranges.Data;
    app.fonts.body = add_font(app.font_regular, std::round(16 * scale), all ? kGlyphRanges : own_text);
    app.fonts.heading = add_font(app.font_bold, std::round(22 * scale), own_text);
    app.fonts.date = add_font(app.font_bold, std::round(34 * scale), date_ranges.Data);
    app.fonts.small = add_font(app.font_regular, std::round(13 * scale), own_text);
    app.fonts.lesson = all ? add_font(app.font_regular, std::round(19 * scale), own_text) : nullptr;
    app.fonts.all_glyphs = all;
    // The labels' halo reaches one CSS pixel (core/dilate); glyphs oversampled 2x across need
    // twice that across (2 * halo texels). A glyph's halo quad reaches that far beyond its glyph, and
    // its neighbour's dilated halo as far towards it: the padding keeps the two apart, with a texel
    // for the filtering (with less, slivers of the neighbour's halo showed as light seams beside
    // letters).
    app.fonts.halo = std::max(1, int(std::lround(app.pixel_ratio)));
    io.Fonts->TexGlyphPadding = 4 * app.fonts.halo + 1;
    // As tall as the glyphs need, not the next power of two: the halo is computed over every texel.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // The disc: big enough for the largest dot drawn with it (a capital's halo), at device size.
    app.fonts.disc_radius = std::ceil(5 * scale);
    const int disc_side = 2 * int(app.fonts.disc_radius) + 2;
    app.fonts.disc_rect = io.Fonts->AddCustomRectRegular(disc_side, disc_side);
    io.Fonts->Build();
    rasterise_disc(*io.Fonts, app.fonts.disc_rect, app.fonts.disc_radius);
    io.FontDefault = app.fonts.body;
    io.FontGlobalScale = 1.0f / app.pixel_ratio;
    apply_style();
    ImGui::GetStyle().ScaleAllSizes(app.ui_scale);
    app.fonts.built_for_scale = scale;
    app.fonts.uploaded = false;
}

// What the start-up's fonts lack is about to be shown: a lesson (its font), a text field in use (it
// shows what is typed or pasted, in the body font), or a typed letter the body font lacks.
bool needs_all_glyphs(const App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (app.tour_active || io.WantTextInput) return true;
    if (!app.fonts.body) return false;
    for (ImWchar c : io.InputQueueCharacters)
        if (!app.fonts.body->FindGlyphNoFallback(c)) return true;
    return false;
}

}  // namespace

// Rasterise the fonts at their final device size, so text is crisp on HiDPI screens and at 2x.
// At start-up this runs before there is a GL context; the frame sends the atlas to the GPU.
void ui_build_fonts(App& app) {
    const float scale = app.ui_scale * app.pixel_ratio;
    const bool all = app.fonts.all_glyphs || needs_all_glyphs(app);
    if (std::fabs(app.fonts.built_for_scale - scale) >= 1e-3f || all != app.fonts.all_glyphs)
        rasterise_fonts(app, scale, all);
}

void ui_disc(ImDrawList* draw, const App& app, ImVec2 center, float radius, ImU32 color) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(app.fonts.disc_rect);
    if (!rect) return;
    // The quad is the whole rect, scaled so the rasterised disc gets the radius asked for.
    const float half = radius * (rect->Width * 0.5f) / app.fonts.disc_radius;
    ImVec2 uv0, uv1;
    atlas->CalcCustomRectUV(rect, &uv0, &uv1);
    draw->PrimReserve(6, 4);
    draw->PrimRectUV(ImVec2(center.x - half, center.y - half), ImVec2(center.x + half, center.y + half), uv0, uv1,
                     color);
}

void ui_setup(App& app) { ui_build_fonts(app); }

}  // namespace atlas
