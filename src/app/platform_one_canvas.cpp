// Platform (a desktop window, and the app's tests): one window, one GL context, no motion canvas; the
// map moves through the one canvas (a desktop swap chain redraws every frame anyway).
#include "app/platform.hpp"

namespace atlas {

int platform_motion_context(int, int) { return 0; }
int platform_current_context() { return 0; }
void platform_use_context(int) {}
void platform_motion_size(int, int) {}
void platform_motion_show(double, double, const MotionTransform&) {}
void platform_motion_hide() {}

}  // namespace atlas
