// History: loading and validating events.json, and the date/state/kind queries over it.
#include "core/history.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "core/dated.hpp"
#include "core/json_fields.hpp"

namespace atlas {

namespace {

using namespace json_fields;

constexpr std::array<std::string_view, kEventKindCount> kKindNames = {
    "treaty", "recognition", "trade", "conference", "crisis", "comintern", "war", "territorial", "policy"};
constexpr std::array<std::string_view, kStandingCount> kStandingNames = {"soviet",   "client", "allied", "recognized",
                                                                         "de_facto", "none",   "broken", "war"};

constexpr Date kEarliest{-19358, Precision::day};  // 1917-01-01
constexpr Date kLatest{-13150, Precision::day};    // 1933-12-31

Date require_period_date(const Where& at, const Json& object, const char* field) {
    const Date date = require_date(at, object, field);
    if (date.days < kEarliest.days || date.days > kLatest.days) {
        at.fail(field, "'" + format_date(date) + "' is outside 1917-01-01..1933-12-31");
    }
    return date;
}

int require_state(const Where& at, const Json& value, std::string_view field,
                  const std::unordered_map<std::string, int>& ids) {
    if (!value.is_string()) at.fail(field, quote(value) + " is not a state id string");
    const auto it = ids.find(value.as_string());
    if (it == ids.end()) at.fail(field, quote(value) + " is not a state id of states.json");
    return it->second;
}

Event read_event(const Json& entry, std::size_t index, std::string_view file,
                 const std::unordered_map<std::string, int>& ids) {
    const Where at{file, entry_label("event", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    Event e;
    e.id = require_id(at, entry);
    e.date = require_period_date(at, entry, "date");
    if (optional(at, entry, "end")) {
        e.end = require_period_date(at, entry, "end");
        if (e.end->days < e.date.days) at.fail("end", "'" + format_date(*e.end) + "' is before the date");
    }
    e.title = require_string(at, entry, "title");
    const std::string kind = require_string(at, entry, "kind");
    const auto parsed = parse_kind(kind);
    if (!parsed) at.fail("kind", "'" + kind + "' is not a known kind");
    e.kind = *parsed;
    const Json& parties = require_array(at, entry, "parties");
    if (parties.empty()) at.fail("parties", "is empty");
    for (std::size_t i = 0; i < parties.size(); ++i) {
        const int state = require_state(at, parties[i], "parties[" + std::to_string(i) + "]", ids);
        if (std::find(e.parties.begin(), e.parties.end(), state) != e.parties.end()) {
            at.fail("parties[" + std::to_string(i) + "]", quote(parties[i]) + " is listed twice");
        }
        e.parties.push_back(state);
    }
    const Json& place = require(at, entry, "place");
    const Where in_place = at.inside("place");
    require_object(at, place, "place");
    e.place = Place{
        LonLat{require_number(in_place, place, "lon", -180, 180), require_number(in_place, place, "lat", -90, 90)},
        require_string(in_place, place, "name")};
    e.summary = require_string(at, entry, "summary");
    e.significance = require_string(at, entry, "significance");
    e.teacher_note = optional_string(at, entry, "teacher_note");
    if (const Json* seed = optional(at, entry, "seed_point")) {
        const double n = seed->as_number();
        if (seed->is_string() && !seed->as_string().empty()) {
            e.seed_point = seed->as_string();
        } else if (seed->is_number() && std::trunc(n) == n && std::fabs(n) < 1e15) {
            e.seed_point = json_number(n);
        } else {
            at.fail("seed_point", quote(*seed) + " is not a non-empty string or an integer");
        }
    }
    e.source = require_string(at, entry, "source");
    return e;
}

std::vector<StandingChange> read_standings(const Where& top, const std::string& state_id, const Json& list,
                                           const std::unordered_map<std::string, int>& event_ids) {
    const Where at{top.file, "standings of '" + state_id + "'", {}};
    if (!list.is_array()) at.fail("is not an array");
    std::vector<StandingChange> changes;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Where in = at.inside("[" + std::to_string(i) + "]");
        StandingChange change;
        change.from = require_period_date(in, list[i], "from");
        const std::string standing = require_string(in, list[i], "standing");
        const auto parsed = parse_standing(standing);
        if (!parsed) in.fail("standing", "'" + standing + "' is not a known standing");
        change.standing = *parsed;
        const std::string event = require_string(in, list[i], "event");
        const auto it = event_ids.find(event);
        if (it == event_ids.end()) in.fail("event", "'" + event + "' is not an event id of this file");
        change.event = it->second;
        if (i > 0 && changes.back().from.days >= change.from.days) {
            in.fail("from", "'" + format_date(change.from) + "' is not after the previous entry's '" +
                                format_date(changes.back().from) + "'");
        }
        changes.push_back(change);
    }
    return changes;
}

History read_history(const Json& doc, std::string_view file, const States& states) {
    const Where top{file, {}, {}};
    if (!doc.is_object()) top.fail("top level is not an object");
    std::unordered_map<std::string, int> state_ids;
    for (std::size_t i = 0; i < states.states.size(); ++i) state_ids.emplace(states.states[i].id, static_cast<int>(i));

    const Json& list = require_array(top, doc, "events");
    History history;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Event event = read_event(list[i], i, file, state_ids);
        if (!seen.emplace(event.id, i).second) {
            Where{file, "event #" + std::to_string(i), {}}.fail("id", "duplicate id '" + event.id + "'");
        }
        history.events.push_back(std::move(event));
    }
    std::stable_sort(history.events.begin(), history.events.end(),
                     [](const Event& a, const Event& b) { return a.date.days < b.date.days; });
    std::unordered_map<std::string, int> event_ids;
    for (std::size_t i = 0; i < history.events.size(); ++i)
        event_ids.emplace(history.events[i].id, static_cast<int>(i));

    history.standings.resize(states.states.size());
    if (const Json* standings = optional(top, doc, "standings")) {
        require_object(top, *standings, "standings");
        for (const auto& [state_id, changes] : standings->as_object()) {
            const auto it = state_ids.find(state_id);
            if (it == state_ids.end()) top.fail("standings", "'" + state_id + "' is not a state id of states.json");
            history.standings[static_cast<std::size_t>(it->second)] = read_standings(top, state_id, changes, event_ids);
        }
    }
    return history;
}

}  // namespace

std::string_view kind_name(EventKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }
std::string_view standing_name(Standing standing) { return kStandingNames[static_cast<std::size_t>(standing)]; }

std::optional<EventKind> parse_kind(std::string_view text) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == text) return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

