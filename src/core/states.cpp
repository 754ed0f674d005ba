// States: loading and validating states.json and regions.json, and their dated look-ups.
#include "core/states.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/dated.hpp"
#include "core/json_fields.hpp"
#include "core/utf8.hpp"

namespace atlas {

namespace {

using namespace json_fields;

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lowercase; '*' for
// the signs (multiplication, division) and two-letter ligatures, handled in latin_base.
constexpr std::string_view kLatinBase =
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy*s"   // U+00C0..U+00DF
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y"   // U+00E0..U+00FF
    "aaaaaaccccccccddddeeeeeeeeeegggg"   // U+0100..U+011F
    "gggghhhhiiiiiiiiii**jjkkklllllll"   // U+0120..U+013F
    "lllnnnnnnnnnoooooo**rrrrrrssssss"   // U+0140..U+015F
    "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";  // U+0160..U+017F

// The lowercase base letters of a Latin code point (U+00C0..U+017F), or "" for a sign.
std::string_view latin_base(char32_t cp) {
    switch (cp) {
        case 0xC6:
        case 0xE6: return "ae";
        case 0xDE:
        case 0xFE: return "th";
        case 0xDF: return "ss";
        case 0x132:
        case 0x133: return "ij";
        case 0x152:
        case 0x153: return "oe";
        case 0xD7:
        case 0xF7: return "";
        default: return kLatinBase.substr(cp - 0xC0, 1);
    }
}

// Decodes one UTF-8 sequence at text[i] (advancing i); a malformed byte reads as the Latin-1
// character of the same value (0xC3 alone is "Ã").
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length <= 1 || i + static_cast<std::size_t>(length) > text.size()) {
        ++i;
        return lead;
    }
    char32_t cp = lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + static_cast<std::size_t>(k)) & 0xC0) != 0x80) {
            ++i;
            return lead;
        }
        cp = (cp << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

// Levenshtein distance between two folded names (bytes; they are short).
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Every folded text a state answers to: its id (with '_' as a blank), its names and its aliases.
std::vector<std::string> folded_names(const State& state) {
    std::vector<std::string> out{fold_name(state.id)};
    for (const DatedName& name : state.names) out.push_back(fold_name(name.name));
    for (const std::string& alias : state.aliases) out.push_back(fold_name(alias));
    return out;
}

void check_ascending(const Where& at, std::string_view list, std::size_t i, Date previous, Date current) {
    if (i > 0 && !(previous.days < current.days)) {
        at.fail(std::string(list) + "[" + std::to_string(i) + "].from",
                "'" + format_date(current) + "' is not after the previous entry's '" + format_date(previous) + "'");
    }
}

State read_state(const Json& entry, std::size_t index, std::string_view file) {
    const Where at{file, entry_label("state", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    State state;
    state.id = require_id(at, entry);
    const Json& names = require_array(at, entry, "names");
    if (names.empty()) at.fail("names", "is empty");
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Where in = at.inside("names[" + std::to_string(i) + "]");
        state.names.push_back(DatedName{require_date(in, names[i], "from"), require_string(in, names[i], "name")});
        if (i > 0) check_ascending(at, "names", i, state.names[i - 1].from, state.names[i].from);
    }
    if (const Json* capitals = optional(at, entry, "capital")) {
        if (!capitals->is_array()) at.fail("capital", "is not an array");
        for (std::size_t i = 0; i < capitals->size(); ++i) {
            const Where in = at.inside("capital[" + std::to_string(i) + "]");
            const Json& c = (*capitals)[i];
            state.capitals.push_back(DatedCapital{require_date(in, c, "from"), require_number(in, c, "lon", -180, 180),
                                                  require_number(in, c, "lat", -90, 90),
                                                  require_string(in, c, "city")});
            if (i > 0) check_ascending(at, "capital", i, state.capitals[i - 1].from, state.capitals[i].from);
        }
    }
    const std::string color = require_string(at, entry, "color");
    const auto rgb = parse_color(color);
    if (!rgb) at.fail("color", "'" + color + "' is not a colour '#rrggbb'");
    state.color = *rgb;
    state.on_map = optional_bool(at, entry, "on_map", true);
    return state;
}

RegionTimeline read_region(const Json& entry, std::size_t index, std::string_view file,
                           const std::unordered_map<std::string, int>& ids) {
    const Where at{file, entry_label("region", entry, index), {}};
    if (!entry.is_object()) at.fail("is not an object");
    RegionTimeline region;
    region.key = require_string(at, entry, "key");
    region.name = optional_string(at, entry, "name");
    region.source = optional_string(at, entry, "source");
    const Json& holders = require_array(at, entry, "holders");
    if (holders.empty()) at.fail("holders", "is empty");
    for (std::size_t i = 0; i < holders.size(); ++i) {
        const Where in = at.inside("holders[" + std::to_string(i) + "]");
        HolderSpan span;
        span.from = require_date(in, holders[i], "from");
        const std::string holder = require_string(in, holders[i], "holder");
        const auto it = ids.find(holder);
        if (it == ids.end()) in.fail("holder", "'" + holder + "' is not a state id of states.json");
        span.holder = it->second;
        span.note = optional_string(in, holders[i], "note");
        if (i == 0 && span.from.days > kAtlasStart.days) {
            in.fail("from",
                    "'" + format_date(span.from) + "' is after 1919-01-01: the first holder must cover the start");
        }
        if (i > 0) check_ascending(at, "holders", i, region.holders.back().from, span.from);
        region.holders.push_back(std::move(span));
    }
    return region;
}

const Json& top_array(const Json& doc, const char* field, std::string_view file) {
    const Where at{file, {}, {}};
    if (!doc.is_object()) at.fail("top level is not an object");
    return require_array(at, doc, field);
}

// The top-level "aliases": {"uk": ["Britain", ...], ...}, one list for the whole file. An alias may
// not answer for two states: checked against every id, name and alias of the others.
void read_aliases(const Json& doc, std::string_view file, States& states) {
    const Where top{file, {}, {}};
    const Json* aliases = optional(top, doc, "aliases");
    if (!aliases) return;
    if (!aliases->is_object()) top.fail("aliases", "is not an object");
    std::unordered_map<std::string, int> owner;  // folded id, name or alias -> state
    for (std::size_t s = 0; s < states.states.size(); ++s) {
        for (std::string& folded : folded_names(states.states[s]))
            owner.emplace(std::move(folded), static_cast<int>(s));
    }
    for (const auto& [id, list] : aliases->as_object()) {
        const std::string field = "aliases." + id;
        const int s = state_index(states, id);
        if (s < 0) top.fail(field, "'" + id + "' is not a state id of this file");
        if (!list.is_array()) top.fail(field, "is not an array");
        State& state = states.states[static_cast<std::size_t>(s)];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string item = field + "[" + std::to_string(i) + "]";
            if (!list[i].is_string()) top.fail(item, quote(list[i]) + " is not a string");
            const std::string alias = list[i].as_string();
            const std::string folded = fold_name(alias);
            if (folded.empty()) top.fail(item, "'" + alias + "' has no letters or digits");
            const auto [it, added] = owner.emplace(folded, s);
            if (it->second != s) {
                top.fail(item, "'" + alias + "' already names state '" +
                                   states.states[static_cast<std::size_t>(it->second)].id + "'");
            }
            state.aliases.push_back(alias);
        }
    }
}

}  // namespace

