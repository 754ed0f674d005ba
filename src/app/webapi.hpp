// The page's C API (webapi_web.cpp): bound to the one App so JavaScript can reach it.
#pragma once

#include "app/app.hpp"

namespace atlas {
void webapi_bind(App& app);
}
