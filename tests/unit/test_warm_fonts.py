"""The font configuration is loaded ahead on a thread, and a machine without fontconfig
starts as before."""

from __future__ import annotations

import ctypes

import pytest

from roundtable import warm_fonts


class FakeFontconfig:
    def __init__(self) -> None:
        self.loaded = 0

    def FcInit(self) -> int:
        self.loaded += 1
        return 1


def test_the_font_configuration_is_loaded_once_on_its_thread(monkeypatch) -> None:
    fake = FakeFontconfig()
    named: list[str] = []
    monkeypatch.setattr(ctypes, "CDLL", lambda name: named.append(name) or fake)
    warm_fonts.start().join(5)
    assert fake.loaded == 1
    assert named == ["libfontconfig.so.1"]


@pytest.mark.parametrize("missing", [OSError("no such library"), AttributeError("FcInit")])
def test_a_machine_without_fontconfig_starts_without_it(monkeypatch, missing) -> None:
    def refuse(_name: str) -> None:
        raise missing

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    errors: list[BaseException] = []
    monkeypatch.setattr("threading.excepthook", lambda args: errors.append(args.exc_value))
    warm_fonts.start().join(5)
    assert errors == []
