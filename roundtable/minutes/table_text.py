"""How wide a table's words run in the document at hand, so that no column is narrower than
its longest word.

Column widths are fixed in the file (Word and LibreOffice then lay out long tables fast and
alike), so they are decided here, without the fonts: from the size and family the document's
styles give the table's text and from per-letter widths. An organisation's template brings
its own size (12 pt instead of our 9 pt) and family; widths that assumed ours broke
"Stemmer" and "Lavthængende" in the middle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

# Thousandths of an em, Arial Bold's advance widths (those of Liberation Sans Bold, made to
# match them). Bold because header rows are; a letter not listed counts as a whole em.
_ADVANCES = {
    238: "'",
    278: ",./I\\ijlÌÍÎÏìíîï‘’|",
    333: "!()-:;[]`ft",
    389: "*r{}•",
    474: '"',
    500: "z“”",
    556: "#$0123456789J_aceksvxyàáâãäåçèéêëýÿ–€§",
    584: "+<=>^~",
    611: "?FLTZbdghnopqußðñòóôõöøùúûüþ",
    667: "EPSVXYÈÉÊËÝÞ",
    722: "&ABCDHKNRUÀÁÂÃÄÅÇÐÑÙÚÛÜ",
    778: "GOQwÒÓÔÕÖØ",
    833: "M",
    889: "%mæ",
    944: "W",
}
_ADVANCE = {letter: width for width, letters in _ADVANCES.items() for letter in letters}
_EM = 1000
# Measured against the table above on the words of sample sessions: these families run no
# wider (Calibri at most 0.98 of it, Times 1.03). Any other, or the one LibreOffice puts in
# place of a font it lacks (DejaVu, for Cambria without Caladea), runs up to 1.2 times as wide,
# and 1.3 in bold; taken so, since a column a little too wide costs a few millimetres and one
# too narrow a broken word.
_NARROW_FAMILIES = frozenset(
    {
        "arial",
        "arimo",
        "calibri",
        "carlito",
        "helvetica",
        "liberation sans",
        "liberation serif",
        "times new roman",
        "tinos",
    }
)
_WIDE, _WIDE_BOLD = 1.2, 1.3
_WORD_DEFAULT_MARGIN = 108  # twips, each side: Word's when no table style gives one
_AIR = 40  # twips: so that a word that just fits is not broken by rounding


@dataclass(frozen=True)
class Face:
    """A size in points, and how much wider than the table of advances the family runs."""

    size: float
    scale: float = 1.0

    def twips(self, word: str) -> int:
        return round(sum(_ADVANCE.get(c, _EM) for c in word) / _EM * self.size * self.scale * 20)

    def at_most(self, letters: int) -> float:
        """The most twips a word of so many letters can take (no letter is wider than an em)."""
        return letters * self.size * self.scale * 20


@dataclass(frozen=True)
class TableText:
    """The text of a table: the faces of its plain cells, its bold cells (a total row, row
    headers) and its header row, and the room the cell margins take (twips, both sides)."""

    body: Face = Face(9.0)
    bold: Face = Face(9.0)
    header: Face = Face(9.0)
    margins: int = 2 * 80 + _AIR

    def width(self, word: str, face: Face | None = None) -> int:
        """Twips `word` needs on one line in `face` (the body's), its cell's margins included."""
        return (face or self.body).twips(word) + self.margins

    def widest(self, words: set[str], face: Face) -> int:
        """`width` of the widest of `words`; only those long enough to be it are measured."""
        best = 0
        for word in sorted(words, key=len, reverse=True):
            if face.at_most(len(word)) <= best:
                break
            best = max(best, face.twips(word))
        return best + self.margins


HOUSE = TableText()  # the house look's table style: 9 pt Calibri, 80 twips a side


def table_text(document: Any, table_style: Any) -> TableText:
    """How `document` sets the text of tables in `table_style`.

    The layers, as Word applies them: the document's defaults, then the table style (its
    header row's own font and size for the header), then the default paragraph style, which
    overrides both where it says something (an organisation's Normal at 12 pt).
    """
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    table = _chain(table_style.element, by_id)
    normal = next(
        (
            _chain(s, by_id)
            for s in by_id.values()
            if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true")
        ),
        [],
    )
    first_row = [
        c for s in table for c in s.findall(qn("w:tblStylePr")) if c.get(qn("w:type")) == "firstRow"
    ]
    defaults = styles.findall(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    theme = _theme_fonts(document)

    def face(layers: tuple[list[Any], ...], bold: bool) -> Face:
        size = _run_property(layers, "w:sz", "w:val")
        fonts = _run_property(layers, "w:rFonts", "w:ascii", "w:asciiTheme")
        narrow = _family(fonts, theme).casefold() in _NARROW_FAMILIES
        points = _number(size, "w:val", 20) / 2  # half-points; Word's 10 pt when none
        return Face(points, 1.0 if narrow else _WIDE_BOLD if bold else _WIDE)

    body = (normal, table, defaults)
    return TableText(
        face(body, False),
        face(body, True),
        face((normal, first_row, table, defaults), True),
        _margins(table),
    )


def _chain(style: Any, by_id: dict[str, Any]) -> list[Any]:
    """`style` and the styles it is based on, nearest first."""
    chain: list[Any] = []
    while style is not None and style not in chain and len(chain) < 20:
        chain.append(style)
        based_on = style.find(qn("w:basedOn"))
        style = None if based_on is None else by_id.get(based_on.get(qn("w:val")))
    return chain


def _run_property(layers: tuple[list[Any], ...], tag: str, *attributes: str) -> Any:
    """The first layer's (and within it the nearest style's) run property `tag` that has one
    of `attributes` (an rFonts may name only the East Asian font)."""
    for layer in layers:
        for element in layer:
            found = element.find(f"{qn('w:rPr')}/{qn(tag)}")
            if found is not None and any(found.get(qn(a)) for a in attributes):
                return found
    return None


def _theme_fonts(document: Any) -> dict[str, str]:
    """The theme's heading and body fonts, by the names run properties refer to them with."""
    try:
        theme = parse_xml(document.part.part_related_by(RELATIONSHIP_TYPE.THEME).blob)
    except (KeyError, ValueError):
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    fonts = {}
    for kind, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        latin = theme.find(f".//{a}{kind}/{a}latin")
        if latin is not None:
            fonts[f"{prefix}HAnsi"] = fonts[f"{prefix}Ascii"] = latin.get("typeface", "")
    return fonts


def _family(fonts: Any, theme: dict[str, str]) -> str:
    if fonts is None:
        return "Times New Roman"  # Word's when nothing names one
    # A theme font, where one is named, wins over the font named beside it.
    return theme.get(fonts.get(qn("w:asciiTheme")), "") or str(fonts.get(qn("w:ascii")) or "")


def _margins(table: list[Any]) -> int:
    """The left and right cell margins of the nearest style in `table` that gives them."""
    total = _AIR
    for names in (("w:left", "w:start"), ("w:right", "w:end")):
        paths = [f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn(name)}" for name in names]
        found = [m for element in table for path in paths if (m := element.find(path)) is not None]
        # A margin in twips ("dxa", the default); one in per cent of the width is not one.
        twips = [m for m in found if m.get(qn("w:type"), "dxa") == "dxa"]
        total += _number(twips[0], "w:w", _WORD_DEFAULT_MARGIN) if twips else _WORD_DEFAULT_MARGIN
    return total


def _number(element: Any, attribute: str, default: int) -> int:
    """`element`'s whole-number `attribute`; `default` when it has none, or none that reads
    as one (a hand-edited template must not stop the minutes)."""
    try:
        return max(0, int(element.get(qn(attribute))))
    except (AttributeError, TypeError, ValueError):
        return default
