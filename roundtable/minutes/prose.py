"""Free text written by the facilitator, as the minutes show it: paragraphs, "- " lines as a
bulleted list, web addresses as links a reader can click, and a theme inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def mid_sentence(text: str, names: Iterable[str] = ()) -> str:
    """`text`, a theme written as a heading ("Ældreplejens arbejdskraft"), as it reads inside
    a sentence: "… om ældreplejens arbejdskraft".

    The first letter is made small only when the first word is a capital followed by small
    letters. An acronym ("AI i ældreplejen", "IT-sikkerhed", "A") or a word with a capital
    further in ("eHealth", "NemID") is left as written, and so is a word that `names` (the
    host, venues, organisations) write with a capital, its genitive too: "Københavns
    ældrepleje" with Københavns Kommune at the table, "Region Midtjyllands data" with Region
    Midtjylland. A proper noun that none of them names cannot be told from an ordinary word,
    in Danish least of all, and loses its capital.
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    letters = [c for c in first if c.isalpha()]
    if len(letters) < 2 or not first[0].isupper() or any(c.isupper() for c in letters[1:]):
        return text
    named = {w for name in names for w in re.findall(r"\w+", name) if w[:1].isupper()}
    bare = "".join(letters)
    if bare in named or (bare.endswith("s") and bare[:-1] in named):
        return text
    at = text.index(first)
    return text[:at] + first[0].lower() + text[at + 1 :]
