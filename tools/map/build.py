#!/usr/bin/python3
"""Build assets/map.bin from data/raw/ and check it against assets/regions.json (see tools/map/README.md).

  /usr/bin/python3 tools/map/build.py [--out DIR]     (default: assets/)
"""
import json
import math
import os
import sys
import time

import numpy as np
import mapbox_earcut
from shapely.geometry import Polygon
from shapely.ops import polylabel

sys.dont_write_bytecode = True      # keep tools/map free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geo          # noqa: E402
import overlay      # noqa: E402
import topology     # noqa: E402
import mapbin       # noqa: E402

TOLERANCE_KM = 2.0          # Douglas-Peucker tolerance per arc
MIN_ISLAND_KM2 = 12.0       # coast-only rings smaller than this are dropped


def log(*a):
    print('[%6.1fs]' % (time.time() - T0), *a, flush=True)


def main(out_dir=os.path.join(geo.ROOT, 'assets')):
    src = overlay.load_sources()
    faces, layers, land = overlay.build_faces(src)
    log('faces', len(faces))
    tags = overlay.tag_faces(faces, layers, land)
    face_edges, face_key = overlay.assign_regions(faces, tags)
    keys = sorted({k for k in face_key if k is not None and k != 'drop'})
    rid = {k: i for i, k in enumerate(keys)}
    face_region = [rid.get(k) if k is not None else None for k in face_key]
    edge_face = {}
    for i, es in enumerate(face_edges):
        if es is not None and face_region[i] is not None:
            for e in es:
                edge_face[e] = i
    log('regions', len(keys))
    rings = topology.region_rings(face_edges, face_region, edge_face)
    # exact areas and island filtering on the unsimplified rings
    area = [0.0] * len(keys)
    kept = {}
    dropped_islands = 0
    for r, rs in rings.items():
        ring_list = [(pts, sides) for pts, sides in rs]
        groups = topology.group_polygons(ring_list)
        keep = []
        for e, hs in groups:
            pts, sides = ring_list[e]
            a = topology.signed_area(pts) - sum(-topology.signed_area(ring_list[h][0]) for h in hs)
            coast_only = all(s == topology.SEA for s in sides)
            if coast_only and a < MIN_ISLAND_KM2 and not holes_used(hs):
                dropped_islands += 1
                continue
            area[r] += a
            keep.extend([e] + hs)
        kept[r] = [rs[i] for i in sorted(keep)]
    log('dropped islands', dropped_islands)
    arcs, reg_rings = topology.build_arcs(kept)
    log('arcs', len(arcs), 'points', sum(len(a['pts']) for a in arcs))
    qarcs, bad = topology.simplify_arcs(arcs, TOLERANCE_KM, geo.FRAME)
    if bad:
        log('WARNING arcs still crossing after repair:', len(bad))
    log('simplified points', sum(len(a) for a in qarcs))
    # rebuild polygons from the simplified arcs, triangulate
    vertices, indices, out_regions = [], [], []
    for r, key in enumerate(keys):
        ring_pts = []
        for ring in reg_rings.get(r, []):
            pts = topology.ring_points(ring, qarcs)
            if len(pts) >= 3 and abs(topology.signed_area(pts)) > 0:
                ring_pts.append((pts, ring_copies(ring, qarcs)))
        groups = topology.group_polygons(ring_pts) if ring_pts else []
        first_v, first_i = len(vertices), len(indices)
        copies = []     # the region's vertices as copies of its arcs (map.bin stores each border once)
        polys = []
        for e, hs in groups:
            rs = [ring_pts[e][0]] + [ring_pts[h][0] for h in hs]
            copies.extend(c for i in [e] + hs for c in ring_pts[i][1])
            flat = np.array([p for ring in rs for p in ring], dtype=np.float64)
            ends = np.cumsum([len(ring) for ring in rs]).astype(np.uint32)
            tri = mapbox_earcut.triangulate_float64(flat, ends)
            base = len(vertices)
            vertices.extend(tuple(p) for p in flat.astype(int).tolist())
            indices.extend(int(t) + base for t in tri)
            polys.append(Polygon(rs[0], rs[1:]))
        if not polys:
            raise RuntimeError('region %s lost all its polygons' % key)
        indices[first_i:] = canonical_triangles(indices[first_i:])
        big = max(polys, key=lambda p: p.area)
        if not big.is_valid:
            fixed = big.buffer(0)
            big = max(getattr(fixed, 'geoms', [fixed]), key=lambda p: p.area)
        lab = polylabel(big, tolerance=5.0)
        lx, ly = mapbin.dequantise((lab.x, lab.y), geo.FRAME)
        out_regions.append({'key': key, 'first_vertex': first_v, 'vertex_count': len(vertices) - first_v,
                            'first_index': first_i, 'index_count': len(indices) - first_i,
                            'label': (lx, ly), 'area': area[r], 'copies': copies})
    arc_out, arc_points = [], []
    for a, q in zip(arcs, qarcs):
        rb = mapbin.NO_REGION if a['right'] == topology.SEA else a['right']
        arc_out.append((a['left'], rb, len(arc_points), len(q)))
        arc_points.extend(q)
    path = os.path.join(out_dir, 'map.bin')
    size = mapbin.write(path, geo.FRAME, out_regions, vertices, indices, arc_out, arc_points)
    log('map.bin', size, 'bytes; regions', len(out_regions), 'vertices', len(vertices),
        'triangles', len(indices) // 3, 'arcs', len(arc_out), 'arc points', len(arc_points))
    check_regions_json(keys)
    return path


def canonical_triangles(indices):
    """The same triangles, each starting at its lowest vertex (winding kept), in ascending order:
    map.bin stores each index as the step from the one before, and sorted steps are small and
    repetitive (the region's indices compress a fifth smaller)."""
    tris = []
    for t in range(0, len(indices), 3):
        tri = indices[t:t + 3]
        k = tri.index(min(tri))
        tris.append(tri[k:] + tri[:k])
    return [i for tri in sorted(tris) for i in tri]


def ring_copies(ring, qarcs):
    """topology.ring_points(ring) as arc copies (arc_id, reversed, skip_first, drop_last): each arc
    after the first skips the point it shares with the one before, and a closed ring drops its
    repeated first point at the end."""
    pts = topology.ring_points(ring, qarcs)
    n = sum(len(qarcs[aid]) for aid, _ in ring) - (len(ring) - 1)
    closed = n - len(pts)
    return [(aid, int(bool(rev)), int(i > 0), int(closed and i == len(ring) - 1)) for i, (aid, rev) in enumerate(ring)]


def holes_used(hs):
    return False


def check_regions_json(keys):
    """assets/regions.json (hand-written holder timelines) must have exactly the built keys."""
    with open(os.path.join(geo.ROOT, 'assets', 'regions.json'), encoding='utf-8') as f:
        listed = [r['key'] for r in json.load(f)['regions']]
    missing = sorted(set(keys) - set(listed))
    unused = sorted(set(listed) - set(keys))
    if missing or unused:
        raise SystemExit('assets/regions.json out of sync with the map: no timeline for %s; no region on the '
                         'map for %s (a rule in tools/map/rules.json must produce each region)' % (missing, unused))
    log('regions.json', len(keys), 'regions, all with a timeline')


T0 = time.time()

if __name__ == '__main__':
    if sys.argv[1:2] == ['--out'] and len(sys.argv) == 3:
        main(sys.argv[2])
    elif len(sys.argv) == 1:
        main()
    else:
        raise SystemExit(__doc__)
