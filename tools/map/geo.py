#!/usr/bin/python3
"""Geometry helpers for the map pipeline: projection (docs/data-model.md), source loading, frame."""
import json
import math
import os

from shapely.geometry import shape, Polygon, MultiPolygon, box
from shapely.ops import transform, unary_union

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
RAW = os.path.join(ROOT, 'data', 'raw')

# Albers equal-area conic, sphere R=6371 km, lon0 60E, standard parallels 30N/60N, origin 45N.
R = 6371.0
_P1, _P2, _P0, _L0 = map(math.radians, (30.0, 60.0, 45.0, 60.0))
N = (math.sin(_P1) + math.sin(_P2)) / 2.0
C = math.cos(_P1) ** 2 + 2.0 * N * math.sin(_P1)
RHO0 = R * math.sqrt(C - 2.0 * N * math.sin(_P0)) / N

# The projected frame (km). Chosen to cover Portugal and Ireland (west) to Japan (east),
# Aden/Yemen and Indochina (south) to the Arctic islands and Kamchatka (north).
FRAME = (-5500.0, -3450.0, 6160.0, 4700.0)


def project(lon, lat):
    theta = N * math.radians(lon - 60.0)
    rho = R * math.sqrt(C - 2.0 * N * math.sin(math.radians(lat))) / N
    return rho * math.sin(theta), RHO0 - rho * math.cos(theta)


def unproject(x, y):
    rho = math.copysign(math.hypot(x, RHO0 - y), N)
    theta = math.atan2(x, RHO0 - y)
    s = (C - (rho * N / R) ** 2) / (2.0 * N)
    s = max(-1.0, min(1.0, s))
    return math.degrees(theta / N) + 60.0, math.degrees(math.asin(s))


def _proj_coords(x, y, z=None):
    xs, ys = [], []
    for lo, la in zip(x, y):
        px, py = project(lo, la)
        xs.append(px)
        ys.append(py)
    return xs, ys


def densify(geom, step_deg=0.5):
    """Add points on long lon/lat edges so that projected edges stay close to the curve."""
    def ring(coords):
        out = []
        pts = list(coords)
        for a, b in zip(pts, pts[1:]):
            out.append(a)
            d = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
            k = int(d / step_deg)
            for i in range(1, k + 1):
                t = i / (k + 1)
                out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        out.append(pts[-1])
        return out

    def poly(p):
        return Polygon(ring(p.exterior.coords), [ring(r.coords) for r in p.interiors])
    if geom.is_empty:
        return geom
    if geom.geom_type == 'Polygon':
        return poly(geom)
    return MultiPolygon([poly(p) for p in geom.geoms])


# Longitudes west of -100 would wrap badly (the projection cuts at lon0-180 = -120); nothing
# west of -60 or east of 180 can reach the frame, so sources are clipped to this box first.
LONLAT_CLIP = box(-75.0, -12.0, 180.0, 89.9)


def to_frame(geom_lonlat):
    """lon/lat polygonal geometry -> projected, clipped to FRAME (valid, polygonal)."""
    g = geom_lonlat.buffer(0) if not geom_lonlat.is_valid else geom_lonlat
    g = g.intersection(LONLAT_CLIP)
    if g.is_empty:
        return g
    g = polygonal(g)
    g = densify(g)
    g = transform(_proj_coords, g)
    if not g.is_valid:
        g = g.buffer(0)
    g = g.intersection(box(*FRAME))
    return polygonal(g)


def polygonal(g):
    """Keep only the polygon parts of a geometry (as Polygon/MultiPolygon or empty)."""
    if g.is_empty:
        return MultiPolygon()
    if g.geom_type in ('Polygon', 'MultiPolygon'):
        return g
    parts = []
    for p in getattr(g, 'geoms', []):
        if p.geom_type == 'Polygon':
            parts.append(p)
        elif p.geom_type == 'MultiPolygon':
            parts.extend(p.geoms)
    return MultiPolygon(parts) if parts else MultiPolygon()


def load_geojson(path):
    """[(properties, lon/lat geometry)] for every polygonal feature."""
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    out = []
    for feat in data['features']:
        if not feat.get('geometry'):
            continue
        g = shape(feat['geometry'])
        if not g.is_valid:
            g = g.buffer(0)
        out.append((feat['properties'], g))
    return out


def load_topojson(path, obj):
    """Decode a TopoJSON object (quantised, delta-encoded arcs) into [(properties, geometry)]."""
    with open(path, encoding='utf-8') as f:
        topo = json.load(f)
    sx, sy = topo['transform']['scale']
    tx, ty = topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        # unwrap rings that cross the antimeridian so that they stay continuous in longitude
        out, shift = [], 0.0
        for k, (x, y) in enumerate(pts):
            if k and abs(x + shift - out[-1][0]) > 180.0:
                shift += -360.0 if x + shift > out[-1][0] else 360.0
            out.append((x + shift, y))
        return out

    def poly(rings):
        rs = [ring(r) for r in rings]
        rs = [r for r in rs if len(r) >= 4]
        return Polygon(rs[0], rs[1:]) if rs else None

    out = []
    for g in topo['objects'][obj]['geometries']:
        if g['type'] == 'Polygon':
            geom = poly(g['arcs'])
        elif g['type'] == 'MultiPolygon':
            geom = MultiPolygon([p for p in (poly(r) for r in g['arcs']) if p is not None])
        else:
            continue
        if geom is None:
            continue
        if not geom.is_valid:
            geom = geom.buffer(0)
        out.append((g.get('properties', {}), geom))
    return out
