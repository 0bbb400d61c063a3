"""Make every icon the packages need from packaging/mindful-clinic.svg (no tools beyond PySide6).

Writes:
- packaging/icons/hicolor/NxN/apps/mindful-clinic.png at 16, 24, 32, 48, 64, 128, 256 and 512 px
  (the freedesktop icon theme layout that ``mindful-clinic desktop install`` copies);
- packaging/mindful-clinic.ico (Windows: one PNG per size, which Windows Vista and later read);
- packaging/mindful-clinic.icns (macOS: PNG-based entries from 16 to 512 px and 1024 px retina).

Both containers are simple: a header, a directory of sizes, and the PNG files one after another.
Run again whenever the SVG changes: ``QT_QPA_PLATFORM=offscreen python scripts/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SVG = PACKAGING / "mindful-clinic.svg"
NAME = "mindful-clinic"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = (  # (OSType, pixel size): the PNG-carrying entries macOS 10.7+ reads
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels with antialiasing, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs (ICONDIR, one ICONDIRENTRY per size, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        byte = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        entries += struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_container(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length, PNG) chunks, big-endian."""
    body = b""
    for ostype, size in ICNS_TYPES:
        pixels = size * 2 if ostype in (b"ic11", b"ic12", b"ic13", b"ic14") else size
        data = pngs[pixels]
        body += ostype + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | {1024}
    pngs = {size: render_png(SVG, size) for size in sorted(needed)}
    for size in PNG_SIZES:
        target = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (PACKAGING / f"{NAME}.ico").write_bytes(ico_container({s: pngs[s] for s in ICO_SIZES}))
    (PACKAGING / f"{NAME}.icns").write_bytes(icns_container(pngs))
    del app
    print(f"make_icons: {len(PNG_SIZES)} PNGs, {NAME}.ico and {NAME}.icns in {PACKAGING}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
