"""Writes `Minutes` as a Word document with python-docx.

Tables are filled through `row.cells` (one row at a time; `table.cell(r, c)` walks the whole
table on every call). Styles are looked up once, not per paragraph, and every block is put
in place directly (see `_Writer`): the time grows in step with the minutes' length.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from roundtable.atomicfile import atomic_path
from roundtable.minutes import body_xml as xml
from roundtable.minutes.blocks import Heading, Minutes, Paragraph, Properties, Style, Table
from roundtable.minutes.look import house_look, word_settings
from roundtable.minutes.styles import StyleSet, style_set
from roundtable.minutes.table_text import table_text
from roundtable.minutes.template import open_document

_APP_PROPERTIES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Roundtable</Application><DocSecurity>0</DocSecurity></Properties>"
)
_FIELD = (
    '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r {ns}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
    '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>'
    "<w:r {ns}><w:t>1</w:t></w:r>"
    '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'
)
_PROPERTY_MAX = 255
_EMU_PER_TWIP = 635
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def write_document(
    minutes: Minutes,
    target: Path,
    template: Path | None = None,
    hide: Callable[[str], str] | None = None,
) -> None:
    """Write `minutes` to `target` atomically; an existing file is replaced only on success.
    `hide` takes the participants' names out of what a template brings."""
    document = open_document(template, hide)
    styles = style_set(document)
    if template is None:
        styles = house_look(document, styles)
    word_settings(document)
    _Writer(document, styles).write(minutes)
    _add_page_numbers(document, minutes, styles)
    _set_properties(document, minutes.properties)
    with atomic_path(target) as tmp:
        document.save(str(tmp))


# The paragraph Word wants after a final table, one point high: a full-height empty line
# there gave a page of its own when the table ended at the foot of a page.
_LAST_PARAGRAPH = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
)


class _Writer:
    """Writes the blocks as WordprocessingML text (see `body_xml`), each parsed block put
    before the body's final section properties."""

    def __init__(self, document: Any, styles: StyleSet) -> None:
        self.document = document
        self.end = document.element.body.get_or_add_sectPr()
        self.headings = tuple(s.style_id for s in (styles.title, styles.heading1, styles.heading2))
        self.paragraph_styles = {
            Style.BODY: None,  # the document's default paragraph style
            Style.SUBTITLE: styles.subtitle.style_id,
            Style.BULLET: styles.bullet.style_id,
            Style.QUOTE: styles.quote.style_id,
        }
        self.table_style = styles.table.style_id
        self.table_text = table_text(document, styles.table)
        section = document.sections[-1]
        page = (section.page_width, section.left_margin, section.right_margin)
        # A template may leave the page size to Word's defaults; then assume A4's text width.
        width = Cm(16) if None in page else page[0] - page[1] - page[2]
        self.text_width = int(width / _EMU_PER_TWIP)
        self.links: dict[str, str] = {}

    def write(self, minutes: Minutes) -> None:
        for fragment in self.fragments(minutes):
            self.end.addprevious(xml.parsed(fragment))

    def fragments(self, minutes: Minutes) -> Iterator[str]:
        after_table = False
        for block in minutes.blocks:
            # Two tables in a row would merge into one, and body text would touch the table
            # above: an empty paragraph between. A heading brings its own space.
            if after_table and not isinstance(block, Heading):
                yield xml.paragraph_xml("")
            if isinstance(block, Heading):
                yield xml.paragraph_xml(xml.run_xml(block.text), self.headings[block.level])
            elif isinstance(block, Paragraph):
                style = self.paragraph_styles[block.style]
                yield xml.block_paragraph_xml(block, style, self.link_id)
            else:
                yield xml.table_xml(block, self.table_style, self.text_width, self.table_text)
            after_table = isinstance(block, Table)
        if after_table:  # Word wants the body to end with a paragraph
            yield _LAST_PARAGRAPH

    def link_id(self, address: str) -> str:
        r_id = self.links.get(address)
        if r_id is None:
            r_id = self.document.part.relate_to(address, RT.HYPERLINK, is_external=True)
            self.links[address] = r_id
        return r_id


def _has_page_field(footer: Any) -> bool:
    instructions = footer._element.xpath(".//w:instrText/text() | .//w:fldSimple/@w:instr")
    return any("PAGE" in str(code).split() for code in instructions)


def _add_page_numbers(document: Any, minutes: Minutes, styles: StyleSet) -> None:
    """'Side X af Y' in the footer, unless the template's footer already numbers its pages."""
    footer = document.sections[-1].footer
    if _has_page_field(footer):
        return
    paragraphs = footer.paragraphs
    last = paragraphs[-1] if paragraphs else None
    reuse = last is not None and not last.text.strip() and not last._p.xpath(".//w:drawing")
    paragraph = last if reuse else footer.add_paragraph()
    if styles.footer is not None:
        paragraph.style = styles.footer
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(minutes.page_before)
    for child in parse_xml(
        f"<w:p {nsdecls('w')}>{_FIELD.format(ns=nsdecls('w'), code='PAGE')}</w:p>"
    ):
        paragraph._p.append(child)
    paragraph.add_run(minutes.page_middle)
    for child in parse_xml(
        f"<w:p {nsdecls('w')}>{_FIELD.format(ns=nsdecls('w'), code='NUMPAGES')}</w:p>"
    ):
        paragraph._p.append(child)


def _fits(text: str) -> str:
    # python-docx refuses a property longer than 255 characters; a title may hold 300.
    return text if len(text) <= _PROPERTY_MAX else text[: _PROPERTY_MAX - 1] + "…"


def _set_properties(document: Any, properties: Properties) -> None:
    """Our properties and nothing else: python-docx's template says it was 'generated by
    python-docx' by 'python-docx', and an organisation's template carries its own author."""
    core = document.core_properties
    for child in list(core._element):
        core._element.remove(child)
    core.title = _fits(properties.title)
    core.subject = _fits(properties.subject)
    core.author = _fits(properties.author)
    core.language = properties.language_tag
    # python-docx writes the time as UTC whatever its offset says.
    created = properties.created.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    core.created = created
    core.modified = created
    core.revision = 1
    package = document.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            # Application, word counts and template name of whoever made the template.
            part._blob = _APP_PROPERTIES
    for r_id, relationship in list(package.rels.items()):
        if relationship.reltype == _THUMBNAIL:
            # A picture of python-docx's (or the template's) first page, not of ours.
            package.rels.pop(r_id)
    _set_proofing_language(document, properties.language_tag)


def _set_proofing_language(document: Any, tag: str) -> None:
    """Spelling and hyphenation in the minutes' language, whatever the template's was."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, run_defaults)
    r_pr = run_defaults.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        run_defaults.append(r_pr)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        r_pr.append(lang)
    lang.set(qn("w:val"), tag)
