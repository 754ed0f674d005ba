#!/usr/bin/python3
"""Planar topology of the regions: boundary rings from face edges, shared arcs, arc-wise
simplification (each border simplified once for both sides), quantisation, ring rebuilding."""
import math
from collections import defaultdict

from shapely.geometry import LineString, Polygon, Point
from shapely.prepared import prep
from shapely.strtree import STRtree

SEA = -1


def region_rings(face_edges, face_region, edge_face):
    """Directed boundary edges per region -> closed rings [(points, right_sides)] per region."""
    out_edges = defaultdict(lambda: defaultdict(list))   # region -> vertex -> [(b, right)]
    for i, es in enumerate(face_edges):
        r = face_region[i]
        if es is None or r is None:
            continue
        for a, b in es:
            j = edge_face.get((b, a))
            s = face_region[j] if j is not None else None
            s = SEA if s is None else s
            if s != r:
                out_edges[r][a].append((b, s))
    rings = defaultdict(list)
    for r in sorted(out_edges):
        oe = out_edges[r]
        for v in oe:
            oe[v].sort()
        starts = sorted(oe)
        for v0 in starts:
            while oe[v0]:
                pts, sides = [v0], []
                prev = None
                v = v0
                while True:
                    cands = oe[v]
                    if len(cands) == 1 or prev is None:
                        k = 0
                    else:   # pinch vertex: take the leftmost turn to keep rings simple
                        din = math.atan2(v[1] - prev[1], v[0] - prev[0])
                        best, k = None, 0
                        for ci, (b, _) in enumerate(cands):
                            d = math.atan2(b[1] - v[1], b[0] - v[0]) - din
                            d = (d + math.pi) % (2 * math.pi) - math.pi
                            if best is None or d > best:
                                best, k = d, ci
                    b, s = cands.pop(k)
                    sides.append(s)
                    prev, v = v, b
                    if v == v0:
                        break
                    pts.append(v)
                rings[r].append((pts, sides))
    return rings


def signed_area(pts):
    a = 0.0
    n = len(pts)
    for i in range(n):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def build_arcs(rings):
    """Split every ring at nodes into arcs shared by both sides.

    Returns arcs [{'pts', 'left', 'right'}] (left region on the left of pts) and per region a list
    of rings, each a list of (arc_id, reversed)."""
    und = set()
    for r, rs in rings.items():
        for pts, _ in rs:
            n = len(pts)
            for i in range(n):
                a, b = pts[i], pts[(i + 1) % n]
                und.add((a, b) if a < b else (b, a))
    deg = defaultdict(int)
    for a, b in und:
        deg[a] += 1
        deg[b] += 1
    arcs, arc_id = [], {}
    region_rings = defaultdict(list)
    for r in sorted(rings):
        for pts, sides in rings[r]:
            n = len(pts)
            node = [deg[pts[i]] != 2 or sides[i - 1] != sides[i] for i in range(n)]
            chains = []
            if not any(node):
                m = min(range(n), key=lambda i: pts[i])
                fwd = pts[m:] + pts[:m]
                chains.append((fwd + [fwd[0]], sides[m]))
            else:
                s0 = node.index(True)
                cur = [pts[s0]]
                for k in range(1, n + 1):
                    i = (s0 + k) % n
                    cur.append(pts[i])
                    if node[i]:
                        chains.append((cur, sides[(i - 1) % n]))
                        cur = [pts[i]]
            ring_arcs = []
            for chain, side in chains:
                closed = chain[0] == chain[-1]
                if closed and len(set(chain)) == len(chain) - 1 and not any(node):
                    rev = [chain[0]] + chain[-2:0:-1] + [chain[0]]
                else:
                    rev = chain[::-1]
                if tuple(chain) <= tuple(rev):
                    key, reverse, left, right = tuple(chain), False, r, side
                else:
                    key, reverse, left, right = tuple(rev), True, side, r
                if key not in arc_id:
                    arc_id[key] = len(arcs)
                    arcs.append({'pts': list(key), 'left': left, 'right': right})
                else:
                    a = arcs[arc_id[key]]
                    assert (a['left'], a['right']) == (left, right), ('arc sides mismatch', a['left'], a['right'], left, right)
                ring_arcs.append((arc_id[key], reverse))
            region_rings[r].append(ring_arcs)
    # store coasts with the land on the left
    for a in arcs:
        if a['left'] == SEA:
            a['pts'].reverse()
            a['left'], a['right'] = a['right'], SEA
            a['flipped'] = True
    for r in region_rings:
        region_rings[r] = [[(i, rev ^ arcs[i].get('flipped', False)) for i, rev in ring]
                           for ring in region_rings[r]]
    return arcs, region_rings


