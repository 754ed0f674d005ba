// Legend (bottom left, above the timeline): the key of the active layer only (the political layer: what a
// colour means, with the rule for military occupations).
#include <cfloat>

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
    draw->AddRect(p, q, theme::rgba(kUiSwatchEdge), 3);
    ImGui::Dummy(ImVec2(size * 1.6f, size));
}

// The card's heading, with a button that folds the legend away.
void heading(App& app, const char* text) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::SmallButton("Hide")) app.legend_choice = 0;
}

// Keeps the card's size for the layout, then ends it.
void end_card(App& app) {
    app.layout_sizes.legend_width = ImGui::GetWindowWidth();
    // The height the whole key needs (not the window's, which is less when the layout makes it scroll).
    app.layout_sizes.legend_height =
        ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();
}

}  // namespace

void ui_legend(App& app) {
    const ScreenRect r = app.layout.legend;  // bottom left above the timeline; empty under a sheet
    if (r.empty()) return;
    // Placed by its bottom-left corner: the card sizes itself to the layer's key.
    ImGui::SetNextWindowPos(ImVec2(float(r.x), float(r.bottom())), ImGuiCond_Always, ImVec2(0, 1));
    if (app.layout.legend_folded) {
        ImGui::Begin("##legend-button", nullptr, theme::kCardFlags);
        if (ImGui::Button("Map key")) app.legend_choice = 1;
        app.layout_sizes.legend_button_width = ImGui::GetWindowWidth();
        ImGui::End();
        return;
    }
    // No taller than the layout's rectangle: where the whole key does not fit, the card scrolls, with a
    // scrollbar a finger can drag.
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, float(r.height)));
    const bool scrolls = app.layout_sizes.legend_height > r.height + 1;
    ImGui::Begin("##legend", nullptr, scrolls ? theme::kCardFlags & ~ImGuiWindowFlags_NoScrollbar : theme::kCardFlags);
    if (app.layer == Layer::political) {
        // The one rule for military occupations (docs/data-model.md, "Military occupations").
        heading(app, "Who held the land");
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 18);
        ImGui::TextUnformatted(
            "Each colour is the state that held the land on the chosen day. A military occupation of "
            "six months or more in which the occupier governed has the occupier's colour.");
        ImGui::PopTextWrapPos();
        end_card(app);
        return;
    }
    heading(app, "Standing with Moscow");
    for (int i = 0; i < kStandingCount; ++i) {
        const Standing st = Standing(i);
        swatch(standing_color(st), ImGui::GetFontSize());
        ImGui::SameLine();
        ImGui::TextUnformatted(theme::standing_key(st));
    }
    end_card(app);
}

}  // namespace atlas
