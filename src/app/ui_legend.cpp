// Legend (bottom left, above the timeline): the key of the active layer only (the political layer: what a
// colour means, with the rule for military occupations).
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

namespace {

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
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale, margin = theme::kMargin * s;
    ImGui::SetNextWindowPos(ImVec2(margin, display.y - margin - theme::kTimelineHeight * s - 12 * s), ImGuiCond_Always,
                            ImVec2(0, 1));
    ImGui::Begin("##legend", nullptr, theme::kCardFlags);
    if (app.layer == Layer::political) {
        // The one rule for military occupations (docs/data-model.md, "Military occupations").
        ImGui::PushFont(app.fonts.heading);
        ImGui::TextUnformatted("Who held the land");
        ImGui::PopFont();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 18);
        ImGui::TextUnformatted(
            "Each colour is the state that held the land on the chosen day. A military occupation of "
            "six months or more in which the occupier governed has the occupier's colour.");
        ImGui::PopTextWrapPos();
        ImGui::End();
        return;
    }
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Standing with Moscow");
    ImGui::PopFont();
    for (int i = 0; i < kStandingCount; ++i) {
        const Standing st = Standing(i);
        swatch(standing_color(st), ImGui::GetFontSize());
        ImGui::SameLine();
        ImGui::TextUnformatted(theme::standing_key(st));
    }
    ImGui::End();
}

}  // namespace atlas
