// History text tests: the events' texts checked against the data's own standings, dates, names and
// capitals (the kinds of slip a history teacher finds), on the shipped assets and on known slips.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::d;
using test::real_atlas;

namespace {

std::string texts(const Event& e) { return e.title + " " + e.summary + " " + e.significance; }

std::string span_text(const Event& e) {
    return format_date(e.date) + (e.end ? ".." + format_date(*e.end) : std::string());
}

// A name without its parenthesis: "Soviet Russia (RSFSR)" -> "Soviet Russia".
std::string base_name(const std::string& name) {
    const auto paren = name.find(" (");
    return paren == std::string::npos ? name : name.substr(0, paren);
}

// 1. A standing after a state's first begins on the day of the event that set it, or within the
// event's span (a break during a war).
void check_standings(const Atlas& atlas, std::vector<std::string>& out) {
    for (std::size_t s = 0; s < atlas.history.standings.size(); ++s) {
        const auto& changes = atlas.history.standings[s];
        for (std::size_t i = 1; i < changes.size(); ++i) {
            const Event& e = atlas.history.events[static_cast<std::size_t>(changes[i].event)];
            const std::int32_t from = changes[i].from.days;
            const bool on_date = from == e.date.days && changes[i].from.precision == e.date.precision;
            const bool in_span = e.end && e.date.days <= from && from <= period_end(*e.end).days;
            if (!on_date && !in_span) {
                out.push_back(atlas.states.states[s].id + ": standing '" +
                              std::string(standing_name(changes[i].standing)) + "' from " +
                              format_date(changes[i].from) + " is set by " + e.id + " (" + span_text(e) + ")");
            }
        }
    }
}

// 2. A date written in the summary of an event with a span ("17-18 March 1921", "June 1920") lies
// within the span; what came after belongs in the significance.
void check_span_dates(const Atlas& atlas, std::vector<std::string>& out) {
    static const std::regex written(
        R"((?:(\d{1,2})(?:-\d{1,2})? )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}))");
    for (const Event& e : atlas.history.events) {
        if (!e.end) continue;
        for (std::sregex_iterator it(e.summary.begin(), e.summary.end(), written), end; it != end; ++it) {
            const std::smatch& m = *it;
            int month = 1;
            while (month_name(month) != m[2].str()) ++month;
            const auto stated = make_date(std::stoi(m[3].str()), month, m[1].matched ? std::stoi(m[1].str()) : 1,
                                          m[1].matched ? Precision::day : Precision::month);
            if (!stated) continue;
            if (stated->days > period_end(*e.end).days || period_end(*stated).days < e.date.days) {
                out.push_back(e.id + ": its summary states '" + m[0].str() + "', outside its span " + span_text(e));
            }
        }
    }
}

// 3. The Soviet state is called by its name on the event's date (docs/events-format.md): not
// "Soviet Russia" after the USSR was formed, not "Soviet Union" for events over before it.
void check_soviet_name(const Atlas& atlas, std::vector<std::string>& out) {
    const State& ussr = atlas.states.states[static_cast<std::size_t>(state_index(atlas.states, "ussr"))];
    REQUIRE(ussr.names.size() == 2);
    const std::string before = base_name(ussr.names[0].name), after = base_name(ussr.names[1].name);
    const std::int32_t change = ussr.names[1].from.days;
    for (const Event& e : atlas.history.events) {
        const std::string text = texts(e);
        if (e.date.days > change && text.find(before) != std::string::npos) {
            out.push_back(e.id + ": says '" + before + "' on " + format_date(e.date) + ", after " +
                          format_date(ussr.names[1].from));
        }
        if (period_end(e.end ? *e.end : e.date).days < change && text.find(after) != std::string::npos) {
            out.push_back(e.id + ": says '" + after + "' on " + format_date(e.date) + ", before " +
                          format_date(ussr.names[1].from));
        }
    }
}

// 4. A text naming "the <City> government" of a party means the party's seat that day: the city
// is the party's capital on the event's date whenever it is one of the party's capitals at all.
void check_seat_of_government(const Atlas& atlas, std::vector<std::string>& out) {
    static const std::regex seat(R"(([A-Z][a-z]+) government)");
    for (const Event& e : atlas.history.events) {
        const std::string text = texts(e);
        for (std::sregex_iterator it(text.begin(), text.end(), seat), end; it != end; ++it) {
            const std::string city = (*it)[1].str();
            for (int party : e.parties) {
                const State& state = atlas.states.states[static_cast<std::size_t>(party)];
                const bool ever = std::any_of(state.capitals.begin(), state.capitals.end(),
                                              [&](const DatedCapital& c) { return c.city == city; });
                const DatedCapital* now = capital_on(state, e.date);
                if (ever && (!now || now->city != city)) {
                    out.push_back(e.id + ": speaks of the " + city + " government of " + state.id +
                                  ", whose capital on " + format_date(e.date) + " is " +
                                  (now ? now->city : std::string("none")));
                }
            }
        }
    }
}

// 5. Claims of order agree with the data: "the first/second Soviet client state" is the first or
// second state to become a client; "the last war between Soviet Russia and ... until YEAR" has
// no later Soviet war starting before YEAR.
void check_ordinals(const Atlas& atlas, std::vector<std::string>& out) {
    std::map<std::int32_t, std::vector<int>> clients_by_day;  // first client day -> states
    for (std::size_t s = 0; s < atlas.history.standings.size(); ++s) {
        for (const StandingChange& c : atlas.history.standings[s]) {
            if (c.standing == Standing::client) {
                clients_by_day[c.from.days].push_back(static_cast<int>(s));
                break;
            }
        }
    }
    static const std::regex ordinal(R"((first|second|third) (?:small )?Soviet client state)");
    static const std::regex last_war(R"(last war between Soviet Russia and [^.]* until (\d{4}))");
    const int ussr = state_index(atlas.states, "ussr");
    for (std::size_t i = 0; i < atlas.history.events.size(); ++i) {
        const Event& e = atlas.history.events[i];
        const std::string text = texts(e);
        std::smatch m;
        if (std::regex_search(text, m, ordinal)) {
            const int claimed = m[1].str() == "first" ? 1 : m[1].str() == "second" ? 2 : 3;
            int rank = 0;
            for (const auto& [day, states] : clients_by_day) {
                ++rank;
                for (int s : states) {
                    const auto& changes = atlas.history.standings[static_cast<std::size_t>(s)];
                    const bool set_here = std::any_of(changes.begin(), changes.end(), [&](const StandingChange& c) {
                        return c.standing == Standing::client && c.event == static_cast<int>(i);
                    });
                    if (set_here && rank != claimed) {
                        out.push_back(e.id + ": calls " + atlas.states.states[static_cast<std::size_t>(s)].id +
                                      " the " + m[1].str() + " Soviet client state; the standings make it number " +
                                      std::to_string(rank));
                    }
                }
            }
        }
        if (std::regex_search(text, m, last_war)) {
            const Date until = *make_date(std::stoi(m[1].str()), 1, 1, Precision::year);
            for (const Event& later : atlas.history.events) {
                const bool soviet = std::find(later.parties.begin(), later.parties.end(), ussr) != later.parties.end();
                if (later.kind == EventKind::war && soviet && later.date.days > e.date.days &&
                    later.date.days < until.days) {
                    out.push_back(e.id + ": calls it the last war until " + m[1].str() + ", but " + later.id +
                                  " starts " + format_date(later.date));
                }
            }
        }
    }
}

std::vector<std::string> contradictions(const Atlas& atlas) {
    std::vector<std::string> out;
    check_standings(atlas, out);
    check_span_dates(atlas, out);
    check_soviet_name(atlas, out);
    check_seat_of_government(atlas, out);
    check_ordinals(atlas, out);
    return out;
}

Event& event(Atlas& atlas, const char* id) {
    const int index = event_index(atlas.history, id);
    REQUIRE_MESSAGE(index >= 0, "events.json has no event '" << id << "'");
    return atlas.history.events[static_cast<std::size_t>(index)];
}

// The one contradiction found in a copy of the shipped data changed by `slip`.
std::vector<std::string> found_after(const std::function<void(Atlas&)>& slip) {
    Atlas copy = real_atlas();
    slip(copy);
    return contradictions(copy);
}

}  // namespace

