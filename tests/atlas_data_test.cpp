// Atlas data tests: the shipped assets (ATLAS_ASSETS_DIR) checked for coverage, consistency and known facts.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include <nlohmann/json.hpp>
#include "core/asset_files.hpp"

using namespace atlas;

namespace {

const std::string kAssets = ATLAS_ASSETS_DIR;

Date d(const char* text) { return *parse_date(text); }

// Loaded once for all tests of this file; a missing file fails with "missing asset".
const Atlas& real_atlas() {
    static const Result<Atlas> loaded = load_atlas_dir(kAssets);
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return *loaded.value;
}

const Event& event(const Atlas& atlas, const char* id) {
    const int index = event_index(atlas.history, id);
    REQUIRE_MESSAGE(index >= 0, "events.json has no event '" << id << "'");
    return atlas.history.events[static_cast<std::size_t>(index)];
}

// Every month start of 1919-1929 and every holder change date with the days either side.
std::vector<Date> sample_dates(const Atlas& atlas) {
    std::set<std::int32_t> days;
    for (Date date = d("1919-01-01"); date.days <= kAtlasEnd.days; date = add_months(date, 1)) days.insert(date.days);
    for (const RegionTimeline& region : atlas.regions.regions) {
        for (const HolderSpan& span : region.holders) {
            for (int delta : {-1, 0, 1}) {
                const std::int32_t day = span.from.days + delta;
                if (day >= kAtlasStart.days && day <= kAtlasEnd.days) days.insert(day);
            }
        }
    }
    std::vector<Date> out;
    for (std::int32_t day : days) out.push_back(Date{day, Precision::day});
    return out;
}

}  // namespace

TEST_CASE("the shipped assets load and cross-check") {
    const Atlas& atlas = real_atlas();
    CHECK(atlas.map.regions.size() > 50);
    CHECK(atlas.states.states.size() > 50);
    CHECK(atlas.history.events.size() > 50);
}

TEST_CASE("every region has an on-map holder on every day of 1919-1929") {
    const Atlas& atlas = real_atlas();
    for (const Date date : sample_dates(atlas)) {
        const std::vector<int> holders = holders_on(atlas, date);
        for (std::size_t r = 0; r < holders.size(); ++r) {
            const RegionTimeline& timeline =
                atlas.regions.regions[static_cast<std::size_t>(atlas.timeline_of_region[r])];
            REQUIRE_MESSAGE(timeline.holders.front().from.days <= date.days,
                            timeline.key << " has no holder on " << format_date(date));
            REQUIRE(holders[r] >= 0);
            const State& holder = atlas.states.states[static_cast<std::size_t>(holders[r])];
            CHECK_MESSAGE(holder.on_map,
                          timeline.key << " is held on " << format_date(date) << " by off-map state " << holder.id);
        }
    }
}

TEST_CASE("every city check answers with the expected holder") {
    const std::string path = kAssets + "/../tools/map/city_checks.json";
    const auto text = read_text_file(path);
    REQUIRE_MESSAGE(text.ok(), text.error);
    const nlohmann::json rows = nlohmann::json::parse(*text.value);
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() > 0);
    const Atlas& atlas = real_atlas();
    for (const auto& row : rows) {
        const std::string city = row.at("city").get<std::string>();
        const auto date = parse_date(row.at("date").get<std::string>());
        REQUIRE_MESSAGE(date.has_value(), city << ": bad date");
        const Who w = who(atlas, *date, row.at("lon").get<double>(), row.at("lat").get<double>(), kCoastSnapKm);
        const std::string got = w.state < 0 ? "sea" : atlas.states.states[static_cast<std::size_t>(w.state)].id;
        CHECK_MESSAGE(got == row.at("expect_holder").get<std::string>(), city << " on " << format_date(*date));
    }
}

TEST_CASE("each on-map state's capital lies in territory it holds while it holds any") {
    const Atlas& atlas = real_atlas();
    const std::vector<Date> dates = sample_dates(atlas);
    for (std::size_t s = 0; s < atlas.states.states.size(); ++s) {
        const State& state = atlas.states.states[s];
        if (!state.on_map) continue;
        for (const Date date : dates) {
            const std::vector<int> holders = holders_on(atlas, date);
            if (std::find(holders.begin(), holders.end(), static_cast<int>(s)) == holders.end()) continue;
            const DatedCapital* capital = capital_on(state, date);
            if (!capital) {
                CHECK_MESSAGE(capital,
                              state.id << " holds territory on " << format_date(date) << " but has no capital");
                break;
            }
            const MapPoint at = project({capital->lon, capital->lat});
            if (at.x < atlas.map.bbox.min_x || at.x > atlas.map.bbox.max_x || at.y < atlas.map.bbox.min_y ||
                at.y > atlas.map.bbox.max_y) {
                break;  // capital outside the map frame (e.g. Addis Ababa)
            }
            const Who w = who(atlas, date, capital->lon, capital->lat, kCoastSnapKm);
            CHECK_MESSAGE(w.state == static_cast<int>(s), state.id << "'s capital " << capital->city
                                                                   << " is not in its territory on "
                                                                   << format_date(date));
            if (w.state != static_cast<int>(s)) break;  // one message per state
        }
    }
}

