#version 300 es
// The map as drawn into its layer; during a cross-fade, mixed with the layer of the colours before.
// texelFetch, not texture(): on a software renderer filtering made the copy half again as slow, and
// at rest the copy is texel for pixel anyway (while the camera moves, the nearest texel will do).
// The layers always cover the screen (core/map_layer), so no texel is out of range.
precision highp float;

in vec2 v_new_texel;
in vec2 v_old_texel;

uniform sampler2D u_layer_new;
uniform sampler2D u_layer_old;
uniform float u_fade;  // 1: the new layer alone

out vec4 o_color;

void main() {
    vec3 c = texelFetch(u_layer_new, ivec2(v_new_texel), 0).rgb;
    if (u_fade < 1.0) c = mix(texelFetch(u_layer_old, ivec2(v_old_texel), 0).rgb, c, u_fade);
    o_color = vec4(c, 1.0);
}
