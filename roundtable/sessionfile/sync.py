"""Keeping a shared folder in step with the store: sessions travel as session files through a
folder that a sync service (OneDrive/SharePoint, Dropbox, Nextcloud, Syncthing) copies between
laptops. No server of our own, and SQLite stays local.

One pass: every file in the folder that changed since it was last read is imported by the
rules of uid and lineage; then every session whose revision is newer than its file is written
there. What each file held is kept by its size and modification time (the `shared_files`
table), so a folder where nothing changed is recognised without parsing a single file.

A file a sync client is still writing is skipped quietly and tried again next time; one that
stays invalid is reported once, by name. A file made read-only is not written over: it is
reported the same way, and written once it is writable again. Deleting a file deletes
nothing: deletions do not travel.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from roundtable.atomicfile import ReadOnlyFile, is_read_only, write_atomic
from roundtable.audience.file_name import file_name
from roundtable.domain.lineage import Outcome
from roundtable.domain.validation import is_uid
from roundtable.errors import RoundtableError
from roundtable.sessionfile.format import MAX_FILE_BYTES, SessionFileError
from roundtable.sessionfile.reader import parse_session_bytes
from roundtable.sessionfile.writer import dumps

if TYPE_CHECKING:
    from roundtable.storage import SessionStore

SUFFIX = ".roundtable.json"
WRITTEN = "written"


@dataclass(frozen=True)
class Moved:
    """One session that moved: imported from `file` (new, updated, copy) or written to it."""

    session_id: int
    title: str
    outcome: str  # "new", "updated", "copy", or "written"
    file: str


@dataclass
class SyncReport:
    moved: list[Moved] = field(default_factory=list)
    # Files that stay invalid or read-only, reported this time (each only once while it does
    # not change).
    invalid: list[str] = field(default_factory=list)
    # Files skipped quietly: still being written, tried again next time.
    pending: list[str] = field(default_factory=list)

    @property
    def imported(self) -> list[Moved]:
        return [m for m in self.moved if m.outcome != WRITTEN]

    @property
    def written(self) -> list[Moved]:
        return [m for m in self.moved if m.outcome == WRITTEN]


@dataclass
class _Known:
    signature: tuple[int, int, int]
    uid: str | None
    revision: str | None
    problem: str | None
    reported: bool


def session_file_name(title: str, uid: str) -> str:
    """The name a session's file has in the folder: readable, and unique by its uid."""
    return file_name(title, f" {uid}{SUFFIX}")


def _ours(name: str) -> bool:
    """Whether a file has the name `session_file_name` gives: ends with its session's uid."""
    stem = name.removesuffix(SUFFIX)
    return stem[-37:-36] == " " and is_uid(stem[-36:])


def _utf8(name: str) -> bool:
    """Whether a file name is text (a name in another encoding comes as lone surrogates,
    which the database cannot store)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _listing(folder: Path) -> dict[str, os.stat_result]:
    found = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            # Hidden names are temporary files: ours (atomicfile) and sync clients'.
            if entry.name.endswith(SUFFIX) and not entry.name.startswith((".", "~")):
                try:
                    if entry.is_file():
                        found[entry.name] = entry.stat()
                except OSError:
                    continue  # gone meanwhile
    return found


# A file changed again within the clock's resolution after it was read could keep its size
# and time (git's "racy" files): one that recent is recorded as unknown and read again.
_RACY_NS = 2_000_000_000
_UNKNOWN = (-1, -1, -1)


def _signature(st: os.stat_result) -> tuple[int, int, int]:
    # The inode changes with every atomic replace, ours and the sync clients'.
    return st.st_size, st.st_mtime_ns, st.st_ino


def _settled(st: os.stat_result) -> tuple[int, int, int]:
    if time.time_ns() - st.st_mtime_ns < _RACY_NS:
        return _UNKNOWN
    return _signature(st)


class _Index:
    """What each file in one folder held when last read or written (in the store's database)."""

    def __init__(self, store: SessionStore, folder: Path) -> None:
        self.store, self.key = store, str(folder)
        rows = store.conn.execute(
            "SELECT name, size, mtime_ns, inode, uid, revision, problem, reported "
            "FROM shared_files WHERE folder = ?",
            [self.key],
        ).fetchall()
        self.known = {r[0]: _Known((r[1], r[2], r[3]), r[4], r[5], r[6], bool(r[7])) for r in rows}

    def put(self, name: str, st: os.stat_result, known: _Known) -> None:
        known.signature = _settled(st)
        self.known[name] = known
        self.store.conn.execute(
            "INSERT OR REPLACE INTO shared_files "
            "(folder, name, size, mtime_ns, inode, uid, revision, problem, reported) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [self.key, name, *known.signature, known.uid, known.revision, known.problem,
             int(known.reported)],
        )  # fmt: skip

    def forget(self, names: list[str]) -> None:
        for name in names:
            self.known.pop(name, None)
            self.store.conn.execute(
                "DELETE FROM shared_files WHERE folder = ? AND name = ?", [self.key, name]
            )


