"""A paused phase timer stays paused through what happens during a break."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSettings

from roundtable.domain.model import Phase, Session


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _paused_meeting(start_app, clock: Clock):
    """A meeting 10 minutes into its 30-minute narrative, paused there."""
    running = start_app()
    running.workspace.clock = clock
    session = running.workspace.create_session(Session(title="Møde"))
    running.window.open_session(session.id, "run")
    run = running.window.run
    run.go_to(Phase.NARRATIVE)
    clock.now += timedelta(minutes=10)
    run.timer.toggle_pause()
    return running, session.id


def test_a_pause_outlives_a_look_at_another_session_during_the_break(qtbot, start_app):
    clock = Clock()
    running, sid = _paused_meeting(start_app, clock)
    window = running.window
    other = running.workspace.create_session(Session(title="Næste møde"))
    window.open_session(other.id, "run")
    clock.now += timedelta(minutes=15)  # the coffee break
    window.open_session(sid, "run")
    window.run.timer.refresh()
    assert window.run.timer.label.text() == "20:00"
    assert window.run.timer.timebox.paused
    window.run.timer.toggle_pause()
    clock.now += timedelta(minutes=5)
    window.run.timer.refresh()
    assert window.run.timer.label.text() == "15:00", "the break never counted"


def test_a_pause_outlives_a_quit_and_the_break_still_does_not_count(qtbot, start_app, data_dir):
    clock = Clock()
    running, sid = _paused_meeting(start_app, clock)
    running.window.close()
    running.close()  # the laptop shut for lunch; a crash leaves the disk as it is here
    clock.now += timedelta(minutes=40)
    again = start_app()
    again.workspace.clock = clock
    assert again.window.session_id == sid
    timer = again.window.run.timer
    again.window.open_session(sid, "run")
    timer.refresh()
    assert (timer.label.text(), timer.timebox.paused) == ("20:00", True)
    timer.toggle_pause()
    clock.now += timedelta(minutes=2)
    timer.refresh()
    assert timer.label.text() == "18:00"
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    uid = again.workspace.session(sid).uid
    assert settings.value(f"timer/{uid}/narrative")[2] == "", "on the disk: resumed"


def test_a_phase_started_again_is_timed_anew_not_with_an_old_pause(qtbot, start_app):
    clock = Clock()
    running, _sid = _paused_meeting(start_app, clock)
    run = running.window.run
    running.workspace.undo_stack.undo()  # the phase's start taken back while paused
    clock.now += timedelta(minutes=3)
    run.go_to(Phase.NARRATIVE)
    assert (run.timer.label.text(), run.timer.timebox.paused) == ("30:00", False)


def test_deleting_a_session_takes_its_kept_pause_off_the_disk(qtbot, start_app, data_dir, dialogs):
    clock = Clock()
    running, sid = _paused_meeting(start_app, clock)
    uid = running.workspace.session(sid).uid
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.contains(f"timer/{uid}/narrative")
    from roundtable.ui.shell.session_commands import delete_session

    delete_session(running.window, sid)  # the dialogs fixture answers Yes
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert not settings.contains(f"timer/{uid}/narrative")


def test_a_kept_pause_no_version_wrote_is_ignored_not_a_crash(qtbot, start_app, data_dir):
    clock = Clock()
    running, sid = _paused_meeting(start_app, clock)
    uid = running.workspace.session(sid).uid
    running.window.close()
    running.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"timer/{uid}/narrative", ["not a date", "many", "x"])
    settings.sync()
    again = start_app()
    again.workspace.clock = clock
    again.window.open_session(sid, "run")
    again.window.run.timer.refresh()
    assert again.window.run.timer.label.text() == "20:00"  # timed as if never paused
    assert not again.window.run.timer.timebox.paused


def test_a_paused_timer_is_greyed_here_and_on_the_presenter(qtbot, start_app):
    clock = Clock()
    running, _sid = _paused_meeting(start_app, clock)
    window = running.window
    window.menus.presenter_action.trigger()
    assert window.run.timer.label.property("state") == "paused"
    assert window.presenter.timer.property("state") == "paused"
    window.run.timer.toggle_pause()
    assert window.presenter.timer.property("state") == "running"
