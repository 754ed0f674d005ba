// China 1919-1929 in the shipped data: who held each place (tools/map/china_checks.json, dated points
// from the references, not from the map), the rival governments' names, and their standings with Moscow.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>
#include "core/asset_files.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::d;
using test::real_atlas;
using test::real_state;

namespace {

int regions_held(const Atlas& atlas, const char* id, Date date) {
    const std::vector<int> holders = holders_on(atlas, date);
    return static_cast<int>(std::count(holders.begin(), holders.end(), real_state(id)));
}

}  // namespace

TEST_CASE("every China reference point is held by the expected government, named as the references name it") {
    const auto text = read_text_file(std::string(ATLAS_ASSETS_DIR) + "/../tools/map/china_checks.json");
    REQUIRE_MESSAGE(text.ok(), text.error);
    const nlohmann::json rows = nlohmann::json::parse(*text.value);
    REQUIRE(rows.is_array());
    CHECK(rows.size() >= 60);
    const Atlas& atlas = real_atlas();
    for (const auto& row : rows) {
        const std::string city = row.at("city").get<std::string>();
        const auto date = parse_date(row.at("date").get<std::string>());
        REQUIRE_MESSAGE(date.has_value(), city << ": bad date");
        CHECK_MESSAGE(!row.at("source").get<std::string>().empty(), city << ": no source");
        const Who w = who(atlas, *date, row.at("lon").get<double>(), row.at("lat").get<double>(), kCoastSnapKm);
        REQUIRE_MESSAGE(w.state >= 0, city << " on " << format_date(*date) << " is sea");
        const State& state = atlas.states.states[static_cast<std::size_t>(w.state)];
        const std::string name(name_on(state, *date));
        CHECK_MESSAGE(state.id == row.at("expect_holder").get<std::string>(),
                      city << " on " << format_date(*date) << ": " << state.id << " (" << name << ")");
        CHECK_MESSAGE(name.find(row.at("expect_name").get<std::string>()) != std::string::npos,
                      city << " on " << format_date(*date) << ": the name '" << name << "' does not say '"
                           << row.at("expect_name").get<std::string>() << "'");
    }
}

TEST_CASE("two Nationalist governments held provinces at once only between April and September 1927") {
    const Atlas& atlas = real_atlas();
    CHECK(regions_held(atlas, "nanjing_government", d("1927-04-01")) == 0);
    CHECK(regions_held(atlas, "nationalist_government", d("1927-06-01")) >= 3);  // Hubei, Hunan, Jiangxi
    CHECK(regions_held(atlas, "nanjing_government", d("1927-06-01")) >=
          5);  // Jiangsu, Zhejiang, Anhui, Fujian, Guangdong, Guangxi
    CHECK(regions_held(atlas, "nationalist_government", d("1927-10-15")) == 0);
    CHECK(regions_held(atlas, "china", d("1928-07-01")) == 0);  // the Beijing government ended with Beijing
}

TEST_CASE("Moscow's alliance with Canton is its own standing, and the Beijing raid did not end every relation") {
    const History& h = real_atlas().history;
    CHECK(standing_on(h, real_state("nationalist_government"), d("1925-06-01")).standing == Standing::allied);
    CHECK(standing_on(h, real_state("nationalist_government"), d("1927-08-01")).standing == Standing::broken);
    CHECK(standing_on(h, real_state("guominjun"), d("1926-01-01")).standing == Standing::allied);
    CHECK(standing_on(h, real_state("china"), d("1925-06-01")).standing == Standing::recognized);
    // April 1927: the embassy left Beijing, the consulates stayed (until 1929).
    CHECK(standing_on(h, real_state("china"), d("1927-05-01")).standing == Standing::de_facto);
    CHECK(standing_on(h, real_state("nanjing_government"), d("1928-03-01")).standing == Standing::broken);
    const StandingOn after_1929 = standing_on(h, real_state("nanjing_government"), d("1929-08-01"));
    CHECK(after_1929.standing == Standing::broken);
    REQUIRE(after_1929.event >= 0);
    CHECK(format_date(h.events[static_cast<std::size_t>(after_1929.event)].date) == "1929-07-17");
}
