"""Where the shipped resources are: beside the package, or inside a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

LIBRARY_STYLE = "library.qss"  # the library's own labels carry it from the first paint
STYLES = (LIBRARY_STYLE, "style.qss")  # the application's, in this order


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def style_sheet(name: str) -> str:
    """The text of the style sheet `name`; empty if it is not shipped."""
    path = resource(name)
    return path.read_text(encoding="utf-8") if path.exists() else ""
