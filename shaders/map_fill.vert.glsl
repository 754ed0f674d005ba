#version 300 es
// Region fills: geometry never changes; colours come from per-region tables (old/new for the fade).
precision highp float;
precision highp int;

layout(location = 0) in vec2 a_pos;     // map km
layout(location = 1) in uint a_region;  // region index

uniform vec4 u_view;  // map centre (km), NDC per km (x, y)
uniform sampler2D u_colors_old;
uniform sampler2D u_colors_new;
uniform highp usampler2D u_holders;
uniform int u_table_width;
uniform float u_fade;     // 0 = old colours, 1 = new
uniform int u_emphasis;   // 1 when some regions are emphasised (selection, event parties)

flat out vec3 v_color;
flat out float v_hatch;   // 0 none, 1 diagonal, 2 cross
flat out float v_dim;

void main() {
    ivec2 t = ivec2(int(a_region) % u_table_width, int(a_region) / u_table_width);
    // The old colours only while fading and the holders' table only with emphasis: a layer is
    // drawn with the fade done, and a software renderer pays for each fetch, three a triangle.
    vec4 c1 = texelFetch(u_colors_new, t, 0);
    vec4 c0 = u_fade < 1.0 ? texelFetch(u_colors_old, t, 0) : c1;
    v_color = mix(c0.rgb, c1.rgb, u_fade);
    float h = (u_fade < 0.5 ? c0.a : c1.a) * 255.0;
    v_hatch = h > 254.5 ? 0.0 : h;
    v_dim = (u_emphasis == 1 && texelFetch(u_holders, t, 0).g == 0u) ? 1.0 : 0.0;
    gl_Position = vec4((a_pos - u_view.xy) * u_view.zw, 0.0, 1.0);
}
