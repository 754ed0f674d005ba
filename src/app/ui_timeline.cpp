// Timeline (bottom, full width): play, previous/next event, and a track from January 1919 to
// December 1929 with year labels, month ticks, event markers and a handle big enough for a finger.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/date.hpp"
#include "core/layout.hpp"
#include "core/palette.hpp"
#include "imgui.h"

namespace atlas {

namespace {

// The track runs from the atlas's first month to its last (core/states.hpp).
const Ymd kFirst = to_ymd(kAtlasStart), kLast = to_ymd(kAtlasEnd);
const int kMonths = (kLast.year - kFirst.year) * 12 + (kLast.month - kFirst.month) + 1;

// Position along the track in months since the first (fractional within a month).
double month_position(Date date) {
    const Ymd ymd = to_ymd(date);
    const double in_month = (ymd.day - 1) / double(days_in_month(ymd.year, ymd.month));
    return (ymd.year - kFirst.year) * 12 + (ymd.month - kFirst.month) + in_month;
}

Date date_at_month(int month) {
    month = std::clamp(month, 0, kMonths - 1) + (kFirst.month - 1);
    return *make_date(kFirst.year + month / 12, month % 12 + 1, 1, Precision::month);
}

ImU32 to_u32(Rgba8 c, float alpha = 1.0f) { return IM_COL32(c.r, c.g, c.b, int(255 * alpha)); }

void jump_to_event(App& app, int event) {
    if (event < 0) return;
    app_set_date(app, app.atlas.history.events[std::size_t(event)].date);
    app_highlight_event(app, event);
    ui_keep_event_visible(app);
}

void step_event(App& app, int direction) {
    if (!app.loaded) return;
    const int event =
        direction > 0 ? next_event(app.atlas.history, app.date) : previous_event(app.atlas.history, app.date);
    if (event < 0) return;
    const Date when = app.atlas.history.events[std::size_t(event)].date;
    if (when < kAtlasStart || when > kAtlasEnd) return;  // context events outside the decade are not stops
    jump_to_event(app, event);
}

void handle_keys(App& app) {
    if (ImGui::GetIO().WantTextInput || app.tour_active) return;  // the lesson takes the arrows
    // Shift with an arrow moves the selection across the map (ui_details), not the date.
    if (!ImGui::GetIO().KeyShift) {
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) step_event(app, +1);
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) step_event(app, -1);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Home)) app_set_date(app, kAtlasStart);
    if (ImGui::IsKeyPressed(ImGuiKey_End)) app_set_date(app, kAtlasEnd);
}

