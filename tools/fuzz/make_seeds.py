#!/usr/bin/python3
"""Writes the committed fuzz seed corpora into tests/fuzz/corpus/<target>/ (small files only).

map.bin seeds are built here per docs/data-model.md (a tiny valid 3-region map, variants, and the
real assets/map.bin's header, truncated); JSON seeds are small snippets cut from the real assets;
deep links are written by hand. Run from anywhere: /usr/bin/python3 tools/fuzz/make_seeds.py
"""
import json
import os
import struct
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.dont_write_bytecode = True  # keep tools/map free of __pycache__
sys.path.insert(0, str(ROOT / "tools" / "map"))
import mapbin  # noqa: E402
ASSETS = ROOT / "assets"
CORPUS = ROOT / "tests" / "fuzz" / "corpus"


def q(v, lo, hi):
    return round((v - lo) / (hi - lo) * 65535)


def build_map(bbox, regions, arcs, arc_points):
    """regions: (key, [(x, y) vertices], [local triangle indices], label, area[, arc copies]);
    arcs: (a, b, first, count). Written by the pipeline's own writer (tools/map/mapbin.py)."""
    min_x, min_y, max_x, max_y = bbox
    qp = lambda pts: [(q(x, min_x, max_x), q(y, min_y, max_y)) for x, y in pts]
    vertices, indices, out_regions = [], [], []
    for key, verts, tris, label, area, *copies in regions:
        out_regions.append({'key': key, 'first_vertex': len(vertices), 'vertex_count': len(verts),
                            'first_index': len(indices), 'index_count': len(tris), 'label': label, 'area': area,
                            'copies': copies[0] if copies else []})
        indices += [len(vertices) + t for t in tris]
        vertices += qp(verts)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'map.bin')
        mapbin.write(path, bbox, out_regions, vertices, indices, arcs, qp(arc_points))
        return Path(path).read_bytes()


def square(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], [0, 1, 2, 0, 2, 3]


def map_seeds():
    bbox = (0.0, 0.0, 300.0, 100.0)
    regions = []
    for i, key in enumerate(["west", "middle", "east"]):
        verts, tris = square(100.0 * i, 0.0, 100.0 * (i + 1), 100.0)
        regions.append((key, verts, tris, (100.0 * i + 50, 50.0), 10000.0))
    # Arc points: the two inner borders (bottom to top), then the outer ring (a coast, closed).
    points = [(100.0, 0.0), (100.0, 100.0), (200.0, 0.0), (200.0, 100.0),
              (0.0, 0.0), (300.0, 0.0), (300.0, 100.0), (0.0, 100.0), (0.0, 0.0)]
    # region_a lies left of the arc in point order: going north at x=100, west is on the left.
    arcs = [(0, 1, 0, 2), (1, 2, 2, 2), (0, 0xFFFF, 4, 5)]
    seeds = {"valid_3_regions.bin": build_map(bbox, regions, arcs, points)}
    seeds["valid_1_region_no_arcs.bin"] = build_map((-50.0, -50.0, 50.0, 50.0),
                                                    [("only", *square(-50.0, -50.0, 50.0, 50.0), (0.0, 0.0), 1e4)], [], [])
    tri = ("tri", [(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)], [0, 1, 2], (1.0, 1.0), 50.0)
    seeds["valid_triangle_tiny_bbox.bin"] = build_map((0.0, 0.0, 10.0, 10.0), [tri], [(0, 0xFFFF, 0, 2)],
                                                      [(0.0, 0.0), (10.0, 0.0)])
    # A region whose corners are a copy of its closed coast (arc 0) without the repeated point.
    island = ("island", [(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)], [0, 1, 2], (1.0, 1.0), 50.0, [(0, 0, 0, 1)])
    seeds["valid_region_copied_from_arc.bin"] = build_map((0.0, 0.0, 10.0, 10.0), [island], [(0, 0xFFFF, 0, 4)],
                                                          [(0.0, 0.0), (10.0, 0.0), (0.0, 10.0), (0.0, 0.0)])
    bad = build_map(bbox, regions, arcs, points)
    seeds["invalid_index_count.bin"] = bad[:40] + struct.pack("<I", 19) + bad[44:]
    seeds["invalid_trailing_byte.bin"] = bad + b"\0"
    real = (ASSETS / "map.bin").read_bytes()
    seeds["real_header_only.bin"] = real[:mapbin.HEADER.size]
    seeds["real_header_and_regions.bin"] = real[:mapbin.HEADER.size + mapbin.REGION.size * 4]
    return seeds


def dump(value):
    return json.dumps(value, ensure_ascii=False, indent=1).encode() + b"\n"


