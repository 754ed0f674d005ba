// Title card (top left): the atlas' name small, the current date large, the layer switch.
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/date.hpp"
#include "imgui.h"

namespace atlas {

void ui_title(App& app) {
    const float margin = theme::kMargin * app.ui_scale;
    ImGui::SetNextWindowPos(ImVec2(margin, margin));
    ImGui::Begin("##title", nullptr, theme::kCardFlags);
    ImGui::PushFont(app.fonts.small);
    ImGui::TextDisabled(
        "SOVIET FOREIGN POLICY 1919\xE2\x80\x93"
        "1929");
    ImGui::PopFont();
    ImGui::PushFont(app.fonts.date);
    ImGui::TextUnformatted(display_date(app.date).c_str());
    ImGui::PopFont();
    if (!app.loaded) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        ImGui::TextColored(ImVec4(0.6f, 0.1f, 0.1f, 1), "%s",
                           app.load_error.empty() ? "Loading..." : app.load_error.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!app.notices.empty() && app.now < app.notice_until) {
        ImGui::PushFont(app.fonts.small);
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        for (const std::string& notice : app.notices)
            ImGui::TextColored(ImVec4(0.55f, 0.3f, 0.05f, 1), "%s", notice.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        app_wake(app, 2);
    }
    if (app.tours_loaded && !app.tour_active) {
        if (ImGui::Button("Start the lesson")) app_start_tour(app, 0, 0);
        ImGui::SameLine();
    }
    if (ImGui::RadioButton("Political", app.layer == Layer::political)) app_set_layer(app, Layer::political);
    ImGui::SameLine();
    if (ImGui::RadioButton("Relations with Moscow", app.layer == Layer::relations))
        app_set_layer(app, Layer::relations);
    app.title_card =
        UiRect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(), ImGui::GetWindowHeight()};
    ImGui::End();
}

}  // namespace atlas
