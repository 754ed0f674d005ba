// Graphics (the GL context): shader programs, the map's buffers (uploaded once), per-region tables,
// the map's layers, font textures; drawing the map.
#include "app/gfx_context.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>

#include "app/gfx_ui.hpp"
#include "app/gl.hpp"
#include "core/arc_levels.hpp"
#include "core/assert.hpp"
#include "core/dilate.hpp"
#include "core/map_layer.hpp"
#include "imgui.h"
#include "shaders.h"

namespace atlas {

namespace {

// Levels of detail for borders and coasts, km. map.bin's arcs are already simplified to ~2 km;
// 5 km serves the whole map on a laptop screen, 12 km a phone's.
constexpr float kLineLevelTolerances[] = {0, 5, 12};

// Our shaders are GLSL ES 3.00; desktop GL 3.3 reads them with another version line
// (precision qualifiers are accepted and ignored there).
std::string for_this_gl(const char* source) {
    std::string text = source;
#ifndef __EMSCRIPTEN__
    const std::string es = "#version 300 es";
    if (text.rfind(es, 0) == 0) text.replace(0, es.size(), "#version 330 core");
#endif
    return text;
}

// Compiles and links without reading any status: in a browser every status read waits for the
// GPU process, so the app reads them (check_program) after loading its data, and the GPU process
// compiles meanwhile.
unsigned start_program(const char* vs, const char* fs) {
    const unsigned program = glCreateProgram();
    for (const auto& [type, source] : {std::pair{GL_VERTEX_SHADER, vs}, {GL_FRAGMENT_SHADER, fs}}) {
        const std::string text = for_this_gl(source);
        const char* ptr = text.c_str();
        const unsigned shader = glCreateShader(type);
        glShaderSource(shader, 1, &ptr, nullptr);
        glCompileShader(shader);
        glAttachShader(program, shader);
    }
    glLinkProgram(program);
    return program;
}

// The link status; on failure the log of the shader that did not compile, or the linker's.
// The shaders are freed either way (the program keeps what it needs).
bool check_program(unsigned program, const char* name, std::string& error) {
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    GLuint shaders[2] = {};
    GLsizei count = 0;
    glGetAttachedShaders(program, 2, &count, shaders);
    char log[2048] = {};
    for (GLsizei i = 0; i < count; ++i) {
        GLint compiled = 1;
        if (!linked) glGetShaderiv(shaders[i], GL_COMPILE_STATUS, &compiled);
        if (!compiled && error.empty()) {
            glGetShaderInfoLog(shaders[i], sizeof log, nullptr, log);
            error = std::string("shader ") + name + ": " + log;
        }
        glDetachShader(program, shaders[i]);
        glDeleteShader(shaders[i]);
    }
    if (!linked && error.empty()) {
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        error = std::string("program ") + name + ": " + log;
    }
    return linked;
}

unsigned make_table(int width, int height, bool integer) {
    unsigned tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    if (integer)
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RG16UI, width, height, 0, GL_RG_INTEGER, GL_UNSIGNED_SHORT, nullptr);
    else
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    return tex;
}

// One corner of a border segment's quad. Segments are expanded on the CPU, not instanced:
// software renderers (SwiftShader, llvmpipe) run each instance as its own draw. The four corners of
// a segment are stored in a row from a multiple of four: the shader tells which one it is from
// gl_VertexID (0/1 along it, -1/+1 across it in the order (0,-1) (1,-1) (0,1) (1,1)).
struct SegmentCorner {
    float x0, y0, x1, y1;  // the segment, map km
    std::uint16_t region_a, region_b;
};

// A static buffer's data, passed in pieces: Chromium hands GL data to the GPU process through a
// transfer buffer shared with it, and what the largest single call touched of it stays resident in
// both processes (3.8 MiB after the border corners in one piece, 1.6 MiB in these pieces;
// docs/performance-notes.md).
constexpr std::size_t kUploadPiece = 256 * 1024;
void upload_static_buffer(GLenum target, std::size_t bytes, const void* data) {
    glBufferData(target, GLsizeiptr(bytes), nullptr, GL_STATIC_DRAW);
    for (std::size_t at = 0; at < bytes; at += kUploadPiece)
        glBufferSubData(target, GLintptr(at), GLsizeiptr(std::min(kUploadPiece, bytes - at)),
                        static_cast<const char*>(data) + at);
}

void set_view_uniforms(unsigned program, const Camera& camera, const Viewport& viewport) {
    glUniform4f(glGetUniformLocation(program, "u_view"), float(camera.center_x), float(camera.center_y),
                float(2 * camera.pixels_per_km / viewport.width), float(2 * camera.pixels_per_km / viewport.height));
}

void bind_tables(const GfxContext& gfx, unsigned program, bool emphasis) {
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, gfx.colors_old);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, gfx.colors_new);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, gfx.holders_tex);
    glUniform1i(glGetUniformLocation(program, "u_colors_old"), 0);
    glUniform1i(glGetUniformLocation(program, "u_colors_new"), 1);
    glUniform1i(glGetUniformLocation(program, "u_holders"), 2);
    glUniform1i(glGetUniformLocation(program, "u_table_width"), gfx.table_width);
    glUniform1i(glGetUniformLocation(program, "u_emphasis"), emphasis ? 1 : 0);
}

}  // namespace

