// AssetFiles: reading the four asset files from a directory (for the CLI and tests; the app fetches).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/result.hpp"

namespace atlas {

Result<std::string> read_text_file(const std::string& path);

// Owns the bytes that AtlasFiles views.
struct AssetBytes {
    std::vector<std::uint8_t> map_bin;
    std::string states_json, regions_json, events_json;
};

// Reads one whole file. The app reads through its platform: in the browser, the bytes that the
// page downloaded, handed over without a file system.
using FileReader = std::function<Result<std::string>(const std::string& path)>;

Result<AssetBytes> read_asset_dir(const std::string& dir, const FileReader& read = read_text_file);
AtlasFiles atlas_files(const AssetBytes& bytes);  // views into bytes, standard names
Result<Atlas> load_atlas_dir(const std::string& dir, const FileReader& read = read_text_file,
                             PickGridAtLoad grid = PickGridAtLoad::whole);

}  // namespace atlas
