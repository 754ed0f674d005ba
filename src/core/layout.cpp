// Screen layout: the panels' rectangles for a screen size, text scale and what is open.
#include "core/layout.hpp"

#include <algorithm>

namespace atlas {

namespace {

// Typical sizes at scale 1 for panels not measured yet (the first frame).
constexpr double kTitleWidth = 330, kTitleHeight = 140;
constexpr double kToolbarWidth = 760, kToolbarHeight = 40, kMenuWidth = 64;
constexpr double kLegendWidth = 300, kLegendHeight = 180, kLegendButtonWidth = 90;
constexpr double kLegendMinHeight = 90;  // an opened legend shorter than its key scrolls, down to this
constexpr double kTimelineHeight = 84;   // the timeline bar (src/app/ui_theme.hpp draws it this high)
constexpr double kDetailsWidth = 380, kDetailsMinWidth = 280;
constexpr double kTourWidth = 460;
constexpr double kSheetMinHeight = 140;  // a sheet at its lowest still shows a name and a line or two

double or_default(double measured, double typical, double scale) { return measured > 0 ? measured : typical * scale; }

}  // namespace

bool overlaps(const ScreenRect& a, const ScreenRect& b) {
    return !a.empty() && !b.empty() && a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool legend_open_by_default(double width, double height, double scale) {
    return width >= 1100 * scale && height >= 700 * scale;
}

Layout layout_screen(const LayoutInput& in) {
    const double s = in.scale, W = in.width, H = in.height;
    Layout out;
    // Under 500 px of height the title card and the timeline alone take half of it: a panel between
    // them on the right would be a slit (97 px at 640x360) with no events in view.
    const bool short_landscape = H < 500 * s && W >= H;
    // A phone keeps more of its few pixels for the map.
    out.margin = (W < 600 * s || short_landscape ? 8 : 16) * s;
    const double m = out.margin;
    // Portrait tablets and phones take the details from the bottom; landscape keeps them on the right,
    // and a short landscape screen from top to bottom.
    out.side_sheet = short_landscape;
    out.sheet = !short_landscape && (W < 500 * s || (W < 1000 * s && H > W));
    out.compact_title = W < 600 * s || (short_landscape && W < 1000 * s);

    const double bar_w = or_default(in.toolbar_width, kToolbarWidth, s);
    const double bar_h = or_default(in.toolbar_height, kToolbarHeight, s);
    const double title_want = or_default(in.title_width, kTitleWidth, s);
    out.toolbar_menu = m + title_want + m + bar_w + m > W;
    const double toolbar_w = out.toolbar_menu ? or_default(in.menu_width, kMenuWidth, s) : bar_w;
    out.toolbar = {W - m - toolbar_w, m, toolbar_w, bar_h};
    // The title card keeps clear of the menu button (the UI shortens its words on a narrow screen).
    out.title = {m, m, std::max(0.0, std::min(title_want, out.toolbar.x - 2 * m)),
                 or_default(in.title_height, kTitleHeight, s)};

    const double timeline_h = kTimelineHeight * s;
    out.timeline = {m, H - m - timeline_h, W - 2 * m, timeline_h};

    const double top = std::max(out.title.bottom(), out.toolbar.bottom()) + m;
    const double bottom = out.timeline.y - m;  // panels above the timeline end here
    out.sheet_room = {m, top, W - 2 * m, std::max(0.0, bottom - top)};

    bool sheet_shown = false;
    if (out.sheet) {
        const double room = out.sheet_room.height;
        const double h =
            std::clamp(room * std::clamp(in.sheet_fraction, 0.0, 1.0), std::min(room, kSheetMinHeight * s), room);
        const ScreenRect sheet{m, bottom - h, W - 2 * m, h};
        // One sheet at a time: a country chosen during the lesson takes it until its panel closes.
        if (in.details_open)
            out.details = sheet;
        else if (in.tour_open)
            out.tour = sheet;
        sheet_shown = in.details_open || in.tour_open;
    } else if (out.side_sheet) {
        if (in.details_open || in.tour_open) {
            // As wide as the details elsewhere, less if the title card needs it (down to the least).
            const double w = std::min({kDetailsWidth * s, std::max(0.4 * W, kDetailsMinWidth * s), 0.5 * W,
                                       std::max(kDetailsMinWidth * s, W - 3 * m - title_want)});
            const double y = out.toolbar.bottom() + m;
            const ScreenRect side{W - m - w, y, w, std::max(0.0, H - m - y)};
            // One at a time, as with the bottom sheet: a country chosen during the lesson takes it.
            if (in.details_open)
                out.details = side;
            else
                out.tour = side;
            out.timeline.width = std::max(0.0, side.x - 2 * m);  // the timeline ends beside it
            out.title.width = std::min(out.title.width, std::max(0.0, side.x - 2 * m));
        }
    } else {
        if (in.details_open) {
            const double w = std::min({kDetailsWidth * s, std::max(0.34 * W, kDetailsMinWidth * s), 0.5 * W});
            double y = out.toolbar.bottom() + m;
            if (W - m - w < out.title.right() + m) y = std::max(y, out.title.bottom() + m);  // not over the title
            out.details = {W - m - w, y, w, std::max(0.0, bottom - y)};
        }
        if (in.tour_open) {
            double w = std::min(kTourWidth * s, 0.4 * W);
            if (in.details_open) w = std::min(w, out.details.x - 2 * m - 0.2 * W);  // leave a fifth for the map
            const double y = out.title.bottom() + m * 0.5;
            if (w > 0) out.tour = {m, y, w, std::max(0.0, bottom - y)};
        }
    }

    // The legend: bottom left above the timeline, beside the lesson and the details; folded to a
    // button when asked to or when it does not fit; hidden under a sheet.
    if (!sheet_shown) {
        const bool tour_left = !out.tour.empty() && !out.side_sheet;
        const ScreenRect& on_right = out.side_sheet && out.details.empty() ? out.tour : out.details;
        const double left = tour_left ? out.tour.right() + m : m;
        const double right = on_right.empty() ? W - m : on_right.x - m;
        const double lowest_top = out.title.bottom() + m;
        const double lw = or_default(in.legend_width, kLegendWidth, s),
                     lh = or_default(in.legend_height, kLegendHeight, s);
        if (in.legend_open && lw <= right - left && bottom - lh >= lowest_top) {
            out.legend = {left, bottom - lh, lw, lh};
        } else if (in.legend_open && in.legend_chosen && lw <= right - left &&
                   bottom - lowest_top >= kLegendMinHeight * s) {
            // Opened by the user where the whole key does not fit (2x text, a phone on its side):
            // all the height there is, and the card scrolls.
            out.legend = {left, lowest_top, lw, bottom - lowest_top};
        } else {
            const double bw = or_default(in.legend_button_width, kLegendButtonWidth, s);
            out.legend_folded = true;
            if (bw <= right - left && bottom - bar_h >= lowest_top) out.legend = {left, bottom - bar_h, bw, bar_h};
        }
    }

    out.open.top = top - m * 0.5;
    out.open.bottom = H - (sheet_shown ? (out.details.empty() ? out.tour.y : out.details.y) : out.timeline.y);
    if (!out.sheet && !out.details.empty()) out.open.right = W - out.details.x;
    if (out.side_sheet && !out.tour.empty()) out.open.right = W - out.tour.x;
    if (!out.sheet && !out.side_sheet && !out.tour.empty()) out.open.left = out.tour.right();
    out.covered.left = out.open.left;
    out.covered.right = out.open.right;
    if (sheet_shown) out.covered.bottom = out.open.bottom;
    return out;
}

int year_label_step(double px_per_year, double label_width) {
    for (int step : {1, 2, 5})
        if (px_per_year * step >= label_width * 1.4) return step;
    return 10;
}

}  // namespace atlas