void gfx_context_init(GfxContext& gfx) {
    gfx.initialised = true;
    gfx.fill_program = start_program(shader_map_fill_vert_glsl, shader_map_fill_frag_glsl);
    gfx.line_program = start_program(shader_map_line_vert_glsl, shader_map_line_frag_glsl);
    gfx.ui_program = start_program(shader_ui_vert_glsl, shader_ui_frag_glsl);
    gfx.layer_program = start_program(shader_map_layer_vert_glsl, shader_map_layer_frag_glsl);
    glGenVertexArrays(1, &gfx.layer_vao);  // the layer's triangle has no attributes, but GL wants a VAO
    glGenVertexArrays(1, &gfx.ui_vao);
    glGenBuffers(1, &gfx.ui_vbo);
    glGenBuffers(1, &gfx.ui_ibo);
    ImGui::GetIO().BackendRendererName = "atlas_gfx";
}

bool gfx_context_ready(GfxContext& gfx, std::string& error) {
    if (!check_program(gfx.fill_program, "map_fill", error) || !check_program(gfx.line_program, "map_line", error) ||
        !check_program(gfx.ui_program, "ui", error) || !check_program(gfx.layer_program, "map_layer", error))
        return false;
    gfx.ui_screen_uniform = glGetUniformLocation(gfx.ui_program, "u_screen");
    glUseProgram(gfx.ui_program);
    glUniform1i(glGetUniformLocation(gfx.ui_program, "u_font"), 0);
    return true;
}

