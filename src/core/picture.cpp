// Picture: the atlas page, laid out in units of a 1200-unit-wide page and drawn with core/raster.
#include "core/picture.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/camera.hpp"
#include "core/overlays.hpp"

namespace atlas {

namespace {

// The app's colours (src/app/ui_theme.hpp, shaders/map_*.glsl), so the page looks like the screen.
constexpr Rgba8 kPaper{250, 248, 243, 255};
constexpr Rgba8 kPlate{236, 234, 229, 255};  // around the map's frame
constexpr Rgba8 kSea{214, 227, 235, 255};
constexpr Rgba8 kInk{34, 34, 38, 255};
constexpr Rgba8 kMuted{110, 108, 102, 255};
constexpr Rgba8 kLabelInk{52, 52, 56, 255};
constexpr Rgba8 kBorder{64, 64, 69, 255};
constexpr Rgba8 kCoast{92, 115, 140, 255};
constexpr Rgba8 kOutline{217, 158, 13, 255};  // the selected state, as the app outlines it
constexpr Rgba8 kHatchInk{31, 31, 36, 255};
constexpr Rgba8 kDimTo{237, 237, 232, 255};

Rgba8 mix(Rgba8 a, Rgba8 b, float t) {
    const auto m = [t](std::uint8_t x, std::uint8_t y) {
        return std::uint8_t(std::lround(float(x) + (float(y) - float(x)) * t));
    };
    return Rgba8{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), 255};
}

// The hatching of "broken" and "war" (shaders/map_fill.frag.glsl), spacing and width in pixels.
float stripe(float coord, float spacing, float scale) {
    const float d = std::abs(std::fmod(coord, spacing) - 0.5f * spacing);
    const float e0 = 0.55f * scale, e1 = 1.35f * scale;
    const float t = std::clamp((d - e0) / (e1 - e0), 0.0f, 1.0f);
    return 1.0f - t * t * (3 - 2 * t);
}

std::string label_text(std::string_view name) {
    std::string out(name.substr(0, name.find(" (")));
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return out;
}

struct Page {
    Image image;
    PixelBox whole, map;
    double u = 1;  // pixels per page unit
    Font regular, bold;
    float px(double units) const { return float(units * u); }
};

struct MapTransform {
    Camera camera;
    Viewport viewport;
    PixelBox box;
    void to_pixels(double mx, double my, float& x, float& y) const {
        double sx = 0, sy = 0;
        map_to_screen(camera, viewport, MapPoint{mx, my}, sx, sy);
        x = float(sx + box.x0);
        y = float(sy + box.y0);
    }
};

void draw_fills(Page& page, const Atlas& atlas, const PictureRequest& request, const std::vector<int>& holders,
                const MapTransform& t) {
    const MapGeometry& map = atlas.map;
    // Sea inside the map's frame, plate outside it.
    fill_rect(page.image, page.map, kPlate);
    float fx0 = 0, fy0 = 0, fx1 = 0, fy1 = 0;
    t.to_pixels(map.bbox.min_x, map.bbox.max_y, fx0, fy0);
    t.to_pixels(map.bbox.max_x, map.bbox.min_y, fx1, fy1);
    fill_rect(page.image,
              PixelBox{std::max(page.map.x0, int(fx0)), std::max(page.map.y0, int(fy0)),
                       std::min(page.map.x1, int(std::ceil(fx1))), std::min(page.map.y1, int(std::ceil(fy1)))},
              kSea);

    const std::vector<Rgba8> fills = region_fills(atlas, holders, request.date, request.layer);
    const float scale = page.px(1.0);
    const float spacing = 7.0f * scale;
    std::vector<float> xs(map.vertices.size()), ys(map.vertices.size());
    for (std::size_t i = 0; i < xs.size(); ++i) t.to_pixels(map.vertices[i].x, map.vertices[i].y, xs[i], ys[i]);
    for (std::size_t r = 0; r < map.regions.size(); ++r) {
        const MapRegion& region = map.regions[r];
        const Rgba8 fill = fills[r];
        const bool dim = request.selected >= 0 && holders[r] != request.selected;
        const Rgba8 plain = dim ? mix(fill, kDimTo, 0.35f) : Rgba8{fill.r, fill.g, fill.b, 255};
        const auto shade = [&](int x, int y) {
            if (fill.a == kHatchNone) return plain;
            // y down here, up in GL: the shader's x + y is x - y on the page.
            const float cx = float(x) + 0.5f, cy = float(y) + 0.5f;
            float ink = stripe(cx - cy + 1e5f, spacing, scale);
            if (fill.a == kHatchCross) ink = std::max(ink, stripe(cx + cy, spacing, scale));
            const Rgba8 c = mix(Rgba8{fill.r, fill.g, fill.b, 255}, kHatchInk, ink * 0.6f);
            return dim ? mix(c, kDimTo, 0.35f) : c;
        };
        for (std::uint32_t k = region.first_index; k + 2 < region.first_index + region.index_count; k += 3) {
            const std::uint32_t a = map.indices[k], b = map.indices[k + 1], c = map.indices[k + 2];
            const float px[3] = {xs[a], xs[b], xs[c]}, py[3] = {ys[a], ys[b], ys[c]};
            if (std::max({px[0], px[1], px[2]}) < float(page.map.x0) ||
                std::min({px[0], px[1], px[2]}) > float(page.map.x1) ||
                std::max({py[0], py[1], py[2]}) < float(page.map.y0) ||
                std::min({py[0], py[1], py[2]}) > float(page.map.y1))
                continue;
            fill_triangle(page.image, page.map, px, py, shade);
        }
    }
}

// Borders between holders, coasts, and the outline around the selected state.
void draw_lines(Page& page, const Atlas& atlas, const PictureRequest& request, const std::vector<int>& holders,
                const MapTransform& t) {
    const MapGeometry& map = atlas.map;
    LineMask borders = make_line_mask(page.image.width, page.image.height);
    LineMask coasts = make_line_mask(page.image.width, page.image.height);
    LineMask outline =
        make_line_mask(request.selected >= 0 ? page.image.width : 0, request.selected >= 0 ? page.image.height : 0);
    const auto holder = [&](std::uint16_t region) { return region == kNoRegion ? -2 : holders[region]; };
    for (const MapArc& arc : map.arcs) {
        const int ha = holder(arc.region_a), hb = holder(arc.region_b);
        const bool coast = ha == -2 || hb == -2;
        const bool edge_of_selection = request.selected >= 0 && (ha == request.selected) != (hb == request.selected);
        if (!coast && ha == hb && !edge_of_selection) continue;
        LineMask* masks[2] = {coast ? &coasts : (ha != hb ? &borders : nullptr),
                              edge_of_selection ? &outline : nullptr};
        const float widths[2] = {page.px(coast ? 1.1 : 0.9), page.px(2.4)};
        float x0 = 0, y0 = 0;
        t.to_pixels(map.arc_points[arc.first_point].x, map.arc_points[arc.first_point].y, x0, y0);
        for (std::uint32_t p = 1; p < arc.point_count; ++p) {
            float x1 = 0, y1 = 0;
            const Vec2f& q = map.arc_points[arc.first_point + p];
            t.to_pixels(q.x, q.y, x1, y1);
            for (int m = 0; m < 2; ++m)
                if (masks[m]) mask_segment(*masks[m], page.map, x0, y0, x1, y1, widths[m]);
            x0 = x1;
            y0 = y1;
        }
    }
    composite_mask(page.image, coasts, kCoast, 1.0f);
    composite_mask(page.image, borders, kBorder, 0.9f);
    if (request.selected >= 0) composite_mask(page.image, outline, kOutline, 1.0f);
}

// State names in letter-spaced capitals, sized by the state's size on the page, without overlaps.
void draw_labels(Page& page, const Atlas& atlas, const std::vector<int>& holders, Date date, const MapTransform& t,
                 const PixelBox& legend) {
    struct Candidate {
        std::string text;
        TextStyle style;
        float x, y, w;
    };
    std::vector<Candidate> candidates;
    std::vector<ScreenBox> boxes;
    const double ppk = t.camera.pixels_per_km;
    for (const StateLabel& label : state_labels(atlas, holders, date)) {
        const double extent = std::sqrt(label.area) * ppk;
        if (extent < page.px(24)) continue;
        float x = 0, y = 0;
        t.to_pixels(label.anchor.x, label.anchor.y, x, y);
        const std::string text = label_text(label.name);
        TextStyle style{&page.regular, page.px(13), kLabelInk};
        if (extent >= page.px(320))
            style = TextStyle{&page.bold, page.px(22), kLabelInk};
        else if (extent >= page.px(150))
            style = TextStyle{&page.regular, page.px(16), kLabelInk};
        style.spacing = style.size * 0.08f;
        style.halo = page.px(1.6);
        const float w = text_width(style, text), h = style.size;
        if (w > extent * 1.25 || h > extent * 0.6) continue;
        if (x - w / 2 < float(page.map.x0) || x + w / 2 > float(page.map.x1) || y - h / 2 < float(page.map.y0) ||
            y + h / 2 > float(page.map.y1))
            continue;
        if (x + w / 2 > float(legend.x0) && x - w / 2 < float(legend.x1) && y + h / 2 > float(legend.y0) &&
            y - h / 2 < float(legend.y1))
            continue;  // under the key
        candidates.push_back({text, style, x, y, w});
        boxes.push_back({x - w * 0.5 - 2.0, y - h * 0.5 - 1.0, x + w * 0.5 + 2.0, y + h * 0.5 + 1.0});
    }
    const std::vector<bool> placed = place_without_overlap(boxes);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (placed[i]) {
            const Candidate& c = candidates[i];
            draw_text(page.image, page.map, c.style, c.x - c.w / 2, c.y + c.style.size * 0.35f, c.text);
        }
}

void draw_swatch(Page& page, Rgba8 c, PixelBox box) {
    const float scale = page.px(1.0);
    for (int y = box.y0; y < box.y1; ++y)
        for (int x = box.x0; x < box.x1; ++x) {
            Rgba8 p{c.r, c.g, c.b, 255};
            if (c.a != kHatchNone) {
                const float cx = float(x) + 0.5f, cy = float(y) + 0.5f;
                float ink = stripe(cx - cy + 1e5f, 7.0f * scale, scale);
                if (c.a == kHatchCross) ink = std::max(ink, stripe(cx + cy, 7.0f * scale, scale));
                p = mix(p, kHatchInk, ink * 0.6f);
            }
            page.image.pixels[std::size_t(y) * std::size_t(page.image.width) + std::size_t(x)] = p;
        }
    const int t = std::max(1, int(page.px(0.8)));
    for (const PixelBox& edge :
         {PixelBox{box.x0, box.y0, box.x1, box.y0 + t}, PixelBox{box.x0, box.y1 - t, box.x1, box.y1},
          PixelBox{box.x0, box.y0, box.x0 + t, box.y1}, PixelBox{box.x1 - t, box.y0, box.x1, box.y1}})
        fill_rect(page.image, edge, Rgba8{120, 118, 112, 255});
}

// The active layer's key in a card at the map's bottom left, as the app shows it; returns the card.
PixelBox draw_legend(Page& page, Layer layer) {
    const TextStyle heading{&page.bold, page.px(19), kInk};
    const TextStyle body{&page.regular, page.px(15), kInk};
    const float pad = page.px(14), row = page.px(23);
    std::vector<std::string_view> rule;
    float w = 0, h = 0;
    const std::string_view title = layer == Layer::political ? "Who held the land" : "Standing with Moscow";
    if (layer == Layer::political) {
        rule = wrap_text(body,
                         "Each colour is the state that held the land on the chosen day. A military occupation of "
                         "six months or more in which the occupier governed has the occupier's colour.",
                         page.px(330));
        for (std::string_view line : rule) w = std::max(w, text_width(body, line));
        h = page.px(26) + row * float(rule.size());
    } else {
        for (int i = 0; i < kStandingCount; ++i)
            w = std::max(w, page.px(40) + text_width(body, standing_key(Standing(i))));
        h = page.px(26) + row * float(kStandingCount);
    }
    w = std::max(w, text_width(heading, title));
    const int x0 = page.map.x0 + int(page.px(16)), y1 = page.map.y1 - int(page.px(16));
    const PixelBox card{x0, y1 - int(h + 2 * pad), x0 + int(w + 2 * pad), y1};
    fill_rect(page.image, PixelBox{card.x0 - 2, card.y0 - 2, card.x1 + 2, card.y1 + 2}, Rgba8{200, 196, 186, 255});
    fill_rect(page.image, card, kPaper);
    const float left = float(card.x0) + pad;
    float baseline = float(card.y0) + pad + page.px(17);
    draw_text(page.image, page.whole, heading, left, baseline, title);
    baseline += page.px(9);
    if (layer == Layer::political) {
        for (std::string_view line : rule) draw_text(page.image, page.whole, body, left, baseline += row, line);
        return card;
    }
    for (int i = 0; i < kStandingCount; ++i) {
        baseline += row;
        const int sy = int(baseline - page.px(14));
        draw_swatch(page, standing_color(Standing(i)),
                    PixelBox{int(left), sy, int(left + page.px(30)), sy + int(page.px(17))});
        draw_text(page.image, page.whole, body, left + page.px(40), baseline, standing_key(Standing(i)));
    }
    return card;
}

void draw_header_and_footer(Page& page, const Atlas& atlas, const PictureRequest& request) {
    const float m = page.px(36);
    const TextStyle kicker{&page.regular, page.px(15), kMuted, page.px(1.6)};
    const TextStyle date{&page.bold, page.px(46), kInk};
    const TextStyle layer_title{&page.bold, page.px(24), kInk};
    const TextStyle note{&page.regular, page.px(17), kMuted};
    const TextStyle source{&page.regular, page.px(13), kMuted};
    draw_text(page.image, page.whole, kicker, m, m + page.px(14),
              "SOVIET FOREIGN POLICY ATLAS, 1919\xE2\x80\x93"
              "1929");
    draw_text(page.image, page.whole, date, m, m + page.px(66), display_date(request.date));
    const std::string title = request.layer == Layer::relations ? "Relations with Moscow" : "Who held the land";
    const float right = float(page.image.width) - m;
    draw_text(page.image, page.whole, layer_title, right - text_width(layer_title, title), m + page.px(30), title);
    if (request.selected >= 0) {
        const std::string outlined =
            "Outlined: " + std::string(name_on(atlas.states.states[std::size_t(request.selected)], request.date));
        draw_text(page.image, page.whole, note, right - text_width(note, outlined), m + page.px(62), outlined);
    }
    const float baseline = float(page.image.height) - m + page.px(6);
    draw_text(page.image, page.whole, source, m, baseline, picture_source_line());
    const std::string made = "Soviet Foreign Policy Atlas " ATLAS_VERSION;
    draw_text(page.image, page.whole, source, right - text_width(source, made), baseline, made);
    // A hairline frame around the map.
    const int t = std::max(1, int(page.px(1)));
    const PixelBox b = page.map;
    for (const PixelBox& edge :
         {PixelBox{b.x0 - t, b.y0 - t, b.x1 + t, b.y0}, PixelBox{b.x0 - t, b.y1, b.x1 + t, b.y1 + t},
          PixelBox{b.x0 - t, b.y0, b.x0, b.y1}, PixelBox{b.x1, b.y0, b.x1 + t, b.y1}})
        fill_rect(page.image, edge, Rgba8{120, 118, 112, 255});
}

}  // namespace

