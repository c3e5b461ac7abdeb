"""How the minutes look without an organisation's template, and the Word settings every copy
gets.

python-docx's own template reads as Word 2010: Cambria headings in accent blue, a rule under
the title, "Light Grid Accent 1" tables. The house look is one sans-serif family throughout,
dark headings and tables with a few horizontal rules, which is what municipal readers get from
their own Word. An organisation's template keeps its look; only the settings are changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Twips

from roundtable.minutes.styles import StyleSet

FONT = "Calibri"  # Word's default before Aptos; Carlito stands in for it in LibreOffice
_INK = "262626"
_HEADING_INK = "1F3A5F"
_RULE = "8C8C8C"
_LIGHT_RULE = "D0D0D0"
_TABLE_STYLE = "Roundtable Table"
_BODY_SIZE = 20  # half-points
_TABLE_SIZE = 18
_COMPATIBILITY_MODE = "15"  # Word 2013 and later: no "[Compatibility Mode]" in the title bar
_WORD_URI = "http://schemas.microsoft.com/office/word"

# (style name, colour, size in half-points or None to keep)
_HEADINGS = (("Title", _INK, 48), ("Subtitle", "595959", 28), ("heading 1", _HEADING_INK, 30))
_SUBHEADINGS = (("heading 2", _HEADING_INK, 24),)


def house_look(document: Any, styles: StyleSet) -> StyleSet:
    """The default look on python-docx's template; returns the styles to write with."""
    section = document.sections[0]
    # US Letter there; the minutes are read in Denmark.
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # 210 × 297 mm
    # 2 cm at the sides, as the municipalities' own letters: more text per line.
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    _one_font(document)
    by_name = {(s.name or "").casefold(): s for s in document.styles}
    for name, colour, size in (*_HEADINGS, *_SUBHEADINGS):
        style = by_name.get(name.casefold())
        if style is None:
            continue
        r_pr = style.element.get_or_add_rPr()
        for child in r_pr.findall(qn("w:color")):
            r_pr.remove(child)
        r_pr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="{colour}"/>'))
        style.font.size = size * 6350  # half-points to EMU
        style.font.italic = False
        p_pr = style.element.get_or_add_pPr()
        for border in p_pr.findall(qn("w:pBdr")):  # the title's accent rule
            p_pr.remove(border)
    heading1 = styles.heading1.paragraph_format
    heading1.space_before, heading1.space_after = Twips(360), Twips(120)
    heading2 = styles.heading2.paragraph_format
    heading2.space_before, heading2.space_after = Twips(240), Twips(60)
    # Its Quote is plain italics; indented, a quote reads as one.
    quote = styles.quote.paragraph_format
    quote.left_indent = quote.right_indent = Cm(0.75)
    quote.space_before, quote.space_after = Twips(60), Twips(60)
    _body_spacing(document)
    return replace(styles, table=_quiet_table_style(document))


def _body_spacing(document: Any) -> None:
    """10 pt text with 6 pt after a paragraph and lines at 1.08, instead of Word 2010's 11 pt,
    10 pt and 1.15: a long session's minutes take a third fewer pages, as municipal minutes
    are set."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    size = None if defaults is None else defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if size is not None:
        # python-docx's template has both; changed in place, they keep the schema's order.
        for found in (*size.findall(qn("w:sz")), *size.findall(qn("w:szCs"))):
            found.set(qn("w:val"), str(_BODY_SIZE))
    spacing = None if defaults is None else defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if spacing is not None:
        for old in spacing.findall(qn("w:spacing")):
            spacing.remove(old)
        spacing.append(
            parse_xml(f'<w:spacing {nsdecls("w")} w:after="120" w:line="259" w:lineRule="auto"/>')
        )


def _one_font(document: Any) -> None:
    """One family for body and headings: the theme's heading and body fonts both."""
    try:
        theme = document.part.part_related_by(RELATIONSHIP_TYPE.THEME)
    except KeyError:
        return
    element = parse_xml(theme.blob)
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    for kind in ("majorFont", "minorFont"):
        for latin in element.iter(f"{{{a}}}{kind}"):
            font = latin.find(f"{{{a}}}latin")
            if font is not None:
                font.set("typeface", FONT)
    from lxml import etree

    theme._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _quiet_table_style(document: Any) -> Any:
    """Rules above and below and between rows, none between columns; a bold header."""
    edge = f'w:val="single" w:sz="8" w:space="0" w:color="{_RULE}"'
    inner = f'w:val="single" w:sz="4" w:space="0" w:color="{_LIGHT_RULE}"'
    properties = (
        '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr><w:sz w:val="{_TABLE_SIZE}"/></w:rPr>'
        f"<w:tblPr><w:tblBorders><w:top {edge}/><w:bottom {edge}/><w:insideH {inner}/>"
        "</w:tblBorders><w:tblCellMar>"
        '<w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>'
        f"<w:tcPr><w:tcBorders><w:bottom {edge}/></w:tcBorders>"
        '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>'
    )
    style = document.styles.add_style(_TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.style_id = "RoundtableTable"
    for child in parse_xml(f"<w:style {nsdecls('w')}>{properties}</w:style>"):
        style.element.append(child)
    return style


def word_settings(document: Any) -> None:
    """Settings every copy gets, with or without a template: the current compatibility
    mode, and spelling not marked as checked (captured text gets Word's marks like any)."""
    settings = document.settings.element
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        # The schema's order puts compat after most settings; before rsids is safe.
        anchor = settings.find(qn("w:rsids"))
        if anchor is not None:
            anchor.addprevious(compat)
        else:
            settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), _COMPATIBILITY_MODE)
            return
    compat.append(
        parse_xml(
            f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" w:uri="{_WORD_URI}" '
            f'w:val="{_COMPATIBILITY_MODE}"/>'
        )
    )
