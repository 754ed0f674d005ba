// AssetFiles: whole-file reads with "path: cannot open" errors.
#include "core/asset_files.hpp"

#include <fstream>

namespace atlas {

Result<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return Result<std::string>::failure(path + ": missing asset (cannot open the file)");
    // One read of the known size: a stream copy goes through the buffer a character at a time,
    // which in WebAssembly took ~100 ms for the 1.5 MB of data at start-up.
    const std::streamoff size = in.tellg();
    std::string text;
    if (size > 0) {
        text.resize(std::size_t(size));
        in.seekg(0);
        in.read(text.data(), size);
    }
    if (size < 0 || in.bad() || (size > 0 && in.gcount() != size))
        return Result<std::string>::failure(path + ": read error");
    return Result<std::string>::success(std::move(text));
}

Result<AssetBytes> read_asset_dir(const std::string& dir, const FileReader& read) {
    AssetBytes bytes;
    std::string* targets[] = {nullptr, &bytes.states_json, &bytes.regions_json, &bytes.events_json};
    const char* names[] = {"map.bin", "states.json", "regions.json", "events.json"};
    for (int i = 0; i < 4; ++i) {
        auto text = read(dir + "/" + names[i]);
        if (!text.ok()) return Result<AssetBytes>::failure(text.error);
        if (targets[i]) {
            *targets[i] = std::move(*text.value);
        } else {
            bytes.map_bin.assign(text.value->begin(), text.value->end());
        }
    }
    return Result<AssetBytes>::success(std::move(bytes));
}

AtlasFiles atlas_files(const AssetBytes& bytes) {
    AtlasFiles files;
    files.map_bin = bytes.map_bin;
    files.states_json = bytes.states_json;
    files.regions_json = bytes.regions_json;
    files.events_json = bytes.events_json;
    return files;
}

Result<Atlas> load_atlas_dir(const std::string& dir, const FileReader& read, PickGridAtLoad grid) {
    auto bytes = read_asset_dir(dir, read);
    if (!bytes.ok()) return Result<Atlas>::failure(bytes.error);
    return load_atlas(atlas_files(*bytes.value), grid);
}

}  // namespace atlas
