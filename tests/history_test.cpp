// History tests: events.json loading, every validation rule, and the date/state/kind queries.
#include <doctest/doctest.h>

#include <string>

#include "core/history.hpp"
#include "fixtures/json_fixtures.hpp"

using namespace atlas;
using fixtures::fixture_states;
using fixtures::mutated;
using nlohmann::json;

namespace {

Date d(const char* text) { return *parse_date(text); }

History fixture_history(const States& states) {
    auto result = load_history(fixtures::kEventsJson, "events.json", states);
    REQUIRE_MESSAGE(result.ok(), result.error);
    return std::move(*result.value);
}

std::string history_error(const std::string& text) {
    const auto result = load_history(text, "events.json", fixture_states());
    REQUIRE_FALSE(result.ok());
    return result.error;
}

// Changes the first event in the file (rapallo_treaty).
std::string with_event(const std::function<void(json&)>& change) {
    return mutated(fixtures::kEventsJson, [&](json& doc) { change(doc["events"][0]); });
}
std::string with_doc(const std::function<void(json&)>& change) { return mutated(fixtures::kEventsJson, change); }

std::vector<std::string> ids(const History& history, const std::vector<int>& indices) {
    std::vector<std::string> out;
    for (int i : indices) out.push_back(history.events[static_cast<std::size_t>(i)].id);
    return out;
}

}  // namespace

TEST_CASE("events load sorted by date with all their fields") {
    const States states = fixture_states();
    const History history = fixture_history(states);
    REQUIRE(history.events.size() == 4);
    CHECK(ids(history, {0, 1, 2, 3}) ==
          std::vector<std::string>{"polish_soviet_war", "riga_treaty", "rapallo_treaty", "us_contacts"});
    const Event& rapallo = history.events[static_cast<std::size_t>(event_index(history, "rapallo_treaty"))];
    CHECK(format_date(rapallo.date) == "1922-04-16");
    CHECK(rapallo.kind == EventKind::treaty);
    CHECK(rapallo.parties == std::vector<int>{0, 2});
    CHECK(rapallo.place.name == "Rapallo");
    CHECK(rapallo.place.where.lon == doctest::Approx(9.23));
    CHECK(rapallo.teacher_note == "Genoa side-show.");
    CHECK(rapallo.seed_point == "rapallo");
    CHECK_FALSE(rapallo.end.has_value());
    const Event& war = history.events[0];
    REQUIRE(war.end.has_value());
    CHECK(format_date(*war.end) == "1920-10-12");
    CHECK(war.teacher_note.empty());
    CHECK(history.events[3].date.precision == Precision::year);
    CHECK(event_index(history, "nope") == -1);
}

TEST_CASE("kind and standing names round-trip") {
    for (int k = 0; k < kEventKindCount; ++k)
        CHECK(parse_kind(kind_name(static_cast<EventKind>(k))) == static_cast<EventKind>(k));
    for (int s = 0; s < kStandingCount; ++s) {
        CHECK(parse_standing(standing_name(static_cast<Standing>(s))) == static_cast<Standing>(s));
    }
    CHECK(standing_name(Standing::de_facto) == "de_facto");
    CHECK_FALSE(parse_kind("Treaty"));
    CHECK_FALSE(parse_standing("hostile"));
}

TEST_CASE("events in a date range include those whose span meets it, filtered by kind and state") {
    const States states = fixture_states();
    const History history = fixture_history(states);
    CHECK(ids(history, events_between(history, d("1920-06-01"), d("1921-12-31"))) ==
          std::vector<std::string>{"polish_soviet_war", "riga_treaty"});
    CHECK(ids(history, events_between(history, d("1920-10-12"), d("1920-10-12"))) ==
          std::vector<std::string>{"polish_soviet_war"});
    CHECK(events_between(history, d("1920-10-13"), d("1921-03-17")).empty());
    EventFilter treaties;
    treaties.kind = EventKind::treaty;
    CHECK(ids(history, events_between(history, d("1917"), d("1933"), treaties)) ==
          std::vector<std::string>{"riga_treaty", "rapallo_treaty"});
    EventFilter germany;
    germany.state = state_index(states, "germany");
    CHECK(ids(history, events_between(history, d("1917"), d("1933"), germany)) ==
          std::vector<std::string>{"rapallo_treaty"});
    CHECK(ids(history, events_between(history, d("1928-06-01"), d("1928-12-31")))
              .empty());  // "1928" counts from 1 January
    CHECK(ids(history, events_between(history, d("1928-01-01"), d("1928-01-01"))) ==
          std::vector<std::string>{"us_contacts"});
}

