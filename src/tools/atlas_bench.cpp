// atlas-bench: the core's own costs (loading, per-date map state, hit tests, labels, tours),
// natively and as WebAssembly under node. Each operation runs in batches sized to take a few
// milliseconds; the figure is the median over the batches of the time per operation.
// Output: one JSON object per line {"op", "median_ms", "min_ms", "max_ms", "per_batch", "batches"}.
// Usage: atlas-bench [--assets DIR] [--quick] [--first-calls]
// --first-calls: the page's start-up steps (app_load's order), each run once and timed, one JSON
// line; under `node --liftoff-only build/web/atlas-bench.js --first-calls` that is the code the page
// runs at start-up (WebAssembly's baseline compiler: a function's long loop never tiers up there).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/asset_files.hpp"
#include "core/atlas.hpp"
#include "core/code_points.hpp"
#include "core/map_asset.hpp"
#include "core/overlays.hpp"
#include "core/palette.hpp"
#include "core/pick.hpp"
#include "core/tour.hpp"

namespace {

using Clock = std::chrono::steady_clock;

volatile std::uint64_t g_sink = 0;  // results flow here so the optimiser keeps the work
void sink(std::uint64_t v) { g_sink = g_sink + v; }

struct Options {
    int batches = 31;
    double min_batch_ms = 5.0;
};

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// fn(i) performs the i-th operation (i counts up across all batches, to vary inputs).
void bench(const std::string& op, const Options& opt, const std::function<void(std::uint64_t)>& fn) {
    std::uint64_t counter = 0;
    // Warm up and size the batch so that one batch takes at least min_batch_ms.
    std::uint64_t per_batch = 1;
    for (;;) {
        double t = 1e300;  // the best of three, so one hiccup does not end the sizing early
        for (int rep = 0; rep < 3; ++rep) {
            const auto t0 = Clock::now();
            for (std::uint64_t k = 0; k < per_batch; ++k) fn(counter++);
            t = std::min(t, ms_since(t0));
            if (t >= 4 * opt.min_batch_ms) break;  // slow operations: no need to repeat
        }
        if (t >= opt.min_batch_ms || per_batch >= (1u << 24)) break;
        per_batch = t <= 0
                        ? per_batch * 16
                        : std::max<std::uint64_t>(per_batch * 2, std::uint64_t(per_batch * opt.min_batch_ms / t * 1.2));
    }
    std::vector<double> per_op;
    for (int b = 0; b < opt.batches; ++b) {
        const auto t0 = Clock::now();
        for (std::uint64_t k = 0; k < per_batch; ++k) fn(counter++);
        per_op.push_back(ms_since(t0) / double(per_batch));
    }
    std::sort(per_op.begin(), per_op.end());
    const double median = per_op[per_op.size() / 2];
    std::printf(
        "{\"op\":\"%s\",\"median_ms\":%.6g,\"min_ms\":%.6g,\"max_ms\":%.6g,\"per_batch\":%llu,\"batches\":%d}\n",
        op.c_str(), median, per_op.front(), per_op.back(), static_cast<unsigned long long>(per_batch), opt.batches);
    std::fflush(stdout);
}

// A small deterministic generator for the test points (no <random> state differences between platforms).
std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
double unit(std::uint64_t seed) { return double(mix(seed) >> 11) / double(1ull << 53); }

// What app_load and the first frame do with the data, in their order, each step once (its first
// call, as at start-up): ms per step as one JSON line.
int first_calls(const std::string& assets) {
    std::string out = "{";
    auto t0 = Clock::now();
    const auto step = [&](const char* name) {
        char text[64];
        std::snprintf(text, sizeof text, "%s\"%s\":%.3f", out.size() > 1 ? "," : "", name, ms_since(t0));
        out += text;
        t0 = Clock::now();
    };
    std::set<char32_t> characters;
    auto bytes = atlas::read_asset_dir(assets);
    auto tour_text = atlas::read_text_file(assets + "/tour.json");
    if (!bytes.ok() || !tour_text.ok()) {
        std::fprintf(stderr, "atlas-bench: %s\n", bytes.ok() ? tour_text.error.c_str() : bytes.error.c_str());
        return 1;
    }
    step("read");
    for (const std::string* text :
         {&bytes.value->states_json, &bytes.value->regions_json, &bytes.value->events_json, &*tour_text.value})
        atlas::add_code_points(*text, characters);
    step("code_points");
    const atlas::AtlasFiles files = atlas::atlas_files(*bytes.value);
    auto states = atlas::load_states(files.states_json, "states.json");
    step("states");
    auto regions = atlas::load_regions(files.regions_json, "regions.json", *states.value);
    step("regions");
    auto history = atlas::load_history(files.events_json, "events.json", *states.value);
    step("events");
    auto map = atlas::load_map(files.map_bin, "map.bin");
    step("map");
    std::vector<atlas::MapPoint> capitals;  // what load_atlas's PickGridAtLoad::capitals builds the grid near
    for (const atlas::State& state : states.value->states)
        for (const atlas::DatedCapital& capital : state.capitals)
            capitals.push_back(atlas::project({capital.lon, capital.lat}));
    sink(atlas::build_pick_grid_near(*map.value, capitals, atlas::kCoastSnapKm).cell_triangles.size());
    step("pick_grid_capitals");
    const atlas::PickGrid grid = atlas::build_pick_grid(*map.value);
    step("pick_grid");
    auto tours = atlas::load_tours(*tour_text.value, "tour.json", *states.value, *history.value);
    step("tour");
    auto loaded = atlas::load_atlas(files);  // all of it again, now that every function has run once
    step("load_atlas_again");
    const auto holders = atlas::holders_on(*loaded.value, atlas::kAtlasStart);
    sink(atlas::state_labels(*loaded.value, holders, atlas::kAtlasStart).size());
    step("labels");
    sink(characters.size() + grid.cell_triangles.size() + (tours.ok() ? tours.value->tours.size() : 0) +
         (regions.ok() ? 1 : 0));
    std::printf("%s}\n", out.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string assets = ATLAS_ASSETS_DIR;
    Options opt;
    bool only_first_calls = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--assets") && i + 1 < argc) {
            assets = argv[++i];
        } else if (!std::strcmp(argv[i], "--first-calls")) {
            only_first_calls = true;
        } else if (!std::strcmp(argv[i], "--quick")) {
            opt.batches = 9;
            opt.min_batch_ms = 2.0;
        } else {
            std::fprintf(stderr, "usage: atlas-bench [--assets DIR] [--quick] [--first-calls]\n");
            return 2;
        }
    }

