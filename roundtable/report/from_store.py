"""The report and the workbook of a selection of stored sessions: the one sequence the command
line and the overview share (the target checked against the live database, the series'
synthesis text read, the language chosen, the rule applied when any session was held under
it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.domain.model import Language, SessionBundle
from roundtable.errors import RoundtableError

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

DATA_SUFFIXES = (".xlsx", ".csv")
# What no file system takes in a name, or Windows refuses.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def under_rule(bundles: Sequence[SessionBundle]) -> bool:
    """Whether the report of `bundles` falls under the Chatham House Rule: it does when any
    session was held under it. (In the workbook each session's rows follow its own.)"""
    return any(b.session.chatham_house for b in bundles)


def series_of(bundles: Sequence[SessionBundle]) -> str:
    """The series the sessions all belong to, if they share one ('' otherwise)."""
    return shared_series(b.session.series for b in bundles)


def suggested_file_name(
    bundles: Sequence[SessionBundle], series: str | None, suffix: str, fallback: str
) -> str:
    """The name to suggest for the report or the workbook of `bundles`: their series' name
    fit for any file system ("DI Digital: velfærd" is "DI Digital velfærd"), or `fallback`
    without one, or when under the Chatham House Rule it names a participant or their
    organisation: the name is read in folder listings and mail by people who never open it."""
    from roundtable.report.selection_audience import selection_audience

    given = series or series_of(bundles)
    name = " ".join(_UNSAFE.sub(" ", given).split())
    if name and under_rule(bundles):
        seen = selection_audience(bundles, True, bundles[0].session.language)
        # As given too: "ElMaskiner A/S" is no longer found once it reads "ElMaskiner A S".
        name = "" if seen.leaks(given) or seen.leaks(name) else name
    return (name or fallback) + suffix


def shared_series(names: Iterable[str]) -> str:
    """The one series name all of `names` are, or '' when they differ."""
    distinct = set(names)
    return distinct.pop() if len(distinct) == 1 else ""


def write_selection_report(
    store: SessionStore,
    bundles: Sequence[SessionBundle],
    target: str | Path,
    *,
    series: str | None = None,
    chatham_house: bool = False,
    language: Language | None = None,
    template: str | Path | None = None,
) -> Path:
    """The synthesis report of `bundles` at `target`, with the stored synthesis text of
    `series` (by default the series the sessions share); return where."""
    from roundtable.report.synthesis import write_report

    target = Path(target)
    store.refuse_own_file(target)
    series = series or series_of(bundles)
    write_report(
        bundles,
        target,
        series=series,
        synthesis=store.series_text(series) if series else "",
        chatham_house=chatham_house,
        language=language,
        template=template,
    )
    return target


def write_selection_data(
    store: SessionStore,
    bundles: Sequence[SessionBundle],
    target: str | Path,
    language: Language | None = None,
) -> Path:
    """The workbook (.xlsx) or the items as CSV (.csv) of `bundles` at `target`."""
    from roundtable.insights.summary import main_language
    from roundtable.report.workbook import write_items_csv, write_workbook

    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in DATA_SUFFIXES:
        raise RoundtableError(
            f"{target.name}: the file's name must end in .xlsx (the workbook) or .csv (the items)."
        )
    if not bundles:
        raise RoundtableError("There are no sessions to export: the selection is empty.")
    store.refuse_own_file(target)
    write = write_workbook if suffix == ".xlsx" else write_items_csv
    write(bundles, target, language or main_language(bundles))
    return target
