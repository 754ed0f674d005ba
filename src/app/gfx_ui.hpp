// Graphics (UI part): ImGui's draw lists, drawn by us, in whole or only within a rect of damage.
#pragma once

#include <vector>

#include "app/gfx_context.hpp"
#include "core/damage.hpp"

namespace atlas {

// One ImGui draw command: where its vertices and indices sit in the frame's buffers, its texture,
// its clip rect and the range of the frame's triangles it draws.
struct UiCommand {
    unsigned vertex_base = 0, first_index = 0, triangle_first = 0, triangle_count = 0, texture = 0;
    PixelRect clip;  // device pixels, y down
};

// This frame's ImGui draw data as triangles (hashes and boxes, for core/damage) and commands.
struct UiFrame {
    std::vector<DrawnTriangle> triangles;
    std::size_t background = 0;  // the first triangles: ImGui's background list (the map's labels), under every window
    std::vector<UiCommand> commands;
};

UiFrame gfx_read_ui();
// Where this frame's windows are opaque: each window's rect less its rounded corners (device pixels).
// Under an unchanged window the map need not be drawn again when it moves.
std::vector<PixelRect> gfx_opaque_ui_rects();
void gfx_upload_ui(GfxContext& gfx);  // this frame's vertices and indices, all lists in one buffer
// The commands' triangles that can touch `rect`, clipped to it.
void gfx_draw_ui_in(const GfxContext& gfx, const UiFrame& ui, const PixelRect& rect, int screen_height);
// One triangle as the UI draws its lists (program, vertex format, blending) with `texture`, inside
// `rect` (device pixels, y down) of a screen this size: the start-up's warm-up (gfx_context_warm_up).
void gfx_warm_up_ui(const GfxContext& gfx, unsigned texture, const PixelRect& rect, int screen_width,
                    int screen_height);

}  // namespace atlas
