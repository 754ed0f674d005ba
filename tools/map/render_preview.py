#!/usr/bin/python3
"""PNG previews of the baked map coloured by holder on given dates (for eyes only, /tmp).

  /usr/bin/python3 tools/map/render_preview.py [outdir] [date ...]
"""
import os
import sys

from PIL import Image, ImageDraw

sys.dont_write_bytecode = True      # keep tools/map free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geo            # noqa: E402
from atlas_data import Atlas, parse_date   # noqa: E402

WIDTH = 2400
EUROPE = (-4400, -1200, -700, 2700)     # map km: Ireland to the Volga, Crete to Ladoga Karelia
# The dated Europe views kept as test artefacts (tools/map/pipeline_test.py), to be looked at
# beside a historical atlas: the states of the Paris treaties, the Polish-Soviet war, after Riga,
# after the Ruhr and Memel, mid-decade, the end of the period.
SNAPSHOT_DATES = ['1919-06-01', '1920-08-01', '1921-06-01', '1923-06-01', '1925-06-01', '1929-06-01']


def europe_snapshots(atlas, out, dates=SNAPSHOT_DATES):
    os.makedirs(out, exist_ok=True)
    paths = []
    for ds in dates:
        paths.append(os.path.join(out, 'europe_%s.png' % ds))
        render(atlas, parse_date(ds), paths[-1], crop=EUROPE)
    return paths


def render(atlas, date, path, crop=None):
    x0, y0, x1, y1 = crop or atlas.frame
    W = WIDTH
    H = int(W * (y1 - y0) / (x1 - x0))
    sx = W / (x1 - x0)

    def px(p):
        return ((p[0] - x0) * sx, (y1 - p[1]) * sx)
    img = Image.new('RGB', (W, H), '#dfe9f0')
    d = ImageDraw.Draw(img)
    for ri, r in enumerate(atlas.map['regions']):
        hid, _ = atlas.holder(ri, date)
        col = atlas.states[hid]['color'] if hid in atlas.states else '#ff00ff'
        for t in range(r['first_index'] // 3, (r['first_index'] + r['index_count']) // 3):
            d.polygon([px(p) for p in atlas.tri_pts[t]], fill=col)
    fx0, fy0, fx1, fy1 = atlas.frame
    pts = atlas.map['arc_points']
    for a, b, first, count in atlas.map['arcs']:
        line = [px((fx0 + q[0] / 65535 * (fx1 - fx0), fy0 + q[1] / 65535 * (fy1 - fy0)))
                for q in pts[first:first + count]]
        if b == 0xFFFF:
            d.line(line, fill='#5b7a90', width=1)
        else:
            ha, hb = atlas.holder(a, date)[0], atlas.holder(b, date)[0]
            d.line(line, fill='#333333' if ha != hb else '#9a9a9a', width=2 if ha != hb else 1)
    for sid, s in atlas.states.items():
        c = atlas.dated(s['capital'], date)
        if c and s['on_map']:
            x, y = px(geo.project(c['lon'], c['lat']))
            d.ellipse([x - 3, y - 3, x + 3, y + 3], outline='black', fill='white')
    for ri, r in enumerate(atlas.map['regions']):
        x, y = px(r['label'])
        d.text((x - 10, y - 5), r['key'][:14], fill='#222222')
    d.text((10, 10), str(date), fill='black')
    img.save(path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/mapcheck'
    dates = sys.argv[2:] or ['1919-06-01', '1921-06-01', '1923-06-01', '1929-06-01']
    os.makedirs(out, exist_ok=True)
    atlas = Atlas()
    for ds in dates:
        p = os.path.join(out, 'map_%s.png' % ds)
        render(atlas, parse_date(ds), p)
        print(p)
    # Europe close-up
    p = os.path.join(out, 'europe_%s.png' % dates[0])
    render(atlas, parse_date(dates[0]), p, crop=EUROPE)
    print(p)


if __name__ == '__main__':
    main()