TEST_CASE("a state's events come in date order") {
    const States states = fixture_states();
    const History history = fixture_history(states);
    CHECK(ids(history, events_of(history, state_index(states, "poland"))) ==
          std::vector<std::string>{"polish_soviet_war", "riga_treaty"});
    CHECK(events_of(history, state_index(states, "ussr")).size() == 4);
    CHECK(events_of(history, -1).empty());
}

TEST_CASE("next and previous events step strictly past the given date") {
    const States states = fixture_states();
    const History history = fixture_history(states);
    CHECK(history.events[static_cast<std::size_t>(next_event(history, d("1921-03-18")))].id == "rapallo_treaty");
    CHECK(history.events[static_cast<std::size_t>(previous_event(history, d("1921-03-18")))].id == "polish_soviet_war");
    CHECK(next_event(history, d("1928-01-01")) == -1);
    CHECK(previous_event(history, d("1920-04-25")) == -1);
    EventFilter poland;
    poland.state = state_index(states, "poland");
    CHECK(next_event(history, d("1921-03-18"), poland) == -1);
}

TEST_CASE("a state's standing on a date comes with the event that set it and since when") {
    const States states = fixture_states();
    const History history = fixture_history(states);
    const int poland = state_index(states, "poland");
    const StandingOn before = standing_on(history, poland, d("1920-04-24"));
    CHECK(before.standing == Standing::none);
    CHECK(before.event == -1);
    CHECK_FALSE(before.since.has_value());
    const StandingOn war = standing_on(history, poland, d("1920-04-25"));
    CHECK(war.standing == Standing::war);
    CHECK(history.events[static_cast<std::size_t>(war.event)].id == "polish_soviet_war");
    const StandingOn peace = standing_on(history, poland, d("1929-12-31"));
    CHECK(peace.standing == Standing::recognized);
    CHECK(history.events[static_cast<std::size_t>(peace.event)].id == "riga_treaty");
    CHECK(format_date(*peace.since) == "1921-03-18");
    CHECK(standing_on(history, state_index(states, "usa"), d("1925")).standing == Standing::none);
    CHECK(standing_on(history, 99, d("1925")).event == -1);
}

TEST_CASE("malformed events.json is reported with the parse position") {
    CHECK(history_error("{\"events\": [\n{\"id\": \"a\"},\n]}")
              .find("events.json: invalid JSON: parse error at line 3, column") == 0);
    CHECK(history_error("{\"events\": [] // comment\n}").find("events.json: invalid JSON") == 0);
    CHECK(history_error("{}") == "events.json: field 'events': missing");
    CHECK(history_error("{\"events\": [], \"standings\": []}") == "events.json: field 'standings': is not an object");
}

