// Deep link tests: every field of the hash, URL escapes, lenient handling of bad parts (each one a
// notice naming it, the rest applied) and format -> parse round trips.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/deeplink.hpp"
#include "fixtures/json_fixtures.hpp"

using namespace atlas;

namespace {

Date d(const char* text) { return *parse_date(text); }

const States& fixture_states() {
    static const Result<States> loaded = load_states(fixtures::kStatesJson, "states.json");
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return *loaded.value;
}

int state(const char* id) { return state_index(fixture_states(), id); }

DeepLink parse(std::string_view hash) { return parse_deeplink(hash, fixture_states()); }

// True when some notice mentions the text.
bool noticed(const DeepLink& link, std::string_view text) {
    return std::any_of(link.notices.begin(), link.notices.end(),
                       [&](const std::string& notice) { return notice.find(text) != std::string::npos; });
}

std::string notices_of(const DeepLink& link) {
    std::string all;
    for (const std::string& notice : link.notices) all += notice + " | ";
    return all;
}

}  // namespace

TEST_CASE("a full link sets date, layer, selection, view, tour and step with no notices") {
    const DeepLink link = parse("#date=1922-04-16&layer=relations&select=germany&view=13.40,52.50,4.20&tour=1&step=5");
    CHECK_MESSAGE(link.notices.empty(), notices_of(link));
    REQUIRE(link.date.has_value());
    CHECK(*link.date == d("1922-04-16"));
    REQUIRE(link.layer.has_value());
    CHECK(*link.layer == Layer::relations);
    REQUIRE(link.selected.has_value());
    CHECK(*link.selected == state("germany"));
    REQUIRE(link.view_center.has_value());
    CHECK(link.view_center->lon == doctest::Approx(13.40));
    CHECK(link.view_center->lat == doctest::Approx(52.50));
    REQUIRE(link.view_zoom.has_value());
    CHECK(*link.view_zoom == doctest::Approx(0.0042));  // 4.2 pixels per 1000 km
    CHECK(link.tour == 1);
    CHECK(link.step == 5);
}

TEST_CASE("the leading '#' is optional") {
    const DeepLink with = parse("#date=1925-01-01&layer=political");
    const DeepLink without = parse("date=1925-01-01&layer=political");
    CHECK(without.notices.empty());
    REQUIRE(without.date.has_value());
    REQUIRE(with.date.has_value());
    CHECK(*without.date == *with.date);
    REQUIRE(without.layer.has_value());
    CHECK(*without.layer == Layer::political);
}

TEST_CASE("an empty hash or a lone '#' sets nothing and says nothing") {
    for (std::string_view hash : {std::string_view{}, std::string_view{"#"}}) {
        const DeepLink link = parse(hash);
        CHECK_FALSE(link.date.has_value());
        CHECK_FALSE(link.layer.has_value());
        CHECK_FALSE(link.selected.has_value());
        CHECK_FALSE(link.view_center.has_value());
        CHECK_FALSE(link.view_zoom.has_value());
        CHECK_FALSE(link.tour.has_value());
        CHECK_FALSE(link.step.has_value());
        CHECK(link.notices.empty());
    }
}

TEST_CASE("a date link keeps the precision it was written at") {
    const DeepLink month = parse("date=1924-02");
    REQUIRE(month.date.has_value());
    CHECK(month.date->precision == Precision::month);
    CHECK(*month.date == d("1924-02"));
    const DeepLink year = parse("date=1929");
    REQUIRE(year.date.has_value());
    CHECK(year.date->precision == Precision::year);
}

TEST_CASE("dates outside 1919-1929 or not dates at all are reported and the rest still applies") {
    for (const char* bad : {"1918-12-31", "1930-01-01", "1905", "1922-02-30", "yesterday", "22-04-16", ""}) {
        const std::string shown_bad = bad;
        CAPTURE(shown_bad);
        const DeepLink link = parse(std::string("date=") + bad + "&layer=relations");
        CHECK_FALSE(link.date.has_value());
        REQUIRE(link.notices.size() == 1);
        CHECK(noticed(link, std::string("'") + bad + "'"));
        REQUIRE(link.layer.has_value());
        CHECK(*link.layer == Layer::relations);
    }
}

TEST_CASE("the first and last days of the atlas are accepted as dates") {
    const DeepLink first = parse("date=1919-01-01");
    const DeepLink last = parse("date=1929-12-31");
    REQUIRE(first.date.has_value());
    REQUIRE(last.date.has_value());
    CHECK(*first.date == kAtlasStart);
    CHECK(*last.date == kAtlasEnd);
}

TEST_CASE("an unknown layer is reported by name") {
    const DeepLink link = parse("layer=satellite&date=1920-05-01");
    CHECK_FALSE(link.layer.has_value());
    CHECK(noticed(link, "satellite"));
    CHECK(link.date.has_value());
    CHECK_FALSE(parse("layer=Political").layer.has_value());  // values are exact
}

