#!/usr/bin/python3
"""Test of the map pipeline from a fresh clone: rebuilds map.bin from data/raw/ into a temporary
folder and compares it byte for byte with the committed assets/map.bin (so the committed map can
never drift from its sources and rules), with build.py's own check that every built region has a
timeline in assets/regions.json and every timeline a region. Then renders the dated Europe
snapshots (render_preview.SNAPSHOT_DATES) as test artefacts for the eye.

  /usr/bin/python3 tools/map/pipeline_test.py [artefact dir]    (default test-artifacts/map-snapshots)
Last line: "N passed, N failed"; exit status 1 on a failure.
"""
import filecmp
import os
import sys
import tempfile

sys.dont_write_bytecode = True      # keep tools/map free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geo              # noqa: E402


def land_claims_are_exclusive():
    """The order-free "land" of regions.json stays order-free: a second claim on the same land is an
    error naming both regions, not a silent first-wins. Checked on Alsace-Lorraine's own condition."""
    import rules
    t = dict(base='france', ne='France', t14=None, t30=None, t38=None, cn=None, hand={'alsace_lorraine'},
             lon=7.5, lat=48.5, ne_part=5e5, sakhalin=False, european_turkey=False)
    i = rules.first_rule(t)
    if rules.RULES[i]['region'] != 'alsace_lorraine':
        return False, ' (Strasbourg went to %s)' % rules.RULES[i]['region']
    saved = rules.LAND, rules.RULES, rules.RULE_WHERE
    rival = (dict(rules.RULES[i], region='germany'), 'test: a rival claim')
    rules.LAND = saved[0] + [rival]
    rules.RULES = [r for r, _ in rules.LAND] + rules.TABLE['rules']
    rules.RULE_WHERE = [w for _, w in rules.LAND] + saved[2][len(saved[0]):]
    try:
        rules.first_rule(t)
        return False, ' (the rival claim was not refused)'
    except ValueError as e:
        return ('alsace_lorraine' in str(e) and 'rival' in str(e)), ''
    finally:
        rules.LAND, rules.RULES, rules.RULE_WHERE = saved


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(geo.ROOT, 'test-artifacts', 'map-snapshots')
    passed = failed = 0
    committed = os.path.join(geo.ROOT, 'assets', 'map.bin')
    with tempfile.TemporaryDirectory() as tmp:
        try:
            import build
            built = build.main(tmp)
            same = filecmp.cmp(built, committed, shallow=False)
            why = '' if same else ' (rebuilt %d bytes, committed %d: run tools/map/build.py and commit)' % (
                os.path.getsize(built), os.path.getsize(committed))
        except (Exception, SystemExit) as e:        # build.py stops with SystemExit on unsynced data
            same, why = False, ' (build failed: %s)' % e
    print('%s map pipeline: rebuilding map.bin from data/raw equals the committed assets/map.bin%s' % (
        'ok' if same else 'FAILED', why))
    passed, failed = (1, 0) if same else (0, 1)
    ok, why = land_claims_are_exclusive()
    print('%s map rules: a face that two regions\' "land" both claim is refused, one claim is taken%s' % (
        'ok' if ok else 'FAILED', why))
    passed, failed = passed + ok, failed + (not ok)
    from atlas_data import Atlas
    import render_preview
    for p in render_preview.europe_snapshots(Atlas(), out):
        print('snapshot', os.path.relpath(p, geo.ROOT))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
