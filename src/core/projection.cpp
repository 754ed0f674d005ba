// Projection: forward and inverse Albers equal-area conic, the formula of docs/data-model.md.
#include "core/projection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;

double rho(double lat_deg) {
    using namespace albers;
    const double inner = kC - 2.0 * kN * std::sin(lat_deg * kDeg);
    return kRadiusKm * std::sqrt(std::max(inner, 0.0)) / kN;
}
}  // namespace

MapPoint project(LonLat geo) {
    using namespace albers;
    double dlon = std::fmod(geo.lon - kLon0 + 180.0, 360.0);
    if (dlon < 0) dlon += 360.0;
    const double theta = kN * (dlon - 180.0) * kDeg;
    const double r = rho(geo.lat);
    return MapPoint{r * std::sin(theta), kRho0 - r * std::cos(theta)};
}

LonLat unproject(MapPoint point) {
    using namespace albers;
    const double dy = kRho0 - point.y;
    const double r = std::hypot(point.x, dy);
    const double theta = std::atan2(point.x, dy);
    const double q = r * kN / kRadiusKm;
    const double s = std::clamp((kC - q * q) / (2.0 * kN), -1.0, 1.0);
    return LonLat{kLon0 + theta / kN / kDeg, std::asin(s) / kDeg};
}

}  // namespace atlas
