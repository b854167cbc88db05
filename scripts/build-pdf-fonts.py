#!/usr/bin/env python3
"""Writes the TrueType fonts the printed documents embed, server/documents/fonts/*.ttf, from the WOFF files
of @fontsource/noto-sans-sc (SIL OFL 1.1, see server/documents/fonts/OFL.txt) with fontTools, the maintained
font library (Debian: apt-get install python3-fonttools; run with /usr/bin/python3). Run once after
upgrading that package; the output is committed, so nothing converts fonts at run time.

Per weight (400, 700): noto-sans-sc-<w>.ttf is the package's "chinese-simplified" file unchanged but for the
container (~8,000 characters: GB 2312, common names, Latin, digits, punctuation); noto-sans-sc-rare-<w>.ttf
merges the numbered slices, which together cover the rest of the font (rarer characters do turn up in names).
The merge drops the layout tables, which fontTools cannot merge across slices: rare characters are drawn
one by one, without kerning or ligatures. Every glyph is padded to 4 bytes: fontkit's subsetter writes the
short `loca` format, which only points at even offsets, so glyphs of odd length come out garbled.
"""
import json
import os
import sys
import tempfile

from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
package = os.path.join(root, "node_modules", "@fontsource", "noto-sans-sc")
out_dir = os.path.join(root, "server", "documents", "fonts")


def save(font: TTFont, out: str) -> None:
    font.flavor = None
    font["glyf"].padding = 4
    font.save(out)


def ttf(woff: str, out: str) -> None:
    save(TTFont(woff), out)


def main() -> None:
    with open(os.path.join(package, "unicode.json"), encoding="utf-8") as f:
        slices = [name[1:-1] for name in json.load(f) if name.startswith("[")]
    for weight in (400, 700):
        ttf(os.path.join(package, "files", f"noto-sans-sc-chinese-simplified-{weight}-normal.woff"), os.path.join(out_dir, f"noto-sans-sc-{weight}.ttf"))
        with tempfile.TemporaryDirectory() as tmp:
            parts = []
            for name in slices:
                part = os.path.join(tmp, f"{name}.ttf")
                ttf(os.path.join(package, "files", f"noto-sans-sc-{name}-{weight}-normal.woff"), part)
                parts.append(part)
            merged = Merger(options=Options(drop_tables=["BASE", "STAT", "GDEF", "GPOS", "GSUB", "vhea", "vmtx"])).merge(parts)
            save(merged, os.path.join(out_dir, f"noto-sans-sc-rare-{weight}.ttf"))
    print(f"wrote {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
