#!/usr/bin/python3
"""Make data/raw/ from the original sources (run once; its output is committed).

  /usr/bin/python3 tools/map/extract_raw.py /work/shared/data/historical-basemaps /tmp/wa/package

Copies Natural Earth 50m countries (world-atlas@2.0.2, TopoJSON) unchanged and writes subsets of
the historical-basemaps snapshots: only the features and boxes that rules.json consults, clipped
to those boxes (coordinates unchanged, so the pipeline is reproducible from the originals).
"""
import json
import os
import shutil
import sys

from shapely.geometry import shape, box, mapping

sys.path.insert(0, os.path.dirname(__file__))
import hand_shapes  # noqa: E402
from shapely.geometry import Polygon  # noqa: E402

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


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
