// States: loading and validating states.json and regions.json, and their dated look-ups.
#include "core/states.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/dated.hpp"
#include "core/json_fields.hpp"

namespace atlas {

namespace {

using nlohmann::json;
using namespace json_fields;

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return fold(x) == fold(y); });
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

void check_ascending(const Where& at, std::string_view list, std::size_t i, Date previous, Date current) {
    if (i > 0 && !(previous.days < current.days)) {
        at.fail(std::string(list) + "[" + std::to_string(i) + "].from",
                "'" + format_date(current) + "' is not after the previous entry's '" + format_date(previous) + "'");
    }
}

State read_state(const json& entry, std::size_t index, std::string_view file) {
    const Where at{file, entry_label("state", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    State state;
    state.id = require_id(at, entry);
    const json& names = require_array(at, entry, "names");
    if (names.empty()) at.fail("names", "is empty");
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Where in = at.inside("names[" + std::to_string(i) + "]");
        state.names.push_back(DatedName{require_date(in, names[i], "from"), require_string(in, names[i], "name")});
        if (i > 0) check_ascending(at, "names", i, state.names[i - 1].from, state.names[i].from);
    }
    if (const json* capitals = optional(at, entry, "capital")) {
        if (!capitals->is_array()) at.fail("capital", "is not an array");
        for (std::size_t i = 0; i < capitals->size(); ++i) {
            const Where in = at.inside("capital[" + std::to_string(i) + "]");
            const json& c = (*capitals)[i];
            state.capitals.push_back(DatedCapital{require_date(in, c, "from"), require_number(in, c, "lon", -180, 180),
                                                  require_number(in, c, "lat", -90, 90), require_string(in, c, "city")});
            if (i > 0) check_ascending(at, "capital", i, state.capitals[i - 1].from, state.capitals[i].from);
        }
    }
    const std::string color = require_string(at, entry, "color");
    const auto rgb = parse_color(color);
    if (!rgb) at.fail("color", "'" + color + "' is not a colour '#rrggbb'");
    state.color = *rgb;
    state.on_map = optional_bool(at, entry, "on_map", true);
    return state;
}

RegionTimeline read_region(const json& entry, std::size_t index, std::string_view file,
                           const std::unordered_map<std::string, int>& ids) {
    const Where at{file, entry_label("region", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    RegionTimeline region;
    region.key = require_string(at, entry, "key");
    region.name = optional_string(at, entry, "name");
    region.source = optional_string(at, entry, "source");
    const json& holders = require_array(at, entry, "holders");
    if (holders.empty()) at.fail("holders", "is empty");
    for (std::size_t i = 0; i < holders.size(); ++i) {
        const Where in = at.inside("holders[" + std::to_string(i) + "]");
        HolderSpan span;
        span.from = require_date(in, holders[i], "from");
        const std::string holder = require_string(in, holders[i], "holder");
        const auto it = ids.find(holder);
        if (it == ids.end()) in.fail("holder", "'" + holder + "' is not a state id of states.json");
        span.holder = it->second;
        span.note = optional_string(in, holders[i], "note");
        if (i == 0 && span.from.days > kAtlasStart.days) {
            in.fail("from", "'" + format_date(span.from) + "' is after 1919-01-01: the first holder must cover the start");
        }
        if (i > 0) check_ascending(at, "holders", i, region.holders.back().from, span.from);
        region.holders.push_back(std::move(span));
    }
    return region;
}

const json& top_array(const json& doc, const char* field, std::string_view file) {
    const Where at{file, {}, {}};
    if (!doc.is_object()) at.fail("top level is not an object");
    return require_array(at, doc, field);
}

}  // namespace

Result<States> load_states(std::string_view text, std::string_view file_name) {
    try {
        const json doc = parse(text, file_name);
        const json& list = top_array(doc, "states", file_name);
        States states;
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            State state = read_state(list[i], i, file_name);
            if (!seen.emplace(state.id, i).second) {
                Where{file_name, "state #" + std::to_string(i), {}}.fail("id", "duplicate id '" + state.id + "'");
            }
            states.states.push_back(std::move(state));
        }
        return Result<States>::success(std::move(states));
    } catch (const LoadError& e) {
        return Result<States>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<States>::failure(std::string(file_name) + ": " + e.what());
    }
}

Result<Regions> load_regions(std::string_view text, std::string_view file_name, const States& states) {
    try {
        const json doc = parse(text, file_name);
        const json& list = top_array(doc, "regions", file_name);
        std::unordered_map<std::string, int> ids;
        for (std::size_t i = 0; i < states.states.size(); ++i) ids.emplace(states.states[i].id, static_cast<int>(i));
        Regions regions;
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            RegionTimeline region = read_region(list[i], i, file_name, ids);
            if (!seen.emplace(region.key, i).second) {
                Where{file_name, "region #" + std::to_string(i), {}}.fail("key", "duplicate key '" + region.key + "'");
            }
            regions.regions.push_back(std::move(region));
        }
        return Result<Regions>::success(std::move(regions));
    } catch (const LoadError& e) {
        return Result<Regions>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<Regions>::failure(std::string(file_name) + ": " + e.what());
    }
}

int state_index(const States& states, std::string_view id) {
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        if (states.states[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

int find_state(const States& states, std::string_view text) {
    const std::string_view wanted = trim(text);
    if (wanted.empty()) return -1;
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        if (equal_folded(states.states[i].id, wanted)) return static_cast<int>(i);
    }
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        for (const DatedName& name : states.states[i].names) {
            if (equal_folded(name.name, wanted)) return static_cast<int>(i);
        }
    }
    return -1;
}

std::string_view name_on(const State& state, Date date) {
    if (state.names.empty()) return state.id;
    const DatedName* name = in_force(state.names, date);
    return name ? name->name : state.names.front().name;
}

const DatedCapital* capital_on(const State& state, Date date) { return in_force(state.capitals, date); }

int region_index(const Regions& regions, std::string_view key) {
    for (std::size_t i = 0; i < regions.regions.size(); ++i) {
        if (regions.regions[i].key == key) return static_cast<int>(i);
    }
    return -1;
}

HolderOn holder_on(const RegionTimeline& region, Date date) {
    if (region.holders.empty()) return {};
    const HolderSpan* span = in_force(region.holders, date);
    if (!span) span = &region.holders.front();  // (the loader makes the first cover the atlas's start)
    return HolderOn{span->holder, span->note, span->from};
}

std::optional<Rgb> parse_color(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    std::uint8_t channels[3] = {};
    for (int c = 0; c < 3; ++c) {
        int value = 0;
        for (int k = 0; k < 2; ++k) {
            const char ch = fold(text[1 + 2 * c + k]);
            const int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + digit;
        }
        channels[c] = static_cast<std::uint8_t>(value);
    }
    return Rgb{channels[0], channels[1], channels[2]};
}

}  // namespace atlas