    if (only_first_calls) return first_calls(assets);
    auto bytes = atlas::read_asset_dir(assets);
    if (!bytes.ok()) {
        std::fprintf(stderr, "atlas-bench: %s\n", bytes.error.c_str());
        return 1;
    }
    auto tour_text = atlas::read_text_file(assets + "/tour.json");
    if (!tour_text.ok()) {
        std::fprintf(stderr, "atlas-bench: %s\n", tour_text.error.c_str());
        return 1;
    }
    const atlas::AtlasFiles files = atlas::atlas_files(*bytes.value);
    auto loaded = atlas::load_atlas(files);
    if (!loaded.ok()) {
        std::fprintf(stderr, "atlas-bench: %s\n", loaded.error.c_str());
        return 1;
    }
    const atlas::Atlas& a = *loaded.value;

    // Dates spread over the decade (one per month) and map points over the frame.
    std::vector<atlas::Date> dates;
    for (int m = 0; m < 11 * 12; ++m) dates.push_back(atlas::add_months(atlas::kAtlasStart, m));
    auto date_of = [&](std::uint64_t i) { return dates[i % dates.size()]; };
    const atlas::MapBox box = a.map.bbox;
    auto point_of = [&](std::uint64_t i) {
        return atlas::MapPoint{box.min_x + unit(2 * i) * (box.max_x - box.min_x),
                               box.min_y + unit(2 * i + 1) * (box.max_y - box.min_y)};
    };
    std::vector<std::vector<int>> holders_by_date;
    for (const atlas::Date d : dates) holders_by_date.push_back(atlas::holders_on(a, d));

    bench("load_atlas_from_disk", opt, [&](std::uint64_t) {
        auto r = atlas::load_atlas_dir(assets);
        sink(r.ok() ? r.value->map.indices.size() : 0);
    });
    bench("load_atlas_from_memory", opt, [&](std::uint64_t) {
        auto r = atlas::load_atlas(files);
        sink(r.ok() ? r.value->map.indices.size() : 0);
    });
    bench("load_map_from_memory", opt, [&](std::uint64_t) {
        auto r = atlas::load_map(files.map_bin, "map.bin");
        sink(r.ok() ? r.value->indices.size() : 0);
    });
    // The JSON files one by one (their parsing and validation, without the map).
    bench("load_states", opt, [&](std::uint64_t) {
        auto r = atlas::load_states(files.states_json, "states.json");
        sink(r.ok() ? r.value->states.size() : 0);
    });
    bench("load_regions", opt, [&](std::uint64_t) {
        auto r = atlas::load_regions(files.regions_json, "regions.json", a.states);
        sink(r.ok() ? r.value->regions.size() : 0);
    });
    bench("load_history", opt, [&](std::uint64_t) {
        auto r = atlas::load_history(files.events_json, "events.json", a.states);
        sink(r.ok() ? r.value->events.size() : 0);
    });
    bench("load_tours", opt, [&](std::uint64_t) {
        auto r = atlas::load_tours(*tour_text.value, "tour.json", a.states, a.history);
        sink(r.ok() ? r.value->tours.size() : 0);
    });
    bench("holders_on", opt, [&](std::uint64_t i) { sink(atlas::holders_on(a, date_of(i)).size()); });
    bench("map_state_for_date_political", opt, [&](std::uint64_t i) {
        const auto holders = atlas::holders_on(a, date_of(i));
        sink(atlas::region_fills(a, holders, date_of(i), atlas::Layer::political).size());
    });
    bench("map_state_for_date_relations", opt, [&](std::uint64_t i) {
        const auto holders = atlas::holders_on(a, date_of(i));
        sink(atlas::region_fills(a, holders, date_of(i), atlas::Layer::relations).size());
    });
    bench("pick_region", opt,
          [&](std::uint64_t i) { sink(std::uint64_t(atlas::pick_region(a.grid, a.map, point_of(i)) + 1)); });
    bench("who_exact", opt, [&](std::uint64_t i) {
        const atlas::LonLat ll = atlas::unproject(point_of(i));
        sink(std::uint64_t(atlas::who(a, date_of(i), ll.lon, ll.lat).state + 1));
    });
    bench("who_coast_snap", opt, [&](std::uint64_t i) {
        const atlas::LonLat ll = atlas::unproject(point_of(i));
        sink(std::uint64_t(atlas::who(a, date_of(i), ll.lon, ll.lat, atlas::kCoastSnapKm).state + 1));
    });
    bench("state_labels", opt,
          [&](std::uint64_t i) { sink(atlas::state_labels(a, holders_by_date[i % dates.size()], date_of(i)).size()); });
    return 0;
}
