"""The report's chart: barriers by category per meeting, as bars in a Word table, readable
in any Word, on paper and by a screen reader (the count stands beside each bar)."""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.domain.model import ItemKind, SessionBundle
from roundtable.insights.across import CategoryRow, recurring_categories_of
from roundtable.minutes.blocks import BAR, Block, Paragraph, Span, Table

TITLED_COLUMNS = 4  # meetings named in the chart's header; more are numbered


def recurring_barriers(bundles: Sequence[SessionBundle]) -> list[CategoryRow]:
    """Categories by how their barriers recur: a category only opportunities share
    ("Teknologi") recurs as no barrier."""
    return recurring_categories_of(
        (b.session.id, i.kind, i.category, [i])
        for b in bundles
        for i in b.items
        if i.kind is ItemKind.BARRIER
    )


def chart_blocks(
    rows: Sequence[CategoryRow], session_ids: Sequence[int], titles: list[str], names: list[str]
) -> list[Block]:
    """The chart of `rows` (named `names`) over the meetings `session_ids` (titled `titles`).

    Categories down and meetings across; with more than a few meetings the other way round
    when the categories are few, else the meetings' columns are numbered and their titles
    listed above: ten titles (or eight categories) across leave too narrow columns."""
    bars = [[_bar(row, session_id) for session_id in session_ids] for row in rows]
    blocks: list[Block] = []
    if len(titles) > TITLED_COLUMNS >= len(rows):
        down, across = titles, names
        bars = [list(column) for column in zip(*bars, strict=True)]
    else:
        down, across = names, titles
        if len(titles) > TITLED_COLUMNS:
            key = "\n".join(f"{n}\t{title}" for n, title in enumerate(titles, start=1))
            blocks.append(Paragraph((Span(key),), keep_with_next=True))
            across = [str(n) for n in range(1, len(titles) + 1)]
    table = tuple((name, *cells) for name, cells in zip(down, bars, strict=True))
    return [*blocks, Table(("", *across), table, row_headers=True, bars=True)]


def _bar(row: CategoryRow, session_id: int) -> str:
    n = sum(1 for i in row.by_session.get(session_id, []) if i.kind is ItemKind.BARRIER)
    return f"{BAR * n} {n}" if n else "–"
