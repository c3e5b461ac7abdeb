"""Damaged session files: imported whole and stable, or refused whole with nothing written.

A property test takes the example file, damages it at random (keys deleted, values replaced,
ids duplicated or dangling, kinds and phases swapped, times reversed, odd versions, odd text),
serialises it and reads and imports it into a store that already holds a session. Whatever
happens, the only exception allowed is a `RoundtableError` that says what is wrong, and a
refusal leaves the database exactly as it was.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import Phase as Phase_
from hypothesis import strategies as st

from roundtable.domain import rules
from roundtable.domain.model import (
    IdeaStatus,
    ItemKind,
    Language,
    Phase,
    Sector,
    SessionStatus,
)
from roundtable.domain.rules import KINDS_BY_PHASE
from roundtable.errors import RoundtableError
from roundtable.sessionfile import (
    SessionFileError,
    bundle_to_document,
    parse_session_bytes,
)
from roundtable.storage import SessionStore

# Placeholders replaced in the serialised text by what json.dumps cannot write.
HUGE_INT = "@@huge-int@@"  # an integer literal longer than Python's 4,300-digit limit
DEEP = "@@deep@@"  # nesting far past the recursion limit

Where = tuple[str | int, ...]  # a place in a JSON document: keys and indexes

# -- values ----------------------------------------------------------------------------

_ODD_TEXT = [
    "",
    " ",
    "\t\n\r",
    "\x00",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    "\x7f\x0b\x0c",
    "\ud800",
    "a\udfffb",
    "\U0001f600" * 3,
    "👩‍👩‍👧‍👦🇩🇰",
    "Æble Øl Å",
    "\u202eevil",
    "\ufeff",
    "p1",
    "b1",
    "i1",
    "note",
    "barrier",
    "ideas",
    "narrative",
    "2024-05-02T13:05:00+02:00",
    "2024-05-02",
    HUGE_INT,
    DEEP,
]

_ENUM_VALUES = sorted(
    {
        str(m)
        for enum in (Phase, ItemKind, Sector, SessionStatus, IdeaStatus, Language)
        for m in enum
    }
)

_BOUNDARY_INTS = [
    -(2**64),
    -(2**63) - 1,
    -(2**63),
    -1,
    0,
    1,
    2,
    5,
    6,
    30,
    600,
    601,
    1_000_000,
    1_000_001,
    2**31,
    2**63 - 1,
    2**63,
    2**64,
    10**100,
]

# Lengths at the limits (titles 300, texts 20,000), built lazily to keep reports short.
_LONG_TEXT = st.sampled_from([("x", 300), ("x", 301), ("x", 20_000), ("é", 20_001)]).map(
    lambda pair: pair[0] * pair[1]
)

texts = st.one_of(
    st.sampled_from(_ODD_TEXT),
    _LONG_TEXT,
    st.text(max_size=30),
    st.text(st.characters(categories=["Cs", "Cc", "So", "Zs"]), max_size=10),
)

offsets = st.builds(
    timezone,
    st.timedeltas(
        min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
    ),
)


@st.composite
def datetime_texts(draw: st.DrawFn) -> str:
    """Date-times as a file might give them: any year, any offset, sometimes none."""
    naive = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
    zone = draw(st.one_of(offsets, st.just(UTC), st.none()))
    value = naive.replace(tzinfo=zone)
    timespec = draw(st.sampled_from(["auto", "minutes", "seconds", "microseconds"]))
    text = value.isoformat(sep=draw(st.sampled_from(["T", " "])), timespec=timespec)
    if zone is UTC and draw(st.booleans()):
        text = text.replace("+00:00", "Z")
    return text


date_texts = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from(_BOUNDARY_INTS),
    st.floats(),
    st.sampled_from([0.0, -0.0, 1.0, 5.0, 1e308, -1e308, 5e-324]),
    texts,
    datetime_texts(),
)

json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.text(max_size=5), st.sampled_from(_ENUM_VALUES)), children, max_size=4
        ),
    ),
    max_leaves=8,
)

# -- walking the document --------------------------------------------------------------


def _slots(node: Any, path: Where = ()) -> list[Where]:
    """Every place in the document that holds a value, the document itself first."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _slots(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _slots(value, (*path, index))
    return found


