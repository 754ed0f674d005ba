// Projection: Albers equal-area conic (sphere R 6371 km, lon0 60E, parallels 30N/60N, lat0 45N).
#pragma once

namespace atlas {

// A point of the projected map frame, in km (x east, y north).
struct MapPoint {
    double x = 0;
    double y = 0;
};

struct LonLat {
    double lon = 0;  // degrees east
    double lat = 0;  // degrees north
};

namespace albers {
inline constexpr double kRadiusKm = 6371.0;
inline constexpr double kLon0 = 60.0;
inline constexpr double kLat0 = 45.0;
inline constexpr double kParallel1 = 30.0;
inline constexpr double kParallel2 = 60.0;
// Derived from the above (std::sin is not constexpr); projection_test checks them.
inline constexpr double kN = 0.6830127018922193;    // (sin p1 + sin p2) / 2
inline constexpr double kC = 1.4330127018922192;    // cos^2 p1 + 2 n sin p1
inline constexpr double kRho0 = 6374.962832102141;  // rho(lat0)
}  // namespace albers

// lon - lon0 is wrapped into [-180, 180) before projecting.
MapPoint project(LonLat geo);
LonLat unproject(MapPoint point);

}  // namespace atlas
