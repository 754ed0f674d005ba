#version 300 es
// Border and coast segments expanded to quads of constant screen width; borders between regions
// of the same holder collapse (the derived map hides them).
precision highp float;
precision highp int;

layout(location = 1) in vec2 a_p0;       // map km
layout(location = 2) in vec2 a_p1;
layout(location = 3) in uvec2 a_regions; // region a, region b (65535 = sea)

uniform vec4 u_view;
uniform vec2 u_viewport;   // device pixels
uniform highp usampler2D u_holders;
uniform int u_table_width;
uniform int u_emphasis;    // 1 when some regions are emphasised
uniform int u_pass;        // 0: borders and coast, 1: outline around the emphasised regions
uniform float u_pixel_ratio;

out float v_across;        // device pixels from the centre line
flat out float v_half_width;
flat out vec4 v_color;

// (holder, emphasised) of a region; the sea is (-2, 0).
ivec2 holder_of(uint region) {
    if (region == 65535u) return ivec2(-2, 0);
    ivec2 t = ivec2(int(region) % u_table_width, int(region) / u_table_width);
    return ivec2(texelFetch(u_holders, t, 0).rg);
}

void main() {
    // Which corner of its segment's quad (the four are stored in this order): x 0 at p0, 1 at p1;
    // y -1 / +1 across. From the vertex's number rather than stored: 8 of a corner's 28 bytes.
    int corner = gl_VertexID & 3;
    vec2 a_corner = vec2(float(corner & 1), (corner & 2) != 0 ? 1.0 : -1.0);
    ivec2 ha = holder_of(a_regions.x);
    ivec2 hb = holder_of(a_regions.y);
    bool coast = hb.x == -2;
    bool edge_of_emphasis = u_emphasis == 1 && ha.y != hb.y;
    bool visible = u_pass == 0 ? (coast || ha.x != hb.x) : edge_of_emphasis;
    if (!visible) {
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: nothing drawn
        return;
    }
    float width = u_pass == 1 ? 3.0 : (coast ? 1.1 : 0.9);
    v_color = u_pass == 1 ? vec4(0.85, 0.62, 0.05, 1.0)
                          : (coast ? vec4(0.36, 0.45, 0.55, 1.0) : vec4(0.25, 0.25, 0.27, 0.9));
    width *= u_pixel_ratio;
    vec2 s0 = (a_p0 - u_view.xy) * u_view.zw * 0.5 * u_viewport;
    vec2 s1 = (a_p1 - u_view.xy) * u_view.zw * 0.5 * u_viewport;
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-4 ? d / len : vec2(1.0, 0.0);
    vec2 n = vec2(-dir.y, dir.x);
    float hw = 0.5 * width + 1.0;  // one more pixel for the anti-aliased edge
    // Extend each end by half the width so consecutive segments overlap without gaps.
    vec2 s = mix(s0, s1, a_corner.x) + dir * (a_corner.x * 2.0 - 1.0) * 0.5 * width + n * a_corner.y * hw;
    v_across = a_corner.y * hw;
    v_half_width = 0.5 * width;
    gl_Position = vec4(s / (0.5 * u_viewport), 0.0, 1.0);
}
