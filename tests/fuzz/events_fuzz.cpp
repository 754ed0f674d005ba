// events_fuzz: load_history on arbitrary text against the real states.json, then its queries.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_assets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const atlas::States& states = fuzz_assets::states();
    const auto result = atlas::load_history(text, "events.json", states);
    if (!result.ok()) {
        if (result.error.empty()) std::abort();
        return 0;
    }
    const atlas::History& history = *result.value;
    if (history.standings.size() != states.states.size()) std::abort();
    for (std::size_t i = 1; i < history.events.size(); ++i) {
        if (history.events[i - 1].date.days > history.events[i].date.days) std::abort();  // sorted by date
    }
    for (const atlas::Event& e : history.events) {
        if (atlas::event_index(history, e.id) < 0) std::abort();
        (void)atlas::kind_name(e.kind);
    }
    const int n = static_cast<int>(history.events.size());
    for (int state : {0, 1, static_cast<int>(states.states.size()) - 1}) {
        for (int e : atlas::events_of(history, state)) {
            if (e < 0 || e >= n) std::abort();
        }
        const atlas::StandingOn on = atlas::standing_on(history, state, atlas::kAtlasEnd);
        if (on.event < -1 || on.event >= n) std::abort();
        (void)atlas::standing_name(on.standing);
    }
    (void)atlas::events_between(history, atlas::kAtlasStart, atlas::kAtlasEnd);
    (void)atlas::next_event(history, atlas::kAtlasStart);
    (void)atlas::previous_event(history, atlas::kAtlasEnd);
    return 0;
}
