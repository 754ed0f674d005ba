#!/usr/bin/python3
"""Make data/raw/ from the original sources (run once; its output is committed).

  /usr/bin/python3 tools/map/extract_raw.py /work/shared/data/historical-basemaps /tmp/wa/package
  /usr/bin/python3 tools/map/extract_raw.py china [/usr/share/gmt-dcw/dcw-gmt.nc]
                      (China's provinces from Debian's gmt-dcw; needs python3-netcdf4)

Copies Natural Earth 50m countries (world-atlas@2.0.2, TopoJSON) unchanged and writes subsets of
the historical-basemaps snapshots: only the features and boxes that rules.json consults, clipped
to those boxes (coordinates unchanged, so the pipeline is reproducible from the originals).
"""
import json
import os
import shutil
import sys

from shapely.geometry import shape, box, mapping, Polygon
from shapely.ops import unary_union, polygonize, linemerge
from shapely.prepared import prep

sys.path.insert(0, os.path.dirname(__file__))
import hand_shapes  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'data', 'raw')

EUROPE = box(9.5, 43.0, 30.5, 57.0)            # Memel, Poland, Romania, South Tyrol, Julian March
ZONE = Polygon(hand_shapes.HIST_ZONE)

# (snapshot year, feature NAME or None for any, clip geometry or None for the whole feature)
SELECT = {
    1914: [(None, EUROPE), (None, box(42.0, 12.0, 54.5, 19.5)),          # Yemen / Aden line
           ('Spanish Morocco', box(-7.0, 34.5, -1.5, 36.2)), ('Morocco', box(-7.0, 34.5, -1.5, 36.2))],
    1930: [(None, ZONE), ('Far Eastern SSR', None), ('Chinese Warlords', None), ('Manchuria', None),
           ('Xinjiang', None), ('Tibet', None), ('Hejaz', None), ('Hail', None),
           ("Emirate of Bin Shal'an", None)],
    1938: [(None, box(27.0, 68.0, 33.5, 70.5)), (None, box(20.5, 53.0, 28.7, 57.0)),
           (None, box(35.4, 35.4, 37.4, 37.2))],
}


def main(hb_dir, wa_dir):
    os.makedirs(OUT, exist_ok=True)
    shutil.copy(os.path.join(wa_dir, 'countries-50m.json'), os.path.join(OUT, 'ne_countries-50m.json'))
    shutil.copy(os.path.join(wa_dir, 'LICENSE'), os.path.join(OUT, 'LICENSE.world-atlas'))
    shutil.copy(os.path.join(hb_dir, 'LICENSE'), os.path.join(OUT, 'LICENSE.historical-basemaps'))
    for year, sel in SELECT.items():
        with open(os.path.join(hb_dir, 'world_%d.geojson' % year), encoding='utf-8') as f:
            src = json.load(f)
        feats = []
        for feat in src['features']:
            if not feat.get('geometry'):
                continue
            name = feat['properties'].get('NAME')
            g = shape(feat['geometry'])
            if not g.is_valid:
                g = g.buffer(0)
            for want, clip in sel:
                if want is not None and want != name:
                    continue
                part = g if clip is None else g.intersection(clip)
                if part.is_empty or part.area < 1e-6:
                    continue
                if part.geom_type not in ('Polygon', 'MultiPolygon'):
                    part = part.buffer(0)
                    if part.is_empty:
                        continue
                feats.append({'type': 'Feature',
                              'properties': {'NAME': name, 'SUBJECTO': feat['properties'].get('SUBJECTO')},
                              'geometry': mapping(part)})
        out = {'type': 'FeatureCollection', 'features': feats}
        path = os.path.join(OUT, 'world_%d_subset.geojson' % year)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, separators=(',', ':'))
        print(path, len(feats), os.path.getsize(path))

# ---------------------------------------------------------------- China's provinces (DCW-GMT)
DCW_NC = '/usr/share/gmt-dcw/dcw-gmt.nc'     # Debian package gmt-dcw 2.1.1-1
CHINA_OUT = 'dcw_china_provinces.geojson'
# Modern provincial units (DCW codes) -> the raw units the pipeline classifies. Modern
# municipalities and Hainan are merged into their 1920s provinces; Inner Mongolia (NM) and the
# north of Hebei are split into Rehe, Chahar, Suiyuan and Manchuria by hand lines in
# hand_shapes.py (rules.py), not here. Taiwan, Hong Kong and Macau come from Natural Earth.
CHINA_UNITS = {
    'zhili': ['HE', 'BJ', 'TJ'], 'jiangsu': ['JS', 'SH'], 'guangdong': ['GD', 'HI'], 'sichuan': ['SC', 'CQ'],
    'nei_mongol': ['NM'], 'manchuria': ['LN', 'JL', 'HL'],
    'shandong': ['SD'], 'henan': ['HA'], 'shanxi': ['SX'], 'shaanxi': ['SN'], 'gansu': ['GS'],
    'ningxia': ['NX'], 'qinghai': ['QH'], 'anhui': ['AH'], 'zhejiang': ['ZJ'], 'jiangxi': ['JX'],
    'hubei': ['HB'], 'hunan': ['HN'], 'fujian': ['FJ'], 'guangxi': ['GX'], 'guizhou': ['GZ'],
    'yunnan': ['YN'], 'xinjiang': ['XJ'], 'tibet': ['XZ'],
}
CHINA_TOLERANCE_DEG = 0.012      # ~1.1-1.3 km: the map's topology step simplifies again (2 km)


