#!/usr/bin/python3
"""Verify assets/map.bin, regions.json and states.json against docs/data-model.md and the
history: coverage of every day 1919-1929, capitals inside held territory, city checks
(tools/map/city_checks.json), label points, overlaps, blank land, neighbour colours.

  /usr/bin/python3 tools/map/check_map.py      (exit status 1 on any error)
"""
import datetime
import json
import math
import os
import re
import sys

sys.dont_write_bytecode = True      # keep tools/map free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geo                                   # noqa: E402
from atlas_data import Atlas, parse_date     # noqa: E402

CONTRACT_IDS = """ussr ukrainian_ssr byelorussian_ssr transcaucasian_sfsr azerbaijan armenia georgia
far_eastern_republic bukhara khorezm south_russia white_siberia north_russia japan finland estonia latvia
lithuania central_lithuania poland danzig memel saar germany france uk irish_free_state belgium netherlands
luxembourg denmark norway sweden iceland switzerland austria hungary czechoslovakia italy fiume spain
portugal yugoslavia romania bulgaria albania greece turkey persia afghanistan mongolia tuva china manchuria
xinjiang tibet egypt hejaz nejd yemen siam nepal bhutan usa canada mexico""".split()
OFF_MAP = {'usa', 'canada', 'mexico'}
DATE_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
START, END = datetime.date(1919, 1, 1), datetime.date(1929, 12, 31)

errors, warnings = [], []
NEAR_KM = 10.0     # coastal cities may fall just outside the simplified coast


def err(msg):
    if msg not in errors:
        errors.append(msg)


def warn(msg):
    if msg not in warnings:
        warnings.append(msg)


def region_near(a, lon, lat):
    """Region containing the point, else the region most often hit within NEAR_KM."""
    ri = a.region_at_lonlat(lon, lat)
    if isinstance(ri, int):
        return ri
    x, y = geo.project(lon, lat)
    votes = {}
    for k in range(1, 11):
        r = NEAR_KM * k / 10
        for j in range(16):
            t = 2 * math.pi * j / 16
            for h in a.regions_at(x + r * math.cos(t), y + r * math.sin(t)):
                votes[h] = votes.get(h, 0) + 1
        if votes:
            return max(sorted(votes), key=lambda h: votes[h])
    return ri


def check_binary(a):
    m = a.map
    if m['trailing'] != 0:
        err('map.bin: %d trailing bytes' % m['trailing'])
    if m['flags'] != 0:
        err('map.bin: flags != 0')
    if tuple(round(v, 3) for v in m['frame']) != tuple(round(v, 3) for v in geo.FRAME):
        err('map.bin: frame %s differs from geo.FRAME' % (m['frame'],))
    nreg, nv, ni = len(m['regions']), len(m['vertices']), len(m['indices'])
    if nreg > 65534:
        err('too many regions')
    if ni % 3:
        err('index_count not a multiple of 3')
    keys = [r['key'] for r in m['regions']]
    if len(set(keys)) != len(keys):
        err('duplicate region keys')
    for r in a.regions:
        if not r['holders']:
            err('%s: region of map.bin without a timeline in regions.json' % r['key'])
    for k in a.unmapped_timelines:
        err('%s: regions.json timeline for a region not on the map' % k)
    nextv = nexti = 0
    x0, y0, x1, y1 = m['frame']
    for r in m['regions']:
        fv, vc, fi, ic = r['first_vertex'], r['vertex_count'], r['first_index'], r['index_count']
        if fv != nextv or fi != nexti:
            err('%s: sections not contiguous' % r['key'])
        nextv, nexti = fv + vc, fi + ic
        if vc < 3 or ic < 3 or ic % 3:
            err('%s: bad counts' % r['key'])
        for k in m['indices'][fi:fi + ic]:
            if not fv <= k < fv + vc:
                err('%s: index %d outside its vertex range' % (r['key'], k))
                break
        lx, ly = r['label']
        if not (x0 <= lx <= x1 and y0 <= ly <= y1) or not r['area'] > 0:
            err('%s: label outside frame or area <= 0' % r['key'])
    if nextv != nv or nexti != ni:
        err('vertex/index sections not fully used')
    npts = len(m['arc_points'])
    for i, (ra, rb, fp, pc) in enumerate(m['arcs']):
        if pc < 2 or fp + pc > npts:
            err('arc %d: bad point range' % i)
        if ra >= nreg or (rb != 0xFFFF and rb >= nreg) or ra == rb:
            err('arc %d: bad regions %d/%d' % (i, ra, rb))
    # degenerate triangles
    import numpy as np
    p = a.tri_pts
    area2 = (p[:, 1, 0] - p[:, 0, 0]) * (p[:, 2, 1] - p[:, 0, 1]) - (p[:, 2, 0] - p[:, 0, 0]) * (p[:, 1, 1] - p[:, 0, 1])
    zero = int((np.abs(area2) < 1e-9).sum())
    if zero:
        warn('%d zero-area triangles (after quantisation)' % zero)
    for i, r in enumerate(m['regions']):
        hits = a.regions_at(*r['label'])
        if i not in hits:
            err('%s: label point not inside its own triangles (hits %s)' % (r['key'], hits))


