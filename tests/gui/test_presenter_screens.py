"""The presenter screen goes full screen on a second screen when one is attached.

Qt's offscreen platform takes its screens from a configuration file read when the
application starts, so this runs the app in a process of its own with two screens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from roundtable import app as app_module
running = app_module.start(Path(sys.argv[1]))
window = running.window
window.open_sample()
window.toggle_presenter()
presenter = window.presenter
geometry = presenter.geometry()
print(window.screen().name(), presenter.screen().name(), presenter.isFullScreen(),
      geometry.x(), geometry.width(), window.isActiveWindow() or not presenter.isActiveWindow())
running.close()
"""


def screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}  # fmt: skip


def test_the_presenter_fills_the_projector_and_leaves_the_laptop_screen_alone(tmp_path: Path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {"screens": [screen("laptop", 0, 1280, 800), screen("projector", 1280, 1920, 1080)]}
        )
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=en\n")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    laptop, shown_on, full, x, width, focus_kept = done.stdout.split()
    assert (laptop, shown_on, full) == ("laptop", "projector", "True")
    assert (int(x), int(width)) == (1280, 1920)
    assert focus_kept == "True"
