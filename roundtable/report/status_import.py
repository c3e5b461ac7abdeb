"""Status updates from a returned workbook: `roundtable import-status`.

The follow-up sheet is read in either language (found by its name, columns by their
headers). Every cell is checked before anything is written: one bad cell refuses the whole
workbook, and the message names every bad cell by sheet and cell. What the returned copy
changed (status, owner, due date, outcome) becomes one dated follow-up entry per item, all in
one transaction.

A cell is changed when it differs from what was exported (the hidden `exported` column):
two partners each returning a copy of one export change only what each of them edited, and
the second does not put back what the first changed. A workbook without that column (an
older export) is compared with the store, as before.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from roundtable.domain.model import FollowUp, Item, ItemKind, Language, SessionBundle
from roundtable.domain.people import participant_named
from roundtable.domain.rules import DUE_KINDS, statuses_of
from roundtable.errors import RoundtableError
from roundtable.report.sheet_reader import NotAWorkbook, Uncalculated, Workbook, column_letter
from roundtable.report.sheet_rows import audiences, owner_shown
from roundtable.report.sheet_words import (
    DA,
    EN,
    EXPORTED,
    UID,
    named_status,
    sheet_words,
    status_key,
)

if TYPE_CHECKING:
    from roundtable.edits.followups import SetFollowUps
    from roundtable.storage import SessionStore

_FIELDS = ("owner", "due", "status", "outcome")
_LIKELY_DUE = (date(2000, 1, 1), date(2099, 12, 31))
_MAX_SHOWN = 50  # bad cells listed in the message; the count says how many more


# What is wrong with a cell, as the command line says it (the window says it in its language).
_PROBLEMS = {
    "unknown": '"{value}" is no idea or action in this library',
    "repeated": '"{value}" is also in row {row}',
    "no_status": '"{value}" is not a status: one of {choices}',
    "idea_status": '"{value}" is not a status of an idea: one of {choices}',
    "action_status": '"{value}" is not a status of an action: one of {choices}',
    "no_date": '"{value}" is not a date: write it as 15.12.2024 or 2024-12-15',
    "far_date": "{value} is no due date (a number or a time typed into the date, perhaps)",
    "idea_due": "an idea has no due date",
    "formula": "holds a formula (={value}) saved without its value: type the value, or open "
    "and save the workbook in Excel or LibreOffice",
}


class BadCell(NamedTuple):
    """One bad cell: where, what is wrong (a key the window words in its own language) and
    what the cell holds. As text, the command line's line for it."""

    where: str  # 'Opfølgning!H7'
    problem: str  # one of _PROBLEMS' keys
    value: str = ""
    row: int = 0  # the row it repeats, for "repeated"
    choices: str = ""  # the statuses the row takes, in the sheet's language

    def __str__(self) -> str:
        return f"{self.where}: " + _PROBLEMS[self.problem].format(**self._asdict())


class RefusedWorkbook(RoundtableError):
    """The workbook had bad cells; nothing was written. `cells` says what is wrong where."""

    def __init__(self, message: str, cells: list[BadCell]) -> None:
        super().__init__(message)
        self.cells = cells


@dataclass
class StatusChange:
    item: Item  # as stored when the workbook was read
    item_id: int
    uid: str
    session_title: str
    name: str  # the item's title or text
    before: dict[str, Any]
    after: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)  # what the store is given
    # The fields changed here too since the workbook went out, with what they were then:
    # the workbook's value wins, and the one who applies it is told what it replaces.
    since_export: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        parts = []
        for key in self.after:
            part = f"{key}: {_shown(self.before[key])} → {_shown(self.after[key])}"
            if key in self.since_export:
                was = _shown(self.since_export[key])
                part += f" (changed here since the export, when it was {was})"
            parts.append(part)
        return f"{self.uid} ({self.name[:60]}): " + "; ".join(parts)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    return value.isoformat() if isinstance(value, date) else str(value)


def _columns(header: list[Any]) -> dict[str, int]:
    """Which column holds what, by the headers of either language."""
    names = {}
    for words in (DA, EN):
        heads = words.follow_up_headers
        names.update({heads[5]: "owner", heads[6]: "due", heads[7]: "status", heads[8]: "outcome"})
    found = {}
    for index, value in enumerate(header):
        text = str(value or "").strip()
        if text in (UID, EXPORTED):
            found[text] = index
        elif text in names:
            found[names[text]] = index
    return found


_WRITTEN_DATE = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$")


