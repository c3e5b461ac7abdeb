"""Where the data lives."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from roundtable.errors import RoundtableError
from roundtable.paths import ensure_data_dir, resolve_data_dir


def test_option_then_environment_then_per_user_folder(tmp_path):
    env = {"ROUNDTABLE_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    default = resolve_data_dir(None, {})
    assert default.is_absolute() and default.name == "roundtable"


def test_a_relative_option_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("here", {}) == tmp_path / "here"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG applies on Linux")
def test_an_empty_xdg_data_home_still_gives_an_absolute_path(monkeypatch):
    # appdirs returned a relative path here; platformdirs falls back to ~/.local/share.
    monkeypatch.setenv("XDG_DATA_HOME", "")
    path = resolve_data_dir(None, {})
    assert path.is_absolute()
    assert path == Path(os.path.expanduser("~/.local/share")) / "roundtable"


def test_the_folder_is_created_owner_only(tmp_path):
    folder = ensure_data_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_file_in_the_way_is_refused(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(RoundtableError, match="is a file, not a folder"):
        ensure_data_dir(tmp_path / "f")
    with pytest.raises(RoundtableError, match="Cannot create the data folder"):
        ensure_data_dir(tmp_path / "f" / "below")
