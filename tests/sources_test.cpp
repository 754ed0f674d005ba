// Source tests: the events a class meets first cite a chapter, page or document (docs/events-format.md),
// or are listed, with why, under "Still without chapter or page" in docs/sources-checked.md.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/tour.hpp"
#include "fixtures/real_atlas.hpp"

using namespace atlas;
using test::real_atlas;

namespace {

// A locator a teacher can open the book at: a chapter, a part, a page, a document or an annex.
// A volume alone ("vol. 3 (1953)") is not one.
bool names_a_place(const std::string& source) {
    static const std::regex place(
        R"(\bch\. ?[0-9IVX]|\bchapter\b|\bpp?\. ?\d|\bpart (?:\d|one|two|three)\b|\bdoc\. \d|\bAnnex [A-Z])");
    return std::regex_search(source, place);
}

// The events a class meets first: those of every lesson step, the recognitions, and the events
// that open recognized or de facto relations in the standings.
std::set<std::string> class_first(const Atlas& atlas) {
    std::set<std::string> ids;
    const auto text = read_text_file(ATLAS_ASSETS_DIR "/tour.json");
    REQUIRE_MESSAGE(text.ok(), text.error);
    const auto tours = load_tours(*text.value, "tour.json", atlas.states, atlas.history);
    REQUIRE_MESSAGE(tours.ok(), tours.error);
    for (const Tour& tour : tours.value->tours)
        for (const TourStep& step : tour.steps)
            for (int e : step.events) ids.insert(atlas.history.events[static_cast<std::size_t>(e)].id);
    for (const Event& e : atlas.history.events)
        if (e.kind == EventKind::recognition) ids.insert(e.id);
    for (const auto& changes : atlas.history.standings)
        for (const StandingChange& c : changes)
            if (c.standing == Standing::recognized || c.standing == Standing::de_facto)
                ids.insert(atlas.history.events[static_cast<std::size_t>(c.event)].id);
    return ids;
}

// The event ids listed under "## Still without chapter or page" in docs/sources-checked.md.
std::set<std::string> still_without() {
    const auto doc = read_text_file(ATLAS_SOURCE_DIR "/docs/sources-checked.md");
    REQUIRE_MESSAGE(doc.ok(), doc.error);
    const std::string& text = *doc.value;
    const std::string heading = "## Still without chapter or page";
    const auto begin = text.find(heading);
    REQUIRE_MESSAGE(begin != std::string::npos, "docs/sources-checked.md has no section '" << heading << "'");
    const auto end = text.find("\n## ", begin + heading.size());
    const std::string section = text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    static const std::regex id("`([a-z][a-z0-9_]*)`");
    std::set<std::string> ids;
    for (std::sregex_iterator it(section.begin(), section.end(), id), stop; it != stop; ++it) ids.insert((*it)[1]);
    return ids;
}

const Event* find_event(const Atlas& atlas, const std::string& id) {
    const int index = event_index(atlas.history, id);
    return index < 0 ? nullptr : &atlas.history.events[static_cast<std::size_t>(index)];
}

}  // namespace

TEST_CASE("a chapter, part, page or document is told from a whole work") {
    CHECK(names_a_place("Stephen White, The Origins of Detente (1985), ch. 7 'Rapallo'"));
    CHECK(names_a_place("Gill Bennett, The Zinoviev Letter of 1924 (1999), ch. II 'The Letter' and Annex A"));
    CHECK(
        names_a_place("Stephen White, Britain and the Bolshevik Revolution (1979), the chapter 'The Trade Agreement'"));
    CHECK(names_a_place("League of Nations Treaty Series, vol. 9, no. 268, p. 401"));
    CHECK(names_a_place("Military Affairs 40 (1976), pp. 109-117"));
    CHECK(names_a_place("Foreign Relations of the United States, 1929, vol. II, doc. 95"));
    CHECK(
        names_a_place("Daniela Spenser, The Impossible Triangle (1999), part one 'The Encounter of Two Revolutions'"));
    CHECK_FALSE(names_a_place("E.H. Carr, The Bolshevik Revolution 1917-1923, vol. 3 (1953)"));
    CHECK_FALSE(names_a_place("Evan Mawdsley, The Russian Civil War (1987; new ed. 2005)"));
    CHECK_FALSE(names_a_place("John P. Sontag, 'The Soviet War Scare of 1926-27', Russian Review 34 (1975)"));
    CHECK_FALSE(names_a_place("Stephen Page, The USSR and Arabia (1971)"));
}

TEST_CASE("every event a class meets first cites a chapter, page or document, or is listed as still without") {
    const Atlas& atlas = real_atlas();
    const std::set<std::string> listed = still_without();
    const std::set<std::string> first = class_first(atlas);
    for (const std::string& id : first) {
        const Event* e = find_event(atlas, id);
        REQUIRE(e != nullptr);
        if (!names_a_place(e->source) && !listed.count(id)) {
            FAIL_CHECK(id << ": cites no chapter, page or document (" << e->source
                          << "); give one, or list it under 'Still without chapter or page' in "
                             "docs/sources-checked.md with why");
        }
    }
    for (const std::string& id : listed) {
        const Event* e = find_event(atlas, id);
        if (!e) {
            FAIL_CHECK("docs/sources-checked.md lists '" << id << "', which events.json does not have");
        } else if (!first.count(id)) {
            FAIL_CHECK("docs/sources-checked.md lists " << id << ", which is not an event a class meets first");
        } else if (names_a_place(e->source)) {
            FAIL_CHECK("docs/sources-checked.md still lists " << id << ", which now cites: " << e->source);
        }
    }
}

TEST_CASE("every page range in the sources runs forwards") {
    static const std::regex range(R"(\bpp\. (\d+)-(\d+)\b)");
    for (const Event& e : real_atlas().history.events) {
        for (std::sregex_iterator it(e.source.begin(), e.source.end(), range), stop; it != stop; ++it) {
            const int first = std::stoi((*it)[1]), last = std::stoi((*it)[2]);
            if (first > last) FAIL_CHECK(e.id << ": page range '" << (*it)[0] << "' runs backwards");
        }
    }
}
