// Title card (top left): the atlas' name small, the current date large, the layer switch.
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/date.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // the card's unconstrained width

namespace atlas {

void ui_title(App& app) {
    const float margin = float(app.layout.margin);
    // A narrow or short screen has short words for the buttons, so the card leaves room for the menu
    // and the side sheet.
    const bool narrow = app.layout.compact_title;
    ImGui::SetNextWindowPos(ImVec2(margin, margin));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(float(app.layout.title.width), 1e9f));
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
        ImGui::TextColored(theme::color(theme::rgba(kUiError)), "%s",
                           app.load_error.empty() ? "Loading..." : app.load_error.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!app.notices.empty() && app.now < app.notice_until) {
        ImGui::PushFont(app.fonts.small);
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        for (const std::string& notice : app.notices)
            ImGui::TextColored(theme::color(theme::rgba(kUiNotice)), "%s", notice.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        app_wake(app, 2);
    }
    if (app.tours_loaded && !app.tour_active && !narrow) {  // (on a narrow screen: in the menu)
        if (ImGui::Button(narrow ? "Lesson" : "Start the lesson")) app_start_tour(app, 0, 0);
        ImGui::SameLine();
    }
    if (ImGui::RadioButton("Political", app.layer == Layer::political)) app_set_layer(app, Layer::political);
    ImGui::SameLine();
    if (ImGui::RadioButton(narrow ? "Relations" : "Relations with Moscow", app.layer == Layer::relations))
        app_set_layer(app, Layer::relations);
    app.title_card =
        UiRect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(), ImGui::GetWindowHeight()};
    // The card's own width, not the one the layout allowed it: the next layout decides again from it.
    // (Not in the card's first frame, which ImGui lays out unseen: its content size is 0 then.)
    const float ideal = ImGui::GetCurrentWindow()->ContentSizeIdeal.x;
    if (ideal > 0) {
        app.layout_sizes.title_width = ideal + 2 * ImGui::GetStyle().WindowPadding.x;
        app.layout_sizes.title_height = app.title_card.height;
    }
    ImGui::End();
}

}  // namespace atlas