TEST_CASE("each rule of an event has a message naming the event and the field") {
    CHECK(history_error(with_event([](json& e) { e.erase("id"); })) == "events.json: event #0: field 'id': missing");
    CHECK(history_error(with_event([](json& e) { e["id"] = "Rapallo"; })) ==
          "events.json: event 'Rapallo': field 'id': 'Rapallo' is not an id: lowercase letters, digits and '_', "
          "starting with a letter");
    CHECK(history_error(with_event([](json& e) { e["id"] = "1922_rapallo"; })) ==
          "events.json: event '1922_rapallo': field 'id': '1922_rapallo' is not an id: lowercase letters, digits and "
          "'_', starting with a letter");
    CHECK(history_error(with_event([](json& e) { e["id"] = "riga_treaty"; })) ==
          "events.json: event #2: field 'id': duplicate id 'riga_treaty'");
    CHECK(history_error(with_event([](json& e) { e["date"] = "1922-13-01"; })) ==
          "events.json: event 'rapallo_treaty': field 'date': '1922-13-01' is not a valid date");
    CHECK(history_error(with_event([](json& e) { e["date"] = "1916-12-31"; })) ==
          "events.json: event 'rapallo_treaty': field 'date': '1916-12-31' is outside 1917-01-01..1933-12-31");
    CHECK(history_error(with_event([](json& e) { e["date"] = "1934"; })) ==
          "events.json: event 'rapallo_treaty': field 'date': '1934' is outside 1917-01-01..1933-12-31");
    CHECK(history_error(with_event([](json& e) { e["end"] = "1922-04-15"; })) ==
          "events.json: event 'rapallo_treaty': field 'end': '1922-04-15' is before the date");
    CHECK(history_error(with_event([](json& e) { e["end"] = 1922; })) ==
          "events.json: event 'rapallo_treaty': field 'end': 1922 is not a date string");
    CHECK(history_error(with_event([](json& e) { e["title"] = ""; })) ==
          "events.json: event 'rapallo_treaty': field 'title': is empty");
    CHECK(history_error(with_event([](json& e) { e["kind"] = "alliance"; })) ==
          "events.json: event 'rapallo_treaty': field 'kind': 'alliance' is not a known kind");
    CHECK(history_error(with_event([](json& e) { e["parties"] = json::array(); })) ==
          "events.json: event 'rapallo_treaty': field 'parties': is empty");
    CHECK(history_error(with_event([](json& e) { e["parties"][1] = "weimar"; })) ==
          "events.json: event 'rapallo_treaty': field 'parties[1]': 'weimar' is not a state id of states.json");
    CHECK(history_error(with_event([](json& e) { e["parties"][1] = "ussr"; })) ==
          "events.json: event 'rapallo_treaty': field 'parties[1]': 'ussr' is listed twice");
    CHECK(history_error(with_event([](json& e) { e.erase("place"); })) ==
          "events.json: event 'rapallo_treaty': field 'place': missing");
    CHECK(history_error(with_event([](json& e) { e["place"] = "Rapallo"; })) ==
          "events.json: event 'rapallo_treaty': field 'place': is not an object");
    CHECK(history_error(with_event([](json& e) { e["place"]["lat"] = 95; })) ==
          "events.json: event 'rapallo_treaty': field 'place.lat': 95 is outside -90.0..90.0");
    CHECK(history_error(with_event([](json& e) { e["place"].erase("name"); })) ==
          "events.json: event 'rapallo_treaty': field 'place.name': missing");
    CHECK(history_error(with_event([](json& e) { e["summary"] = " "; })) ==
          "events.json: event 'rapallo_treaty': field 'summary': is empty");
    CHECK(history_error(with_event([](json& e) { e.erase("significance"); })) ==
          "events.json: event 'rapallo_treaty': field 'significance': missing");
    CHECK(history_error(with_event([](json& e) { e["teacher_note"] = 5; })) ==
          "events.json: event 'rapallo_treaty': field 'teacher_note': 5 is not a string");
    CHECK(history_error(with_event([](json& e) { e["seed_point"] = false; })) ==
          "events.json: event 'rapallo_treaty': field 'seed_point': false is not a non-empty string or an integer");
    CHECK(history_error(with_event([](json& e) { e.erase("source"); })) ==
          "events.json: event 'rapallo_treaty': field 'source': missing");
}

TEST_CASE("each rule of the standings has a message naming the state and the field") {
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["prussia"] = json::array(); })) ==
          "events.json: field 'standings': 'prussia' is not a state id of states.json");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"] = "war"; })) ==
          "events.json: standings of 'poland': is not an array");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][1]["standing"] = "friendly"; })) ==
          "events.json: standings of 'poland': field '[1].standing': 'friendly' is not a known standing");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][1]["event"] = "riga"; })) ==
          "events.json: standings of 'poland': field '[1].event': 'riga' is not an event id of this file");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][1].erase("event"); })) ==
          "events.json: standings of 'poland': field '[1].event': missing");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][1]["from"] = "1920-04-25"; })) ==
          "events.json: standings of 'poland': field '[1].from': '1920-04-25' is not after the previous entry's "
          "'1920-04-25'");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][0]["from"] = "1912"; })) ==
          "events.json: standings of 'poland': field '[0].from': '1912' is outside 1917-01-01..1933-12-31");
    CHECK(history_error(with_doc([](json& doc) { doc["standings"]["poland"][0] = 3; })) ==
          "events.json: standings of 'poland': field '[0]': is not an object");
}

TEST_CASE("every strict prefix of events.json fails and corrupted bytes never crash the loader") {
    const States states = fixture_states();
    const std::string base = fixtures::kEventsJson;
    for (std::size_t length = 0; length < base.size(); ++length) {
        REQUIRE_FALSE(load_history(base.substr(0, length), "events.json", states).ok());
    }
    for (std::size_t i = 0; i < base.size(); ++i) {
        for (char c : {'\0', '"', ']', '1', '\x80', ' '}) {
            std::string text = base;
            text[i] = c;
            const auto result = load_history(text, "events.json", states);
            if (!result.ok()) REQUIRE(result.error.rfind("events.json: ", 0) == 0);
        }
    }
}
