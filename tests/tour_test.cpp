// Tour tests: tour.json loading, every validation rule, navigation helpers, and the shipped lesson tour.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "core/asset_files.hpp"
#include "core/camera.hpp"
#include "core/tour.hpp"
#include "fixtures/json_fixtures.hpp"

using namespace atlas;
using nlohmann::json;

namespace {

Date d(const char* text) { return *parse_date(text); }

// "w1 w2 ... wn": a step text of exactly n words.
std::string words(int n) {
    std::string out;
    for (int i = 1; i <= n; ++i) out += (i > 1 ? " w" : "w") + std::to_string(i);
    return out;
}

// A valid tour file over the fixture states (ussr, poland, germany, usa) and events.
json fixture_doc() {
    return json{{"tours",
                 {{{"id", "short"},
                   {"title", "A short tour"},
                   {"steps",
                    {{{"title", "Rapallo"},
                      {"text", words(100)},
                      {"date", "1922-04"},
                      {"camera", "europe"},
                      {"states", {"germany", "ussr"}},
                      {"events", {"rapallo_treaty"}},
                      {"question", "Why?"},
                      {"answer", "Necessity."},
                      {"source", "Rosenbaum, Community of Fate (1965)"}},
                     {{"title", "Riga"},
                      {"text", words(80)},
                      {"date", "1921-03-18"},
                      {"camera", {{"lon", 24.1}, {"lat", 56.9}, {"zoom_km", 1500}}},
                      {"source", "Davies, White Eagle, Red Star (1972)"}}}}},
                  {{"id", "other"},
                   {"title", "Another tour"},
                   {"steps",
                    {{{"title", "War"},
                      {"text", words(150)},
                      {"date", "1920"},
                      {"camera", "all"},
                      {"events", {"polish_soviet_war", "riga_treaty"}},
                      {"source", "Davies (1972)"}}}}}}}};
}

struct Fixture {
    States states;
    History history;
};

const Fixture& fixture() {
    static const Fixture loaded = [] {
        auto states = load_states(fixtures::kStatesJson, "states.json");
        REQUIRE_MESSAGE(states.ok(), states.error);
        auto history = load_history(fixtures::kEventsJson, "events.json", *states.value);
        REQUIRE_MESSAGE(history.ok(), history.error);
        return Fixture{std::move(*states.value), std::move(*history.value)};
    }();
    return loaded;
}

Result<Tours> load_text(const std::string& text) {
    return load_tours(text, "tour.json", fixture().states, fixture().history);
}

std::string tour_error(const std::string& text) {
    const auto result = load_text(text);
    REQUIRE_FALSE(result.ok());
    return result.error;
}

// Changes the fixture's first tour, or its first step.
std::string with_tour(const std::function<void(json&)>& change) {
    json doc = fixture_doc();
    change(doc["tours"][0]);
    return doc.dump();
}
std::string with_step(const std::function<void(json&)>& change) {
    return with_tour([&](json& tour) { change(tour["steps"][0]); });
}

const std::string kStep = "tour.json: tour 'short': step 1: ";

int state_id(const char* id) { return state_index(fixture().states, id); }
int event_id(const char* id) { return event_index(fixture().history, id); }

}  // namespace

TEST_CASE("a tour loads with its steps, dates, cameras, highlights and questions") {
    const auto result = load_text(fixture_doc().dump());
    REQUIRE_MESSAGE(result.ok(), result.error);
    const Tours& tours = *result.value;
    REQUIRE(tours.tours.size() == 2);
    const Tour& tour = tours.tours[0];
    CHECK(tour.id == "short");
    CHECK(tour.title == "A short tour");
    REQUIRE(tour.steps.size() == 2);

    const TourStep& rapallo = tour.steps[0];
    CHECK(rapallo.title == "Rapallo");
    CHECK(word_count(rapallo.text) == 100);
    CHECK(format_date(rapallo.date) == "1922-04");
    CHECK(rapallo.date.precision == Precision::month);
    CHECK(rapallo.camera.preset == CameraPreset::europe);
    CHECK(rapallo.states == std::vector<int>{state_id("germany"), state_id("ussr")});
    CHECK(rapallo.events == std::vector<int>{event_id("rapallo_treaty")});
    CHECK(rapallo.question == "Why?");
    CHECK(rapallo.answer == "Necessity.");
    CHECK(rapallo.source == "Rosenbaum, Community of Fate (1965)");

    const TourStep& riga = tour.steps[1];
    CHECK(riga.date == d("1921-03-18"));
    CHECK_FALSE(riga.camera.preset.has_value());
    CHECK(riga.camera.lon == doctest::Approx(24.1));
    CHECK(riga.camera.lat == doctest::Approx(56.9));
    CHECK(riga.camera.zoom_km == doctest::Approx(1500));
    CHECK(riga.states.empty());
    CHECK(riga.events.empty());
    CHECK(riga.question.empty());
    CHECK(riga.answer.empty());

    const TourStep& war = tours.tours[1].steps[0];
    CHECK(war.camera.preset == CameraPreset::all);
    CHECK(war.events == std::vector<int>{event_id("polish_soviet_war"), event_id("riga_treaty")});
}