def _get(root: Any, path: Where) -> Any:
    for step in path:
        root = root[step]
    return root


def _set(box: list[Any], path: Where, value: Any) -> None:
    if not path:
        box[0] = value
    else:
        _get(box[0], path[:-1])[path[-1]] = value


def _entries(doc: Any, key: str) -> list[dict[str, Any]]:
    """The objects in session[key], as far as the damaged document still has them."""
    session = doc.get("session") if isinstance(doc, dict) else None
    found = session.get(key) if isinstance(session, dict) else None
    if not isinstance(found, list):
        return []
    return [entry for entry in found if isinstance(entry, dict)]


def _known_ids(doc: Any) -> list[str]:
    ids = [e.get("id") for key in ("participants", "items") for e in _entries(doc, key)]
    return [i for i in ids if isinstance(i, str)]


def _id_choice(draw: st.DrawFn, doc: Any) -> Any:
    known = _known_ids(doc)
    existing = st.sampled_from(known) if known else st.just("p1")
    return draw(st.one_of(existing, st.sampled_from(["p9", "b9", "", "P1"]), json_values))


# -- mutations -------------------------------------------------------------------------


def delete_key(draw: st.DrawFn, box: list[Any]) -> None:
    places = [p for p in _slots(box[0]) if p and isinstance(_get(box[0], p[:-1]), dict)]
    if places:
        path = draw(st.sampled_from(places))
        del _get(box[0], path[:-1])[path[-1]]


def remove_entry(draw: st.DrawFn, box: list[Any]) -> None:
    places = [p for p in _slots(box[0]) if p and isinstance(_get(box[0], p[:-1]), list)]
    if places:
        path = draw(st.sampled_from(places))
        del _get(box[0], path[:-1])[path[-1]]


def replace_value(draw: st.DrawFn, box: list[Any]) -> None:
    path = draw(st.sampled_from(_slots(box[0])))
    _set(box, path, draw(json_values))


def replace_text(draw: st.DrawFn, box: list[Any]) -> None:
    places = [p for p in _slots(box[0]) if isinstance(_get(box[0], p), str)]
    if places:
        _set(box, draw(st.sampled_from(places)), draw(texts))


def duplicate_entry(draw: st.DrawFn, box: list[Any]) -> None:
    lists = [p for p in _slots(box[0]) if isinstance(_get(box[0], p), list) and _get(box[0], p)]
    if lists:
        target = _get(box[0], draw(st.sampled_from(lists)))
        entry = copy.deepcopy(draw(st.sampled_from(target)))
        target.insert(draw(st.integers(0, len(target))), entry)


def change_id(draw: st.DrawFn, box: list[Any]) -> None:
    entries = _entries(box[0], "participants") + _entries(box[0], "items")
    if entries:
        draw(st.sampled_from(entries))["id"] = _id_choice(draw, box[0])


def retarget_reference(draw: st.DrawFn, box: list[Any]) -> None:
    entries = _entries(box[0], "items") + _entries(box[0], "speaking_turns")
    if not entries:
        return
    entry = draw(st.sampled_from(entries))
    field = draw(st.sampled_from(["by", "owner", "addresses"]))
    if field == "addresses":
        entry[field] = [_id_choice(draw, box[0]) for _ in range(draw(st.integers(0, 3)))]
    else:
        entry[field] = _id_choice(draw, box[0])


def set_enum(draw: st.DrawFn, box: list[Any]) -> None:
    """A valid word in a possibly wrong place: a barrier in the narrative, a phase as a kind."""
    fields = {
        "items": ["kind", "phase", "status"],
        "participants": ["sector"],
        "phases": ["key"],
    }
    targets = [
        (e, f) for key, names in fields.items() for e in _entries(box[0], key) for f in names
    ]
    session = box[0].get("session") if isinstance(box[0], dict) else None
    if isinstance(session, dict):
        targets += [(session, "language"), (session, "status")]
    if targets:
        entry, field = draw(st.sampled_from(targets))
        entry[field] = draw(st.sampled_from(_ENUM_VALUES))


