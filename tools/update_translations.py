"""Refresh resources/translations/*.ts from the source with pyside6-lupdate.

    .venv/bin/python tools/update_translations.py

New strings arrive unfinished; translate them in Qt Linguist (pyside6-linguist) or by hand.
The test suite fails while a Danish string is missing, so nothing ships half-translated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "roundtable").rglob("*.py")
                 if "ui" in p.parts or p.name in ("app.py", "app_open.py"))  # fmt: skip
TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate_command(target: Path, language: str) -> list[str]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return [str(tool), *SOURCES, "-no-obsolete", "-locations", "none",
            "-target-language", language, "-ts", str(target)]  # fmt: skip


def main() -> int:
    for name, language in (("roundtable_da.ts", "da_DK"), ("roundtable_en.ts", "en_GB")):
        subprocess.run(lupdate_command(TRANSLATIONS / name, language), cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
