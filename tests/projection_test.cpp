// Projection tests: the constants, known points, and forward/inverse agreement.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <numbers>

#include "core/projection.hpp"

using namespace atlas;

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
}

TEST_CASE("the constexpr constants match the contract's formulas") {
    const double p1 = 30 * kDeg, p2 = 60 * kDeg, lat0 = 45 * kDeg;
    const double n = (std::sin(p1) + std::sin(p2)) / 2;
    const double c = std::cos(p1) * std::cos(p1) + 2 * n * std::sin(p1);
    CHECK(albers::kN == doctest::Approx(n).epsilon(1e-15));
    CHECK(albers::kC == doctest::Approx(c).epsilon(1e-15));
    CHECK(albers::kRho0 == doctest::Approx(6371.0 * std::sqrt(c - 2 * n * std::sin(lat0)) / n).epsilon(1e-15));
}

TEST_CASE("the origin (60E, 45N) projects to (0, 0)") {
    const MapPoint p = project({60, 45});
    CHECK(std::abs(p.x) < 1e-9);
    CHECK(std::abs(p.y) < 1e-9);
}

TEST_CASE("the central meridian is vertical and north is up") {
    const MapPoint north = project({60, 60});
    CHECK(std::abs(north.x) < 1e-9);
    CHECK(north.y > 1000);
    CHECK(project({70, 45}).x > 0);
    CHECK(project({50, 45}).x < 0);
}

TEST_CASE("Moscow lands where the formula puts it") {
    // Hand evaluation of the contract's formula for 37.62E 55.75N.
    const double n = albers::kN, theta = n * (37.62 - 60) * kDeg;
    const double rho = 6371.0 * std::sqrt(albers::kC - 2 * n * std::sin(55.75 * kDeg)) / n;
    const MapPoint p = project({37.62, 55.75});
    CHECK(p.x == doctest::Approx(rho * std::sin(theta)));
    CHECK(p.y == doctest::Approx(albers::kRho0 - rho * std::cos(theta)));
    // Independently computed (Python, same formula): -1355.579 km, 1414.979 km.
    CHECK(p.x == doctest::Approx(-1355.5791727).epsilon(1e-9));
    CHECK(p.y == doctest::Approx(1414.9787828).epsilon(1e-9));
}

TEST_CASE("distances along a parallel are true at the standard parallels") {
    for (double lat : {30.0, 60.0}) {
        const MapPoint a = project({60, lat});
        const MapPoint b = project({60.01, lat});
        const double expected = 6371.0 * std::cos(lat * kDeg) * 0.01 * kDeg;
        CHECK(std::hypot(b.x - a.x, b.y - a.y) == doctest::Approx(expected).epsilon(1e-6));
    }
}

TEST_CASE("inverse undoes forward across the atlas frame") {
    for (double lon = -20; lon <= 180; lon += 7.5) {
        for (double lat = -10; lat <= 80; lat += 5) {
            const LonLat back = unproject(project({lon, lat}));
            REQUIRE(back.lon == doctest::Approx(lon).epsilon(1e-9));
            REQUIRE(back.lat == doctest::Approx(lat).epsilon(1e-9));
        }
    }
}

TEST_CASE("longitudes are wrapped around the central meridian") {
    const MapPoint a = project({-170, 50});
    const MapPoint b = project({190, 50});
    CHECK(a.x == doctest::Approx(b.x));
    CHECK(a.y == doctest::Approx(b.y));
}
