// Graphics (UI part): ImGui's draw lists, drawn by us rather than by ImGui's GL backend: that backend
// saves and restores GL state with glGet* every frame, and in a browser each such read waits for
// the GPU process to finish all earlier work (it took 90% of a frame on software WebGL).
#include "app/gfx_ui.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "app/gl.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // the windows, for where the UI is opaque

namespace atlas {

namespace {

std::uint64_t bits(float a, float b) {
    std::uint32_t ua = 0, ub = 0;  // std::bit_cast is missing from Emscripten's libc++ here
    std::memcpy(&ua, &a, 4);
    std::memcpy(&ub, &b, 4);
    return (std::uint64_t(ua) << 32) | ub;
}

// What decides a vertex's pixels.
std::uint64_t hash_vertex(std::uint64_t h, const ImDrawVert& v) {
    h = hash_mix(h, bits(v.pos.x, v.pos.y));
    h = hash_mix(h, bits(v.uv.x, v.uv.y));
    return hash_mix(h, v.col);
}

}  // namespace

UiFrame gfx_read_ui() {
    UiFrame ui;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data || data->CmdListsCount == 0) return ui;
    const ImVec2 pos = data->DisplayPos, scale = data->FramebufferScale;
    ui.triangles.reserve(std::size_t(data->TotalIdxCount / 3));
    unsigned vertex_base = 0, index_base = 0;
    for (int i = 0; i < data->CmdListsCount; ++i) {
        const ImDrawList* list = data->CmdLists[i];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;  // the atlas registers no callbacks
            UiCommand c;
            c.vertex_base = vertex_base;
            c.first_index = index_base + cmd.IdxOffset;
            c.texture = unsigned(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
            c.clip = pixel_rect_around((cmd.ClipRect.x - pos.x) * scale.x, (cmd.ClipRect.y - pos.y) * scale.y,
                                       (cmd.ClipRect.z - pos.x) * scale.x, (cmd.ClipRect.w - pos.y) * scale.y, 0);
            if (c.clip.empty()) continue;
            c.triangle_first = unsigned(ui.triangles.size());
            c.triangle_count = cmd.ElemCount / 3;
            // The list's place in the drawing order, the texture and the clip rect decide pixels too.
            std::uint64_t head = hash_mix(hash_mix(std::uint64_t(i), c.texture), bits(cmd.ClipRect.x, cmd.ClipRect.y));
            head = hash_mix(head, bits(cmd.ClipRect.z, cmd.ClipRect.w));
            for (unsigned t = 0; t < c.triangle_count; ++t) {
                std::uint64_t h = head;
                float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
                for (unsigned k = 0; k < 3; ++k) {
                    const ImDrawVert& v = list->VtxBuffer[list->IdxBuffer[int(cmd.IdxOffset + 3 * t + k)]];
                    h = hash_vertex(h, v);
                    x0 = std::min(x0, v.pos.x), y0 = std::min(y0, v.pos.y);
                    x1 = std::max(x1, v.pos.x), y1 = std::max(y1, v.pos.y);
                }
                const PixelRect box = pixel_rect_around((x0 - pos.x) * scale.x, (y0 - pos.y) * scale.y,
                                                        (x1 - pos.x) * scale.x, (y1 - pos.y) * scale.y, 1);
                ui.triangles.push_back({h, intersect(box, c.clip)});
            }
            ui.commands.push_back(c);
        }
        if (list == ImGui::GetBackgroundDrawList() && ui.background == 0 && i == 0) ui.background = ui.triangles.size();
        vertex_base += unsigned(list->VtxBuffer.Size);
        index_base += unsigned(list->IdxBuffer.Size);
    }
    return ui;
}

std::vector<PixelRect> gfx_opaque_ui_rects() {
    std::vector<PixelRect> out;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiStyle& style = g.Style;
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data || style.Alpha < 1) return out;
    const ImVec2 pos = data->DisplayPos, scale = data->FramebufferScale;
    for (const ImGuiWindow* w : g.Windows) {
        if (!w->Active || w->Hidden || (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_NoBackground)))
            continue;
        const bool popup = w->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip);
        if (style.Colors[popup ? ImGuiCol_PopupBg : ImGuiCol_WindowBg].w < 1) continue;
        // In device pixels, a pixel inside the edge (antialiased), less the corners' rounding.
        const float r = w->WindowRounding * std::max(scale.x, scale.y) + 1;
        const float x0 = (w->Pos.x - pos.x) * scale.x + 1, y0 = (w->Pos.y - pos.y) * scale.y + 1;
        const float x1 = (w->Pos.x + w->Size.x - pos.x) * scale.x - 1,
                    y1 = (w->Pos.y + w->Size.y - pos.y) * scale.y - 1;
        const auto inside = [](float a0, float b0, float a1, float b1) {
            return PixelRect{int(std::ceil(a0)), int(std::ceil(b0)), int(std::floor(a1)), int(std::floor(b1))};
        };
        for (const PixelRect& rect : {inside(x0 + r, y0, x1 - r, y1), inside(x0, y0 + r, x1, y1 - r)})
            if (!rect.empty()) out.push_back(rect);
    }
    return out;
}

