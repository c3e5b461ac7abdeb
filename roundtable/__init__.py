"""Roundtable: capture and minutes for roundtable dialogues."""

__version__ = "0.1.0"
