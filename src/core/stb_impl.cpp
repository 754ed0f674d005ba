// The stb implementations (Debian's libstb-dev headers), in this one translation unit; ImGui's font
// atlas uses the same stb_truetype and stb_rect_pack (CMakeLists.txt), one copy in the program.
// Warnings of third-party code are not ours to fix: they are silenced here only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO  // PNG bytes to memory only: the app and the CLI write files themselves
#include <stb/stb_image_write.h>
// The rectangle packer first: stb_truetype's packing API then uses it, as ImGui's font atlas expects.
#define STB_RECT_PACK_IMPLEMENTATION
#include <stb/stb_rect_pack.h>
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
#pragma GCC diagnostic pop
