"""Just enough of a TrueType font program to compare glyphs between subsets of one font.

What each one-byte code draws (its outline as stored in `glyf`) and how wide it is (`hmtx`).
fontTools reads all of this too, but unpacking every subset took 1.3 ms a font, and a Tweb
file embeds a subset per page: a 100-page file spent 0.2 s there. Reading the few tables
with `struct` takes a tenth of that. Anything unexpected raises `ValueError`; the caller then
leaves the font as it is.
"""

from __future__ import annotations

import struct

MAX_COMPOSITE_DEPTH = 4  # a composite glyph made of composites, and so on
# Flags of a composite glyph's component record (the OpenType `glyf` table)
ARGS_ARE_WORDS, HAS_SCALE, MORE_COMPONENTS, HAS_XY_SCALE, HAS_2X2 = 0x1, 0x8, 0x20, 0x40, 0x80


class TrueTypeFont:
    def __init__(self, data: bytes) -> None:
        self.data = data
        try:
            count = struct.unpack_from(">H", data, 4)[0]
            self.tables = {
                data[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">II", data, 20 + 16 * i) for i in range(count)
            }
            self.em = struct.unpack_from(">H", self.table(b"head"), 18)[0] or 1000
            long_offsets = struct.unpack_from(">h", self.table(b"head"), 50)[0] == 1
            glyphs = struct.unpack_from(">H", self.table(b"maxp"), 4)[0]
            metrics = struct.unpack_from(">H", self.table(b"hhea"), 34)[0]
        except struct.error as exc:
            raise ValueError(f"not a TrueType font: {exc}") from None
        loca = self.table(b"loca")
        if long_offsets:
            self.offsets = struct.unpack_from(f">{glyphs + 1}I", loca)
        else:
            self.offsets = tuple(2 * o for o in struct.unpack_from(f">{glyphs + 1}H", loca))
        advances = struct.unpack_from(f">{2 * metrics}H", self.table(b"hmtx"))[::2]
        self.advances = advances + advances[-1:] * (glyphs - metrics)
        self.glyf = self.table(b"glyf")

    def table(self, tag: bytes) -> bytes:
        if tag not in self.tables:
            raise ValueError(f"no {tag.decode()} table")
        offset, length = self.tables[tag]
        return self.data[offset : offset + length]

    def outline(self, glyph: int, depth: int = 0) -> bytes:
        """The glyph as stored; a composite as the outlines of its parts and where they go,
        because it names its parts by glyph number, which differs from subset to subset."""
        data = self.glyf[self.offsets[glyph] : self.offsets[glyph + 1]]
        if data[:2] != b"\xff\xff" or depth >= MAX_COMPOSITE_DEPTH:  # a contour count of -1: composite
            return data
        parts = []
        position = 10  # after the glyph header
        flags = MORE_COMPONENTS
        while flags & MORE_COMPONENTS:
            flags, part = struct.unpack_from(">HH", data, position)
            size = 4 + (4 if flags & ARGS_ARE_WORDS else 2)
            size += 2 if flags & HAS_SCALE else 4 if flags & HAS_XY_SCALE else 8 if flags & HAS_2X2 else 0
            placement = data[position + 4 : position + size]
            parts.append(self.outline(part, depth + 1) + b"@" + placement)
            position += size
        return b"composite:" + b"|".join(parts)

    def code_to_glyph(self) -> dict[int, int]:
        """One-byte codes to glyph numbers, from the font's own cmap (formats 0, 4 and 6)."""
        cmap = self.table(b"cmap")
        mapping: dict[int, int] = {}
        for i in range(struct.unpack_from(">H", cmap, 2)[0]):
            offset = struct.unpack_from(">I", cmap, 8 + 8 * i)[0]
            form = struct.unpack_from(">H", cmap, offset)[0]
            if form == 0:
                pairs = enumerate(cmap[offset + 6 : offset + 262])
            elif form == 6:
                first, count = struct.unpack_from(">HH", cmap, offset + 6)
                pairs = enumerate(struct.unpack_from(f">{count}H", cmap, offset + 10), start=first)
            elif form == 4:
                pairs = segment_pairs(cmap, offset)
            else:
                continue
            for code, glyph in pairs:
                if glyph and glyph < len(self.offsets) - 1:
                    mapping.setdefault(code & 0xFF, glyph)  # symbolic fonts put their codes at 0xF0xx
        return mapping


def segment_pairs(cmap: bytes, offset: int) -> list[tuple[int, int]]:
    """A format 4 subtable's (code, glyph) pairs."""
    segments = struct.unpack_from(">H", cmap, offset + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", cmap, offset + 14)
    starts_at = offset + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", cmap, starts_at)
    deltas = struct.unpack_from(f">{segments}h", cmap, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    range_offsets = struct.unpack_from(f">{segments}H", cmap, ranges_at)
    pairs = []
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if range_offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = ranges_at + 2 * i + range_offsets[i] + 2 * (code - start)
                glyph = struct.unpack_from(">H", cmap, at)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            pairs.append((code, glyph))
    return pairs
