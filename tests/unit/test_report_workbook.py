"""`roundtable export-data` and `roundtable import-status` as an organiser uses them: the
workbook goes out, comes back with new statuses, and a bad cell refuses it whole."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from test_cli import run


@pytest.fixture
def series(tmp_path: Path, example_doc: dict) -> Path:
    data = tmp_path / "data"
    files = []
    for n, suffix in enumerate(["Ældre", "Unge"]):
        doc = json.loads(json.dumps(example_doc))
        doc["session"]["title"] += f" {suffix}"
        doc["session"]["series"] = "DI 2023"
        doc["session"].pop("uid", None)
        path = tmp_path / f"s{n}.roundtable.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        files.append(str(path))
    assert run("import", "--as-new", *files, data=data).returncode == 0
    return data


IDEAS, ACTIONS = "foreslået, i gang, gennemført, opgivet", "åben, gennemført, opgivet"


def _export(data: Path, target: Path, *extra: str) -> openpyxl.Workbook:
    done = run("export-data", "--series", "DI 2023", "-o", str(target), *extra, data=data)
    assert done.returncode == 0, done.stderr
    return openpyxl.load_workbook(target)


def _first_action_row(follow) -> int:
    return next(r for r in range(2, follow.max_row + 1) if follow[f"C{r}"].value == "handling")


def _followup(data: Path) -> list[dict]:
    return json.loads(run("followup", "--json", data=data).stdout)


def test_the_workbook_has_a_sheet_each_with_frozen_filtered_headers_and_real_dates(
    series, tmp_path
):
    book = _export(series, tmp_path / "data.xlsx")
    assert book.sheetnames == ["Møder", "Deltagere", "Punkter", "Opfølgning"]
    follow = book["Opfølgning"]
    header = [c.value for c in follow[1]]
    assert header == [
        "uid",
        "Møde",
        "Art",
        "Titel",
        "Tekst",
        "Ansvarlig",
        "Frist",
        "Status",
        "Resultat",
        "exported",  # hidden: what went out, for the import
    ]
    assert all(book[name].freeze_panes == "A2" for name in book.sheetnames)
    assert follow.auto_filter.ref.startswith("A1:I")
    assert isinstance(book["Møder"]["G2"].value, datetime)
    assert book["Møder"]["G2"].number_format == "yyyy-mm-dd hh:mm"  # no seconds
    assert book["Møder"]["H1"].value == "Status" and book["Møder"]["H2"].value == "afsluttet"
    dues = [row[6] for row in follow.iter_rows(min_row=2, values_only=True) if row[6]]
    assert dues and all(isinstance(d, datetime) for d in dues)
    choices = follow.data_validations.dataValidation
    assert choices and all(c.type == "list" and "gennemført" in c.formula1 for c in choices)
    assert any(str(c.sqref).startswith("H2:") for c in choices)
    items = book["Punkter"]
    assert items.max_row - 1 == _item_count(series)
    assert book.properties.creator == "Roundtable"


def _item_count(data: Path) -> int:
    return sum(s["items"] for s in json.loads(run("list", "--json", data=data).stdout))


def test_headers_follow_the_language_asked_for_except_uid(series, tmp_path):
    book = _export(series, tmp_path / "data.xlsx", "--language", "en")
    assert book.sheetnames == ["Sessions", "Participants", "Items", "Follow-up"]
    assert [c.value for c in book["Follow-up"][1]][:2] == ["uid", "Session"]
    assert book["Sessions"]["H2"].value == "completed"


def test_the_csv_has_one_row_per_item_with_a_byte_order_mark_and_semicolons(series, tmp_path):
    target = tmp_path / "items.csv"
    done = run("export-data", "--series", "DI 2023", "-o", str(target), data=series)
    assert done.returncode == 0, done.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("uid;Møde;Fase;Art")
    assert len(lines) - 1 == _item_count(series)


def test_under_the_chatham_house_rule_the_workbook_names_no_participant(tmp_path, crowded_doc):
    example_doc = crowded_doc  # every sector two or more: the sheets keep the sectors
    example_doc["session"]["chatham_house"] = True
    path = tmp_path / "s.roundtable.json"
    path.write_text(json.dumps(example_doc), encoding="utf-8")
    data = tmp_path / "data"
    assert run("import", str(path), data=data).returncode == 0
    target = tmp_path / "data.xlsx"
    assert run("export-data", "-o", str(target), data=data).returncode == 0
    book = openpyxl.load_workbook(target)
    cells = " ".join(
        str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )
    for person in example_doc["session"]["participants"]:
        assert person["name"] not in cells
    assert "en kommunal deltager" in cells


def test_an_unknown_series_or_an_empty_library_writes_nothing(series, tmp_path):
    target = tmp_path / "x.xlsx"
    done = run("export-data", "--series", "Ingen", "-o", str(target), data=series)
    assert done.returncode == 1 and "Ingen" in done.stderr and not target.exists()
    done = run("export-data", "-o", str(target), data=tmp_path / "empty")
    assert done.returncode == 1 and "no sessions" in done.stderr and not target.exists()


def test_changed_cells_come_back_as_dated_follow_up_entries(series, tmp_path):
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    uid = follow["A2"].value
    action_row = _first_action_row(follow)
    action_uid = follow[f"A{action_row}"].value
    follow["H2"] = "Opgivet"
    follow["I2"] = "Piloten kører"
    follow[f"H{action_row}"] = "done"
    follow[f"G{action_row}"] = date(2025, 3, 1)
    follow[f"F{action_row}"] = "Mette fra udbud"
    book.save(target)

    dry = run("import-status", str(target), "--dry-run", data=series)
    assert dry.returncode == 0, dry.stderr
    assert "2 items would change" in dry.stdout and uid in dry.stdout
    assert {r["uid"]: r for r in _followup(series)}[uid]["status"] != "dropped"

    done = run("import-status", str(target), data=series)
    assert done.returncode == 0, done.stderr
    rows = {r["uid"]: r for r in _followup(series)}
    assert rows[uid]["status"] == "dropped" and rows[uid]["outcome"] == "Piloten kører"
    action = rows[action_uid]
    assert (action["status"], action["due"], action["owner"]) == (
        "done",
        "2025-03-01",
        "Mette fra udbud",
    )
    again = run("import-status", str(target), data=series)
    assert "0 items changed" in again.stdout


def test_a_workbook_with_bad_cells_is_refused_whole_naming_every_cell(series, tmp_path):
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    follow["I2"] = "would be fine"
    follow["H3"] = "færdigx"
    follow["G4"] = "snart"
    follow["A5"] = "no-such-uid"
    follow.append([follow["A2"].value])  # a row twice
    book.save(target)
    before = _followup(series)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert any(
        line.startswith('Opfølgning!H3: "færdigx" is not a status: one of ') for line in lines
    )
    assert 'Opfølgning!G4: "snart" is not a date: write it as 15.12.2024 or 2024-12-15' in lines
    assert "Opfølgning!A5" in done.stderr and "no-such-uid" in done.stderr
    assert f"Opfølgning!A{follow.max_row}" in done.stderr
    assert _followup(series) == before


@pytest.mark.parametrize("damage", ["not a zip", "a sheet cut off", "a Word file", "a folder"])
def test_a_file_that_is_not_a_workbook_is_refused_with_a_message(series, tmp_path, damage):
    from test_sheet_reader import MAIN, _with_sheet_xml

    target = tmp_path / "x.xlsx"
    said = "not an Excel workbook"
    if damage == "not a zip":
        target.write_text("nope")
    elif damage == "a sheet cut off":
        _with_sheet_xml(target, f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c t="in')
    elif damage == "a Word file":  # said "export it with roundtable export-data"
        import docx

        target = tmp_path / "referat.docx"
        docx.Document().save(str(target))
        said = "holds a document.xml, not a workbook"
    else:  # said "[Errno 21] Is a directory"
        target.mkdir()
        said = "is a folder, not an Excel workbook"
    before = _followup(series)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 1 and said in done.stderr and "Errno" not in done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert _followup(series) == before


def test_the_changes_of_a_workbook_are_one_step_that_undo_takes_back(tmp_path, example_doc):
    from roundtable.edits.followups import SetFollowUps
    from roundtable.report.status_import import apply_changes, read_changes
    from roundtable.report.workbook import write_workbook
    from roundtable.sessionfile import parse_session_document
    from roundtable.storage import SessionStore

    store = SessionStore.in_memory()
    session = store.import_session(parse_session_document(example_doc).bundle).session
    target = tmp_path / "data.xlsx"
    write_workbook([store.export_bundle(session.id)], target, session.language)
    book = openpyxl.load_workbook(target)
    book["Opfølgning"]["I2"] = "Afsluttet med et pilotforsøg"
    book.save(target)
    before = store.export_bundle(session.id).items
    (change,) = read_changes(store, target)
    apply_changes(store, [change], datetime(2025, 1, 2, 10, 0).astimezone())
    item = store.get_item(change.item_id)
    assert item.outcome == "Afsluttet med et pilotforsøg"
    assert item.followups[-1].note == "fra regnearket"
    stored = store.get_item(change.item_id)
    edit = SetFollowUps([stored], [dataclasses.replace(stored, outcome="x")])
    edit.apply(store)
    assert store.get_item(change.item_id).outcome == "x"
    edit.undo(store)
    assert store.get_item(change.item_id).outcome == "Afsluttet med et pilotforsøg"
    store.update_item(change.item_id, outcome="", followups=[])
    assert store.export_bundle(session.id).items == before


def test_a_workbook_saved_again_by_excel_comes_back_with_its_dates(series, tmp_path):
    from test_sheet_reader import excel_like

    book = _export(series, tmp_path / "data.xlsx")
    follow = book["Opfølgning"]
    rows = [[c.value for c in row] for row in follow.iter_rows()]
    action = next(r for r in rows if r[2] == "handling")
    action[6] = date(2025, 4, 1)  # Excel keeps a date as a number with a date style
    action[7] = "Gennemført"  # a label, as typed: capitals are no matter
    target = excel_like(tmp_path / "excel.xlsx", {"Opfølgning": rows})
    done = run("import-status", str(target), data=series)
    assert done.returncode == 0, done.stderr
    assert "1 item changed" in done.stdout
    row = {r["uid"]: r for r in _followup(series)}[action[0]]
    assert (row["status"], row["due"]) == ("done", "2025-04-01")


def _kinds(follow) -> dict[int, str]:
    return {r: follow[f"C{r}"].value for r in range(2, follow.max_row + 1)}


@pytest.mark.parametrize(
    ("language", "sheet", "ideas", "actions"),
    [
        ("da", "Opfølgning", '"foreslået,i gang,gennemført,opgivet"', '"åben,gennemført,opgivet"'),
        ("en", "Follow-up", '"proposed,in progress,done,dropped"', '"open,done,dropped"'),
    ],
)
def test_each_rows_status_drop_down_offers_only_the_statuses_of_its_kind(
    series, tmp_path, language, sheet, ideas, actions
):
    book = _export(series, tmp_path / "data.xlsx", "--language", language)
    follow = book[sheet]
    offered = {c.formula1: c for c in follow.data_validations.dataValidation}
    assert set(offered) == {ideas, actions}
    assert all(c.type == "list" and c.allow_blank for c in offered.values())
    idea, action = ("idé", "handling") if language == "da" else ("idea", "action")
    kinds = _kinds(follow)
    assert set(kinds.values()) == {idea, action}
    for row, kind in kinds.items():
        own, other = (ideas, actions) if kind == idea else (actions, ideas)
        assert f"H{row}" in offered[own].sqref and f"H{row}" not in offered[other].sqref
    # Consecutive rows of a kind are one range: rows 2-3 are the first session's ideas.
    assert "H2:H3" in str(offered[ideas].sqref).split()


def test_the_drop_downs_ranges_merge_consecutive_rows_so_many_rows_stay_small():
    from roundtable.domain.model import ItemKind
    from roundtable.report.workbook import status_ranges

    idea, action = ItemKind.IDEA, ItemKind.ACTION
    kinds = [idea] * 3 + [action] + [idea] * 9_995 + [action]
    assert status_ranges("H", kinds) == {idea: "H2:H4 H6:H10000", action: "H5 H10001"}
    assert status_ranges("H", []) == {}


def test_a_status_of_the_other_kind_is_refused_saying_so(series, tmp_path):
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    kinds = _kinds(follow)
    idea_row = next(r for r, k in kinds.items() if k == "idé")
    action_row = next(r for r, k in kinds.items() if k == "handling")
    other_idea = next(r for r, k in kinds.items() if k == "idé" and r != idea_row)
    follow[f"H{idea_row}"] = "åben"  # offered on an action's row
    follow[f"H{action_row}"] = "In progress"  # an idea's status, in English
    follow[f"H{other_idea}"] = "færdigx"
    book.save(target)
    before = _followup(series)
    for dry in ([], ["--dry-run"]):
        done = run("import-status", str(target), *dry, data=series)
        assert done.returncode == 1 and done.stdout == ""
        lines = done.stderr.splitlines()
        # Each names the statuses its row takes, in the sheet's language.
        assert f'Opfølgning!H{idea_row}: "åben" is not a status of an idea: one of {IDEAS}' in lines
        action = f'"In progress" is not a status of an action: one of {ACTIONS}'
        assert f"Opfølgning!H{action_row}: {action}" in lines
        assert f'Opfølgning!H{other_idea}: "færdigx" is not a status: one of {IDEAS}' in lines
        assert "3 bad cells" in done.stderr
    assert _followup(series) == before


def test_a_due_date_on_an_ideas_row_is_refused_not_dropped(series, tmp_path):
    from test_sheet_reader import excel_like

    book = _export(series, tmp_path / "data.xlsx")
    follow = book["Opfølgning"]
    kinds = _kinds(follow)
    idea_row = next(r for r, k in kinds.items() if k == "idé")
    action_row = next(r for r, k in kinds.items() if k == "handling")
    follow[f"G{idea_row}"] = date(2025, 3, 1)
    follow[f"G{action_row}"] = date(2025, 3, 2)  # fine on an action's row
    follow[f"I{idea_row}"] = "would be fine"
    written = tmp_path / "written.xlsx"
    book.save(written)
    rows = [[c.value for c in row] for row in follow.iter_rows()]
    resaved = excel_like(tmp_path / "excel.xlsx", {"Opfølgning": rows})
    before = _followup(series)
    for target in (written, resaved):
        done = run("import-status", str(target), data=series)
        assert done.returncode == 1
        lines = done.stderr.splitlines()
        assert f"Opfølgning!G{idea_row}: an idea has no due date" in lines
        assert "1 bad cell:" in done.stderr
    assert _followup(series) == before


def test_a_due_date_typed_as_text_on_an_ideas_row_is_refused_too(series, tmp_path):
    target = tmp_path / "data.xlsx"
    book = _export(series, target, "--language", "en")
    follow = book["Follow-up"]
    idea_row = next(r for r, k in _kinds(follow).items() if k == "idea")
    follow[f"G{idea_row}"] = "01.03.2025"
    book.save(target)
    before = _followup(series)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 1
    assert f"Follow-up!G{idea_row}: an idea has no due date" in done.stderr.splitlines()
    assert _followup(series) == before


def test_two_returned_copies_of_one_export_each_change_only_what_was_edited_in_it(series, tmp_path):
    # Two partners return copies of the same export: the second, which changed another
    # row, must not put back the status and outcome the first one set.
    base = tmp_path / "base.xlsx"
    book = _export(series, base)
    follow = book["Opfølgning"]
    assert follow["J1"].value == "exported" and follow.column_dimensions["J"].hidden
    first_uid, other_uid = follow["A2"].value, follow["A3"].value
    follow["H2"] = "opgivet"
    follow["I2"] = "Markedsdialog holdt 3. juni"
    book.save(tmp_path / "partner_a.xlsx")
    book = openpyxl.load_workbook(base)
    book["Opfølgning"]["I3"] = "Sendt til udvalget"
    book.save(tmp_path / "partner_b.xlsx")

    assert run("import-status", str(tmp_path / "partner_a.xlsx"), data=series).returncode == 0
    done = run("import-status", str(tmp_path / "partner_b.xlsx"), data=series)
    assert done.returncode == 0, done.stderr
    assert "1 item changed" in done.stdout and first_uid not in done.stdout
    rows = {r["uid"]: r for r in _followup(series)}
    assert rows[first_uid]["status"] == "dropped"
    assert rows[first_uid]["outcome"] == "Markedsdialog holdt 3. juni"
    assert rows[other_uid]["outcome"] == "Sendt til udvalget"


def test_a_cell_changed_here_since_the_export_is_named_before_the_workbook_replaces_it(
    series, tmp_path
):
    # A stale copy came back after the status had moved on here: it silently put back
    # an older judgement. The workbook's edit still wins, but the list says what it replaces.
    base = tmp_path / "base.xlsx"
    book = _export(series, base)
    uid = book["Opfølgning"]["A2"].value
    partner = tmp_path / "partner.xlsx"
    book["Opfølgning"]["H2"] = "opgivet"
    book.save(partner)
    moved_on = openpyxl.load_workbook(base)
    moved_on["Opfølgning"]["H2"] = "gennemført"
    moved_on.save(tmp_path / "first.xlsx")
    assert run("import-status", str(tmp_path / "first.xlsx"), data=series).returncode == 0
    done = run("import-status", "--dry-run", str(partner), data=series)
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith(uid))
    assert "status: done → dropped (changed here since the export, when it was in_progress)" in line
    untouched = next(u for u in (book["Opfølgning"]["A3"].value,) if u)
    assert "changed here since" not in " ".join(
        line for line in done.stdout.splitlines() if line.startswith(untouched)
    )


def test_a_workbook_without_the_exported_column_is_compared_with_the_store(series, tmp_path):
    # An export from before the column (or one whose hidden cells were deleted).
    target = tmp_path / "old.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    uid = follow["A2"].value
    follow.delete_cols(10)
    follow["I2"] = "Piloten kører"
    book.save(target)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 0, done.stderr
    assert "1 item changed" in done.stdout
    assert {r["uid"]: r for r in _followup(series)}[uid]["outcome"] == "Piloten kører"


def test_a_formula_saved_without_its_value_is_refused_naming_the_cell(series, tmp_path):
    # A workbook filled in by a script (openpyxl) keeps formulas uncalculated: the import
    # stopped with "unexpected error (ValueError …)".
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    action_row = _first_action_row(follow)
    follow["H2"] = '=CONCAT("gennem","ført")'
    follow[f"G{action_row}"] = "=TODAY()"
    book.save(target)
    before = _followup(series)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 1 and "unexpected error" not in done.stderr
    assert 'Opfølgning!H2: holds a formula (=CONCAT("gennem","ført")) saved without its value' in (
        done.stderr
    )
    assert f"Opfølgning!G{action_row}: holds a formula (=TODAY())" in done.stderr
    assert _followup(series) == before


def test_a_workbook_for_a_missing_folder_is_refused_in_one_line(series, tmp_path):
    target = tmp_path / "missing" / "folder" / "data.xlsx"
    done = run("export-data", "--series", "DI 2023", "-o", str(target), data=series)
    assert done.returncode == 1
    assert done.stderr.strip() == f"roundtable: Cannot write {target}: No such file or directory."
    assert not target.parent.exists()


def test_a_due_date_no_one_would_set_is_refused(series, tmp_path):
    # Excel turns -5 into 25 December 1899 and a bare time into 30 December 1899.
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    action_row = _first_action_row(follow)
    follow[f"G{action_row}"] = date(1899, 12, 25)
    book.save(target)
    before = _followup(series)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 1
    assert f"Opfølgning!G{action_row}: 1899-12-25 is no due date" in done.stderr
    assert _followup(series) == before


def test_a_workbook_met_by_a_busy_database_says_nothing_changed_and_lists_nothing(series, tmp_path):
    import sqlite3

    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    book["Opfølgning"]["I2"] = "Piloten kører"
    book.save(target)
    holder = sqlite3.connect(series / "roundtable.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the app, say, in the middle of a write
    try:
        done = run("import-status", str(target), data=series)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert "busy" in done.stderr and done.stderr.strip().endswith("Nothing was changed.")
    assert done.stdout == ""  # not a list of changes as if they were made
    assert all(r["outcome"] != "Piloten kører" for r in _followup(series))


def test_in_the_workbook_each_sessions_rows_follow_its_own_rule(tmp_path, crowded_doc):
    # One session under the rule made the follow-up sheet name no owner of any session:
    # "en deltager" on every row the organiser was to chase.
    ruled = json.loads(json.dumps(crowded_doc))
    ruled["session"]["chatham_house"] = True
    ruled["session"]["uid"] = "6f0c2d0e-9d63-4d1e-8a55-2b8f0d4b7c11"
    ruled["session"]["title"] = "Under reglen"
    data = tmp_path / "data"
    for name, doc in (("open", crowded_doc), ("ruled", ruled)):
        path = tmp_path / f"{name}.roundtable.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        assert run("import", str(path), data=data).returncode == 0
    target = tmp_path / "data.xlsx"
    assert run("export-data", "-o", str(target), data=data).returncode == 0
    book = openpyxl.load_workbook(target)

    def rows(sheet: str, title: str) -> str:
        return " ".join(
            str(v)
            for row in book[sheet].iter_rows(values_only=True)
            if title in row
            for v in row
            if v is not None
        )

    people = crowded_doc["session"]["participants"]
    sheets = [ws.title for ws in book.worksheets]
    for sheet in sheets[1:3]:  # the participants and the items
        assert any(p["name"] in rows(sheet, crowded_doc["session"]["title"]) for p in people)
        assert not any(p["name"] in rows(sheet, "Under reglen") for p in people)
    ruled_people = rows(sheets[1], "Under reglen")
    assert not any(p.get("role") and p["role"] in ruled_people for p in people)


def test_a_due_date_typed_as_text_with_mixed_separators_is_read(series, tmp_path):
    # "15/12-2025" was refused with only "is not a date", while the app reads it.
    target = tmp_path / "data.xlsx"
    book = _export(series, target)
    follow = book["Opfølgning"]
    row = _first_action_row(follow)
    uid = follow[f"A{row}"].value
    follow[f"G{row}"] = "15/12-2025"
    book.save(target)
    done = run("import-status", str(target), data=series)
    assert done.returncode == 0, done.stderr
    assert {r["uid"]: r for r in _followup(series)}[uid]["due"] == "2025-12-15"
