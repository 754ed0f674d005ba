// Map overlay (under every panel): event arcs between capitals, capital dots, state labels in
// letter-spaced capitals with a light halo, sized by area, dropped when they do not fit or overlap,
// and the places of the story: the highlighted event's place and a lesson step's cities, named.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>

#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/overlays.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace atlas {

namespace {

constexpr int kArcWindowDays = 120;  // arcs show for four months either side of an event

ImVec2 to_screen(const App& app, MapPoint p) {
    double x = 0, y = 0;
    map_to_screen(app.camera, app.viewport, p, x, y);
    return ImVec2(float(x), float(y));
}

// The label of a name: upper case, without a parenthetical ("Germany (Weimar Republic)" -> GERMANY).
std::string label_text(std::string_view name) {
    const std::size_t paren = name.find(" (");
    std::string out(name.substr(0, paren));
    for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

float spaced_width(ImFont* font, float size, const std::string& text, float spacing) {
    return font->CalcTextSizeA(size, 1e9f, 0, text.c_str()).x +
           spacing * float(std::max<std::size_t>(1, text.size()) - 1);
}

// One glyph at a fractional x. ImGui's AddText truncates each call's x, which made letter-spaced
// labels uneven ("SOVIE T"); the font's 2x horizontal oversampling keeps the glyph sharp.
float draw_glyph(ImDrawList* draw, ImFont* font, float size, ImVec2 pos, ImU32 col, unsigned c) {
    const ImFontGlyph* glyph = font->FindGlyph(ImWchar(c));
    if (!glyph) return 0;
    const float scale = size / font->FontSize;
    if (glyph->Visible) {
        const float y = std::floor(pos.y);
        draw->PrimReserve(6, 4);
        draw->PrimRectUV(ImVec2(pos.x + glyph->X0 * scale, y + glyph->Y0 * scale),
                         ImVec2(pos.x + glyph->X1 * scale, y + glyph->Y1 * scale), ImVec2(glyph->U0, glyph->V0),
                         ImVec2(glyph->U1, glyph->V1), col);
    }
    return glyph->AdvanceX * scale;
}

// The halo under a glyph: its quad grown by the halo's reach, from the dilated atlas.
void draw_glyph_halo(ImDrawList* draw, const App& app, ImFont* font, float size, ImVec2 pos, ImU32 col, unsigned c) {
    const ImFontGlyph* glyph = font->FindGlyph(ImWchar(c));
    if (!glyph || !glyph->Visible) return;
    const float scale = size / font->FontSize;
    const ImVec2 uv_scale = ImGui::GetIO().Fonts->TexUvScale;
    const float ex = gfx_font_halo(*app.gfx).reach_y / app.pixel_ratio;  // CSS pixels, both ways
    const float du = gfx_font_halo(*app.gfx).reach_x * uv_scale.x, dv = gfx_font_halo(*app.gfx).reach_y * uv_scale.y;
    const float y = std::floor(pos.y);
    draw->PrimReserve(6, 4);
    draw->PrimRectUV(ImVec2(pos.x + glyph->X0 * scale - ex, y + glyph->Y0 * scale - ex),
                     ImVec2(pos.x + glyph->X1 * scale + ex, y + glyph->Y1 * scale + ex),
                     ImVec2(glyph->U0 - du, glyph->V0 - dv), ImVec2(glyph->U1 + du, glyph->V1 + dv), col);
}

// Text drawn glyph by glyph with extra spacing, at a fractional x for each glyph.
template <typename DrawGlyph>
void for_each_spaced_glyph(ImFont* font, float size, ImVec2 pos, const std::string& text, float spacing,
                           DrawGlyph draw_one) {
    const char* end = text.c_str() + text.size();
    for (const char* s = text.c_str(); s < end;) {
        unsigned c = 0;
        s += std::max(1, ImTextCharFromUtf8(&c, s, end));
        draw_one(pos, c);
        pos.x += font->GetCharAdvance(ImWchar(c)) * (size / font->FontSize) + spacing;
    }
}

void draw_arcs(App& app, ImDrawList* draw) {
    const float s = app.ui_scale;
    for (const EventArc& arc : event_arcs(app.atlas, app.date, kArcWindowDays)) {
        const Event& ev = app.atlas.history.events[std::size_t(arc.event)];
        const bool highlighted = arc.event == app.highlight_event;
        if (ev.parties.size() > 4 && !highlighted) continue;  // a fan of arcs would hide the map
        const Rgba8 c = kind_color(ev.kind);
        const float alpha = highlighted ? 1.0f : 0.25f + 0.65f * arc.strength;
        ImVec2 points[25];
        for (int i = 0; i <= 24; ++i) points[i] = to_screen(app, arc_point(arc.from, arc.to, i / 24.0));
        draw->AddPolyline(points, 25, IM_COL32(c.r, c.g, c.b, int(255 * alpha)), 0, (highlighted ? 3.5f : 2.5f) * s);
    }
}

void draw_capitals(App& app, ImDrawList* draw) {
    const float r = 3.2f * app.ui_scale;
    for (const CapitalDot& dot : capitals_on(app.atlas, app.holders, app.date)) {
        const ImVec2 p = to_screen(app, dot.where);
        ui_disc(draw, app, p, r + 1.5f, theme::kLabelHalo);
        ui_disc(draw, app, p, r, theme::rgba(kUiMapInk));
    }
}

// Splits a long name at the space nearest its middle (two lines read better than one long one).
std::vector<std::string> wrap_in_two(const std::string& text) {
    std::size_t best = std::string::npos;
    for (std::size_t i = text.find(' '); i != std::string::npos; i = text.find(' ', i + 1))
        if (best == std::string::npos ||
            std::abs(double(i) - text.size() / 2.0) < std::abs(double(best) - text.size() / 2.0))
            best = i;
    if (best == std::string::npos) return {text};
    return {text.substr(0, best), text.substr(best + 1)};
}

// A label box that a panel would cut: one drawn last frame (menus and search results too), or one
// placed this frame (a panel just opened has not been drawn yet).
bool under_a_panel(const App& app, const ScreenBox& box) {
    const ScreenRect label{box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0};
    for (const auto& [name, r] : app.ui_windows)
        if (overlaps(label, ScreenRect{r.x, r.y, r.width, r.height})) return true;
    const Layout& l = app.layout;
    for (const ScreenRect& r : {l.title, l.toolbar, l.timeline, l.legend, l.details, l.tour})
        if (overlaps(label, r)) return true;
    return false;
}

void draw_labels(App& app, ImDrawList* draw) {
    struct Candidate {
        std::vector<std::string> lines;
        ImFont* font;
        ImVec2 center;
        float spacing;
    };
    std::vector<Candidate> candidates;
    std::vector<ScreenBox> boxes;
    const double ppk2 = app.camera.pixels_per_km * app.camera.pixels_per_km;
    ImFont* tiers[] = {app.fonts.heading, app.fonts.body, app.fonts.small};
    for (const StateLabel& label : state_labels(app.atlas, app.holders, app.date)) {
        const double extent = std::sqrt(label.area * ppk2);  // rough width of the state on screen, px
        if (extent < 24 * app.ui_scale) continue;
        const std::string text = label_text(label.name);
        const ImVec2 anchor = to_screen(app, label.anchor);
        // A label whose point is off the screen is not drawn (moved in, it would name another land).
        if (anchor.x < 0 || anchor.y < 0 || anchor.x > app.viewport.width || anchor.y > app.viewport.height) continue;
        bool placed_one = false;
        for (ImFont* font : tiers) {
            if ((font == app.fonts.heading && extent < 320 * app.ui_scale) ||
                (font == app.fonts.body && extent < 150 * app.ui_scale))
                continue;  // the state is too small for this size
            const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
            const float spacing = size * 0.08f;
            for (const std::vector<std::string>& lines : {std::vector<std::string>{text}, wrap_in_two(text)}) {
                float w = 0;
                for (const std::string& line : lines) w = std::max(w, spaced_width(font, size, line, spacing));
                const float h = size * float(lines.size());
                if (w > extent * 1.25 || h > extent * 0.6) continue;  // too big for the state
                // Moved inside the screen when it would be cut at its edge (by at most half its size:
                // its point is on the screen), and never where a panel would cut it: no clipped word
                // shows.
                const ImVec2 half(w * 0.5f + 2, h * 0.5f + 1);
                const ImVec2 center(
                    std::clamp(anchor.x, half.x, std::max(half.x, float(app.viewport.width) - half.x)),
                    std::clamp(anchor.y, half.y, std::max(half.y, float(app.viewport.height) - half.y)));
                const ScreenBox box{center.x - half.x, center.y - half.y, center.x + half.x, center.y + half.y};
                if (under_a_panel(app, box)) continue;  // the next, smaller, may stay clear of it
                candidates.push_back({lines, font, center, spacing});
                boxes.push_back(box);
                placed_one = true;
                break;
            }
            if (placed_one) break;
        }
    }
    const std::vector<bool> placed = place_without_overlap(boxes);
    app.map_labels.clear();
    for (std::size_t i = 0; i < boxes.size(); ++i)
        if (placed[i])
            app.map_labels.push_back(UiRect{float(boxes[i].x0), float(boxes[i].y0), float(boxes[i].x1 - boxes[i].x0),
                                            float(boxes[i].y1 - boxes[i].y0)});
    // Every label's halo first (one quad a glyph from the dilated atlas, where eight offset copies
    // used to cost a sixth of a software-rendered frame), then every label's ink: two draw calls in
    // all rather than two a label.
    for (const bool halo : {true, false}) {
        if (halo) draw->PushTextureID(reinterpret_cast<ImTextureID>(std::uintptr_t(gfx_font_halo(*app.gfx).texture)));
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (!placed[i]) continue;
            const Candidate& c = candidates[i];
            const float size = c.font->FontSize * ImGui::GetIO().FontGlobalScale;
            float y = c.center.y - size * float(c.lines.size()) * 0.5f;
            for (const std::string& line : c.lines) {
                const float w = spaced_width(c.font, size, line, c.spacing);
                for_each_spaced_glyph(c.font, size, ImVec2(c.center.x - w * 0.5f, y), line, c.spacing,
                                      [&](ImVec2 p, unsigned g) {
                                          if (halo)
                                              draw_glyph_halo(draw, app, c.font, size, p, theme::kLabelHalo, g);
                                          else
                                              draw_glyph(draw, c.font, size, p, theme::rgba(kUiMapLabelInk), g);
                                      });
                y += size;
            }
        }
        if (halo) draw->PopTextureID();
    }
}

// The events whose places are named: the highlighted one first, then the current lesson step's.
std::vector<int> events_to_place(const App& app) {
    std::vector<int> events;
    if (app.highlight_event >= 0) events.push_back(app.highlight_event);
    if (app.tour_active && app.tour < int(app.tours.tours.size())) {
        const Tour& tour = app.tours.tours[std::size_t(app.tour)];
        if (app.tour_step >= 0 && app.tour_step < int(tour.steps.size()))
            for (int e : tour.steps[std::size_t(app.tour_step)].events) events.push_back(e);
    }
    return events;
}

// A place of the story: the highlighted event's place gets a ring in its kind's colour and its name
// in the body font; the other places of a lesson step a small dot and a small name where they fit.
void draw_event_places(App& app, ImDrawList* draw) {
    struct Mark {
        std::string name;
        ImVec2 at;
        bool main;
        Rgba8 color;
    };
    std::vector<Mark> marks;
    std::vector<ScreenBox> boxes;
    const float s = app.ui_scale;
    for (int e : events_to_place(app)) {
        const Event& ev = app.atlas.history.events[std::size_t(e)];
        const bool main = e == app.highlight_event;
        bool seen = false;
        for (const Mark& m : marks) seen = seen || m.name == ev.place.name;
        if (seen) continue;
        const ImVec2 at = to_screen(app, project(ev.place.where));
        if (at.x < 0 || at.y < 0 || at.x > app.viewport.width || at.y > app.viewport.height) continue;
        ImFont* font = main ? app.fonts.body : app.fonts.small;
        const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
        const float w = font->CalcTextSizeA(size, 1e9f, 0, ev.place.name.c_str()).x;
        const float left = at.x + (main ? 10 : 6) * s;
        marks.push_back({ev.place.name, at, main, kind_color(ev.kind)});
        boxes.push_back({at.x - 6.0 * s, at.y - size * 0.5 - 1.0, left + w + 2.0, at.y + size * 0.5 + 1.0});
    }
    const std::vector<bool> placed = place_without_overlap(boxes);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const Mark& m = marks[i];
        if (!placed[i] && !m.main) continue;  // the highlighted place is always marked
        if (m.main) {
            ui_disc(draw, app, m.at, 8.5f * s, theme::kLabelHalo);
            ui_disc(draw, app, m.at, 7.0f * s, IM_COL32(m.color.r, m.color.g, m.color.b, 255));
            ui_disc(draw, app, m.at, 3.0f * s, theme::rgba(kUiMapInk));
        } else {
            ui_disc(draw, app, m.at, 4.0f * s, theme::kLabelHalo);
            ui_disc(draw, app, m.at, 2.6f * s, theme::rgba(kUiMapInk));
        }
    }
    for (const bool halo : {true, false}) {
        if (halo) draw->PushTextureID(reinterpret_cast<ImTextureID>(std::uintptr_t(gfx_font_halo(*app.gfx).texture)));
        for (std::size_t i = 0; i < marks.size(); ++i) {
            if (!placed[i]) continue;
            const Mark& m = marks[i];
            ImFont* font = m.main ? app.fonts.body : app.fonts.small;
            const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
            const ImVec2 pos(m.at.x + (m.main ? 10 : 6) * s, m.at.y - size * 0.5f);
            for_each_spaced_glyph(font, size, pos, m.name, 0, [&](ImVec2 p, unsigned g) {
                if (halo)
                    draw_glyph_halo(draw, app, font, size, p, theme::kLabelHalo, g);
                else
                    draw_glyph(draw, font, size, p, theme::rgba(kUiMapInk), g);
            });
        }
        if (halo) draw->PopTextureID();
    }
}

}  // namespace

void ui_map_overlay(App& app) {
    if (!app.loaded) return;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    // No neatline around the map's frame: the map fills the screen, and where it may end (under a
    // panel) the open sea around it shows no edge.
    draw_arcs(app, draw);
    draw_capitals(app, draw);
    draw_labels(app, draw);
    draw_event_places(app, draw);
}

}  // namespace atlas
