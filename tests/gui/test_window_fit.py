"""The window opens inside the screen it is on, with the capture line, timer and stepper in
view; a saved size that no longer fits (or is too small) is not restored.

Qt's offscreen platform reads its screens when the application starts, so each case runs
the app in a process of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from roundtable import app as app_module
running = app_module.start(Path(sys.argv[1]))
window = running.window
if sys.argv[2] == "run":
    from roundtable.domain.model import Session
    from roundtable.ui.shell.main_window import RUN
    created = window.workspace.create_session(Session(title="Ældrepleje"))
    window.open_session(created.id, RUN)
QApplication.processEvents()
area = window.screen().availableGeometry()
frame = window.frameGeometry()
inside = area.contains(frame)
seen = []
if sys.argv[2] == "run":
    run = window.run
    for widget in (run.capture.line, run.timer, run.stepper):
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        seen.append(window.rect().contains(rect) and widget.isVisible())
print(inside, all(seen), frame.width(), frame.height(), window.isMaximized())
window.save_place()
running.close()
"""


def start(tmp_path: Path, width: int, height: int, page: str, settings: str = "") -> list[str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))  # fmt: skip
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    ini = data / "settings.ini"
    if not ini.exists():
        ini.write_text("[General]\nlanguage=en\n" + settings)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data), page],
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_on_a_laptop_screen_the_capture_line_timer_and_stepper_are_in_view(tmp_path, size):
    inside, all_seen, _w, _h, maximised = start(tmp_path, *size, page="run")
    assert (inside, all_seen, maximised) == ("True", "True", "True")


def test_on_a_large_screen_the_window_opens_at_a_comfortable_size_inside_it(tmp_path):
    inside, _seen, width, height, maximised = start(tmp_path, 1920, 1080, page="library")
    assert (inside, maximised) == ("True", "False")
    assert (int(width), int(height)) >= (1200, 760)


def test_a_saved_size_too_small_to_work_in_is_not_restored(tmp_path, qapp):
    # First run on the large screen: saves its geometry. Then shrink it as a user might have.
    start(tmp_path, 1920, 1080, page="library")
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    probe = QWidget()
    probe.setGeometry(QRect(100, 100, 889, 552))
    small = probe.saveGeometry()
    ini = tmp_path / "data" / "settings.ini"
    text = ini.read_text()
    kept = [line for line in text.splitlines() if not line.startswith("window\\geometry")]
    ini.write_text("\n".join(kept) + "\n")
    from PySide6.QtCore import QSettings

    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", small)
    settings.sync()
    _inside, _seen, width, height, _max = start(tmp_path, 1920, 1080, page="library")
    assert (int(width), int(height)) >= (1000, 640)


def test_a_saved_place_on_a_screen_that_is_gone_is_not_restored(tmp_path):
    start(tmp_path, 2560, 1440, page="library")  # saved while on a big monitor
    inside, all_seen, *_ = start(tmp_path, 1366, 768, page="run")  # today: the laptop alone
    assert (inside, all_seen) == ("True", "True")
