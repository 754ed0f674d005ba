// Lesson mode (placeholder until the tour data lands): starting a tour does nothing yet.
#include "app/app.hpp"

namespace atlas {

void app_start_tour(App& app, int tour, int step) {
    (void)tour;
    (void)step;
    app.tour_active = false;
}

}  // namespace atlas
