"""Which sessions a cross-session figure is about: a series, some ids, or the whole library."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, TypeVar

from roundtable.domain.model import ItemKind, SessionBundle, SessionStatus, SessionSummary
from roundtable.errors import InvalidValue, NotFound

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class UnknownSeries(InvalidValue):
    """No session belongs to the series asked for."""


def chosen(
    store: SessionStore, series: str | None = None, ids: Sequence[int] = ()
) -> list[SessionSummary]:
    """The sessions asked for, oldest first (the order a series was held in), without their
    contents. Raises UnknownSeries, or NotFound for an id no session has; an empty library
    gives []."""
    if series is not None:
        summaries = store.sessions_in_series(series)
        if not summaries:
            known = sorted({s.series for s in store.list_sessions() if s.series})
            hint = f" The series are: {', '.join(known)}." if known else " No session has one."
            raise UnknownSeries(f'There is no series called "{series}".{hint}')
    else:
        summaries = store.list_sessions()
        if ids:
            by_id = {s.id: s for s in summaries}
            for session_id in ids:
                if session_id not in by_id:
                    raise NotFound(f"There is no session with id {session_id}.")
            summaries = [by_id[i] for i in dict.fromkeys(ids)]
    return oldest_first(summaries)


def oldest_first(summaries: Sequence[SessionSummary]) -> list[SessionSummary]:
    """In the order the sessions were held; those with no date last."""
    return sorted(summaries, key=_held_at)


def select(
    store: SessionStore,
    series: str | None = None,
    ids: Sequence[int] = (),
    kinds: Collection[ItemKind] | None = None,
) -> list[SessionBundle]:
    """The sessions `chosen` gives, whole, with the items of `kinds` (None: all): one query
    per table for the whole selection."""
    return store.export_bundles([s.id for s in chosen(store, series, ids)], kinds)


def _held_at(summary: SessionSummary) -> tuple:
    starts = summary.starts_at
    return (starts is None, starts.isoformat() if starts else "", summary.id)


_Session = TypeVar("_Session", SessionSummary, SessionBundle)


def held(sessions: Sequence[_Session]) -> list[_Session]:
    """The sessions held (or running): a meeting only planned, the next in a series say, is
    no roundtable of the figures yet, as the report counts them. It made "in 3 of 4" of
    what came up at every meeting held, and its proposed participants "came back". All of
    them when none was held."""

    def status(session: SessionSummary | SessionBundle) -> SessionStatus:
        return session.session.status if isinstance(session, SessionBundle) else session.status

    done = [s for s in sessions if status(s) is not SessionStatus.PLANNED]
    return done or list(sessions)