def set_time(draw: st.DrawFn, box: list[Any]) -> None:
    targets = [
        (e, f)
        for key in ("phases", "speaking_turns")
        for e in _entries(box[0], key)
        for f in ("started_at", "ended_at")
    ]
    targets += [(e, "due") for e in _entries(box[0], "items")]
    session = box[0].get("session") if isinstance(box[0], dict) else None
    if isinstance(session, dict):
        targets.append((session, "starts_at"))
    if targets:
        entry, field = draw(st.sampled_from(targets))
        entry[field] = draw(date_texts if field == "due" else datetime_texts())


def swap_times(draw: st.DrawFn, box: list[Any]) -> None:
    entries = _entries(box[0], "phases") + _entries(box[0], "speaking_turns")
    entries = [e for e in entries if "started_at" in e and "ended_at" in e]
    if entries:
        entry = draw(st.sampled_from(entries))
        entry["started_at"], entry["ended_at"] = entry["ended_at"], entry["started_at"]


def set_number(draw: st.DrawFn, box: list[Any]) -> None:
    targets = [(e, f) for e in _entries(box[0], "items") for f in ("votes", "impact", "effort")]
    targets += [(e, "planned_minutes") for e in _entries(box[0], "phases")]
    if targets:
        entry, field = draw(st.sampled_from(targets))
        entry[field] = draw(st.one_of(st.sampled_from(_BOUNDARY_INTS), st.integers(-3, 8), scalars))


def set_version(draw: st.DrawFn, box: list[Any]) -> None:
    if isinstance(box[0], dict):
        box[0]["version"] = draw(
            st.sampled_from([0, 1, 2, -1, "1", 1.0, True, None, [1], 2**64, HUGE_INT])
        )


def add_unknown_key(draw: st.DrawFn, box: list[Any]) -> None:
    objects = [p for p in _slots(box[0]) if isinstance(_get(box[0], p), dict)]
    if objects:
        target = _get(box[0], draw(st.sampled_from(objects)))
        target[draw(st.text(max_size=8))] = draw(json_values)


# Changes that mostly keep the file valid, so that imports (and round trips) happen often.

_SAFE_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40),
    st.sampled_from(["\x00", "a\x00b", "\x1b[31mred", "\U0001f600", "👩‍👧🇩🇰"]),
    st.just(300).map(lambda n: "x" * n),
)
_TEXT_FIELDS = {
    "session": ["title", "theme", "host", "venue", "facilitator", "summary"],
    "participants": ["name", "organisation", "role"],
    "items": ["text", "title", "category", "next_step"],
}


def set_valid_text(draw: st.DrawFn, box: list[Any]) -> None:
    session = box[0].get("session") if isinstance(box[0], dict) else None
    targets = [(session, f) for f in _TEXT_FIELDS["session"]] if isinstance(session, dict) else []
    for key in ("participants", "items"):
        targets += [(e, f) for e in _entries(box[0], key) for f in _TEXT_FIELDS[key]]
    if targets:
        entry, field = draw(st.sampled_from(targets))
        limit = {"title": 300}.get(field) if entry is session else None
        value = draw(_SAFE_TEXT)
        if field == "text" and draw(st.booleans()):
            value = (value * 20_000)[: draw(st.sampled_from([19_999, 20_000]))]
        entry[field] = value[:limit] if limit else value


def copy_with_new_id(draw: st.DrawFn, box: list[Any]) -> None:
    key = draw(st.sampled_from(["participants", "items"]))
    entries = _entries(box[0], key)
    if entries:
        entry = copy.deepcopy(draw(st.sampled_from(entries)))
        fresh = draw(st.text(min_size=1, max_size=6))
        while fresh in _known_ids(box[0]):
            fresh += "'"
        entry["id"] = fresh
        target = box[0]["session"][key]
        target.insert(draw(st.integers(0, len(target))), entry)


def set_fitting_kind(draw: st.DrawFn, box: list[Any]) -> None:
    entries = _entries(box[0], "items")
    if entries:
        entry = draw(st.sampled_from(entries))
        phase = draw(st.sampled_from(list(Phase)))
        entry["phase"] = str(phase)
        entry["kind"] = str(draw(st.sampled_from(KINDS_BY_PHASE[phase])))


