"""Loads the system's font configuration on a thread of its own while Qt loads.

The first widget that shows text makes Qt read fontconfig's configuration and caches, about
10 ms of file reading and XML parsing on the way to the first paint. fontconfig keeps one
configuration per process and Qt asks for it with FcInit(), which returns at once once it
is loaded; ctypes lets other threads run during the call. Where there is no fontconfig
(Windows, macOS) nothing happens.
"""

from __future__ import annotations

import contextlib
import threading


def _load() -> None:
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libfontconfig.so.1").FcInit()


def start() -> threading.Thread:
    """Start loading; the thread is returned for tests, a start does not wait for it."""
    thread = threading.Thread(target=_load, name="roundtable-fonts", daemon=True)
    thread.start()
    return thread
