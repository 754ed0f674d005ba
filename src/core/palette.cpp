// Layer colours: political fills from states.json, relations fills from the standing vocabulary.
#include "core/palette.hpp"

#include <cmath>

#include "core/color_vision.hpp"

namespace atlas {

Rgba8 standing_color(Standing standing) {
    switch (standing) {
        case Standing::soviet: return {176, 40, 46, kHatchNone};
        case Standing::client: return {232, 140, 130, kHatchNone};
        case Standing::allied:
            return {140, 100, 180, kHatchNone};  // violet: between Moscow's red and recognition's teal
        case Standing::recognized: return {70, 150, 150, kHatchNone};
        case Standing::de_facto:
            // Pale sand: lighter than none in greyscale, unlike the sea; yellower than it was (234,220,178),
            // which under tritanopia was 11.5 CIELAB units from none's grey (palette_test asks for 15).
            return {238, 218, 150, kHatchNone};
        case Standing::none: return {204, 202, 196, kHatchNone};
        case Standing::broken: return {236, 150, 60, kHatchDiagonal};
        case Standing::war: return {90, 90, 96, kHatchCross};
    }
    return {214, 212, 206, kHatchNone};
}

Rgba8 text_color_on(Rgba8 color, Rgba8 background, double ratio) {
    Rgba8 c{color.r, color.g, color.b, 255};  // text has no hatching
    for (int percent = 100; percent >= 0 && contrast_ratio(c, background) < ratio; percent -= 2) {
        const auto scale = [percent](std::uint8_t v) { return std::uint8_t(std::lround(v * percent / 100.0)); };
        c = Rgba8{scale(color.r), scale(color.g), scale(color.b), 255};
    }
    return c;
}

std::string_view standing_key(Standing standing) {
    switch (standing) {
        case Standing::soviet: return "Soviet state or Soviet republic";
        case Standing::client: return "Soviet-dependent people's republic";
        case Standing::allied: return "Alliance: advisers and arms, not recognition";
        case Standing::recognized: return "Recognised, diplomatic relations";
        case Standing::de_facto: return "Trade or dealings, not recognised";
        case Standing::none: return "No relations";
        case Standing::broken: return "Relations broken off";
        case Standing::war: return "At war";
    }
    return "";
}

// Each a dot a reader must see: 3:1 on paper and on the tint of the event in force (palette_test).
Rgba8 kind_color(EventKind kind) {
    switch (kind) {
        case EventKind::treaty: return {40, 110, 170};
        case EventKind::recognition: return {30, 140, 110};
        case EventKind::trade: return {165, 118, 20};
        case EventKind::conference: return {120, 90, 170};
        case EventKind::crisis: return {200, 95, 30};
        case EventKind::comintern: return {190, 30, 40};
        case EventKind::war: return {70, 70, 70};
        case EventKind::territorial: return {130, 100, 60};
        case EventKind::policy: return {150, 60, 110};
    }
    return {100, 100, 100};
}

std::vector<Rgba8> region_fills(const Atlas& atlas, const std::vector<int>& holders, Date date, Layer layer) {
    std::vector<Rgba8> fills(atlas.map.regions.size(), Rgba8{220, 218, 212, kHatchNone});
    for (std::size_t r = 0; r < fills.size() && r < holders.size(); ++r) {
        const int holder = holders[r];
        if (holder < 0 || holder >= int(atlas.states.states.size())) continue;
        if (layer == Layer::political) {
            const Rgb c = atlas.states.states[std::size_t(holder)].color;
            fills[r] = Rgba8{c.r, c.g, c.b, kHatchNone};
        } else {
            const StandingOn s = standing_on(atlas.history, holder, date);
            fills[r] = standing_color(s.standing);
        }
    }
    return fills;
}

}  // namespace atlas