void gfx_context_upload_map(GfxContext& gfx, const MapGeometry& map) {
    const std::vector<std::uint16_t> region_ids = vertex_region_ids(map);

    glGenVertexArrays(1, &gfx.fill_vao);
    glBindVertexArray(gfx.fill_vao);
    glGenBuffers(1, &gfx.fill_vbo_pos);
    glBindBuffer(GL_ARRAY_BUFFER, gfx.fill_vbo_pos);
    upload_static_buffer(GL_ARRAY_BUFFER, map.vertices.size() * sizeof(Vec2f), map.vertices.data());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(Vec2f), nullptr);
    glGenBuffers(1, &gfx.fill_vbo_region);
    glBindBuffer(GL_ARRAY_BUFFER, gfx.fill_vbo_region);
    upload_static_buffer(GL_ARRAY_BUFFER, region_ids.size() * 2, region_ids.data());
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_SHORT, 2, nullptr);
    glGenBuffers(1, &gfx.fill_ibo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gfx.fill_ibo);
    upload_static_buffer(GL_ELEMENT_ARRAY_BUFFER, map.indices.size() * 4, map.indices.data());
    gfx.index_count = int(map.indices.size());

    // Border and coast segments as quads (four corners, two triangles each), for every level of
    // detail: zoomed out, a coarser level draws ~40% fewer segments that look the same.
    std::vector<SegmentCorner> corners;
    std::vector<std::uint32_t> quads;
    for (const ArcLevel& level : arc_levels(map, kLineLevelTolerances)) {
        gfx.line_level_tolerance.push_back(level.tolerance);
        std::vector<BoxedRange>& arcs = gfx.line_level_arcs.emplace_back();
        for (const MapArc& arc : level.arcs) {
            if (arc.point_count < 2) continue;
            arcs.push_back({std::uint32_t(quads.size() / 6), arc.point_count - 1,
                            box_of(std::span(level.points).subspan(arc.first_point, arc.point_count))});
            for (std::uint32_t i = 0; i + 1 < arc.point_count; ++i) {
                const Vec2f a = level.points[arc.first_point + i], b = level.points[arc.first_point + i + 1];
                const auto first = std::uint32_t(corners.size());
                corners.insert(corners.end(), 4, SegmentCorner{a.x, a.y, b.x, b.y, arc.region_a, arc.region_b});
                for (std::uint32_t k : {0u, 1u, 2u, 2u, 1u, 3u}) quads.push_back(first + k);
            }
        }
    }
    glGenVertexArrays(1, &gfx.line_vao);
    glBindVertexArray(gfx.line_vao);
    glGenBuffers(1, &gfx.line_vbo);
    glBindBuffer(GL_ARRAY_BUFFER, gfx.line_vbo);
    upload_static_buffer(GL_ARRAY_BUFFER, corners.size() * sizeof(SegmentCorner), corners.data());
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(SegmentCorner), reinterpret_cast<void*>(0));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, sizeof(SegmentCorner), reinterpret_cast<void*>(8));
    glEnableVertexAttribArray(3);
    glVertexAttribIPointer(3, 2, GL_UNSIGNED_SHORT, sizeof(SegmentCorner), reinterpret_cast<void*>(16));
    glGenBuffers(1, &gfx.line_ibo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gfx.line_ibo);
    upload_static_buffer(GL_ELEMENT_ARRAY_BUFFER, quads.size() * 4, quads.data());
    glBindVertexArray(0);

    gfx.table_width = 256;
    gfx.table_height = std::max<int>(1, int((map.regions.size() + 255) / 256));
    gfx.colors_old = make_table(gfx.table_width, gfx.table_height, false);
    gfx.colors_new = make_table(gfx.table_width, gfx.table_height, false);
    gfx.holders_tex = make_table(gfx.table_width, gfx.table_height, true);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &gfx.max_texture_size);  // once, after the load: reads wait for the GPU
    gfx.region_boxes = region_boxes(map);
    for (std::size_t r = 0; r < map.regions.size(); ++r)
        gfx.region_ranges.push_back({map.regions[r].first_index, map.regions[r].index_count, gfx.region_boxes[r]});
    std::sort(gfx.region_ranges.begin(), gfx.region_ranges.end(),
              [](const BoxedRange& a, const BoxedRange& b) { return a.first < b.first; });
    gfx.layer_stale = true;
    gfx.map_uploaded = true;
}

bool gfx_context_update_colors(GfxContext& gfx, const std::vector<Rgba8>& fills, const std::vector<int>& holders,
                               const std::vector<bool>& emphasised, bool fade) {
    ATLAS_ASSERT(gfx.map_uploaded);  // the tables are made with the map's buffers
    const std::size_t cells = std::size_t(gfx.table_width) * std::size_t(gfx.table_height);
    std::vector<Rgba8> colors(cells);
    std::copy_n(fills.begin(), std::min(cells, fills.size()), colors.begin());
    std::vector<std::uint16_t> holder_ids(cells * 2, 0);  // (holder, emphasised) pairs
    for (std::size_t i = 0; i < std::min(cells, holders.size()); ++i) {
        holder_ids[2 * i] = holders[i] < 0 ? 0xFFFF : std::uint16_t(holders[i]);
        holder_ids[2 * i + 1] = i < emphasised.size() && emphasised[i] ? 1 : 0;
    }
    // The regions that look different now: redrawn on screen while the fade runs (core/damage).
    const bool same_size = gfx.region_colors.size() == cells && gfx.region_holders.size() == cells * 2;
    std::vector<int> changed;
    for (std::size_t i = 0; i < std::min(cells, gfx.region_boxes.size()); ++i)
        if (!same_size || colors[i] != gfx.region_colors[i] || holder_ids[2 * i] != gfx.region_holders[2 * i] ||
            holder_ids[2 * i + 1] != gfx.region_holders[2 * i + 1])
            changed.push_back(int(i));
    if (same_size && changed.empty()) return false;
    if (!fade) gfx.fading_regions.clear();
    gfx.fading_regions.insert(gfx.fading_regions.end(), changed.begin(), changed.end());
    gfx.region_colors = colors;
    gfx.region_holders = holder_ids;
    // The new table becomes the old one; the fade runs from it to the fresh colours. Likewise the
    // layers: the one on screen is kept for the cross-fade to start from, the other is drawn anew.
    std::swap(gfx.colors_old, gfx.colors_new);
    if (fade) gfx.current = 1 - gfx.current;
    gfx.layer_stale = true;
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, gfx.colors_new);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, gfx.table_width, gfx.table_height, GL_RGBA, GL_UNSIGNED_BYTE,
                    colors.data());
    if (!fade) {
        glBindTexture(GL_TEXTURE_2D, gfx.colors_old);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, gfx.table_width, gfx.table_height, GL_RGBA, GL_UNSIGNED_BYTE,
                        colors.data());
    }
    glBindTexture(GL_TEXTURE_2D, gfx.holders_tex);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, gfx.table_width, gfx.table_height, GL_RG_INTEGER, GL_UNSIGNED_SHORT,
                    holder_ids.data());
    return true;
}