TEST_CASE("tour camera preset names round-trip and unknown names are refused") {
    for (int p = 0; p < kCameraPresetCount; ++p) {
        CHECK(parse_preset(preset_name(static_cast<CameraPreset>(p))) == static_cast<CameraPreset>(p));
    }
    CHECK(preset_name(CameraPreset::east_asia) == "east_asia");
    CHECK_FALSE(parse_preset("Europe"));
    CHECK_FALSE(parse_preset("asia"));
}

TEST_CASE("a tour step's words are counted as runs of non-whitespace") {
    CHECK(word_count("") == 0);
    CHECK(word_count("   \n\t ") == 0);
    CHECK(word_count("one") == 1);
    CHECK(word_count("  Rapallo, 16 April 1922:\ttreaty\n signed. ") == 6);
    CHECK(word_count("Anglo-Soviet trade") == 2);
    CHECK(word_count(words(150)) == 150);
}

TEST_CASE("malformed tour.json is reported with the parse position") {
    CHECK(tour_error("{\"tours\": [\n{\"id\": \"a\"},\n]}")
              .find("tour.json: invalid JSON: parse error at line 3, column") == 0);
    CHECK(tour_error("{\"tours\": [] // comment\n}").find("tour.json: invalid JSON") == 0);
    CHECK(tour_error("[]") == "tour.json: top level is not an object");
    CHECK(tour_error("{}") == "tour.json: field 'tours': missing");
    CHECK(tour_error("{\"tours\": {}}") == "tour.json: field 'tours': is not an array");
    CHECK(tour_error("{\"tours\": []}") == "tour.json: field 'tours': is empty");
}

TEST_CASE("each rule of a tour has a message naming the tour and the field") {
    CHECK(tour_error(with_tour([](json& t) { t.erase("id"); })) == "tour.json: tour #0: field 'id': missing");
    CHECK(tour_error(with_tour([](json& t) { t["id"] = "My Tour"; })) ==
          "tour.json: tour 'My Tour': field 'id': 'My Tour' is not an id: lowercase letters, digits and '_', starting "
          "with a letter");
    CHECK(tour_error(with_tour([](json& t) { t["id"] = "other"; })) ==
          "tour.json: tour #1: field 'id': duplicate id 'other'");
    CHECK(tour_error(with_tour([](json& t) { t["title"] = " "; })) ==
          "tour.json: tour 'short': field 'title': is empty");
    CHECK(tour_error(with_tour([](json& t) { t.erase("steps"); })) ==
          "tour.json: tour 'short': field 'steps': missing");
    CHECK(tour_error(with_tour([](json& t) { t["steps"] = json::array(); })) ==
          "tour.json: tour 'short': field 'steps': is empty: a tour needs at least one step");
    CHECK(tour_error(with_tour([](json& t) { t["steps"][1] = "Riga"; })) ==
          "tour.json: tour 'short': step 2: is not an object");
}

