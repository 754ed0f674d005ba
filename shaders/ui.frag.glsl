#version 300 es
// The UI: the font atlas is one channel of coverage (its white texel draws the solid shapes).
precision mediump float;

in vec2 v_uv;
in vec4 v_color;

uniform sampler2D u_font;

out vec4 o_color;

void main() {
    o_color = vec4(v_color.rgb, v_color.a * texture(u_font, v_uv).r);
}
