// Overlays: labels at each state's largest region, capitals, event arcs fading with time.
#include "core/overlays.hpp"

#include "core/pick.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace atlas {

namespace {

// Union-find root with path halving.
int root_of(std::vector<int>& parent, int i) {
    while (parent[std::size_t(i)] != i) i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
    return i;
}

}  // namespace

std::vector<StateLabel> state_labels(const Atlas& atlas, const std::vector<int>& holders, Date date) {
    const std::size_t n = atlas.states.states.size();
    const std::size_t regions = std::min(holders.size(), atlas.map.regions.size());
    // Land-connected pieces of each state on the date: regions of one holder that share a border.
    std::vector<int> parent(regions);
    for (std::size_t r = 0; r < regions; ++r) parent[r] = int(r);
    for (const MapArc& arc : atlas.map.arcs) {
        if (arc.region_a >= regions || arc.region_b >= regions) continue;
        if (holders[arc.region_a] != holders[arc.region_b]) continue;
        parent[std::size_t(root_of(parent, arc.region_a))] = root_of(parent, arc.region_b);
    }
    std::vector<double> piece_area(regions, 0), largest_in_piece(regions, -1);
    std::vector<int> anchor_of_piece(regions, -1);
    for (std::size_t r = 0; r < regions; ++r) {
        const std::size_t p = std::size_t(root_of(parent, int(r)));
        const double area = atlas.map.regions[r].area;
        piece_area[p] += area;
        if (area > largest_in_piece[p]) largest_in_piece[p] = area, anchor_of_piece[p] = int(r);
    }
    // A state's label goes in the piece around its capital (Italy, not Libya; Britain, not
    // India), else in its largest piece; it sits in that piece's largest region.
    std::vector<int> home_piece(n, -1);
    for (std::size_t r = 0; r < regions; ++r) {
        const int s = holders[r];
        if (s < 0 || std::size_t(s) >= n) continue;
        const int p = root_of(parent, int(r));
        if (home_piece[std::size_t(s)] < 0 ||
            piece_area[std::size_t(p)] > piece_area[std::size_t(home_piece[std::size_t(s)])])
            home_piece[std::size_t(s)] = p;
    }
    for (std::size_t s = 0; s < n; ++s) {
        const DatedCapital* capital = capital_on(atlas.states.states[s], date);
        if (!capital || home_piece[s] < 0) continue;
        // A coastal capital may lie just off the simplified coast (Copenhagen): snapped as a click is,
        // or Denmark's label went to Greenland, its largest piece.
        const int r = pick_region_near(atlas.grid, atlas.map, project({capital->lon, capital->lat}), kCoastSnapKm);
        if (r >= 0 && std::size_t(r) < regions && holders[std::size_t(r)] == int(s)) home_piece[s] = root_of(parent, r);
    }
    std::vector<StateLabel> labels;
    for (std::size_t s = 0; s < n; ++s) {
        if (home_piece[s] < 0) continue;
        const std::size_t p = std::size_t(home_piece[s]);
        const MapRegion& region = atlas.map.regions[std::size_t(anchor_of_piece[p])];
        labels.push_back(
            {int(s), name_on(atlas.states.states[s], date), MapPoint{region.label.x, region.label.y}, piece_area[p]});
    }
    std::sort(labels.begin(), labels.end(), [](const StateLabel& a, const StateLabel& b) {
        return a.area != b.area ? a.area > b.area : a.state < b.state;
    });
    return labels;
}

int state_toward(const std::vector<StateLabel>& labels, int from, Direction direction) {
    const auto at = std::find_if(labels.begin(), labels.end(), [&](const StateLabel& l) { return l.state == from; });
    if (at == labels.end()) return -1;
    const double dx = direction == Direction::east ? 1 : direction == Direction::west ? -1 : 0;
    const double dy = direction == Direction::north ? 1 : direction == Direction::south ? -1 : 0;
    int best = -1;
    double best_score = std::numeric_limits<double>::infinity();
    for (const StateLabel& l : labels) {
        if (l.state == from) continue;
        const double x = l.anchor.x - at->anchor.x, y = l.anchor.y - at->anchor.y;
        const double along = x * dx + y * dy, across = std::fabs(x * dy - y * dx);
        if (along <= 0 || across > 1.73 * along) continue;  // within 60 degrees of the arrow
        // Twice as far aside as ahead weighs the same: the arrow goes where the reader looks.
        const double score = along + 2 * across;
        if (score < best_score) best_score = score, best = l.state;
    }
    return best;
}

std::vector<CapitalDot> capitals_on(const Atlas& atlas, const std::vector<int>& holders, Date date) {
    std::vector<bool> holds(atlas.states.states.size(), false);
    for (int s : holders)
        if (s >= 0 && std::size_t(s) < holds.size()) holds[std::size_t(s)] = true;
    std::vector<CapitalDot> dots;
    for (std::size_t s = 0; s < holds.size(); ++s) {
        if (!holds[s]) continue;
        if (const DatedCapital* c = capital_on(atlas.states.states[s], date))
            dots.push_back({int(s), project({c->lon, c->lat})});
    }
    return dots;
}

std::vector<EventArc> event_arcs(const Atlas& atlas, Date date, int window_days) {
    std::vector<EventArc> arcs;
    const auto& events = atlas.history.events;
    for (std::size_t e = 0; e < events.size(); ++e) {
        const Event& ev = events[e];
        if (ev.parties.size() < 2) continue;
        const auto on_map = [&](int s) { return atlas.states.states[std::size_t(s)].on_map; };
        if (!on_map(ev.parties[0])) continue;
        const int distance = std::abs(ev.date.days - date.days);
        if (distance > window_days) continue;
        const float strength = 1.0f - float(distance) / float(std::max(1, window_days));
        const DatedCapital* first = capital_on(atlas.states.states[std::size_t(ev.parties[0])], ev.date);
        if (!first) continue;
        for (std::size_t p = 1; p < ev.parties.size(); ++p) {
            if (!on_map(ev.parties[p])) continue;  // no arc to Washington off the edge of the map
            const DatedCapital* other = capital_on(atlas.states.states[std::size_t(ev.parties[p])], ev.date);
            if (!other) continue;
            arcs.push_back({int(e), project({first->lon, first->lat}), project({other->lon, other->lat}), strength});
        }
    }
    return arcs;
}

MapPoint arc_point(MapPoint a, MapPoint b, double t) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    // Quadratic Bezier whose control point sits off the midpoint by a fifth of the length.
    const MapPoint c{(a.x + b.x) * 0.5 - dy * 0.2, (a.y + b.y) * 0.5 + dx * 0.2};
    const double u = 1 - t;
    return MapPoint{u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y};
}

std::vector<bool> place_without_overlap(const std::vector<ScreenBox>& boxes) {
    std::vector<bool> placed(boxes.size(), false);
    std::vector<ScreenBox> taken;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const ScreenBox& b = boxes[i];
        const bool clash = std::any_of(taken.begin(), taken.end(), [&](const ScreenBox& t) {
            return b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1;
        });
        if (!clash) {
            placed[i] = true;
            taken.push_back(b);
        }
    }
    return placed;
}

}  // namespace atlas
