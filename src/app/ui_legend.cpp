// Legend (bottom left, above the timeline): the key of the active layer only.
#include "app/ui.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

namespace {

const char* standing_label(Standing s) {
    switch (s) {
        case Standing::soviet: return "Soviet state or Soviet republic";
        case Standing::client: return "Soviet-dependent people's republic";
        case Standing::allied: return "Alliance: advisers and arms, not recognition";
        case Standing::recognized: return "Recognised, diplomatic relations";
        case Standing::de_facto: return "Trade or dealings, not recognised";
        case Standing::none: return "No relations";
        case Standing::broken: return "Relations broken off";
        case Standing::war: return "At war";
    }
    return "";
}

// A swatch drawn like the map draws it: hatching for "broken" and "war".
void swatch(Rgba8 c, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 q(p.x + size * 1.6f, p.y + size);
    draw->AddRectFilled(p, q, IM_COL32(c.r, c.g, c.b, 255), 3);
    if (c.a != kHatchNone) {
        draw->PushClipRect(p, q, true);
        const float step = size * 0.35f;
        for (float x = -size; x < size * 1.6f + size; x += step) {
            draw->AddLine(ImVec2(p.x + x, q.y), ImVec2(p.x + x + size, p.y), IM_COL32(30, 30, 36, 160), 1.2f);
            if (c.a == kHatchCross)
                draw->AddLine(ImVec2(p.x + x, p.y), ImVec2(p.x + x + size, q.y), IM_COL32(30, 30, 36, 160), 1.2f);
        }
        draw->PopClipRect();
    }
    draw->AddRect(p, q, IM_COL32(120, 118, 112, 255), 3);
    ImGui::Dummy(ImVec2(size * 1.6f, size));
}

}  // namespace

void ui_legend(App& app) {
    if (app.layer != Layer::relations) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale, margin = 16 * s;
    ImGui::SetNextWindowPos(ImVec2(margin, display.y - margin - 84 * s - 12 * s), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::Begin("##legend", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Standing with Moscow");
    ImGui::PopFont();
    for (int i = 0; i < kStandingCount; ++i) {
        const Standing st = Standing(i);
        swatch(standing_color(st), ImGui::GetFontSize());
        ImGui::SameLine();
        ImGui::TextUnformatted(standing_label(st));
    }
    ImGui::End();
}

}  // namespace atlas
