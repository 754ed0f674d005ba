#!/usr/bin/python3
"""Overlay of all source lines into faces, tagging, classification and sliver merging."""
import math
import os
from collections import defaultdict

from shapely.geometry import Polygon, LineString, box, Point
from shapely.geometry.polygon import orient
from shapely.ops import unary_union, polygonize
from shapely.prepared import prep
from shapely.strtree import STRtree

import geo
import hand_shapes
import rules

SLIVER_WIDTH_KM = 2.5      # 2*area/perimeter below this: a sliver between two versions of a line
SLIVER_AREA_KM2 = 20.0     # pieces smaller than this (and not islands) are merged
KEEP_SMALL = {'fiume', 'hong_kong', 'macau', 'liechtenstein', 'andorra', 'san_marino', 'monaco', 'danzig',
              'kiautschou', 'weihaiwei', 'guangzhouwan', 'kwantung', 'bahrain', 'malta', 'saar',
              'jan_mayen', 'memel'}


def _proj_feats(feats):
    out = []
    for props, g in feats:
        pg = geo.to_frame(g)
        if not pg.is_empty:
            out.append((props, pg))
    return out


class Index:
    """Point -> name lookup in one projected layer."""

    def __init__(self, feats, key):
        self.geoms = [g for _, g in feats]
        self.names = {id(g): key(p) for p, g in feats}
        self.prepared = {id(g): prep(g) for g in self.geoms}
        self.tree = STRtree(self.geoms)

    def lookup(self, pt):
        for g in self.tree.query(pt):
            if self.prepared[id(g)].contains(pt):
                return self.names[id(g)], g
        return None, None


def load_sources():
    raw = geo.RAW
    ne = geo.load_topojson(os.path.join(raw, 'ne_countries-50m.json'), 'countries')
    src = {'ne': ne}
    for y in (1914, 1930, 1938):
        src[y] = geo.load_geojson(os.path.join(raw, 'world_%d_subset.geojson' % y))
    src['cn'] = geo.load_geojson(os.path.join(raw, 'dcw_china_provinces.geojson'))
    return src


def build_faces(src):
    """Project sources, node all their boundaries and polygonize. Returns (faces, layers)."""
    ne = _proj_feats(src['ne'])
    # explode NE into parts so that island/part tests are possible
    ne_parts = []
    for props, g in ne:
        for p in getattr(g, 'geoms', [g]):
            ne_parts.append(({'name': props['name'], 'area': p.area}, p))
    layers = {'ne': ne_parts,
              't14': _proj_feats(src[1914]), 't30': _proj_feats(src[1930]), 't38': _proj_feats(src[1938]),
              'cn': _proj_feats(src['cn'])}
    hands = []
    for name, pts in sorted(hand_shapes.SHAPES.items()):
        g = geo.to_frame(Polygon(pts))
        if not g.is_empty:
            hands.append(({'name': name}, g))
    layers['hand'] = hands
    zone = geo.to_frame(Polygon(hand_shapes.HIST_ZONE))
    layers['zone'] = zone
    frame = box(*geo.FRAME)
    lines = [frame.exterior, zone.boundary]
    for key in ('ne', 't14', 't30', 't38', 'cn', 'hand'):
        for _, g in layers[key]:
            lines.append(g.boundary)
    noded = unary_union(lines)
    faces = [f for f in polygonize(noded)]
    land = unary_union([g for _, g in ne_parts])
    return faces, layers, land