def _date(value: Any) -> date | str | None:
    """A due date from a cell; the text back when it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    # A day, a month and a year as people write them, separators mixed: "15/12-2024".
    found = _WRITTEN_DATE.match(text)
    if found is not None:
        day, month, year = (int(part) for part in found.groups())
        try:
            return date(year + (2000 if year < 100 else 0), month, day)
        except ValueError:
            pass
    return text


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def read_changes(store: SessionStore, path: Path) -> list[StatusChange]:
    """The changes a workbook asks for; raises RefusedWorkbook listing every bad cell."""
    if path.is_dir():
        raise RoundtableError(f"{path} is a folder, not an Excel workbook (.xlsx).")
    try:
        book = Workbook(path)
    except FileNotFoundError:
        raise RoundtableError(f"There is no file {path}.") from None
    except NotAWorkbook as exc:
        raise RoundtableError(f"{path} is not an Excel workbook (.xlsx): {exc}") from None
    with book:
        try:
            return _read_changes(store, path, book)
        except NotAWorkbook as exc:  # a sheet damaged inside a sound zip
            raise RoundtableError(f"{path} is not an Excel workbook (.xlsx): {exc}") from None


def _read_changes(store: SessionStore, path: Path, book: Workbook) -> list[StatusChange]:
    sheet_name = next((n for n in (DA.follow_up, EN.follow_up) if n in book.sheet_names), None)
    if sheet_name is None:
        raise RoundtableError(
            f'{path} has no sheet called "{DA.follow_up}" or "{EN.follow_up}": export it with '
            "roundtable export-data."
        )
    rows = book.rows(sheet_name)
    columns = _columns(next(rows, (1, []))[1])
    missing = [c for c in (UID, *_FIELDS) if c not in columns]
    if missing:
        raise RoundtableError(f"{sheet_name} in {path} lacks the columns: {', '.join(missing)}.")
    known = _followed(store)
    words = DA if sheet_name == DA.follow_up else EN
    bad: list[BadCell] = []
    seen: dict[str, int] = {}
    changes: list[StatusChange] = []
    width = max(columns.values()) + 1

    def cell(name: str, row: int) -> str:
        return f"{sheet_name}!{column_letter(columns[name])}{row}"

    for number, values in rows:
        if len(values) < width:
            values += [None] * (width - len(values))
        uid = _text(values[columns[UID]])
        if not uid and not any(_text(v) for v in values):
            continue  # an empty row
        if uid not in known:
            bad.append(BadCell(cell(UID, number), "unknown", uid))
            continue
        if uid in seen:
            bad.append(BadCell(cell(UID, number), "repeated", uid, seen[uid]))
            continue
        seen[uid] = number
        item, session = known[uid]
        uncalculated = [f for f in _FIELDS if isinstance(values[columns[f]], Uncalculated)]
        for name in uncalculated:
            bad.append(BadCell(cell(name, number), "formula", values[columns[name]]))
        if uncalculated:
            continue
        raw_status = _text(values[columns["status"]])
        status = status_key(raw_status, item.kind) if raw_status else None
        if raw_status and status is None:
            # The word may be offered on the other kind's rows: say so, or it looks like a bug.
            problem = f"{item.kind}_status" if named_status(raw_status) else "no_status"
            labels = words.statuses
            choices = ", ".join(labels[str(s)] for s in statuses_of(item.kind))
            bad.append(BadCell(cell("status", number), problem, raw_status, choices=choices))
        due = _date(values[columns["due"]])
        if isinstance(due, str):
            bad.append(BadCell(cell("due", number), "no_date", due))
        elif due is not None and not _LIKELY_DUE[0] <= due <= _LIKELY_DUE[1]:
            # Excel turns -5 into 25 December 1899 and a bare time into 30 December 1899.
            bad.append(BadCell(cell("due", number), "far_date", due.isoformat()))
        elif item.kind not in DUE_KINDS and due != item.due:
            # Else the date would be dropped unsaid: the store keeps no due date for an idea.
            bad.append(BadCell(cell("due", number), "idea_due"))
        if bad:
            continue
        exported = _exported(values[columns[EXPORTED]] if EXPORTED in columns else None)
        change = _change(item, session, status, due, values, columns, exported)
        if change is not None:
            changes.append(change)
    if bad:
        more = f"\n… and {len(bad) - _MAX_SHOWN} more" if len(bad) > _MAX_SHOWN else ""
        raise RefusedWorkbook(
            f"{path} was not imported, nothing changed: {len(bad)} bad cell"
            f"{'s' if len(bad) != 1 else ''}:\n" + "\n".join(map(str, bad[:_MAX_SHOWN])) + more,
            bad,
        )
    return changes


class _Session:
    """A session as the import compares with it; the audiences under the rule only when a
    cell might have been written by one (most workbooks come back without the rule)."""

    def __init__(self, bundle: SessionBundle) -> None:
        self.bundle = bundle
        self.names = {p.id: p.name for p in bundle.participants}
        self._ruled: list[Any] | None = None

    def ruled(self) -> list[Any]:
        if self._ruled is None:
            self._ruled = [
                audiences([self.bundle], language, True)[self.bundle.session.id]
                for language in Language
            ]
        return self._ruled

    def owner_as_exported(self, item: Item, cell: str) -> bool:
        plain = self.names.get(item.owner_id, "") if item.owner_id else item.owner_text
        if cell == plain.strip():
            return True
        return any(owner_shown(item, a).strip() == cell for a in self.ruled())

    def outcome_as_exported(self, item: Item, cell: str) -> bool:
        if cell == item.outcome.strip():
            return True
        if "[" not in cell:  # the rule only ever puts a [placeholder] in free text
            return False
        return any(a.text(item.outcome).strip() == cell for a in self.ruled())


def _followed(store: SessionStore) -> dict[str, tuple[Item, _Session]]:
    """Every idea and action by uid, with its session."""
    found = {}
    # One query per table for every session, ideas and actions only.
    for bundle in store.export_bundles(None, (ItemKind.IDEA, ItemKind.ACTION)):
        session = _Session(bundle)
        for item in bundle.items:
            if item.uid:
                found[item.uid] = (item, session)
    return found


def _exported(cell: Any) -> dict[str, str] | None:
    """A row's follow-up cells as exported; None when the cell is missing or was spoilt."""
    try:
        found = json.loads(str(cell)) if cell else None
    except ValueError:
        return None
    if not isinstance(found, dict) or not all(isinstance(found.get(k), str) for k in _FIELDS):
        return None
    return found


