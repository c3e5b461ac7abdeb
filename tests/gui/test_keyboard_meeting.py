"""A whole meeting by keyboard alone on a laptop's 1366×768 screen, with no Qt warning and
no Python exception on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent


def test_a_whole_meeting_by_keyboard_on_a_1366x768_screen_says_nothing_on_stderr(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))  # fmt: skip
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=da\n", encoding="utf-8")
    minutes = tmp_path / "referat.docx"
    done = subprocess.run(
        [sys.executable, str(HERE / "keyboard_meeting.py"), str(data), str(minutes)],
        env=dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=HERE.parents[1],
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    assert [kind for kind, _text in report["items"]] == [
        "note", "quote", "question", "note", "barrier", "opportunity", "idea", "action",
    ]  # fmt: skip
    # Ctrl+D names the author for one item; from F9 on, who has the floor is the author.
    assert report["authors"][:4] == [True, False, True, True]
    assert report["status"] == "completed"
    assert report["summary"] == "Vi prøver en fælles pilot."
    assert report["minutes"]
    text = "\n".join(p.text for p in Document(str(minutes)).paragraphs)
    assert "Vi prøver en fælles pilot." in text, "the summary typed just before the export"
