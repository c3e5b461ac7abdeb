"""The last look at a Word document before it is written under the Chatham House Rule.

Every XML part of the package is read (the body, headers, footers, text boxes, comments,
foot- and endnotes, core and custom properties, relationships), each paragraph as one text
(Word splits a name across runs) and each other text and named attribute on its own. What the
rule would still hide there is a leak: the caller writes nothing and says which and where.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from lxml import etree

from roundtable.audience.redaction import Found

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH = f"{_W}p"
_RUN_TEXTS = {f"{_W}t", f"{_W}delText", f"{_W}instrText"}
# Attributes that carry words a person reads or a name: a picture's description, who made a
# comment or a change, a link's target.
_NAMED_ATTRIBUTES = frozenset({"descr", "title", "author", "initials", "Target", "name"})


class _Looks(Protocol):
    def leaks(self, text: str) -> list[Found]: ...


@dataclass(frozen=True)
class Leak:
    term: str
    part: str


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def part_texts(root: etree._Element) -> Iterator[str]:
    """The texts of one XML part as a reader would meet them."""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            continue
        if tag == _PARAGRAPH:
            yield "".join(t.text or "" for t in element.iter(*_RUN_TEXTS))
        elif tag not in _RUN_TEXTS and element.text and element.text.strip():
            yield element.text
        for key, value in element.attrib.items():
            if _local(key) in _NAMED_ATTRIBUTES:
                yield value


def docx_leaks(path: Path, audience: _Looks) -> list[Leak]:
    """Each participant term the rule would still hide, with the part it is in."""
    leaks: list[Leak] = []
    with zipfile.ZipFile(path) as package:
        for info in package.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
            root = etree.fromstring(package.read(info), parser)
            for text in part_texts(root):
                for found in audience.leaks(text):
                    leak = Leak(found.term, info.filename)
                    if leak not in leaks:
                        leaks.append(leak)
    return leaks
