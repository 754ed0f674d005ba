#!/usr/bin/python3
"""Reader and writer of assets/map.bin (format: docs/data-model.md)."""
import struct

MAGIC = b'SFPAMAP\0'
VERSION = 1
HEADER = struct.Struct('<8sII4f6I')      # 56 bytes
REGION = struct.Struct('<5I3f')          # 32 bytes
ARC = struct.Struct('<HHII')             # 12 bytes
NO_REGION = 0xFFFF


def write(path, frame, regions, vertices, indices, arcs, arc_points):
    """regions: [{key, first_vertex, vertex_count, first_index, index_count, label, area}]
    vertices/arc_points: [(qx, qy)], indices: [int], arcs: [(a, b, first_point, point_count)]"""
    strings = bytearray()
    offs = []
    for r in regions:
        offs.append(len(strings))
        strings += r['key'].encode('utf-8') + b'\0'
    out = bytearray()
    out += HEADER.pack(MAGIC, VERSION, 0, *frame, len(regions), len(vertices), len(indices),
                       len(arcs), len(arc_points), len(strings))
    for r, off in zip(regions, offs):
        out += REGION.pack(off, r['first_vertex'], r['vertex_count'], r['first_index'],
                           r['index_count'], r['label'][0], r['label'][1], r['area'])
    out += struct.pack('<%dH' % (2 * len(vertices)), *[c for v in vertices for c in v])
    out += struct.pack('<%dI' % len(indices), *indices)
    for a in arcs:
        out += ARC.pack(*a)
    out += struct.pack('<%dH' % (2 * len(arc_points)), *[c for v in arc_points for c in v])
    out += strings
    with open(path, 'wb') as f:
        f.write(out)
    return len(out)


def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    (magic, version, flags, x0, y0, x1, y1, nreg, nvert, nidx, narc, narcpt,
     nstr) = HEADER.unpack_from(data, 0)
    if magic != MAGIC or version != VERSION:
        raise ValueError('bad magic/version')
    off = HEADER.size
    regions = []
    for i in range(nreg):
        ko, fv, vc, fi, ic, lx, ly, area = REGION.unpack_from(data, off)
        regions.append({'key_offset': ko, 'first_vertex': fv, 'vertex_count': vc, 'first_index': fi,
                        'index_count': ic, 'label': (lx, ly), 'area': area})
        off += REGION.size
    v = struct.unpack_from('<%dH' % (2 * nvert), data, off)
    vertices = list(zip(v[0::2], v[1::2]))
    off += 4 * nvert
    indices = list(struct.unpack_from('<%dI' % nidx, data, off))
    off += 4 * nidx
    arcs = []
    for i in range(narc):
        arcs.append(ARC.unpack_from(data, off))
        off += ARC.size
    p = struct.unpack_from('<%dH' % (2 * narcpt), data, off)
    arc_points = list(zip(p[0::2], p[1::2]))
    off += 4 * narcpt
    strings = data[off:off + nstr]
    off += nstr
    for r in regions:
        end = strings.index(b'\0', r['key_offset'])
        r['key'] = strings[r['key_offset']:end].decode('utf-8')
    return {'frame': (x0, y0, x1, y1), 'flags': flags, 'regions': regions, 'vertices': vertices,
            'indices': indices, 'arcs': arcs, 'arc_points': arc_points, 'size': len(data),
            'trailing': len(data) - off, 'string_bytes': nstr}


def dequantise(q, frame):
    x0, y0, x1, y1 = frame
    return x0 + q[0] / 65535.0 * (x1 - x0), y0 + q[1] / 65535.0 * (y1 - y0)
