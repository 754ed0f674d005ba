#version 300 es
// The UI: Dear ImGui's draw lists (positions in CSS pixels, premultiplied nothing, colour per vertex).
precision highp float;

layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;  // normalised bytes

uniform vec4 u_screen;  // pixels to clip space: scale (x, y), offset (x, y)

out vec2 v_uv;
out vec4 v_color;

void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_pos * u_screen.xy + u_screen.zw, 0.0, 1.0);
}
