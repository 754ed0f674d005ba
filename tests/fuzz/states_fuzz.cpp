// states_fuzz: load_states on arbitrary text, and the same text as regions.json against the real states.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_assets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const atlas::States& real = fuzz_assets::states();

    const auto states = atlas::load_states(text, "states.json");
    if (states.ok()) {
        for (const atlas::State& s : states.value->states) {
            if (s.names.empty() || atlas::state_index(*states.value, s.id) < 0) std::abort();
            (void)atlas::name_on(s, atlas::kAtlasStart);
            (void)atlas::capital_on(s, atlas::kAtlasEnd);
            (void)atlas::find_state(*states.value, s.names.back().name);
            // Every alias finds its own state (the loader refuses one naming two states).
            for (const std::string& alias : s.aliases) {
                if (atlas::find_state(*states.value, alias) != atlas::state_index(*states.value, s.id)) std::abort();
            }
        }
        // The fuzzed states as the reference for regions: ids of the input, not of the real file.
        (void)atlas::load_regions(text, "regions.json", *states.value);
    } else if (states.error.empty()) {
        std::abort();
    }

    // The text as a typed name: folding and the nearest names on arbitrary bytes.
    if (size <= 48) {  // a typed name is short; longer inputs only slow the loader fuzzing down
        (void)atlas::find_state(real, text);
        if (atlas::nearest_states(real, text).size() > 3) std::abort();
    }

    const auto regions = atlas::load_regions(text, "regions.json", real);
    if (regions.ok()) {
        for (const atlas::RegionTimeline& r : regions.value->regions) {
            const atlas::HolderOn on = atlas::holder_on(r, atlas::kAtlasStart);
            if (on.holder < 0 || on.holder >= static_cast<int>(real.states.size())) std::abort();
            (void)atlas::holder_on(r, atlas::kAtlasEnd);
        }
    } else if (regions.error.empty()) {
        std::abort();
    }
    return 0;
}
