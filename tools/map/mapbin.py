#!/usr/bin/python3
"""Reader and writer of assets/map.bin, version 2 (format: docs/data-model.md).

Points are quantised to 16 bits in the frame and delta-coded as zig-zag varints; a region's
vertices are mostly copies of its border arcs (each border is stored once, in the arc points), and
its triangles are region-local vertex numbers, delta-coded."""
import struct

MAGIC = b'SFPAMAP\0'
VERSION = 2
HEADER = struct.Struct('<8sII4f9I')      # 68 bytes
REGION = struct.Struct('<3I3f')          # 24 bytes
ARC = struct.Struct('<HHI')              # 8 bytes
NO_REGION = 0xFFFF


def _varint(out, u):
    while u >= 0x80:
        out.append((u & 0x7F) | 0x80)
        u >>= 7
    out.append(u)


def _zigzag(v):
    return -2 * v - 1 if v < 0 else 2 * v


def _unzigzag(u):
    return -(u >> 1) - 1 if u & 1 else u >> 1


class _Stream:
    def __init__(self, data, off, end):
        self.data, self.pos, self.end = data, off, end

    def varint(self):
        u = shift = 0
        while True:
            if self.pos >= self.end:
                raise ValueError('varint runs past its section')
            b = self.data[self.pos]
            self.pos += 1
            u |= (b & 0x7F) << shift
            if not b & 0x80:
                return u
            shift += 7


def _put_points(out, pts, prev):
    px, py = prev
    for x, y in pts:
        _varint(out, _zigzag(x - px))
        _varint(out, _zigzag(y - py))
        px, py = x, y
    return px, py


def _arc_copy(arc_pts, rev, skip, drop):
    pts = arc_pts[::-1] if rev else arc_pts
    return pts[skip:len(pts) - drop]


def write(path, frame, regions, vertices, indices, arcs, arc_points):
    """regions: [{key, first_vertex, vertex_count, first_index, index_count, label, area, copies?}]
    vertices/arc_points: [(qx, qy)], indices: [int, into vertices], arcs: [(a, b, first_point, point_count)].
    copies (optional): [(arc_id, reversed, skip_first, drop_last)] in vertex order, the region's vertices
    taken from its arcs; what they do not give is written point by point."""
    strings = bytearray()
    offs = []
    for r in regions:
        offs.append(len(strings))
        strings += r['key'].encode('utf-8') + b'\0'
    arc_stream = bytearray()
    prev = (0, 0)
    for a in arcs:
        prev = _put_points(arc_stream, arc_points[a[2]:a[2] + a[3]], prev)
    vertex_stream, index_stream = bytearray(), bytearray()
    for r in regions:
        own = vertices[r['first_vertex']:r['first_vertex'] + r['vertex_count']]
        at, prev = 0, (0, 0)
        for aid, rev, skip, drop in r.get('copies', []):
            got = _arc_copy(arc_points[arcs[aid][2]:arcs[aid][2] + arcs[aid][3]], rev, skip, drop)
            if not got:
                continue
            if list(got) != list(own[at:at + len(got)]):
                raise ValueError('region %s: arc %d does not give its vertices %d..' % (r['key'], aid, at))
            _varint(vertex_stream, (((aid << 3) | (drop << 2) | (skip << 1) | rev) << 1) | 1)
            at += len(got)
            prev = got[-1]
        if at < len(own):
            _varint(vertex_stream, (len(own) - at) << 1)
            _put_points(vertex_stream, own[at:], prev)
        last = 0
        for i in indices[r['first_index']:r['first_index'] + r['index_count']]:
            local = i - r['first_vertex']
            _varint(index_stream, _zigzag(local - last))
            last = local
    out = bytearray()
    out += HEADER.pack(MAGIC, VERSION, 0, *frame, len(regions), len(vertices), len(indices),
                       len(arcs), len(arc_points), len(strings), len(arc_stream), len(vertex_stream),
                       len(index_stream))
    for r, off in zip(regions, offs):
        out += REGION.pack(off, r['vertex_count'], r['index_count'], r['label'][0], r['label'][1], r['area'])
    for a in arcs:
        out += ARC.pack(a[0], a[1], a[3])
    out += arc_stream + vertex_stream + index_stream + strings
    with open(path, 'wb') as f:
        f.write(out)
    return len(out)


def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    (magic, version, flags, x0, y0, x1, y1, nreg, nvert, nidx, narc, narcpt, nstr, arc_bytes,
     vertex_bytes, index_bytes) = HEADER.unpack_from(data, 0)
    if magic != MAGIC or version != VERSION:
        raise ValueError('bad magic/version')
    off = HEADER.size
    regions = []
    fv = fi = 0
    for i in range(nreg):
        ko, vc, ic, lx, ly, area = REGION.unpack_from(data, off)
        regions.append({'key_offset': ko, 'first_vertex': fv, 'vertex_count': vc, 'first_index': fi,
                        'index_count': ic, 'label': (lx, ly), 'area': area})
        fv, fi = fv + vc, fi + ic
        off += REGION.size
    arcs = []
    fp = 0
    for i in range(narc):
        a, b, n = ARC.unpack_from(data, off)
        arcs.append((a, b, fp, n))
        fp += n
        off += ARC.size
    s = _Stream(data, off, off + arc_bytes)
    arc_points, px, py = [], 0, 0
    for _ in range(narcpt):
        px += _unzigzag(s.varint())
        py += _unzigzag(s.varint())
        arc_points.append((px, py))
    s = _Stream(data, off + arc_bytes, off + arc_bytes + vertex_bytes)
    vertices = []
    for r in regions:
        own = []
        while len(own) < r['vertex_count']:
            op = s.varint()
            if op & 1:
                k = op >> 1
                aid = k >> 3
                own.extend(_arc_copy(arc_points[arcs[aid][2]:arcs[aid][2] + arcs[aid][3]], k & 1, (k >> 1) & 1,
                                     (k >> 2) & 1))
            else:
                px, py = own[-1] if own else (0, 0)
                for _ in range(op >> 1):
                    px += _unzigzag(s.varint())
                    py += _unzigzag(s.varint())
                    own.append((px, py))
        vertices.extend(own)
    s = _Stream(data, off + arc_bytes + vertex_bytes, off + arc_bytes + vertex_bytes + index_bytes)
    indices = []
    for r in regions:
        last = 0
        for _ in range(r['index_count']):
            last += _unzigzag(s.varint())
            indices.append(r['first_vertex'] + last)
    off += arc_bytes + vertex_bytes + index_bytes
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
