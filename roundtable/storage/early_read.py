"""The library's session list, read on a thread of its own while the window's code loads.

At a start the list is the one query the first paint waits for (20-40 ms with 1,000 sessions
in a 500 MB database), and Qt takes longer than that to load. SQLite lets other threads run
while it reads, so the list is read read-only beside Qt's loading, and painted before the
store is opened (app.py).

It is read as one JSON value: fetched row by row, the thread needed the interpreter back
between rows while loading Qt held it, so the read took as long as the loading, and each
hand-over slowed the loading too. It is used only if the schema is today's and nothing was
committed since it was read, the store's own opening included (`unchanged`): otherwise the
store reads it again.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from operator import itemgetter
from pathlib import Path

from roundtable.domain.summary import SessionSummary
from roundtable.storage import summary_rows
from roundtable.storage.schema import MIGRATION_SET, step_names


class EarlyRead:
    def __init__(self, database: Path) -> None:
        self._database = database
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._found: str | None = None  # the list as one JSON text
        self._thread = threading.Thread(target=self._read, name="roundtable-early", daemon=True)

    @classmethod
    def start(cls, database: Path) -> EarlyRead:
        early = cls(database)
        early._thread.start()
        return early

    def _read(self) -> None:
        if not self._database.is_file():
            return  # a first start, or a lost database: the store decides what to do
        try:
            conn = sqlite3.connect(
                f"{self._database.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:
            return
        self._conn = conn
        try:
            (self._version,) = conn.execute("PRAGMA data_version").fetchone()
            applied = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            ).fetchall()
            if {name for (name,) in applied} != set(step_names()):
                return  # the store migrates it, or refuses a newer one: it lists afterwards
            (self._found,) = conn.execute(summary_rows.SUMMARIES_AS_JSON).fetchone()
        except sqlite3.Error:
            self._found = None  # damaged, or an older schema: the store will say

    def take(self) -> list[SessionSummary] | None:
        """The sessions as read, if nothing has been committed since; else None. Once."""
        self._thread.join()
        found, self._found = self._found, None
        if found is None or not self.unchanged():
            return None
        try:
            listed = json.loads(found)
            listed.sort(key=itemgetter(0))
            return [summary_rows.summary_value(r[1:]) for r in listed]
        except (ValueError, TypeError):
            return None

    def unchanged(self) -> bool:
        """Whether nothing has been committed to the database since the list was read: the
        store opening after the list was shown (its migrations included) is asked too."""
        self._thread.join()
        if self._conn is None or self._version is None:
            return False
        try:
            return self._conn.execute("PRAGMA data_version").fetchone() == (self._version,)
        except sqlite3.Error:
            return False

    def discard(self) -> None:
        self._thread.join()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
