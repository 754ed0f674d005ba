#!/usr/bin/python3
"""Which atomic region an overlay face belongs to: the ordered rule table tools/map/rules.json.

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
NAME_TAGS = ('base', 'ne', 't14', 't30', 't38', 'cn')      # a name, or a list of alternatives
FLAG_TAGS = ('sakhalin', 'european_turkey')          # true
BOUNDS = {'lon_above': ('lon', 1), 'lon_below': ('lon', -1), 'lat_above': ('lat', 1),
          'lat_below': ('lat', -1), 'part_above': ('ne_part', 1), 'part_below': ('ne_part', -1)}
KNOWN = set(NAME_TAGS) | set(FLAG_TAGS) | set(BOUNDS) | {'in', 'not_in', 'region', 'why'}


def load(path=PATH):
    with open(path, encoding='utf-8') as f:
        table = json.load(f)
    for i, rule in enumerate(table['rules']):
        unknown = set(rule) - KNOWN
        if unknown or 'region' not in rule or 'base' not in rule:
            raise ValueError('%s: rule #%d: needs "base" and "region", unknown fields %s' % (
                path, i, sorted(unknown)))
    return table


TABLE = load()
NE_BASE = TABLE['ne_base']        # Natural Earth admin-0 name -> 1920s base (every name in the frame)
T30_BASE = TABLE['t30_base']      # world_1930 NAME -> base, inside HIST_ZONE only
RULES = TABLE['rules']


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
    for i, rule in enumerate(RULES):
        if matches(rule, t):
            return i
    raise KeyError('no rule for base %r (tools/map/rules.json)' % t['base'])


def classify(t):
    i = first_rule(t)
    return None if i is None else RULES[i]['region']
