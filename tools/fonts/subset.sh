#!/usr/bin/env bash
# Subsets Debian's Noto Sans (fonts-noto-core, SIL OFL 1.1) to Latin + Cyrillic for assets/fonts/.
# Run by hand when the needed characters change; the output is committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
src=/usr/share/fonts/truetype/noto
ranges="U+0020-007E,U+00A0-017F,U+0218-021B,U+0300-0301,U+0400-045F,U+0490-0491,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2032-2033,U+20AC,U+2190-2193,U+2212"
for face in Regular Bold; do
  pyftsubset "$src/NotoSans-$face.ttf" --unicodes="$ranges" --layout-features='' --no-hinting \
    --desubroutinize --output-file="$root/assets/fonts/NotoSans-$face.subset.ttf"
done
cp /usr/share/doc/fonts-noto-core/copyright "$root/assets/fonts/NotoSans-LICENSE.txt" 2>/dev/null || true
ls -l "$root/assets/fonts"