std::string picture_source_line() {
    return "Borders: historical-basemaps (A. Ourednik) and Natural Earth, with the treaty lines cited in the "
           "atlas's regions.json; events: the atlas's events.json, each with its source.";
}

std::string picture_request_error(const Atlas& atlas, const PictureRequest& request) {
    if (request.width < kPictureMinWidth || request.width > kPictureMaxWidth)
        return "The picture must be " + std::to_string(kPictureMinWidth) + " to " + std::to_string(kPictureMaxWidth) +
               " pixels wide (asked: " + std::to_string(request.width) + ").";
    if (request.height < kPictureMinHeight || request.height > kPictureMaxHeight)
        return "The picture must be " + std::to_string(kPictureMinHeight) + " to " + std::to_string(kPictureMaxHeight) +
               " pixels high (asked: " + std::to_string(request.height) + ").";
    if (!(request.view.max_x > request.view.min_x && request.view.max_y > request.view.min_y))
        return "The picture's view is empty.";
    if (request.selected >= int(atlas.states.states.size())) return "The picture's selected state is unknown.";
    return "";
}

PixelBox picture_map_box(int width, int height) {
    const double u = width / 1200.0;
    const int m = int(36 * u);
    return PixelBox{m, m + int(88 * u), width - m, height - m - int(26 * u)};
}

