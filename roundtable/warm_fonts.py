"""Loads the system's font configuration on a thread of its own while Qt loads.

The first widget that shows text makes Qt read fontconfig's configuration and caches, about
10 ms of file reading and XML parsing on the way to the first paint. fontconfig keeps one
configuration per process and Qt asks for it with FcInit(), which returns at once once it
is loaded; the call lets other threads run meanwhile. Where there is no fontconfig
(Windows, macOS) nothing happens.
"""

from __future__ import annotations

import os
import threading

FONTCONFIG = "libfontconfig.so.1"


def _load() -> None:
    # ctypes's own C module, not the ctypes package: importing the package runs about 4 ms
    # of Python on this thread, and the main thread, loading Qt meanwhile, waited for the
    # interpreter that long and more (about 15 ms of a start, bench_app.py). The call itself
    # releases the interpreter, as any ctypes call does.
    try:
        import _ctypes

        handle = _ctypes.dlopen(FONTCONFIG, os.RTLD_NOW)
        _ctypes.call_function(_ctypes.dlsym(handle, "FcInit"), ())
    except (ImportError, OSError, AttributeError):
        pass  # no fontconfig, or a Python without these: Qt loads it itself, as before


def start() -> threading.Thread:
    """Start loading; the thread is returned for tests, a start does not wait for it."""
    thread = threading.Thread(target=_load, name="roundtable-fonts", daemon=True)
    thread.start()
    return thread
