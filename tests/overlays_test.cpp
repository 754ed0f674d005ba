// Overlay tests: state labels and capitals on the shipped assets, event arcs around a date, the
// arcs' curve and the label placement without overlap.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "core/overlays.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::d;
using test::real_atlas;

namespace {

int state(const char* id) { return test::real_state(id); }

int region(const char* key) {
    const int index = map_region_index(real_atlas().map, key);
    REQUIRE_MESSAGE(index >= 0, "map.bin has no region '" << key << "'");
    return index;
}

const StateLabel* label_of(const std::vector<StateLabel>& labels, int s) {  // labels must outlive the pointer
    for (const StateLabel& label : labels)
        if (label.state == s) return &label;
    return nullptr;
}

bool near(MapPoint a, MapPoint b, double km) { return std::hypot(a.x - b.x, a.y - b.y) <= km; }

MapPoint capital_point(const Atlas& atlas, int s, Date date) {
    const DatedCapital* c = capital_on(atlas.states.states[std::size_t(s)], date);
    REQUIRE(c != nullptr);
    return project(LonLat{c->lon, c->lat});
}

// Distance of p from the line through a and b, positive on the left of a->b.
double left_of(MapPoint a, MapPoint b, MapPoint p) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    return (dx * (p.y - a.y) - dy * (p.x - a.x)) / std::hypot(dx, dy);
}

const char* const kDates[] = {"1919-03-01", "1920-08-15", "1922-04-16", "1924-03-16", "1929-12-31"};

}  // namespace

TEST_CASE("there is one label for every state holding territory on the date, largest first") {
    const Atlas& atlas = real_atlas();
    for (const char* text : kDates) {
        const std::string shown_text = text;
        CAPTURE(shown_text);
        const std::vector<int> holders = holders_on(atlas, d(text));
        const std::vector<StateLabel> labels = state_labels(atlas, holders, d(text));
        std::set<int> holding(holders.begin(), holders.end());
        holding.erase(-1);
        std::set<int> labelled;
        for (const StateLabel& label : labels) CHECK(labelled.insert(label.state).second);  // no state twice
        CHECK(labelled == holding);
        for (std::size_t i = 1; i < labels.size(); ++i) CHECK(labels[i - 1].area >= labels[i].area);
    }
}

TEST_CASE("the labels are the same with the pick grid built only at the capitals, on every month") {
    const Atlas& whole = real_atlas();
    const Result<Atlas> loaded = load_atlas_dir(ATLAS_ASSETS_DIR, read_text_file, PickGridAtLoad::capitals);
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    const Atlas& capitals = *loaded.value;
    REQUIRE_FALSE(capitals.grid.whole);
    for (int m = 0; m < 11 * 12; ++m) {
        const Date date = add_months(kAtlasStart, m);
        const std::vector<int> holders = holders_on(whole, date);
        const std::vector<StateLabel> expected = state_labels(whole, holders, date);
        const std::vector<StateLabel> got = state_labels(capitals, holders, date);
        REQUIRE(got.size() == expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].state == expected[i].state);
            CHECK(got[i].anchor.x == expected[i].anchor.x);
            CHECK(got[i].anchor.y == expected[i].anchor.y);
        }
    }
    // The grid is only at the capitals: elsewhere on land it finds nothing, until it is completed.
    const MapPoint mozyr = project(LonLat{29.2, 52.1});  // in Polesie, 190 km or more from any capital
    CHECK(pick_region(whole.grid, whole.map, mozyr) >= 0);
    CHECK(pick_region(capitals.grid, capitals.map, mozyr) == -1);
    Atlas completed = *loaded.value;
    complete_pick_grid(completed);
    CHECK(completed.grid.whole);
    CHECK(completed.grid.cell_triangles == whole.grid.cell_triangles);
    CHECK(completed.grid.cell_start == whole.grid.cell_start);
}

