"""Sizes hostile or careless input can reach are refused quickly, before they are read, and
what the app writes it can read back."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import docx
import pytest

from roundtable.errors import RoundtableError
from roundtable.minutes.template import TemplateError, open_document
from roundtable.sessionfile import parse_session_document, read_session_file, writer
from roundtable.sessionfile.format import MAX_FILE_BYTES


def _bomb(tmp_path: Path) -> Path:
    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    bomb = tmp_path / "letterhead.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("word/media/image1.png", b"\0" * (64 * 1024 * 1024))
    return bomb


def test_a_zip_bomb_template_is_refused_before_it_is_unpacked(tmp_path):
    bomb = _bomb(tmp_path)
    assert bomb.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(TemplateError, match="would unpack"):
        open_document(bomb)
    assert time.perf_counter() - started < 1


def test_a_device_as_template_is_refused_at_once(tmp_path):
    started = time.perf_counter()
    with pytest.raises(TemplateError, match="not a file"):
        open_document(Path("/dev/zero"))
    assert time.perf_counter() - started < 1


def test_a_session_too_large_when_indented_is_written_compact_and_reads_back(
    tmp_path, example_doc, monkeypatch
):
    bundle = parse_session_document(example_doc).bundle
    indented = len(writer.dumps(bundle).encode())
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", indented - 1)
    target = tmp_path / "big.roundtable.json"
    writer.write_session_file(bundle, target)
    assert target.stat().st_size < indented
    assert read_session_file(target).bundle.session.title == bundle.session.title


def test_a_session_too_large_for_any_session_file_is_refused_not_written(
    tmp_path, example_doc, monkeypatch
):
    bundle = parse_session_document(example_doc).bundle
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", 1000)
    target = tmp_path / "big.roundtable.json"
    with pytest.raises(RoundtableError, match="could not be imported again"):
        writer.write_session_file(bundle, target)
    assert not target.exists()


def test_the_writer_and_the_reader_share_one_limit():
    assert writer.MAX_FILE_BYTES is MAX_FILE_BYTES
