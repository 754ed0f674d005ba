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

namespace {

// The sheet's grip at its top: drag it up to full height or down to half; it settles at the nearer.
void sheet_handle(App& app) {
    const float s = app.ui_scale;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("##grip", ImVec2(w, 18 * s));
    const ScreenRect room = app.layout.sheet_room;
    if (ImGui::IsItemActive() && room.height > 0) {
        const double pulled = (room.bottom() - ImGui::GetIO().MousePos.y) / room.height;
        app.sheet_fraction = float(std::clamp(pulled, 0.2, 1.0));
    } else if (ImGui::IsItemDeactivated()) {
        app.sheet_fraction = app.sheet_fraction > 0.75f ? 1.0f : 0.5f;
    }
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    const float cx = p.x + w * 0.5f, cy = p.y + 7 * s;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(cx - 24 * s, cy - 2.5f * s), ImVec2(cx + 24 * s, cy + 2.5f * s),
                                              theme::rgba(kUiOutline), 3 * s);
    const ImVec2 q = ImGui::GetItemRectMin();
    app.sheet_grip = UiRect{q.x, q.y, ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
}

// The event in force on the date: the last one of the state's list (in time order) not after it.
int event_in_force(const App& app, const std::vector<int>& events) {
    int in_force = -1;
    for (int e : events)
        if (app.atlas.history.events[std::size_t(e)].date <= app.date) in_force = e;
    return in_force;
}

// Shift with an arrow takes the selection to the neighbour that way on the map, and the camera with
// it (the plain arrows step the timeline's events).
void select_neighbour_by_keys(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !io.KeyShift || io.KeyCtrl || io.KeyAlt) return;
    const std::pair<ImGuiKey, Direction> keys[] = {{ImGuiKey_LeftArrow, Direction::west},
                                                   {ImGuiKey_RightArrow, Direction::east},
                                                   {ImGuiKey_UpArrow, Direction::north},
                                                   {ImGuiKey_DownArrow, Direction::south}};
    for (const auto& [key, direction] : keys) {
        if (!ImGui::IsKeyPressed(key)) continue;
        const int to = state_toward(state_labels(app.atlas, app.holders, app.date), app.selected, direction);
        if (to < 0) return;
        app_select(app, to);
        ui_keep_selection_visible(app);
        return;
    }
}

}  // namespace

void ui_open_event(App& app, int event, bool scroll_to) {
    app.open_event = event;
    app.scroll_to_open_event = scroll_to && event >= 0;
    if (event < 0) return;
    app_set_date(app, app.atlas.history.events[std::size_t(event)].date);
    app_highlight_event(app, event);
    ui_keep_event_visible(app);
}

void ui_details(App& app) {
    if (!app.loaded || app.selected < 0) {
        app.details_rows.clear();
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput) {
        app_select(app, -1);
        app.escape_handled = true;  // one Esc closes one thing: the panel, not the lesson as well
        return;
    }
    select_neighbour_by_keys(app);
    const float s = app.ui_scale;
    const ScreenRect r = app.layout.details;  // on the right, or a sheet from the bottom on a phone
    const float width = float(r.width);
    ImGui::SetNextWindowPos(ImVec2(float(r.x), float(r.y)));
    ImGui::SetNextWindowSize(ImVec2(width, float(r.height)));
    bool open = true;
    ImGui::Begin("##details", &open, theme::kPanelFlags);
    if (app.layout.sheet) sheet_handle(app);
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
    const std::vector<int> events = events_of(app.atlas.history, app.selected);
    app.details_rows.clear();
    const int in_force = event_in_force(app, events);
    // The list opens at the date: the event in force a third of the way down, not the first of 1918.
    const bool scroll_to_date = app.details_scrolled_for != app.selected;
    app.details_scrolled_for = app.selected;
    for (int e : events) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        const bool future = ev.date > app.date;
        if (future) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, kUiLaterAlpha);
        // Date, a dot in the kind's colour, and the whole title wrapped; a click opens the entry.
        ImGui::PushID(e);
        const bool open_entry = app.open_event == e;
        ImDrawList* list = ImGui::GetWindowDrawList();
        if (e == in_force) {  // its tint goes under it
            list->ChannelsSplit(2);
            list->ChannelsSetCurrent(1);
        }
        ImGui::BeginGroup();
        const Rgba8 k = kind_color(ev.kind);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float fs = ImGui::GetFontSize();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + fs * 0.3f, p.y + fs * 0.62f), fs * 0.22f,
                                                    IM_COL32(k.r, k.g, k.b, 255));
        ImGui::Indent(fs * 0.8f);
        ImGui::PushFont(app.fonts.small);
        ImGui::TextDisabled("%s  \xC2\xB7  %s%s", display_date(ev.date).c_str(),
                            std::string(kind_name(ev.kind)).c_str(), e == in_force ? "  \xC2\xB7  IN FORCE" : "");
        ImGui::PopFont();
        ImGui::TextUnformatted(ev.title.c_str());
        ImGui::Unindent(fs * 0.8f);
        ImGui::EndGroup();
        if (ImGui::IsItemVisible()) {
            const ImVec2 a = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
            app.details_rows.push_back({e, UiRect{a.x, a.y, size.x, size.y}});
        }
        if (e == in_force) {  // a tint of the accent behind the entry in force on the date
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            list->ChannelsSetCurrent(0);
            list->AddRectFilled(ImVec2(a.x - 4 * s, a.y - 2 * s), ImVec2(b.x + 4 * s, b.y + 2 * s),
                                theme::rgba(kUiAccent, kUiInForceTint), 4 * s);
            list->ChannelsMerge();
            if (scroll_to_date) ImGui::SetScrollHereY(0.3f);
        }
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
