#!/usr/bin/env bash
# Builds the web app (release) and packs it for a school's web host: dist/soviet-atlas-<version>.zip
# (layout and guarantees: tools/release/make_release.mjs; how to host it: docs/HOSTING.md).
# The same commit gives the same zip, byte for byte (file times are the commit's).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup/deps.sh
cmake --preset web >/dev/null
cmake --build --preset web
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
SOURCE_DATE_EPOCH=$epoch node tools/release/make_release.mjs build/web/site dist
