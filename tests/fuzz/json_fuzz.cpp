// json_fuzz: parse_json on arbitrary text; what parses is written, and the writing reads back to a value
// written the same (escapes, surrogates, numbers: the writer and the parser agree).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json_value.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    atlas::Json value;
    try {
        value = atlas::parse_json(text);
    } catch (const atlas::JsonError& e) {
        if (std::string_view(e.what()).empty()) std::abort();
        return 0;
    }
    const std::string written = value.dump();
    if (atlas::parse_json(written).dump() != written) std::abort();  // a JsonError here escapes: a crash too
    return 0;
}
