// Icon buttons drawn as shapes: crisp at every scale, and no symbol font to ship.
#include "app/ui.hpp"
#include "imgui.h"

namespace atlas {

bool icon_button(const char* id, Icon icon, float size, const char* tooltip) {
    const bool clicked = ImGui::Button(id, ImVec2(size, size));
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    const float r = size * 0.2f;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    switch (icon) {
        case Icon::play:
            draw->AddTriangleFilled(ImVec2(c.x - r * 0.8f, c.y - r), ImVec2(c.x - r * 0.8f, c.y + r),
                                    ImVec2(c.x + r, c.y), ink);
            break;
        case Icon::pause:
            draw->AddRectFilled(ImVec2(c.x - r * 0.8f, c.y - r), ImVec2(c.x - r * 0.25f, c.y + r), ink);
            draw->AddRectFilled(ImVec2(c.x + r * 0.25f, c.y - r), ImVec2(c.x + r * 0.8f, c.y + r), ink);
            break;
        case Icon::previous:
            draw->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x - r * 0.65f, c.y + r), ink);
            draw->AddTriangleFilled(ImVec2(c.x + r, c.y - r), ImVec2(c.x + r, c.y + r), ImVec2(c.x - r * 0.6f, c.y),
                                    ink);
            break;
        case Icon::next:
            draw->AddRectFilled(ImVec2(c.x + r * 0.65f, c.y - r), ImVec2(c.x + r, c.y + r), ink);
            draw->AddTriangleFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x - r, c.y + r), ImVec2(c.x + r * 0.6f, c.y),
                                    ink);
            break;
        case Icon::close: {
            const float t = size * 0.06f;
            draw->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), ink, t);
            draw->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), ink, t);
            break;
        }
    }
    return clicked;
}

}  // namespace atlas
