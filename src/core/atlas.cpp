// Atlas: load order (states, regions, events, map) and the map/regions.json key cross-check.
#include "core/atlas.hpp"

#include <unordered_map>

#include "core/assert.hpp"

namespace atlas {

namespace {

// Every capital of every state, on any date, on the map.
std::vector<MapPoint> capital_points(const States& states) {
    std::vector<MapPoint> points;
    for (const State& state : states.states)
        for (const DatedCapital& capital : state.capitals) points.push_back(project({capital.lon, capital.lat}));
    return points;
}

}  // namespace

Result<Atlas> load_atlas(const AtlasFiles& files, PickGridAtLoad grid) {
    try {
        Atlas atlas;
        auto states = load_states(files.states_json, files.states_json_name);
        if (!states.ok()) return Result<Atlas>::failure(states.error);
        atlas.states = std::move(*states.value);
        auto regions = load_regions(files.regions_json, files.regions_json_name, atlas.states);
        if (!regions.ok()) return Result<Atlas>::failure(regions.error);
        atlas.regions = std::move(*regions.value);
        auto history = load_history(files.events_json, files.events_json_name, atlas.states);
        if (!history.ok()) return Result<Atlas>::failure(history.error);
        atlas.history = std::move(*history.value);
        auto map = load_map(files.map_bin, files.map_bin_name);
        if (!map.ok()) return Result<Atlas>::failure(map.error);
        atlas.map = std::move(*map.value);

        std::unordered_map<std::string_view, int> timeline;
        for (std::size_t i = 0; i < atlas.regions.regions.size(); ++i) {
            timeline.emplace(atlas.regions.regions[i].key, static_cast<int>(i));
        }
        std::vector<bool> used(atlas.regions.regions.size(), false);
        for (const MapRegion& region : atlas.map.regions) {
            const auto it = timeline.find(region.key);
            if (it == timeline.end()) {
                return Result<Atlas>::failure(files.map_bin_name + ": region '" + region.key +
                                              "': field 'key': no entry in " + files.regions_json_name);
            }
            atlas.timeline_of_region.push_back(it->second);
            used[static_cast<std::size_t>(it->second)] = true;
        }
        for (std::size_t i = 0; i < used.size(); ++i) {
            if (!used[i]) {
                return Result<Atlas>::failure(files.regions_json_name + ": region '" + atlas.regions.regions[i].key +
                                              "': field 'key': no region with this key in " + files.map_bin_name);
            }
        }
        atlas.grid = grid == PickGridAtLoad::whole
                         ? build_pick_grid(atlas.map)
                         : build_pick_grid_near(atlas.map, capital_points(atlas.states), kCoastSnapKm);
        return Result<Atlas>::success(std::move(atlas));
    } catch (const std::exception& e) {
        return Result<Atlas>::failure(std::string("loading the atlas: ") + e.what());
    }
}

void complete_pick_grid(Atlas& atlas) {
    if (!atlas.grid.whole) atlas.grid = build_pick_grid(atlas.map);
}

std::vector<int> holders_on(const Atlas& atlas, Date date) {
    std::vector<int> holders(atlas.map.regions.size(), -1);
    for (std::size_t i = 0; i < holders.size(); ++i) {
        holders[i] =
            holder_on(atlas.regions.regions[static_cast<std::size_t>(atlas.timeline_of_region[i])], date).holder;
    }
    return holders;
}

Who who(const Atlas& atlas, Date date, double lon, double lat, double snap_km) {
    ATLAS_ASSERT(atlas.grid.whole);
    const int region = pick_region_near(atlas.grid, atlas.map, project(LonLat{lon, lat}), snap_km);
    if (region < 0) return {};
    const HolderOn held = holder_on(
        atlas.regions.regions[static_cast<std::size_t>(atlas.timeline_of_region[static_cast<std::size_t>(region)])],
        date);
    return Who{region, held.holder, held.note};
}

}  // namespace atlas
