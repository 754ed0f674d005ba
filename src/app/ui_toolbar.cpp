// Toolbar (top right): search (Ctrl+K or /), camera presets, UI scale, save picture (P), print,
// fullscreen (F), and "?" with the keyboard shortcuts.
#include <algorithm>
#include <cstring>
#include <string>

#include "app/platform.hpp"
#include "app/ui.hpp"
#include "app/ui_theme.hpp"
#include "core/search.hpp"
#include "core/utf8.hpp"
#include "imgui.h"

namespace atlas {

namespace {

void fly_to_preset(App& app, CameraPreset preset) {
    app.menu_open = false;
    app_fly_to(app, camera_fit_open(camera_preset(preset, app.atlas.map.bbox), app.viewport, ui_insets(app)));
}

void choose_hit(App& app, const SearchHit& hit) {
    if (hit.kind == SearchHit::Kind::state) {
        app_select(app, hit.index);
        ui_keep_selection_visible(app);
    } else {
        const Event& event = app.atlas.history.events[std::size_t(hit.index)];
        app_set_date(app, event.date);
        app_highlight_event(app, hit.index);
        if (!event.parties.empty()) app_select(app, event.parties.front());
        ui_keep_event_visible(app);
    }
    app.search_open = false;
    app.search_text[0] = 0;
    app.menu_open = false;
}

// One search hit, clickable over its whole row. A hit longer than the list is wide (a treaty's full
// name on a phone) wraps onto a second line instead of being cut at the list's edge.
bool hit_row(const char* label, float text_width) {
    if (ImGui::CalcTextSize(label).x <= text_width) return ImGui::Selectable(label);
    const ImVec2 size = ImGui::CalcTextSize(label, nullptr, false, text_width);
    const ImVec2 at = ImGui::GetCursorScreenPos();  // where Selectable puts its own label
    const bool clicked = ImGui::Selectable("##hit", false, 0, ImVec2(text_width, size.y));
    ImGui::GetWindowDrawList()->AddText(nullptr, 0, at, ImGui::GetColorU32(ImGuiCol_Text), label, nullptr, text_width);
    return clicked;
}

// On the frame the box becomes active, the caret goes after what was typed ahead of it (ImGui would
// select the whole text, so the next letter would replace the first).
int caret_to_end(ImGuiInputTextCallbackData* data) {
    bool& pending = *static_cast<bool*>(data->UserData);
    if (pending) data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
    pending = false;
    return 0;
}

void search_box(App& app, float width) {
    ImGui::SetNextItemWidth(width);
    ImGuiIO& io = ImGui::GetIO();
    if (app.search_focus) {
        // The request's own key ('/') is not the search's; what was typed after it in the same frame is.
        if (app.search_focus_by_slash && !io.InputQueueCharacters.empty() && io.InputQueueCharacters[0] == '/')
            io.InputQueueCharacters.erase(io.InputQueueCharacters.begin());
        ImGui::SetWindowFocus();        // the request works in the focused window only
        ImGui::SetKeyboardFocusHere();  // once: asked again, ImGui would start the request anew
        app.search_focus = false;
        app.search_focus_pending = true;
        app.search_text[0] = 0;  // a new search
    }
    const bool was_pending = app.search_focus_pending;
    if (was_pending) {
        // Until the box is active (it becomes so a frame after the request, and ignores the letters of
        // that frame), what is typed goes into it here, so no letter after Ctrl+K is lost.
        // Any letter, not only ASCII: a Russian keyboard's first letters come this way too.
        for (ImWchar c : io.InputQueueCharacters) {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;  // control characters, as the box drops them
            std::string letter;
            append_utf8(letter, c);
            const std::size_t n = std::strlen(app.search_text);
            if (n + letter.size() < sizeof app.search_text)
                std::memcpy(app.search_text + n, letter.c_str(), letter.size() + 1);
        }
        io.InputQueueCharacters.resize(0);
    }
    bool caret_pending = was_pending;
    const bool enter = ImGui::InputTextWithHint(
        "##search", "Search countries, events  (Ctrl+K)", app.search_text, sizeof app.search_text,
        // Escape empties the box (which closes the list), a second one leaves it. ImGui's own Escape
        // reverts to the text the box held when it became active: after letters typed at once, only
        // the first ones, and the list stayed open.
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_EscapeClearsAll,
        caret_to_end, &caret_pending);
    const bool editing = ImGui::IsItemActive();
    if (editing) app.search_focus_pending = false;
    if (editing) app.search_open = true;
    if (!app.search_open || app.search_text[0] == 0) return;
    const std::vector<SearchHit> hits = search(app.atlas, app.search_text, app.date);
    if (enter && !hits.empty()) {
        choose_hit(app, hits.front());
        return;
    }
    const ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 4);
    ImGui::SetNextWindowPos(below);
    const float room = float(app.viewport.width - app.layout.margin) - below.x;  // never off the screen's right
    const float widest = std::min(width * 1.6f, room);
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(width, room), 0), ImVec2(widest, 420 * app.ui_scale));
    const float text_width = widest - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::Begin("##search-results", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    if (hits.empty()) ImGui::TextDisabled("Nothing found for \"%s\"", app.search_text);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        ImGui::PushID(int(i));
        if (hits[i].kind == SearchHit::Kind::event)
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const bool clicked = hit_row(hits[i].label.c_str(), text_width);
        if (hits[i].kind == SearchHit::Kind::event) ImGui::PopStyleColor();
        ImGui::PopID();
        if (clicked) {
            choose_hit(app, hits[i]);
            break;
        }
    }
    ImGui::End();
    if (!editing && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered()) app.search_open = false;
}

