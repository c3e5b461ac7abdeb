"""One session written out, as the command line and the window both do it."""

from __future__ import annotations

import json
import zipfile

import pytest

from roundtable import exports
from roundtable.errors import InvalidValue, NotFound
from roundtable.sessionfile import read_session_file


@pytest.fixture
def session_id(store, example_path) -> int:
    return store.import_bundle(read_session_file(example_path).bundle).id


def document_text(path) -> str:
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def test_the_minutes_are_written_and_the_rule_applied_when_asked(store, session_id, tmp_path):
    named = exports.export_minutes(store, session_id, tmp_path / "named.docx")
    assert "Pia Skov" in document_text(named)
    hidden = exports.export_minutes(
        store, session_id, str(tmp_path / "hidden.docx"), chatham_house=True
    )
    assert hidden == tmp_path / "hidden.docx"
    assert "Pia Skov" not in document_text(hidden)


def test_the_session_file_keeps_everything(store, session_id, tmp_path, example_doc):
    target = exports.export_session_file(store, session_id, tmp_path / "s.roundtable.json")
    written = json.loads(target.read_text("utf-8"))
    assert written["session"]["title"] == example_doc["session"]["title"]
    assert json.loads(exports.session_file_text(store, session_id)) == written


def test_an_unknown_session_is_named_and_nothing_written(store, tmp_path):
    with pytest.raises(NotFound, match="no session with id 42"):
        exports.export_minutes(store, 42, tmp_path / "m.docx")
    with pytest.raises(NotFound):
        exports.export_session_file(store, 42, tmp_path / "s.json")
    assert list(tmp_path.iterdir()) == []


def test_writing_over_the_live_database_is_refused(tmp_path, example_path):
    from roundtable.storage import SessionStore

    with SessionStore.open(tmp_path / "data") as store:
        session_id = store.import_bundle(read_session_file(example_path).bundle).id
        database = store.database_files()[0]
        before = database.read_bytes()[:100]
        for export in (exports.export_minutes, exports.export_session_file):
            with pytest.raises(InvalidValue, match="own database"):
                export(store, session_id, database)
        assert database.read_bytes()[:100] == before
