"""`roundtable insights` and `roundtable followup` as a user runs them: the contract's JSON
keys, the series filter, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import run


@pytest.fixture
def series(tmp_path: Path, example_doc: dict) -> Path:
    """Three sessions: two in one series, one in another."""
    data = tmp_path / "data"
    files = []
    for n, (suffix, name) in enumerate([("Ældre", "DI 2023"), ("Unge", "DI 2023"),
                                        ("Grøn", "Andet")]):  # fmt: skip
        doc = json.loads(json.dumps(example_doc))
        doc["session"]["title"] += f" {suffix}"
        doc["session"]["series"] = name
        if n == 1:
            doc["session"]["items"][6]["votes"] = 0  # the second idea gets every vote
        path = tmp_path / f"s{n}.roundtable.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        files.append(str(path))
    assert run("import", *files, data=data).returncode == 0
    return data


def test_insights_json_has_the_contract_keys_and_counts_sessions_of_the_series(series):
    done = run("insights", "--series", "DI 2023", "--json", data=series)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert set(doc) >= {"sessions", "categories", "themes", "ideas", "sectors"}
    assert [s["id"] for s in doc["sessions"]] == [1, 2]
    first = doc["categories"][0]
    assert set(first) >= {"category", "label", "sessions", "barriers", "opportunities"}
    assert first["sessions"] == 2
    assert {"session_id", "uid", "title", "text", "votes", "share", "status"} <= set(
        doc["ideas"][0]
    )
    # In session 2 the second idea got every vote: the largest share of all.
    assert (doc["ideas"][0]["session_id"], doc["ideas"][0]["share"]) == (2, 1.0)


def test_a_meeting_only_planned_is_not_counted_in_what_recurs(series, tmp_path):
    # The next meeting of the series, planned with its participants: "in 2 of 3 sessions"
    # of what came up at both meetings held, and its guests "came back".
    planned = {"format": "roundtable-session", "version": 1,
               "session": {"title": "Næste møde", "series": "DI 2023", "status": "planned",
                           "participants": [{"id": "p1", "name": "Lise Mørk",
                                             "organisation": "Vestby Kommune",
                                             "sector": "municipal"}]}}  # fmt: skip
    path = tmp_path / "planned.roundtable.json"
    path.write_text(json.dumps(planned), encoding="utf-8")
    assert run("import", str(path), data=series).returncode == 0
    doc = json.loads(run("insights", "--series", "DI 2023", "--json", data=series).stdout)
    assert [s["id"] for s in doc["sessions"]] == [1, 2]
    assert doc["categories"][0]["sessions"] == 2
    text = run("insights", "--series", "DI 2023", data=series).stdout
    assert "of 2 sessions" in text and "of 3 sessions" not in text


def test_followup_marks_an_open_action_past_its_due_date_as_overdue(series):
    done = run("followup", "--series", "DI 2023", "--overdue", "--json", data=series)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows and all(r["overdue"] and r["kind"] == "action" for r in rows)
    keys = {"session_id", "session_title", "uid", "kind", "title", "text", "status", "owner",
            "due", "overdue", "outcome"}  # fmt: skip
    assert keys <= set(rows[0])
    assert rows[0]["owner"] == "Ulla Bech" and rows[0]["due"] == "2024-06-01"


def test_followup_lists_ideas_and_actions_of_the_sessions_named_by_id(series):
    rows = json.loads(run("followup", "3", "--json", data=series).stdout)
    assert {r["session_id"] for r in rows} == {3}
    assert {r["kind"] for r in rows} == {"idea", "action"}


@pytest.mark.parametrize("command", ["insights", "followup"])
def test_an_unknown_series_is_refused_with_a_message_naming_the_known_ones(series, command):
    done = run(command, "--series", "Ingen", data=series)
    assert done.returncode == 1
    assert 'no series called "Ingen"' in done.stderr and "DI 2023" in done.stderr
    assert done.stdout == ""


def test_an_unknown_session_id_is_refused(series):
    done = run("insights", "99", data=series)
    assert done.returncode == 1 and "99" in done.stderr


def test_a_series_and_ids_together_are_a_usage_error(series):
    assert run("insights", "--series", "DI 2023", "1", data=series).returncode == 2


def test_insights_from_a_quietly_damaged_database_are_refused_and_nothing_printed(tmp_path):
    from test_cli_recovery import _damage_the_page_holding

    from roundtable.domain import Item, ItemKind, Phase, Session
    from roundtable.storage import SessionStore

    data = tmp_path / "data"
    with SessionStore.open(data, automatic_backup=False) as store:
        session = store.create_session(Session("Ældrepleje"))
        store.add_item(session.id, Item(Phase.IDEAS, ItemKind.IDEA, "Robotbibliotek", votes=3))
        other = store.create_session(Session("Unge"))
        for n in range(30):  # notes of another session: reading session 1 never meets them
            text = f"MARKER-{n} " + "hjemmeplejen mangler hænder " * 20
            store.add_item(other.id, Item(Phase.NARRATIVE, ItemKind.NOTE, text))
    assert run("insights", "1", "--json", data=data).returncode == 0
    _damage_the_page_holding(data / "roundtable.sqlite3", b"MARKER-20 ")
    done = run("insights", "1", "--json", data=data)
    assert done.returncode == 1 and "is damaged" in done.stderr
    assert done.stdout == ""
