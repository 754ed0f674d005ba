// Layout tests: on every classroom screen, from a phone to a 4K board, the panels stay on the screen,
// off the title card and off each other, and leave the map a real part of it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/layout.hpp"

using namespace atlas;

namespace {

struct Screen {
    double width, height, scale;
};

const Screen kScreens[] = {{360, 640, 1},   {390, 844, 1},   {640, 360, 1},  {740, 360, 1},   {844, 390, 1},
                           {820, 1180, 1},  {1180, 820, 1},  {1024, 768, 1}, {1280, 720, 1},  {1366, 768, 1},
                           {1920, 1080, 1}, {3840, 2160, 1}, {1366, 768, 2}, {1920, 1080, 2}, {1024, 768, 1.5}};

std::vector<std::pair<std::string, ScreenRect>> panels(const Layout& l) {
    return {{"title", l.title},   {"toolbar", l.toolbar}, {"timeline", l.timeline},
            {"legend", l.legend}, {"details", l.details}, {"tour", l.tour}};
}

bool inside(const ScreenRect& r, const Screen& s) {
    return r.x >= 0 && r.y >= 0 && r.right() <= s.width + 1e-9 && r.bottom() <= s.height + 1e-9;
}

}  // namespace

TEST_CASE("on every screen, with any panels open, no panel leaves the screen or covers another") {
    for (const Screen& screen : kScreens) {
        for (int open = 0; open < 8; ++open) {
            LayoutInput in;
            in.width = screen.width;
            in.height = screen.height;
            in.scale = screen.scale;
            in.details_open = open & 1;
            in.tour_open = open & 2;
            in.legend_open = open & 4;
            const Layout layout = layout_screen(in);
            const auto all = panels(layout);
            CAPTURE(screen.width);
            CAPTURE(screen.height);
            CAPTURE(screen.scale);
            CAPTURE(open);
            for (std::size_t i = 0; i < all.size(); ++i) {
                CAPTURE(all[i].first);
                if (!all[i].second.empty()) CHECK(inside(all[i].second, screen));
                for (std::size_t j = i + 1; j < all.size(); ++j) {
                    CAPTURE(all[j].first);
                    CHECK_FALSE(overlaps(all[i].second, all[j].second));
                }
            }
            CHECK_FALSE(layout.title.empty());
            CHECK_FALSE(layout.timeline.empty());
            CHECK_FALSE(layout.toolbar.empty());
            CHECK(layout.details.empty() != in.details_open);
            // The open map keeps a fifth of the width, and of the height at least 15% (1.5x text on a
            // 768 px projector: the title card and the timeline grow with the text).
            CHECK(screen.width - layout.open.left - layout.open.right >= 0.2 * screen.width);
            CHECK(screen.height - layout.open.top - layout.open.bottom >= 0.15 * screen.height);
        }
    }
}

TEST_CASE("a phone takes the details from the bottom, folds the toolbar into a menu and the legend to a button") {
    LayoutInput in;
    in.width = 390;
    in.height = 844;
    in.details_open = true;
    in.legend_open = legend_open_by_default(390, 844, 1);
    const Layout half = layout_screen(in);
    CHECK(half.sheet);
    CHECK(half.toolbar_menu);
    CHECK_FALSE(in.legend_open);
    CHECK(half.details.width == doctest::Approx(390 - 2 * half.margin));
    CHECK(half.details.bottom() <= half.timeline.y);
    CHECK(half.details.height == doctest::Approx(half.sheet_room.height * 0.5));
    in.sheet_fraction = 1;
    const Layout full = layout_screen(in);
    CHECK(full.details.y == doctest::Approx(full.sheet_room.y));  // dragged open: up to the title card, not over it
    CHECK(full.details.y >= full.title.bottom());
    in.details_open = false;
    const Layout closed = layout_screen(in);
    CHECK(closed.legend_folded);
    CHECK_FALSE(closed.legend.empty());
}

TEST_CASE("a projector keeps the details on the right, narrower than a third, and folds the legend") {
    LayoutInput in;
    in.width = 1024;
    in.height = 768;
    in.details_open = true;
    in.legend_open = legend_open_by_default(1024, 768, 1);
    const Layout layout = layout_screen(in);
    CHECK_FALSE(layout.sheet);
    CHECK(layout.details.width <= 1024 / 2.9);
    CHECK(layout.open.right == doctest::Approx(1024 - layout.details.x));
    CHECK(layout.legend_folded);
    CHECK(layout.covered.right == doctest::Approx(layout.open.right));  // the map may end under the panel
    // A wide screen has room for everything, in one toolbar row.
    in.width = 1920;
    in.height = 1080;
    in.legend_open = legend_open_by_default(1920, 1080, 1);
    const Layout wide = layout_screen(in);
    CHECK_FALSE(wide.toolbar_menu);
    CHECK_FALSE(wide.legend_folded);
    CHECK(wide.details.width == doctest::Approx(380));
}

