// Graphics layer: every GL call of the app lives behind these functions. Its state is its own
// (gfx.cpp); the rest of the app holds it only through GfxState.
//
// Inside: gfx.cpp (the frame: what changed, the render cache's timing) uses gfx_ui.cpp (ImGui's
// lists) and gfx_context.cpp (the GL context's programs, buffers, tables, layers and font
// textures). A new render pass goes into that order.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/map_asset.hpp"
#include "core/palette.hpp"

namespace atlas {

struct Gfx;  // gfx.cpp
struct GfxFree {
    void operator()(Gfx* gfx) const;
};
using GfxState = std::unique_ptr<Gfx, GfxFree>;

GfxState gfx_create();  // nothing on the GPU yet
// With the GL context current: starts compiling the shaders.
void gfx_init(Gfx& gfx);
bool gfx_shaders_ready(Gfx& gfx, std::string& error);  // waits for them; false with the log on failure
// The screen cleared to the sea, and the first frame's draws tried on a few pixels under the loading
// card, so that the GPU compiles their code while the data loads (gfx_context_warm_up).
void gfx_warm_up(Gfx& gfx, const Viewport& viewport, float pixel_ratio);
void gfx_upload_map(Gfx& gfx, const MapGeometry& map);  // once, after load
bool gfx_map_uploaded(const Gfx& gfx);
// New per-region colours, holders and emphasis; with fade the old colours stay for the cross-fade.
// False when nothing looks different (no fade is needed then).
bool gfx_update_colors(Gfx& gfx, const std::vector<Rgba8>& fills, const std::vector<int>& holders,
                       const std::vector<bool>& emphasised, bool fade);
// ImGui's font atlas as rasterised, to the GPU; also its halo for the map's labels, the atlas
// dilated by halo_x atlas pixels across and halo_y down. False while there is no GL context yet.
bool gfx_upload_fonts(Gfx& gfx, int halo_x, int halo_y);
// The labels' halo texture and its reach in atlas pixels (ui_map_overlay draws with it).
struct FontHalo {
    unsigned texture = 0;
    int reach_x = 0, reach_y = 0;
};
FontHalo gfx_font_halo(const Gfx& gfx);

// How the app wants this frame's map.
struct MapView {
    const MapGeometry* geometry = nullptr;
    Camera camera;
    Viewport viewport;
    float pixel_ratio = 1;
    float fade = 1;         // < 1 while the colours cross-fade
    bool emphasis = false;  // outline the emphasised regions, dim the rest
    bool held = false;      // a hand holds the map (a drag): it has not come to rest
};

// The frame: the map through its layer (core/map_layer), drawn again when needed, copied to the
// screen, cross-faded from the previous layer while fading; ImGui's draw data over it. When the
// platform keeps the last frame, only what changed is drawn (core/damage). A near copy of the map
// (the camera moving) is drawn exactly once the camera has rested: gfx_wants_frame says when.
void gfx_frame(Gfx& gfx, const MapView& view, double now, bool keeps_last_frame);
// A frame is due for the render cache (the map exact at rest, the layer's first use): true once.
bool gfx_wants_frame(Gfx& gfx, double now);
void gfx_redraw_all(Gfx& gfx);  // the next frame draws the whole screen, not only what changed

// For the page's API and the benchmark.
struct GfxStats {
    long long drawn_pixels = 0;      // device pixels drawn on screen since the start
    std::uint32_t frames_drawn = 0;  // frames that changed the screen
};
GfxStats gfx_stats(const Gfx& gfx);

void gfx_shutdown(Gfx& gfx);

}  // namespace atlas
