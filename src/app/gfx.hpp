// Graphics layer: every GL call of the app lives behind these functions.
#pragma once

#include <vector>

#include "app/app.hpp"

namespace atlas {

void gfx_init(Gfx& gfx);  // starts compiling the shaders
bool gfx_shaders_ready(Gfx& gfx, std::string& error);  // waits for them; false with the log on failure
void gfx_upload_map(Gfx& gfx, const MapGeometry& map);  // once, after load
// New per-region colours, holders and emphasis; with fade the old colours stay for the cross-fade.
// False when nothing looks different (no fade is needed then).
bool gfx_update_colors(Gfx& gfx, const std::vector<Rgba8>& fills, const std::vector<int>& holders,
                       const std::vector<bool>& emphasised, bool fade);
// How this frame wants the map.
struct MapFrameOptions {
    float fade = 1;         // < 1 while the colours cross-fade
    bool emphasis = false;  // outline the emphasised regions, dim the rest
    bool settled = true;    // the camera has rested long enough to want the exact map
    bool direct = false;    // straight to the screen, no layer (the first frame: see main.cpp)
};

// The frame: the map through its layer (core/map_layer), drawn again when needed, copied to the
// screen, cross-faded from the previous layer while fading; ImGui's draw data over it. When the
// platform keeps the last frame, only what changed is drawn (core/damage). Returns false when the
// map's copy was only near: the caller draws once more when the camera has settled.
// While the camera moves (and motion is not null) the map may go through the motion canvas instead
// (core/map_motion, app/gfx_motion.hpp); this canvas is then clear where the map is.
bool gfx_draw_frame(Gfx& gfx, GfxMotion* motion, const MapGeometry& geometry, const Camera& camera,
                    const Viewport& viewport, float pixel_ratio, const MapFrameOptions& options, bool keeps_last_frame);
// The map (sea, fills, borders; colours at rest) over the whole of the bound framebuffer, which is
// `viewport` large: for the motion canvas.
void gfx_draw_map(const Gfx& gfx, const MapBox& frame, const Camera& camera, const Viewport& viewport, float pixel_ratio,
                  bool emphasis);
// Another context's Gfx takes the colour tables, or the font textures, of the main one.
void gfx_copy_colors(Gfx& to, const Gfx& from);
void gfx_copy_fonts(Gfx& to, const Gfx& from);
void gfx_shutdown(Gfx& gfx);
// After the UI rebuilt ImGui's font atlas; also makes the halo texture, the atlas dilated by
// halo_x atlas pixels across and halo_y down (the atlas needs more padding than that).
void gfx_upload_font_atlas(Gfx& gfx, int halo_x, int halo_y);

}  // namespace atlas
