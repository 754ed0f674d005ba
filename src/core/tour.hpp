// Tour: lesson-mode tours (assets/tour.json), steps that move the map to a date and view and highlight states and
// events.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/date.hpp"
#include "core/history.hpp"
#include "core/result.hpp"
#include "core/states.hpp"

namespace atlas {

// Where a step points the map: a preset, or a centre (degrees) and the width of the view (km).
struct TourCamera {
    std::optional<CameraPreset> preset;  // set: a named view, the fields below are unused
    double lon = 0, lat = 0;
    double zoom_km = 0;  // > 0 when preset is unset
};

struct TourStep {
    std::string title;
    std::string text;  // kTourMinWords..kTourMaxWords words
    Date date;         // the map moves there (1917-1933)
    TourCamera camera;
    std::vector<int> states;  // highlighted, indices into States::states (may be empty)
    std::vector<int> events;  // highlighted, indices into History::events (may be empty)
    std::string question;     // may be empty; set exactly when answer is set
    std::string answer;       // shown when the teacher reveals it
    std::string source;
};

struct Tour {
    std::string id;  // lowercase snake_case, unique in the file
    std::string title;
    std::vector<TourStep> steps;  // at least one
};

struct Tours {
    std::vector<Tour> tours;  // file order, at least one
};

inline constexpr int kTourMinWords = 80;
inline constexpr int kTourMaxWords = 150;

// Messages name the file, the tour, the step (counted from 1, as a teacher counts) and the field:
// "tour.json: tour 'presentation': step 3: field 'text': has 42 words, a step needs 80-150".
Result<Tours> load_tours(std::string_view text, std::string_view file_name, const States& states,
                         const History& history);

int word_count(std::string_view text);                    // runs of non-whitespace
int tour_index(const Tours& tours, std::string_view id);  // or -1
// The nearest valid step index (0..size-1); -1 for a tour without steps.
int clamp_step(const Tour& tour, int step);

}  // namespace atlas
