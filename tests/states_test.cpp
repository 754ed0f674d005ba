// States tests: states.json and regions.json loading, every validation rule, dated look-ups.
#include <doctest/doctest.h>

#include <string>

#include "core/states.hpp"
#include "fixtures/json_fixtures.hpp"

using namespace atlas;
using fixtures::fixture_states;
using fixtures::mutated;
using nlohmann::json;

namespace {

Date d(const char* text) { return *parse_date(text); }

std::string states_error(const std::string& text) {
    const auto result = load_states(text, "states.json");
    REQUIRE_FALSE(result.ok());
    return result.error;
}

std::string regions_error(const std::string& text) {
    const auto result = load_regions(text, "regions.json", fixture_states());
    REQUIRE_FALSE(result.ok());
    return result.error;
}

std::string with_state(const std::function<void(json&)>& change) {
    return mutated(fixtures::kStatesJson, [&](json& doc) { change(doc["states"][0]); });
}
std::string with_region(const std::function<void(json&)>& change) {
    return mutated(fixtures::kRegionsJson, [&](json& doc) { change(doc["regions"][0]); });
}

}  // namespace

TEST_CASE("the fixture states load with dated names, capitals, colours and on_map") {
    const States states = fixture_states();
    REQUIRE(states.states.size() == 4);
    const State& ussr = states.states[0];
    CHECK(ussr.id == "ussr");
    CHECK(ussr.color == Rgb{0xb2, 0x22, 0x22});
    CHECK(ussr.on_map);
    CHECK_FALSE(states.states[3].on_map);
    CHECK(states.states[1].on_map);  // on_map defaults to true
    CHECK(states.states[3].capitals.empty());
}

TEST_CASE("names and capitals are the ones in force on the date") {
    const States states = fixture_states();
    const State& ussr = states.states[0];
    CHECK(name_on(ussr, d("1922-12-29")) == "Soviet Russia (RSFSR)");
    CHECK(name_on(ussr, d("1922-12-30")) == "Soviet Union (USSR)");
    CHECK(name_on(ussr, d("1910")) == "Soviet Russia (RSFSR)");  // before the first: the first
    CHECK(capital_on(ussr, d("1918-03-11"))->city == "Petrograd");
    CHECK(capital_on(ussr, d("1918-03-12"))->city == "Moscow");
    CHECK(capital_on(ussr, d("1917-01-01")) == nullptr);
    CHECK(capital_on(states.states[3], d("1925")) == nullptr);
}

TEST_CASE("states are found by id or by any name, ignoring case and blanks") {
    const States states = fixture_states();
    CHECK(state_index(states, "poland") == 1);
    CHECK(state_index(states, "Poland") == -1);
    CHECK(find_state(states, "POLAND") == 1);
    CHECK(find_state(states, "  germany ") == 2);
    CHECK(find_state(states, "soviet union (ussr)") == 0);
    CHECK(find_state(states, "Soviet Russia (RSFSR)") == 0);
    CHECK(find_state(states, "United States") == 3);
    CHECK(find_state(states, "Prussia") == -1);
    CHECK(find_state(states, "") == -1);
}

TEST_CASE("names are folded for matching: case, Latin accents, dots and apostrophes, other signs as one blank") {
    CHECK(fold_name("  United   Kingdom ") == "united kingdom");
    CHECK(fold_name("Türkiye") == "turkiye");
    CHECK(fold_name("GDAŃSK") == "gdansk");
    CHECK(fold_name("Klaipėda") == "klaipeda");
    CHECK(fold_name("Éire") == "eire");
    CHECK(fold_name("Straße") == "strasse");
    CHECK(fold_name("U.S.S.R.") == "ussr");
    CHECK(fold_name("People's Republic") == "peoples republic");
    CHECK(fold_name("People\u2019s Republic") == "peoples republic");
    CHECK(fold_name("Soviet Union (USSR)") == "soviet union ussr");
    CHECK(fold_name("north_russia") == "north russia");
    CHECK(fold_name("Czecho-Slovakia") == "czecho slovakia");
    CHECK(fold_name("Россия") == "Россия");  // other scripts are kept as written
    CHECK(fold_name("\xC3") == "a");         // a cut UTF-8 sequence reads as Latin-1 ("Ã"), never past the end
    CHECK(fold_name("x\xE2\x80").substr(0, 2) == "xa");  // so is a cut 3-byte sequence, byte by byte
    CHECK(fold_name("-- () --") == "");
}