def sync_folder(store: SessionStore, folder: str | os.PathLike[str]) -> SyncReport:
    """Bring `folder` and the store in step (see the module's description)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RoundtableError(f"The shared folder {folder} does not exist or is not a folder.")
    folder = folder.resolve()
    report = SyncReport()
    try:
        listing = _listing(folder)
    except OSError as exc:
        raise RoundtableError(f"Cannot read the shared folder {folder}: {exc.strerror}.") from exc
    index = _Index(store, folder)
    gone = [name for name in index.known if name not in listing]
    if gone:
        with store.transaction():
            index.forget(gone)  # deleting a file deletes nothing else
    # One transaction per file: a long import never holds up the app's capture. Files named
    # as this module names them come first, a sync client's conflict files ("… -LAPTOPQ")
    # after: then every laptop keeps the same file as the session and copies the other,
    # and the copies, named after what they copy, are one copy between them.
    for name, st in sorted(listing.items(), key=lambda entry: (not _ours(entry[0]), entry[0])):
        if not _utf8(name):
            shown = os.fsencode(name).decode("utf-8", "replace")
            report.invalid.append(f"{shown}: its name is not UTF-8 text; rename it to sync it")
            continue
        _read_in(store, folder, name, st, index, report)
    _write_out(store, folder, listing, index, report)
    return report


def _read_in(
    store: SessionStore,
    folder: Path,
    name: str,
    st: os.stat_result,
    index: _Index,
    report: SyncReport,
) -> None:
    known = index.known.get(name)
    if known is not None and known.signature == _signature(st):
        if known.problem and not known.reported:
            # The same invalid content a whole pass later: not a sync client mid-write.
            report.invalid.append(f"{name}: {known.problem}")
            known.reported = True
            with store.transaction():
                index.put(name, st, known)
        return
    path = folder / name
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        after = os.stat(path)
    except OSError:
        report.pending.append(name)  # gone or locked meanwhile: next time
        return
    if _signature(after) != _signature(st):
        report.pending.append(name)  # still being written
        return
    try:
        result = parse_session_bytes(data, name)
    except SessionFileError as exc:
        problem = "; ".join(str(p) for p in exc.problems[:3])
        unfinished = _looks_unfinished(data)
        said = known is not None and known.reported and known.problem == problem
        if unfinished and not said:
            report.pending.append(name)  # quiet now; reported if it stays so
        elif not said:
            report.invalid.append(f"{name}: {problem}")
        reported = said or not unfinished
        with store.transaction():
            index.put(name, after, _Known(_UNKNOWN, None, None, problem, reported))
        return
    theirs = result.bundle.session
    try:
        with store.transaction():
            imported = store.import_session(result.bundle)
            # A file without a uid got one on import: it is that session's file from now on.
            uid = theirs.uid or imported.session.uid
            index.put(name, after, _Known(_UNKNOWN, uid, theirs.revision, None, False))
            if not theirs.uid:
                # Written back with its uid (replacing this file), so that every laptop
                # takes it in as the same session.
                store.conn.execute(
                    "UPDATE sessions SET changed = 1 WHERE id = ?", [imported.session.id]
                )
    except RoundtableError as exc:
        if known is None or not known.reported or known.problem != str(exc):
            report.invalid.append(f"{name}: {exc}")
        with store.transaction():
            index.put(name, after, _Known(_UNKNOWN, None, None, str(exc), True))
        return
    if imported.outcome is not Outcome.UNCHANGED:
        session = imported.session
        report.moved.append(Moved(session.id, session.title, str(imported.outcome), name))


def _looks_unfinished(data: bytes) -> bool:
    """Whether the bytes are not (yet) one JSON document: what a half-copied file looks like."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return True
    return False