def json_seeds():
    states = json.loads((ASSETS / "states.json").read_text())["states"]
    by_id = {s["id"]: s for s in states}
    regions = json.loads((ASSETS / "regions.json").read_text())["regions"]
    events_doc = json.loads((ASSETS / "events.json").read_text())
    events = {e["id"]: e for e in events_doc["events"]}
    tours = json.loads((ASSETS / "tour.json").read_text())["tours"]

    few_states = [by_id[i] for i in ("ussr", "germany", "usa")]
    all_aliases = json.loads((ASSETS / "states.json").read_text()).get("aliases", {})
    few_aliases = {i: all_aliases[i] for i in ("ussr", "germany", "usa") if i in all_aliases}
    long_regions = sorted(regions, key=lambda r: -len(r["holders"]))[:2]
    states_seeds = {
        "states_three.json": dump({"states": few_states}),
        "states_three_aliases.json": dump({"states": few_states, "aliases": few_aliases}),
        "states_error_alias.json": b'{"states":[{"id":"a","names":[{"from":"1919","name":"A"}],"color":"#000000"},'
                                   b'{"id":"b","names":[{"from":"1919","name":"B"}],"color":"#000001"}],'
                                   b'"aliases":{"b":["\xc3\x84."]}}',
        "states_minimal.json": b'{"states":[{"id":"a","names":[{"from":"1919","name":"A"}],"color":"#000000"}]}',
        "states_error_dup.json": b'{"states":[{"id":"a","names":[{"from":"1919","name":"A"}],"color":"#abcdef"},'
                                 b'{"id":"a","names":[{"from":"1920-02","name":"B"}],"color":"#ABCDEF","on_map":false}]}',
        "regions_two.json": dump({"generated_by": "make_seeds.py", "regions": long_regions}),
        "regions_minimal.json": b'{"regions":[{"key":"k","holders":[{"from":"1918-12-31","holder":"ussr"},'
                                b'{"from":"1922-12-30","holder":"poland","note":"n"}]}]}',
        "empty_lists.json": b'{"states":[],"regions":[]}',
    }

    ev_ids = ["decree_on_peace", "ussr_formed"]
    ev_list = [events[i] for i in ev_ids if i in events]
    events_seeds = {
        "events_two_with_standings.json": dump({"events": ev_list, "standings": {
            "ussr": [{"from": "1917-11-08", "standing": "soviet", "event": "decree_on_peace"},
                     {"from": "1922-12-30", "standing": "soviet", "event": "ussr_formed"}]}}),
        "events_minimal.json": b'{"events":[{"id":"e","date":"1922-04","end":"1922-05-01","title":"T","kind":"treaty",'
                               b'"parties":["ussr","germany"],"place":{"lon":12.3,"lat":44.4,"name":"P"},'
                               b'"summary":"S","significance":"G","seed_point":3,"source":"X"}],'
                               b'"standings":{"germany":[{"from":"1922","standing":"recognized","event":"e"}]}}',
        "events_empty.json": b'{"events":[]}',
    }

    tour = dict(tours[0])
    tour["steps"] = tour["steps"][:2]
    step = dict(tours[0]["steps"][0])
    step.pop("question", None), step.pop("answer", None)
    step["camera"] = {"lon": 37.6, "lat": 55.7, "zoom_km": 2500}
    step["events"] = []
    tour_seeds = {
        "tour_real_two_steps.json": dump({"tours": [tour]}),
        "tour_custom_camera.json": dump({"tours": [{"id": "second", "title": "Second", "steps": [step]}]}),
        "tour_error_short_text.json": b'{"tours":[{"id":"t","title":"T","steps":[{"title":"s","text":"too short",'
                                      b'"date":"1922","camera":"all","source":"x"}]}]}',
    }

    links = [
        "#date=1922-04-16&layer=relations&select=germany&view=13.40,52.50,4.20&tour=1&step=5",
        "#date=1924&layer=political",
        "#date=1924-02&select=Soviet%20Union%20(USSR)",
        "#select=&view=-179.99,-89.5,1000000",
        "date=1929-12-31&layer=political&select=+ussr+&tour=10000&step=1",
        "#&&date=1918-12-31&bogus=1&view=1,2,3,4&step=0",
    ]
    link_seeds = {f"link_{i}.txt": link.encode() for i, link in enumerate(links)}
    return states_seeds, events_seeds, tour_seeds, link_seeds


def main():
    states_seeds, events_seeds, tour_seeds, link_seeds = json_seeds()
    corpora = {"map_asset_fuzz": map_seeds(), "states_fuzz": states_seeds, "events_fuzz": events_seeds,
               "tour_fuzz": tour_seeds, "deeplink_fuzz": link_seeds}
    for target, seeds in corpora.items():
        folder = CORPUS / target
        # Regression inputs (regress_*) are kept; generated seeds are rewritten.
        if folder.exists():
            for old in folder.iterdir():
                if not old.name.startswith("regress_"):
                    old.unlink()
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (folder / name).write_bytes(data)
        total = sum(p.stat().st_size for p in folder.iterdir())
        print(f"{target}: {len(list(folder.iterdir()))} files, {total} bytes")


if __name__ == "__main__":
    main()