TEST_CASE("states are found by their aliases, and an unknown name gets the nearest ones") {
    const std::string text = fixtures::mutated(fixtures::kStatesJson, [](json& doc) {
        doc["aliases"] = {{"ussr", {"Soviet Union", "Russia"}},
                          {"germany", {"Weimar Republic", "Deutsches Reich"}},
                          {"poland", {"Polska"}}};
    });
    const auto loaded = load_states(text, "states.json");
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    const States& states = *loaded.value;
    CHECK(states.states[0].aliases == std::vector<std::string>{"Soviet Union", "Russia"});
    CHECK(states.states[3].aliases.empty());
    CHECK(find_state(states, "russia") == 0);
    CHECK(find_state(states, "SOVIET UNION") == 0);
    CHECK(find_state(states, "weimar-republic") == 2);
    CHECK(find_state(states, "Deutsches  Reich.") == 2);
    CHECK(find_state(states, "Prussia") == -1);
    // The nearest: a name containing the text first, then by edit distance.
    CHECK(nearest_states(states, "Prusia", 1) == std::vector<int>{0});   // "russia" is one edit away
    CHECK(nearest_states(states, "weimar", 1) == std::vector<int>{2});   // contained in an alias
    CHECK(nearest_states(states, "Polsk", 2) == std::vector<int>{1});    // in "Polska"; nothing else is near
    CHECK(nearest_states(states, "Gremany", 2) == std::vector<int>{2});  // two edits from "germany"
    CHECK(nearest_states(states, "Prussia", 3) == std::vector<int>{0});  // "russia"; "us" inside it does not count
    CHECK(nearest_states(states, "United Stats", 1) == std::vector<int>{3});
    CHECK(nearest_states(states, "xyz", 9).size() == 1);                // nothing near: only the closest
    CHECK(nearest_states(states, "Soviet", 9) == std::vector<int>{0});  // contained in one state's names only
    CHECK(nearest_states(states, " ", 3).empty());
}

TEST_CASE("each rule of the aliases has a message naming the field") {
    const auto with_aliases = [](const json& aliases) {
        return fixtures::mutated(fixtures::kStatesJson, [&](json& doc) { doc["aliases"] = aliases; });
    };
    CHECK(states_error(with_aliases(json::array())) == "states.json: field 'aliases': is not an object");
    CHECK(states_error(with_aliases({{"prussia", {"Preussen"}}})) ==
          "states.json: field 'aliases.prussia': 'prussia' is not a state id of this file");
    CHECK(states_error(with_aliases({{"ussr", "Russia"}})) == "states.json: field 'aliases.ussr': is not an array");
    CHECK(states_error(with_aliases({{"ussr", {"Russia", 7}}})) ==
          "states.json: field 'aliases.ussr[1]': 7 is not a string");
    CHECK(states_error(with_aliases({{"ussr", {"(...)"}}})) ==
          "states.json: field 'aliases.ussr[0]': '(...)' has no letters or digits");
    // An alias answering for two states: another's id, name or alias, folded.
    CHECK(states_error(with_aliases({{"ussr", {"GERMANY"}}})) ==
          "states.json: field 'aliases.ussr[0]': 'GERMANY' already names state 'germany'");
    CHECK(states_error(with_aliases({{"ussr", {"united states"}}})) ==
          "states.json: field 'aliases.ussr[0]': 'united states' already names state 'usa'");
    CHECK(states_error(with_aliases({{"germany", {"Reich"}}, {"poland", {"Reich"}}})) ==
          "states.json: field 'aliases.poland[0]': 'Reich' already names state 'germany'");
    // Its own id or name again is harmless.
    CHECK(load_states(with_aliases({{"ussr", {"USSR", "Soviet Union (USSR)"}}}), "states.json").ok());
}

TEST_CASE("colours are exactly #rrggbb in either case") {
    CHECK(parse_color("#00ff7F") == Rgb{0, 255, 127});
    CHECK_FALSE(parse_color("00ff7f"));
    CHECK_FALSE(parse_color("#00ff7"));
    CHECK_FALSE(parse_color("#00ff7g"));
    CHECK_FALSE(parse_color("#00ff7f0"));
}

TEST_CASE("malformed states.json is reported with the parse position") {
    const std::string message = states_error("{\"states\": [\n  {\"id\": \"x\",,}\n]}");
    CHECK(message.find("states.json: invalid JSON: parse error at line 2, column") == 0);
    CHECK(states_error("").find("states.json: invalid JSON") == 0);
    CHECK(states_error("[1, 2]") == "states.json: top level is not an object");
    CHECK(states_error("{}") == "states.json: field 'states': missing");
    CHECK(states_error("{\"states\": 5}") == "states.json: field 'states': is not an array");
    CHECK(states_error("{\"states\": [7]}") == "states.json: state #0: is not an object");
}

