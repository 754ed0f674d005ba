// Search: countries (by any of their names) and events (by title) for the search box.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.hpp"

namespace atlas {

struct SearchHit {
    enum class Kind { state, event } kind = Kind::state;
    int index = -1;     // state or event index
    std::string label;  // what the list shows
};

// Substring match of the folded query (fold_name: case, accents, punctuation) in the folded id,
// names, aliases and titles; states first (name on the date first), then events
// by date; at most `limit` hits. An empty query finds nothing.
std::vector<SearchHit> search(const Atlas& atlas, std::string_view query, Date date, std::size_t limit = 12);

}  // namespace atlas
