"""From the overview, the organiser writes the synthesis report and exports the data of the
sessions shown (the same code as the command line), writes the series' synthesis text, and
brings back a workbook's statuses after a preview of every change."""

from __future__ import annotations

import openpyxl
import pytest
from docx import Document
from PySide6.QtWidgets import QDialog
from test_overview import desk  # noqa: F401  (the fixture: a series of two sessions)

from roundtable.domain.model import IdeaStatus
from roundtable.ui.overview.status_preview import RefusedPreview, StatusPreview


def _text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _type_synthesis(qtbot, page, text: str) -> None:
    page.tabs.setCurrentWidget(page.synthesis)
    qtbot.keyClicks(page.synthesis.editor, text)


def test_the_report_of_the_series_has_the_synthesis_typed_a_moment_ago(
    desk,  # noqa: F811
    dialogs,
    qtbot,
    tmp_path,
):
    running, *_ = desk
    page = running.window.overview
    _type_synthesis(qtbot, page, "Udbud går igen")
    dialogs.save_name = str(tmp_path / "rapport")  # no suffix: .docx is added
    page.actions.report_button.click()
    target = tmp_path / "rapport.docx"
    assert target.exists() and "Udbud går igen" in _text(target)
    assert "Ældrepleje" in _text(target) and "Uden for serien" not in _text(target)
    assert running.workspace.store.series_text("DI Digital") == "Udbud går igen"
    assert "Report written" in running.window.statusBar().currentMessage()


def test_the_synthesis_text_belongs_to_its_series_and_is_kept_when_the_scope_changes(
    desk,  # noqa: F811
    qtbot,
):
    running, *_ = desk
    page = running.window.overview
    _type_synthesis(qtbot, page, "Fælles for serien")
    page.show_scope(None, [s.id for s in running.workspace.list_sessions()])  # no one series
    store = running.workspace.store
    assert store.series_text("DI Digital") == "Fælles for serien"  # stored before it left
    assert not page.synthesis.editor.isEnabled()
    page.show_scope("DI Digital", [])
    assert page.synthesis.editor.toPlainText() == "Fælles for serien"
    running.workspace.undo_stack.undo()
    assert store.series_text("DI Digital") == ""
    assert page.synthesis.editor.toPlainText() == ""


def test_a_selection_with_a_session_under_the_rule_is_reported_under_it_and_says_so(
    desk,  # noqa: F811
    dialogs,
    tmp_path,
):
    running, one, _two, _late = desk
    running.workspace.update_session(one, "", chatham_house=True)
    page = running.window.overview
    page.reload()
    assert page.actions.rule_note.isVisibleTo(page)
    assert "Chatham House" in page.actions.rule_note.text()
    dialogs.save_name = str(tmp_path / "r.docx")
    page.actions.report_button.click()
    text = _text(tmp_path / "r.docx")
    assert "Mette Holm" not in text and "Jonas Lind" not in text
    assert "Chatham House" in running.window.statusBar().currentMessage()
    dialogs.save_name = str(tmp_path / "d.xlsx")
    page.actions.data_button.click()
    book = openpyxl.load_workbook(tmp_path / "d.xlsx")

    def cells(title: str) -> str:  # the rows of one session, on every sheet
        return " ".join(
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            if title in row
            for v in row
        )

    # In the workbook each session's rows follow its own rule: the follow-up names owners.
    assert "Mette Holm" not in cells("Ældrepleje") and "Jonas Lind" not in cells("Ældrepleje")
    assert "Mette Holm" in cells("Arbejdskraft")
    assert "Chatham House" in running.window.statusBar().currentMessage()


