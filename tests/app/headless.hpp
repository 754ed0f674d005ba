// The app's tests run it without a window or GL: a platform layer of their own (a clock the test
// moves, the data files from the disk, ImGui's display set by hand) and a helper that runs frames
// and keeps the text the panels drew.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace atlas::headless {

extern double now;                                // platform_now(), seconds
extern std::vector<std::string> reported_errors;  // platform_report_error's messages

// An App over the real data in a 1280x720 window at 1x, with an ImGui context of its own (no
// renderer: the frame's draw data is built and never drawn). Owns both; one at a time.
class HeadlessApp {
public:
    HeadlessApp();
    ~HeadlessApp();
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;

    App& app() { return *app_; }
    // Two frames 1/60 s apart (each woken first, as input would: a window ImGui sees for the first
    // time is laid out in one frame and drawn in the next); returns the text the second drew (the
    // panels' and the map's labels, one line a row).
    std::string frame();
    void key(int imgui_key);  // down in the next frame, up in the one after

private:
    std::unique_ptr<App> app_;
    int key_ = 0;
};

}  // namespace atlas::headless