TEST_CASE("each rule of a step has a message naming the tour, the step and the field") {
    CHECK(tour_error(with_step([](json& s) { s.erase("title"); })) == kStep + "field 'title': missing");
    CHECK(tour_error(with_step([](json& s) { s["title"] = ""; })) == kStep + "field 'title': is empty");
    CHECK(tour_error(with_step([](json& s) { s.erase("text"); })) == kStep + "field 'text': missing");
    CHECK(tour_error(with_step([](json& s) { s.erase("date"); })) == kStep + "field 'date': missing");
    CHECK(tour_error(with_step([](json& s) { s["date"] = "1922-02-30"; })) ==
          kStep + "field 'date': '1922-02-30' is not a valid date");
    CHECK(tour_error(with_step([](json& s) { s["date"] = "16 April 1922"; })) ==
          kStep + "field 'date': '16 April 1922' is not a valid date");
    CHECK(tour_error(with_step([](json& s) { s["date"] = 1922; })) ==
          kStep + "field 'date': 1922 is not a date string");
    CHECK(tour_error(with_step([](json& s) { s["date"] = "1916-12-31"; })) ==
          kStep + "field 'date': '1916-12-31' is outside 1917-01-01..1933-12-31");
    CHECK(tour_error(with_step([](json& s) { s["date"] = "1934"; })) ==
          kStep + "field 'date': '1934' is outside 1917-01-01..1933-12-31");
    CHECK(tour_error(with_step([](json& s) { s.erase("source"); })) == kStep + "field 'source': missing");
    CHECK(tour_error(with_step([](json& s) { s["source"] = "\n"; })) == kStep + "field 'source': is empty");
    // The second step names its own number.
    CHECK(tour_error(with_tour([](json& t) { t["steps"][1]["date"] = "1921-03-32"; })) ==
          "tour.json: tour 'short': step 2: field 'date': '1921-03-32' is not a valid date");
}

TEST_CASE("a tour step's text must have 80 to 150 words, and the message gives the count") {
    CHECK(tour_error(with_step([](json& s) { s["text"] = words(79); })) ==
          kStep + "field 'text': has 79 words, a step needs 80-150");
    CHECK(tour_error(with_step([](json& s) { s["text"] = words(151); })) ==
          kStep + "field 'text': has 151 words, a step needs 80-150");
    CHECK(tour_error(with_step([](json& s) { s["text"] = "Rapallo."; })) ==
          kStep + "field 'text': has 1 words, a step needs 80-150");
    CHECK(load_text(with_step([](json& s) { s["text"] = words(80); })).ok());
    CHECK(load_text(with_step([](json& s) { s["text"] = "  " + words(150) + "\n"; })).ok());
}

TEST_CASE("a tour step's camera is a known preset or a centre with a positive width") {
    CHECK(tour_error(with_step([](json& s) { s.erase("camera"); })) == kStep + "field 'camera': missing");
    CHECK(tour_error(with_step([](json& s) { s["camera"] = "asia"; })) ==
          kStep + "field 'camera': 'asia' is not a preset (europe, east_asia, all)");
    CHECK(tour_error(with_step([](json& s) { s["camera"] = 5; })) ==
          kStep + "field 'camera': 5 is not a preset name or a {lon, lat, zoom_km} object");
    const json point = {{"lon", 9.2}, {"lat", 44.3}, {"zoom_km", 800}};
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"]["lon"] = 181;
          })) == kStep + "field 'camera.lon': 181 is outside -180.0..180.0");
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"]["lat"] = -90.5;
          })) == kStep + "field 'camera.lat': -90.5 is outside -90.0..90.0");
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"].erase("lat");
          })) == kStep + "field 'camera.lat': missing");
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"]["zoom_km"] = 0;
          })) == kStep + "field 'camera.zoom_km': 0 is not a width in km above 0");
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"]["zoom_km"] = -300;
          })).find(kStep + "field 'camera.zoom_km': -300 is outside") == 0);
    CHECK(tour_error(with_step([&](json& s) {
              s["camera"] = point;
              s["camera"]["zoom_km"] = "800";
          })) == kStep + "field 'camera.zoom_km': '800' is not a number");
    CHECK(load_text(with_step([&](json& s) { s["camera"] = point; })).ok());
}

TEST_CASE("a tour step's states and events must exist and be listed once") {
    CHECK(tour_error(with_step([](json& s) { s["states"][1] = "prussia"; })) ==
          kStep + "field 'states[1]': 'prussia' is not a state id of states.json");
    CHECK(tour_error(with_step([](json& s) { s["states"][1] = "germany"; })) ==
          kStep + "field 'states[1]': 'germany' is listed twice");
    CHECK(tour_error(with_step([](json& s) { s["states"] = "germany"; })) == kStep + "field 'states': is not an array");
    CHECK(tour_error(with_step([](json& s) { s["states"][0] = 3; })) ==
          kStep + "field 'states[0]': 3 is not an id string");
    CHECK(tour_error(with_step([](json& s) { s["events"][0] = "rapallo"; })) ==
          kStep + "field 'events[0]': 'rapallo' is not an event id of events.json");
    CHECK(tour_error(with_step([](json& s) { s["events"].push_back("rapallo_treaty"); })) ==
          kStep + "field 'events[1]': 'rapallo_treaty' is listed twice");
    // An event id is not a state id, and the other way round.
    CHECK(tour_error(with_step([](json& s) { s["states"][0] = "rapallo_treaty"; })) ==
          kStep + "field 'states[0]': 'rapallo_treaty' is not a state id of states.json");
    CHECK(tour_error(with_step([](json& s) { s["events"][0] = "germany"; })) ==
          kStep + "field 'events[0]': 'germany' is not an event id of events.json");
}

