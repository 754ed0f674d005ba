// FuzzAssets: the real assets (states, history), loaded once from $ATLAS_ASSETS_DIR or <repo>/assets.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/asset_files.hpp"
#include "core/history.hpp"
#include "core/states.hpp"

namespace fuzz_assets {

// $ATLAS_ASSETS_DIR when set (tools/fuzz/run.sh sets it), else tests/fuzz/../../assets from this
// header's path as compiled: relative to the checkout (-ffile-prefix-map), so run from the project folder.
inline std::string assets_dir() {
    if (const char* env = std::getenv("ATLAS_ASSETS_DIR"); env && *env) return env;
    std::string here = __FILE__;
    const std::size_t slash = here.find_last_of('/');
    here = slash == std::string::npos ? std::string(".") : here.substr(0, slash);
    return here + "/../../assets";
}

[[noreturn]] inline void die(const std::string& message) {
    std::fprintf(stderr, "fuzz_assets: %s\n", message.c_str());
    std::abort();
}

inline std::string read(const std::string& name) {
    auto text = atlas::read_text_file(assets_dir() + "/" + name);
    if (!text.ok()) die(text.error + " (set ATLAS_ASSETS_DIR)");
    return std::move(*text.value);
}

inline const atlas::States& states() {
    static const atlas::States loaded = [] {
        auto result = atlas::load_states(read("states.json"), "states.json");
        if (!result.ok()) die(result.error);
        return std::move(*result.value);
    }();
    return loaded;
}

inline const atlas::History& history() {
    static const atlas::History loaded = [] {
        auto result = atlas::load_history(read("events.json"), "events.json", states());
        if (!result.ok()) die(result.error);
        return std::move(*result.value);
    }();
    return loaded;
}

}  // namespace fuzz_assets