TEST_CASE("a selection finds a state by id or by any of its names, and an empty one clears it") {
    CHECK(parse("select=poland").selected == state("poland"));
    CHECK(parse("select=Soviet%20Union%20(USSR)").selected == state("ussr"));
    CHECK(parse("select=soviet+russia+(rsfsr)").selected == state("ussr"));  // a former name, '+' for a blank
    const DeepLink cleared = parse("select=&date=1921-03-18");
    REQUIRE(cleared.selected.has_value());
    CHECK(*cleared.selected == -1);
    CHECK(cleared.notices.empty());
}

TEST_CASE("an unknown state is reported by name and leaves the selection as it was") {
    const DeepLink link = parse("select=atlantis&layer=relations");
    CHECK_FALSE(link.selected.has_value());
    CHECK(noticed(link, "atlantis"));
    CHECK(link.layer.has_value());
    const DeepLink escaped = parse("select=New%20Atlantis");
    CHECK(noticed(escaped, "New Atlantis"));  // the notice shows the decoded name
}

TEST_CASE("URL escapes are decoded in values and malformed escapes are kept as written") {
    CHECK(parse("select=%67ermany").selected == state("germany"));  // %67 = 'g'
    CHECK(parse("select=%47ERMANY").selected == state("germany"));  // upper-case name, escape for 'G'
    CHECK(parse("date=1922%2D04%2D16").date == d("1922-04-16"));    // escaped '-'
    const DeepLink bad = parse("select=ger%zzmany");
    CHECK_FALSE(bad.selected.has_value());
    CHECK(noticed(bad, "ger%zzmany"));
    const DeepLink cut = parse("select=germany%2");
    CHECK(noticed(cut, "germany%2"));
    const DeepLink lone = parse("select=%");
    CHECK(noticed(lone, "'%'"));
}

// Regression (found by this test, fixed): url_decode (src/core/deeplink.cpp, url_decode) reads the two characters after
// '%' with std::from_chars(..., 16), which accepts a leading '-': "%-1" becomes the byte 0xFF instead of staying "%-1"
// as a malformed escape should. Input "select=a%-1b": expected the notice to name 'a%-1b', actual it names 'a\xFFb'.
TEST_CASE("an escape with a sign is malformed and stays as written") {
    const DeepLink link = parse("select=a%-1b");
    CHECK_FALSE(link.selected.has_value());
    CHECK_MESSAGE(noticed(link, "a%-1b"), notices_of(link));
}

TEST_CASE("a view is longitude, latitude and zoom in pixels per 1000 km") {
    const DeepLink link = parse("view=-9.5,38.25,120");
    CHECK(link.notices.empty());
    REQUIRE(link.view_center.has_value());
    CHECK(link.view_center->lon == doctest::Approx(-9.5));
    CHECK(link.view_center->lat == doctest::Approx(38.25));
    REQUIRE(link.view_zoom.has_value());
    CHECK(*link.view_zoom == doctest::Approx(0.12));
    const DeepLink edges = parse("view=180,-90,1000000");
    CHECK(edges.notices.empty());
    CHECK(edges.view_center.has_value());
}

TEST_CASE("bad view numbers are reported by the whole view and leave the view as it was") {
    for (const char* bad : {"13.4,52.5", "13.4", "13.4,52.5,", ",52.5,4", "abc,52.5,4.2", "13.4,52.5,zoom",
                            "180.5,52.5,4.2", "-181,0,4", "13.4,90.01,4.2", "13.4,-95,4.2", "13.4,52.5,0",
                            "13.4,52.5,-4", "13.4,52.5,2e6", "nan,52.5,4.2", "13.4,inf,4.2", "13.4 52.5 4.2", ""}) {
        const std::string shown_bad = bad;
        CAPTURE(shown_bad);
        const DeepLink link = parse(std::string("view=") + bad + "&tour=2");
        CHECK_FALSE(link.view_center.has_value());
        CHECK_FALSE(link.view_zoom.has_value());
        REQUIRE(link.notices.size() == 1);
        CHECK(noticed(link, std::string("view '") + bad + "'"));
        CHECK(link.tour == 2);
    }
}

// Regression (found by this test, fixed): parse_view (src/core/deeplink.cpp, parse_view) stops after the third number
// and never looks at what follows, so "view=13.4,52.5,4.2,junk" (or a fourth number) is taken as a good view without a
// notice. Expected: a notice naming the view, and no view applied.
TEST_CASE("a view with more than three parts is reported") {
    const DeepLink link = parse("view=13.4,52.5,4.2,junk");
    CHECK_FALSE(link.view_center.has_value());
    CHECK(noticed(link, "13.4,52.5,4.2,junk"));
}

