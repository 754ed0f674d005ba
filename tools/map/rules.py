#!/usr/bin/python3
"""Which atomic region an overlay face belongs to: the regions' own "land" and the ordered rule table.

Two homes, one matcher:
  assets/regions.json  a region's "land": [conditions, ...] carves its land out of a base with hand
        shapes; order-free, so a face that two regions' "land" both claim is an error (say which
        region wins with a rule in the table instead). Most regions split from a country live here.
  tools/map/rules.json  the ordered table for the rest (catch-alls, and rules that must shadow one
        another): after no "land" matched, a face gets the region of the FIRST rule that matches.

A face is one piece of the overlay of all source lines. Its tags are the names of the features
that contain its interior point in each source (None when outside all of them):
  base  the 1920s country: world_1930 inside HIST_ZONE (rules.json "t30_base"), else Natural
        Earth ("ne_base")
  ne    Natural Earth 50m admin-0 name;  ne_part  area (km2) of the NE polygon part it lies in
  t14, t38  world_1914 / world_1938 NAME;  t30 world_1930 NAME
  cn    China's provincial unit (data/raw/dcw_china_provinces.geojson NAME)
  hand  set of hand_shapes.SHAPES names containing it;  lon, lat of the interior point
  sakhalin, european_turkey  the face lies on Sakhalin island / in European Turkey (NE parts)
classify() returns the region of the first rule whose conditions all hold: a region key, "drop"
(not mapped) or None: "no opinion", the face is merged into its neighbour (slivers between two
sources' versions of one border, coast mismatches).
"""
import json
import os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rules.json')
REGIONS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'assets', 'regions.json')
NAME_TAGS = ('base', 'ne', 't14', 't30', 't38', 'cn')      # a name, or a list of alternatives
FLAG_TAGS = ('sakhalin', 'european_turkey')          # true
BOUNDS = {'lon_above': ('lon', 1), 'lon_below': ('lon', -1), 'lat_above': ('lat', 1),
          'lat_below': ('lat', -1), 'part_above': ('ne_part', 1), 'part_below': ('ne_part', -1)}
KNOWN = set(NAME_TAGS) | set(FLAG_TAGS) | set(BOUNDS) | {'in', 'not_in', 'region', 'why'}


def check_rule(rule, where):
    unknown = set(rule) - KNOWN
    if unknown or 'region' not in rule or 'base' not in rule:
        raise ValueError('%s: needs "base" and "region", unknown fields %s' % (where, sorted(unknown)))


def load(path=PATH):
    with open(path, encoding='utf-8') as f:
        table = json.load(f)
    for i, rule in enumerate(table['rules']):
        check_rule(rule, '%s: rule #%d' % (path, i))
    return table


def load_land(path=REGIONS_PATH):
    """The regions' "land" conditions as rules (with "region" filled in), in file order."""
    with open(path, encoding='utf-8') as f:
        regions = json.load(f)['regions']
    land = []
    for region in regions:
        for j, cond in enumerate(region.get('land', ())):
            where = 'assets/regions.json: region %s, land[%d]' % (region['key'], j)
            if 'region' in cond:
                raise ValueError('%s: "region" is implied by the region it stands in' % where)
            rule = dict(cond, region=region['key'])
            check_rule(rule, where)
            land.append((rule, where))
    return land


TABLE = load()
NE_BASE = TABLE['ne_base']        # Natural Earth admin-0 name -> 1920s base (every name in the frame)
T30_BASE = TABLE['t30_base']      # world_1930 NAME -> base, inside HIST_ZONE only
LAND = load_land()
# Every rule, the regions' land first; RULE_WHERE[i] says where rule i is written (for messages).
RULES = [rule for rule, _ in LAND] + TABLE['rules']
RULE_WHERE = [where for _, where in LAND] + ['tools/map/rules.json: rule #%d' % i for i in range(len(TABLE['rules']))]


def matches(rule, t):
    for tag in NAME_TAGS:
        want = rule.get(tag)
        if want is not None and t[tag] not in (want if isinstance(want, list) else [want]):
            return False
    for tag in FLAG_TAGS:
        if rule.get(tag) and not t[tag]:
            return False
    for cond, (tag, sign) in BOUNDS.items():
        if cond in rule and not sign * (t[tag] - rule[cond]) > 0:
            return False
    return all(s in t['hand'] for s in rule.get('in', ())) and \
        not any(s in t['hand'] for s in rule.get('not_in', ()))


def first_rule(t):
    """Index of the first rule that matches tags t, or None (no base, or no rule)."""
    if t['base'] is None:
        return None
    claims = [i for i in range(len(LAND)) if matches(RULES[i], t)]
    if len(claims) > 1:
        raise ValueError('land at %.2f,%.2f claimed by two regions (%s): make the hand shapes disjoint '
                         'or decide with an ordered rule in tools/map/rules.json' % (
                             t['lon'], t['lat'], '; '.join(RULE_WHERE[i] for i in claims)))
    if claims:
        return claims[0]
    for i in range(len(LAND), len(RULES)):
        if matches(RULES[i], t):
            return i
    raise KeyError('no rule for base %r (tools/map/rules.json)' % t['base'])


def classify(t):
    i = first_rule(t)
    return None if i is None else RULES[i]['region']