std::optional<Standing> parse_standing(std::string_view text) {
    for (std::size_t i = 0; i < kStandingNames.size(); ++i) {
        if (kStandingNames[i] == text) return static_cast<Standing>(i);
    }
    return std::nullopt;
}

Result<History> load_history(std::string_view text, std::string_view file_name, const States& states) {
    try {
        return Result<History>::success(read_history(parse(text, file_name), file_name, states));
    } catch (const LoadError& e) {
        return Result<History>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<History>::failure(std::string(file_name) + ": " + e.what());
    }
}

int event_index(const History& history, std::string_view id) {
    for (std::size_t i = 0; i < history.events.size(); ++i) {
        if (history.events[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

bool event_matches(const Event& event, const EventFilter& filter) {
    if (filter.kind && event.kind != *filter.kind) return false;
    if (filter.state >= 0 &&
        std::find(event.parties.begin(), event.parties.end(), filter.state) == event.parties.end()) {
        return false;
    }
    return true;
}

std::vector<int> events_between(const History& history, Date from, Date to, const EventFilter& filter) {
    std::vector<int> out;
    for (std::size_t i = 0; i < history.events.size(); ++i) {
        const Event& e = history.events[i];
        const Date last = e.end.value_or(e.date);
        if (e.date.days <= to.days && last.days >= from.days && event_matches(e, filter))
            out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<int> events_of(const History& history, int state) {
    EventFilter filter;
    filter.state = state;
    return state < 0 ? std::vector<int>{} : events_between(history, Date{INT32_MIN}, Date{INT32_MAX}, filter);
}

int next_event(const History& history, Date after, const EventFilter& filter) {
    for (std::size_t i = 0; i < history.events.size(); ++i) {
        const Event& e = history.events[i];
        if (e.date.days > after.days && event_matches(e, filter)) return static_cast<int>(i);
    }
    return -1;
}

int previous_event(const History& history, Date before, const EventFilter& filter) {
    for (std::size_t i = history.events.size(); i-- > 0;) {
        const Event& e = history.events[i];
        if (e.date.days < before.days && event_matches(e, filter)) return static_cast<int>(i);
    }
    return -1;
}

StandingOn standing_on(const History& history, int state, Date date) {
    if (state < 0 || static_cast<std::size_t>(state) >= history.standings.size()) return {};
    const StandingChange* change = in_force(history.standings[static_cast<std::size_t>(state)], date);
    if (!change) return {};  // before the first change: no relations
    return StandingOn{change->standing, change->event, change->from};
}

}  // namespace atlas
