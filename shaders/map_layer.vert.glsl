#version 300 es
// The map layer copied to the screen: one triangle over the whole screen, carrying each layer's
// texel coordinates (the per-pixel work is all a software renderer pays for).
precision highp float;

uniform vec4 u_view;     // map centre (km), NDC per km (x, y)
uniform vec4 u_new_box;  // the new layer's min x, min y (km) and its texels per km (x, y)
uniform vec4 u_old_box;  // the same for the layer a cross-fade starts from

out vec2 v_new_texel;
out vec2 v_old_texel;

void main() {
    vec2 ndc = vec2(float((gl_VertexID & 1) * 4 - 1), float((gl_VertexID >> 1) * 4 - 1));
    vec2 map = u_view.xy + ndc / u_view.zw;  // km
    v_new_texel = (map - u_new_box.xy) * u_new_box.zw;
    v_old_texel = (map - u_old_box.xy) * u_old_box.zw;
    gl_Position = vec4(ndc, 0.0, 1.0);
}