def set_valid_start(draw: st.DrawFn, box: list[Any]) -> None:
    session = box[0].get("session") if isinstance(box[0], dict) else None
    if isinstance(session, dict):
        # The calendar's ends too: year 1 at +01:00 is year 0 in UTC.
        edges = st.sampled_from([date(1, 1, 1), date(9999, 12, 31)])
        day = draw(
            st.one_of(edges, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
        )
        moment = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)))
        session["starts_at"] = moment.replace(tzinfo=draw(offsets)).isoformat()


GENTLE = [
    add_unknown_key,
    set_version,
    set_valid_text,
    copy_with_new_id,
    set_fitting_kind,
    set_valid_start,
    remove_entry,
    delete_key,
    set_enum,
    set_number,
]

# Simplest first: Hypothesis shrinks towards the start of the list.
MUTATIONS = [
    delete_key,
    remove_entry,
    set_version,
    swap_times,
    set_enum,
    change_id,
    retarget_reference,
    duplicate_entry,
    set_number,
    set_time,
    replace_text,
    add_unknown_key,
    replace_value,
]


# -- serialising -----------------------------------------------------------------------


def _serialise(draw: st.DrawFn, doc: Any) -> bytes:
    ensure_ascii = draw(st.booleans())
    indent = draw(st.sampled_from([None, 2]))
    text = json.dumps(doc, ensure_ascii=ensure_ascii, indent=indent)
    if json.dumps(HUGE_INT) in text:
        event("an integer of 5,000 digits")
    text = text.replace(json.dumps(HUGE_INT), "9" * 5_000)
    text = text.replace(json.dumps(DEEP), "[" * 100_000 + "]" * 100_000)
    # A lone surrogate cannot be UTF-8; written anyway, it makes a file that is not UTF-8.
    data = text.encode("utf-8", "surrogatepass")
    damage = draw(st.sampled_from(["none"] * 7 + ["bom", "cut", "byte"]))
    if damage == "bom":
        data = b"\xef\xbb\xbf" + data
    elif damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "byte":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\x80"])) + data[at:]
    return data


# -- checking --------------------------------------------------------------------------


def _content(store: SessionStore) -> str:
    """Everything the database holds, search index included, as one hash."""
    dump = "\n".join(store.db.conn.iterdump())
    return hashlib.sha256(dump.encode("utf-8", "surrogatepass")).hexdigest()


def _row_counts(store: SessionStore) -> dict[str, int]:
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: store.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


_PATH_STEP = re.compile(r"\.?([A-Za-z_]+)|\[(\d+)\]")


def _path_fits(doc: Any, path: str) -> bool:
    """A problem's path leads into the document: all but its last step exist (the last may
    be a required field that is missing), and a list index in it names an entry."""
    if not path:
        return True
    steps: list[str | int] = []
    position = 0
    while position < len(path):
        match = _PATH_STEP.match(path, position)
        if match is None:
            return False
        steps.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    node = doc
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return False
        elif not isinstance(node, dict) or step not in node:
            return last
        node = node[step]
    return True


