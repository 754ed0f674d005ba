#version 300 es
// The map as drawn into its layer; during a cross-fade, mixed with the layer of the colours before.
// texelFetch, not texture(): on a software renderer filtering made the copy half again as slow, and
// at rest the copy is texel for pixel anyway; a pan at the layer's zoom takes the nearest texel.
// A layer zoomed or drawn at a lower density (a motion layer) is filtered: magnified, the nearest
// texels show as steps. The layers always cover the screen (core/map_layer), so no texel is out of
// range; a filtered one is kept half a texel inside what was drawn (the texture may be larger).
precision highp float;

in vec2 v_new_texel;
in vec2 v_old_texel;

uniform sampler2D u_layer_new;
uniform sampler2D u_layer_old;
uniform float u_fade;  // 1: the new layer alone
uniform int u_smooth;      // 1: the new layer filtered
uniform vec2 u_new_size;   // the texels drawn of the new layer

out vec4 o_color;

void main() {
    vec3 c;
    if (u_smooth == 1) {
        vec2 t = clamp(v_new_texel, vec2(0.5), u_new_size - 0.5);
        c = texture(u_layer_new, t / vec2(textureSize(u_layer_new, 0))).rgb;
    } else {
        c = texelFetch(u_layer_new, ivec2(v_new_texel), 0).rgb;
    }
    if (u_fade < 1.0) c = mix(texelFetch(u_layer_old, ivec2(v_old_texel), 0).rgb, c, u_fade);
    o_color = vec4(c, 1.0);
}
