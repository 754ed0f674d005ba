// Details panel (right): the selected state's name on the date, its standing with Moscow and since
// when, and its events in time order (later ones dimmed).
#include <algorithm>
#include <string>

#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/date.hpp"
#include "core/overlays.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

std::string standing_line(const App& app, int state) {
    const StandingOn s = standing_on(app.atlas.history, state, app.date);
    std::string line = theme::standing_phrase(s.standing);
    if (s.since) line += " since " + display_date(*s.since);
    return line;
}

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

void ui_open_event(App& app, int event, bool scroll_to) {
    app.open_event = event;
    app.scroll_to_open_event = scroll_to && event >= 0;
    if (event < 0) return;
    app_set_date(app, app.atlas.history.events[std::size_t(event)].date);
    app_highlight_event(app, event);
    ui_keep_event_visible(app);
}

void ui_details(App& app) {
    if (!app.loaded || app.selected < 0) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) {
        app_select(app, -1);
        app.escape_handled = true;  // one Esc closes one thing: the panel, not the lesson as well
        return;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale, margin = theme::kMargin * s, width = theme::kDetailsWidth * s;
    const Insets insets = ui_insets(app);
    const float top = float(insets.top), bottom = float(insets.bottom);
    ImGui::SetNextWindowPos(ImVec2(display.x - margin - width, top));
    ImGui::SetNextWindowSize(ImVec2(width, std::max(120.0f, display.y - top - bottom)));
    bool open = true;
    ImGui::Begin("##details", &open, theme::kPanelFlags);
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
    const Rgba8 c = text_color_on(standing_color(st.standing), kUiPaper);  // 4.5:1, even pale sand
    ImGui::TextColored(ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, 1), "%s",
                       standing_line(app, app.selected).c_str());
    if (st.event >= 0) ImGui::TextDisabled("after: %s", app.atlas.history.events[std::size_t(st.event)].title.c_str());
    ImGui::Separator();
    ImGui::BeginChild("##events");
    ImGui::PushTextWrapPos(0);  // wrapping is per window: the child needs its own
    for (int e : events_of(app.atlas.history, app.selected)) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        const bool future = ev.date > app.date;
        if (future) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, kUiLaterAlpha);
        // Date, a dot in the kind's colour, and the whole title wrapped; a click opens the entry.
        ImGui::PushID(e);
        const bool open_entry = app.open_event == e;
        ImGui::BeginGroup();
        const Rgba8 k = kind_color(ev.kind);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float fs = ImGui::GetFontSize();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + fs * 0.3f, p.y + fs * 0.62f), fs * 0.22f,
                                                    IM_COL32(k.r, k.g, k.b, 255));
        ImGui::Indent(fs * 0.8f);
        ImGui::PushFont(app.fonts.small);
        ImGui::TextDisabled("%s  \xC2\xB7  %s", display_date(ev.date).c_str(), std::string(kind_name(ev.kind)).c_str());
        ImGui::PopFont();
        ImGui::TextUnformatted(ev.title.c_str());
        ImGui::Unindent(fs * 0.8f);
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked()) ui_open_event(app, open_entry ? -1 : e);
        if (open_entry && app.scroll_to_open_event) {
            ImGui::SetScrollHereY(0.1f);  // its title near the top of the list
            app.scroll_to_open_event = false;
        }
        if (open_entry) {
            ImGui::Indent(fs * 0.8f);
            ImGui::TextUnformatted(ev.summary.c_str());
            ImGui::TextDisabled("Why it mattered");
            ImGui::TextUnformatted(ev.significance.c_str());
            if (!ev.teacher_note.empty()) {
                ImGui::TextDisabled("Note for the teacher");
                ImGui::TextUnformatted(ev.teacher_note.c_str());
            }
            ImGui::TextDisabled("Source: %s", ev.source.c_str());
            ImGui::Unindent(fs * 0.8f);
        }
        ImGui::PopID();
        ImGui::Separator();
        if (future) ImGui::PopStyleVar();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
    ImGui::End();
    if (!open) app_select(app, -1);
}

}  // namespace atlas