TEST_CASE("each label sits inside a region its state holds and carries its name on the date") {
    const Atlas& atlas = real_atlas();
    for (const char* text : kDates) {
        const std::string shown_text = text;
        CAPTURE(shown_text);
        const Date date = d(text);
        const std::vector<int> holders = holders_on(atlas, date);
        for (const StateLabel& label : state_labels(atlas, holders, date)) {
            const State& s = atlas.states.states[std::size_t(label.state)];
            CAPTURE(s.id);
            const int r = pick_region(atlas.grid, atlas.map, label.anchor);
            REQUIRE(r >= 0);
            CHECK(holders[std::size_t(r)] == label.state);
            CHECK(label.name == name_on(s, date));
            CHECK(label.area > 0);
        }
    }
}

TEST_CASE("a label's area is the land piece it sits in, at least its largest region") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1926-01-01");
    const std::vector<int> holders = holders_on(atlas, date);
    for (const StateLabel& label : state_labels(atlas, holders, date)) {
        double held = 0;
        for (std::size_t r = 0; r < holders.size(); ++r)
            if (holders[r] == label.state) held += atlas.map.regions[r].area;
        CAPTURE(atlas.states.states[std::size_t(label.state)].id);
        CHECK(label.area <= held * (1 + 1e-6));
        const int r = pick_region(atlas.grid, atlas.map, label.anchor);
        REQUIRE(r >= 0);
        CHECK(label.area >= atlas.map.regions[std::size_t(r)].area * (1 - 1e-6));
    }
}

TEST_CASE("Italy's label is in Italy, not in the larger Libya") {
    const Atlas& atlas = real_atlas();
    const int italy = state("italy");
    for (const char* text : {"1919-06-01", "1925-01-01"}) {
        const std::string shown_text = text;
        CAPTURE(shown_text);
        const Date date = d(text);
        const std::vector<int> holders = holders_on(atlas, date);
        REQUIRE(holders[std::size_t(region("libya"))] == italy);
        REQUIRE(atlas.map.regions[std::size_t(region("libya"))].area >
                atlas.map.regions[std::size_t(region("italy"))].area);
        const std::vector<StateLabel> labels = state_labels(atlas, holders, date);
        const StateLabel* label = label_of(labels, italy);
        REQUIRE(label != nullptr);
        CHECK(pick_region(atlas.grid, atlas.map, label->anchor) == region("italy"));
        CHECK(label->area < atlas.map.regions[std::size_t(region("libya"))].area);
    }
}

// Regression (found by the arrow keys, fixed): Copenhagen lies just off the simplified coast, so
// Denmark's label went to its largest piece, Greenland, and Shift+Up from Germany passed Denmark by.
TEST_CASE("Denmark's label is in Denmark, though its coastal capital lies just off the map's coast") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1922-04-16");
    const std::vector<int> holders = holders_on(atlas, date);
    const std::vector<StateLabel> labels = state_labels(atlas, holders, date);
    const StateLabel* denmark = label_of(labels, state("denmark"));
    REQUIRE(denmark != nullptr);
    CHECK(near(denmark->anchor, capital_point(atlas, state("denmark"), date), 400));
}

TEST_CASE("the United Kingdom's label is in Britain, not in a larger colonial piece") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1925-01-01");
    const std::vector<int> holders = holders_on(atlas, date);
    const std::vector<StateLabel> labels = state_labels(atlas, holders, date);  // kept: label points into it
    const StateLabel* label = label_of(labels, state("uk"));
    REQUIRE(label != nullptr);
    const LonLat where = unproject(label->anchor);
    CHECK(where.lon > -8);
    CHECK(where.lon < 2);
    CHECK(where.lat > 50);
    CHECK(where.lat < 59);
}

TEST_CASE("labels for holders made up by hand follow the regions given") {
    const Atlas& atlas = real_atlas();
    // Only Libya is held, by Italy: the label must go there even though Rome lies elsewhere.
    std::vector<int> holders(atlas.map.regions.size(), -1);
    holders[std::size_t(region("libya"))] = state("italy");
    const std::vector<StateLabel> labels = state_labels(atlas, holders, d("1925-01-01"));
    REQUIRE(labels.size() == 1);
    CHECK(labels[0].state == state("italy"));
    CHECK(pick_region(atlas.grid, atlas.map, labels[0].anchor) == region("libya"));
    CHECK(labels[0].area == doctest::Approx(atlas.map.regions[std::size_t(region("libya"))].area));
    CHECK(state_labels(atlas, std::vector<int>(atlas.map.regions.size(), -1), d("1925-01-01")).empty());
}