def check_tables(a):
    for sid in CONTRACT_IDS:
        if sid not in a.states:
            err('states.json lacks contract id %s' % sid)
    for sid, s in a.states.items():
        if (sid in OFF_MAP) == s['on_map']:
            err('%s: on_map should be %s' % (sid, sid not in OFF_MAP))
        if not re.match(r'^#[0-9a-f]{6}$', s['color']):
            err('%s: bad colour' % sid)
        for e in s['names'] + s['capital']:
            if not DATE_RE.match(e['from']):
                err('%s: bad date %s' % (sid, e['from']))
        if not s['names'] or not s['capital']:
            err('%s: no names or capital' % sid)
    for r in a.regions:
        hs = r['holders']
        if not r.get('source'):
            err('%s: no source' % r['key'])
        if not hs or parse_date(hs[0]['from']) > START:
            err('%s: first holder entry after 1919-01-01' % r['key'])
        prev = None
        for h in hs:
            if not DATE_RE.match(h['from']):
                err('%s: bad date %s' % (r['key'], h['from']))
                continue
            d = parse_date(h['from'])
            if prev is not None and d <= prev:
                err('%s: holder dates not increasing at %s' % (r['key'], h['from']))
            prev = d
            if h['holder'] not in a.states:
                err('%s: unknown holder %s' % (r['key'], h['holder']))
            elif not a.states[h['holder']]['on_map']:
                err('%s: holder %s is off-map' % (r['key'], h['holder']))


def check_dates(a):
    """Every change date: names/capitals defined, capitals in held land, neighbour colours."""
    m = a.map
    nb = set()
    for ra, rb, _, _ in m['arcs']:
        if rb != 0xFFFF:
            nb.add((min(ra, rb), max(ra, rb)))
    held_states = set()
    cap_region = {}
    for d in a.change_dates():
        holders = [a.holder(i, d)[0] for i in range(len(a.regions))]
        by_state = {}
        for i, h in enumerate(holders):
            by_state.setdefault(h, set()).add(i)
        for sid, regs in by_state.items():
            held_states.add(sid)
            s = a.states.get(sid)
            if s is None:
                continue
            if a.dated(s['names'], d) is None:
                err('%s: no name on %s' % (sid, d))
            cap = a.dated(s['capital'], d)
            if cap is None:
                err('%s: no capital on %s' % (sid, d))
                continue
            key = (cap['lon'], cap['lat'])
            if key not in cap_region:
                cap_region[key] = region_near(a, *key)
            ri = cap_region[key]
            x, y = geo.project(*key)
            fx0, fy0, fx1, fy1 = a.frame
            if not (fx0 <= x <= fx1 and fy0 <= y <= fy1):
                warn('%s: capital %s outside the frame (not checked)' % (sid, cap['city']))
                continue
            if not isinstance(ri, int) or ri not in regs:
                err('%s on %s: capital %s not in territory it holds (in %s)' % (
                    sid, d, cap['city'], a.regions[ri]['key'] if isinstance(ri, int) else ri))
                if len(errors) > 200:
                    return
        for i, j in nb:
            hi, hj = holders[i], holders[j]
            if hi != hj and hi in a.states and hj in a.states:
                ci, cj = a.states[hi]['color'], a.states[hj]['color']
                dist = colour_distance(ci, cj)
                if dist == 0:
                    err('neighbours %s and %s have the same colour (e.g. %s: %s / %s)' % (
                        hi, hj, d, a.regions[i]['key'], a.regions[j]['key']))
                elif dist < 12:
                    warn('neighbours %s / %s: colours close (%.0f)' % (min(hi, hj), max(hi, hj), dist))
    for sid, s in a.states.items():
        if s['on_map'] and sid not in held_states:
            warn('%s is on_map but holds no region in 1919-1929' % sid)


