// Deep links: lenient parsing (bad parts become notices) and canonical formatting.
#include "core/deeplink.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace atlas {

namespace {

std::optional<double> parse_number(std::string_view text) {
    if (text.empty() || text.size() > 32) return std::nullopt;
    std::string copy(text);  // from_chars for double is missing in some standard libraries; strtod is not
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<int> parse_count(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > 10000) return std::nullopt;
    return value;
}

// "%20" and "+" as in URLs; malformed escapes stay as they are.
std::string url_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            int value = 0;
            std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);  // two hex digits: cannot fail
            out += char(value);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

void parse_view(std::string_view value, DeepLink& link) {
    std::optional<double> parts[3];
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t comma = value.find(',', start);
        const std::string_view piece =
            value.substr(start, comma == std::string_view::npos ? value.npos : comma - start);
        parts[i] = parse_number(piece);
        if (comma == std::string_view::npos) {
            if (i != 2) parts[2].reset();
            break;
        }
        if (i == 2) parts[2].reset();  // a fourth part: not a view
        start = comma + 1;
    }
    if (!parts[0] || !parts[1] || !parts[2] || std::fabs(*parts[0]) > 180 || std::fabs(*parts[1]) > 90 ||
        *parts[2] <= 0 || *parts[2] > 1e6) {
        link.notices.push_back("view '" + std::string(value) + "' is not lon,lat,zoom; the view was kept");
        return;
    }
    link.view_center = LonLat{*parts[0], *parts[1]};
    link.view_zoom = *parts[2] / 1000.0;
}

}  // namespace

DeepLink parse_deeplink(std::string_view hash, const States& states) {
    DeepLink link;
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    while (!hash.empty()) {
        const std::size_t amp = hash.find('&');
        const std::string_view part = hash.substr(0, amp);
        hash = amp == std::string_view::npos ? std::string_view{} : hash.substr(amp + 1);
        if (part.empty()) continue;
        const std::size_t eq = part.find('=');
        const std::string_view key = part.substr(0, eq);
        const std::string value = eq == std::string_view::npos ? std::string() : url_decode(part.substr(eq + 1));
        if (key == "date") {
            const auto date = parse_date(value);
            if (date && date->days >= kAtlasStart.days && date->days <= kAtlasEnd.days)
                link.date = date;
            else
                link.notices.push_back("date '" + value + "' is not a day between 1919 and 1929; the date was kept");
        } else if (key == "layer") {
            if (value == "political")
                link.layer = Layer::political;
            else if (value == "relations")
                link.layer = Layer::relations;
            else
                link.notices.push_back("layer '" + value + "' is unknown (political or relations)");
        } else if (key == "select") {
            const int state = value.empty() ? -1 : find_state(states, value);
            if (value.empty() || state >= 0)
                link.selected = state;
            else
                link.notices.push_back("no country is called '" + value + "'");
        } else if (key == "view") {
            parse_view(value, link);
        } else if (key == "tour" || key == "step") {
            const auto n = parse_count(value);
            if (!n)
                link.notices.push_back(std::string(key) + " '" + value + "' is not a number from 1");
            else if (key == "tour")
                link.tour = n;
            else
                link.step = n;
        } else {
            link.notices.push_back("'" + std::string(key) + "' is not part of an atlas link");
        }
    }
    return link;
}

std::string format_deeplink(const LinkState& state) {
    std::string out = "#date=" + format_date(state.date);
    out += state.layer == Layer::relations ? "&layer=relations" : "&layer=political";
    if (!state.selected_id.empty()) out += "&select=" + state.selected_id;
    char view[96];
    std::snprintf(view, sizeof view, "&view=%.2f,%.2f,%.2f", state.view_center.lon, state.view_center.lat,
                  state.view_zoom * 1000.0);
    out += view;
    if (state.tour > 0) out += "&tour=" + std::to_string(state.tour) + "&step=" + std::to_string(state.step);
    return out;
}

}  // namespace atlas
