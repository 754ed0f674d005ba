// Search over state names (every name a state had, and the aliases people type) and event titles.
#include "core/search.hpp"

#include <algorithm>

namespace atlas {

namespace {

bool contains(std::string_view haystack, const std::string& needle) {
    return fold_name(haystack).find(needle) != std::string::npos;
}

}  // namespace

std::vector<SearchHit> search(const Atlas& atlas, std::string_view query, Date date, std::size_t limit) {
    const std::string needle = fold_name(query);
    std::vector<SearchHit> hits;
    if (needle.empty()) return hits;
    for (std::size_t s = 0; s < atlas.states.states.size() && hits.size() < limit; ++s) {
        const State& state = atlas.states.states[s];
        if (!state.on_map) continue;
        const bool match = contains(state.id, needle) ||
                           std::any_of(state.names.begin(), state.names.end(),
                                       [&](const DatedName& n) { return contains(n.name, needle); }) ||
                           std::any_of(state.aliases.begin(), state.aliases.end(),
                                       [&](const std::string& alias) { return contains(alias, needle); });
        if (match) hits.push_back({SearchHit::Kind::state, int(s), std::string(name_on(state, date))});
    }
    for (std::size_t e = 0; e < atlas.history.events.size() && hits.size() < limit; ++e) {
        const Event& event = atlas.history.events[e];
        if (contains(event.title, needle))
            hits.push_back({SearchHit::Kind::event, int(e), display_date(event.date) + "  " + event.title});
    }
    return hits;
}

}  // namespace atlas
