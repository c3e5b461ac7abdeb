"""Grab the library, the set-up and each phase to PNG (offscreen) for the README.

.venv/bin/python tests/gui/make_screenshots.py [--language da|en] [--out DIR] [--size WxH]

The offscreen screen is made the given size (a 1366×768 laptop unless told), so the window
fits it as it would on that laptop.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _screen_size() -> tuple[int, int]:
    for n, arg in enumerate(sys.argv):
        if arg.startswith("--size"):
            value = arg.partition("=")[2] or sys.argv[n + 1]
            width, height = map(int, value.split("x"))
            return width, height
    return 1366, 768


# Qt reads the offscreen screens when it starts: the screen is set up before the import.
_SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
_SCREEN.write_text(json.dumps({"screens": [{
    "name": "laptop", "x": 0, "y": 0, "width": _screen_size()[0], "height": _screen_size()[1],
    "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))  # fmt: skip
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from roundtable import app as app_module  # noqa: E402
from roundtable.domain.model import ItemKind, SpeakingTurn  # noqa: E402
from roundtable.domain.rules import PHASE_ORDER  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="da")
    parser.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = map(int, args.size.split("x"))
    data = Path(tempfile.mkdtemp())
    (data / "settings.ini").write_text(f"[General]\nlanguage={args.language}\n")
    running = app_module.start(data)
    window = running.window
    if not window.isMaximized():
        window.resize(width, height)
    ws = running.workspace
    # A meeting in its ideas phase, started 38 minutes ago: the timer shows amber.
    window.open_sample()
    sample_id = window.session_id
    clock_now = datetime.now(UTC)
    ws.clock = lambda: clock_now
    window.duplicate_session(sample_id)
    live = window.session_id
    ws.update_session(live, "", title="Rundbordsdialog om ældrepleje og velfærdsteknologi",
                      theme="Ældrepleje", starts_at=clock_now - timedelta(minutes=80))  # fmt: skip
    settle()
    window.show_page("library")
    settle()
    grab(window, out / "library.png")
    window.show_page("setup")
    settle()
    grab(window, out / "setup.png")
    window.show_page("run")
    names = {p.id: p.name for p in ws.participants(sample_id)}
    add_talk(ws, live, clock_now)
    window.run.speakers.set_preferences(True, 3)
    for n, phase in enumerate(PHASE_ORDER):
        ws.clock = lambda n=n: clock_now - timedelta(minutes=[120, 80, 41][n])
        window.run.go_to(phase)
        ws.clock = lambda: clock_now
        for item in ws.items(sample_id, phase):
            added = window.run.capture_item(
                item.text, item.kind, names.get(item.by_id, ""), item.category
            )
            if item.kind is ItemKind.IDEA:
                ws.update_item(added.id, "", title=item.title, votes=item.votes or 0,
                               impact=item.impact, effort=item.effort)  # fmt: skip
        settle()
        window.run.list.setCurrentIndex(window.run.model.index(0))
        window.run.capture.line.setFocus()
        window.run.timer.refresh()
        window.run.speakers.refresh()
        settle()
        grab(window, out / f"phase-{n + 1}-{phase}.png")
        if n >= 1:
            if window.presenter is None or not window.presenter.isVisible():
                window.toggle_presenter()
            window.presenter.resize(1366, 768)
            window.run.timer.refresh()
            settle()
            grab(window.presenter, out / f"presenter-{phase}.png")
    for title, votes, impact, effort in MORE_IDEAS:
        added = window.run.capture_item(title, ItemKind.IDEA, "", "")
        ws.update_item(added.id, "", title=title, votes=votes, impact=impact, effort=effort)
        if votes == 5:
            chosen = added.id
    window.run.show_view(2)
    window.run.matrix.select_idea(chosen)
    window.run.matrix.idea_selected.emit(chosen)
    settle()
    grab(window, out / "matrix.png")
    speakers = window.run.speakers
    speakers.resize(360, 620)
    settle()
    grab(speakers, out / "speakers.png")
    running.close()


MORE_IDEAS = [
    ("Nattevagt med sensorer", 3, 4, 4),
    ("Fælles datastandard", 2, 5, 4),
    ("Elcykler til hjemmeplejen", 1, 2, 1),
    ("Prøvehandling i ét distrikt", 5, 4, 2),
    ("Ny it-platform", 0, 2, 5),
    ("Lånebil i weekenden", 0, None, None),
]


def add_talk(ws, session_id: int, now: datetime) -> None:
    """Turns so far, Lise speaking for 2:40 of her 3 minutes, two hands raised."""
    people = [p.id for p in ws.participants(session_id)]
    at = now - timedelta(minutes=60)
    for who, minutes in [(0, 6), (1, 4), (2, 3), (0, 5), (3, 2), (4, 2), (1, 3), (2, 2)]:
        ended = at + timedelta(minutes=minutes)
        ws.store.add_speaking_turn(session_id, SpeakingTurn(people[who], at, ended))
        at = ended + timedelta(minutes=1)
    ws.store.add_speaking_turn(session_id, SpeakingTurn(people[0], now - timedelta(seconds=160)))
    ws.set_queue(session_id, [people[1], people[3]], "")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def grab(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    main()
