"""Free text written by the facilitator, as the minutes show it: paragraphs, "- " lines as a
bulleted list, and web addresses as links a reader can click."""

from __future__ import annotations

import re

from roundtable.minutes.blocks import Paragraph, Span, Style

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"^\s*[-–•*]\s+")
# A web address ends before white space or closing punctuation that ends the sentence.
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+?(?=[.,;:!?)\]»”]*(?:\s|$))")


def linked(text: str, *, bold: bool = False) -> tuple[Span, ...]:
    """`text` as spans, each web address in it a link."""
    spans: list[Span] = []
    at = 0
    for match in _ADDRESS.finditer(text):
        if match.start() > at:
            spans.append(Span(text[at : match.start()], bold=bold))
        address = match.group()
        target = address if "://" in address else f"https://{address}"
        spans.append(Span(address, bold=bold, link=target))
        at = match.end()
    if at < len(text):
        spans.append(Span(text[at:], bold=bold))
    return tuple(spans)


def prose(text: str) -> list[Paragraph]:
    """Paragraphs at blank lines; within one, lines starting with "- " become bullets and the
    other lines keep their line breaks."""
    blocks: list[Paragraph] = []
    for part in _PARAGRAPH_BREAK.split(text.strip()):
        running: list[str] = []
        for line in [*part.splitlines(), "- "]:  # a last bullet flushes the running lines
            line = line.strip()
            if not line:
                continue
            if not _BULLET.match(line + " "):
                running.append(line)
                continue
            if running:
                blocks.append(Paragraph(linked("\n".join(running))))
                running = []
            item = _BULLET.sub("", line + " ").strip()
            if item:
                blocks.append(Paragraph(linked(item), Style.BULLET))
    return blocks