void draw_track(App& app, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float s = app.ui_scale;
    const float pad = 14 * s;  // room for the handle at both ends
    const float x0 = origin.x + pad, x1 = origin.x + size.x - pad, w = x1 - x0;
    const float track_y = origin.y + size.y * 0.55f;
    auto x_of = [&](double months) { return x0 + float(months / kMonths) * w; };

    ImGui::InvisibleButton("##track", size);
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemActive()) {
        const double months = (ImGui::GetIO().MousePos.x - x0) / w * kMonths;
        app_set_date(app, date_at_month(int(std::floor(months))));
        app.playing = false;
    }

    // Track, month ticks, year ticks and labels.
    draw->AddRectFilled(ImVec2(x0, track_y - 2 * s), ImVec2(x1, track_y + 2 * s), theme::rgba(kUiTrack), 2 * s);
    const double now = month_position(app.date);
    draw->AddRectFilled(ImVec2(x0, track_y - 2 * s), ImVec2(x_of(now), track_y + 2 * s), theme::kAccent, 2 * s);
    ImGui::PushFont(app.fonts.small);
    // As many year labels as fit: every year, or every second, fifth or tenth on a narrow track.
    const int step = year_label_step(w * 12.0 / kMonths, ImGui::CalcTextSize("1919").x);
    app.year_labels.clear();
    for (int m = 0; m <= kMonths; ++m) {
        const float x = x_of(m);
        const bool year = m % 12 == 0;
        draw->AddLine(ImVec2(x, track_y + 4 * s), ImVec2(x, track_y + (year ? 14 : 8) * s),
                      theme::rgba(year ? kUiYearTick : kUiMonthTick), year ? 1.5f * s : 1.0f);
        if (year && m < kMonths && (m / 12) % step == 0) {
            char label[8];
            std::snprintf(label, sizeof label, "%d", kFirst.year + m / 12);
            const ImVec2 ts = ImGui::CalcTextSize(label);
            const float cx = x_of(m + 6) - ts.x * 0.5f;  // centred under its year
            draw->AddText(ImVec2(cx, track_y + 12 * s), theme::rgba(kUiYearText), label);
            app.year_labels.push_back(UiRect{cx, track_y + 12 * s, ts.x, ts.y});
        }
    }
    ImGui::PopFont();

    // Event markers above the track; hover names them, a click jumps there.
    if (app.loaded) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        int hovered_event = -1;
        float best = 7 * s;
        const auto& events = app.atlas.history.events;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const double m = month_position(events[i].date);
            if (m < 0 || m > kMonths) continue;
            const ImVec2 p(x_of(m), track_y - 12 * s);
            const bool past = events[i].date <= app.date;
            // Later ones are rings: in full colour, so each still stands out from the paper.
            ui_disc(draw, app, p, 3.5f * s, to_u32(kind_color(events[i].kind)));
            if (!past) ui_disc(draw, app, p, 3.5f * s * kUiLaterDotHole, theme::kPaper);
            const float d = std::hypot(mouse.x - p.x, mouse.y - p.y);
            if (d < best && hovered) best = d, hovered_event = int(i);
        }
        if (hovered_event >= 0) {
            const Event& e = events[std::size_t(hovered_event)];
            ImGui::SetTooltip("%s\n%s", display_date(e.date).c_str(), e.title.c_str());
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) jump_to_event(app, hovered_event);
        }
    }

    // The handle.
    const ImVec2 handle(x_of(now), track_y);
    draw->AddCircleFilled(handle, 11 * s, IM_COL32(255, 255, 255, 255));
    draw->AddCircle(handle, 11 * s, theme::kAccent, 0, 3 * s);
}

}  // namespace

void ui_timeline(App& app) {
    const ScreenRect r = app.layout.timeline;
    const float s = app.ui_scale, height = float(r.height);
    ImGui::SetNextWindowPos(ImVec2(float(r.x), float(r.y)));
    ImGui::SetNextWindowSize(ImVec2(float(r.width), height));
    ImGui::Begin("##timeline", nullptr, theme::kPanelFlags | ImGuiWindowFlags_NoScrollWithMouse);
    // A phone keeps the track long: smaller buttons, and the speed is left at its default.
    const bool narrow = r.width < 600 * s;
    const float button = (narrow ? 38 : 44) * s;
    ImGui::SetCursorPosY((height - button) * 0.5f);
    if (icon_button("##play", app.playing ? Icon::pause : Icon::play, button,
                    app.playing ? "Pause" : "Play month by month")) {
        app.playing = !app.playing;
        if (app.playing && app.date >= kAtlasEnd) app_set_date(app, kAtlasStart);
        app.last_play_step = app.now;
    }
    ImGui::SameLine();
    if (icon_button("##prev", Icon::previous, button, "Previous event (Left arrow)")) step_event(app, -1);
    ImGui::SameLine();
    if (icon_button("##next", Icon::next, button, "Next event (Right arrow)")) step_event(app, +1);
    ImGui::SameLine();
    if (!narrow) {
        // Play speed: months a second, cycled by a click.
        char speed[32];
        std::snprintf(speed, sizeof speed, "%gx##speed", app.play_months_per_second / 2);
        ImGui::SetCursorPosY((height - button) * 0.5f);
        if (ImGui::Button(speed, ImVec2(button, button)))
            app.play_months_per_second = app.play_months_per_second >= 8 ? 1 : app.play_months_per_second * 2;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play speed: %g months a second", app.play_months_per_second);
        ImGui::SameLine();
    }
    ImGui::SetCursorPosY(0);
    const ImVec2 avail(ImGui::GetContentRegionAvail().x, height);
    draw_track(app, avail);
    ImGui::End();
    handle_keys(app);
}

}  // namespace atlas