Result<Image> draw_picture(const Atlas& atlas, const PictureFonts& fonts, const PictureRequest& request) {
    if (const std::string error = picture_request_error(atlas, request); !error.empty())
        return Result<Image>::failure(error);
    Page page;
    page.regular = load_font(fonts.regular);
    page.bold = load_font(fonts.bold);
    if (!page.regular.ok || !page.bold.ok) return Result<Image>::failure("The picture's fonts could not be read.");
    page.image = make_image(request.width, request.height, kPaper);
    page.u = request.width / 1200.0;
    page.whole = PixelBox{0, 0, request.width, request.height};
    page.map = picture_map_box(request.width, request.height);

    MapTransform t;
    t.box = page.map;
    t.viewport = Viewport{double(page.map.x1 - page.map.x0), double(page.map.y1 - page.map.y0)};
    t.camera = camera_fit(request.view, t.viewport, 0);
    // The page's shape shows more than the view asked for on two sides: that more is the map's, as far
    // as the map reaches (a view at the map's edge does not show the blank beyond it); a page wider
    // (or taller) than the whole map has it in the middle.
    const MapBox& frame = atlas.map.bbox;
    const double half_w = t.viewport.width / t.camera.pixels_per_km / 2,
                 half_h = t.viewport.height / t.camera.pixels_per_km / 2;
    t.camera.center_x = 2 * half_w <= frame.max_x - frame.min_x
                            ? std::clamp(t.camera.center_x, frame.min_x + half_w, frame.max_x - half_w)
                            : (double(frame.min_x) + frame.max_x) / 2;
    t.camera.center_y = 2 * half_h <= frame.max_y - frame.min_y
                            ? std::clamp(t.camera.center_y, frame.min_y + half_h, frame.max_y - half_h)
                            : (double(frame.min_y) + frame.max_y) / 2;

    const std::vector<int> holders = holders_on(atlas, request.date);
    draw_fills(page, atlas, request, holders, t);
    draw_lines(page, atlas, request, holders, t);
    const PixelBox legend = draw_legend(page, request.layer);
    draw_labels(page, atlas, holders, request.date, t, legend);
    draw_header_and_footer(page, atlas, request);
    return Result<Image>::success(std::move(page.image));
}

Result<std::vector<std::uint8_t>> picture_png(const Atlas& atlas, const PictureFonts& fonts,
                                              const PictureRequest& request) {
    Result<Image> image = draw_picture(atlas, fonts, request);
    if (!image.ok()) return Result<std::vector<std::uint8_t>>::failure(image.error);
    std::vector<std::uint8_t> png = encode_png(*image.value);
    if (png.empty()) return Result<std::vector<std::uint8_t>>::failure("The picture could not be encoded as PNG.");
    return Result<std::vector<std::uint8_t>>::success(std::move(png));
}

}  // namespace atlas
