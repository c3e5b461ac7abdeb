"""The core never loads Qt widgets, the quick commands load no Qt at all, and python-docx
is loaded only to write the minutes."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str, *packages: str) -> str:
    """The modules of `packages` loaded after running `code` in a fresh interpreter."""
    report = f"import sys; print(sorted(m for m in sys.modules if m.split('.')[0] in {packages!r}))"
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def _qt_modules_after(code: str) -> str:
    return _modules_after(code, "PySide6")


def test_the_core_loads_no_qt():
    code = (
        "import roundtable.domain, roundtable.domain.rules, roundtable.domain.validation\n"
        "import roundtable.storage, roundtable.sessionfile, roundtable.paths\n"
        "import roundtable.edits, roundtable.audience, roundtable.exports\n"
        "import roundtable.insights.summary, roundtable.insights.themes\n"
        "import roundtable.insights.followup, roundtable.sessionfile.sync\n"
        "s = roundtable.storage.SessionStore.in_memory(); s.search('x'); s.close()"
    )
    assert _qt_modules_after(code) == "[]"


def test_version_and_help_load_neither_qt_nor_python_docx():
    for flag in ("--version", "--help"):
        code = (
            "import contextlib, io\nfrom roundtable.cli import main\n"
            f"with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['{flag}'])"
        )
        assert _modules_after(code, "PySide6", "docx") == "[]", flag


def test_the_domain_imports_only_the_standard_library():
    code = (
        "import sys; before = set(sys.modules)\nimport roundtable.domain.validation\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'roundtable'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_the_minutes_load_no_qt(tmp_path, example_path):
    code = (
        "from pathlib import Path\nfrom roundtable.sessionfile import read_session_file\n"
        "from roundtable.minutes import write_minutes\n"
        f"bundle = read_session_file({str(example_path)!r}).bundle\n"
        f"write_minutes(bundle, Path({str(tmp_path / 'm.docx')!r}), chatham_house=True)"
    )
    assert _qt_modules_after(code) == "[]"
    assert (tmp_path / "m.docx").exists()


def test_python_docx_is_imported_only_to_write_minutes(tmp_path, example_path):
    # The wording and the Chatham House logic need no Word; neither does the session file.
    assert _modules_after("import roundtable.minutes, roundtable.minutes.content", "docx") == "[]"
    data, out = tmp_path / "data", tmp_path / "copy.roundtable.json"
    code = (
        "import contextlib, io\nfrom roundtable.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['--data-dir', {str(data)!r}, 'import', {str(example_path)!r}]) == 0\n"
        f"    assert main(['--data-dir', {str(data)!r}, 'export', '1', '-o', {str(out)!r}]) == 0"
    )
    assert _modules_after(code, "docx") == "[]"
    assert out.exists()


def test_the_audience_rule_loads_no_qt_and_the_presenter_no_minutes():
    assert _qt_modules_after("import roundtable.audience") == "[]"
    code = "import roundtable.ui.presenter.presenter"
    loaded = _modules_after(code, "roundtable")
    assert "roundtable.audience" in loaded
    assert "roundtable.minutes" not in loaded, "the room's rule comes from audience/, not minutes/"
