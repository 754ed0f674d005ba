// Border checks: tools/map/border_checks.json, dated places on both sides of every border that moved in
// 1919-1929, each with the holder a reference gives for that day, checked against the shipped map.
// A point the map is still known to get wrong carries "known_wrong": it is counted, not failed, but
// it fails once it passes (so the mark is removed) and at most 5 % of the points may carry it.
#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>

#include <nlohmann/json.hpp>
#include "core/asset_files.hpp"

using namespace atlas;

namespace {

const std::string kBorderAssets = ATLAS_ASSETS_DIR;
constexpr std::size_t kMinPoints = 300;
constexpr double kMaxKnownWrongShare = 0.05;

const Atlas& border_atlas() {
    static const Result<Atlas> loaded = load_atlas_dir(kBorderAssets);
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return *loaded.value;
}

nlohmann::json border_rows() {
    const auto text = read_text_file(kBorderAssets + "/../tools/map/border_checks.json");
    REQUIRE_MESSAGE(text.ok(), text.error);
    nlohmann::json rows = nlohmann::json::parse(*text.value);
    REQUIRE(rows.is_array());
    return rows;
}

bool nonempty_string(const nlohmann::json& row, const char* key) {
    return row.contains(key) && row.at(key).is_string() && !row.at(key).get<std::string>().empty();
}

}  // namespace

TEST_CASE("every border check is complete: place, position, date in 1919-1929, a known holder, the border, a source") {
    const nlohmann::json rows = border_rows();
    CHECK_MESSAGE(rows.size() >= kMinPoints, "only " << rows.size() << " border checks");
    const Atlas& atlas = border_atlas();
    std::set<std::string> ids;
    for (const State& s : atlas.states.states) ids.insert(s.id);
    for (const auto& row : rows) {
        const std::string place = nonempty_string(row, "place") ? row.at("place").get<std::string>() : "?";
        CHECK_MESSAGE(nonempty_string(row, "place"), "a border check without a place");
        CHECK_MESSAGE(nonempty_string(row, "border"), place << ": no border");
        CHECK_MESSAGE(nonempty_string(row, "source"), place << ": no source");
        REQUIRE_MESSAGE(
            (row.contains("lon") && row.at("lon").is_number() && row.contains("lat") && row.at("lat").is_number()),
            place << ": no lon/lat");
        const double lon = row.at("lon").get<double>();
        const double lat = row.at("lat").get<double>();
        CHECK_MESSAGE((lon > -30 && lon < 180 && lat > 0 && lat < 85),
                      place << ": lon/lat outside the map's part of the world");
        REQUIRE_MESSAGE(nonempty_string(row, "date"), place << ": no date");
        const auto date = parse_date(row.at("date").get<std::string>());
        REQUIRE_MESSAGE(date.has_value(), place << ": bad date");
        CHECK_MESSAGE((date->days >= kAtlasStart.days && date->days <= kAtlasEnd.days),
                      place << ": date outside 1919-1929");
        REQUIRE_MESSAGE(nonempty_string(row, "expect_holder"), place << ": no expect_holder");
        CHECK_MESSAGE(
            ids.count(row.at("expect_holder").get<std::string>()) == 1,
            place << ": expect_holder " << row.at("expect_holder").get<std::string>() << " is not in states.json");
        if (row.contains("known_wrong"))
            CHECK_MESSAGE(nonempty_string(row, "known_wrong"), place << ": known_wrong must say why");
    }
}

TEST_CASE("every border check answers with the holder its reference gives, except the few marked known_wrong") {
    const nlohmann::json rows = border_rows();
    const Atlas& atlas = border_atlas();
    std::size_t right = 0;
    std::size_t known_wrong = 0;
    for (const auto& row : rows) {
        const std::string place = row.at("place").get<std::string>();
        const std::string day = row.at("date").get<std::string>();
        const auto date = parse_date(day);
        REQUIRE_MESSAGE(date.has_value(), place << ": bad date");
        const Who w = who(atlas, *date, row.at("lon").get<double>(), row.at("lat").get<double>(), kCoastSnapKm);
        const std::string got = w.state < 0 ? "sea" : atlas.states.states[static_cast<std::size_t>(w.state)].id;
        const std::string expected = row.at("expect_holder").get<std::string>();
        if (got == expected) ++right;
        if (row.contains("known_wrong")) {
            ++known_wrong;
            CHECK_MESSAGE(got != expected,
                          place << " on " << day << " is now right (" << got << "): remove its known_wrong mark");
        } else {
            CHECK_MESSAGE(got == expected, place << " on " << day << ": map says " << got << ", expected " << expected
                                                 << " (" << row.at("border").get<std::string>() << ")");
        }
    }
    MESSAGE("border checks: " << right << " of " << rows.size() << " right ("
                              << (rows.empty() ? 0.0
                                               : 100.0 * static_cast<double>(right) / static_cast<double>(rows.size()))
                              << " %), " << known_wrong << " marked known_wrong");
    CHECK_MESSAGE(static_cast<double>(known_wrong) <= kMaxKnownWrongShare * static_cast<double>(rows.size()),
                  known_wrong << " of " << rows.size() << " border checks are marked known_wrong (at most 5 % may be)");
}
