"""The session file as docs/session-format.md defines it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roundtable.domain import ItemKind, Language, SessionStatus
from roundtable.errors import RoundtableError
from roundtable.sessionfile import (
    SessionFileError,
    bundle_to_document,
    dumps,
    parse_session_bytes,
    parse_session_document,
    read_session_file,
    write_session_file,
)

IDENTITY = ("uid", "revision", "revisions", "revised_at")


def without_identity(doc: dict[str, Any]) -> dict[str, Any]:
    """The document without the uids and revisions an export adds to a file that had none."""
    session = {k: v for k, v in doc["session"].items() if k not in IDENTITY}
    session["items"] = [{k: v for k, v in i.items() if k != "uid"} for i in session["items"]]
    return doc | {"session": session}


def refusal(doc: Any) -> list[str]:
    """The problems a document is refused with, as 'path: message' lines."""
    with pytest.raises(SessionFileError) as caught:
        parse_session_document(doc)
    return [str(p) for p in caught.value.problems]


def test_the_example_round_trips_to_the_same_document(store, example_path, example_doc):
    result = read_session_file(example_path)
    assert result.ignored == []
    session = store.import_bundle(result.bundle)
    exported = bundle_to_document(store.export_bundle(session.id))
    assert without_identity(exported) == example_doc


def test_export_is_stable_and_export_of_import_carries_the_same_information(store, example_doc):
    first = store.import_bundle(parse_session_document(example_doc).bundle)
    text = dumps(store.export_bundle(first.id))
    assert dumps(store.export_bundle(first.id)) == text
    # The same uid imported again as new gets a new identity; everything else is the same.
    again = store.import_bundle(parse_session_bytes(text.encode()).bundle)
    assert without_identity(json.loads(dumps(store.export_bundle(again.id)))) == (
        without_identity(json.loads(text))
    )


def test_defaults_for_a_minimal_file(store):
    doc = {"format": "roundtable-session", "version": 1, "session": {"title": "Kort"}}
    bundle = parse_session_document(doc).bundle
    assert bundle.session.language is Language.DA
    assert bundle.session.status is SessionStatus.PLANNED
    assert bundle.session.chatham_house is False
    session = store.import_bundle(bundle)
    out = bundle_to_document(store.export_bundle(session.id))["session"]
    assert [(p["key"], p["planned_minutes"]) for p in out["phases"]] == [
        ("narrative", 30),
        ("barriers_opportunities", 45),
        ("ideas", 45),
    ]


def test_ids_in_the_file_are_local_and_export_writes_fresh_ones(store, example_doc):
    s = example_doc["session"]
    rename = {"p1": "lise", "b2": "rammeaftaler"}
    for p in s["participants"]:
        p["id"] = rename.get(p["id"], p["id"])
    for item in s["items"]:
        item["id"] = rename.get(item["id"], item["id"])
        for ref in ("by", "owner"):
            if item.get(ref) in rename:
                item[ref] = rename[item[ref]]
        item["addresses"] = [rename.get(a, a) for a in item.get("addresses", [])] or None
        if item["addresses"] is None:
            del item["addresses"]
    for turn in s["speaking_turns"]:
        turn["by"] = rename.get(turn["by"], turn["by"])
    session = store.import_bundle(parse_session_document(example_doc).bundle)
    out = bundle_to_document(store.export_bundle(session.id))["session"]
    assert out["participants"][0]["id"] == "p1"
    assert out["items"][6]["addresses"] == ["b2"]


def test_text_is_kept_as_given(store, example_doc):
    odd = "Tab\t, NUL \x00, bell \x07, emoji 🧓🏽, RTL مرحبا, Ææ Øø Åå, \r\n"
    example_doc["session"]["items"][0]["text"] = odd
    example_doc["session"]["title"] = "🤖 " + "å" * 298
    raw = json.dumps(example_doc, ensure_ascii=True).encode()
    session = store.import_bundle(parse_session_bytes(raw).bundle)
    out = bundle_to_document(store.export_bundle(session.id))["session"]
    assert out["items"][0]["text"] == odd
    assert out["title"] == "🤖 " + "å" * 298


def test_unknown_and_inapplicable_fields_are_ignored_and_named(example_doc):
    example_doc["generator"] = "other tool"
    example_doc["session"]["colour"] = "blue"
    example_doc["session"]["items"][0]["votes"] = 3  # a note has no votes
    example_doc["session"]["participants"][0]["email"] = "lise@example.dk"
    result = parse_session_document(example_doc)
    assert result.ignored == [
        "generator (unknown field)",
        "session.colour (unknown field)",
        "session.participants[0].email (unknown field)",
        "session.items[0].votes (does not apply to a note)",
    ]
    assert result.bundle.items[0].votes is None


def test_a_barrier_listed_twice_is_kept_once(example_doc):
    example_doc["session"]["items"][6]["addresses"] = ["b2", "b2"]
    result = parse_session_document(example_doc)
    assert result.bundle.items[6].barrier_ids == [5]
    assert result.ignored == ['session.items[6].addresses[1] ("b2" is listed twice; kept once)']


def test_a_name_given_twice_is_said_with_its_path(example_doc):
    text = json.dumps(example_doc, ensure_ascii=False)
    # A hand edit that added a title beside the old one, and an item's text twice.
    text = text.replace('"title": ', '"title": "Gammel titel", "title": ', 1)
    first_text = json.dumps(example_doc["session"]["items"][2]["text"], ensure_ascii=False)
    text = text.replace(f'"text": {first_text}', f'"text": "kladde", "text": {first_text}', 1)
    result = parse_session_bytes(text.encode())
    assert result.bundle.session.title == example_doc["session"]["title"]  # JSON: the last
    assert result.ignored == [
        "session.title (given twice; only the last value is read)",
        "session.items[2].text (given twice; only the last value is read)",
    ]


# -- refusals: the whole file, with every problem and its path ---------------------------


def test_not_utf8():
    with pytest.raises(SessionFileError, match="not UTF-8"):
        parse_session_bytes('{"title": "Æ"}'.encode("latin-1"))


def test_a_utf8_byte_order_mark_is_accepted(example_doc):
    raw = b"\xef\xbb\xbf" + json.dumps(example_doc).encode()
    assert parse_session_bytes(raw).bundle.session.title.startswith("Rundbord")


def test_not_json():
    with pytest.raises(SessionFileError, match=r"not valid JSON: .* line 1, column 12"):
        parse_session_bytes(b'{"format": }')


def test_deeply_nested_json_is_refused_without_recursion_error():
    with pytest.raises(SessionFileError, match="nested too deeply"):
        parse_session_bytes(b"[" * 200_000 + b"]" * 200_000)


def test_deep_nesting_in_an_ignored_field_is_harmless(example_doc):
    nested: Any = []
    for _ in range(500):
        nested = [nested]
    example_doc["session"]["extra"] = nested
    assert parse_session_document(example_doc).ignored == ["session.extra (unknown field)"]


@pytest.mark.parametrize("doc", [[], "text", 3, None])
def test_not_an_object(doc):
    assert refusal(doc) == [f"the file must hold a JSON object, not {_name(doc)}"]


def _name(value: Any) -> str:
    return {list: "a list", str: "text", int: "the number 3", type(None): "null"}[type(value)]


def test_wrong_format(example_doc):
    example_doc["format"] = "something-else"
    assert refusal(example_doc) == [
        'format: must be "roundtable-session": this is not a Roundtable session file'
    ]


def test_a_newer_version_names_both_versions(example_doc):
    example_doc["version"] = 2
    [problem] = refusal(example_doc)
    assert "version 2" in problem and "reads version 1" in problem


@pytest.mark.parametrize("version", [0, "1", 1.0, True, None])
def test_an_invalid_version(example_doc, version):
    example_doc["version"] = version
    [problem] = refusal(example_doc)
    assert problem.startswith("version: must be")


def test_missing_session(example_doc):
    del example_doc["session"]
    assert refusal(example_doc) == ["session: is required"]


def test_every_problem_is_listed_with_its_path(example_doc):
    s = example_doc["session"]
    del s["title"]
    s["language"] = "de"
    s["starts_at"] = "2024-05-02T13:00:00"
    s["chatham_house"] = "yes"
    s["phases"][0]["planned_minutes"] = 0
    s["phases"][1]["ended_at"] = "2024-05-02T13:00:00+02:00"
    s["phases"][1]["started_at"] = "2024-05-02T14:00:00+02:00"
    s["phases"][2]["key"] = "narrative"
    s["participants"].append({"id": "p1", "name": "Lise's namesake"})
    s["participants"][2]["sector"] = "public"
    del s["participants"][3]["name"]
    s["items"][0]["kind"] = "barrier"
    s["items"][1]["text"] = ""
    s["items"][2]["text"] = "x" * 20_001
    s["items"][3]["by"] = "p9"
    s["items"][6]["addresses"] = ["b9", "o1", 3]
    s["items"][6]["votes"] = -1
    s["items"][6]["impact"] = 6
    s["items"][6]["effort"] = 2.5
    s["items"][6]["status"] = "maybe"
    s["items"][7]["owner"] = "nobody"
    s["items"][8]["due"] = "1. juni"
    s["items"][8]["id"] = "i1"
    s["speaking_turns"][0]["ended_at"] = "2024-05-02T13:00:00+02:00"
    s["speaking_turns"][1]["by"] = "ghost"
    del s["speaking_turns"][2]["started_at"]
    problems = refusal(example_doc)
    assert problems == [
        "session.title: is required",
        'session.starts_at: "2024-05-02T13:00:00" has no UTC offset (for example +01:00)',
        'session.language: "de" is not one of "da", "en"',
        "session.chatham_house: must be true or false, not text",
        "session.phases[0].planned_minutes: must be 1–600, not 0",
        "session.phases[1].ended_at: is before started_at",
        'session.phases[2].key: "narrative" is already given at session.phases[0]',
        'session.participants[2].sector: "public" is not one of "municipal", "private", "other"',
        "session.participants[3].name: is required",
        'session.participants[5].id: "p1" is already used by session.participants[0]',
        'session.items[0].kind: a barrier does not belong in the phase "narrative"',
        "session.items[1].text: must be 1–20,000 characters long, not 0",
        "session.items[2].text: must be 1–20,000 characters long, not 20,001",
        'session.items[3].by: no participant with id "p9"',
        "session.items[6].votes: must be 0 or more, not -1",
        "session.items[6].impact: must be 1–5, not 6",
        "session.items[6].effort: must be a whole number, not the number 2.5",
        'session.items[6].status: "maybe" is not one of "proposed", "in_progress", "done", '
        '"dropped"',
        'session.items[7].owner: no participant with id "nobody"',
        'session.items[8].id: "i1" is already used by session.items[6]',
        'session.items[8].due: "1. juni" is not an ISO 8601 date (YYYY-MM-DD)',
        'session.items[6].addresses[0]: no barrier with id "b9"',
        'session.items[6].addresses[1]: "o1" is an opportunity, not a barrier',
        "session.items[6].addresses[2]: must be an item id (text), not the number 3",
        "session.speaking_turns[0].ended_at: is before started_at",
        'session.speaking_turns[1].by: no participant with id "ghost"',
        "session.speaking_turns[2].started_at: is required",
    ]


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        ("title", "x" * 301, "session.title: must be 1–300 characters long, not 301"),
        ("title", 7, "session.title: must be text, not the number 7"),
        ("title", "bad \ud800 char", "session.title: holds an invalid character at position 4"),
        ("starts_at", "yesterday", 'session.starts_at: "yesterday" is not an ISO 8601 date-time'),
        (
            "status",
            "done",
            'session.status: "done" is not one of "planned", "running", "completed"',
        ),
        ("phases", {}, "session.phases: must be a list, not an object"),
        ("items", None, "session.items: must be a list, not null"),
        ("speaking_turns", ["p1"], "session.speaking_turns[0]: must be an object, not text"),
    ],
)
def test_single_session_field_refusals(example_doc, where, value, expected):
    example_doc["session"][where] = value
    assert refusal(example_doc) == [expected]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("votes", True, "must be a whole number, not true"),
        ("votes", 10**30, f"is too large ({10**30}); the largest possible is {2**63 - 1}"),
        ("impact", 0, "must be 1–5, not 0"),
        ("addresses", "b2", "must be a list, not text"),
        ("phase", "later", '"later" is not one of'),
        ("id", "", "must not be empty"),
    ],
)
def test_single_item_field_refusals(example_doc, field, value, expected):
    example_doc["session"]["items"][6][field] = value
    [problem] = refusal(example_doc)
    assert problem.startswith(f"session.items[6].{field}: {expected}")


def test_an_item_without_id_phase_kind_or_text(example_doc):
    example_doc["session"]["items"] = [{}]
    assert refusal(example_doc) == [
        "session.items[0].id: is required",
        "session.items[0].phase: is required",
        "session.items[0].kind: is required",
        "session.items[0].text: is required",
    ]


def test_a_file_that_cannot_be_read(tmp_path):
    with pytest.raises(RoundtableError, match=r"Cannot read .*missing\.json: No such file"):
        read_session_file(tmp_path / "missing.json")
    with pytest.raises(RoundtableError, match="Cannot read"):
        read_session_file(tmp_path)


def test_the_message_names_the_file_and_says_nothing_was_imported(tmp_path):
    bad = tmp_path / "møde.roundtable.json"
    bad.write_text('{"format": "roundtable-session", "version": 1, "session": {}}')
    with pytest.raises(SessionFileError) as caught:
        read_session_file(bad)
    assert str(caught.value).startswith(f"{bad} was refused (1 problem; nothing was imported)")


def test_a_long_list_of_problems_is_shortened(example_doc):
    example_doc["session"]["items"] = [{"id": "x"}] * 30
    with pytest.raises(SessionFileError) as caught:
        parse_session_document(example_doc)
    assert len(caught.value.problems) > 50
    assert "… and" in str(caught.value)


# -- writing ------------------------------------------------------------------------------


def test_writing_is_atomic_and_a_failure_leaves_the_old_file(store, example_doc, tmp_path):
    session = store.import_bundle(parse_session_document(example_doc).bundle)
    bundle = store.export_bundle(session.id)
    target = tmp_path / "out.roundtable.json"
    target.write_text("old content")
    bundle.items[0].kind = "not a kind"  # type: ignore[assignment]  # makes writing fail
    with pytest.raises(KeyError):
        write_session_file(bundle, target)
    assert target.read_text() == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.roundtable.json"]
    bundle.items[0].kind = ItemKind.NOTE
    write_session_file(bundle, target)
    assert without_identity(json.loads(target.read_text(encoding="utf-8"))) == example_doc


def test_writing_to_a_missing_folder_is_a_clear_error(store, example_doc, tmp_path):
    session = store.import_bundle(parse_session_document(example_doc).bundle)
    with pytest.raises(RoundtableError, match=r"Cannot write .*out\.json: No such file"):
        write_session_file(store.export_bundle(session.id), tmp_path / "nope" / "out.json")
    assert not (tmp_path / "nope").exists()


def test_exported_file_is_utf8_with_danish_letters_unescaped(store, example_doc, tmp_path):
    session = store.import_bundle(parse_session_document(example_doc).bundle)
    target = tmp_path / "out.json"
    write_session_file(store.export_bundle(session.id), target)
    assert "Grøn omstilling" in Path(target).read_text(encoding="utf-8")


def test_the_follow_up_fields_travel_in_the_file_and_an_empty_one_is_left_out(store, example_doc):
    session = example_doc["session"]
    session["purpose"] = "At finde fælles veje til emissionsfrie maskiner."
    session["next_meeting"] = "2024-09-03"
    session["minute_taker"] = "Anders Lund"
    session["distribution"] = "Deltagerne, KL"
    result = parse_session_document(example_doc)
    assert result.ignored == []
    stored = store.import_bundle(result.bundle)
    exported = without_identity(bundle_to_document(store.export_bundle(stored.id)))
    assert exported == example_doc
    del session["purpose"], session["next_meeting"]
    again = store.import_bundle(parse_session_document(example_doc).bundle)
    exported = bundle_to_document(store.export_bundle(again.id))["session"]
    assert "purpose" not in exported and "next_meeting" not in exported