def _document_of(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


def _by_phase(items: list[Any]) -> list[Any]:
    order = [str(p) for p in Phase]
    return sorted(items, key=lambda i: order.index(i["phase"]))


def _same_where_given(exported: list[Any], given: list[Any], keys: tuple[str, ...]) -> None:
    assert len(exported) == len(given)
    for out, src in zip(exported, given, strict=True):
        for key in keys:
            if key in src and src.get("kind") in _APPLIES_TO.get(key, set(map(str, ItemKind))):
                assert _exported(out, key) == src[key], (key, src)


# An export leaves out a field that holds its default.
_DEFAULTS = {"language": "da", "status": "planned", "chatham_house": False, "sector": "other"}


def _exported(entry: dict[str, Any], key: str) -> Any:
    return entry.get(key, _DEFAULTS.get(key, ""))


# Kind-specific fields on another kind are ignored (and reported) by the reader.
_APPLIES_TO = {
    "category": rules.CATEGORY_KINDS,
    "next_step": rules.IDEA_KINDS,
    "due": rules.DUE_KINDS,
}


def check_import(store: SessionStore, data: bytes) -> str:
    """The property: imported whole and stable, or refused whole and nothing changed."""
    before_sessions = [s.id for s in store.list_sessions()]
    before_content = _content(store)
    before_counts = _row_counts(store)
    try:
        result = parse_session_bytes(data)
        imported = store.import_bundle(result.bundle)
    except RoundtableError as exc:
        assert str(exc).strip()
        if isinstance(exc, SessionFileError):
            assert exc.problems
            doc = _document_of(data)
            for problem in exc.problems:
                assert isinstance(problem.path, str)
                assert problem.message.strip()
                if doc is not None:
                    assert _path_fits(doc, problem.path), problem
        assert [s.id for s in store.list_sessions()] == before_sessions
        assert _row_counts(store) == before_counts
        assert _content(store) == before_content
        return f"refused: {type(exc).__name__}"

    # Imported: one new session, the rest untouched, and the round trip is stable.
    after_sessions = [s.id for s in store.list_sessions()]
    assert sorted(after_sessions) == sorted([*before_sessions, imported.id])
    assert store.check() == []
    first = bundle_to_document(store.export_bundle(imported.id))

    source = json.loads(data.decode("utf-8-sig"))["session"]
    assert first["session"]["title"] == source["title"]
    for key in ("participants", "items", "speaking_turns"):
        assert len(first["session"][key]) == len(source.get(key) or [])
    # What the file said is what the export says, field by field, wherever the file said it.
    for key in ("title", "theme", "host", "venue", "facilitator", "summary", "language",
                "status", "chatham_house"):  # fmt: skip
        if key in source:
            assert _exported(first["session"], key) == source[key], key
    _same_where_given(first["session"]["participants"], source.get("participants") or [],
                      ("name", "organisation", "role", "sector"))  # fmt: skip
    _same_where_given(first["session"]["items"], _by_phase(source.get("items") or []),
                      ("phase", "kind", "title", "text", "category", "next_step",
                       "due"))  # fmt: skip

    again = parse_session_bytes(json.dumps(first, ensure_ascii=False).encode("utf-8"))
    assert again.ignored == []
    assert bundle_to_document(again.bundle) == first
    second_session = store.import_bundle(again.bundle)
    second = bundle_to_document(store.export_bundle(second_session.id))
    # The same uid imported again as new gets a new identity; everything else is the same.
    assert _without_identity(second) == _without_identity(first)
    return "imported"


def _without_identity(doc: dict[str, Any]) -> dict[str, Any]:
    identity = ("uid", "revision", "revisions", "revised_at")
    session = {k: v for k, v in doc["session"].items() if k not in identity}
    session["items"] = [{k: v for k, v in i.items() if k != "uid"} for i in session["items"]]
    return doc | {"session": session}


def _store_with(doc: dict[str, Any]) -> SessionStore:
    store = SessionStore.in_memory()
    store.import_bundle(parse_session_bytes(json.dumps(doc).encode("utf-8")).bundle)
    return store


# -- the property ----------------------------------------------------------------------


@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # The explain phase would double the time a failure takes to report.
    phases=[Phase_.explicit, Phase_.reuse, Phase_.generate, Phase_.shrink],
)
@given(data=st.data())
def test_a_damaged_file_is_imported_whole_or_refused_whole(example_doc, data):
    box = [copy.deepcopy(example_doc)]
    gentle = data.draw(st.booleans(), label="gentle")
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        mutation = data.draw(st.sampled_from(GENTLE if gentle else MUTATIONS), label="mutation")
        mutation(data.draw, box)
    payload = _serialise(data.draw, box[0])
    store = _store_with(example_doc)
    try:
        event(check_import(store, payload))
    finally:
        store.close()


# -- cases worth keeping ---------------------------------------------------------------


@pytest.fixture
def loaded(example_doc):
    """A store holding the example, made before the test damages its copy of it."""
    store = _store_with(example_doc)
    yield store
    store.close()


def _import(store: SessionStore, doc: Any, **dumps: Any) -> str:
    return check_import(store, json.dumps(doc, **dumps).encode("utf-8", "surrogatepass"))


def _refusal(doc: Any) -> SessionFileError:
    with pytest.raises(SessionFileError) as caught:
        parse_session_bytes(json.dumps(doc).encode("utf-8"))
    return caught.value


def test_the_example_itself_imports_and_round_trips(loaded, example_doc):
    assert _import(loaded, example_doc) == "imported"
    assert _import(loaded, example_doc, ensure_ascii=False, indent=2) == "imported"


