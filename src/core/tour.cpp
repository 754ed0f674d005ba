// Tour: loading and validating tour.json against the states and events, and the navigation helpers.
#include "core/tour.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "core/json_fields.hpp"

namespace atlas {

namespace {

using namespace json_fields;

constexpr Date kEarliest{-19358, Precision::day};  // 1917-01-01, the same period as events.json
constexpr Date kLatest{-13150, Precision::day};    // 1933-12-31
constexpr double kMaxViewKm = 40075;               // the equator: no view is wider

using IdIndex = std::unordered_map<std::string, int>;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

TourCamera read_camera(const Where& at, const Json& step) {
    const Json& value = require(at, step, "camera");
    TourCamera camera;
    if (value.is_string()) {
        camera.preset = parse_preset(value.as_string());
        if (!camera.preset) at.fail("camera", quote(value) + " is not a preset (europe, east_asia, all)");
        return camera;
    }
    if (!value.is_object()) at.fail("camera", quote(value) + " is not a preset name or a {lon, lat, zoom_km} object");
    const Where in = at.inside("camera");
    camera.lon = require_number(in, value, "lon", -180, 180);
    camera.lat = require_number(in, value, "lat", -90, 90);
    camera.zoom_km = require_number(in, value, "zoom_km", 0, kMaxViewKm);
    if (camera.zoom_km <= 0) in.fail("zoom_km", quote(*value.find("zoom_km")) + " is not a width in km above 0");
    return camera;
}

// An optional list of ids ("states", "events"), each found in `ids`, none twice.
std::vector<int> read_ids(const Where& at, const Json& step, const char* field, const IdIndex& ids,
                          std::string_view known_as) {
    std::vector<int> out;
    const Json* list = optional(at, step, field);
    if (!list) return out;
    if (!list->is_array()) at.fail(field, "is not an array");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string name = std::string(field) + "[" + std::to_string(i) + "]";
        const Json& value = (*list)[i];
        if (!value.is_string()) at.fail(name, quote(value) + " is not an id string");
        const auto it = ids.find(value.as_string());
        if (it == ids.end()) at.fail(name, quote(value) + " is not " + std::string(known_as));
        if (std::find(out.begin(), out.end(), it->second) != out.end())
            at.fail(name, quote(value) + " is listed twice");
        out.push_back(it->second);
    }
    return out;
}

TourStep read_step(const Where& at, const Json& entry, const IdIndex& state_ids, const IdIndex& event_ids) {
    if (!entry.is_object()) at.fail("is not an object");
    TourStep step;
    step.title = require_string(at, entry, "title");
    step.text = require_string(at, entry, "text");
    const int words = word_count(step.text);
    if (words < kTourMinWords || words > kTourMaxWords) {
        at.fail("text", "has " + std::to_string(words) + " words, a step needs " + std::to_string(kTourMinWords) + "-" +
                            std::to_string(kTourMaxWords));
    }
    step.date = require_date(at, entry, "date");
    if (step.date.days < kEarliest.days || step.date.days > kLatest.days) {
        at.fail("date", "'" + format_date(step.date) + "' is outside 1917-01-01..1933-12-31");
    }
    step.camera = read_camera(at, entry);
    step.states = read_ids(at, entry, "states", state_ids, "a state id of states.json");
    step.events = read_ids(at, entry, "events", event_ids, "an event id of events.json");
    // Present means non-empty: an empty question is more likely a slip than a wish for none.
    if (optional(at, entry, "question")) step.question = require_string(at, entry, "question");
    if (optional(at, entry, "answer")) step.answer = require_string(at, entry, "answer");
    if (!step.question.empty() && step.answer.empty())
        at.fail("answer", "missing: a question needs an answer to reveal");
    if (step.question.empty() && !step.answer.empty()) at.fail("question", "missing: an answer needs its question");
    step.source = require_string(at, entry, "source");
    return step;
}

Tour read_tour(const Json& entry, std::size_t index, std::string_view file, const IdIndex& state_ids,
               const IdIndex& event_ids) {
    const Where at{file, entry_label("tour", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    Tour tour;
    tour.id = require_id(at, entry);
    tour.title = require_string(at, entry, "title");
    const Json& steps = require_array(at, entry, "steps");
    if (steps.empty()) at.fail("steps", "is empty: a tour needs at least one step");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Where in{file, at.entry + ": step " + std::to_string(i + 1), {}};
        tour.steps.push_back(read_step(in, steps[i], state_ids, event_ids));
    }
    return tour;
}

Tours read_tours(const Json& doc, std::string_view file, const States& states, const History& history) {
    const Where top{file, {}, {}};
    if (!doc.is_object()) top.fail("top level is not an object");
    IdIndex state_ids, event_ids;
    for (std::size_t i = 0; i < states.states.size(); ++i) state_ids.emplace(states.states[i].id, static_cast<int>(i));
    for (std::size_t i = 0; i < history.events.size(); ++i)
        event_ids.emplace(history.events[i].id, static_cast<int>(i));

    const Json& list = require_array(top, doc, "tours");
    if (list.empty()) top.fail("tours", "is empty");
    Tours tours;
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Tour tour = read_tour(list[i], i, file, state_ids, event_ids);
        if (!seen.insert(tour.id).second)
            Where{file, "tour #" + std::to_string(i), {}}.fail("id", "duplicate id '" + tour.id + "'");
        tours.tours.push_back(std::move(tour));
    }
    return tours;
}

}  // namespace

Result<Tours> load_tours(std::string_view text, std::string_view file_name, const States& states,
                         const History& history) {
    try {
        return Result<Tours>::success(read_tours(parse(text, file_name), file_name, states, history));
    } catch (const LoadError& e) {
        return Result<Tours>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<Tours>::failure(std::string(file_name) + ": " + e.what());
    }
}

int word_count(std::string_view text) {
    int words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool blank = is_blank(c);
        if (!blank && !in_word) ++words;
        in_word = !blank;
    }
    return words;
}

int tour_index(const Tours& tours, std::string_view id) {
    for (std::size_t i = 0; i < tours.tours.size(); ++i) {
        if (tours.tours[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

int clamp_step(const Tour& tour, int step) {
    if (tour.steps.empty()) return -1;
    return std::clamp(step, 0, static_cast<int>(tour.steps.size()) - 1);
}

}  // namespace atlas
