"""Headline pins for the synthesis and the "builds on" link to an earlier item: each an
undoable edit that also works in a completed session, and both travel in the session file."""

from __future__ import annotations

import json

import pytest

from roundtable.domain.model import Item, ItemKind, Phase, Session, SessionStatus
from roundtable.edits import SetBuildsOn, SetPinned
from roundtable.errors import InvalidValue
from roundtable.sessionfile import bundle_to_document, dumps, parse_session_bytes


def _idea(store, title: str, status=SessionStatus.COMPLETED) -> Item:
    sid = store.create_session(Session("Ældrepleje", status=status)).id
    return store.add_item(sid, Item(Phase.IDEAS, ItemKind.IDEA, title, title=title))


def test_a_pin_on_an_idea_of_a_completed_session_applies_undoes_and_redoes(store):
    idea = _idea(store, "Robotbibliotek")
    edit = SetPinned(idea.id, True)
    assert edit.apply(store)
    assert store.get_item(idea.id).pinned is True
    edit.undo(store)
    assert store.get_item(idea.id).pinned is False
    edit.apply(store)
    assert store.get_item(idea.id).pinned is True
    assert not SetPinned(idea.id, True).apply(store), "pinning twice is nothing to undo"


def test_a_note_cannot_be_pinned(store):
    sid = store.create_session(Session("Ældrepleje")).id
    note = store.add_item(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Få hænder"))
    with pytest.raises(InvalidValue):
        SetPinned(note.id, True).apply(store)


def test_a_new_idea_builds_on_an_earlier_one_by_its_uid_and_undo_removes_the_link(store):
    earlier = _idea(store, "Robotbibliotek")
    later = _idea(store, "Robotbibliotek 2.0", SessionStatus.RUNNING)
    edit = SetBuildsOn(later.id, earlier.uid)
    edit.apply(store)
    assert store.get_item(later.id).builds_on == earlier.uid
    assert [i.id for i in store.items_building_on(earlier.uid)] == [later.id]
    edit.undo(store)
    assert store.get_item(later.id).builds_on == ""
    edit.apply(store)
    assert store.find_item_by_uid(store.get_item(later.id).builds_on).id == earlier.id


def test_an_item_cannot_build_on_itself_or_on_an_unknown_item(store):
    idea = _idea(store, "Robotbibliotek")
    with pytest.raises(InvalidValue):
        SetBuildsOn(idea.id, idea.uid).apply(store)
    with pytest.raises(InvalidValue):
        SetBuildsOn(idea.id, "0b7a3a1e-58a3-4f49-9f6c-2a4fb1b0b3c1").apply(store)


def test_pins_and_builds_on_travel_in_the_session_file_and_are_left_out_when_unset(store):
    earlier = _idea(store, "Robotbibliotek")
    later = _idea(store, "Robotbibliotek 2.0")
    plain = store.add_item(later.session_id, Item(Phase.IDEAS, ItemKind.IDEA, "Andet"))
    SetPinned(later.id, True).apply(store)
    SetBuildsOn(later.id, earlier.uid).apply(store)
    text = dumps(store.export_bundle(later.session_id))
    entries = {e["text"]: e for e in json.loads(text)["session"]["items"]}
    assert entries["Robotbibliotek 2.0"]["pinned"] is True
    assert entries["Robotbibliotek 2.0"]["builds_on"] == earlier.uid
    assert "pinned" not in entries[plain.text] and "builds_on" not in entries[plain.text]
    again = store.import_bundle(parse_session_bytes(text.encode()).bundle)
    items = {i.text: i for i in store.items(again.id)}
    assert items["Robotbibliotek 2.0"].pinned is True
    assert items["Robotbibliotek 2.0"].builds_on == earlier.uid
    assert bundle_to_document(store.export_bundle(again.id))["session"]["items"][0]["pinned"]


def test_a_file_without_the_new_fields_reads_as_unpinned_and_unlinked(store):
    doc = {
        "format": "roundtable-session",
        "version": 1,
        "session": {
            "title": "Kort",
            "items": [{"id": "i1", "phase": "ideas", "kind": "idea", "text": "Robotbibliotek"}],
        },
    }
    bundle = parse_session_bytes(json.dumps(doc).encode()).bundle
    assert (bundle.items[0].pinned, bundle.items[0].builds_on) == (False, "")


def test_a_wrong_pin_or_link_in_a_file_is_named(store):
    from roundtable.sessionfile import SessionFileError, parse_session_document

    doc = {
        "format": "roundtable-session",
        "version": 1,
        "session": {
            "title": "Kort",
            "items": [
                {"id": "i1", "phase": "ideas", "kind": "idea", "text": "A", "pinned": "yes"},
                {"id": "i2", "phase": "ideas", "kind": "idea", "text": "B", "builds_on": "x"},
            ],
        },
    }
    with pytest.raises(SessionFileError) as caught:
        parse_session_document(doc)
    text = " ".join(str(p) for p in caught.value.problems)
    assert "items[0].pinned" in text and "items[1].builds_on" in text


def test_the_minutes_say_what_an_idea_and_a_barrier_build_on(store, tmp_path):
    import docx

    from roundtable.exports import export_minutes

    earlier = _idea(store, "Robotbibliotek")
    barrier = store.add_item(
        earlier.session_id,
        Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Ingen tid", category="economy"),
    )
    sid = store.create_session(Session("Arbejdskraft")).id
    later = store.add_item(
        sid, Item(Phase.IDEAS, ItemKind.IDEA, "Udlån", title="Udlån", builds_on=earlier.uid)
    )
    store.add_item(
        sid,
        Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Stadig ingen tid",
             category="economy", builds_on=barrier.uid),
    )  # fmt: skip
    target = export_minutes(store, later.session_id, tmp_path / "referat.docx")
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Bygger videre på: Robotbibliotek (Ældrepleje)" in text
    assert "(Bygger videre på: Ingen tid (Ældrepleje))" in text


def test_a_standing_item_travels_in_the_session_file(store):
    from roundtable.edits import SetStanding

    sid = store.create_session(Session("Dialogforum")).id
    point = store.add_item(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Status på strategien"))
    SetStanding(point.id, True).apply(store)
    text = dumps(store.export_bundle(sid))
    assert json.loads(text)["session"]["items"][0]["standing"] is True
    again = store.import_bundle(parse_session_bytes(text.encode()).bundle)
    assert store.items(again.id)[0].standing is True


def test_salvage_reads_the_items_of_a_database_from_before_the_pins(tmp_path):
    import sqlite3

    from roundtable.storage import SessionStore
    from roundtable.storage.salvage import salvage

    data = tmp_path / "data"
    with SessionStore.open(data) as store:
        sid = store.create_session(Session("Ældrepleje")).id
        store.add_item(sid, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek"))
    conn = sqlite3.connect(data / "roundtable.sqlite3")
    conn.executescript(
        "DROP INDEX items_builds_on; ALTER TABLE items DROP COLUMN pinned; "
        "ALTER TABLE items DROP COLUMN builds_on; ALTER TABLE items DROP COLUMN standing;"
    )
    conn.close()
    report = salvage(data / "roundtable.sqlite3", tmp_path / "out")
    (written,) = report.written
    items = json.loads(written.read_text(encoding="utf-8"))["session"]["items"]
    assert [i["text"] for i in items] == ["Robotbibliotek"] and report.skipped == 0
