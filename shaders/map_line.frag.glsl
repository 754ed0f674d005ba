#version 300 es
// Anti-aliased line edge: full ink inside the half width, a one-pixel ramp outside it.
precision mediump float;

in float v_across;
flat in float v_half_width;
flat in vec4 v_color;

out vec4 o_color;

void main() {
    float a = clamp(v_half_width + 0.5 - abs(v_across), 0.0, 1.0);
    o_color = vec4(v_color.rgb, v_color.a * a);
}
