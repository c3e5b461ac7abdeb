from roundtable.domain.lineage import Outcome, compare, extended, followup_union


def test_the_same_revision_changes_nothing():
    assert compare("r2", ["r1", "r2"], "r2", ["r1", "r2"]) is Outcome.UNCHANGED


def test_an_older_file_changes_nothing():
    assert compare("r3", ["r1", "r2", "r3"], "r2", ["r1", "r2"]) is Outcome.UNCHANGED


def test_a_file_that_grew_from_the_stored_session_updates_it():
    assert compare("r2", ["r1", "r2"], "r4", ["r1", "r2", "r3", "r4"]) is Outcome.UPDATED


def test_changes_on_both_sides_make_a_copy_whatever_the_clocks_say():
    assert compare("r3", ["r1", "r3"], "r2", ["r1", "r2"]) is Outcome.COPY


def test_a_copied_revision_counted_as_seen_is_not_copied_again():
    seen = extended(["r1", "r3"], "r2")
    assert compare("r3", seen, "r2", ["r1", "r2"]) is Outcome.UNCHANGED


def test_extending_a_lineage_keeps_each_revision_once_and_ends_with_the_new_one():
    assert extended(["r1", "r2"], "r1") == ["r2", "r1"]
    assert extended(["r1"], "r2") == ["r1", "r2"]


def test_follow_up_history_is_the_union_of_both_sides_oldest_first():
    ours = [{"at": "2024-05-01T10:00:00+02:00", "status": "in_progress", "note": "Pilot"}]
    theirs = [
        {"at": "2024-05-01T10:00:00+02:00", "status": "in_progress", "note": "Pilot"},
        {"at": "2024-04-01T09:00:00+02:00", "status": "proposed"},
    ]
    merged = followup_union(ours, theirs)
    assert [e["status"] for e in merged] == ["proposed", "in_progress"]
