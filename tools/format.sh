#!/usr/bin/env bash
# Formats our C++ (src/, tests/) with .clang-format, in place (Debian's clang-format package).
# tools/format.sh --check: changes nothing; fails and names the files that are not formatted.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')
if [ "${1:-}" = --check ]; then clang-format --dry-run --Werror $files; else clang-format -i $files; fi
