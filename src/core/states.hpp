// States: states.json (states with dated names and capitals) and regions.json (region holder timelines).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"

namespace atlas {

struct DatedName {
    Date from;
    std::string name;
};

struct DatedCapital {
    Date from;
    double lon = 0, lat = 0;
    std::string city;
};

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

struct State {
    std::string id;                      // lowercase snake_case, stable
    std::vector<DatedName> names;        // at least one, ascending
    std::vector<DatedCapital> capitals;  // may be empty (states off the map), ascending
    Rgb color;
    bool on_map = true;
    std::vector<std::string> aliases;  // other names people type ("Britain"), from states.json's "aliases"
};

struct States {
    std::vector<State> states;
};

// One entry of a region's timeline; it lasts until the next one.
struct HolderSpan {
    Date from;
    int holder = -1;  // index into States::states
    std::string note;
};

struct RegionTimeline {
    std::string key;
    std::string name;
    std::vector<HolderSpan> holders;  // ascending, first from <= 1919-01-01
    std::string source;
};

struct Regions {
    std::vector<RegionTimeline> regions;
};

struct HolderOn {
    int holder = -1;        // -1 only for an empty timeline
    std::string_view note;  // into the Regions it came from
    Date since;
};

inline constexpr Date kAtlasStart{-18628, Precision::day};  // 1919-01-01
inline constexpr Date kAtlasEnd{-14611, Precision::day};    // 1929-12-31

Result<States> load_states(std::string_view text, std::string_view file_name);
// Holders are checked against the states.
Result<Regions> load_regions(std::string_view text, std::string_view file_name, const States& states);

int state_index(const States& states, std::string_view id);  // exact id, or -1
// A name as matching sees it: lowercase, accents of Latin letters dropped ("Türkiye" -> "turkiye"),
// '.' and apostrophes dropped ("U.S.S.R." -> "ussr"), any other run of non-letters one blank, trimmed.
std::string fold_name(std::string_view text);
// By id, any of the state's names or any alias, compared folded (fold_name); -1 if none.
int find_state(const States& states, std::string_view text);
// For an unknown name: up to `count` states whose id, names or aliases come closest (containing
// the text, then within an edit distance of a third of its length, at least 2), closest first;
// always the closest one; nothing for a blank text.
std::vector<int> nearest_states(const States& states, std::string_view text, std::size_t count = 3);
// The name in force on the date; before the first entry, the first name.
std::string_view name_on(const State& state, Date date);
// The capital in force on the date, or nullptr (none listed, or before the first entry).
const DatedCapital* capital_on(const State& state, Date date);

int region_index(const Regions& regions, std::string_view key);  // or -1
// The holder in force on the date; before the first entry, the first entry.
HolderOn holder_on(const RegionTimeline& region, Date date);

std::optional<Rgb> parse_color(std::string_view text);  // "#rrggbb"

}  // namespace atlas