Result<States> load_states(std::string_view text, std::string_view file_name) {
    try {
        const Json doc = parse(text, file_name);
        const Json& list = top_array(doc, "states", file_name);
        States states;
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            State state = read_state(list[i], i, file_name);
            if (!seen.emplace(state.id, i).second) {
                Where{file_name, "state #" + std::to_string(i), {}}.fail("id", "duplicate id '" + state.id + "'");
            }
            states.states.push_back(std::move(state));
        }
        read_aliases(doc, file_name, states);
        return Result<States>::success(std::move(states));
    } catch (const LoadError& e) {
        return Result<States>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<States>::failure(std::string(file_name) + ": " + e.what());
    }
}

Result<Regions> load_regions(std::string_view text, std::string_view file_name, const States& states) {
    try {
        const Json doc = parse(text, file_name);
        const Json& list = top_array(doc, "regions", file_name);
        std::unordered_map<std::string, int> ids;
        for (std::size_t i = 0; i < states.states.size(); ++i) ids.emplace(states.states[i].id, static_cast<int>(i));
        Regions regions;
        std::unordered_map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            RegionTimeline region = read_region(list[i], i, file_name, ids);
            if (!seen.emplace(region.key, i).second) {
                Where{file_name, "region #" + std::to_string(i), {}}.fail("key", "duplicate key '" + region.key + "'");
            }
            regions.regions.push_back(std::move(region));
        }
        return Result<Regions>::success(std::move(regions));
    } catch (const LoadError& e) {
        return Result<Regions>::failure(e.what());
    } catch (const std::exception& e) {
        return Result<Regions>::failure(std::string(file_name) + ": " + e.what());
    }
}

