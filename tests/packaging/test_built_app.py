"""The Linux build of `make package`, run as a user runs it: copied away from the source
tree, with a bare environment (no virtual environment, no PYTHONPATH), from another folder.

Slow (the build takes about half a minute): `make test-package`, not `make test`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from roundtable import __version__

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs the Linux build"),
]

ROOT = Path(__file__).resolve().parents[2]
QT = Path("_internal", "PySide6", "Qt")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """dist/roundtable, freshly built by `make package`, copied outside the source tree."""
    done = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    copy = tmp_path_factory.mktemp("elsewhere") / "roundtable"
    shutil.copytree(ROOT / "dist" / "roundtable", copy, symlinks=True)
    return copy


@pytest.fixture
def run(built: Path, tmp_path: Path):
    def run_built(*args: str, prefix: tuple[str, ...] = (), **env: str):
        bare = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **env}
        done = subprocess.run(
            [*prefix, str(built / "roundtable"), *args],
            cwd=tmp_path,
            env=bare,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr, done
        return done

    return run_built


def test_version(run):
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"roundtable {__version__}\n")


def test_imports_a_session_and_exports_its_minutes(run, tmp_path, example_path):
    title = json.loads(example_path.read_text(encoding="utf-8"))["session"]["title"]
    data = str(tmp_path / "data")
    done = run("--data-dir", data, "import", str(example_path))
    assert (done.returncode, done.stdout) == (0, f"1\t{title}\tnew\n"), done.stderr
    assert title in run("--data-dir", data, "list").stdout

    minutes = tmp_path / "minutes.docx"
    done = run("--data-dir", data, "export", "1", "--format", "docx", "-o", str(minutes))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(minutes) as docx:
        assert docx.testzip() is None
        document = docx.read("word/document.xml").decode("utf-8")
    assert title in document

    # The same minutes as the source tree writes: nothing was lost in the bundling.
    source = tmp_path / "source.docx"
    from_source = [sys.executable, "-m", "roundtable", "--data-dir", data, "export", "1"]
    subprocess.run([*from_source, "-o", str(source)], check=True, timeout=120)
    with zipfile.ZipFile(source) as docx:
        assert docx.read("word/document.xml").decode("utf-8") == document


def _open_in_danish(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=da\n", encoding="utf-8")
    return data


OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_QUIT_WHEN_SHOWN": "1"}


def test_the_app_opens_its_window(run, tmp_path):
    data = _open_in_danish(tmp_path)
    done = run("--data-dir", str(data), **OFFSCREEN)
    assert done.returncode == 0, done.stderr
    assert "geometry" in (data / "settings.ini").read_text(encoding="utf-8")


def test_the_app_in_danish_loads_the_bundled_translations(run, built, tmp_path):
    """Traced: which files the app opens, on a system with strace."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (Debian package strace)")
    data = _open_in_danish(tmp_path)
    trace = tmp_path / "trace"
    prefix = (strace, "-f", "-e", "trace=openat", "-o", str(trace))
    assert run("--data-dir", str(data), prefix=prefix, **OFFSCREEN).returncode == 0
    traced = trace.read_text()
    assert f'"{ROOT}/' not in traced, "the build reached into the source tree"
    opened = [line for line in _calls(traced) if ".qm" in line]
    own = Path("_internal", "resources", "translations", "roundtable_da.qm")
    for qm in (QT / "translations" / "qtbase_da.qm", own):
        # Only the bundled copy is looked for, and it is opened (a file descriptor, not -1).
        wanted = [line for line in opened if qm.name in line]
        assert wanted and all(f'"{built / qm}"' in line for line in wanted), opened
        assert any(line.rsplit("=", 1)[1].strip().isdigit() for line in wanted), wanted


def _calls(traced: str) -> list[str]:
    """One line per traced call. With -f, strace splits a call that another thread interrupts
    into "<unfinished ...>" and "<... openat resumed>" lines of the same process id (the app
    warms fonts and reads the library on threads while Qt loads); they are joined here."""
    pending: dict[str, str] = {}
    calls = []
    for line in traced.splitlines():
        pid, _, call = line.partition(" ")
        call = call.lstrip()
        if call.endswith("<unfinished ...>"):
            pending[pid] = call.removesuffix("<unfinished ...>").rstrip()
        elif call.startswith("<... ") and " resumed>" in call:
            calls.append(pending.pop(pid, "") + call.split(" resumed>", 1)[1])
        else:
            calls.append(call)
    return calls


def test_strace_lines_split_by_another_thread_are_joined():
    traced = (
        '7 openat(AT_FDCWD, "/a/x_da.qm", O_RDONLY <unfinished ...>\n'
        '8 openat(AT_FDCWD, "/etc/fonts/fonts.conf", O_RDONLY) = 4\n'
        "7 <... openat resumed>) = 3\n"
    )
    assert _calls(traced) == [
        'openat(AT_FDCWD, "/etc/fonts/fonts.conf", O_RDONLY) = 4',
        'openat(AT_FDCWD, "/a/x_da.qm", O_RDONLY) = 3',
    ]


def test_the_bundled_qt_translation_has_danish_standard_buttons(built):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(built / QT / "translations" / "qtbase_da.qm"))
    assert translator.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert translator.translate("QPlatformTheme", "Cancel") == "Annuller"


def test_qt_parts_the_app_does_not_use_are_left_out(built):
    names = {path.name for path in built.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libgtk-3.so.0"):
        assert unused not in names
    assert (built / QT / "plugins" / "platforms" / "libqxcb.so").exists()
    assert (built / QT / "plugins" / "platforms" / "libqwayland.so").exists()
    assert {p.name for p in (built / QT / "translations").iterdir()} >= {"qtbase_da.qm"}
    assert all(p.stem.endswith(("_da", "_en")) for p in (built / QT / "translations").iterdir())


def test_install_sh_installs_the_build(built, tmp_path):
    prefix = tmp_path / "prefix"
    env = {"PREFIX": str(prefix), "DIST": str(built), "PATH": "/usr/bin:/bin"}
    install = ROOT / "packaging" / "linux" / "install.sh"
    subprocess.run(["sh", str(install)], env=env, check=True, capture_output=True)
    # Through the launcher link, from the installed copy.
    done = subprocess.run(
        [prefix / "bin" / "roundtable", "--version"], env=env, capture_output=True, text=True
    )
    assert done.stdout == f"roundtable {__version__}\n"
