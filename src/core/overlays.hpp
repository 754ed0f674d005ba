// Map overlays derived for a date: one label per state (where and how big), capitals, and the
// arcs between the capitals of an event's parties around the date.
#pragma once

#include <string_view>
#include <vector>

#include "core/atlas.hpp"

namespace atlas {

struct StateLabel {
    int state = -1;
    std::string_view name;  // the name on that date
    MapPoint anchor;        // in the largest region of the land piece around its capital
    double area = 0;        // km^2 of that land piece (sizes the label)
};

// States holding territory on the date, largest first.
std::vector<StateLabel> state_labels(const Atlas& atlas, const std::vector<int>& holders, Date date);

// The keyboard's way across the map: of the labelled states within 60 degrees of a direction from
// the state `from`'s label (north up), the nearest, favouring what lies straight that way over what
// lies to the side; -1 when none lies that way or `from` has no label.
enum class Direction { west, east, north, south };
int state_toward(const std::vector<StateLabel>& labels, int from, Direction direction);

struct CapitalDot {
    int state = -1;
    MapPoint where;
};
std::vector<CapitalDot> capitals_on(const Atlas& atlas, const std::vector<int>& holders, Date date);

struct EventArc {
    int event = -1;
    MapPoint from, to;   // the first party's capital to another party's
    float strength = 0;  // 1 on the event's date, fading to 0 at the window's edge
};
// Events with two or more parties within window_days of the date (before or after); parties off
// the map (the United States) get no arc.
std::vector<EventArc> event_arcs(const Atlas& atlas, Date date, int window_days);

// A point along a gentle curve from a to b (t in [0,1]); arcs bow to the left of a->b.
MapPoint arc_point(MapPoint a, MapPoint b, double t);

// Non-overlapping placement: boxes are accepted in order unless they overlap an accepted one.
struct ScreenBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
std::vector<bool> place_without_overlap(const std::vector<ScreenBox>& boxes);

}  // namespace atlas
