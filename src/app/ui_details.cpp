// Details panel (right): the selected state's name on the date, its standing with Moscow and since
// when, and its events in time order (later ones dimmed); plus the hover tooltip.
#include <algorithm>
#include <string>

#include "app/ui.hpp"
#include "core/date.hpp"
#include "app/map_input.hpp"
#include "core/overlays.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

namespace {

const char* standing_phrase(Standing s) {
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

std::string standing_line(const App& app, int state) {
    const StandingOn s = standing_on(app.atlas.history, state, app.date);
    std::string line = standing_phrase(s.standing);
    if (s.since) line += " since " + display_date(*s.since);
    return line;
}

constexpr float kPanelWidth = 380, kMargin = 16, kTimelineHeight = 84;

}  // namespace

Insets ui_insets(const App& app) {
    const float s = app.ui_scale;
    Insets insets;
    insets.top = std::max(app.toolbar_height, 48 * s) + kMargin * s;
    insets.bottom = (kTimelineHeight + 2 * kMargin) * s;
    if (app.selected >= 0) insets.right = (kPanelWidth + 2 * kMargin) * s;
    insets.left = ui_tour_width(app);
    return insets;
}

namespace {

// Flies the camera so that the map point lies in the middle of the open part of the window, if the
// panels or the window's edge hide it now.
void keep_visible(App& app, MapPoint at) {
    double x = 0, y = 0;
    map_to_screen(app.camera, app.viewport, at, x, y);
    const Insets open = ui_insets(app);
    const bool under_title = x < app.title_rect[2] && y < app.title_rect[3];
    const bool hidden = x > app.viewport.width - open.right || x < open.left || y < open.top ||
                        y > app.viewport.height - open.bottom || under_title;
    if (!hidden) return;
    const double cx = open.left + (app.viewport.width - open.left - open.right) * 0.5;
    const double cy = open.top + (app.viewport.height - open.top - open.bottom) * 0.5;
    Camera target = app.camera;
    target.center_x = at.x - (cx - app.viewport.width * 0.5) / target.pixels_per_km;
    target.center_y = at.y + (cy - app.viewport.height * 0.5) / target.pixels_per_km;
    map_fly_to(app, target);
}

}  // namespace

void ui_keep_selection_visible(App& app) {
    if (!app.loaded || app.selected < 0) return;
    for (const StateLabel& label : state_labels(app.atlas, app.holders, app.date)) {
        if (label.state != app.selected) continue;
        keep_visible(app, label.anchor);
        return;
    }
}

void ui_keep_event_visible(App& app) {
    if (!app.loaded || app.highlight_event < 0) return;
    keep_visible(app, project(app.atlas.history.events[std::size_t(app.highlight_event)].place.where));
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

void ui_details(App& app) {
    if (!app.loaded || app.selected < 0) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) {
        app_select(app, -1);
        app.escape_handled = true;  // one Esc closes one thing: the panel, not the lesson as well
        return;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale, margin = kMargin * s, width = kPanelWidth * s;
    const Insets insets = ui_insets(app);
    const float top = float(insets.top), bottom = float(insets.bottom);
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
    ImGui::PushTextWrapPos(0);  // wrapping is per window: the child needs its own
    for (int e : events_of(app.atlas.history, app.selected)) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        const bool future = ev.date > app.date;
        if (future) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5f);
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
        if (ImGui::IsItemClicked()) {  // opens the entry, moves the timeline there, outlines the parties
            app.open_event = open_entry ? -1 : e;
            if (!open_entry) {
                app_set_date(app, ev.date);
                app_highlight_event(app, e);
                ui_keep_event_visible(app);
            }
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

void ui_tooltip(App& app) {
    if (!app.loaded || app.dragging || app.touch.pinching || ImGui::GetIO().WantCaptureMouse) return;
    if (!ImGui::IsMousePosValid() || app.now - app.last_input > 4) return;  // not after the pointer left
    app.hover_state = map_state_at(app, app.hover_x, app.hover_y);
    if (app.hover_state < 0) return;
    const State& state = app.atlas.states.states[std::size_t(app.hover_state)];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(std::string(name_on(state, app.date)).c_str());
    ImGui::TextDisabled("%s", standing_line(app, app.hover_state).c_str());
    ImGui::EndTooltip();
}

}  // namespace atlas
