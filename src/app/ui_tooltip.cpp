// Tooltip (at the pointer over the map): the state's name on the date and its standing with Moscow.
#include <string>

#include "app/ui.hpp"
#include "imgui.h"

namespace atlas {

void ui_tooltip(App& app) {
    if (!app.loaded || app.dragging || app.touch.pinching || ImGui::GetIO().WantCaptureMouse) return;
    // An open list of search hits is being read: a name following the pointer must not cover it.
    if (app.search_open && app.search_text[0] != 0) return;
    constexpr double kShowSeconds = 4;  // after the last input: the pointer may have left the page
    if (!ImGui::IsMousePosValid() || app.now - app.last_input > kShowSeconds) return;
    app.hover_state = app_state_at(app, app.hover_x, app.hover_y);
    if (app.hover_state < 0) return;
    const State& state = app.atlas.states.states[std::size_t(app.hover_state)];
    app.wake_at = app.last_input + kShowSeconds + 0.05;  // a frame then takes the tooltip away again
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(std::string(name_on(state, app.date)).c_str());
    ImGui::TextDisabled("%s", standing_line(app, app.hover_state).c_str());
    ImGui::EndTooltip();
}

}  // namespace atlas