TEST_CASE("deeply nested JSON is refused before a message dumps it (found by states_fuzz: stack overflow)") {
    const std::size_t depth = 100000;
    const std::string deep = "{\"states\": [{\"id\": " + std::string(depth, '[') + std::string(depth, ']') + "}]}";
    CHECK(states_error(deep) == "states.json: invalid JSON: nested deeper than 64 levels (byte 80)");
    const std::string ok = "{\"states\": [" + std::string(62, '[') + std::string(62, ']') + "]}";
    CHECK(states_error(ok) == "states.json: state #0: is not an object");
    // Brackets inside strings do not count.
    CHECK(states_error("{\"states\": [\"" + std::string(100, '[') + "\\\"\"]}") ==
          "states.json: state #0: is not an object");
}

TEST_CASE("each rule of states.json has a message naming the entry and the field") {
    CHECK(states_error(with_state([](json& s) { s.erase("id"); })) == "states.json: state #0: field 'id': missing");
    CHECK(states_error(with_state([](json& s) { s["id"] = 12; })) ==
          "states.json: state #0: field 'id': 12 is not a string");
    CHECK(states_error(with_state([](json& s) { s["id"] = " "; })) == "states.json: state ' ': field 'id': is empty");
    CHECK(states_error(with_state([](json& s) { s["id"] = "Soviet-Russia"; })) ==
          "states.json: state 'Soviet-Russia': field 'id': 'Soviet-Russia' is not an id: lowercase letters, digits and "
          "'_', starting with a letter");
    CHECK(states_error(with_state([](json& s) { s["id"] = "poland"; })) ==
          "states.json: state #1: field 'id': duplicate id 'poland'");
    CHECK(states_error(with_state([](json& s) { s.erase("names"); })) ==
          "states.json: state 'ussr': field 'names': missing");
    CHECK(states_error(with_state([](json& s) { s["names"] = json::array(); })) ==
          "states.json: state 'ussr': field 'names': is empty");
    CHECK(states_error(with_state([](json& s) { s["names"][1]["from"] = "1922-02-30"; })) ==
          "states.json: state 'ussr': field 'names[1].from': '1922-02-30' is not a valid date");
    CHECK(states_error(with_state([](json& s) { s["names"][1].erase("name"); })) ==
          "states.json: state 'ussr': field 'names[1].name': missing");
    CHECK(states_error(with_state([](json& s) { s["names"][1]["from"] = "1917-11-07"; })) ==
          "states.json: state 'ussr': field 'names[1].from': '1917-11-07' is not after the previous entry's "
          "'1917-11-07'");
    CHECK(states_error(with_state([](json& s) { s["names"][0] = "RSFSR"; })) ==
          "states.json: state 'ussr': field 'names[0]': is not an object");
    CHECK(states_error(with_state([](json& s) { s["capital"] = "Moscow"; })) ==
          "states.json: state 'ussr': field 'capital': is not an array");
    CHECK(states_error(with_state([](json& s) { s["capital"][1]["lon"] = 237.6; })) ==
          "states.json: state 'ussr': field 'capital[1].lon': 237.6 is outside -180.0..180.0");
    CHECK(states_error(with_state([](json& s) { s["capital"][0]["lat"] = "55"; })) ==
          "states.json: state 'ussr': field 'capital[0].lat': '55' is not a number");
    CHECK(states_error(with_state([](json& s) { s["capital"][1].erase("city"); })) ==
          "states.json: state 'ussr': field 'capital[1].city': missing");
    CHECK(states_error(with_state([](json& s) { s["capital"][1]["from"] = "1917"; })) ==
          "states.json: state 'ussr': field 'capital[1].from': '1917' is not after the previous entry's '1917-11-07'");
    CHECK(states_error(with_state([](json& s) { s.erase("color"); })) ==
          "states.json: state 'ussr': field 'color': missing");
    CHECK(states_error(with_state([](json& s) { s["color"] = "#zz2222"; })) ==
          "states.json: state 'ussr': field 'color': '#zz2222' is not a colour '#rrggbb'");
    CHECK(states_error(with_state([](json& s) { s["on_map"] = "yes"; })) ==
          "states.json: state 'ussr': field 'on_map': 'yes' is not true or false");
}

