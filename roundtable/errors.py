"""Errors that carry a message meant for the user.

Anything raised as a `RoundtableError` is shown as it is (command line: on stderr with
exit status 1; later the UI: in a message box); anything else is a bug.
"""

from __future__ import annotations


class RoundtableError(Exception):
    """A refusal or failure the user can understand and act on."""


class InvalidValue(RoundtableError):
    """A value the store will not accept (a field out of range, a kind in the wrong phase)."""


class NotFound(RoundtableError):
    """A session, participant or item id that does not exist."""