def dcw_unit(ds, code):
    """One DCW polygon set: uint16 lon/lat scaled to [min, max]; a lon of 65535 starts a ring."""
    vlo, vla = ds.variables['CN%s_lon' % code], ds.variables['CN%s_lat' % code]
    lo, la = vlo[:].astype('int64'), vla[:].astype('int64')
    x0, sx = float(vlo.getncattr('min')), float(vlo.getncattr('scale'))
    y0, sy = float(vla.getncattr('min')), float(vla.getncattr('scale'))
    rings, cur = [], []
    for a, b in zip(lo.tolist(), la.tolist()):
        if a == 65535:
            if cur:
                rings.append(cur)
            cur = []
            continue
        cur.append((x0 + a / sx, y0 + b / sy))
    if cur:
        rings.append(cur)
    return unary_union([Polygon(r).buffer(0) for r in rings if len(r) >= 4])


def china_provinces(nc_path):
    """Merge the DCW units, make them an exact partition (DCW neighbours overlap or leave gaps
    of up to ~1 km2) and simplify every shared line once, so both sides keep the same line."""
    import netCDF4
    ds = netCDF4.Dataset(nc_path)
    ds.set_auto_maskandscale(False)
    units = {}
    for k, codes in CHINA_UNITS.items():
        g = unary_union([dcw_unit(ds, c) for c in codes]).simplify(0.002)     # ~0.2 km, speed only
        parts = [p for p in getattr(g, 'geoms', [g]) if p.area > 1e-4]        # islets under ~1 km2
        units[k] = unary_union(parts)
    names = sorted(units)
    # 1. planar partition: faces of all unit outlines; a face inside two units (overlap) goes to
    # the first by name, one inside none (gap or lake) to the unit it shares most outline with
    faces = list(polygonize(unary_union([units[k].boundary for k in names])))
    prepared = {k: prep(units[k]) for k in names}
    owner = {k: [] for k in names}
    for f in faces:
        pt = f.representative_point()
        inside = [k for k in names if prepared[k].contains(pt)]
        if not inside:
            shared = {k: f.boundary.intersection(units[k].boundary).length for k in names
                      if units[k].distance(f) < 1e-9}
            inside = [max(sorted(shared), key=lambda k: shared[k])] if shared else []
        if inside:
            owner[inside[0]].append(f)
    clean = {k: unary_union(v) for k, v in owner.items()}
    # 2. simplify each line between junctions once, rebuild faces, give them back to their unit
    lines = linemerge(unary_union([clean[k].boundary for k in names]))
    lines = [ln.simplify(CHINA_TOLERANCE_DEG, preserve_topology=False) for ln in getattr(lines, 'geoms', [lines])]
    result = {k: [] for k in names}
    for f in polygonize(unary_union(lines)):
        if not f.is_valid or f.area < 1e-6:
            continue
        pt = f.representative_point()
        for k in names:
            if clean[k].contains(pt):
                result[k].append(f)
                break
    feats = []
    for k in names:
        g = unary_union(result[k])
        feats.append({'type': 'Feature', 'properties': {'NAME': k}, 'geometry': _rounded(mapping(g))})
    path = os.path.join(OUT, CHINA_OUT)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection', 'features': feats}, f, separators=(',', ':'))
    print(path, len(feats), os.path.getsize(path))


def _rounded(geom):
    def r(c):
        return [round(c[0], 4), round(c[1], 4)]

    def poly(p):
        return [[r(c) for c in ring] for ring in p]
    if geom['type'] == 'Polygon':
        return {'type': 'Polygon', 'coordinates': poly(geom['coordinates'])}
    return {'type': 'MultiPolygon', 'coordinates': [poly(p) for p in geom['coordinates']]}


if __name__ == '__main__':
    if sys.argv[1] == 'china':
        china_provinces(sys.argv[2] if len(sys.argv) > 2 else DCW_NC)
    else:
        main(sys.argv[1], sys.argv[2])
