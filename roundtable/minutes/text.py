"""Text on its way into Word: what XML cannot hold is left out. (What the readers may see
under the Chatham House Rule is decided in roundtable.audience.)"""

from __future__ import annotations

import re

# XML 1.0 cannot hold C0 control characters other than tab, newline and carriage return,
# lone surrogates, or U+FFFE/U+FFFF; lxml refuses the whole document if one slips in.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_SPACED = re.compile(f" ?(?:{_NOT_XML.pattern})+ ?")
_LINE_ENDS = re.compile("\r\n?")


def word_safe(text: str) -> str:
    """`text` without the characters a Word document cannot hold; line ends as '\\n'.

    python-docx turns both '\\r' and '\\n' into a line break, so a Windows line end would
    otherwise become two.
    """
    return _NOT_XML_SPACED.sub(_one_space, _LINE_ENDS.sub("\n", text))


def _one_space(match: re.Match[str]) -> str:
    # "a \x07 b" reads "a b", not "a  b"; "a\x07b" reads "ab".
    return " " if " " in match.group() else ""
