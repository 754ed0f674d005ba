// Map input: what a press, drag, release, wheel or double-click on the map does (CSS pixels).
#pragma once

#include "app/app.hpp"

namespace atlas {

void map_press(App& app, double x, double y);
void map_move(App& app, double x, double y, bool over_ui);
void map_release(App& app, double x, double y);  // a release without a drag is a click: select
void map_zoom_at(App& app, double x, double y, double factor, bool animate);
void map_fly_to(App& app, const Camera& target);  // eased camera move
int map_state_at(const App& app, double x, double y);  // holder state index under the point, or -1

}  // namespace atlas