void help_popup(App& app) {
    if (!ImGui::BeginPopup("##help")) return;
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Keyboard");
    ImGui::PopFont();
    const char* rows[][2] = {{"Left / Right", "previous / next event"},
                             {"Home / End", "January 1919 / December 1929"},
                             {"Ctrl+K or /", "search"},
                             {"F", "fullscreen"},
                             {"Esc", "close the panel"},
                             {"Drag, wheel, pinch", "move and zoom the map"},
                             {"Double-click", "zoom in"}};
    if (ImGui::BeginTable("##keys", 2)) {
        for (const auto& row : rows) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[0]);
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", row[1]);
        }
        ImGui::EndTable();
    }
    ImGui::Separator();
    ImGui::TextDisabled("Soviet Foreign Policy Atlas %s", ATLAS_VERSION);  // the release's, as atlas-query --version
    ImGui::EndPopup();
}

// The toolbar's width in one row, as ImGui lays it out: the layout folds it into a menu when the
// row does not fit beside the title card.
float row_width(const App& app, float search_width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* labels[] = {"Europe", "East Asia", "All", "Save picture", "Print", "Fullscreen", "?"};
    float w = style.WindowPadding.x * 2 + search_width;
    for (const char* label : labels) w += style.ItemSpacing.x + ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
    for (const char* label : {"1x", "1.5x", "2x"})
        w += 2 * app.ui_scale + ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
    return w + style.ItemSpacing.x;
}

// The search box narrower on laptop screens, so the row with Save picture and Print still fits
// beside the title card at 1280 px.
float search_box_width(const App& app) {
    return (ImGui::GetIO().DisplaySize.x < 1500 * app.ui_scale ? 190 : 260) * app.ui_scale;
}

void preset_buttons(App& app) {
    if (ImGui::Button("Europe")) fly_to_preset(app, CameraPreset::europe);
    ImGui::SameLine();
    if (ImGui::Button("East Asia")) fly_to_preset(app, CameraPreset::east_asia);
    ImGui::SameLine();
    if (ImGui::Button("All")) fly_to_preset(app, CameraPreset::all);
}

void scale_buttons(App& app) {
    const float s = app.ui_scale;
    const float scales[] = {1.0f, 1.5f, 2.0f};
    const char* scale_names[] = {"1x", "1.5x", "2x"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine(0, 2 * s);
        const bool active = app.ui_scale == scales[i];
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (active) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        if (ImGui::Button(scale_names[i])) app_set_ui_scale(app, scales[i]);
        if (active) ImGui::PopStyleColor(2);
    }
}

void picture_buttons(App& app) {
    if (ImGui::Button("Save picture")) platform_save_picture(app);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The map as a picture to print (P)");
    ImGui::SameLine();
    if (ImGui::Button("Print")) platform_print(app);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A one-page handout: the map, the country, the event, the question");
}