def _write_out(
    store: SessionStore,
    folder: Path,
    listing: dict[str, os.stat_result],
    index: _Index,
    report: SyncReport,
) -> None:
    on_disk: dict[str, list[tuple[str, str | None]]] = {}
    for name, known in index.known.items():
        if known.uid and not known.problem:
            on_disk.setdefault(known.uid, []).append((name, known.revision))
    busy = set(report.pending)
    candidates = store.conn.execute(
        "SELECT id, uid, revision, revisions, changed FROM sessions"
    ).fetchall()
    for session_id, uid, revision, revisions_text, changed in candidates:
        files = on_disk.get(uid, [])
        if not changed and any(rev == revision for _name, rev in files):
            continue  # the folder has this revision: the common case, decided without parsing
        lineage = json.loads(revisions_text)
        if any(rev not in lineage for _name, rev in files):
            continue  # the folder holds something this store has not taken in yet
        bundle = store.export_bundle(session_id, revised=True)
        name = session_file_name(bundle.session.title, uid)
        if name in busy:
            continue
        try:
            with store.transaction():
                write_atomic(folder / name, dumps(bundle).encode("utf-8"))
                index.put(
                    name,
                    os.stat(folder / name),
                    _Known(_UNKNOWN, uid, bundle.session.revision, None, False),
                )
                # The session's file under an older title holds an older revision: it goes,
                # unless someone protected it (Windows would refuse to delete it anyway).
                stale = [
                    n
                    for n, _rev in files
                    if n != name and _unchanged(folder, n, index) and not is_read_only(folder / n)
                ]
                gone = []
                for old in stale:
                    try:
                        (folder / old).unlink(missing_ok=True)
                    except OSError:
                        continue  # open in a sync client (Windows): the next pass tries again
                    gone.append(old)
                index.forget(gone)
        except ReadOnlyFile:
            _kept_read_only(store, folder, name, bundle.session.title, index, report)
            continue
        report.moved.append(Moved(session_id, bundle.session.title, WRITTEN, name))


def _kept_read_only(
    store: SessionStore, folder: Path, name: str, title: str, index: _Index, report: SyncReport
) -> None:
    """Someone protected the file: it keeps what it holds, and the rest of the pass goes on.
    The session stays newer than its file, so every pass tries again; only the first says
    so while the file does not change, as for an invalid file."""
    problem = f"it is read-only, so “{title}” was not written to it; make it writable to sync it"
    known = index.known.get(name)
    if known is None or not known.reported or known.problem != problem:
        report.invalid.append(f"{name}: {problem}")
    try:
        st = os.stat(folder / name)
    except OSError:
        return  # gone meanwhile: the next pass writes it
    with store.transaction():
        index.put(name, st, _Known(_UNKNOWN, None, None, problem, True))


def _unchanged(folder: Path, name: str, index: _Index) -> bool:
    known = index.known.get(name)
    try:
        st = os.stat(folder / name)
    except OSError:
        return True
    return known is not None and known.signature in (_signature(st), _UNKNOWN)
