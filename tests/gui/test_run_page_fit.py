"""The run page on a laptop screen (1366×768, and 1280×720): a facilitator reads the queue,
the talk time and every field of an idea without scrolling or cut rows, and can move the
splitters to give one part more room.

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
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from roundtable import app as app_module
from roundtable.domain.model import Item, ItemKind, Participant, Phase, Sector, Session
from roundtable.ui.shell.main_window import RUN

running = app_module.start(Path(sys.argv[1]))
window = running.window
ws = window.workspace
session = ws.create_session(Session(title="Ældrepleje og velfærdsteknologi i Skanderborg"))
sid = session.id
names = ["Ole Dahl", "Lise Mørk", "Karsten Ølund", "Pia Skov", "Tarek Haddad",
         "Ulla Bech", "Mette Frederiksen", "Jonas Lind", "Sara Holm"]
sectors = [Sector.MUNICIPAL, Sector.PRIVATE, Sector.OTHER]
ws.add_participants(sid, [Participant(n, "Org", sector=sectors[i % 3])
                          for i, n in enumerate(names)], "")
window.open_session(sid, RUN)
run = window.run
people = ws.participants(sid)
run.go_to(Phase.BARRIERS_OPPORTUNITIES)
for text in ["Data må ikke deles mellem forvaltninger", "Udbud tager et år",
             "Personalet mangler tid til oplæring", "Borgerne frygter overvågning"]:
    run.capture_item(text, ItemKind.BARRIER, "", "")
barrier = ws.items(sid)[0]
run.go_to(Phase.IDEAS)
idea = run.capture_item("Sensorer om natten i to plejecentre", ItemKind.IDEA, "", "")
for person in people[:6]:
    run.speakers.raise_hand(person.id)
for _ in range(5):
    QApplication.processEvents()
run.list.select_item(idea.id)
run.details.show_item(idea.id)
for _ in range(5):
    QApplication.processEvents()

def whole(widget):
    # Fully inside the window and not covered or clipped by a parent.
    if not widget.isVisible():
        return False
    region = widget.visibleRegion().boundingRect()
    return region.size() == widget.size()

def whole_rows(view, count):
    viewport = view.viewport().rect()
    return sum(viewport.contains(view.visualRect(view.model().index(r, 0)))
               for r in range(count))

details = run.details
fields = [details.title, details.text, details.by, details.votes, details.impact,
          details.effort, details.addresses, details.owner, details.next_step, details.status]

def drag(splitter, by):
    handle = splitter.handle(1)
    before = splitter.sizes()
    middle = handle.rect().center()
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    step = QPoint(by, 0) if horizontal else QPoint(0, by)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle + step)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       middle + step)
    QApplication.processEvents()
    return splitter.sizes() != before

def dragged(splitter):
    # Both ways: a handle stuck against one side's minimum moves only one way.
    return drag(splitter, -60) and drag(splitter, 120)

fields_seen = [f.accessibleName() or type(f).__name__ for f in fields if not whole(f)]
details.show_item(barrier.id)
QApplication.processEvents()
short_form_at_top = details.by.geometry().bottom() < details.height() // 2
details.show_item(idea.id)
QApplication.processEvents()

print(json.dumps({
    "short_form_at_top": short_form_at_top,
    "fixed_parts": all(whole(w) for w in (run.capture.line, run.timer, run.stepper)),
    "queue_rows": whole_rows(run.speakers.queue_view, 6),
    "talk_rows": whole_rows(run.speakers.roster, len(people)),
    "fields": fields_seen,
    "barrier_rows": whole_rows(details.addresses, details.addresses.count()),
    "barriers": details.addresses.count(),
    "splitters_move": [dragged(s) for s in run.findChildren(type(run.side_split))
                       if s.isVisible() and s.count() > 1],
}))
running.close()
"""


def measure(tmp_path: Path, width: int, height: int) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))  # fmt: skip
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=da\n")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data)],
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_at_1366_by_768_the_queue_talk_time_and_idea_details_are_read_without_scrolling(
    tmp_path,
):
    seen = measure(tmp_path, 1366, 768)
    assert seen["fixed_parts"]
    assert seen["queue_rows"] >= 5
    assert seen["talk_rows"] >= 6
    assert seen["fields"] == []
    assert seen["barrier_rows"] == seen["barriers"] == 4
    assert seen["short_form_at_top"], "a barrier's few fields keep together at the top"


def test_at_1280_by_720_every_field_of_an_idea_is_still_in_view(tmp_path):
    seen = measure(tmp_path, 1280, 720)
    assert seen["fixed_parts"]
    assert seen["fields"] == []
    assert seen["queue_rows"] >= 3 and seen["talk_rows"] >= 4


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_splitters_of_the_run_page_move_when_dragged(tmp_path, size):
    moved = measure(tmp_path, *size)["splitters_move"]
    assert moved and all(moved)
