"""The document the minutes are written into: python-docx's plain one, or an organisation's
template with its body cleared and its styles, header, footer and page set-up kept."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from roundtable.errors import RoundtableError

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
# What the template's parts may inflate to, in all and relative to their packed size: a real
# letterhead is a few MB; a zip bomb packs gigabytes into a few.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PACKING_RATIO = 200
_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
# Parts that belong to the template's own body or its editing history, not to the look.
_DROPPED_RELATIONSHIPS = (
    "/comments",
    "/commentsExtended",
    "/commentsIds",
    "/commentsExtensible",
    "/people",
)


class TemplateError(RoundtableError):
    """A template that cannot be used; nothing was written."""


def open_document(template: Path | None, hide: Callable[[str], str] | None = None) -> Any:
    """A python-docx Document to write the minutes into; `hide` (under the Chatham House
    Rule) takes the participants' names out of what the template brings."""
    import docx

    if template is None:
        return docx.Document()
    template = Path(template)
    data = _template_bytes(template)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many kinds for a broken package
        raise _refuse(template, f"it is a damaged Word document ({exc})") from None
    _clear_body(document)
    if hide is not None:
        hide_names(document, hide)
    return document


def hide_names(document: Any, hide: Callable[[str], str]) -> None:
    """Names taken out of every part a template brings: headers, footers, their text boxes,
    notes, comments, custom properties ("DataBro A/S · Signe Løvgreen" in a letterhead)."""
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            _hide_in(element, hide)
        elif str(part.partname).endswith(".xml") and getattr(part, "_blob", None):
            root = etree.fromstring(part._blob, etree.XMLParser(resolve_entities=False))
            if _hide_in(root, hide):
                part._blob = etree.tostring(root, xml_declaration=True, standalone=True)


_W_T = qn("w:t")
_W_P = qn("w:p")
_RELATIONSHIP_IDS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _hide_in(root: Any, hide: Callable[[str], str]) -> bool:
    """Hide names in one XML tree; whether anything changed."""
    changed = False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == _W_P:
            changed |= _hide_in_paragraph(element, hide)
        elif element.tag != _W_T and element.text and element.text.strip():
            hidden = hide(element.text)
            if hidden != element.text:
                element.text, changed = hidden, True
        for key, value in element.attrib.items():
            hidden = hide(value)
            if hidden != value and not key.startswith(_RELATIONSHIP_IDS):
                element.set(key, hidden)
                changed = True
    return changed


def _hide_in_paragraph(paragraph: Any, hide: Callable[[str], str]) -> bool:
    """Each run's text on its own (keeping its formatting); a name split across runs is
    then hidden in the paragraph's first run, the others emptied."""
    texts = [t for t in paragraph.iter(_W_T) if _owner(t) is paragraph]
    whole = "".join(t.text or "" for t in texts)
    if hide(whole) == whole:
        return False
    for t in texts:
        if t.text:
            t.text = hide(t.text)
    whole = "".join(t.text or "" for t in texts)
    hidden = hide(whole)
    if hidden != whole:
        texts[0].text = hidden
        texts[0].set(qn("xml:space"), "preserve")
        for t in texts[1:]:
            t.text = ""
    return True


def _owner(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != _W_P:
        parent = parent.getparent()
    return parent


def _refuse(template: Path, why: str) -> TemplateError:
    return TemplateError(
        f"Cannot use {template} as a template: {why}. A template is a Word document "
        "(.docx) or Word template (.dotx); nothing was written."
    )


def _template_bytes(template: Path) -> bytes:
    """The template's bytes as a .docx package."""
    try:
        if template.is_dir():
            raise _refuse(template, "it is a folder")
        if template.exists() and not template.is_file():
            raise _refuse(template, "it is not a file (a device or a pipe, perhaps)")
        if template.stat().st_size > MAX_TEMPLATE_BYTES:
            raise _refuse(template, "it is larger than 50 MB")
        _refuse_a_bomb(template)
        data = template.read_bytes()
    except OSError as exc:
        raise _refuse(template, (exc.strerror or str(exc)).lower()) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml").decode("utf-8")
            package.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError, OSError):
        raise _refuse(template, "it is not a Word document") from None
    if _TEMPLATE in types:
        # A Word template (.dotx) differs from a document only in its declared type.
        data = _as_document(data, types.replace(_TEMPLATE, _DOCUMENT))
    elif _DOCUMENT not in types:
        raise _refuse(template, "it is not a Word document (a macro-enabled file, perhaps)")
    return data


def _refuse_a_bomb(template: Path) -> None:
    """Refuse, from the sizes the package declares and before anything is unpacked, a
    template whose parts would inflate past what any letterhead needs."""
    try:
        with zipfile.ZipFile(template) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise _refuse(template, "it is not a Word document") from None
    unpacked = sum(m.file_size for m in members)
    swollen = any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_PACKING_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if unpacked > MAX_UNPACKED_BYTES or swollen:
        raise _refuse(template, f"its parts would unpack to {unpacked / 2**20:,.0f} MB")


def _as_document(data: bytes, types: str) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            content = (
                types.encode("utf-8")
                if info.filename == "[Content_Types].xml"
                else source.read(info)
            )
            copy.writestr(info, content)
    return out.getvalue()


def _clear_body(document: Any) -> None:
    """Everything in the body goes except the final section properties, which hold the page
    size, margins and the references to the header and footer."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()
    relationships = document.part.rels
    for r_id, relationship in list(relationships.items()):
        if relationship.reltype.endswith(_DROPPED_RELATIONSHIPS):
            relationships.pop(r_id)
