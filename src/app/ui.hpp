// UI: the look (style, fonts) and one function per panel; panels read the core and change the app
// through named setters, never through GL.
#pragma once

#include <string>

#include "app/app.hpp"
#include "imgui.h"

namespace atlas {

void ui_setup(App& app);        // the look, and the fonts from the files app_load read
void ui_build_fonts(App& app);  // ImGui's font atlas again when the UI scale or pixel ratio changed
void ui_frame(App& app);        // new ImGui frame, every panel, render

void ui_map_overlay(App& app);      // ui_map_overlay.cpp: arcs, capitals, labels under the panels
void ui_title(App& app);            // ui_title.cpp: title card, date, layer switch
void ui_measure_toolbar(App& app);  // ui_toolbar.cpp: its width in one row, before the layout needs it
void ui_toolbar(App& app);          // ui_toolbar.cpp: search, camera presets, scale, fullscreen, help
void ui_map_pressed(App& app);      // ui_toolbar.cpp: a press on the map closes the menu and the search
void ui_tour(App& app);             // ui_tour.cpp: the lesson panel
void ui_timeline(App& app);         // ui_timeline.cpp: the track, play, previous/next event
void ui_details(App& app);          // ui_details.cpp: the selected state's standing and events
void ui_legend(App& app);           // ui_legend.cpp: the active layer's key
void ui_tooltip(App& app);          // ui_tooltip.cpp: name and standing under the cursor

// A button with a drawn icon (the font has no symbol glyphs); returns true when clicked.
enum class Icon { play, pause, previous, next, close };
bool icon_button(const char* id, Icon icon, float size, const char* tooltip);

// A filled dot of radius CSS pixels as one quad from the font atlas (the draw list's texture must be
// the font atlas, as it is unless pushed otherwise).
void ui_disc(ImDrawList* draw, const App& app, ImVec2 center, float radius, ImU32 color);

// ui.cpp: what the panels cover at the window's edges, so camera fits keep the map in the open part.
Insets ui_insets(const App& app);
// ui.cpp: moves the camera when a panel would hide the selected state: a short flight, or at once
// (a link arrives: its view is there when it is shown).
void ui_keep_selection_visible(App& app, bool at_once = false);
// Moves the camera when the highlighted event's place is off the open part of the map.
void ui_keep_event_visible(App& app);

// ui_details.cpp: the text of the details panel, also read by the page's API (panelText()), and a
// state's standing with Moscow on the date, since when (the tooltip's second line too).
std::string details_text(const App& app);
std::string standing_line(const App& app, int state);
// ui_details.cpp: opens an entry of the details panel (-1 closes it): moves the timeline there and
// outlines the event's parties; scroll_to: the list scrolls to it (opened from outside the panel).
void ui_open_event(App& app, int event, bool scroll_to = false);

}  // namespace atlas
