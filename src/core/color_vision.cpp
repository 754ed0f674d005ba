// Contrast (WCAG 2.1), colour-vision simulation (Machado et al. 2009, severity 1.0, applied in
// linear RGB as the paper derives it) and CIELAB distance.
#include "core/color_vision.hpp"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

double to_linear(std::uint8_t v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

std::uint8_t to_srgb(double linear) {
    const double l = std::clamp(linear, 0.0, 1.0);
    const double s = l <= 0.0031308 ? l * 12.92 : 1.055 * std::pow(l, 1 / 2.4) - 0.055;
    return std::uint8_t(std::lround(s * 255));
}

using Matrix = double[3][3];

// Machado, Oliveira, Fernandes, "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE TVCG 15(6), 2009: the matrices for severity 1.0.
constexpr Matrix kProtanopia = {
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
constexpr Matrix kDeuteranopia = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
constexpr Matrix kTritanopia = {
    {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};

struct Lab {
    double l, a, b;
};

Lab to_lab(Rgba8 c) {
    const double r = to_linear(c.r), g = to_linear(c.g), b = to_linear(c.b);
    // sRGB (D65) to XYZ, normalised by the D65 white point.
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

}  // namespace

double relative_luminance(Rgba8 c) {
    return 0.2126 * to_linear(c.r) + 0.7152 * to_linear(c.g) + 0.0722 * to_linear(c.b);
}

double contrast_ratio(Rgba8 a, Rgba8 b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba8 blend_over(Rgba8 top, float alpha, Rgba8 bottom) {
    const auto mix = [alpha](std::uint8_t t, std::uint8_t b) {
        return std::uint8_t(std::lround(t * alpha + b * (1 - alpha)));  // ImGui blends in sRGB
    };
    return {mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), 255};
}

Rgba8 simulate_vision(Rgba8 c, ColorVision vision) {
    const Matrix* m = vision == ColorVision::protanopia     ? &kProtanopia
                      : vision == ColorVision::deuteranopia ? &kDeuteranopia
                      : vision == ColorVision::tritanopia   ? &kTritanopia
                                                            : nullptr;
    if (!m) return c;
    const double in[3] = {to_linear(c.r), to_linear(c.g), to_linear(c.b)};
    double out[3] = {};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) out[i] += (*m)[i][j] * in[j];
    return {to_srgb(out[0]), to_srgb(out[1]), to_srgb(out[2]), c.a};
}

double delta_e76(Rgba8 a, Rgba8 b) {
    const Lab p = to_lab(a), q = to_lab(b);
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

}  // namespace atlas
