// atlas-query: command-line questions to the atlas core (who held a point, standings, events).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/asset_files.hpp"

namespace {

constexpr const char* kUsage =
    "usage: atlas-query [--assets DIR] COMMAND\n"
    "  --version\n"
    "  who YYYY-MM-DD LON LAT          holder of the point on the date: ID<TAB>name, or 'sea'\n"
    "                                  (sea within 10 km of land counts as that land)\n"
    "  status YYYY-MM-DD STATE         standing with Moscow: ID<TAB>standing<TAB>event\n"
    "  events STATE [--from DATE] [--to DATE]   date<TAB>id<TAB>title per event\n"
    "STATE is a state id, any of its names or a common alias (assets/states.json \"aliases\"),\n"
    "ignoring case, accents and punctuation. DATE is YYYY, YYYY-MM or YYYY-MM-DD.\n";

int usage(const std::string& problem) {
    std::cerr << "atlas-query: " << problem << "\n" << kUsage;
    return 2;
}

bool parse_number(const std::string& text, double& out) {
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size() && std::isfinite(out);
}

// An unknown name gets the nearest ones, under their id and latest name: "uk (United Kingdom of ...)".
int find_state_or_complain(const atlas::Atlas& atlas, const std::string& text) {
    const int state = atlas::find_state(atlas.states, text);
    if (state >= 0) return state;
    std::cerr << "atlas-query: unknown state '" << text << "'";
    const char* separator = "; nearest: ";
    for (int near : atlas::nearest_states(atlas.states, text)) {
        const atlas::State& s = atlas.states.states[static_cast<std::size_t>(near)];
        std::cerr << separator << s.id << " (" << s.names.back().name << ")";
        separator = ", ";
    }
    std::cerr << '\n';
    return state;
}

int cmd_who(const atlas::Atlas& atlas, atlas::Date date, double lon, double lat) {
    const atlas::Who w = atlas::who(atlas, date, lon, lat, atlas::kCoastSnapKm);
    if (w.state < 0) {
        std::cout << "sea\n";
        return 0;
    }
    const atlas::State& state = atlas.states.states[static_cast<std::size_t>(w.state)];
    std::cout << state.id << '\t' << atlas::name_on(state, date) << '\n';
    return 0;
}

int cmd_status(const atlas::Atlas& atlas, atlas::Date date, int state) {
    const atlas::StandingOn s = atlas::standing_on(atlas.history, state, date);
    std::cout << atlas.states.states[static_cast<std::size_t>(state)].id << '\t' << atlas::standing_name(s.standing)
              << '\t' << (s.event >= 0 ? atlas.history.events[static_cast<std::size_t>(s.event)].id : std::string("-"))
              << '\n';
    return 0;
}

int cmd_events(const atlas::Atlas& atlas, int state, atlas::Date from, atlas::Date to) {
    atlas::EventFilter filter;
    filter.state = state;
    for (int i : atlas::events_between(atlas.history, from, to, filter)) {
        const atlas::Event& e = atlas.history.events[static_cast<std::size_t>(i)];
        std::cout << atlas::format_date(e.date) << '\t' << e.id << '\t' << e.title << '\n';
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string assets = ATLAS_ASSETS_DIR;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--assets") {
            if (i + 1 >= argc) return usage("--assets needs a directory");
            assets = argv[++i];
        } else if (arg == "--version") {
            std::cout << "atlas-query " << ATLAS_VERSION << '\n';
            return 0;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else {
            args.push_back(arg);
        }
    }
    if (args.empty()) return usage("no command");
    const std::string& command = args[0];

    // Check the command line fully before loading anything.
    atlas::Date date{}, from{INT32_MIN, atlas::Precision::day}, to{INT32_MAX, atlas::Precision::day};
    double lon = 0, lat = 0;
    if (command == "who" || command == "status") {
        if (args.size() != (command == "who" ? 4u : 3u))
            return usage("wrong number of arguments for '" + command + "'");
        const auto parsed = atlas::parse_date(args[1]);
        if (!parsed) return usage("'" + args[1] + "' is not a date");
        date = *parsed;
        if (command == "who" && (!parse_number(args[2], lon) || !parse_number(args[3], lat) || lon < -180 ||
                                 lon > 180 || lat < -90 || lat > 90)) {
            return usage("LON LAT must be numbers in -180..180 and -90..90");
        }
    } else if (command == "events") {
        if (args.size() < 2) return usage("'events' needs a STATE");
        for (std::size_t i = 2; i < args.size(); i += 2) {
            if ((args[i] != "--from" && args[i] != "--to") || i + 1 >= args.size()) {
                return usage("unexpected argument '" + args[i] + "'");
            }
            const auto parsed = atlas::parse_date(args[i + 1]);
            if (!parsed) return usage("'" + args[i + 1] + "' is not a date");
            if (args[i] == "--from")
                from = *parsed;
            else
                to = atlas::period_end(*parsed);
        }
    } else {
        return usage("unknown command '" + command + "'");
    }

    const auto loaded = atlas::load_atlas_dir(assets);
    if (!loaded.ok()) {
        std::cerr << "atlas-query: " << loaded.error << '\n';
        return 1;
    }
    const atlas::Atlas& atlas = *loaded.value;
    if (command == "who") return cmd_who(atlas, date, lon, lat);
    const int state = find_state_or_complain(atlas, args[command == "status" ? 2 : 1]);
    if (state < 0) return 1;
    if (command == "status") return cmd_status(atlas, date, state);
    return cmd_events(atlas, state, from, to);
}