TEST_CASE("a phone on its side takes the details down the right at full height, beside a shorter timeline") {
    // 640x360 is also a 1280x720 laptop at 200 % zoom. Sizes as the page measures them there (the
    // card with its short words, the menu button), and as assumed before the first measurement.
    for (const Screen screen : {Screen{844, 390, 1}, Screen{740, 360, 1}, Screen{640, 360, 1}, Screen{1280, 720, 2}}) {
        for (const bool measured : {false, true}) {
            CAPTURE(screen.width);
            CAPTURE(screen.height);
            CAPTURE(measured);
            LayoutInput in;
            in.width = screen.width;
            in.height = screen.height;
            in.scale = screen.scale;
            in.legend_open = legend_open_by_default(in.width, in.height, in.scale);
            if (measured) {
                in.title_width = 194 * screen.scale;
                in.title_height = 115 * screen.scale;
                in.menu_width = 80 * screen.scale;
                in.toolbar_height = 52 * screen.scale;
                in.legend_button_width = 95 * screen.scale;
            }
            in.details_open = true;
            const Layout l = layout_screen(in);
            CHECK(l.side_sheet);
            CHECK_FALSE(l.sheet);
            CHECK(l.toolbar_menu);
            CHECK(l.compact_title);
            // Full height from under the menu button to the bottom margin: at 640x360 that is room
            // for the name, the standing and several events (a panel between title and timeline
            // would be under 100 px there).
            CHECK(l.details.y == doctest::Approx(l.toolbar.bottom() + l.margin));
            CHECK(l.details.bottom() == doctest::Approx(screen.height - l.margin));
            CHECK(l.details.height >= 0.75 * screen.height);
            CHECK(l.details.width >= 280 * screen.scale);
            // The timeline and the title card end left of it; the map keeps more than a third across.
            CHECK(l.timeline.right() + l.margin <= l.details.x + 1e-9);
            CHECK(l.title.right() + l.margin <= l.details.x + 1e-9);
            CHECK(l.timeline.width >= 300 * screen.scale);
            CHECK(l.open.right == doctest::Approx(screen.width - l.details.x));
            CHECK(screen.width - l.open.right >= 0.35 * screen.width);
            CHECK(l.covered.right == doctest::Approx(l.open.right));
            CHECK_FALSE(overlaps(l.legend, l.details));
            CHECK_FALSE(overlaps(l.legend, l.title));
            // The lesson takes the same place; a state chosen during it takes the place from it.
            in.details_open = false;
            in.tour_open = true;
            const Layout lesson = layout_screen(in);
            CHECK(lesson.tour.x == doctest::Approx(l.details.x));
            CHECK(lesson.tour.height == doctest::Approx(l.details.height));
            CHECK(lesson.open.right == doctest::Approx(screen.width - lesson.tour.x));
            CHECK(lesson.open.left == 0);
            in.details_open = true;
            const Layout both = layout_screen(in);
            CHECK(both.tour.empty());
            CHECK(both.details.x == doctest::Approx(l.details.x));
            // With nothing open the timeline spans the screen again.
            in.details_open = in.tour_open = false;
            const Layout closed = layout_screen(in);
            CHECK(closed.timeline.width == doctest::Approx(screen.width - 2 * closed.margin));
        }
    }
    // Portrait screens and landscape screens of 500 px and more keep their sheets as they were.
    for (const Screen screen :
         {Screen{390, 844, 1}, Screen{1024, 768, 1}, Screen{1366, 768, 1}, Screen{820, 1180, 1}}) {
        CAPTURE(screen.width);
        LayoutInput in;
        in.width = screen.width;
        in.height = screen.height;
        in.details_open = true;
        CHECK_FALSE(layout_screen(in).side_sheet);
    }
}

TEST_CASE("the timeline labels every year when there is room and fewer as the track shrinks") {
    CHECK(year_label_step(100, 30) == 1);
    CHECK(year_label_step(30, 30) == 2);
    CHECK(year_label_step(12, 30) == 5);
    CHECK(year_label_step(5, 30) == 10);
    for (double per_year = 5; per_year < 200; per_year += 3) {
        const int step = year_label_step(per_year, 30);
        CHECK(per_year * step >= 30);  // neighbouring labels never touch
    }
}

TEST_CASE("a legend the user opens where its whole key does not fit takes the free height and scrolls") {
    // 1280x720 at 2x text and 640x360 (the same laptop at 200 % zoom): folded by default; the user's
    // "Map key" opens it between the title card and the timeline, over neither.
    for (const Screen screen : {Screen{1280, 720, 2}, Screen{640, 360, 1}}) {
        CAPTURE(screen.width);
        LayoutInput in;
        in.width = screen.width;
        in.height = screen.height;
        in.scale = screen.scale;
        in.legend_open = legend_open_by_default(in.width, in.height, in.scale);
        CHECK_FALSE(in.legend_open);
        CHECK(layout_screen(in).legend_folded);
        in.legend_open = true;
        in.legend_height = 330 * screen.scale;  // the relations key as measured at this scale
        const Layout by_default = layout_screen(in);
        CHECK(by_default.legend_folded);  // not the user's choice: it stays a button
        in.legend_chosen = true;
        const Layout chosen = layout_screen(in);
        CHECK_FALSE(chosen.legend_folded);
        CHECK(chosen.legend.height < in.legend_height);
        CHECK(chosen.legend.y >= chosen.title.bottom());
        CHECK(chosen.legend.bottom() <= chosen.timeline.y);
        CHECK_FALSE(overlaps(chosen.legend, chosen.toolbar));
    }
}
