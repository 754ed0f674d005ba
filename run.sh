#!/usr/bin/env bash
# Sets everything up (Debian packages, pinned sources, npm), builds the web app in release and
# serves it on http://127.0.0.1:8000. A second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"
tools/setup/deps.sh
cmake --preset web >/dev/null
cmake --build --preset web
exec node tools/serve.mjs build/web/site "${PORT:-8000}"
