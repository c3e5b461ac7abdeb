"""The core never loads Qt widgets, and the quick commands load no Qt at all."""

from __future__ import annotations

import subprocess
import sys

_REPORT_QT = "import sys; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"


def _qt_modules_after(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{_REPORT_QT}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_domain_storage_and_session_file_load_no_qt():
    code = (
        "import roundtable.domain, roundtable.domain.rules, roundtable.domain.validation\n"
        "import roundtable.storage, roundtable.sessionfile, roundtable.paths\n"
        "s = roundtable.storage.SessionStore.in_memory(); s.search('x'); s.close()"
    )
    assert _qt_modules_after(code) == "[]"


def test_version_and_help_load_no_qt():
    for flag in ("--version", "--help"):
        code = (
            "import contextlib, io\nfrom roundtable.cli import main\n"
            f"with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['{flag}'])"
        )
        assert _qt_modules_after(code) == "[]", flag


def test_the_domain_imports_only_the_standard_library():
    code = (
        "import sys; before = set(sys.modules)\nimport roundtable.domain.validation\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'roundtable'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
