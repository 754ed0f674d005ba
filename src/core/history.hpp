// History: events.json (dated events and each state's standing with Moscow) and its queries.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/projection.hpp"
#include "core/result.hpp"
#include "core/states.hpp"

namespace atlas {

enum class EventKind { treaty, recognition, trade, conference, crisis, comintern, war, territorial, policy };
inline constexpr int kEventKindCount = 9;

// Ordered from closest to Moscow to most hostile (the legend's order). allied: an alliance with
// advisers and arms that was neither recognition nor dependence (Canton and the Kuomintang 1923-27).
enum class Standing { soviet, client, allied, recognized, de_facto, none, broken, war };
inline constexpr int kStandingCount = 8;

std::string_view kind_name(EventKind kind);  // "treaty"...
std::optional<EventKind> parse_kind(std::string_view text);
std::string_view standing_name(Standing standing);  // "de_facto"...
std::optional<Standing> parse_standing(std::string_view text);

struct Place {
    LonLat where;
    std::string name;
};

struct Event {
    std::string id;
    Date date;
    std::optional<Date> end;
    std::string title;
    EventKind kind = EventKind::policy;
    std::vector<int> parties;  // state indices
    Place place;
    std::string summary;
    std::string significance;
    std::string teacher_note;  // may be empty
    std::string seed_point;    // may be empty: the class presentation's point this entry covers (a quote)
    std::string source;
};

struct StandingChange {
    Date from;
    Standing standing = Standing::none;
    int event = -1;  // index into History::events (the event that caused the change)
};

struct History {
    std::vector<Event> events;                           // sorted by date (file order among equal dates)
    std::vector<std::vector<StandingChange>> standings;  // per state index, ascending
};

// Dates must lie in 1917-01-01..1933-12-31; parties and standings are checked against the states.
Result<History> load_history(std::string_view text, std::string_view file_name, const States& states);

struct EventFilter {
    std::optional<EventKind> kind;
    int state = -1;  // only events with this party; -1 for all
};

int event_index(const History& history, std::string_view id);  // or -1
bool event_matches(const Event& event, const EventFilter& filter);
// Events whose span [date, end] meets [from, to] (partial dates count from their first day).
std::vector<int> events_between(const History& history, Date from, Date to, const EventFilter& filter = {});
std::vector<int> events_of(const History& history, int state);                            // by date
int next_event(const History& history, Date after, const EventFilter& filter = {});       // first dated later, or -1
int previous_event(const History& history, Date before, const EventFilter& filter = {});  // last dated earlier, or -1

struct StandingOn {
    Standing standing = Standing::none;  // none before the state's first change
    int event = -1;                      // the event that set it
    std::optional<Date> since;
};
StandingOn standing_on(const History& history, int state, Date date);

}  // namespace atlas
