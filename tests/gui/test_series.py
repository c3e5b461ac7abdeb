"""Series: typed in set-up (completing from the names in use), set for several sessions at once
in the library, and a filter that shows one series."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog

from roundtable.domain.model import Session
from roundtable.ui.library.library_model import SESSION_ID_ROLE


def _sessions(ws, *titles: str) -> list[int]:
    return [ws.create_session(Session(title)).id for title in titles]


def test_several_selected_sessions_join_a_series_in_one_undoable_step(start_app, monkeypatch):
    running = start_app()
    window, ws = running.window, running.workspace
    ids = _sessions(ws, "Ældrepleje", "Arbejdskraft", "Unges trivsel")
    library = window.library
    library.reload()
    selection = library.table.selectionModel()
    selection.clear()
    for row in range(library.model.rowCount()):
        index = library.model.index(row, 0)
        if index.data(SESSION_ID_ROLE) in ids[:2]:
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.select(index, flags)
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("DI Digital 2026", True))
    )
    library.series_button.click()
    assert [ws.session(i).series for i in ids] == ["DI Digital 2026", "DI Digital 2026", ""]
    ws.undo_stack.undo()
    assert [ws.session(i).series for i in ids] == ["", "", ""]
    ws.undo_stack.redo()

    library.series_filter.setCurrentIndex(library.series_filter.findData("DI Digital 2026"))
    assert sorted(library.shown_session_ids()) == sorted(ids[:2])
    assert library.series_shown() == "DI Digital 2026"


def test_the_series_field_in_set_up_completes_from_names_in_use(start_app, qtbot):
    running = start_app()
    window, ws = running.window, running.workspace
    first, second = _sessions(ws, "Ældrepleje", "Arbejdskraft")
    ws.update_session(first, "", series="Velfærdsteknologi")
    window.open_session(second, "setup")
    field = window.setup.series
    assert field.completer().model().stringList() == ["Velfærdsteknologi"]
    field.setText("Velfærdsteknologi")
    field.editingFinished.emit()
    assert ws.session(second).series == "Velfærdsteknologi"