TEST_CASE("no event's text contradicts the standings, dates, names or capitals in the data") {
    for (const std::string& problem : contradictions(real_atlas())) FAIL_CHECK(problem);
}

TEST_CASE("the checks find the slips the history review found") {
    // Georgia's conquest ended at Batum on 17-18 March 1921, which the summary says; an end on the
    // day Tiflis fell contradicts it.
    CHECK(found_after([](Atlas& a) { event(a, "georgia_sovietised").end = d("1921-02-25"); }) ==
          std::vector<std::string>{
              "georgia_sovietised: its summary states '17-18 March 1921', outside its span 1921-02-16..1921-02-25"});
    // The United Front of January 1924: the USSR, not Soviet Russia.
    CHECK(found_after([](Atlas& a) {
              event(a, "first_united_front").summary = "Sun Yat-sen's party accepted alliance with Soviet Russia.";
          }) == std::vector<std::string>{"first_united_front: says 'Soviet Russia' on 1924-01-20, after 1922-12-30"});
    // Mongolia was not the first client: the Far Eastern Republic and Khorezm were (1920).
    const auto mongolia = found_after([](Atlas& a) {
        event(a, "mongolian_revolution").significance = "Mongolia became the first Soviet client state.";
    });
    REQUIRE(mongolia.size() == 1);
    CHECK(mongolia[0].find(
              "mongolian_revolution: calls mongolia the first Soviet client state; the standings make it number") == 0);
    // The Riga armistice was not the last war with a neighbour until 1939: Georgia came after it
    // (and the Crimea, and the war with China in 1929).
    const auto riga = found_after([](Atlas& a) {
        event(a, "polish_soviet_armistice").significance =
            "It ended the last war between Soviet Russia and a neighbouring state in Europe until 1939.";
    });
    CHECK(std::find(
              riga.begin(), riga.end(),
              "polish_soviet_armistice: calls it the last war until 1939, but georgia_sovietised starts 1921-02-16") !=
          riga.end());
    for (const std::string& problem : riga)
        CHECK(problem.find("polish_soviet_armistice: calls it the last war until 1939") == 0);
    // The Treaty of Moscow (1921) was signed by the Ankara government: Turkey's seat must be Ankara.
    const auto moscow = found_after([](Atlas& a) {
        State& turkey = a.states.states[static_cast<std::size_t>(state_index(a.states, "turkey"))];
        turkey.capitals.erase(turkey.capitals.begin() + 1);  // the seat stays Constantinople, as before the review
        turkey.capitals.push_back(DatedCapital{d("1923-10-13"), 32.85, 39.93, "Ankara"});
    });
    REQUIRE_FALSE(moscow.empty());
    CHECK(moscow[0].find("speaks of the Ankara government of turkey, whose capital on ") != std::string::npos);
    // A standing must start with its event: Mongolia's client standing is set on 11 July 1921.
    CHECK(found_after([](Atlas& a) {
              auto& changes = a.history.standings[static_cast<std::size_t>(state_index(a.states, "mongolia"))];
              changes[1].from = d("1921-07");
          }) ==
          std::vector<std::string>{
              "mongolia: standing 'client' from 1921-07 is set by mongolian_revolution (1921-07-06..1921-07-11)"});
}