def dp(pts, tol):
    """Douglas-Peucker keeping both ends (and, for loops, the farthest point)."""
    if len(pts) <= 2 or tol <= 0:
        return list(pts)
    if pts[0] == pts[-1]:
        x0, y0 = pts[0]
        far = max(range(1, len(pts) - 1), key=lambda i: (pts[i][0] - x0) ** 2 + (pts[i][1] - y0) ** 2)
        return dp(pts[:far + 1], tol)[:-1] + dp(pts[far:], tol)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = pts[i], pts[j]
        dx, dy = x2 - x1, y2 - y1
        L = math.hypot(dx, dy)
        best, bk = -1.0, -1
        for k in range(i + 1, j):
            px, py = pts[k]
            if L == 0:
                d = math.hypot(px - x1, py - y1)
            else:
                d = abs(dy * (px - x1) - dx * (py - y1)) / L
            if d > best:
                best, bk = d, k
        if best > tol:
            keep[bk] = True
            stack.append((i, bk))
            stack.append((bk, j))
    return [p for p, k in zip(pts, keep) if k]


def quantise_pts(pts, frame):
    x0, y0, x1, y1 = frame
    out = []
    for x, y in pts:
        q = (int(round((x - x0) / (x1 - x0) * 65535)), int(round((y - y0) / (y1 - y0) * 65535)))
        q = (min(max(q[0], 0), 65535), min(max(q[1], 0), 65535))
        if not out or out[-1] != q:
            out.append(q)
    return out


def simplify_arcs(arcs, tol, frame, max_rounds=8):
    """Simplify + quantise each arc; halve the tolerance of arcs that cross or self-touch."""
    tols = [tol] * len(arcs)
    q = [None] * len(arcs)
    todo = set(range(len(arcs)))
    for rnd in range(max_rounds + 1):
        for i in sorted(todo):
            pts = arcs[i]['pts']
            s = dp(pts, tols[i])
            qq = quantise_pts(s, frame)
            closed = pts[0] == pts[-1]
            if closed and len(set(qq)) < 3:
                qq = quantise_pts(pts, frame)
            if not closed and len(qq) < 2:
                qq = qq * 2
            q[i] = qq
        bad = find_bad_arcs(q)
        if not bad:
            return q, []
        if rnd == max_rounds:
            return q, sorted(bad)
        for i in bad:
            tols[i] = tols[i] / 2 if tols[i] > tol / 16 else 0.0
        todo = bad
    return q, []


def find_bad_arcs(q):
    lines = []
    for pts in q:
        lines.append(LineString(pts) if len(set(pts)) >= 2 else None)
    geoms = [l for l in lines if l is not None]
    gid = {id(l): i for i, l in enumerate(lines) if l is not None}
    tree = STRtree(geoms)
    bad = set()
    for i, l in enumerate(lines):
        if l is None:
            continue
        pts = q[i]
        closed = pts[0] == pts[-1]
        if closed:
            if len(pts) < 4 or not Polygon(pts).is_valid:
                bad.add(i)
        elif not l.is_simple:
            bad.add(i)
        ends_i = {pts[0], pts[-1]}
        for o in tree.query(l):
            j = gid[id(o)]
            if j <= i:
                continue
            inter = l.intersection(o)
            if inter.is_empty:
                continue
            ends_j = {q[j][0], q[j][-1]}
            allowed = ends_i & ends_j
            ok = True
            for g in getattr(inter, 'geoms', [inter]):
                if g.geom_type != 'Point' or (g.x, g.y) not in allowed:
                    ok = False
                    break
            if not ok:
                bad.add(i)
                bad.add(j)
    return bad


def ring_points(ring, qarcs):
    pts = []
    for aid, rev in ring:
        a = qarcs[aid][::-1] if rev else qarcs[aid]
        pts.extend(a if not pts else a[1:])
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts


def group_polygons(ring_list):
    """[(pts_float, ring)] -> [(exterior_index, [hole indices])] using orientation."""
    ext = [i for i, (p, _) in enumerate(ring_list) if signed_area(p) > 0]
    holes = [i for i, (p, _) in enumerate(ring_list) if signed_area(p) <= 0]
    ext_sorted = sorted(ext, key=lambda i: abs(signed_area(ring_list[i][0])))
    preps = {i: prep(Polygon(ring_list[i][0])) for i in ext}
    groups = {i: [] for i in ext}
    for h in holes:
        hp = ring_list[h][0]
        ha = abs(signed_area(hp))
        probe = Polygon(hp).representative_point() if len(hp) >= 3 else Point(hp[0])
        # a hole lies inside the smallest exterior that contains its area
        for e in ext_sorted:
            if abs(signed_area(ring_list[e][0])) > ha and preps[e].intersects(probe):
                groups[e].append(h)
                break
        else:
            raise ValueError('hole without exterior')
    return [(e, groups[e]) for e in ext]
