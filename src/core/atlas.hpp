// Atlas: the four asset files loaded, cross-checked and bundled, with per-date queries.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/history.hpp"
#include "core/map_asset.hpp"
#include "core/pick.hpp"
#include "core/result.hpp"
#include "core/states.hpp"

namespace atlas {

// The files' contents (fetched by the app, read by the CLI and tests) and names for messages.
struct AtlasFiles {
    std::span<const std::uint8_t> map_bin;
    std::string_view states_json;
    std::string_view regions_json;
    std::string_view events_json;
    std::string map_bin_name = "map.bin";
    std::string states_json_name = "states.json";
    std::string regions_json_name = "regions.json";
    std::string events_json_name = "events.json";
};

struct Atlas {
    MapGeometry map;
    PickGrid grid;
    States states;
    Regions regions;
    History history;
    std::vector<int> timeline_of_region;  // map region index -> Regions::regions index
};

// How much of the pick grid load_atlas builds: all of it, or only the cells around the states'
// capitals, which state_labels picks (the page's first frame needs no more; complete_pick_grid
// builds the rest after it, or at the first pick that needs it).
enum class PickGridAtLoad { whole, capitals };

// Every map region key has a regions.json entry and vice versa; holders and parties exist.
Result<Atlas> load_atlas(const AtlasFiles& files, PickGridAtLoad grid = PickGridAtLoad::whole);

// Builds the whole pick grid if load_atlas built only the capitals' cells; does nothing otherwise.
void complete_pick_grid(Atlas& atlas);

// Holder state index of every map region on the date.
std::vector<int> holders_on(const Atlas& atlas, Date date);

struct Who {
    int region = -1;  // map region index, -1 for sea
    int state = -1;   // holder state index, -1 for sea
    std::string_view note;
};
// Coastal snap used by atlas-query and the city checks: sea within this distance of land is that land.
inline constexpr double kCoastSnapKm = 10.0;

// snap_km = 0: exact (sea is sea); > 0: a sea point that close to a region picks the nearest region.
// Needs the whole pick grid (complete_pick_grid).
Who who(const Atlas& atlas, Date date, double lon, double lat, double snap_km = 0.0);

}  // namespace atlas
