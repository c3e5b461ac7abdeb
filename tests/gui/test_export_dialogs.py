"""Exports from the window: the name suggested, the file written, the refusal shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def suggested_names(monkeypatch, answer: str) -> list[str]:
    """Record the name the save dialog suggests (without the folder); answer with `answer`."""
    seen: list[str] = []

    def save(_parent, _caption, suggested, *_args, **_kwargs):
        seen.append(Path(suggested).name)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return seen


def test_the_suggested_file_name_hides_a_participant_under_the_chatham_house_rule(
    start_app, monkeypatch, tmp_path
):
    running = start_app()
    window, ws = running.window, running.workspace
    window.open_sample()
    session_id = window.session_id
    ws.update_session(session_id, "title", title="Møde med Pia Skov")
    seen = suggested_names(monkeypatch, "")
    window.export_minutes()
    window.export_session_file()
    assert seen == ["Møde med Pia Skov.docx", "Møde med Pia Skov.roundtable.json"]

    ws.update_session(session_id, "rule", chatham_house=True)
    seen = suggested_names(monkeypatch, str(tmp_path / "m.docx"))
    window.export_minutes()
    window.export_session_file()
    assert all("Pia" not in name and "Skov" not in name for name in seen), seen
    assert seen[0] == "Møde med _deltager_.docx"
    assert (tmp_path / "m.docx").exists()


def test_exporting_a_session_file_over_the_database_is_refused_with_a_message(start_app, dialogs):
    running = start_app()
    window = running.window
    window.open_sample()
    dialogs.save_name = str(running.store.database_files()[0])
    window.export_session_file()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "own database" in text
    assert "Exported" not in window.statusBar().currentMessage()


def test_exporting_the_minutes_over_a_read_only_file_is_refused_with_a_message(
    start_app, dialogs, tmp_path
):
    running = start_app()
    window = running.window
    window.open_sample()
    sent = tmp_path / "referat.docx"
    sent.write_bytes(b"the minutes as they were sent")
    sent.chmod(0o444)
    dialogs.save_name = str(sent)
    window.export_minutes()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "Export failed")
    assert text.startswith(f"Cannot write {sent}: it is read-only.")
    assert sent.read_bytes() == b"the minutes as they were sent"
    assert "Minutes written" not in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
