"""The Word styles the minutes are written in: found in the document, or added when an
organisation's template lacks them.

Word saves only the styles a document uses, so a real template often has no "Quote" or
"List Bullet", and rarely a table style. A missing one is added with a plain definition
that follows the template's theme fonts, and keeps the built-in name so that Word treats
it as its own (headings still show in the navigation pane).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

# Tried in this order; the first that the document has is used for every table.
TABLE_STYLES = ("Light Grid Accent 1", "Grid Table 4 Accent 1", "Table Grid")
FALLBACK_TABLE_STYLE = "Table Grid"

_HEADING_FONT = (
    '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
)

# pPr and rPr of the styles added to a template that lacks them. Sizes are half-points,
# spacing and indents twentieths of a point.
_PARAGRAPH_FALLBACKS: dict[str, tuple[str, str]] = {
    "Title": ('<w:spacing w:after="120"/>', f'{_HEADING_FONT}<w:sz w:val="52"/>'),
    "Subtitle": ('<w:spacing w:after="240"/>', '<w:color w:val="595959"/><w:sz w:val="28"/>'),
    "Heading 1": (
        '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
        '<w:outlineLvl w:val="0"/>',
        f'{_HEADING_FONT}<w:b/><w:sz w:val="32"/>',
    ),
    "Heading 2": (
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
        '<w:outlineLvl w:val="1"/>',
        f'{_HEADING_FONT}<w:b/><w:sz w:val="26"/>',
    ),
    "Quote": (
        '<w:spacing w:before="120" w:after="120"/><w:ind w:left="567" w:right="567"/>',
        '<w:i/><w:color w:val="404040"/>',
    ),
    # The bullet itself comes from a numbering definition added with the style.
    "List Bullet": ("<w:contextualSpacing/>", ""),
}

_BULLET_DEFINITION = (
    '<w:abstractNum {ns} w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)

_GRID_BORDERS = "".join(
    f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
)


@dataclass(frozen=True)
class StyleSet:
    title: Any
    subtitle: Any
    heading1: Any
    heading2: Any
    bullet: Any
    quote: Any
    table: Any
    footer: Any | None


def style_set(document: Any) -> StyleSet:
    """The styles to write with, adding to `document` those it lacks."""
    styles = document.styles
    # By lower-cased name: Word writes built-in names in lower case ("heading 1").
    by_name = {(style.name or "").casefold(): style for style in styles}

    def paragraph_style(name: str) -> Any:
        found = by_name.get(name.casefold())
        if found is None:
            return _add_paragraph_style(document, name, name)
        if found.type == WD_STYLE_TYPE.PARAGRAPH:
            return found
        # The name is taken by a character or table style; ours gets a name of its own.
        return _add_paragraph_style(document, name, f"{name} (Roundtable)")

    table = next(
        (
            by_name[name.casefold()]
            for name in TABLE_STYLES
            if name.casefold() in by_name and by_name[name.casefold()].type == WD_STYLE_TYPE.TABLE
        ),
        None,
    )
    footer = by_name.get("footer")
    return StyleSet(
        title=paragraph_style("Title"),
        subtitle=paragraph_style("Subtitle"),
        heading1=paragraph_style("Heading 1"),
        heading2=paragraph_style("Heading 2"),
        bullet=paragraph_style("List Bullet"),
        quote=paragraph_style("Quote"),
        table=table if table is not None else _add_grid_table_style(document),
        footer=footer if footer is not None and footer.type == WD_STYLE_TYPE.PARAGRAPH else None,
    )


def _unique_style_id(document: Any, wanted: str) -> str:
    taken = {style.style_id for style in document.styles}
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}{n}"
    return candidate


def _add_style(
    document: Any, name: str, kind: WD_STYLE_TYPE, properties: str, builtin: bool = True
) -> Any:
    style_id = _unique_style_id(document, "".join(c for c in name if c.isalnum()))
    # Built-in where the name is Word's own, so that Word treats the style as its own.
    style = document.styles.add_style(name, kind, builtin=builtin)
    style.style_id = style_id
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if kind == WD_STYLE_TYPE.PARAGRAPH and default is not None:
        style.base_style = default
    if properties:
        for child in parse_xml(f"<w:style {nsdecls('w')}>{properties}</w:style>"):
            style.element.append(child)
    return style


def _add_paragraph_style(document: Any, kind: str, name: str) -> Any:
    """A paragraph style called `name` that looks like Word's `kind` ("Heading 1" …)."""
    paragraph, run = _PARAGRAPH_FALLBACKS[kind]
    if kind == "List Bullet":
        paragraph = (
            f'<w:numPr><w:numId w:val="{_add_bullet_numbering(document)}"/></w:numPr>{paragraph}'
        )
    properties = (f"<w:pPr>{paragraph}</w:pPr>" if paragraph else "") + (
        f"<w:rPr>{run}</w:rPr>" if run else ""
    )
    style = _add_style(document, name, WD_STYLE_TYPE.PARAGRAPH, properties, name == kind)
    style.quick_style = True
    return style


def _add_grid_table_style(document: Any) -> Any:
    # Cells without the body text's spacing after each paragraph, and a bold header row.
    properties = (
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:tblPr><w:tblBorders>{_GRID_BORDERS}</w:tblBorders></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    )
    return _add_style(document, FALLBACK_TABLE_STYLE, WD_STYLE_TYPE.TABLE, properties)


def _numbering(document: Any) -> Any:
    """The document's numbering definitions, created when it has none (python-docx cannot)."""
    part = document.part
    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        pass
    names = {str(p.partname) for p in part.package.iter_parts()}
    partname = next(
        f"/word/numbering{n or ''}.xml"
        for n in range(1000)
        if f"/word/numbering{n or ''}.xml" not in names
    )
    element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
    numbering = NumberingPart(PackURI(partname), CONTENT_TYPE.WML_NUMBERING, element, part.package)
    part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
    return element


def _add_bullet_numbering(document: Any) -> int:
    """A one-level bullet list definition; returns its numId."""
    numbering = _numbering(document)
    taken = [int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max(taken, default=-1) + 1
    definition = parse_xml(_BULLET_DEFINITION.format(ns=nsdecls("w"), id=abstract_id))
    # The schema wants every abstractNum before the first num.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(definition)
    else:
        first_num.addprevious(definition)
    return int(numbering.add_num(abstract_id).numId)