int state_index(const States& states, std::string_view id) {
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        if (states.states[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

std::string fold_name(std::string_view text) {
    std::string out;
    bool blank = false;  // a separator is pending
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        std::string_view letters;
        std::string other;
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            other.assign(1, static_cast<char>(cp));
        } else if (cp >= 'A' && cp <= 'Z') {
            other.assign(1, fold(static_cast<char>(cp)));
        } else if (cp == '.' || cp == '\'' || cp == 0x2019) {
            continue;  // "U.S.S.R.", "People's"
        } else if (cp >= 0xC0 && cp <= 0x17F) {
            letters = latin_base(cp);
            if (letters.empty()) {
                blank = true;
                continue;
            }
        } else if (cp < 0x80) {
            blank = true;  // blanks, '_', '-', brackets, commas...
            continue;
        } else {
            append_utf8(other, cp);  // any other script is kept as it was written
        }
        if (blank && !out.empty()) out += ' ';
        blank = false;
        out += letters.empty() ? std::string_view(other) : letters;
    }
    return out;
}

int find_state(const States& states, std::string_view text) {
    const std::string wanted = fold_name(text);
    if (wanted.empty()) return -1;
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        if (fold_name(states.states[i].id) == wanted) return static_cast<int>(i);
    }
    for (std::size_t i = 0; i < states.states.size(); ++i) {
        const std::vector<std::string> names = folded_names(states.states[i]);
        if (std::find(names.begin(), names.end(), wanted) != names.end()) return static_cast<int>(i);
    }
    return -1;
}

std::vector<int> nearest_states(const States& states, std::string_view text, std::size_t count) {
    const std::string wanted = fold_name(text);
    if (wanted.empty()) return {};
    // Score per state: 0 when one of its names contains the text (or the text it), else 1 + the
    // smallest edit distance; ties by file order.
    std::vector<std::pair<std::size_t, int>> scored;
    for (std::size_t s = 0; s < states.states.size(); ++s) {
        std::size_t best = SIZE_MAX;
        for (const std::string& name : folded_names(states.states[s])) {
            // The text inside a name, or a name of 4 letters or more inside the text ("us" is in "prussia").
            const bool contains =
                name.find(wanted) != std::string::npos || (name.size() >= 4 && wanted.find(name) != std::string::npos);
            best = std::min(best, contains ? 0 : 1 + edit_distance(wanted, name));
        }
        scored.emplace_back(best, static_cast<int>(s));
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // Near means a slip of the keyboard: up to a third of the text's letters (at least 2) wrong.
    // The closest is always given, so the message has something to offer.
    const std::size_t near = 1 + std::max<std::size_t>(2, wanted.size() / 3);
    std::vector<int> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < count && (i == 0 || scored[i].first <= near); ++i) {
        out.push_back(scored[i].second);
    }
    return out;
}

std::string_view name_on(const State& state, Date date) {
    if (state.names.empty()) return state.id;
    const DatedName* name = in_force(state.names, date);
    return name ? name->name : state.names.front().name;
}

const DatedCapital* capital_on(const State& state, Date date) { return in_force(state.capitals, date); }

int region_index(const Regions& regions, std::string_view key) {
    for (std::size_t i = 0; i < regions.regions.size(); ++i) {
        if (regions.regions[i].key == key) return static_cast<int>(i);
    }
    return -1;
}

HolderOn holder_on(const RegionTimeline& region, Date date) {
    if (region.holders.empty()) return {};
    const HolderSpan* span = in_force(region.holders, date);
    if (!span) span = &region.holders.front();  // (the loader makes the first cover the atlas's start)
    return HolderOn{span->holder, span->note, span->from};
}

std::optional<Rgb> parse_color(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    std::uint8_t channels[3] = {};
    for (int c = 0; c < 3; ++c) {
        int value = 0;
        for (int k = 0; k < 2; ++k) {
            const char ch = fold(text[1 + 2 * c + k]);
            const int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + digit;
        }
        channels[c] = static_cast<std::uint8_t>(value);
    }
    return Rgb{channels[0], channels[1], channels[2]};
}

}  // namespace atlas
