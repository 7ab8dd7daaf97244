#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Packs square PNG renderings of the Switchboard icon into a Windows .ico or a macOS .icns.

    pack-icons.py ico  OUTPUT.ico  16.png 24.png 32.png 48.png 64.png 256.png
    pack-icons.py icns OUTPUT.icns 16.png 32.png 64.png 128.png 256.png 512.png 1024.png

Both formats may hold PNG data directly (ICO since Windows Vista, ICNS since Mac OS X 10.7), so
the PNGs that rsvg-convert renders from resources/icons/switchboard.svg go in unchanged. Only the
Python standard library is used, so the same script runs on the Linux, Windows and macOS builders
(macOS's iconutil would do the .icns, but not on the other two, where it is tested).
"""
import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# ICNS element types that hold PNG data, by the pixel size of the PNG. A size can fill two
# slots: e.g. 32 px is both the 32x32 icon and the 16x16@2x icon.
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
    1024: [b"ic10"],
}


def png_size(path, data):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        sys.exit(f"pack-icons: {path} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"pack-icons: {path} is {width}x{height}; icons must be square")
    return width


def read_pngs(paths):
    images = {}
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        size = png_size(path, data)
        if size in images:
            sys.exit(f"pack-icons: two PNGs of {size}x{size} ({path})")
        images[size] = data
    return dict(sorted(images.items()))


def pack_ico(images):
    if any(size > 256 for size in images):
        sys.exit("pack-icons: an .ico holds at most 256x256")
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images.items():
        edge = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + directory + payload


def pack_icns(images):
    elements = b""
    for size, data in images.items():
        if size not in ICNS_TYPES:
            sys.exit(f"pack-icons: an .icns has no slot for {size}x{size}")
        for icon_type in ICNS_TYPES[size]:
            elements += icon_type + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    images = read_pngs(argv[3:])
    packed = pack_ico(images) if argv[1] == "ico" else pack_icns(images)
    with open(argv[2], "wb") as f:
        f.write(packed)


if __name__ == "__main__":
    main(sys.argv)
