// UI: the frame's panels in their fixed order, and the layout they share (what they cover at the
// window's edges). A new panel is a ui_<name>.cpp with one function, declared in ui.hpp, called here.
#include "app/ui.hpp"

#include <algorithm>
#include <string>

#include "app/platform.hpp"
#include "app/ui_theme.hpp"
#include "core/overlays.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // the windows drawn, for where a press lands

namespace atlas {

namespace {

// Every window ImGui drew this frame, by name without its "##": where a press is the UI's next
// frame (app_ui_covers), and what the page reports (atlas.state().windows). Tooltips follow the
// pointer and take no input; child windows lie inside their parent.
bool same_measured_sizes(const LayoutInput& a, const LayoutInput& b) {
    return a.title_width == b.title_width && a.title_height == b.title_height && a.toolbar_width == b.toolbar_width &&
           a.toolbar_height == b.toolbar_height && a.menu_width == b.menu_width && a.legend_width == b.legend_width &&
           a.legend_height == b.legend_height && a.legend_button_width == b.legend_button_width;
}

void record_windows(App& app) {
    app.ui_windows.clear();
    app.clipped_windows.clear();
    app.tooltips.clear();
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->Active || w->Hidden || w->IsFallbackWindow) continue;
        // Laid out wider than the room it has (a word cut off at the edge, as at 2x text): the tests ask.
        const float laid_out = std::max(w->DC.CursorMaxPos.x, w->DC.IdealMaxPos.x) - w->DC.CursorStartPos.x;
        if (!(w->Flags & ImGuiWindowFlags_Tooltip) && laid_out > w->ContentRegionRect.GetWidth() + 1)
            app.clipped_windows.push_back(w->Name);
        if (w->Flags & ImGuiWindowFlags_Tooltip)
            app.tooltips.push_back(UiRect{w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});
        if (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_NoMouseInputs))
            continue;
        std::string name = w->Name;
        if (name.rfind("##", 0) == 0) name.erase(0, 2);
        app.ui_windows.push_back({name, UiRect{w->Pos.x, w->Pos.y, w->Size.x, w->Size.y}});
    }
}

}  // namespace

void ui_frame(App& app) {
    platform_new_imgui_frame();
    ImGui::NewFrame();
    // ImGui takes queued input a little at a time (a key pressed and released before a frame is seen
    // over two): while some waits, frames go on, or the last letters typed fast stay unseen.
    if (!GImGui->InputEventsQueue.empty()) app_wake(app, 1);
    app.escape_handled = false;
    ui_measure_toolbar(app);  // computed, not drawn: the first frame already knows if the row fits
    const LayoutInput measured_before = app.layout_sizes;
    app.layout = app_layout(app);
    // The panels that change the date or the selection first, then what shows them (labels, title,
    // legend): a drag on the timeline is in this frame's labels and title, not the next one's.
    // They do not overlap, so the order of drawing does not matter.
    ui_toolbar(app);
    ui_timeline(app);
    ui_details(app);
    ui_tour(app);
    app.layout = app_layout(app);  // a panel opened or closed above: the rest are placed for it
    ui_map_overlay(app);
    ui_title(app);
    ui_legend(app);
    ui_tooltip(app);
    ImGui::Render();
    record_windows(app);
    // A panel measured at a new size (after a text-size change, a new date's longer name) moves the
    // others: one more frame places them for it, or a panel could stay over the title until then.
    if (!same_measured_sizes(measured_before, app.layout_sizes)) app_wake(app, 1);
    // A held control needs frames; a hovered one only until its tooltip has appeared (ImGui shows
    // tooltips after a delay), then the app may go idle with the pointer resting on a button.
    const bool settling = app.now - app.last_input < 1.0;
    if (ImGui::IsAnyItemActive() || (settling && ImGui::IsAnyItemHovered())) app_wake(app, 2);
}

Insets ui_insets(const App& app) { return app_layout(app).open; }

namespace {

// Moves the camera just enough that the map point lies in the part of the map the panels leave open
// (core/camera.hpp), if a panel or the window's edge hides it now: a short flight, or at once.
void keep_visible(App& app, MapPoint at, bool at_once) {
    const Camera target = camera_keeping_open(app.camera, app.viewport, app_layout(app).open, at);
    if (target.center_x == app.camera.center_x && target.center_y == app.camera.center_y) return;
    app_fly_to(app, target);
    if (at_once) {
        app.camera = app.camera_to;
        app.camera_move_start = -1;
    }
}

}  // namespace

void ui_keep_selection_visible(App& app, bool at_once) {
    if (!app.loaded || app.selected < 0) return;
    for (const StateLabel& label : state_labels(app.atlas, app.holders, app.date)) {
        if (label.state != app.selected) continue;
        keep_visible(app, label.anchor, at_once);
        return;
    }
}

void ui_keep_event_visible(App& app) {
    if (!app.loaded || app.highlight_event < 0) return;
    keep_visible(app, project(app.atlas.history.events[std::size_t(app.highlight_event)].place.where), false);
}

}  // namespace atlas
