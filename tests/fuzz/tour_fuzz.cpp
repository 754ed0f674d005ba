// tour_fuzz: load_tours on arbitrary text against the real states.json and events.json.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/tour.hpp"
#include "fuzz_assets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const atlas::States& states = fuzz_assets::states();
    const atlas::History& history = fuzz_assets::history();
    const auto result = atlas::load_tours(text, "tour.json", states, history);
    if (!result.ok()) {
        if (result.error.empty()) std::abort();
        return 0;
    }
    for (const atlas::Tour& tour : result.value->tours) {
        if (tour.steps.empty() || atlas::tour_index(*result.value, tour.id) < 0) std::abort();
        if (atlas::clamp_step(tour, 1 << 20) != static_cast<int>(tour.steps.size()) - 1) std::abort();
        for (const atlas::TourStep& step : tour.steps) {
            for (int s : step.states) {
                if (s < 0 || s >= static_cast<int>(states.states.size())) std::abort();
            }
            for (int e : step.events) {
                if (e < 0 || e >= static_cast<int>(history.events.size())) std::abort();
            }
            if (step.camera.preset)
                (void)atlas::preset_name(*step.camera.preset);
            else if (!(step.camera.zoom_km > 0))
                std::abort();
        }
    }
    return 0;
}