TEST_CASE("every event has existing parties and every standing change its earlier-or-same-day event") {
    const Atlas& atlas = real_atlas();
    for (const Event& e : atlas.history.events) {
        CHECK_FALSE(e.parties.empty());
        for (int party : e.parties) CHECK(static_cast<std::size_t>(party) < atlas.states.states.size());
    }
    for (std::size_t s = 0; s < atlas.history.standings.size(); ++s) {
        for (const StandingChange& change : atlas.history.standings[s]) {
            REQUIRE(change.event >= 0);
            const Event& e = atlas.history.events[static_cast<std::size_t>(change.event)];
            CHECK_MESSAGE(e.date.days <= change.from.days, atlas.states.states[s].id << " changes on "
                                                                                     << format_date(change.from)
                                                                                     << " by later event " << e.id);
        }
    }
}

TEST_CASE("every state holding territory has a standing with Moscow") {
    const Atlas& atlas = real_atlas();
    std::set<int> holders;
    for (const RegionTimeline& region : atlas.regions.regions) {
        for (const HolderSpan& span : region.holders) holders.insert(span.holder);
    }
    for (int s : holders) {
        CHECK_MESSAGE(!atlas.history.standings[static_cast<std::size_t>(s)].empty(),
                      atlas.states.states[static_cast<std::size_t>(s)].id << " has no standings");
    }
}

TEST_CASE("the best-known events carry their established dates") {
    const Atlas& atlas = real_atlas();
    CHECK(format_date(event(atlas, "rapallo_treaty").date) == "1922-04-16");
    CHECK(format_date(event(atlas, "ussr_formed").date) == "1922-12-30");
    CHECK(format_date(event(atlas, "anglo_soviet_trade_agreement").date) == "1921-03-16");
    CHECK(format_date(event(atlas, "riga_treaty").date) == "1921-03-18");
    const std::string locarno = format_date(event(atlas, "locarno").date);
    CHECK((locarno == "1925-10-16" || locarno == "1925-12-01"));
    CHECK(format_date(event(atlas, "treaty_of_berlin").date) == "1926-04-24");
    CHECK(format_date(event(atlas, "arcos_raid").date) == "1927-05-12");
    CHECK(format_date(event(atlas, "kellogg_briand_pact").date) == "1928-08-27");
    CHECK(format_date(event(atlas, "litvinov_protocol").date) == "1929-02-09");
    CHECK(format_date(event(atlas, "khabarovsk_protocol").date) == "1929-12-22");
}

TEST_CASE("the presentation's points are covered by their entries") {
    const Atlas& atlas = real_atlas();
    const char* seeded[] = {"civil_war",
                            "soviet_isolation",
                            "comintern_founded",
                            "britain_main_adversary",
                            "german_soviet_partnership",
                            "anglo_soviet_trade_agreement",
                            "revolution_or_diplomacy",
                            "rapallo_treaty",
                            "british_party_politics",
                            "uk_recognition",
                            "italy_recognition",
                            "comintern_fifth_congress",
                            "zinoviev_letter",
                            "france_recognition",
                            "socialism_in_one_country",
                            "shanghai_massacre",
                            "war_scare_1927",
                            "wuhan_split",
                            "trotsky_expelled_from_party"};
    for (const char* id : seeded) CHECK_MESSAGE(!event(atlas, id).seed_point.empty(), id << " lost its seed_point");
}

TEST_CASE("Germany's standing after Rapallo is recognition set by the treaty") {
    const Atlas& atlas = real_atlas();
    const StandingOn s = standing_on(atlas.history, state_index(atlas.states, "germany"), d("1922-06-01"));
    CHECK(s.standing == Standing::recognized);
    REQUIRE(s.event >= 0);
    CHECK(atlas.history.events[static_cast<std::size_t>(s.event)].id == "rapallo_treaty");
}
