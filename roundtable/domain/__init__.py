"""The domain: plain dataclasses and the rules of the format. Standard library only.

Every name of `model` is offered here on first use (PEP 562): a start imports only the
library's row (`summary`) and the vocabularies before its first paint.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    model = importlib.import_module("roundtable.domain.model")
    if name not in model.__all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(model, name)
    globals()[name] = value
    return value