TEST_CASE("region timelines give the holder and note in force on each date") {
    const States states = fixture_states();
    const auto result = load_regions(fixtures::kRegionsJson, "regions.json", states);
    REQUIRE_MESSAGE(result.ok(), result.error);
    const Regions& regions = *result.value;
    const RegionTimeline& west = regions.regions[static_cast<std::size_t>(region_index(regions, "west"))];
    CHECK(holder_on(west, d("1920-07-31")).holder == 1);
    CHECK(holder_on(west, d("1920-08-01")).holder == 0);
    CHECK(holder_on(west, d("1920-08-01")).note == "occupied");
    CHECK(format_date(holder_on(west, d("1920-08-20")).since) == "1920-08-01");
    CHECK(holder_on(west, d("1920-09-01")).holder == 1);
    CHECK(holder_on(west, d("1920-09-01")).note.empty());
    CHECK(holder_on(west, d("1900")).holder == 1);  // before the first: the first
    CHECK(region_index(regions, "atlantis") == -1);
    CHECK(regions.regions[3].source.empty());
}

TEST_CASE("each rule of regions.json has a message naming the entry and the field") {
    CHECK(regions_error("{\"regions\": {}}") == "regions.json: field 'regions': is not an array");
    CHECK(regions_error(with_region([](json& r) { r.erase("key"); })) ==
          "regions.json: region #0: field 'key': missing");
    CHECK(regions_error(with_region([](json& r) { r["key"] = "east"; })) ==
          "regions.json: region #1: field 'key': duplicate key 'east'");
    CHECK(regions_error(with_region([](json& r) { r.erase("holders"); })) ==
          "regions.json: region 'west': field 'holders': missing");
    CHECK(regions_error(with_region([](json& r) { r["holders"] = json::array(); })) ==
          "regions.json: region 'west': field 'holders': is empty");
    CHECK(regions_error(with_region([](json& r) { r["holders"][1]["holder"] = "prussia"; })) ==
          "regions.json: region 'west': field 'holders[1].holder': 'prussia' is not a state id of states.json");
    CHECK(regions_error(with_region([](json& r) { r["holders"][0]["from"] = "1919-01-02"; })) ==
          "regions.json: region 'west': field 'holders[0].from': '1919-01-02' is after 1919-01-01: the first holder "
          "must cover the start");
    CHECK(regions_error(with_region([](json& r) { r["holders"][2]["from"] = "1920-07"; })) ==
          "regions.json: region 'west': field 'holders[2].from': '1920-07' is not after the previous entry's "
          "'1920-08-01'");
    CHECK(regions_error(with_region([](json& r) { r["holders"][2]["from"] = "1920-08-01"; })) ==
          "regions.json: region 'west': field 'holders[2].from': '1920-08-01' is not after the previous entry's "
          "'1920-08-01'");
    CHECK(regions_error(with_region([](json& r) { r["holders"][1]["from"] = "20-08-01"; })) ==
          "regions.json: region 'west': field 'holders[1].from': '20-08-01' is not a valid date");
    CHECK(regions_error(with_region([](json& r) { r["holders"][1]["note"] = 3; })) ==
          "regions.json: region 'west': field 'holders[1].note': 3 is not a string");
    CHECK(regions_error(with_region([](json& r) { r["name"] = json::array(); })) ==
          "regions.json: region 'west': field 'name': [] is not a string");
}

TEST_CASE("every strict prefix of the JSON fixtures fails cleanly") {
    const States states = fixture_states();
    for (const std::string& text : {std::string(fixtures::kStatesJson), std::string(fixtures::kRegionsJson)}) {
        for (std::size_t length = 0; length < text.size(); ++length) {
            const std::string prefix = text.substr(0, length);
            const bool ok = text == fixtures::kStatesJson ? load_states(prefix, "states.json").ok()
                                                          : load_regions(prefix, "regions.json", states).ok();
            REQUIRE_MESSAGE(!ok, "prefix of length " << length << " loaded");
        }
    }
}

TEST_CASE("states.json with any single corrupted byte fails with a message or loads") {
    const std::string base = fixtures::kStatesJson;
    for (std::size_t i = 0; i < base.size(); ++i) {
        for (char c : {'\0', '"', '}', '9', '\xff', '-'}) {
            std::string text = base;
            text[i] = c;
            const auto result = load_states(text, "states.json");
            if (!result.ok()) REQUIRE(result.error.rfind("states.json: ", 0) == 0);
        }
    }
}
