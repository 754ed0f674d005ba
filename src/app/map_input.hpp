// Map input: what a press, drag, release, double-click, wheel notch or two-finger pinch on the map
// does. The platform layer turns its events into these calls (CSS pixels from the canvas' top-left),
// after ImGui has taken what it captures.
#pragma once

#include "app/app.hpp"

namespace atlas {

void input_press(App& app, double x, double y);
void input_move(App& app, double x, double y, bool over_ui);
void input_release(App& app, double x, double y);                // a release without a drag is a click: select
void input_double_click(App& app, double x, double y);           // zoom in there, eased
void input_wheel(App& app, double x, double y, double notches);  // zoom about the point: in when > 0, else out

// One finger of a touch screen; two make a pinch (zoom about their midpoint, pan with it).
enum class FingerAction { down, move, up };
void input_finger(App& app, FingerAction action, long long id, double x, double y);
// While two fingers pinch, the mouse events the browser makes of them are not a drag.
bool input_pinching(const App& app);

}  // namespace atlas
