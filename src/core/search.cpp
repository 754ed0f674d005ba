// Search over state names (every name a state had) and event titles.
#include "core/search.hpp"

#include <algorithm>
#include <cctype>

namespace atlas {

namespace {

std::string folded(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::string_view haystack, const std::string& needle) {
    return folded(haystack).find(needle) != std::string::npos;
}

}  // namespace

std::vector<SearchHit> search(const Atlas& atlas, std::string_view query, Date date, std::size_t limit) {
    std::string needle = folded(query);
    needle.erase(0, needle.find_first_not_of(' '));
    needle.erase(needle.find_last_not_of(' ') + 1);
    std::vector<SearchHit> hits;
    if (needle.empty()) return hits;
    for (std::size_t s = 0; s < atlas.states.states.size() && hits.size() < limit; ++s) {
        const State& state = atlas.states.states[s];
        if (!state.on_map) continue;
        const bool match = contains(state.id, needle) ||
                           std::any_of(state.names.begin(), state.names.end(),
                                       [&](const DatedName& n) { return contains(n.name, needle); });
        if (match) hits.push_back({SearchHit::Kind::state, int(s), std::string(name_on(state, date))});
    }
    for (std::size_t e = 0; e < atlas.history.events.size() && hits.size() < limit; ++e) {
        const Event& event = atlas.history.events[e];
        if (contains(event.title, needle)) hits.push_back({SearchHit::Kind::event, int(e), display_date(event.date) + "  " + event.title});
    }
    return hits;
}

}  // namespace atlas
