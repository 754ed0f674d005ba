// Deep links: the URL hash that holds date, layer, selection and view (and the tour step), parsed
// leniently (what is unknown is reported and skipped, the rest applies) and written back.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/palette.hpp"
#include "core/states.hpp"

namespace atlas {

// Example: "#date=1922-04-16&layer=relations&select=germany&view=13.40,52.50,4.20&tour=1&step=5"
// view = centre longitude, latitude, zoom in pixels per 1000 km.
struct DeepLink {
    std::optional<Date> date;
    std::optional<Layer> layer;
    std::optional<int> selected;  // state index; -1 clears the selection ("select=")
    std::optional<LonLat> view_center;
    std::optional<double> view_zoom;   // pixels per km
    std::optional<int> tour;           // 1-based tour number
    std::optional<int> step;           // 1-based step number
    std::vector<std::string> notices;  // one line per part that was not understood
};

DeepLink parse_deeplink(std::string_view hash, const States& states);

struct LinkState {
    Date date;
    Layer layer = Layer::political;
    std::string selected_id;  // empty for none
    LonLat view_center;
    double view_zoom = 0;    // pixels per km
    int tour = 0, step = 0;  // 1-based; 0 when no tour runs
};
std::string format_deeplink(const LinkState& state);  // starts with '#'

}  // namespace atlas
