"""The minutes' distribution list, as one text: recipients separated by semicolons or on
lines of their own. Not commas: a recipient is often "Ældreudvalget, Nordhavn Kommune"."""

from __future__ import annotations


def recipients(distribution: str) -> list[str]:
    """Each recipient, in order, without the empty ones."""
    parts = distribution.replace(";", "\n").splitlines()
    return [part.strip() for part in parts if part.strip()]


def recipients_line(distribution: str) -> str:
    """The recipients on one line, as the minutes and the set-up field show them."""
    return "; ".join(recipients(distribution))
