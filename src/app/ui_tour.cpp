// Lesson mode: a tour's steps in a large-type panel on the left; each step moves the date and the
// camera and highlights its states and events. Next/previous by buttons, arrows, Space and
// PageUp/PageDown (what presentation clickers send); Esc leaves the tour and keeps the map.
#include <algorithm>

#include "app/platform.hpp"
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/camera.hpp"
#include "core/tour.hpp"
#include "imgui.h"

namespace atlas {

void app_tour_go(App& app, int step) {
    const Tour& tour = app.tours.tours[std::size_t(app.tour)];
    step = clamp_step(tour, step);
    if (step < 0) return;
    app.tour_step = step;
    app.tour_answer_shown = false;
    const TourStep& s = tour.steps[std::size_t(step)];
    app_animate_date(app, s.date);
    app.tour_states = s.states;
    app_highlight_event(app, s.events.empty() ? -1 : s.events.front());
    app_select(app, -1);
    // Frame the step's view in the part of the window the panels leave open.
    const Insets open = ui_insets(app);
    if (s.camera.preset) {
        app_fly_to(app, camera_fit_open(camera_preset(*s.camera.preset, app.atlas.map.bbox), app.viewport, open));
    } else {
        const MapPoint center = project({s.camera.lon, s.camera.lat});
        const double half = s.camera.zoom_km * 0.5;
        const MapBox box{float(center.x - half), float(center.y - half * 0.6), float(center.x + half),
                         float(center.y + half * 0.6)};
        app_fly_to(app, camera_fit_open(box, app.viewport, open));
    }
}

void app_leave_tour(App& app) {
    app.tour_active = false;
    if (app.date_move_start >= 0) app_set_date(app, app.date_to);  // the map stays where the step put it
    app.tour_states.clear();
    app_highlight_event(app, -1);
}

namespace {

// One dot a step, in as many rows as the panel's width needs (18 steps at 2x text are wider than it).
void progress_dots(App& app, int count) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Closer together when a narrow panel (a phone's side sheet) has no room for the usual spacing,
    // but never so close that a dot is hard to see: past that they wrap to a second row.
    const float fit = ImGui::GetContentRegionAvail().x / float(std::max(1, count));
    const float gap = std::clamp(fit, 10 * app.ui_scale, 16 * app.ui_scale);
    const float r = std::min(5 * app.ui_scale, gap * 0.35f);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const int per_row = std::max(1, int((ImGui::GetContentRegionAvail().x - 2 * r) / gap) + 1);
    const int rows = (count + per_row - 1) / per_row;
    for (int i = 0; i < count; ++i) {
        const ImVec2 c(p.x + r + float(i % per_row) * gap, p.y + r + 2 + float(i / per_row) * gap);
        if (i == app.tour_step)
            draw->AddCircleFilled(c, r, theme::kAccent);
        else
            draw->AddCircle(c, r - 0.5f, theme::rgba(kUiOutline), 0, 1.5f);
    }
    ImGui::Dummy(ImVec2(float(std::min(count, per_row)) * gap, float(rows - 1) * gap + 2 * r + 4));
}

void handle_keys(App& app, int steps) {
    if (ImGui::GetIO().WantTextInput) return;
    // Shift with an arrow moves the selection across the map (ui_details), not the lesson.
    const bool arrows = !ImGui::GetIO().KeyShift;
    const bool next = (arrows && ImGui::IsKeyPressed(ImGuiKey_RightArrow)) || ImGui::IsKeyPressed(ImGuiKey_Space) ||
                      ImGui::IsKeyPressed(ImGuiKey_PageDown);
    const bool previous = (arrows && ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) || ImGui::IsKeyPressed(ImGuiKey_PageUp);
    if (next && app.tour_step + 1 < steps) app_tour_go(app, app.tour_step + 1);
    if (previous && app.tour_step > 0) app_tour_go(app, app.tour_step - 1);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !app.escape_handled) app_leave_tour(app);
}

}  // namespace

void app_start_tour(App& app, int tour, int step) {
    if (!app.tours_loaded || app.tours.tours.empty()) {
        app.notices = {"Lesson mode is not available: " + (app.tour_error.empty() ? "no tour loaded" : app.tour_error)};
        app.notice_until = app.now + 8;
        return;
    }
    app.tour = std::clamp(tour, 0, int(app.tours.tours.size()) - 1);
    app.tour_active = true;
    app_tour_go(app, step);
}

void ui_tour(App& app) {
    if (!app.tour_active) return;
    const Tour& tour = app.tours.tours[std::size_t(app.tour)];
    const int steps = int(tour.steps.size());
    handle_keys(app, steps);
    if (!app.tour_active) return;
    // A lesson started in this frame (its button): the next frame rasterises its font first.
    if (!app.fonts.lesson) {
        app_wake(app, 1);
        return;
    }
    const TourStep& step = tour.steps[std::size_t(app.tour_step)];
    const float s = app.ui_scale;
    const ScreenRect r = app.layout.tour;  // under the title card, or a sheet from the bottom on a phone
    if (r.empty()) return;                 // a country's details have the sheet for now
    ImGui::SetNextWindowPos(ImVec2(float(r.x), float(r.y)));
    ImGui::SetNextWindowSize(ImVec2(float(r.width), float(r.height)));
    ImGui::Begin("##tour", nullptr, theme::kPanelFlags);
    ImGui::PushFont(app.fonts.small);
    ImGui::TextDisabled("LESSON  %d / %d", app.tour_step + 1, steps);
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowWidth() - 48 * s);
    if (icon_button("##leave", Icon::close, 32 * s, "Leave the lesson (Esc)")) {
        app_leave_tour(app);
        ImGui::End();
        return;
    }
    progress_dots(app, steps);
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(step.title.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::BeginChild("##step", ImVec2(0, -56 * s));
    ImGui::PushTextWrapPos(0);  // wrapping is per window: the child needs its own
    ImGui::PushFont(app.fonts.lesson);
    ImGui::TextUnformatted(step.text.c_str());
    if (!step.question.empty()) {
        ImGui::Spacing();
        ImGui::TextColored(theme::color(theme::kAccent), "Question for the class");
        ImGui::TextUnformatted(step.question.c_str());
        if (app.tour_answer_shown)
            ImGui::TextDisabled("%s", step.answer.c_str());
        else if (ImGui::Button("Reveal the answer"))
            app.tour_answer_shown = true;
    }
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.small);
    ImGui::TextDisabled("Source: %s", step.source.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    const float button = 44 * s;
    ImGui::BeginDisabled(app.tour_step == 0);
    if (icon_button("##tour-prev", Icon::previous, button, "Previous step (Left, PageUp)"))
        app_tour_go(app, app.tour_step - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(app.tour_step + 1 >= steps);
    if (icon_button("##tour-next", Icon::next, button, "Next step (Right, Space, PageDown)"))
        app_tour_go(app, app.tour_step + 1);
    ImGui::EndDisabled();
    ImGui::End();
}

}  // namespace atlas
