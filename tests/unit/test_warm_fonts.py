"""The font configuration is loaded ahead on a thread, and a machine without fontconfig
starts as before."""

from __future__ import annotations

import _ctypes
import threading

import pytest

from roundtable import warm_fonts


class FakeFontconfig:
    """Stands in for ctypes's C module: dlopen, dlsym and a call of FcInit."""

    HANDLE, FC_INIT = 1234, 5678

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.calls: list[tuple[int, str]] = []

    def dlopen(self, name: str, _mode: int) -> int:
        self.opened.append(name)
        return self.HANDLE

    def dlsym(self, handle: int, name: str) -> int:
        assert (handle, name) == (self.HANDLE, "FcInit")
        return self.FC_INIT

    def call_function(self, address: int, arguments: tuple) -> int:
        self.calls.append((address, threading.current_thread().name))
        assert arguments == ()
        return 1


@pytest.fixture
def fontconfig(monkeypatch) -> FakeFontconfig:
    fake = FakeFontconfig()
    for name in ("dlopen", "dlsym", "call_function"):
        monkeypatch.setattr(_ctypes, name, getattr(fake, name))
    return fake


def test_the_font_configuration_is_loaded_once_on_its_thread(fontconfig) -> None:
    warm_fonts.start().join(5)
    assert fontconfig.opened == ["libfontconfig.so.1"]
    assert fontconfig.calls == [(FakeFontconfig.FC_INIT, "roundtable-fonts")]


def test_the_real_font_configuration_loads_where_there_is_one() -> None:
    # On this machine's Linux: the call goes through, and nothing is raised on the thread.
    errors: list[BaseException] = []
    hook, threading.excepthook = threading.excepthook, lambda args: errors.append(args.exc_value)
    try:
        warm_fonts.start().join(5)
    finally:
        threading.excepthook = hook
    assert errors == []


@pytest.mark.parametrize(
    "missing", [OSError("no such library"), AttributeError("dlopen"), ImportError("_ctypes")]
)
def test_a_machine_without_fontconfig_starts_without_it(monkeypatch, fontconfig, missing) -> None:
    def refuse(*_args: object) -> None:
        raise missing

    monkeypatch.setattr(_ctypes, "dlopen", refuse)
    errors: list[BaseException] = []
    monkeypatch.setattr("threading.excepthook", lambda args: errors.append(args.exc_value))
    warm_fonts.start().join(5)
    assert errors == []
    assert fontconfig.calls == []