namespace {

// Borders may stray this far from the stored ones, in pixels of what they are drawn into: half a
// pixel on screen and in a layer at rest; a whole one (two of the screen's) in a motion layer, and
// one in the start-up's first frames, drawn straight to the screen (MapComposite::coarse).
constexpr double kLineErrorPixels = 0.5, kMotionLineErrorPixels = 1.0, kFirstFramesLineErrorPixels = 1.0;
// Culled runs are joined across gaps this short (a draw call costs about as much as ~30 triangles).
constexpr std::uint32_t kMaxGapIndices = 96, kMaxGapSegments = 32;

// Sea, fills (cross-faded from the old colours while fade < 1) and borders for this camera, into
// whatever framebuffer is bound (a layer or the screen), only within `clip` (device pixels, y down).
void draw_map_geometry(const GfxContext& gfx, const MapBox& /*frame*/, const Camera& camera, const Viewport& viewport,
                       float pixel_ratio, float fade, bool emphasis, const PixelRect& clip,
                       double line_error_pixels = kLineErrorPixels) {
    const double h = viewport.height * pixel_ratio;
    const auto scissor = [&](const PixelRect& r) {
        glScissor(r.x0, int(h) - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    };  // GL: y up
    glEnable(GL_SCISSOR_TEST);
    scissor(clip);
    // Open sea around the map's frame too: the camera keeps the frame's edge under the big panels
    // (core/camera.hpp camera_clamp), and in the margins beside them no straight edge of paper shows.
    glClearColor(0.84f, 0.89f, 0.92f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);

    scissor(clip);

    glDisable(GL_BLEND);
    glUseProgram(gfx.fill_program);
    set_view_uniforms(gfx.fill_program, camera, viewport);
    bind_tables(gfx, gfx.fill_program, emphasis);
    glUniform1f(glGetUniformLocation(gfx.fill_program, "u_fade"), fade);
    glUniform1f(glGetUniformLocation(gfx.fill_program, "u_pixel_ratio"), pixel_ratio);
    // Only what can show: the view's box, grown by the widest border's reach (CSS pixels).
    KmBox view = view_box(camera, viewport);
    const double reach = 4 / camera.pixels_per_km;
    view = KmBox{view.min_x - reach, view.min_y - reach, view.max_x + reach, view.max_y + reach};
    glBindVertexArray(gfx.fill_vao);
    for (const DrawRange& run : ranges_in_view(gfx.region_ranges, view, kMaxGapIndices))
        glDrawElements(GL_TRIANGLES, GLsizei(run.count), GL_UNSIGNED_INT,
                       reinterpret_cast<void*>(std::uintptr_t(run.first) * sizeof(std::uint32_t)));

    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
    glUseProgram(gfx.line_program);
    set_view_uniforms(gfx.line_program, camera, viewport);
    bind_tables(gfx, gfx.line_program, emphasis);
    glUniform2f(glGetUniformLocation(gfx.line_program, "u_viewport"), float(viewport.width * pixel_ratio),
                float(viewport.height * pixel_ratio));
    glUniform1f(glGetUniformLocation(gfx.line_program, "u_pixel_ratio"), pixel_ratio);
    glBindVertexArray(gfx.line_vao);
    // The coarsest level that strays less than line_error_pixels from the stored borders.
    const double km_per_device_pixel = 1.0 / (camera.pixels_per_km * pixel_ratio);
    const std::size_t level = pick_arc_level(gfx.line_level_tolerance, line_error_pixels * km_per_device_pixel);
    const std::vector<DrawRange> runs = ranges_in_view(gfx.line_level_arcs[level], view, kMaxGapSegments);
    for (int pass = 0; pass < (emphasis ? 2 : 1); ++pass) {
        glUniform1i(glGetUniformLocation(gfx.line_program, "u_pass"), pass);
        for (const DrawRange& run : runs)
            glDrawElements(GL_TRIANGLES, GLsizei(run.count * 6), GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(std::uintptr_t(run.first) * 6 * sizeof(std::uint32_t)));
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace

namespace {

// The texture the size of the layer; a motion layer, smaller, is drawn into the corner of the one
// there (no new texture while the camera moves, none kept larger than a layer at rest needs).
void size_layer(GfxLayer& layer, int width, int height, bool motion) {
    if (layer.texture && layer.texture_width == width && layer.texture_height == height) return;
    if (motion && layer.texture && layer.texture_width >= width && layer.texture_height >= height) return;
    if (!layer.texture) {
        glGenTextures(1, &layer.texture);
        glGenFramebuffers(1, &layer.framebuffer);
    }
    glBindTexture(GL_TEXTURE_2D, layer.texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    // Read with texelFetch (exact copies, which filtering ignores) or filtered when scaled.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, layer.framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, layer.texture, 0);
    layer.texture_width = width;
    layer.texture_height = height;
}

void release_layer(GfxLayer& layer) {
    glDeleteTextures(1, &layer.texture);
    glDeleteFramebuffers(1, &layer.framebuffer);
    layer = GfxLayer{};
}

// Always with a margin, at rest too: a drag then starts by copying the layer rather than by drawing
// the map in its first frame, and goes on without drawing it again. motion: a motion layer
// (core/map_layer), at a lower density with coarser borders, while the camera moves.
void draw_layer(GfxLayer& layer, const GfxContext& gfx, const MapBox& frame, const Camera& camera,
                const Viewport& viewport, float screen_pixel_ratio, bool emphasis, bool motion) {
    layer.placement =
        motion ? place_motion_layer(camera, viewport, screen_pixel_ratio, kLayerMaxPixels, gfx.max_texture_size)
               : place_layer(camera, viewport, screen_pixel_ratio, true, kLayerMaxPixels, gfx.max_texture_size);
    const float pixel_ratio = layer.placement.pixel_ratio;
    layer.emphasis = emphasis;
    size_layer(layer, layer.placement.width, layer.placement.height, motion);
    glBindFramebuffer(GL_FRAMEBUFFER, layer.framebuffer);
    glViewport(0, 0, layer.placement.width, layer.placement.height);
    const Viewport layer_viewport{layer.placement.width / double(pixel_ratio),
                                  layer.placement.height / double(pixel_ratio)};
    draw_map_geometry(gfx, frame, camera, layer_viewport, pixel_ratio, 1, emphasis,  // the layers cross-fade
                      PixelRect{0, 0, layer.placement.width, layer.placement.height},
                      motion ? kMotionLineErrorPixels : kLineErrorPixels);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

// The layer's box as the shader wants it: min x, min y (km) and texels per km.
void set_layer_box(unsigned program, const char* name, const LayerPlacement& placement) {
    const KmBox box = layer_box(placement);
    glUniform4f(glGetUniformLocation(program, name), float(box.min_x), float(box.min_y),
                float(placement.width / (box.max_x - box.min_x)), float(placement.height / (box.max_y - box.min_y)));
}

}  // namespace

// Draws the layer again when it is stale or no longer covers the view (core/map_layer).
MapComposite gfx_prepare_map(GfxContext& gfx, const MapBox& frame, const Camera& camera, const Viewport& viewport,
                             float pixel_ratio, const MapFrameOptions& options) {
    MapComposite m;
    if (!gfx.map_uploaded) return m;
    const int screen_w = device_pixels(viewport.width, pixel_ratio),
              screen_h = device_pixels(viewport.height, pixel_ratio);
    if (options.direct || !layer_worthwhile(screen_w, screen_h)) {
        gfx.layers[0].placement = gfx.layers[1].placement = LayerPlacement{};  // none is current now
        m.coarse = options.direct;
        return m;
    }
    m.direct = false;
    GfxLayer& now = gfx.layers[gfx.current];
    GfxLayer& before = gfx.layers[1 - gfx.current];
    // The layer a fade starts from is needed only while the fade runs: freed after it, it is 8 MiB
    // less in the GPU process (a 1920x1080 layer is a SwiftShader allocation of its own), and the
    // next date switch makes it again as it draws the new map into it anyway.
    if (options.fade >= 1 && before.texture) release_layer(before);
    const bool stale = gfx.layer_stale || now.emphasis != options.emphasis;
    const LayerUse use =
        stale ? LayerUse::redraw : layer_use(now.placement, camera, viewport, pixel_ratio, options.settled);
    if (use == LayerUse::redraw) {
        draw_layer(now, gfx, frame, camera, viewport, pixel_ratio, options.emphasis, !options.settled);
        gfx.layer_stale = false;
    }
    // The layer the fade starts from, if it still covers the screen.
    m.fading = options.fade < 1 && before.placement.width > 0 &&
               layer_use(before.placement, camera, viewport, pixel_ratio, false) != LayerUse::redraw;
    // A motion layer is never the exact map: the frame at rest draws the layer again.
    m.exact = use != LayerUse::scaled && !now.placement.motion;
    return m;
}

// The map within `rect` of the screen: paper, then the layer copied (or mixed), or the map itself.
void gfx_composite_map(const GfxContext& gfx, const MapComposite& m, const MapBox& frame, const Camera& camera,
                       const Viewport& viewport, float pixel_ratio, const MapFrameOptions& options,
                       const PixelRect& rect) {
    if (!gfx.map_uploaded || m.direct) {
        if (gfx.map_uploaded) {
            draw_map_geometry(gfx, frame, camera, viewport, pixel_ratio, options.fade, options.emphasis, rect,
                              m.coarse ? kFirstFramesLineErrorPixels : kLineErrorPixels);
        } else {
            glEnable(GL_SCISSOR_TEST);
            glScissor(rect.x0, device_pixels(viewport.height, pixel_ratio) - rect.y1, rect.x1 - rect.x0,
                      rect.y1 - rect.y0);
            glClearColor(0.925f, 0.918f, 0.898f, 1.0f);  // paper until the map is there
            glClear(GL_COLOR_BUFFER_BIT);
            glDisable(GL_SCISSOR_TEST);
        }
        return;
    }
    const GfxLayer& now = gfx.layers[gfx.current];
    const GfxLayer& before = gfx.layers[1 - gfx.current];
    glDisable(GL_BLEND);
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.x0, device_pixels(viewport.height, pixel_ratio) - rect.y1, rect.x1 - rect.x0, rect.y1 - rect.y0);
    glUseProgram(gfx.layer_program);
    set_view_uniforms(gfx.layer_program, camera, viewport);
    for (auto [unit, layer, name] : {std::tuple{0, &now, "u_layer_new"}, {1, &before, "u_layer_old"}}) {
        glActiveTexture(GL_TEXTURE0 + unit);
        glBindTexture(GL_TEXTURE_2D, layer->texture ? layer->texture : now.texture);
        glUniform1i(glGetUniformLocation(gfx.layer_program, name), unit);
    }
    set_layer_box(gfx.layer_program, "u_new_box", now.placement);
    // Scaled (zoomed, or a motion layer), the copy is filtered: nearest texels magnified show steps.
    const bool smooth =
        !m.exact && (now.placement.motion || now.placement.camera.pixels_per_km != camera.pixels_per_km);
    glUniform1i(glGetUniformLocation(gfx.layer_program, "u_smooth"), smooth ? 1 : 0);
    glUniform2f(glGetUniformLocation(gfx.layer_program, "u_new_size"), float(now.placement.width),
                float(now.placement.height));
    set_layer_box(gfx.layer_program, "u_old_box", m.fading ? before.placement : now.placement);
    glUniform1f(glGetUniformLocation(gfx.layer_program, "u_fade"), m.fading ? options.fade : 1.0f);
    glBindVertexArray(gfx.layer_vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glActiveTexture(GL_TEXTURE0);
    glDisable(GL_SCISSOR_TEST);
}

namespace {

void upload_coverage(unsigned& texture, const unsigned char* pixels, int width, int height) {
    if (!texture) glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
}

}  // namespace

namespace {

// What gfx_context_upload_map made: the map's buffers, vertex arrays and colour tables.
void release_map(GfxContext& gfx) {
    const unsigned buffers[] = {gfx.fill_vbo_pos, gfx.fill_vbo_region, gfx.fill_ibo, gfx.line_vbo, gfx.line_ibo};
    glDeleteBuffers(5, buffers);
    const unsigned arrays[] = {gfx.fill_vao, gfx.line_vao};
    glDeleteVertexArrays(2, arrays);
    const unsigned textures[] = {gfx.colors_old, gfx.colors_new, gfx.holders_tex};
    glDeleteTextures(3, textures);
}

}  // namespace

void gfx_context_warm_up(GfxContext& gfx, const Viewport& viewport, float pixel_ratio) {
    const int w = device_pixels(viewport.width, pixel_ratio), h = device_pixels(viewport.height, pixel_ratio);
    // A map of one region and one border, 4 device pixels across at the middle of the screen (where
    // the loading card covers them), drawn by the map's own code into its own buffers and tables.
    const double side = 4 / double(pixel_ratio);  // CSS pixels
    MapGeometry tiny;
    tiny.bbox = MapBox{0, 0, 1, 1};
    tiny.regions.push_back(MapRegion{"warm-up", 0, 3, 0, 3, Vec2f{}, 0});
    tiny.vertices = {Vec2f{0, 0}, Vec2f{1, 0}, Vec2f{0, 1}};
    tiny.indices = {0, 1, 2};
    tiny.arcs.push_back(MapArc{0, kNoRegion, 0, 2});
    tiny.arc_points = {Vec2f{0, 0}, Vec2f{1, 1}};
    GfxContext warm;
    warm.fill_program = gfx.fill_program;
    warm.line_program = gfx.line_program;
    gfx_context_upload_map(warm, tiny);
    const Camera camera{0.5, 0.5, side};  // the unit square, `side` CSS pixels across
    glViewport(0, 0, w, h);
    draw_map_geometry(warm, tiny.bbox, camera, viewport, pixel_ratio, 1, false, PixelRect{0, 0, w, h});
    release_map(warm);
    // The UI: a triangle with a texture like the font atlas's.
    unsigned texture = 0;
    const unsigned char coverage = 255;
    upload_coverage(texture, &coverage, 1, 1);
    gfx_warm_up_ui(gfx, texture, PixelRect{w / 2 - 2, h / 2 - 2, w / 2 + 2, h / 2 + 2}, w, h);
    glDeleteTextures(1, &texture);
}

// One channel of coverage is all the atlas has (no colour glyphs): a quarter of RGBA's upload.
void gfx_context_upload_fonts(GfxContext& gfx, int halo_x, int halo_y) {
    ImFontAtlas* fonts = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    const std::vector<std::uint8_t> coverage(pixels, pixels + std::size_t(width) * std::size_t(height));
    upload_coverage(gfx.font_texture, coverage.data(), width, height);
    upload_coverage(gfx.font_halo_texture, dilate_max(coverage, width, height, halo_x, halo_y).data(), width, height);
    gfx.font_halo_x = halo_x;
    gfx.font_halo_y = halo_y;
    fonts->SetTexID(reinterpret_cast<ImTextureID>(std::uintptr_t(gfx.font_texture)));
    fonts->ClearTexData();  // on the GPU now
}

void gfx_context_shutdown(GfxContext& gfx) {
    release_map(gfx);
    const unsigned buffers[] = {gfx.ui_vbo, gfx.ui_ibo};
    glDeleteBuffers(2, buffers);
    glDeleteVertexArrays(1, &gfx.ui_vao);
    const unsigned textures[] = {gfx.font_texture, gfx.font_halo_texture};
    glDeleteTextures(2, textures);
    glDeleteProgram(gfx.fill_program);
    glDeleteProgram(gfx.line_program);
    glDeleteProgram(gfx.ui_program);
    glDeleteProgram(gfx.layer_program);
    glDeleteVertexArrays(1, &gfx.layer_vao);
    for (GfxLayer& layer : gfx.layers) release_layer(layer);
    gfx = GfxContext{};
}

}  // namespace atlas
