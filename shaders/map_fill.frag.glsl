#version 300 es
// Region fills with hatching, so "broken" and "war" read without colour (greyscale, colour-blind).
precision mediump float;

flat in vec3 v_color;
flat in float v_hatch;
flat in float v_dim;

uniform float u_pixel_ratio;

out vec4 o_color;

float stripe(float coord, float spacing) {
    float d = abs(mod(coord, spacing) - 0.5 * spacing);
    return 1.0 - smoothstep(0.55 * u_pixel_ratio, 1.35 * u_pixel_ratio, d);
}

void main() {
    vec3 c = v_color;
    if (v_hatch > 0.5) {
        float spacing = 7.0 * u_pixel_ratio;
        float ink = stripe(gl_FragCoord.x + gl_FragCoord.y, spacing);
        if (v_hatch > 1.5) ink = max(ink, stripe(gl_FragCoord.x - gl_FragCoord.y, spacing));
        c = mix(c, vec3(0.12, 0.12, 0.14), ink * 0.6);
    }
    c = mix(c, vec3(0.93, 0.93, 0.91), v_dim * 0.35);
    o_color = vec4(c, 1.0);
}