TEST_CASE("capitals are shown only for states holding territory, at their capital on the date") {
    const Atlas& atlas = real_atlas();
    for (const char* text : kDates) {
        const std::string shown_text = text;
        CAPTURE(shown_text);
        const Date date = d(text);
        const std::vector<int> holders = holders_on(atlas, date);
        const std::set<int> holding(holders.begin(), holders.end());
        std::set<int> dotted;
        for (const CapitalDot& dot : capitals_on(atlas, holders, date)) {
            CHECK(dotted.insert(dot.state).second);
            CHECK(holding.count(dot.state) == 1);
            CHECK(near(dot.where, capital_point(atlas, dot.state, date), 1e-6));
        }
        for (int s : holding) {  // and every holder with a capital gets its dot
            if (s < 0) continue;
            if (capital_on(atlas.states.states[std::size_t(s)], date)) CHECK(dotted.count(s) == 1);
        }
    }
}

TEST_CASE("the capital dot follows a capital move and skips states without territory") {
    const Atlas& atlas = real_atlas();
    std::vector<int> holders(atlas.map.regions.size(), -1);
    holders[0] = state("turkey");
    holders[1] = -1;
    const auto dots_1921 = capitals_on(atlas, holders, d("1920-01-01"));
    const auto dots_1925 = capitals_on(atlas, holders, d("1925-01-01"));
    REQUIRE(dots_1921.size() == 1);
    REQUIRE(dots_1925.size() == 1);
    CHECK(dots_1921[0].state == state("turkey"));
    // Constantinople, then Ankara (seat of the Grand National Assembly's government from 23 April
    // 1920, the republic's capital from 13 October 1923): the dot moves east.
    CHECK(unproject(dots_1925[0].where).lon > unproject(dots_1921[0].where).lon + 3);
    CHECK(capitals_on(atlas, std::vector<int>(atlas.map.regions.size(), -1), d("1925-01-01")).empty());
    CHECK(capitals_on(atlas, {}, d("1925-01-01")).empty());
}

TEST_CASE("event arcs come only from events of two or more parties within the window") {
    const Atlas& atlas = real_atlas();
    for (const char* text : kDates) {
        const std::string shown_text = text;
        CAPTURE(shown_text);
        const Date date = d(text);
        const int window = 45;
        const std::vector<EventArc> arcs = event_arcs(atlas, date, window);
        std::set<int> arced;
        for (const EventArc& arc : arcs) {
            const Event& event = atlas.history.events[std::size_t(arc.event)];
            CHECK(event.parties.size() >= 2);
            CHECK(std::abs(event.date.days - date.days) <= window);
            CHECK(arc.strength >= 0.0f);
            CHECK(arc.strength <= 1.0f);
            CHECK(near(arc.from, capital_point(atlas, event.parties[0], event.date), 1e-6));
            arced.insert(arc.event);
        }
        // Every such event whose parties are on the map with capitals gives one arc per party after the first.
        for (std::size_t e = 0; e < atlas.history.events.size(); ++e) {
            const Event& event = atlas.history.events[e];
            if (event.parties.size() < 2 || std::abs(event.date.days - date.days) > window) continue;
            bool all_shown = true;
            for (int p : event.parties) {
                const State& party = atlas.states.states[std::size_t(p)];
                all_shown = all_shown && party.on_map && capital_on(party, event.date) != nullptr;
            }
            if (!all_shown) continue;
            const auto count =
                std::count_if(arcs.begin(), arcs.end(), [&](const EventArc& a) { return a.event == int(e); });
            CHECK_MESSAGE(std::size_t(count) == event.parties.size() - 1, event.id);
        }
    }
}

