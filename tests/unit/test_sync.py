"""Two laptops (two data folders) and one shared folder that a sync service keeps."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable.domain import ActionStatus, Item, ItemKind, Phase, Session
from roundtable.errors import RoundtableError
from roundtable.sessionfile.sync import sync_folder
from roundtable.storage import SessionStore


@pytest.fixture
def laptops(tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    a = SessionStore.open(tmp_path / "a", automatic_backup=False)
    b = SessionStore.open(tmp_path / "b", automatic_backup=False)
    yield a, b, shared
    a.close()
    b.close()


def texts(store: SessionStore) -> set[str]:
    return {i.text for s in store.list_sessions() for i in store.items(s.id)}


def titles(store: SessionStore) -> list[str]:
    return sorted(s.title for s in store.list_sessions())


def only_session(store: SessionStore) -> int:
    [summary] = store.list_sessions()
    return summary.id


def test_a_session_made_in_a_appears_in_b(laptops):
    a, b, shared = laptops
    sid = a.create_session(Session("Ældrepleje", series="Velfærd 2024"))
    a.add_item(sid.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Hjemmeplejen mangler hænder"))
    out = sync_folder(a, shared)
    assert [(m.title, m.outcome) for m in out.moved] == [("Ældrepleje", "written")]
    came = sync_folder(b, shared)
    assert [(m.title, m.outcome) for m in came.moved] == [("Ældrepleje", "new")]
    theirs = b.get_session(only_session(b))
    assert theirs.uid == a.get_session(sid.id).uid and theirs.series == "Velfærd 2024"
    assert texts(b) == {"Hjemmeplejen mangler hænder"}
    assert sync_folder(a, shared).moved == [] and sync_folder(b, shared).moved == []


def test_a_change_in_b_comes_back_to_a_as_an_update_not_a_duplicate(laptops):
    a, b, shared = laptops
    sid = a.create_session(Session("Ældrepleje")).id
    a.add_item(sid, Item(Phase.IDEAS, ItemKind.ACTION, "Ring til udbudsafdelingen"))
    sync_folder(a, shared)
    sync_folder(b, shared)
    action = b.items(only_session(b))[0]
    b.update_item(action.id, status=ActionStatus.DONE, outcome="Aftale indgået")
    b.add_item(only_session(b), Item(Phase.NARRATIVE, ItemKind.NOTE, "Tilføjet i B"))
    assert [m.outcome for m in sync_folder(b, shared).moved] == ["written"]
    came = sync_folder(a, shared)
    assert [(m.session_id, m.outcome) for m in came.moved] == [(sid, "updated")]
    assert len(a.list_sessions()) == 1
    mine = {i.text: i for i in a.items(sid)}
    assert mine["Ring til udbudsafdelingen"].status is ActionStatus.DONE
    assert mine["Ring til udbudsafdelingen"].uid == action.uid
    assert "Tilføjet i B" in mine


def test_changes_on_both_sides_give_one_conflicting_copy_and_lose_nothing(laptops):
    a, b, shared = laptops
    sid = a.create_session(Session("Ældrepleje")).id
    sync_folder(a, shared)
    sync_folder(b, shared)
    a.add_item(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Fra A"))
    b.add_item(only_session(b), Item(Phase.NARRATIVE, ItemKind.NOTE, "Fra B"))
    sync_folder(b, shared)
    came = sync_folder(a, shared)
    assert [m.outcome for m in came.imported] == ["copy"]
    for _ in range(2):
        sync_folder(b, shared)
        sync_folder(a, shared)
    for store in (a, b):
        assert titles(store) == ["Ældrepleje", "Ældrepleje (modstridende kopi)"]
        assert texts(store) == {"Fra A", "Fra B"}


def test_a_half_written_file_is_skipped_quietly_and_picked_up_later(laptops, tmp_path):
    a, b, shared = laptops
    a.create_session(Session("Ældrepleje"))
    sync_folder(a, shared)
    [written] = list(shared.iterdir())
    whole = written.read_bytes()
    arriving = shared / "Arbejdskraft.roundtable.json"
    doc = json.loads(whole)
    doc["session"]["uid"] = "0c6b3a5e-3f0e-4f7e-9a51-2d7f0e3a9b11"
    doc["session"]["title"] = "Arbejdskraft"
    full = json.dumps(doc).encode()
    arriving.write_bytes(full[: len(full) // 2])
    first = sync_folder(b, shared)
    assert [m.title for m in first.moved] == ["Ældrepleje"]
    assert first.invalid == [] and first.pending == [arriving.name]
    arriving.write_bytes(full)
    later = sync_folder(b, shared)
    assert [(m.title, m.outcome) for m in later.moved] == [("Arbejdskraft", "new")]


def test_a_file_that_stays_invalid_is_reported_once_by_name(laptops):
    a, _b, shared = laptops
    broken = shared / "Rod.roundtable.json"
    broken.write_text("{ not json")
    old = 1_600_000_000
    os.utime(broken, (old, old))  # settled: not a sync client mid-write
    assert sync_folder(a, shared).invalid == []
    [said] = sync_folder(a, shared).invalid
    assert said.startswith("Rod.roundtable.json: not valid JSON")
    assert sync_folder(a, shared).invalid == []
    refused = shared / "Forkert.roundtable.json"
    refused.write_text(json.dumps({"format": "roundtable-session", "version": 1, "session": {}}))
    [said] = sync_folder(a, shared).invalid
    assert said.startswith("Forkert.roundtable.json: session.title: is required")
    assert sync_folder(a, shared).invalid == []


def test_deleting_a_file_in_the_folder_deletes_nothing(laptops):
    a, b, shared = laptops
    a.create_session(Session("Ældrepleje"))
    sync_folder(a, shared)
    sync_folder(b, shared)
    for file in shared.iterdir():
        file.unlink()
    assert sync_folder(b, shared).imported == []
    assert titles(a) == titles(b) == ["Ældrepleje"]
    # The sessions are still there, so their files come back.
    assert len(list(shared.iterdir())) == 1


def test_a_session_edited_after_it_was_written_is_written_again(laptops):
    a, b, shared = laptops
    sid = a.create_session(Session("Ældrepleje")).id
    sync_folder(a, shared)
    a.update_session(sid, title="Ældrepleje i Vestby")
    assert [m.outcome for m in sync_folder(a, shared).moved] == ["written"]
    # One file per session: the one under the old title went.
    [file] = list(shared.iterdir())
    assert file.name.startswith("Ældrepleje i Vestby ")
    sync_folder(b, shared)
    assert titles(b) == ["Ældrepleje i Vestby"]


def test_a_missing_folder_is_a_clear_error(laptops, tmp_path):
    a, _b, _shared = laptops
    with pytest.raises(RoundtableError, match="does not exist"):
        sync_folder(a, tmp_path / "nowhere")


EDITS = st.lists(
    st.sampled_from(["edit a", "edit b", "sync a", "sync b", "follow up a", "follow up b"]),
    max_size=14,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=EDITS)
def test_any_interleaving_of_edits_and_syncs_loses_no_edit(tmp_path_factory, steps):
    root = tmp_path_factory.mktemp("interleaving")
    shared = root / "shared"
    shared.mkdir()
    stores = {
        "a": SessionStore.open(root / "a", automatic_backup=False),
        "b": SessionStore.open(root / "b", automatic_backup=False),
    }
    try:
        first = stores["a"].create_session(Session("Fælles"))
        sync_folder(stores["a"], shared)
        sync_folder(stores["b"], shared)
        made: set[str] = set()
        for number, step in enumerate(steps):
            verb, who = step.rsplit(" ", 1)
            store = stores[who]
            if verb == "sync":
                sync_folder(store, shared)
                continue
            target = store.list_sessions()[-1].id  # the oldest: the shared one, or its copy
            if verb == "edit":
                text = f"{who}{number}"
                store.add_item(target, Item(Phase.IDEAS, ItemKind.ACTION, text))
                made.add(text)
            else:
                actions = [i for i in store.items(target) if i.kind is ItemKind.ACTION]
                if actions:
                    store.update_item(actions[0].id, status=ActionStatus.DONE)
        for _ in range(3):
            sync_folder(stores["a"], shared)
            sync_folder(stores["b"], shared)
        # Every edit is somewhere, and after a few rounds everywhere: the stores agree.
        assert made <= texts(stores["a"]) | texts(stores["b"])
        assert texts(stores["a"]) == texts(stores["b"])
        assert titles(stores["a"]) == titles(stores["b"])
        assert first.title in titles(stores["a"])
    finally:
        for store in stores.values():
            store.close()


def test_a_file_whose_name_is_not_utf8_is_reported_and_the_rest_still_syncs(laptops):
    # A name written by another system's encoding (bytes 0xff) stopped every sync with an
    # "unexpected error": the database cannot store it.
    a, b, shared = laptops
    a.create_session(Session("Ældrepleje"))
    odd = os.fsdecode(b"bad\xffname.roundtable.json")
    (shared / odd).write_text("{}", encoding="utf-8")
    report = sync_folder(a, shared)
    assert [m.outcome for m in report.moved] == ["written"]
    assert report.invalid == [
        "bad\ufffdname.roundtable.json: its name is not UTF-8 text; rename it to sync it"
    ]
    assert [m.outcome for m in sync_folder(b, shared).moved] == ["new"]


def test_a_stale_conflict_copy_in_the_folder_makes_one_copy_between_laptops_not_one_each(
    laptops,
):
    # A sync client's conflict file ("…-LAPTOPQ") of the same session, a sibling revision:
    # each laptop made its own copy of it, and both copies spread to every laptop.
    a, b, shared = laptops
    session = a.create_session(Session("Ældrepleje"))
    a.add_item(session.id, Item(Phase.NARRATIVE, ItemKind.NOTE, "Hjemmeplejen mangler hænder"))
    sync_folder(a, shared)
    [written] = shared.glob("*.roundtable.json")
    stale = json.loads(written.read_text(encoding="utf-8"))
    stale["session"]["revision"] = "5b7f7c1e-0000-4000-8000-000000000001"
    stale["session"]["revisions"] = [stale["session"]["revision"]]
    stale["session"]["items"][0]["text"] = "Hjemmeplejen mangler hænder om natten"
    conflict = shared / written.name.replace(".roundtable.json", "-LAPTOPQ.roundtable.json")
    conflict.write_text(json.dumps(stale), encoding="utf-8")
    for _ in range(2):
        sync_folder(a, shared)
        sync_folder(b, shared)
    for laptop in (a, b):
        assert len(laptop.list_sessions()) == 2, titles(laptop)
        assert "Hjemmeplejen mangler hænder om natten" in texts(laptop)


def protect(file: Path) -> bytes:
    """Make `file` read-only (`chmod a-w`) and settled (not a sync client mid-write)."""
    file.chmod(0o444)
    old = 1_600_000_000
    os.utime(file, (old, old))
    return file.read_bytes()


def test_a_read_only_file_is_not_written_over_is_reported_once_and_the_rest_still_syncs(laptops):
    # A rename needs only the folder's permission: a protected file was silently replaced.
    a, b, shared = laptops
    kept = a.create_session(Session("Ældrepleje")).id
    other = a.create_session(Session("Arbejdskraft")).id
    sync_folder(a, shared)
    [file] = shared.glob("Ældrepleje *")
    before = protect(file)
    a.add_item(kept, Item(Phase.NARRATIVE, ItemKind.NOTE, "Efter fredningen"))
    a.add_item(other, Item(Phase.NARRATIVE, ItemKind.NOTE, "Skrives stadig"))
    report = sync_folder(a, shared)
    assert [(m.title, m.outcome) for m in report.moved] == [("Arbejdskraft", "written")]
    assert report.invalid == [
        f"{file.name}: it is read-only, so “Ældrepleje” was not written to it; make it "
        "writable to sync it"
    ]
    assert file.read_bytes() == before
    assert sorted(p.name for p in shared.iterdir() if p.name.startswith(".")) == []
    again = sync_folder(a, shared)
    assert again.invalid == [] and again.moved == []  # said once while the file stays so
    assert file.read_bytes() == before
    file.chmod(0o644)
    report = sync_folder(a, shared)
    assert [(m.title, m.outcome) for m in report.moved] == [("Ældrepleje", "written")]
    sync_folder(b, shared)
    assert {"Efter fredningen", "Skrives stadig"} <= texts(b)


def test_a_read_only_file_under_an_older_title_is_kept(laptops):
    a, _b, shared = laptops
    sid = a.create_session(Session("Ældrepleje")).id
    sync_folder(a, shared)
    [old] = list(shared.iterdir())
    before = protect(old)
    a.update_session(sid, title="Ældrepleje i Vestby")
    report = sync_folder(a, shared)
    assert [m.outcome for m in report.moved] == ["written"] and report.invalid == []
    assert old.read_bytes() == before
    assert len(list(shared.glob("Ældrepleje i Vestby *"))) == 1


def test_an_older_titles_file_that_cannot_be_deleted_now_does_not_stop_the_sync(
    laptops, monkeypatch
):
    # Windows refuses to delete a file a sync client holds open: the new file was written,
    # but the error stopped the pass, and every later pass, before the other sessions.
    a, _b, shared = laptops
    sid = a.create_session(Session("Ældrepleje")).id
    sync_folder(a, shared)
    [old] = list(shared.iterdir())
    a.update_session(sid, title="Ældrepleje i Vestby")
    a.create_session(Session("Unges trivsel"))
    real_unlink = Path.unlink

    def held_open(path, *args, **kwargs):
        if path == old:
            raise PermissionError(13, "The process cannot access the file", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", held_open)
    report = sync_folder(a, shared)
    assert sorted(m.title for m in report.moved) == ["Unges trivsel", "Ældrepleje i Vestby"]
    monkeypatch.setattr(Path, "unlink", real_unlink)
    a.update_session(sid, purpose="Flere hænder")
    sync_folder(a, shared)  # let go of: the session's next write takes it away
    assert not old.exists()


def test_a_conflicting_copy_is_kept_out_of_the_series_so_it_is_not_counted_twice(laptops):
    a, b, shared = laptops
    sid = a.create_session(Session("Ældrepleje", series="Rundborde 2024")).id
    sync_folder(a, shared)
    sync_folder(b, shared)
    a.add_item(sid, Item(Phase.NARRATIVE, ItemKind.NOTE, "Fra A"))
    b.add_item(only_session(b), Item(Phase.NARRATIVE, ItemKind.NOTE, "Fra B"))
    sync_folder(b, shared)
    sync_folder(a, shared)
    for store in (a, b):
        sync_folder(store, shared)
        series = {s.title: s.series for s in store.list_sessions()}
        assert series == {"Ældrepleje": "Rundborde 2024", "Ældrepleje (modstridende kopi)": ""}
