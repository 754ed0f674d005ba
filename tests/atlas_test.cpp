// Atlas tests: cross-checks between the four files and per-date queries, on fixtures built in memory.
#include <doctest/doctest.h>

#include <string>

#include "core/atlas.hpp"
#include "fixtures/json_fixtures.hpp"
#include "fixtures/map_builder.hpp"

using namespace atlas;
using nlohmann::json;

namespace {

Date d(const char* text) { return *parse_date(text); }

constexpr float kHalf = 3000.0f;  // fixture frame: [-3000, 3000] km on both axes

double to_map(std::uint16_t q) { return -kHalf + q * (2.0 * kHalf / 65535.0); }

// The small map's shapes scaled up (q * 100) into a 6000 km frame around the projection origin.
fixtures::MapSpec atlas_map_spec() {
    fixtures::MapSpec spec;
    spec.bbox = MapBox{-kHalf, -kHalf, kHalf, kHalf};
    spec.regions = {
        fixtures::square("west", 10000, 10000, 20000, 20000), fixtures::square("east", 20000, 10000, 30000, 20000),
        fixtures::frame("ring", 32000, 62000, 42000, 52000), fixtures::square("enclave", 44000, 44000, 50000, 50000)};
    for (auto& region : spec.regions) {
        region.label_x = static_cast<float>(to_map(static_cast<std::uint16_t>(region.label_x)));
        region.label_y = static_cast<float>(to_map(static_cast<std::uint16_t>(region.label_y)));
    }
    return spec;
}

struct Fixture {
    std::vector<std::uint8_t> map = fixtures::build_map_bin(atlas_map_spec());
    std::string states = fixtures::kStatesJson;
    std::string regions = fixtures::kRegionsJson;
    std::string events = fixtures::kEventsJson;

    AtlasFiles files() const {
        AtlasFiles f;
        f.map_bin = map;
        f.states_json = states;
        f.regions_json = regions;
        f.events_json = events;
        return f;
    }
};

Atlas load_fixture(const Fixture& fixture) {
    auto result = load_atlas(fixture.files());
    REQUIRE_MESSAGE(result.ok(), result.error);
    return std::move(*result.value);
}

std::string atlas_error(const Fixture& fixture) {
    const auto result = load_atlas(fixture.files());
    REQUIRE_FALSE(result.ok());
    return result.error;
}

LonLat geo_of(std::uint16_t qx, std::uint16_t qy) { return unproject(MapPoint{to_map(qx), to_map(qy)}); }

std::string holder_id(const Atlas& atlas, int state) {
    return state < 0 ? "sea" : atlas.states.states[static_cast<std::size_t>(state)].id;
}

}  // namespace

TEST_CASE("the four fixture files load into one atlas with map regions tied to their timelines") {
    const Atlas atlas = load_fixture(Fixture{});
    REQUIRE(atlas.map.regions.size() == 4);
    REQUIRE(atlas.timeline_of_region.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(atlas.regions.regions[static_cast<std::size_t>(atlas.timeline_of_region[i])].key ==
              atlas.map.regions[i].key);
    }
    CHECK(atlas.grid.cols > 0);
    CHECK(atlas.history.events.size() == 4);
}

TEST_CASE("holders on a date give every map region's holder state") {
    const Atlas atlas = load_fixture(Fixture{});
    const auto on = [&](const char* date) {
        std::vector<std::string> out;
        for (int holder : holders_on(atlas, d(date))) out.push_back(holder_id(atlas, holder));
        return out;
    };
    CHECK(on("1919-01-01") == std::vector<std::string>{"poland", "ussr", "germany", "germany"});
    CHECK(on("1920-08-15") == std::vector<std::string>{"ussr", "ussr", "germany", "germany"});
    CHECK(on("1929-12-31") == std::vector<std::string>{"poland", "ussr", "germany", "poland"});
}

TEST_CASE("who answers with the region and holder under a longitude and latitude, or the sea") {
    const Atlas atlas = load_fixture(Fixture{});
    const LonLat west = geo_of(15000, 15000);
    const Who occupied = who(atlas, d("1920-08-10"), west.lon, west.lat);
    CHECK(occupied.region == 0);
    CHECK(holder_id(atlas, occupied.state) == "ussr");
    CHECK(occupied.note == "occupied");
    CHECK(holder_id(atlas, who(atlas, d("1920-09-10"), west.lon, west.lat).state) == "poland");

    const LonLat enclave = geo_of(47000, 47000);
    CHECK(holder_id(atlas, who(atlas, d("1923-02-16"), enclave.lon, enclave.lat).state) == "germany");
    CHECK(holder_id(atlas, who(atlas, d("1923-02-17"), enclave.lon, enclave.lat).state) == "poland");

    const LonLat hole = geo_of(43000, 47000);
    const Who sea = who(atlas, d("1925"), hole.lon, hole.lat);
    CHECK(sea.region == -1);
    CHECK(sea.state == -1);
    CHECK(who(atlas, d("1925"), -120, -60).state == -1);  // far outside the frame
}

TEST_CASE("a map region without a regions.json entry is refused, and the reverse too") {
    Fixture missing_timeline;
    missing_timeline.regions = fixtures::mutated(fixtures::kRegionsJson, [](json& doc) { doc["regions"].erase(2); });
    CHECK(atlas_error(missing_timeline) == "map.bin: region 'ring': field 'key': no entry in regions.json");

    Fixture extra_timeline;
    extra_timeline.regions = fixtures::mutated(fixtures::kRegionsJson, [](json& doc) {
        doc["regions"].push_back({{"key", "atlantis"}, {"holders", {{{"from", "1919"}, {"holder", "poland"}}}}});
    });
    CHECK(atlas_error(extra_timeline) ==
          "regions.json: region 'atlantis': field 'key': no region with this key in map.bin");
}

TEST_CASE("errors of each file come through with that file's name") {
    Fixture bad_states;
    bad_states.states = "{";
    CHECK(atlas_error(bad_states).rfind("states.json: invalid JSON", 0) == 0);

    Fixture bad_holder;
    bad_holder.regions = fixtures::mutated(fixtures::kRegionsJson,
                                           [](json& doc) { doc["regions"][1]["holders"][0]["holder"] = "ussr2"; });
    CHECK(atlas_error(bad_holder) ==
          "regions.json: region 'east': field 'holders[0].holder': 'ussr2' is not a state id of states.json");

    Fixture bad_party;
    bad_party.events =
        fixtures::mutated(fixtures::kEventsJson, [](json& doc) { doc["events"][2]["parties"][0] = "comintern"; });
    CHECK(atlas_error(bad_party) ==
          "events.json: event 'riga_treaty': field 'parties[0]': 'comintern' is not a state id of states.json");

    Fixture bad_map;
    bad_map.map.resize(40);
    CHECK(atlas_error(bad_map) == "map.bin: truncated: header section needs 68 bytes at offset 0, file has 40");

    Fixture renamed;
    renamed.map.resize(40);
    AtlasFiles files = renamed.files();
    files.map_bin_name = "assets/map.bin";
    CHECK(load_atlas(files).error.rfind("assets/map.bin: truncated", 0) == 0);
}
