#!/usr/bin/python3
"""Loading the built atlas (map.bin + regions.json + states.json) for checks and previews:
holder of a region on a date, point -> region lookup on the baked triangles."""
import datetime
import json
import os

import numpy as np

import geo
import mapbin

ASSETS = os.path.join(geo.ROOT, 'assets')


def parse_date(s):
    parts = [int(p) for p in s.split('-')]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


class Atlas:
    def __init__(self, assets=ASSETS):
        self.map = mapbin.read(os.path.join(assets, 'map.bin'))
        with open(os.path.join(assets, 'regions.json'), encoding='utf-8') as f:
            timelines = {r['key']: r for r in json.load(f)['regions']}
        # regions.json may list the regions in any order: index them like map.bin
        self.regions = [timelines.get(r['key'], {'key': r['key'], 'holders': []}) for r in self.map['regions']]
        self.unmapped_timelines = sorted(set(timelines) - {r['key'] for r in self.map['regions']})
        with open(os.path.join(assets, 'states.json'), encoding='utf-8') as f:
            self.states = {s['id']: s for s in json.load(f)['states']}
        self.frame = self.map['frame']
        self.key_index = {r['key']: i for i, r in enumerate(self.map['regions'])}
        self._build_tri_index()

    # --- time
    def holder(self, ri, date):
        """(holder id, note) of region index ri on a datetime.date."""
        cur = None
        for h in self.regions[ri]['holders']:
            if parse_date(h['from']) <= date:
                cur = h
            else:
                break
        return (cur['holder'], cur.get('note')) if cur else (None, None)

    def dated(self, entries, date):
        cur = None
        for e in entries:
            if parse_date(e['from']) <= date:
                cur = e
        return cur

    def change_dates(self):
        ds = set()
        for r in self.regions:
            for h in r['holders']:
                ds.add(parse_date(h['from']))
        for s in self.states.values():
            for e in s['names'] + s['capital']:
                ds.add(parse_date(e['from']))
        lo, hi = datetime.date(1919, 1, 1), datetime.date(1929, 12, 31)
        return sorted({lo} | {d for d in ds if lo <= d <= hi})

    # --- space
    def _build_tri_index(self):
        v = np.array(self.map['vertices'], dtype=np.float64)
        x0, y0, x1, y1 = self.frame
        self.xy = np.column_stack([x0 + v[:, 0] / 65535.0 * (x1 - x0), y0 + v[:, 1] / 65535.0 * (y1 - y0)])
        idx = np.array(self.map['indices'], dtype=np.int64).reshape(-1, 3)
        self.tris = idx
        self.tri_region = np.zeros(len(idx), dtype=np.int64)
        for i, r in enumerate(self.map['regions']):
            self.tri_region[r['first_index'] // 3:(r['first_index'] + r['index_count']) // 3] = i
        p = self.xy[idx]                      # (T, 3, 2)
        self.tri_pts = p
        self.G = 128
        bx0 = ((p[:, :, 0].min(1) - x0) / (x1 - x0) * self.G).astype(int).clip(0, self.G - 1)
        bx1 = ((p[:, :, 0].max(1) - x0) / (x1 - x0) * self.G).astype(int).clip(0, self.G - 1)
        by0 = ((p[:, :, 1].min(1) - y0) / (y1 - y0) * self.G).astype(int).clip(0, self.G - 1)
        by1 = ((p[:, :, 1].max(1) - y0) / (y1 - y0) * self.G).astype(int).clip(0, self.G - 1)
        self.cells = {}
        for t in range(len(idx)):
            for cx in range(bx0[t], bx1[t] + 1):
                for cy in range(by0[t], by1[t] + 1):
                    self.cells.setdefault((cx, cy), []).append(t)

    def regions_at(self, x, y):
        """All region indices whose triangles contain map point (x, y)."""
        x0, y0, x1, y1 = self.frame
        cx = int((x - x0) / (x1 - x0) * self.G)
        cy = int((y - y0) / (y1 - y0) * self.G)
        hits = set()
        for t in self.cells.get((cx, cy), []):
            (ax, ay), (bx, by), (qx, qy) = self.tri_pts[t]
            d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by)
            d2 = (x - qx) * (by - qy) - (bx - qx) * (y - qy)
            d3 = (x - ax) * (qy - ay) - (qx - ax) * (y - ay)
            neg = d1 < 0 or d2 < 0 or d3 < 0
            pos = d1 > 0 or d2 > 0 or d3 > 0
            if not (neg and pos):
                hits.add(int(self.tri_region[t]))
        return sorted(hits)

    def region_at_lonlat(self, lon, lat):
        x, y = geo.project(lon, lat)
        hits = self.regions_at(x, y)
        return hits[0] if len(hits) == 1 else (None if not hits else hits)
