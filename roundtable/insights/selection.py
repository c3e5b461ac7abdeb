"""Which sessions a cross-session figure is about: a series, some ids, or the whole library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from roundtable.domain.model import SessionBundle
from roundtable.errors import InvalidValue

if TYPE_CHECKING:
    from roundtable.storage import SessionStore


class UnknownSeries(InvalidValue):
    """No session belongs to the series asked for."""


def select(
    store: SessionStore, series: str | None = None, ids: Sequence[int] = ()
) -> list[SessionBundle]:
    """The sessions asked for, oldest first (the order a series was held in). Raises
    UnknownSeries, or NotFound for an id no session has; an empty library gives []."""
    if series is not None:
        summaries = store.sessions_in_series(series)
        if not summaries:
            known = sorted({s.series for s in store.list_sessions() if s.series})
            hint = f" The series are: {', '.join(known)}." if known else " No session has one."
            raise UnknownSeries(f'There is no series called "{series}".{hint}')
        wanted = [s.id for s in summaries]
    elif ids:
        wanted = list(dict.fromkeys(ids))
    else:
        wanted = [s.id for s in store.list_sessions()]
    bundles = [store.export_bundle(session_id) for session_id in wanted]
    return sorted(bundles, key=_held_at)


def _held_at(bundle: SessionBundle) -> tuple:
    starts = bundle.session.starts_at
    return (starts is None, starts.isoformat() if starts else "", bundle.session.id)