def _change(
    item: Item,
    session: _Session,
    status: Any,
    due: date | None,
    values: list[Any],
    columns: dict[str, int],
    exported: dict[str, str] | None = None,
) -> StatusChange | None:
    """What the row changes. With `exported`, only the cells that differ from it: a cell
    left as it went out keeps what the store holds now, even when that changed since."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    given: dict[str, Any] = {}
    owner = _text(values[columns["owner"]])
    outcome = _text(values[columns["outcome"]])
    if exported is not None:
        went = exported
        if status is not None and status == status_key(went["status"], item.kind):
            status = None
        if due == _date(went["due"]):
            due = item.due
        owner_kept = owner == went["owner"].strip()
        outcome_kept = outcome == went["outcome"].strip()
    else:
        owner_kept = session.owner_as_exported(item, owner)
        outcome_kept = session.outcome_as_exported(item, outcome)
    if status is not None and status != item.status:
        before["status"], after["status"] = item.status, status
        given["status"] = status
    if not owner_kept and not session.owner_as_exported(item, owner):
        named = participant_named(owner, session.bundle.participants)
        plain = session.names.get(item.owner_id, "") if item.owner_id else item.owner_text
        before["owner"], after["owner"] = plain, owner
        given["owner_id"] = named.id if named else None
        given["owner_text"] = "" if named else owner
    if item.kind in DUE_KINDS and due != item.due:
        before["due"], after["due"] = item.due, due
        given["due"] = due
    if not outcome_kept and not session.outcome_as_exported(item, outcome):
        before["outcome"], after["outcome"] = item.outcome, outcome
        given["outcome"] = outcome
    if not given:
        return None
    title = session.bundle.session.title
    since = _changed_since(item, session, exported, after) if exported is not None else {}
    return StatusChange(
        item, item.id, item.uid, title, item.title or item.text, before, after, given, since
    )


def _changed_since(
    item: Item, session: _Session, went: dict[str, str], fields: dict[str, Any]
) -> dict[str, Any]:
    """Of `fields`, those the store changed since the row was exported, with their value
    then (a status and a date as values, the texts as the workbook showed them)."""
    then = {
        "status": status_key(went["status"], item.kind),
        "due": _date(went["due"]),
        "owner": went["owner"].strip(),
        "outcome": went["outcome"].strip(),
    }
    here = {
        "status": lambda: then["status"] != item.status,
        "due": lambda: then["due"] != item.due,
        "owner": lambda: not session.owner_as_exported(item, then["owner"]),
        "outcome": lambda: not session.outcome_as_exported(item, then["outcome"]),
    }
    return {key: then[key] for key in fields if here[key]()}


def apply_changes(store: SessionStore, changes: list[StatusChange], now: datetime) -> None:
    """Every change as one edit: one transaction, one undo step."""
    if changes:
        followups_edit(store, changes, now).apply(store)


def followups_edit(
    store: SessionStore, changes: list[StatusChange], now: datetime, text: str = ""
) -> SetFollowUps:
    """The changes as one undoable edit, each item with a follow-up entry dated `now` that
    says it came from the workbook (in its session's language)."""
    from roundtable.edits.followups import SetFollowUps

    languages = {s.id: s.language for s in store.list_sessions()}
    after = []
    for change in changes:
        item = change.item
        status = change.values.get("status", item.status)
        note = sheet_words(languages[item.session_id]).from_workbook
        entry = FollowUp(now, str(status or ""), note)
        values = dict(change.values, followups=[*item.followups, entry])
        after.append(dataclasses.replace(item, **values))
    return SetFollowUps([c.item for c in changes], after, text)
