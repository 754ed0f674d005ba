// Details panel (right): the selected state's name on the date, its standing with Moscow and since
// when, and its events in time order (later ones dimmed); plus the hover tooltip.
#include <string>

#include "app/ui.hpp"
#include "core/date.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

namespace {

const char* standing_phrase(Standing s) {
    switch (s) {
        case Standing::soviet: return "Soviet";
        case Standing::client: return "Soviet client state";
        case Standing::recognized: return "Recognised (diplomatic relations)";
        case Standing::de_facto: return "De facto relations (trade, no recognition)";
        case Standing::none: return "No relations";
        case Standing::broken: return "Relations broken off";
        case Standing::war: return "At war";
    }
    return "";
}

std::string standing_line(const App& app, int state) {
    const StandingOn s = standing_on(app.atlas.history, state, app.date);
    std::string line = standing_phrase(s.standing);
    if (s.since) line += " since " + display_date(*s.since);
    return line;
}

}  // namespace

std::string details_text(const App& app) {
    if (!app.loaded || app.selected < 0) return "";
    const State& state = app.atlas.states.states[std::size_t(app.selected)];
    std::string text = std::string(name_on(state, app.date)) + "\n";
    text += "Standing with Moscow: " + standing_line(app, app.selected) + "\n";
    const StandingOn s = standing_on(app.atlas.history, app.selected, app.date);
    if (s.event >= 0) text += "Set by: " + app.atlas.history.events[std::size_t(s.event)].title + "\n";
    for (int e : events_of(app.atlas.history, app.selected)) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        text += display_date(ev.date) + " - " + ev.title + "\n";
    }
    return text;
}

void ui_details(App& app) {
    if (!app.loaded || app.selected < 0) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) {
        app_select(app, -1);
        return;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale, margin = 16 * s, width = 380 * s;
    const float top = 64 * s, bottom = 84 * s + 2 * margin;
    ImGui::SetNextWindowPos(ImVec2(display.x - margin - width, top));
    ImGui::SetNextWindowSize(ImVec2(width, std::max(120.0f, display.y - top - bottom)));
    bool open = true;
    ImGui::Begin("##details", &open, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const State& state = app.atlas.states.states[std::size_t(app.selected)];
    ImGui::PushFont(app.fonts.heading);
    ImGui::PushTextWrapPos(width - 60 * s);
    ImGui::TextUnformatted(std::string(name_on(state, app.date)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SameLine(width - 48 * s);
    if (icon_button("##close", Icon::close, 32 * s, "Close (Esc)")) open = false;
    ImGui::PushTextWrapPos(0);
    const StandingOn st = standing_on(app.atlas.history, app.selected, app.date);
    const Rgba8 c = standing_color(st.standing);
    ImGui::TextColored(ImVec4(c.r / 255.f * 0.8f, c.g / 255.f * 0.8f, c.b / 255.f * 0.8f, 1), "%s",
                       standing_line(app, app.selected).c_str());
    if (st.event >= 0)
        ImGui::TextDisabled("after: %s", app.atlas.history.events[std::size_t(st.event)].title.c_str());
    ImGui::Separator();
    ImGui::BeginChild("##events");
    for (int e : events_of(app.atlas.history, app.selected)) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        const bool future = ev.date > app.date;
        if (future) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5f);
        const std::string header = display_date(ev.date) + "  " + ev.title + "##" + ev.id;
        if (ImGui::CollapsingHeader(header.c_str())) {
            ImGui::TextUnformatted(ev.summary.c_str());
            ImGui::TextDisabled("Why it mattered");
            ImGui::TextUnformatted(ev.significance.c_str());
            if (!ev.teacher_note.empty()) {
                ImGui::TextDisabled("Note for the teacher");
                ImGui::TextUnformatted(ev.teacher_note.c_str());
            }
            ImGui::TextDisabled("Source: %s", ev.source.c_str());
            if (ImGui::SmallButton(("Go to this date##" + ev.id).c_str())) {
                app_set_date(app, ev.date);
                app_highlight_event(app, e);
            }
        }
        if (future) ImGui::PopStyleVar();
    }
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
    ImGui::End();
    if (!open) app_select(app, -1);
}

void ui_tooltip(App& app) {
    if (!app.loaded || app.dragging || app.hover_state < 0 || ImGui::GetIO().WantCaptureMouse) return;
    const State& state = app.atlas.states.states[std::size_t(app.hover_state)];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(std::string(name_on(state, app.date)).c_str());
    ImGui::TextDisabled("%s", standing_line(app, app.hover_state).c_str());
    ImGui::EndTooltip();
}

}  // namespace atlas