TEST_CASE("the Rapallo arc runs from Moscow to Berlin at full strength on the day and fades after") {
    const Atlas& atlas = real_atlas();
    const int rapallo = event_index(atlas.history, "rapallo_treaty");
    REQUIRE(rapallo >= 0);
    const Event& event = atlas.history.events[std::size_t(rapallo)];
    const auto strength_on = [&](int days_off) -> float {
        for (const EventArc& arc : event_arcs(atlas, add_days(event.date, days_off), 30))
            if (arc.event == rapallo) return arc.strength;
        return -1.0f;  // no arc
    };
    CHECK(strength_on(0) == doctest::Approx(1.0));
    const float after_5 = strength_on(5), after_15 = strength_on(15), after_29 = strength_on(29);
    CHECK(after_5 < 1.0f);
    CHECK(after_15 < after_5);
    CHECK(after_29 < after_15);
    CHECK(after_29 >= 0.0f);
    CHECK(strength_on(-15) == doctest::Approx(after_15));  // symmetric before and after
    CHECK(strength_on(31) < 0.0f);
    CHECK(strength_on(-31) < 0.0f);

    for (const EventArc& arc : event_arcs(atlas, event.date, 30)) {
        if (arc.event != rapallo) continue;
        const LonLat from = unproject(arc.from), to = unproject(arc.to);
        const bool moscow_berlin = std::fabs(from.lon - 37.6) < 1 && std::fabs(to.lon - 13.4) < 1;
        const bool berlin_moscow = std::fabs(from.lon - 13.4) < 1 && std::fabs(to.lon - 37.6) < 1;
        CHECK((moscow_berlin || berlin_moscow));
    }
}

TEST_CASE("no arc runs to a state off the map") {
    const Atlas& atlas = real_atlas();
    const int colby = event_index(atlas.history, "colby_note");  // USA and Soviet Russia, 10 August 1920
    REQUIRE(colby >= 0);
    const Event& event = atlas.history.events[std::size_t(colby)];
    REQUIRE(event.parties.size() == 2);
    for (const EventArc& arc : event_arcs(atlas, event.date, 10)) CHECK(arc.event != colby);
    for (const char* text : kDates) {
        for (const EventArc& arc : event_arcs(atlas, d(text), 60)) {
            const LonLat to = unproject(arc.to), from = unproject(arc.from);
            CHECK(to.lon > -30);  // nothing across the Atlantic
            CHECK(from.lon > -30);
        }
    }
}

TEST_CASE("single-party events never give arcs, however close the date") {
    const Atlas& atlas = real_atlas();
    const int comintern = event_index(atlas.history, "comintern_founded");
    REQUIRE(comintern >= 0);
    REQUIRE(atlas.history.events[std::size_t(comintern)].parties.size() == 1);
    for (const EventArc& arc : event_arcs(atlas, atlas.history.events[std::size_t(comintern)].date, 10))
        CHECK(arc.event != comintern);
}

TEST_CASE("a zero-day window shows only the events of that day, at full strength") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1922-04-16");
    const auto arcs = event_arcs(atlas, date, 0);
    REQUIRE_FALSE(arcs.empty());
    for (const EventArc& arc : arcs) {
        CHECK(atlas.history.events[std::size_t(arc.event)].date.days == date.days);
        CHECK(arc.strength == doctest::Approx(1.0));
    }
}

TEST_CASE("an arc starts and ends at its capitals and bows to the left of its direction") {
    const MapPoint a{-1200, 300}, b{800, 1500};
    const MapPoint start = arc_point(a, b, 0), end = arc_point(a, b, 1);
    CHECK(start.x == doctest::Approx(a.x));
    CHECK(start.y == doctest::Approx(a.y));
    CHECK(end.x == doctest::Approx(b.x));
    CHECK(end.y == doctest::Approx(b.y));
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    for (double t : {0.1, 0.25, 0.5, 0.75, 0.9}) {
        CAPTURE(t);
        CHECK(left_of(a, b, arc_point(a, b, t)) > 0);
    }
    // A gentle bow: a tenth of the length at the middle, and the same either side of it.
    CHECK(left_of(a, b, arc_point(a, b, 0.5)) == doctest::Approx(0.1 * length));
    CHECK(left_of(a, b, arc_point(a, b, 0.2)) == doctest::Approx(left_of(a, b, arc_point(a, b, 0.8))));
    // Reversed, the arc bows to the other side on the map.
    CHECK(left_of(a, b, arc_point(b, a, 0.5)) < 0);
}