TEST_CASE("in a tour step a question needs an answer and an answer needs a question") {
    CHECK(tour_error(with_step([](json& s) { s.erase("answer"); })) ==
          kStep + "field 'answer': missing: a question needs an answer to reveal");
    CHECK(tour_error(with_step([](json& s) { s.erase("question"); })) ==
          kStep + "field 'question': missing: an answer needs its question");
    CHECK(tour_error(with_step([](json& s) { s["answer"] = ""; })) == kStep + "field 'answer': is empty");
    CHECK(tour_error(with_step([](json& s) { s["question"] = 42; })) == kStep + "field 'question': 42 is not a string");
    const auto neither = load_text(with_step([](json& s) {
        s.erase("question");
        s.erase("answer");
    }));
    REQUIRE_MESSAGE(neither.ok(), neither.error);
    CHECK(neither.value->tours[0].steps[0].question.empty());
}

TEST_CASE("tours are found by id") {
    const auto result = load_text(fixture_doc().dump());
    REQUIRE_MESSAGE(result.ok(), result.error);
    CHECK(tour_index(*result.value, "short") == 0);
    CHECK(tour_index(*result.value, "other") == 1);
    CHECK(tour_index(*result.value, "Short") == -1);
    CHECK(tour_index(*result.value, "") == -1);
    CHECK(tour_index(Tours{}, "short") == -1);
}

TEST_CASE("step navigation stays inside the tour") {
    Tour tour;
    tour.steps.resize(3);
    CHECK(clamp_step(tour, 0) == 0);
    CHECK(clamp_step(tour, 2) == 2);
    CHECK(clamp_step(tour, 3) == 2);
    CHECK(clamp_step(tour, 1000) == 2);
    CHECK(clamp_step(tour, -1) == 0);
    tour.steps.resize(1);
    CHECK(clamp_step(tour, 1) == 0);
    CHECK(clamp_step(Tour{}, 0) == -1);
}

// ---- the shipped tour -------------------------------------------------------------------------

namespace {

const Atlas& real_atlas() {
    static const Result<Atlas> loaded = load_atlas_dir(ATLAS_ASSETS_DIR);
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return *loaded.value;
}

const Tour& presentation_tour() {
    static const Result<Tours> loaded = [] {
        const auto text = read_text_file(ATLAS_ASSETS_DIR "/tour.json");
        if (!text.ok()) return Result<Tours>::failure(text.error);
        return load_tours(*text.value, "tour.json", real_atlas().states, real_atlas().history);
    }();
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    const int index = tour_index(*loaded.value, "presentation");
    REQUIRE_MESSAGE(index >= 0, "tour.json has no tour 'presentation'");
    return loaded.value->tours[static_cast<std::size_t>(index)];
}

const Event& event_at(int index) { return real_atlas().history.events[static_cast<std::size_t>(index)]; }

}  // namespace

TEST_CASE("the shipped tour loads with the shipped states and events and has 12 to 20 steps") {
    const Tour& tour = presentation_tour();
    CHECK(tour.steps.size() >= 12);
    CHECK(tour.steps.size() <= 20);
}

// Issue 17: every step of the lesson asks the class something (steps 6 and 12 once had no question).
TEST_CASE("each step of the shipped tour asks the class a question") {
    const Tour& tour = presentation_tour();
    for (std::size_t i = 0; i < tour.steps.size(); ++i) {
        CHECK_MESSAGE(!tour.steps[i].question.empty(),
                      "step " << i + 1 << " ('" << tour.steps[i].title << "') asks no question");
    }
}

TEST_CASE("each step of the shipped tour highlights states that hold territory on its date") {
    const Atlas& atlas = real_atlas();
    const Tour& tour = presentation_tour();
    for (std::size_t i = 0; i < tour.steps.size(); ++i) {
        const TourStep& step = tour.steps[i];
        CHECK_MESSAGE(!step.states.empty(), "step " << i + 1 << " highlights no state");
        const std::vector<int> holders = holders_on(atlas, step.date);
        for (int state : step.states) {
            CHECK_MESSAGE(std::find(holders.begin(), holders.end(), state) != holders.end(),
                          "step " << i + 1 << " (" << format_date(step.date) << "): '"
                                  << atlas.states.states[static_cast<std::size_t>(state)].id
                                  << "' holds no territory then");
        }
    }
}