def tag_faces(faces, layers, land):
    land_p = prep(land)
    idx = {'ne': Index(layers['ne'], lambda p: p['name']),
           't14': Index(layers['t14'], lambda p: p['NAME']),
           't30': Index(layers['t30'], lambda p: p['NAME']),
           't38': Index(layers['t38'], lambda p: p['NAME']),
           'cn': Index(layers['cn'], lambda p: p['NAME'])}
    hand_tree = STRtree([g for _, g in layers['hand']])
    hand_name = {id(g): p['name'] for p, g in layers['hand']}
    zone_p = prep(layers['zone'])
    sakhalin = Point(*geo.project(142.16, 50.9))
    edirne = Point(*geo.project(26.56, 41.68))
    sak_part = [g for p, g in layers['ne'] if p['name'] == 'Russia' and g.contains(sakhalin)][0]
    eur_tr = [g for p, g in layers['ne'] if p['name'] == 'Turkey' and g.contains(edirne)][0]
    out = []
    for f in faces:
        pt = f.representative_point()
        if not land_p.contains(pt):
            out.append(None)
            continue
        ne_name, ne_geom = idx['ne'].lookup(pt)
        t = {'ne': ne_name, 'ne_part': ne_geom.area if ne_geom is not None else 0.0}
        for k in ('t14', 't30', 't38', 'cn'):
            t[k] = idx[k].lookup(pt)[0]
        t['hand'] = frozenset(hand_name[id(g)] for g in hand_tree.query(pt) if g.contains(pt))
        t['lon'], t['lat'] = geo.unproject(pt.x, pt.y)
        t['sakhalin'] = ne_geom is sak_part
        t['european_turkey'] = ne_geom is eur_tr
        base = None
        in_zone = zone_p.contains(pt)
        # inside the zone the 1930 file decides; NE is only a fallback for islands and coast
        # strips it misses (those strips are merged into their neighbour unless they are islands)
        t['zone_fallback'] = in_zone and t['t30'] not in rules.T30_BASE
        if in_zone and t['t30'] in rules.T30_BASE:
            base = rules.T30_BASE[t['t30']]
        elif ne_name is not None:
            if ne_name not in rules.NE_BASE:
                raise KeyError('Natural Earth country %r in frame has no NE_BASE entry' % ne_name)
            base = rules.NE_BASE[ne_name]
        t['base'] = base
        out.append(t)
    return out


def _edges(poly):
    """Directed edges of a CCW-oriented polygon (the polygon on the left)."""
    poly = orient(poly, 1.0)
    for ring in [poly.exterior] + list(poly.interiors):
        c = list(ring.coords)
        for a, b in zip(c, c[1:]):
            if a != b:
                yield a, b


def assign_regions(faces, tags):
    """Classify land faces, merge slivers and unclassified faces into neighbours.

    Returns (face_edges, face_key): per land face its directed edges and final region key."""
    n = len(faces)
    key = [None] * n
    weak = [False] * n
    land = [t is not None for t in tags]
    edge_face = {}
    face_edges = [None] * n
    for i, f in enumerate(faces):
        if not land[i]:
            continue
        es = list(_edges(f))
        face_edges[i] = es
        for e in es:
            edge_face[e] = i
    for i, f in enumerate(faces):
        if not land[i]:
            continue
        k = rules.classify(tags[i])
        key[i] = k
        a, p = f.area, f.length
        thin = 2 * a / p < SLIVER_WIDTH_KM if p > 0 else True
        if k is None or tags[i]['zone_fallback'] or ((thin or a < SLIVER_AREA_KM2) and not (k in KEEP_SMALL and a > 2.0)):
            weak[i] = True
    # shared length with each neighbouring land face
    nb = [defaultdict(float) for _ in range(n)]
    for i in range(n):
        if face_edges[i] is None:
            continue
        for a, b in face_edges[i]:
            j = edge_face.get((b, a))
            if j is not None and j != i:
                nb[i][j] += math.hypot(b[0] - a[0], b[1] - a[1])
    # weak faces without land neighbours are islands: keep their own key (or NE fallback)
    for i in range(n):
        if land[i] and weak[i] and not nb[i]:
            weak[i] = key[i] is None or key[i] == 'drop'
    final = [key[i] if land[i] and not weak[i] else None for i in range(n)]
    pending = sorted((i for i in range(n) if land[i] and weak[i]), key=lambda i: (faces[i].area, i))
    while pending:
        rest = []
        for i in pending:
            # prefer neighbours of the same base country (a strip between an old line and the
            # modern coast or border stays inside its own country), else any neighbour
            best, best_len, best_same = None, 0.0, False
            for j, ln in sorted(nb[i].items()):
                if final[j] is None:
                    continue
                same = tags[j]['base'] == tags[i]['base'] and not tags[i]['zone_fallback']
                if (same, ln) > (best_same, best_len):
                    best, best_len, best_same = final[j], ln, same
            if best is None:
                rest.append(i)
            else:
                final[i] = best
        if len(rest) == len(pending):
            # clusters of weak faces with no classified neighbour (e.g. an island that the 1930
            # file misses, cut by other lines): faces keep their own key, the rest follow them
            progress = False
            for i in rest:
                if key[i] is not None:
                    final[i] = key[i]
                    progress = True
            if not progress:
                for i in rest:
                    final[i] = 'drop'
                break
            rest = [i for i in rest if final[i] is None]
        pending = rest
    return face_edges, final
