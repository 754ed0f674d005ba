// Screen layout: which panel goes where for a screen size and text scale, from a 360x640 phone to a
// 4K board, so the panels never cover the title card or each other and the map keeps the rest.
// Pure arithmetic over sizes the UI measured last frame; the UI draws each panel in its rectangle.
#pragma once

#include "core/camera.hpp"

namespace atlas {

// A rectangle on the screen, CSS pixels from the canvas' top-left; empty when width or height is 0.
struct ScreenRect {
    double x = 0, y = 0, width = 0, height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool empty() const { return width <= 0 || height <= 0; }
    bool contains(double px, double py) const {
        return !empty() && px >= x && px < right() && py >= y && py < bottom();
    }
};

bool overlaps(const ScreenRect& a, const ScreenRect& b);

// What the layout needs to know: the screen, the text scale, what is open, and the sizes of the
// panels that size themselves by their content (0: not measured yet, a typical size is assumed).
struct LayoutInput {
    double width = 1280, height = 720;  // CSS pixels
    double scale = 1;                   // the UI scale (1x, 1.5x, 2x)
    double title_width = 0, title_height = 0;
    double toolbar_width = 0, toolbar_height = 0;  // the toolbar in one row
    double menu_width = 0;                         // the toolbar folded into its menu button
    double legend_width = 0, legend_height = 0;    // the legend unfolded
    double legend_button_width = 0;                // the legend folded to a button
    bool details_open = false, tour_open = false;
    bool legend_open = true;      // the user's (or the default) choice; it folds anyway when it does not fit
    bool legend_chosen = false;   // legend_open is the user's own choice: it then opens, scrolling, where it
                                  // is too tall to fit whole (as long as its width and a few lines do)
    double sheet_fraction = 0.5;  // of the room a bottom sheet may take (0.5 half height, 1 full)
};

struct Layout {
    double margin = 16;  // between the panels and the screen's edges
    bool sheet = false;  // the details (or lesson) panel is a sheet from the bottom
    // A short landscape screen (a phone on its side, a laptop at 200 % zoom): the details (or lesson)
    // panel runs down the right side at the full free height, beside a shorter timeline.
    bool side_sheet = false;
    bool toolbar_menu = false;  // the toolbar is folded into a menu button
    // The title card's short words, its lesson button in the menu: a phone, or one on its side (where
    // the card must leave room for the side sheet; the toolbar is a menu there, under 1000 px).
    bool compact_title = false;
    bool legend_folded = false;
    ScreenRect title, toolbar, timeline, legend, details, tour;  // empty when not shown
    ScreenRect sheet_room;  // where a sheet may reach at full height (its top: under the title card)
    // The open map: the screen less the panels at its edges (fits and the selection keep to it) ...
    Insets open;
    // ... and the edges the big panels cover from side to side, under which the map may end.
    Insets covered;
};

// The default for the legend: unfolded when the screen has room for it beside a details panel.
bool legend_open_by_default(double width, double height, double scale);

Layout layout_screen(const LayoutInput& in);

// How many years apart the timeline labels its years so that neighbouring labels do not touch
// (1, 2, 5 or 10): px_per_year is a year's length on the track, label_width a label's width.
int year_label_step(double px_per_year, double label_width);

}  // namespace atlas