void fullscreen_and_help(App& app) {
    if (ImGui::Button("Fullscreen")) platform_toggle_fullscreen(app);
    const ImVec2 fs_min = ImGui::GetItemRectMin(), fs_max = ImGui::GetItemRectMax();
    app.fullscreen_button = UiRect{fs_min.x, fs_min.y, fs_max.x - fs_min.x, fs_max.y - fs_min.y};
    ImGui::SameLine();
    if (ImGui::Button("?")) ImGui::OpenPopup("##help");
    help_popup(app);
}

// A narrow screen's toolbar: a Menu button at the top right that opens the same controls below it.
void toolbar_menu(App& app) {
    const float s = app.ui_scale;
    const ScreenRect r = app.layout.toolbar;
    ImGui::SetNextWindowPos(ImVec2(float(r.right()), float(r.y)), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::Begin("##toolbar", nullptr, theme::kCardFlags);
    if (ImGui::Button(app.menu_open ? "Close" : "Menu")) app.menu_open = !app.menu_open;
    app.layout_sizes.menu_width = ImGui::GetWindowWidth();
    app.layout_sizes.toolbar_height = ImGui::GetWindowHeight();
    ImGui::End();
    if (app.search_focus) app.menu_open = true;  // Ctrl+K or / opens the menu at the search box
    app.fullscreen_button = UiRect{};
    if (!app.menu_open) return;
    const float width = std::min(float(app.viewport.width) - 2 * float(app.layout.margin), 340 * s);
    ImGui::SetNextWindowPos(ImVec2(float(r.right()), float(r.bottom() + app.layout.margin * 0.5)), ImGuiCond_Always,
                            ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##menu", nullptr, theme::kPanelFlags | ImGuiWindowFlags_AlwaysAutoResize);
    if (app.tours_loaded && !app.tour_active && ImGui::Button("Start the lesson")) {
        app_start_tour(app, 0, 0);
        app.menu_open = false;
    }
    if (app.loaded) {
        search_box(app, ImGui::GetContentRegionAvail().x);
        preset_buttons(app);
    }
    scale_buttons(app);
    if (app.loaded) picture_buttons(app);
    fullscreen_and_help(app);
    ImGui::End();
    // (A press on the map closes the menu: ui_map_pressed. A press on another panel is that panel's.)
}

}  // namespace

// The press itself is the map's (ImGui does not see it: platform_sdl.cpp), so what a click outside
// them did to the menu, the search results and the search box's keyboard focus is done here.
void ui_map_pressed(App& app) {
    // (While the search box has the keyboard, the press only takes it away: the next one closes.)
    if (!ImGui::GetIO().WantTextInput) app.menu_open = app.search_open = false;
    ImGui::SetWindowFocus(nullptr);
}

void ui_measure_toolbar(App& app) { app.layout_sizes.toolbar_width = row_width(app, search_box_width(app)); }

void ui_toolbar(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    // Typing: the box has the keyboard, or it was asked for and is not active yet (the letters typed
    // right after Ctrl+K are the search's, never the F and P shortcuts).
    const bool typing = io.WantTextInput || app.search_focus || app.search_focus_pending;
    if (!typing && ((io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_K)) || ImGui::IsKeyPressed(ImGuiKey_Slash))) {
        app.search_focus = true;
        app.search_focus_by_slash = !io.KeyCtrl;
    }
    if (!typing && ImGui::IsKeyPressed(ImGuiKey_F)) platform_toggle_fullscreen(app);
    if (!typing && !io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_P) && app.loaded) platform_save_picture(app);

    const float search_width = search_box_width(app);
    if (app.layout.toolbar_menu) {
        toolbar_menu(app);
        return;
    }
    app.menu_open = false;
    const ScreenRect r = app.layout.toolbar;
    ImGui::SetNextWindowPos(ImVec2(float(r.right()), float(r.y)), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::Begin("##toolbar", nullptr, theme::kCardFlags);
    if (app.loaded) {
        search_box(app, search_width);
        ImGui::SameLine();
        preset_buttons(app);
        ImGui::SameLine();
    }
    scale_buttons(app);
    ImGui::SameLine();
    if (app.loaded) {
        picture_buttons(app);
        ImGui::SameLine();
    }
    fullscreen_and_help(app);
    app.layout_sizes.toolbar_height = ImGui::GetWindowHeight();
    ImGui::End();
}

}  // namespace atlas