void gfx_upload_ui(GfxContext& gfx) {
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data || data->CmdListsCount == 0) return;
    glBindBuffer(GL_ARRAY_BUFFER, gfx.ui_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gfx.ui_ibo);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data->TotalVtxCount * sizeof(ImDrawVert)), nullptr, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(data->TotalIdxCount * sizeof(ImDrawIdx)), nullptr, GL_STREAM_DRAW);
    for (int i = 0, vtx = 0, idx = 0; i < data->CmdListsCount; ++i) {
        const ImDrawList* list = data->CmdLists[i];
        glBufferSubData(GL_ARRAY_BUFFER, GLintptr(vtx * sizeof(ImDrawVert)),
                        GLsizeiptr(list->VtxBuffer.Size * sizeof(ImDrawVert)), list->VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, GLintptr(idx * sizeof(ImDrawIdx)),
                        GLsizeiptr(list->IdxBuffer.Size * sizeof(ImDrawIdx)), list->IdxBuffer.Data);
        vtx += list->VtxBuffer.Size;
        idx += list->IdxBuffer.Size;
    }
}

namespace {

// Blending, program and buffers for drawing ImGui's vertices; (sx, sy, ox, oy) maps ImGui's CSS
// pixels to clip space: x * sx + ox, y * sy + oy.
void begin_ui_pass(const GfxContext& gfx, float sx, float sy, float ox, float oy) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(gfx.ui_program);
    glUniform4f(gfx.ui_screen_uniform, sx, sy, ox, oy);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(gfx.ui_vao);
    glBindBuffer(GL_ARRAY_BUFFER, gfx.ui_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gfx.ui_ibo);
}

// Each list's indices count from its own first vertex (WebGL2 has no base-vertex draw).
void bind_ui_vertices(unsigned vertex_base) {
    const auto base = std::uintptr_t(vertex_base) * sizeof(ImDrawVert);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          reinterpret_cast<void*>(base + offsetof(ImDrawVert, pos)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          reinterpret_cast<void*>(base + offsetof(ImDrawVert, uv)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          reinterpret_cast<void*>(base + offsetof(ImDrawVert, col)));
}

void draw_ui_triangles(const UiCommand& c, unsigned first, unsigned end) {
    glDrawElements(GL_TRIANGLES, GLsizei(3 * (end - first)),
                   sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                   reinterpret_cast<void*>(std::uintptr_t(c.first_index + 3 * first) * sizeof(ImDrawIdx)));
}

}  // namespace

void gfx_draw_ui_in(const GfxContext& gfx, const UiFrame& ui, const PixelRect& rect, int screen_height) {
    const ImDrawData* data = ImGui::GetDrawData();
    if (!data || ui.commands.empty()) return;
    const ImVec2 pos = data->DisplayPos, size = data->DisplaySize;
    begin_ui_pass(gfx, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * pos.x / size.x, 1.0f + 2.0f * pos.y / size.y);
    glEnable(GL_SCISSOR_TEST);
    unsigned bound_base = ~0u;
    for (const UiCommand& c : ui.commands) {
        const PixelRect clip = intersect(c.clip, rect);
        if (clip.empty()) continue;
        if (c.vertex_base != bound_base) bind_ui_vertices(bound_base = c.vertex_base);
        glScissor(clip.x0, screen_height - clip.y1, clip.x1 - clip.x0,
                  clip.y1 - clip.y0);  // GL counts y from the bottom
        glBindTexture(GL_TEXTURE_2D, c.texture);
        // Runs of the triangles that can touch the clip; short gaps are drawn through (a draw call
        // costs more than a few triangles the scissor drops).
        constexpr unsigned kGap = 16;
        unsigned run_first = 0, run_end = 0;
        bool in_run = false;
        for (unsigned t = 0; t < c.triangle_count; ++t) {
            if (!overlaps(ui.triangles[c.triangle_first + t].box, clip)) continue;
            if (in_run && t - run_end > kGap) draw_ui_triangles(c, run_first, run_end), in_run = false;
            if (!in_run) run_first = t, in_run = true;
            run_end = t + 1;
        }
        if (in_run) draw_ui_triangles(c, run_first, run_end);
    }
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
}

void gfx_warm_up_ui(const GfxContext& gfx, unsigned texture, const PixelRect& rect, int screen_width,
                    int screen_height) {
    begin_ui_pass(gfx, 2.0f / float(screen_width), -2.0f / float(screen_height), -1.0f, 1.0f);  // device pixels
    const auto x0 = float(rect.x0), y0 = float(rect.y0), x1 = float(rect.x1), y1 = float(rect.y1);
    const ImDrawVert vertices[] = {{ImVec2(x0, y0), ImVec2(0, 0), 0xFFFFFFFF},
                                   {ImVec2(x1, y0), ImVec2(1, 0), 0xFFFFFFFF},
                                   {ImVec2(x0, y1), ImVec2(0, 1), 0xFFFFFFFF}};
    const ImDrawIdx indices[] = {0, 1, 2};
    glBufferData(GL_ARRAY_BUFFER, sizeof vertices, vertices, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof indices, indices, GL_STREAM_DRAW);
    bind_ui_vertices(0);
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.x0, screen_height - rect.y1, rect.x1 - rect.x0, rect.y1 - rect.y0);
    glBindTexture(GL_TEXTURE_2D, texture);
    draw_ui_triangles(UiCommand{}, 0, 1);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
}

}  // namespace atlas
