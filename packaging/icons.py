"""Render the app's SVG icon to the formats the installers want: .ico (Windows), .icns (macOS).

Qt does it alone: QtSvg draws the icon, and the ico and icns image plugins of
PySide6-Essentials write the files. The spec calls this at build time, so no generated
binary is committed: `python packaging/icons.py OUT_DIR` does the same by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "roundtable.svg"
# One picture each: Windows and macOS scale it down for smaller places.
SIZES = {"ico": 256, "icns": 512}


def render(svg: Path, out: Path, size: int) -> Path:
    """Draw `svg` at size x size pixels into `out`, its format taken from the suffix."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read the icon {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(out), out.suffix.lstrip(".").encode())
    if not writer.write(image):
        raise OSError(f"cannot write {out}: {writer.errorString()}")
    return out


def icon_for(platform: str, out_dir: Path) -> Path | None:
    """The icon file PyInstaller wants on `platform` (sys.platform), rendered into out_dir."""
    kind = {"win32": "ico", "darwin": "icns"}.get(platform)
    if kind is None:
        return None  # Linux desktops take the SVG itself (see packaging/linux)
    return render(SVG, out_dir / f"roundtable.{kind}", SIZES[kind])


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    for platform in ("win32", "darwin"):
        print(icon_for(platform, folder))