TEST_CASE("each step of the shipped tour opens with an event within a year of its date") {
    const Tour& tour = presentation_tour();
    for (std::size_t i = 0; i < tour.steps.size(); ++i) {
        const TourStep& step = tour.steps[i];
        REQUIRE_MESSAGE(!step.events.empty(), "step " << i + 1 << " highlights no event");
        const Event& first = event_at(step.events[0]);
        CHECK_MESSAGE(std::abs(first.date.days - step.date.days) <= 366,
                      "step " << i + 1 << " (" << format_date(step.date) << "): first event '" << first.id
                              << "' is dated " << format_date(first.date));
    }
}

TEST_CASE("the shipped tour moves forward: no step goes back more than a year") {
    const Tour& tour = presentation_tour();
    Date latest = tour.steps.front().date;
    for (std::size_t i = 1; i < tour.steps.size(); ++i) {
        const Date date = tour.steps[i].date;
        CHECK_MESSAGE(date.days >= latest.days - 366, "step " << i + 1 << " (" << format_date(date)
                                                              << ") goes back more than a year from "
                                                              << format_date(latest));
        latest = std::max(latest, date);
    }
    CHECK(tour.steps.front().date.days < d("1920-01-01").days);  // opens with 1919
    CHECK(tour.steps.back().date.days >= d("1929-01-01").days);  // closes with the decade's end
}

TEST_CASE("the shipped tour shows every event the presentation relies on, in the presentation's order") {
    const Tour& tour = presentation_tour();
    // The step that first highlights an event, or -1.
    const auto first_step_with = [&](int event) {
        for (std::size_t i = 0; i < tour.steps.size(); ++i) {
            const auto& events = tour.steps[i].events;
            if (std::find(events.begin(), events.end(), event) != events.end()) return static_cast<int>(i);
        }
        return -1;
    };
    const History& history = real_atlas().history;
    for (std::size_t e = 0; e < history.events.size(); ++e) {
        if (history.events[e].seed_point.empty()) continue;
        CHECK_MESSAGE(first_step_with(static_cast<int>(e)) >= 0, "no step shows '" << history.events[e].id << "'");
    }
    const char* const order[] = {"comintern_founded",
                                 "soviet_isolation",
                                 "revolution_or_diplomacy",
                                 "anglo_soviet_trade_agreement",
                                 "rapallo_treaty",
                                 "german_soviet_partnership",
                                 "zinoviev_letter",
                                 "france_recognition",
                                 "socialism_in_one_country",
                                 "shanghai_massacre",
                                 "wuhan_split",
                                 "war_scare_1927"};
    int previous = -1;
    for (const std::string id : order) {
        const int index = event_index(history, id);
        REQUIRE_MESSAGE(index >= 0, "events.json has no event '" << id << "'");
        const int step = first_step_with(index);
        CHECK_MESSAGE(step >= previous, "'" << id << "' first appears at step " << step + 1
                                            << ", before an earlier point of the presentation (step " << previous + 1
                                            << ")");
        previous = std::max(previous, step);
    }
}

TEST_CASE("each step of the shipped tour shows the place of the event it highlights") {
    const Atlas& atlas = real_atlas();
    const Tour& tour = presentation_tour();
    for (std::size_t i = 0; i < tour.steps.size(); ++i) {
        const TourStep& step = tour.steps[i];
        MapBox view;
        if (step.camera.preset) {
            view = camera_preset(*step.camera.preset, atlas.map.bbox);
        } else {  // the lesson panel frames zoom_km wide and 0.6 of it high (ui_tour.cpp)
            const MapPoint c = project({step.camera.lon, step.camera.lat});
            const double half = step.camera.zoom_km * 0.5;
            view = {float(c.x - half), float(c.y - half * 0.6), float(c.x + half), float(c.y + half * 0.6)};
        }
        const Event& first = event_at(step.events[0]);
        const MapPoint at = project(first.place.where);
        CHECK_MESSAGE(
            (at.x >= view.min_x && at.x <= view.max_x && at.y >= view.min_y && at.y <= view.max_y),
            "step " << i + 1 << ": '" << first.id << "' at " << first.place.name << " is outside the step's view");
    }
}
