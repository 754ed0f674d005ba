#!/usr/bin/python3
"""Score the built map against tools/map/border_checks.json (dated places on both sides of the borders
that moved in 1919-1929, holders from references) and list the points it gets wrong, grouped by border.
The C++ test tests/border_checks_test.cpp is the one that fails; this is the quick to-do list.

  /usr/bin/python3 tools/map/run_border_checks.py [--failures FILE]   (FILE: one line per wrong point)
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True      # keep tools/map free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atlas_data import Atlas, parse_date     # noqa: E402
from check_map import region_near            # noqa: E402  (the same 10 km coastal snap as the C++ who())

CHECKS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'border_checks.json')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--failures', help='write the wrong points to this file, one a line')
    args = ap.parse_args()
    with open(CHECKS, encoding='utf-8') as f:
        checks = json.load(f)
    a = Atlas()
    wrong, known = [], 0
    for c in checks:
        ri = region_near(a, c['lon'], c['lat'])
        if isinstance(ri, int):
            got, key = a.holder(ri, parse_date(c['date']))[0], a.regions[ri]['key']
        else:
            got, key = 'sea' if ri is None else 'several', '-'
        known += 'known_wrong' in c
        if got != c['expect_holder']:
            wrong.append((c, got, key))
    right = len(checks) - len(wrong)
    borders = {c['border'] for c in checks}
    lines = []
    for border in sorted({c['border'] for c, _, _ in wrong}):
        lines.append('## ' + border)
        for c, got, key in wrong:
            if c['border'] == border:
                lines.append('%s\t%s\t%.3f %.3f\texpected %s\tmap says %s (region %s)%s\t%s' % (
                    c['place'], c['date'], c['lon'], c['lat'], c['expect_holder'], got, key,
                    '\tknown_wrong' if 'known_wrong' in c else '', c['source']))
    score = '%d of %d border checks right (%.1f %%), %d wrong, %d marked known_wrong; %d borders/changes' % (
        right, len(checks), 100.0 * right / max(1, len(checks)), len(wrong), known, len(borders))
    print('\n'.join(lines))
    print(score)
    if args.failures:
        with open(args.failures, 'w', encoding='utf-8') as f:
            f.write('# points the map gets wrong (tools/map/run_border_checks.py); place, date, lon lat, expected, map, source\n')
            f.write('# ' + score + '\n')
            f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