def colour_distance(c1, c2):
    def rgb(c):
        return [int(c[k:k + 2], 16) for k in (1, 3, 5)]
    (r1, g1, b1), (r2, g2, b2) = rgb(c1), rgb(c2)
    return math.sqrt(2 * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + 3 * (b1 - b2) ** 2) / 3


def check_cities(a):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'city_checks.json')
    with open(path, encoding='utf-8') as f:
        checks = json.load(f)
    for c in checks:
        ri = region_near(a, c['lon'], c['lat'])
        if not isinstance(ri, int):
            err('city %s: in regions %s' % (c['city'], ri))
            continue
        h = a.holder(ri, parse_date(c['date']))[0]
        if h != c['expect_holder']:
            err('city %s on %s: holder %s (region %s), expected %s' % (
                c['city'], c['date'], h, a.regions[ri]['key'], c['expect_holder']))
    return len(checks)


def check_coverage(a, step_km=25.0):
    """Grid sample: no point in two regions; land (Natural Earth) not in any region is reported."""
    from shapely.geometry import Point
    from shapely.prepared import prep
    from shapely.ops import unary_union
    ne = geo.load_topojson(os.path.join(geo.RAW, 'ne_countries-50m.json'), 'countries')
    land = []
    for p, g in ne:
        if p['name'] == 'Philippines':
            continue
        pg = geo.to_frame(g)
        if not pg.is_empty:
            land.append(pg)
    land = prep(unary_union(land).buffer(-6.0))     # ignore coast-line tolerance
    x0, y0, x1, y1 = a.frame
    overlaps = blank = 0
    y = y0 + step_km / 2
    while y < y1:
        x = x0 + step_km / 2
        while x < x1:
            hits = a.regions_at(x, y)
            if len(hits) > 1:
                overlaps += 1
                if overlaps <= 5:
                    warn('point %.0f,%.0f in regions %s' % (x, y, [a.regions[h]['key'] for h in hits]))
            elif not hits and land.contains(Point(x, y)):
                blank += 1
                if blank <= 10:
                    err('blank land at %.0f,%.0f (lon/lat %.2f,%.2f)' % ((x, y) + geo.unproject(x, y)))
            x += step_km
        y += step_km
    if overlaps:
        err('%d sample points inside two regions' % overlaps)
    return blank


def check_rules():
    """Rules (regions.json "land" and rules.json) that no face reaches (unused, or shadowed by an earlier rule), hand shapes
    that no rule names, and rules naming shapes that do not exist. Reruns the overlay (~2 s)."""
    import hand_shapes
    import overlay
    import rules
    faces, layers, land = overlay.build_faces(overlay.load_sources())
    used = [0] * len(rules.RULES)
    for t in overlay.tag_faces(faces, layers, land):
        i = rules.first_rule(t) if t is not None else None
        if i is not None:
            used[i] += 1
    for i, rule in enumerate(rules.RULES):
        if not used[i]:
            err('%s %s: no face reaches it (unused, or shadowed by an earlier rule)' % (
                rules.RULE_WHERE[i], json.dumps(rule, ensure_ascii=False)))
    named = {s for rule in rules.RULES for s in rule.get('in', []) + rule.get('not_in', [])}
    for s in sorted(set(hand_shapes.SHAPES) - named):
        err('hand shape %s: no rule of rules.json and no "land" of regions.json uses it' % s)
    for s in sorted(named - set(hand_shapes.SHAPES)):
        err('a rule or "land" names hand shape %s, which hand_shapes.py does not define' % s)
    return len(rules.RULES), len(hand_shapes.SHAPES)


def main():
    n_rules, n_shapes = check_rules()
    a = Atlas()
    check_binary(a)
    check_tables(a)
    check_dates(a)
    n = check_cities(a)
    blank = check_coverage(a)
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print('%d regions, %d rules, %d hand shapes, %d city checks, %d blank-land samples, %d errors, %d warnings' % (
        len(a.regions), n_rules, n_shapes, n, blank, len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
