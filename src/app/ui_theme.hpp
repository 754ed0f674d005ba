// UI theme: what every panel shares of the look, in one place: the colours of a printed school atlas
// (off-white paper, dark ink, one accent), the margins and the bars' sizes, the panels' window flags
// and the words for each standing with Moscow. ui_style.cpp gives ImGui's style the same colours.
#pragma once

#include "core/palette.hpp"
#include "imgui.h"

namespace atlas::theme {

// Colours.
// The UI's colours are the core's (core/palette.hpp), whose tests check their contrast.
inline constexpr ImU32 rgba(Rgba8 c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }
inline constexpr ImU32 kPaper = rgba(kUiPaper);
inline constexpr ImU32 kLabelHalo = rgba(kUiPaper, kUiHaloAlpha);  // paper, under the map's names and dots
inline constexpr ImU32 kInk = rgba(kUiInk);
inline constexpr ImU32 kAccent = rgba(kUiAccent);
inline ImVec4 color(ImU32 c, float alpha = 1) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    v.w = alpha;
    return v;
}

// Where each panel goes and how big the bars are: core/layout.hpp (App::layout).

// Window flags: a panel stays where the layout puts it; a card is a panel sized by its content
// that does not take the focus when it appears.
inline constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
inline constexpr ImGuiWindowFlags kCardFlags =
    kPanelFlags | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;

// A standing with Moscow in the legend's key (short, what the colour means; core/palette, which the
// printed picture shares) ...
inline const char* standing_key(Standing s) { return atlas::standing_key(s).data(); }

// ... and in the details panel's sentence about one state ("... since 16 April 1922").
inline const char* standing_phrase(Standing s) {
    switch (s) {
        case Standing::soviet: return "Soviet";
        case Standing::client: return "Soviet client state";
        case Standing::allied: return "Allied with Moscow (advisers and arms, no recognition)";
        case Standing::recognized: return "Recognised (diplomatic relations)";
        case Standing::de_facto: return "De facto relations (trade, no recognition)";
        case Standing::none: return "No relations";
        case Standing::broken: return "Relations broken off";
        case Standing::war: return "At war";
    }
    return "";
}

}  // namespace atlas::theme
