#!/usr/bin/env bash
# Installs and fetches every dependency, pinned, into third_party/ (ignored). Idempotent:
# each step checks a stamp or the installed state first, so a second run takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tp="$root/third_party"
mkdir -p "$tp"
log() { printf '[setup] %s\n' "$*"; }

# Pinned versions (Debian source packages, npm packages in package-lock.json).
SDL2_VERSION=2.26.5+dfsg-1          # bookworm
IMGUI_VERSION=1.90.1+ds-1           # trixie (1.90 brings the SDL2 backend with touch support)

# 1. Debian binary packages.
apt_pkgs=(build-essential cmake ninja-build pkg-config git ca-certificates
  emscripten nodejs chromium libsdl2-dev libgl-dev doctest-dev
  nlohmann-json3-dev                                                # the unit tests' fixtures only (the app has core/json)
  libstb-dev                                                        # the printed picture (stb_truetype, stb_image_write)
  firefox-esr xvfb                                                  # the Firefox tests (tests/browser/firefox.test.mjs)
  python3 dpkg-dev patch debian-archive-keyring clang libclang-rt-14-dev
  python3-shapely python3-numpy python3-mapbox-earcut python3-pil   # the map pipeline, tools/map
  zip unzip nginx libnginx-mod-http-brotli-static apache2 caddy)  # the release, tested under nginx, Apache, Caddy
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm comes with nodejs from some vendors; on plain Debian it is a separate package.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Debian source packages, through a project-local apt configuration (the system's is untouched).
fetch_source() { # name version suite dest
  local name=$1 version=$2 suite=$3 dest=$4
  [ -f "$dest/.stamp-$version" ] && return 0
  log "fetching Debian source $name $version ($suite)"
  local aptdir="$tp/apt-$suite" mirror
  # The Debian mirror this machine already uses, from its own apt sources; no other is guessed.
  mirror=$(grep -m1 -oE '^URIs: *http[^ ]*debian$' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $2}' || true)
  [ -n "$mirror" ] || mirror=$(grep -m1 -oE 'http[^ ]*/debian ' /etc/apt/sources.list 2>/dev/null | tr -d ' ' || true)
  if [ -z "$mirror" ]; then
    log "no Debian mirror found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list."
    log "Add the mirror this machine installs from there (a 'URIs: http://.../debian' line, or a"
    log "'deb http://.../debian bookworm main' line), run 'apt-get update', then run this again."
    exit 1
  fi
  mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/dl"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" > "$aptdir/sources.list"
  local opts=(-o Dir::Etc::SourceList="$aptdir/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$aptdir/lists" -o Dir::Cache="$aptdir/cache" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -qq
  (cd "$aptdir/dl" && apt-get "${opts[@]}" source --download-only -qq "$name=$version")
  rm -rf "$dest"
  dpkg-source --no-check -x "$aptdir/dl/${name}_${version#*:}.dsc" "$dest" >/dev/null
  touch "$dest/.stamp-$version"
}
fetch_source libsdl2 "$SDL2_VERSION" bookworm "$tp/sdl2-src"
fetch_source imgui "$IMGUI_VERSION" trixie "$tp/imgui-src"

# 3. SDL2 built once for the web (static, only the video/events subsystems we use), from a fresh copy
# of the source with tools/setup/sdl2-web.patch applied: what a WebGL page never calls (cursors from
# surfaces, the window framebuffer, GL lookup by name, the controller database...) is left out; the
# patch's header says why each change is safe. Of the options: only the emscripten video driver (the
# dummy and offscreen ones save frames as BMP through SDL's blitters; 9 KB Brotli); SDL_LEAN_AND_MEAN
# drops the optimised blitters and RLE surfaces (5.5 KB); no SDL_assert_release is in the code the
# page links, so SDL_ASSERT_LEVEL=0 only drops the assertion report SDL_Quit would print (1.4 KB).
# The stamp names the version and a hash of the patch and the options: changing either rebuilds it.
sdl_web="$tp/sdl2-web"
sdl_web_build="$tp/sdl2-web-build"
sdl_web_patch="$root/tools/setup/sdl2-web.patch"
sdl_web_opts=(-DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_HIDAPI=OFF
  -DSDL_POWER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_PTHREADS=OFF
  -DSDL_THREADS=OFF -DSDL_LOADSO=OFF -DSDL_CPUINFO=OFF
  -DSDL_DUMMYVIDEO=OFF -DSDL_OFFSCREEN=OFF
  "-DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 -DSDL_ASSERT_LEVEL=0")
sdl_web_id=$({ cat "$sdl_web_patch"; printf '%s\n' "${sdl_web_opts[@]}"; } | sha256sum | cut -c1-12)
if [ ! -f "$sdl_web/.stamp-$SDL2_VERSION-$sdl_web_id" ]; then
  log "building SDL2 for WebAssembly (once, a few minutes)"
  rm -rf "$sdl_web_build" "$sdl_web"
  mkdir -p "$sdl_web_build/src"
  cp -a "$tp/sdl2-src/." "$sdl_web_build/src"   # a copy: the fetched source stays unpatched
  patch -d "$sdl_web_build/src" -p1 --forward --quiet <"$sdl_web_patch" >"$tp/sdl2-web-build.log" 2>&1 \
    || { tail -30 "$tp/sdl2-web-build.log"; exit 1; }
  export NODE_PATH=/usr/share/nodejs
  emcmake cmake -S "$sdl_web_build/src" -B "$sdl_web_build/out" -G Ninja -DCMAKE_INSTALL_PREFIX="$sdl_web" \
    "${sdl_web_opts[@]}" >>"$tp/sdl2-web-build.log" 2>&1 || { tail -30 "$tp/sdl2-web-build.log"; exit 1; }
  cmake --build "$sdl_web_build/out" >>"$tp/sdl2-web-build.log" 2>&1 || { tail -30 "$tp/sdl2-web-build.log"; exit 1; }
  cmake --install "$sdl_web_build/out" >>"$tp/sdl2-web-build.log" 2>&1
  touch "$sdl_web/.stamp-$SDL2_VERSION-$sdl_web_id"
fi

# 4. npm packages (playwright-core drives Debian's chromium; world-atlas feeds tools/map).
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  log "installing npm packages"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "dependencies ready"
