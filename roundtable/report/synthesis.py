"""Writes the synthesis report: the content of roundtable.report.content with the minutes'
writer, styles and template handling, and under the Chatham House Rule the minutes' last
look at every part of the file before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from roundtable.atomicfile import atomic_path
from roundtable.domain.model import Language, SessionBundle
from roundtable.errors import RoundtableError


class NameLeftInReport(RoundtableError):
    """A participant's name or organisation was still in the report; nothing was written."""


def write_report(
    bundles: Sequence[SessionBundle],
    path: str | Path,
    *,
    series: str = "",
    synthesis: str = "",
    chatham_house: bool = False,
    language: Language | None = None,
    template: str | Path | None = None,
    today: date | None = None,
) -> None:
    """The report of `bundles` (oldest first) as a Word document at `path`. The rule applies
    when asked or when any session was held under it; no flag turns it off then."""
    from roundtable.audience.docx_scan import docx_leaks
    from roundtable.insights.summary import main_language
    from roundtable.minutes.document import write_document
    from roundtable.report.content import build_report
    from roundtable.report.selection_audience import selection_audience

    if not bundles:
        raise RoundtableError("There are no sessions to report on: the selection is empty.")
    rule = chatham_house or any(b.session.chatham_house for b in bundles)
    language = language or main_language(bundles)
    report = build_report(
        bundles,
        series=series,
        synthesis=synthesis,
        chatham_house=rule,
        language=language,
        today=today or date.today(),
    )
    template = None if template is None else Path(template)
    if not rule:
        write_document(report, Path(path), template)
        return
    seen = selection_audience(bundles, True, language)
    with atomic_path(path) as built:
        write_document(report, built, template, seen.names_hidden)
        leaks = docx_leaks(built, seen)
        if leaks:
            where = "; ".join(f"“{leak.term}” in {leak.part}" for leak in leaks[:5])
            raise NameLeftInReport(
                f"The report was not written to {path}: under the Chatham House Rule it would "
                f"still name a participant ({where}). Nothing was written: take the name out "
                "of the template or the synthesis text, or report it if the report itself "
                "holds it."
            )
