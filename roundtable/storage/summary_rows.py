"""The library's rows: the query that lists the sessions with their counts, and its rows as
`SessionSummary`. Apart from rows.py so that a start can read and paint the library without
loading the rest of the domain (storage.early_read)."""

from __future__ import annotations

from datetime import datetime

from roundtable.domain.summary import SessionSummary
from roundtable.domain.vocabulary import Language, SessionStatus


def dt_value(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


SUMMARY_COLUMNS = """
s.id, s.title, s.theme, s.host, s.starts_at, s.status, s.language,
(SELECT count(*) FROM items i WHERE i.session_id = s.id),
(SELECT count(*) FROM participants p WHERE p.session_id = s.id),
s.updated_at, s.uid, s.revised_at, s.series
"""

SUMMARY_SELECT = f"SELECT {SUMMARY_COLUMNS} FROM sessions s"

NEWEST_FIRST = "ORDER BY coalesce(s.starts_at_utc, s.created_at) DESC, s.id DESC"

# Every summary in one JSON value, each led by its place newest first: SQLite builds it in one
# step, so a reading thread never waits for Python between rows (see storage.early_read).
SUMMARIES_AS_JSON = f"""
SELECT json_group_array(json_array(s.newest, {SUMMARY_COLUMNS}))
FROM (SELECT *, row_number() OVER ({NEWEST_FIRST}) AS newest FROM sessions s) s
"""


_STATUSES = {status.value: status for status in SessionStatus}
_LANGUAGES = {language.value: language for language in Language}


def summary_value(row: tuple) -> SessionSummary:
    (id_, title, theme, host, starts_at, status, language, items, people, updated, uid,
     revised_at, series) = row  # fmt: skip
    return SessionSummary(
        id=id_,
        title=title,
        theme=theme,
        host=host,
        starts_at=dt_value(starts_at),
        # A dictionary, not the enum's call: a start converts a thousand of these.
        status=_STATUSES.get(status) or SessionStatus(status),
        language=_LANGUAGES.get(language) or Language(language),
        item_count=items,
        participant_count=people,
        updated_at=dt_value(updated),
        uid=uid or "",
        revised_at=dt_value(revised_at),
        series=series,
    )