def test_an_integer_longer_than_pythons_limit_is_refused(loaded, example_doc):
    # json.loads raises a plain ValueError for an integer of more than 4,300 digits.
    text = json.dumps(example_doc).replace('"votes": 6', '"votes": ' + "9" * 5_000)
    assert check_import(loaded, text.encode("utf-8")) == "refused: SessionFileError"


def test_deep_nesting_is_refused(loaded, example_doc):
    nested = "[" * 100_000 + "]" * 100_000
    text = json.dumps(example_doc).replace('"votes": 6', '"votes": ' + nested)
    assert check_import(loaded, text.encode("utf-8")) == "refused: SessionFileError"


@pytest.mark.parametrize("starts_at", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:30:00-01:00"])
def test_a_start_at_the_edge_of_the_calendar_is_imported_or_refused(loaded, example_doc, starts_at):
    # Valid date-times with an offset, but in UTC the first lies in year 0 and the second
    # in year 10000, which Python's datetime cannot hold.
    example_doc["session"]["starts_at"] = starts_at
    _import(loaded, example_doc)


def test_a_lone_surrogate_is_refused_with_its_path(loaded, example_doc):
    example_doc["session"]["items"][2]["text"] = "før \ud800 efter"
    assert [p.path for p in _refusal(example_doc).problems] == ["session.items[2].text"]
    assert _import(loaded, example_doc, ensure_ascii=True) == "refused: SessionFileError"


def test_a_lone_surrogate_written_raw_is_not_utf8(loaded, example_doc):
    example_doc["session"]["title"] = "\udc80"
    raw = json.dumps(example_doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    with pytest.raises(SessionFileError, match="not UTF-8"):
        parse_session_bytes(raw)
    assert check_import(loaded, raw) == "refused: SessionFileError"


def test_control_characters_and_nul_survive_the_round_trip(loaded, example_doc):
    example_doc["session"]["items"][0]["text"] = "før\x00efter\x1b\x7f\x0b😀"
    example_doc["session"]["participants"][0]["name"] = "Lise\x00Mørk"
    assert _import(loaded, example_doc, ensure_ascii=False) == "imported"


def test_a_duplicated_item_is_refused_at_the_copy(loaded, example_doc):
    items = example_doc["session"]["items"]
    items.append(copy.deepcopy(items[3]))
    assert [p.path for p in _refusal(example_doc).problems] == [
        f"session.items[{len(items) - 1}].id"
    ]
    assert _import(loaded, example_doc) == "refused: SessionFileError"


def test_a_removed_barrier_leaves_a_dangling_reference_that_is_named(loaded, example_doc):
    del example_doc["session"]["items"][4]  # b2, which i1 addresses
    assert 'addresses[0]: no barrier with id "b2"' in str(_refusal(example_doc))
    assert _import(loaded, example_doc) == "refused: SessionFileError"


def test_a_removed_participant_leaves_every_reference_named(loaded, example_doc):
    del example_doc["session"]["participants"][0]  # p1: raised n1 and b1, owns i1, spoke
    paths = [p.path for p in _refusal(example_doc).problems]
    assert paths == [
        "session.items[0].by",
        "session.items[3].by",
        "session.items[6].owner",
        "session.speaking_turns[0].by",
    ]
    assert _import(loaded, example_doc) == "refused: SessionFileError"


def test_swapped_phase_times_are_refused(loaded, example_doc):
    phase = example_doc["session"]["phases"][1]
    phase["started_at"], phase["ended_at"] = phase["ended_at"], phase["started_at"]
    assert "phases[1].ended_at: is before started_at" in str(_refusal(example_doc))
    assert _import(loaded, example_doc) == "refused: SessionFileError"


@pytest.mark.parametrize("version", [0, 2, "1", 1.0, True, None, 2**64])
def test_any_version_but_1_is_refused(loaded, example_doc, version):
    example_doc["version"] = version
    refusal = _refusal(example_doc)
    assert [p.path for p in refusal.problems] == ["version"]
    if version == 2:
        assert "version 2" in str(refusal) and "version 1" in str(refusal)
    assert _import(loaded, example_doc) == "refused: SessionFileError"
