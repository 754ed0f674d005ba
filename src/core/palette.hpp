// Palette: the colours of the two map layers, per region and date (pure; the GPU gets the table).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"

namespace atlas {

enum class Layer { political, relations };

// RGBA8; alpha carries the hatching pattern for the shader: 255 none, 1 diagonal, 2 cross.
struct Rgba8 {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Rgba8&, const Rgba8&) = default;
};

inline constexpr std::uint8_t kHatchNone = 255, kHatchDiagonal = 1, kHatchCross = 2;

// The UI's own colours (app/ui_theme.hpp and ui_style.cpp draw with them), here so that the core's
// tests can check their contrast (WCAG 2.1 AA: 4.5:1 for text).
inline constexpr Rgba8 kUiPaper{250, 248, 243, 255};   // panels
inline constexpr Rgba8 kUiInk{34, 34, 38, 255};        // text
inline constexpr Rgba8 kUiMuted{76, 74, 70, 255};      // secondary text (dates, sources)
inline constexpr Rgba8 kUiAccent{31, 111, 120, 255};   // active buttons (white text on it), headings
inline constexpr Rgba8 kUiButton{236, 233, 225, 255};  // buttons and fields
inline constexpr Rgba8 kUiButtonHovered{222, 218, 206, 255};
inline constexpr float kUiLaterAlpha = 0.8f;         // events later than the date shown are drawn at this alpha
inline constexpr float kUiDisabledAlpha = 0.65f;     // a disabled button (ImGui's DisabledAlpha): its text still 4.5:1
inline constexpr Rgba8 kUiError{153, 26, 26, 255};   // the title card's load error
inline constexpr Rgba8 kUiNotice{140, 77, 13, 255};  // the title card's passing notices
inline constexpr std::uint8_t kUiInForceTint = 36;   // alpha of the accent behind the event in force
// Marks drawn on the panels: the ones a reader must see reach 3:1 on paper (WCAG 1.4.11).
inline constexpr Rgba8 kUiOutline{135, 131, 123, 255};     // the lesson's step dots, the sheet's grip
inline constexpr Rgba8 kUiSwatchEdge{120, 118, 112, 255};  // round the legend's colour swatches
inline constexpr Rgba8 kUiTrack{200, 196, 186, 255};       // the timeline not yet played (the handle shows where)
inline constexpr Rgba8 kUiYearTick{90, 88, 84, 255}, kUiMonthTick{170, 166, 158, 255};  // month ticks: decoration
inline constexpr Rgba8 kUiYearText{60, 58, 54, 255};
// The timeline's later events are rings of their kind's colour (a paper disc of this share of the
// radius inside): a dimmed dot fell below 3:1.
inline constexpr float kUiLaterDotHole = 0.5f;
// The map's names, on a halo of paper at this alpha: 4.5:1 whatever lies under them.
inline constexpr Rgba8 kUiMapInk{30, 30, 34, 255};       // places and capital dots
inline constexpr Rgba8 kUiMapLabelInk{52, 52, 56, 255};  // states' names
inline constexpr std::uint8_t kUiHaloAlpha = 230;

Rgba8 standing_color(Standing standing);
// The colour darkened (towards black, its hue kept) until text in it reaches the contrast ratio on
// the background: the details panel writes a standing in its own colour.
Rgba8 text_color_on(Rgba8 color, Rgba8 background, double ratio = 4.5);
Rgba8 kind_color(EventKind kind);
// What a standing's colour means, in the layer's key (the app's legend and the printed picture).
std::string_view standing_key(Standing standing);

// Fill of every map region on the date for the layer; holders is holders_on(atlas, date).
std::vector<Rgba8> region_fills(const Atlas& atlas, const std::vector<int>& holders, Date date, Layer layer);

}  // namespace atlas
