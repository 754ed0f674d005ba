// Graphics (the GL context): its programs, the map's buffers, the per-region tables, the map's
// layers and the font textures, and drawing the map. Inside the graphics layer only (gfx.hpp is
// the rest of the app's way in).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/damage.hpp"
#include "core/map_asset.hpp"
#include "core/map_layer.hpp"
#include "core/palette.hpp"

namespace atlas {

// A texture the map is drawn into (core/map_layer), and where it was drawn.
struct GfxLayer {
    unsigned texture = 0, framebuffer = 0;
    int texture_width = 0, texture_height = 0;
    LayerPlacement placement;  // width 0: nothing drawn yet
    bool emphasis = false;     // drawn with the emphasised regions outlined and the rest dimmed
};

struct GfxContext {
    bool initialised = false;  // gfx_context_init ran: there is a GL context to upload to
    unsigned fill_program = 0, line_program = 0, layer_program = 0, layer_vao = 0;
    unsigned fill_vao = 0, fill_vbo_pos = 0, fill_vbo_region = 0, fill_ibo = 0;
    unsigned line_vao = 0, line_vbo = 0, line_ibo = 0;
    unsigned colors_old = 0, colors_new = 0, holders_tex = 0;                       // per-region tables
    unsigned ui_program = 0, ui_vao = 0, ui_vbo = 0, ui_ibo = 0, font_texture = 0;  // ImGui's draw lists
    unsigned font_halo_texture = 0;        // the font atlas dilated: the map labels' halo (core/dilate)
    int font_halo_x = 0, font_halo_y = 0;  // its reach in atlas pixels
    int ui_screen_uniform = -1;
    int index_count = 0, table_width = 256, table_height = 1;
    // Border segments of each level of detail, one after the other in line_ibo (core/arc_levels):
    // each level's arcs as runs of segments with their boxes, and each region's fill indices, in
    // buffer order, to draw only what can show (core/map_layer ranges_in_view).
    std::vector<float> line_level_tolerance;  // km
    std::vector<std::vector<BoxedRange>> line_level_arcs;
    std::vector<BoxedRange> region_ranges;
    bool map_uploaded = false;
    // layers[current] has the map as it is now; the other, the map a cross-fade starts from (made
    // for a fade and freed once it ends).
    GfxLayer layers[2];
    int current = 0;
    bool layer_stale = true;  // colours or emphasis changed since layers[current] was drawn
    int max_texture_size = 4096;
    std::vector<MapBox> region_boxes;           // km
    std::vector<Rgba8> region_colors;           // as last uploaded, a cell a region
    std::vector<std::uint16_t> region_holders;  // as last uploaded, (holder, emphasised) pairs
    std::vector<int> fading_regions;            // changed colour since the map was last at rest
};

// How this frame wants the map.
struct MapFrameOptions {
    float fade = 1;         // < 1 while the colours cross-fade
    bool emphasis = false;  // outline the emphasised regions, dim the rest
    bool settled = true;    // the camera has rested long enough to want the exact map
    bool direct = false;    // straight to the screen, no layer (the first frame: see gfx.cpp)
};

// How the map reaches the screen this frame.
struct MapComposite {
    bool direct = true;   // drawn straight to the screen (no layer)
    bool fading = false;  // mixed from the layer of the colours before
    bool exact = true;    // the layer is copied texel for pixel (not scaled while the camera moves)
    // Drawn straight to the screen in the start-up's first frames, with borders a level coarser
    // (a third fewer triangles on the GPU's first frame); the frame after them draws them exactly.
    bool coarse = false;
};

void gfx_context_init(GfxContext& gfx);                       // starts compiling the shaders
bool gfx_context_ready(GfxContext& gfx, std::string& error);  // waits for them; false with the log on failure
// The screen cleared to the sea, and a few pixels at its middle drawn as the first frame draws the map
// and the UI (a placeholder triangle and border, with the same programs, vertex formats, textures
// and blending): SwiftShader compiles a draw's code the first time it runs it. Before the map is loaded.
void gfx_context_warm_up(GfxContext& gfx, const Viewport& viewport, float pixel_ratio);
void gfx_context_upload_map(GfxContext& gfx, const MapGeometry& map);  // once, after load
// New per-region colours, holders and emphasis; with fade the old colours stay for the cross-fade.
// False when nothing looks different (no fade is needed then).
bool gfx_context_update_colors(GfxContext& gfx, const std::vector<Rgba8>& fills, const std::vector<int>& holders,
                               const std::vector<bool>& emphasised, bool fade);
// After the UI rebuilt ImGui's font atlas; also makes the halo texture, the atlas dilated by
// halo_x atlas pixels across and halo_y down (the atlas needs more padding than that).
void gfx_context_upload_fonts(GfxContext& gfx, int halo_x, int halo_y);
void gfx_context_shutdown(GfxContext& gfx);

// Draws the layer again when it is stale or no longer covers the view (core/map_layer).
MapComposite gfx_prepare_map(GfxContext& gfx, const MapBox& frame, const Camera& camera, const Viewport& viewport,
                             float pixel_ratio, const MapFrameOptions& options);
// The map within `rect` of the screen: paper, then the layer copied (or mixed), or the map itself.
void gfx_composite_map(const GfxContext& gfx, const MapComposite& m, const MapBox& frame, const Camera& camera,
                       const Viewport& viewport, float pixel_ratio, const MapFrameOptions& options,
                       const PixelRect& rect);

}  // namespace atlas
