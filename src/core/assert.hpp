// ATLAS_ASSERT: an invariant that holds unless our own code is wrong. Bad input is never asserted:
// the loaders return a Result with a message instead. On in every build, so keep the checks cheap.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace atlas {

[[noreturn]] inline void assert_failed(const char* condition, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: ATLAS_ASSERT(%s) failed\n", file, line, condition);
    std::abort();
}

}  // namespace atlas

#define ATLAS_ASSERT(condition) ((condition) ? void(0) : ::atlas::assert_failed(#condition, __FILE__, __LINE__))
