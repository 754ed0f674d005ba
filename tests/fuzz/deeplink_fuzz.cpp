// deeplink_fuzz: parse_deeplink on arbitrary text; what parses is formatted and re-parsed to the same
// date/layer/selection.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/deeplink.hpp"
#include "fuzz_assets.hpp"

namespace {

[[noreturn]] void mismatch(const char* what, std::string_view input, const std::string& link) {
    std::fprintf(stderr, "deeplink round trip: %s differs\n  input:     %.*s\n  formatted: %s\n", what,
                 static_cast<int>(input.size()), input.data(), link.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const atlas::States& states = fuzz_assets::states();
    const atlas::DeepLink link = atlas::parse_deeplink(text, states);
    const bool parsed = link.date || link.layer || link.selected || link.view_center || link.tour || link.step;
    if (!parsed) return 0;

    atlas::LinkState state;
    state.date = link.date.value_or(atlas::kAtlasStart);
    state.layer = link.layer.value_or(atlas::Layer::political);
    if (link.selected) {
        if (*link.selected < -1 || *link.selected >= static_cast<int>(states.states.size())) std::abort();
        if (*link.selected >= 0) state.selected_id = states.states[static_cast<std::size_t>(*link.selected)].id;
    }
    if (link.view_center) {
        if (!link.view_zoom) std::abort();
        state.view_center = *link.view_center;
        state.view_zoom = *link.view_zoom;
    }
    state.tour = link.tour.value_or(0);
    state.step = link.step.value_or(0);

    const std::string formatted = atlas::format_deeplink(state);
    const atlas::DeepLink again = atlas::parse_deeplink(formatted, states);
    if (again.date != state.date) mismatch("date", text, formatted);
    if (again.layer != state.layer) mismatch("layer", text, formatted);
    const int selected = link.selected.value_or(-1);
    if (again.selected.value_or(-1) != selected) mismatch("selection", text, formatted);
    if (state.tour > 0 && again.tour != state.tour) mismatch("tour", text, formatted);
    return 0;
}
