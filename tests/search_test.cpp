// Search tests: states by any of their names (listed under the name on the date), then events by
// title, case-insensitive, limited, on the shipped assets.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "core/search.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::d;
using test::real_atlas;

namespace {

int state(const char* id) { return state_index(real_atlas().states, id); }

std::vector<int> state_hits(const std::vector<SearchHit>& hits) {
    std::vector<int> out;
    for (const SearchHit& hit : hits)
        if (hit.kind == SearchHit::Kind::state) out.push_back(hit.index);
    return out;
}

std::vector<int> event_hits(const std::vector<SearchHit>& hits) {
    std::vector<int> out;
    for (const SearchHit& hit : hits)
        if (hit.kind == SearchHit::Kind::event) out.push_back(hit.index);
    return out;
}

bool has(const std::vector<int>& list, int value) { return std::find(list.begin(), list.end(), value) != list.end(); }

const SearchHit* hit_for_state(const std::vector<SearchHit>& hits, int index) {
    for (const SearchHit& hit : hits)
        if (hit.kind == SearchHit::Kind::state && hit.index == index) return &hit;
    return nullptr;
}

std::string lowered(std::string text) {
    for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

TEST_CASE("search ignores case in the query and in the names") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1925-01-01");
    const auto lower = search(atlas, "poland", date);
    const auto upper = search(atlas, "POLAND", date);
    const auto mixed = search(atlas, "pOlAnD", date);
    REQUIRE(has(state_hits(lower), state("poland")));
    REQUIRE(lower.size() == upper.size());
    REQUIRE(lower.size() == mixed.size());
    for (std::size_t i = 0; i < lower.size(); ++i) {
        CHECK(lower[i].index == upper[i].index);
        CHECK(lower[i].index == mixed[i].index);
        CHECK(lower[i].kind == upper[i].kind);
    }
    CHECK_FALSE(event_hits(search(atlas, "RAPALLO", date)).empty());
}

TEST_CASE("search finds a state by a former name and lists it under its name on the date") {
    const Atlas& atlas = real_atlas();
    const auto hits = search(atlas, "ottoman", d("1925-01-01"));
    const SearchHit* turkey = hit_for_state(hits, state("turkey"));
    REQUIRE(turkey != nullptr);
    CHECK(turkey->label == "Republic of Turkey");
    const auto early = search(atlas, "republic of turkey", d("1920-01-01"));
    const SearchHit* ottoman = hit_for_state(early, state("turkey"));
    REQUIRE(ottoman != nullptr);
    CHECK(ottoman->label == "Ottoman Empire");  // a later name finds it too, shown as it was then
}

TEST_CASE("search finds a state by the names people type, ignoring accents and punctuation") {
    const Atlas& atlas = real_atlas();
    const Date date = d("1927-06-01");
    for (const char* query : {"Britain", "england", "Great Britain"})
        CHECK(has(state_hits(search(atlas, query, date)), state("uk")));
    CHECK(has(state_hits(search(atlas, "iran", date)), state("persia")));
    CHECK(has(state_hits(search(atlas, "U.S.S.R", date)), state("ussr")));
    CHECK(has(state_hits(search(atlas, "Gdansk", date)), state("danzig")));   // the alias is written "Gdańsk"
    CHECK(has(state_hits(search(atlas, "türkiye", date)), state("turkey")));  // the query accented, the id not
    const auto hits = search(atlas, "england", date);
    const SearchHit* uk = hit_for_state(hits, state("uk"));
    REQUIRE(uk != nullptr);
    CHECK(uk->label == "United Kingdom of Great Britain and Northern Ireland");  // listed under its name on the date
}

TEST_CASE("the Soviet state is listed as Soviet Russia before 30 December 1922 and as the USSR after") {
    const Atlas& atlas = real_atlas();
    const auto hits_before = search(atlas, "ussr", d("1922-12-29"));
    const auto hits_after = search(atlas, "ussr", d("1922-12-30"));
    const SearchHit* before = hit_for_state(hits_before, state("ussr"));
    const SearchHit* after = hit_for_state(hits_after, state("ussr"));
    REQUIRE(before != nullptr);
    REQUIRE(after != nullptr);
    CHECK(before->label == "Soviet Russia (RSFSR)");
    CHECK(after->label == "Soviet Union (USSR)");
}

TEST_CASE("search finds a state by its id") {
    const auto hits = search(real_atlas(), "far_eastern", d("1921-01-01"));
    CHECK(has(state_hits(hits), state("far_eastern_republic")));
}

TEST_CASE("states come before events, and events come by date with their titles in the label") {
    const Atlas& atlas = real_atlas();
    const auto hits = search(atlas, "ussr", d("1926-01-01"), 50);
    REQUIRE_FALSE(state_hits(hits).empty());
    REQUIRE(event_hits(hits).size() >= 2);
    bool seen_event = false;
    for (const SearchHit& hit : hits) {
        if (hit.kind == SearchHit::Kind::event)
            seen_event = true;
        else
            CHECK_FALSE(seen_event);
    }
    std::int32_t last = d("1900").days;
    for (int e : event_hits(hits)) {
        const Event& event = atlas.history.events[std::size_t(e)];
        CHECK(event.date.days >= last);
        last = event.date.days;
        CHECK(lowered(event.title).find("ussr") != std::string::npos);
    }
    for (const SearchHit& hit : hits) {
        if (hit.kind != SearchHit::Kind::event) continue;
        CHECK(hit.label.find(atlas.history.events[std::size_t(hit.index)].title) != std::string::npos);
    }
}

TEST_CASE("every hit matches the query somewhere in its names, aliases or title") {
    const Atlas& atlas = real_atlas();
    for (const char* query : {"soviet", "treaty", "kingdom", "ia"}) {
        const std::string shown_query = query;
        CAPTURE(shown_query);
        for (const SearchHit& hit : search(atlas, query, d("1924-06-01"), 400)) {
            if (hit.kind == SearchHit::Kind::event) {
                CHECK(lowered(atlas.history.events[std::size_t(hit.index)].title).find(query) != std::string::npos);
                continue;
            }
            const State& s = atlas.states.states[std::size_t(hit.index)];
            bool found = lowered(s.id).find(query) != std::string::npos;
            for (const DatedName& name : s.names) found = found || lowered(name.name).find(query) != std::string::npos;
            for (const std::string& alias : s.aliases) found = found || lowered(alias).find(query) != std::string::npos;
            CHECK_MESSAGE(found, s.id);
        }
    }
}

TEST_CASE("search returns no more hits than the limit") {
    const Atlas& atlas = real_atlas();
    const auto all = search(atlas, "a", d("1924-06-01"), 1000);
    REQUIRE(all.size() > 20);
    CHECK(search(atlas, "a", d("1924-06-01")).size() == 12);  // the default
    for (std::size_t limit : {0u, 1u, 5u, 20u}) {
        const auto hits = search(atlas, "a", d("1924-06-01"), limit);
        CHECK(hits.size() == limit);
        for (std::size_t i = 0; i < hits.size(); ++i) {  // the first hits of the full list
            CHECK(hits[i].kind == all[i].kind);
            CHECK(hits[i].index == all[i].index);
        }
    }
}

TEST_CASE("a blank query finds nothing, and blanks around a query are ignored") {
    const Atlas& atlas = real_atlas();
    CHECK(search(atlas, "", d("1924-06-01")).empty());
    CHECK(search(atlas, "   ", d("1924-06-01")).empty());
    const auto padded = search(atlas, "  poland ", d("1924-06-01"));
    const auto plain = search(atlas, "poland", d("1924-06-01"));
    REQUIRE(padded.size() == plain.size());
    CHECK_FALSE(padded.empty());
    for (std::size_t i = 0; i < plain.size(); ++i) CHECK(padded[i].index == plain[i].index);
}

TEST_CASE("a query matching nothing finds nothing") { CHECK(search(real_atlas(), "zzqx", d("1924-06-01")).empty()); }

TEST_CASE("states off the map are not offered, though events about them are") {
    const Atlas& atlas = real_atlas();
    const int mexico = state("mexico");
    REQUIRE(mexico >= 0);
    REQUIRE_FALSE(atlas.states.states[std::size_t(mexico)].on_map);
    const auto hits = search(atlas, "mexico", d("1925-01-01"));
    CHECK(state_hits(hits).empty());
    CHECK_FALSE(event_hits(hits).empty());
    for (const char* query : {"united states", "canada", "usa"}) {
        const std::string shown_query = query;
        CAPTURE(shown_query);
        for (int s : state_hits(search(atlas, query, d("1925-01-01"), 100)))
            CHECK(atlas.states.states[std::size_t(s)].on_map);
    }
}