TEST_CASE("an arc between one point and itself stays on it") {
    const MapPoint p{42, -17};
    for (double t : {0.0, 0.3, 1.0}) {
        const MapPoint q = arc_point(p, p, t);
        CHECK(q.x == doctest::Approx(p.x));
        CHECK(q.y == doctest::Approx(p.y));
    }
}

TEST_CASE("placement accepts the first box and rejects any that overlaps an accepted one") {
    const std::vector<ScreenBox> boxes = {
        {0, 0, 100, 20},     // accepted: first
        {50, 10, 150, 30},   // overlaps the first
        {100, 0, 200, 20},   // touches the first on its right edge: allowed
        {0, 20, 100, 40},    // touches the first's bottom edge: allowed
        {140, 25, 160, 50},  // overlaps only the rejected second box: allowed
        {199, 19, 201, 21},  // overlaps a corner of the third
        {300, 300, 300, 300},
    };
    const std::vector<bool> placed = place_without_overlap(boxes);
    REQUIRE(placed.size() == boxes.size());
    CHECK(placed[0]);
    CHECK_FALSE(placed[1]);
    CHECK(placed[2]);
    CHECK(placed[3]);
    CHECK(placed[4]);
    CHECK_FALSE(placed[5]);
    CHECK(placed[6]);
    CHECK(place_without_overlap({}).empty());
}

TEST_CASE("placement rejects a box inside or around an accepted one") {
    const std::vector<bool> placed = place_without_overlap({{10, 10, 90, 90}, {40, 40, 60, 60}, {0, 0, 100, 100}});
    CHECK(placed[0]);
    CHECK_FALSE(placed[1]);
    CHECK_FALSE(placed[2]);
}

TEST_CASE("an arrow key goes to the nearest label that way, preferring one straight ahead to a nearer one aside") {
    const auto at = [](int s, double x, double y) { return StateLabel{s, "", MapPoint{x, y}, 1}; };
    // 0 in the middle; 1 due east far off, 2 nearer but well north of east; 3 north; 4 west (nearer
    // than 3, and a little north, but not within 60 degrees of north); none south.
    const std::vector<StateLabel> labels = {at(0, 0, 0), at(1, 300, 20), at(2, 120, 150), at(3, -10, 200),
                                            at(4, -50, 5)};
    CHECK(state_toward(labels, 0, Direction::east) == 1);
    CHECK(state_toward(labels, 0, Direction::north) == 3);
    CHECK(state_toward(labels, 0, Direction::west) == 4);
    CHECK(state_toward(labels, 0, Direction::south) == -1);
    CHECK(state_toward(labels, 1, Direction::west) == 0);
    CHECK(state_toward(labels, 7, Direction::east) == -1);  // no label: no way on from it
}

TEST_CASE("from Germany on the day of Rapallo each arrow goes to another state that lies that way") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1922-04-16");
    const std::vector<StateLabel> labels = state_labels(atlas, holders_on(atlas, date), date);
    const int germany = state("germany");
    std::set<int> reached;
    const MapPoint from = label_of(labels, germany)->anchor;
    for (Direction dir : {Direction::west, Direction::east, Direction::north, Direction::south}) {
        const int to = state_toward(labels, germany, dir);
        REQUIRE(to >= 0);
        reached.insert(to);
        const MapPoint p = label_of(labels, to)->anchor;
        if (dir == Direction::west) CHECK(p.x < from.x);
        if (dir == Direction::east) CHECK(p.x > from.x);
        if (dir == Direction::north) CHECK(p.y > from.y);
        if (dir == Direction::south) CHECK(p.y < from.y);
    }
    CHECK(reached.size() == 4);
}