def test_export_data_writes_the_workbook_or_the_items_as_csv_by_the_name_chosen(
    desk,  # noqa: F811
    dialogs,
    tmp_path,
):
    running, *_ = desk
    actions = running.window.overview.actions
    dialogs.save_name = str(tmp_path / "data.xlsx")
    actions.data_button.click()
    book = openpyxl.load_workbook(tmp_path / "data.xlsx")
    titles = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Ældrepleje", "Arbejdskraft"]
    dialogs.save_name = str(tmp_path / "items.csv")
    actions.data_button.click()
    raw = (tmp_path / "items.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Fælles indkøb".encode() in raw
    dialogs.save_name = str(tmp_path / "data.pdf")
    actions.data_button.click()
    assert dialogs.shown[-1][0] == "warning" and ".xlsx" in dialogs.shown[-1][2]
    assert not (tmp_path / "data.pdf").exists()


@pytest.fixture
def returned(desk, dialogs, tmp_path):  # noqa: F811
    """The series' workbook, exported from the overview; returns (running, path, book)."""
    running, *_ = desk
    dialogs.save_name = str(tmp_path / "data.xlsx")
    running.window.overview.actions.data_button.click()
    book = openpyxl.load_workbook(tmp_path / "data.xlsx")
    dialogs.open_name = str(tmp_path / "data.xlsx")
    return running, tmp_path / "data.xlsx", book


def _answer(monkeypatch, dialog_class, answer) -> list[list[str]]:
    shown: list[list[str]] = []

    def exec_(dialog) -> int:
        shown.extend(dialog.rows())
        return answer

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def _row_of(sheet, title: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet[f"D{r}"].value == title)


def test_import_status_shows_every_change_first_and_writes_nothing_when_cancelled(
    returned, monkeypatch
):
    running, path, book = returned
    follow = book["Follow-up"] if "Follow-up" in book.sheetnames else book["Opfølgning"]
    row = _row_of(follow, "Klynger")
    follow[f"H{row}"] = "done"
    follow[f"I{row}"] = "Tre kommuner i gang"
    book.save(path)
    shown = _answer(monkeypatch, StatusPreview, QDialog.DialogCode.Rejected)
    running.window.overview.actions.import_button.click()
    assert shown == [
        ["Klynger", "Arbejdskraft", "Status", "Proposed", "Done"],
        ["", "", "Outcome", "–", "Tre kommuner i gang"],  # the idea named once, above
    ]
    idea = next(i for i in running.workspace.store.export_bundle(
        running.window.overview.bundles[1].session.id).items if i.title == "Klynger")  # fmt: skip
    assert idea.outcome == ""


def test_import_status_marks_a_value_changed_here_since_the_export(returned, monkeypatch):
    running, path, book = returned
    follow = book["Follow-up"] if "Follow-up" in book.sheetnames else book["Opfølgning"]
    follow[f"H{_row_of(follow, 'Klynger')}"] = "dropped"
    book.save(path)
    klynger = next(i for i in running.workspace.items(running.window.overview.bundles[1].session.id)
                   if i.title == "Klynger")  # fmt: skip
    running.workspace.store.update_item(klynger.id, status=IdeaStatus.IN_PROGRESS)  # moved on
    shown = _answer(monkeypatch, StatusPreview, QDialog.DialogCode.Rejected)
    running.window.overview.actions.import_button.click()
    assert shown == [["Klynger", "Arbejdskraft", "Status", "⚠ In progress", "Dropped"]]


def test_import_status_applied_is_one_step_that_undo_takes_back(returned, monkeypatch):
    running, path, book = returned
    follow = book["Follow-up"] if "Follow-up" in book.sheetnames else book["Opfølgning"]
    follow[f"I{_row_of(follow, 'Klynger')}"] = "Tre kommuner i gang"
    follow[f"I{_row_of(follow, 'Robotbibliotek')}"] = "Udlånt to gange"
    book.save(path)
    _answer(monkeypatch, StatusPreview, QDialog.DialogCode.Accepted)
    page = running.window.overview
    page.tabs.setCurrentWidget(page.register)  # the register reads its rows when shown
    page.actions.import_button.click()
    outcomes = {r.item.title: r.item.outcome for r in page.register.model.rows}
    assert outcomes["Klynger"] == "Tre kommuner i gang"
    assert outcomes["Robotbibliotek"] == "Udlånt to gange"
    assert "Updated 2" in running.window.statusBar().currentMessage()
    running.workspace.undo_stack.undo()
    outcomes = {r.item.title: r.item.outcome for r in page.register.model.rows}
    assert outcomes["Klynger"] == "" and outcomes["Robotbibliotek"] == ""


def test_a_refused_workbook_lists_every_bad_cell_and_changes_nothing(returned, monkeypatch):
    running, path, book = returned
    follow = book["Follow-up"] if "Follow-up" in book.sheetnames else book["Opfølgning"]
    name = follow.title
    follow["H2"] = "færdigx"
    follow["G3"] = "snart"
    follow["I4"] = "fint nok"
    book.save(path)
    cells = _answer(monkeypatch, RefusedPreview, QDialog.DialogCode.Rejected)
    preview = _answer(monkeypatch, StatusPreview, QDialog.DialogCode.Accepted)
    running.window.overview.actions.import_button.click()
    assert [
        f"{name}!H2",
        "“færdigx” is not a status: one of foreslået, i gang, gennemført, opgivet",
    ] in cells
    assert [f"{name}!G3", "“snart” is not a date: write it as 15.12.2024 or 2024-12-15"] in cells
    assert preview == []
    page = running.window.overview
    page.tabs.setCurrentWidget(page.register)  # the register reads its rows when shown
    outcomes = {r.item.outcome for r in page.register.model.rows}
    assert outcomes == {""}


def test_a_refused_workbook_is_explained_in_the_windows_danish(returned, monkeypatch):
    from roundtable.ui import i18n

    running, path, book = returned
    follow = book["Follow-up"] if "Follow-up" in book.sheetnames else book["Opfølgning"]
    idea_row = _row_of(follow, "Klynger")
    follow[f"H{idea_row}"] = "åben"  # an action's status, on an idea's row
    follow[f"G{idea_row}"] = "01.03.2031"
    follow["H2" if idea_row != 2 else "H3"] = "færdigx"
    book.save(path)
    cells = _answer(monkeypatch, RefusedPreview, QDialog.DialogCode.Rejected)
    try:
        i18n.install("da")
        running.window.overview.actions.import_button.click()
    finally:
        i18n.install("en")
    said = [what for _where, what in cells]
    assert (
        "»åben« er ikke en status for en idé: en af foreslået, i gang, gennemført, opgivet" in said
    )
    assert "en idé har ingen frist" in said
    assert "»færdigx« er ikke en status: en af foreslået, i gang, gennemført, opgivet" in said


def test_names_the_report_will_hide_in_the_synthesis_are_said_as_they_are_typed(
    desk,  # noqa: F811
    qtbot,
):
    # Under the rule "Mette Holm fra Sydvig foreslog" came out as "[deltager] fra …" in the
    # published report, and nothing had said so while it was written.
    running, one, _two, _late = desk
    running.workspace.update_session(one, "", chatham_house=True)
    page = running.window.overview
    page.reload()
    _type_synthesis(qtbot, page, "Jonas Lind fra CareTech foreslog et robotbibliotek.")
    page.synthesis.typed.flush()  # as a pause in the typing does
    note = page.synthesis.names_note
    assert note.isVisibleTo(page) and "Jonas Lind" in note.text() and "CareTech" in note.text()
    page.synthesis.editor.setPlainText("Leverandørerne foreslog et robotbibliotek.")
    page.synthesis.typed.flush()
    assert not note.isVisibleTo(page)