TEST_CASE("tour and step are counts from 1 and anything else is reported") {
    const DeepLink good = parse("tour=3&step=12");
    CHECK(good.tour == 3);
    CHECK(good.step == 12);
    for (const char* bad : {"0", "-1", "x", "1.5", "", " 2", "99999999999999999999"}) {
        const std::string shown_bad = bad;
        CAPTURE(shown_bad);
        const DeepLink link = parse(std::string("tour=") + bad + "&step=" + bad + "&layer=political");
        CHECK_FALSE(link.tour.has_value());
        CHECK_FALSE(link.step.has_value());
        CHECK(link.notices.size() == 2);
        CHECK(noticed(link, std::string("tour '") + bad + "'"));
        CHECK(noticed(link, std::string("step '") + bad + "'"));
        CHECK(link.layer.has_value());
    }
}

TEST_CASE("unknown keys and stray separators are reported or skipped, never fatal") {
    const DeepLink link = parse("&&&date=1923-01-01&&colour=red&=&layer=relations&&");
    REQUIRE(link.date.has_value());
    CHECK(*link.date == d("1923-01-01"));
    CHECK(link.layer.has_value());
    CHECK(noticed(link, "'colour'"));
    CHECK(noticed(link, "''"));  // the bare '=' has an empty key
    CHECK(link.notices.size() == 2);
    CHECK(parse("&&&").notices.empty());
    const DeepLink bare = parse("date");  // a key without '=' has an empty value
    CHECK_FALSE(bare.date.has_value());
    CHECK(bare.notices.size() == 1);
}

TEST_CASE("a repeated key is taken from its last good occurrence") {
    const DeepLink link = parse("date=1920-01-01&date=1925-06-30&layer=relations&layer=political");
    CHECK(link.date == d("1925-06-30"));
    CHECK(link.layer == Layer::political);
    CHECK(link.notices.empty());
    const DeepLink then_bad = parse("date=1920-01-01&date=1950-01-01");
    CHECK(then_bad.date == d("1920-01-01"));
    CHECK(then_bad.notices.size() == 1);
}

TEST_CASE("a '+' in a count is read as a blank and reported as such") {
    const DeepLink link = parse("step=+2");
    CHECK_FALSE(link.step.has_value());
    CHECK(noticed(link, "step ' 2'"));
}

TEST_CASE("very long keys and values are reported without harm") {
    const std::string long_value(5000, '7');
    const DeepLink link = parse("view=" + long_value + "," + long_value + ",4&select=" + long_value + "&" +
                                std::string(3000, 'k') + "=1&date=1927-11-07");
    CHECK_FALSE(link.view_center.has_value());
    CHECK_FALSE(link.selected.has_value());
    CHECK(link.notices.size() == 3);
    CHECK(link.date == d("1927-11-07"));
}

TEST_CASE("a formatted link starts with '#' and parses back to the same date, layer, selection and view") {
    const LinkState cases[] = {
        LinkState{d("1922-04-16"), Layer::relations, "germany", LonLat{13.4049, 52.5200}, 0.004213, 1, 5},
        LinkState{d("1919-01-01"), Layer::political, "", LonLat{-9.14, 38.72}, 0.12, 0, 0},
        LinkState{d("1929-12-31"), Layer::political, "ussr", LonLat{139.6917, -35.6895}, 0.9876, 0, 0},
        LinkState{d("1924-02"), Layer::relations, "usa", LonLat{-179.99, 89.99}, 0.0473, 2, 1},
    };
    for (const LinkState& want : cases) {
        const std::string hash = format_deeplink(want);
        CAPTURE(hash);
        REQUIRE_FALSE(hash.empty());
        CHECK(hash.front() == '#');
        const DeepLink link = parse(hash);
        CHECK_MESSAGE(link.notices.empty(), notices_of(link));
        REQUIRE(link.date.has_value());
        CHECK(*link.date == want.date);
        CHECK(link.date->precision == want.date.precision);
        CHECK(link.layer == want.layer);
        if (want.selected_id.empty()) {
            CHECK_FALSE((link.selected.has_value() && *link.selected >= 0));
        } else {
            CHECK(link.selected == state(want.selected_id.c_str()));
        }
        REQUIRE(link.view_center.has_value());
        CHECK(std::fabs(link.view_center->lon - want.view_center.lon) <= 0.005 + 1e-9);
        CHECK(std::fabs(link.view_center->lat - want.view_center.lat) <= 0.005 + 1e-9);
        REQUIRE(link.view_zoom.has_value());
        CHECK(std::fabs(*link.view_zoom - want.view_zoom) <= 0.005 / 1000.0 + 1e-12);
        if (want.tour > 0) {
            CHECK(link.tour == want.tour);
            CHECK(link.step == want.step);
        } else {
            CHECK_FALSE(link.tour.has_value());
            CHECK_FALSE(link.step.has_value());
        }
    }
}
