"""Where a session is, and what moving between phases records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from roundtable.domain import progress, rules
from roundtable.domain.model import Phase, SessionStatus
from roundtable.domain.timebox import Timebox, TimeboxState

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
N, B, I = Phase.NARRATIVE, Phase.BARRIERS_OPPORTUNITIES, Phase.IDEAS  # noqa: E741


def test_moving_on_ends_the_phase_and_starts_the_next_at_the_same_instant():
    plans = progress.moved_to(rules.default_phases(), N, T0)
    assert progress.current_phase(plans) is N
    plans = progress.moved_to(plans, B, T0 + timedelta(minutes=31))
    by = {p.phase: p for p in plans}
    assert by[N].ended_at == by[B].started_at == T0 + timedelta(minutes=31)
    assert progress.running_phase(plans) is B


def test_going_back_resumes_the_earlier_phase_and_keeps_its_first_start():
    plans = progress.moved_to(rules.default_phases(), N, T0)
    plans = progress.moved_to(plans, B, T0 + timedelta(minutes=30))
    plans = progress.moved_to(plans, N, T0 + timedelta(minutes=40))
    by = {p.phase: p for p in plans}
    assert (by[N].started_at, by[N].ended_at) == (T0, None)
    assert by[B].ended_at == T0 + timedelta(minutes=40)
    assert progress.current_phase(plans) is N


def test_a_session_reopened_days_later_counts_on_from_the_time_its_phase_had_used():
    plans = progress.moved_to(rules.default_phases(), I, T0)
    plans = progress.moved_to(plans, None, T0 + timedelta(minutes=40))
    later = T0 + timedelta(days=400)
    plans = progress.moved_to(plans, I, later, counting_on=True)
    box = Timebox(45, {p.phase: p for p in plans}[I].started_at, clock=lambda: later)
    assert box.elapsed() == timedelta(minutes=40), "not 400 days over"
    assert box.state() is not TimeboxState.OVER


def test_finishing_ends_the_last_phase_and_nothing_runs():
    plans = progress.moved_to(rules.default_phases(), I, T0)
    plans = progress.moved_to(plans, None, T0 + timedelta(minutes=45))
    assert progress.running_phase(plans) is None
    assert progress.current_phase(plans) is I


def test_a_clock_set_back_never_ends_a_phase_before_it_started():
    plans = progress.moved_to(rules.default_phases(), I, T0)
    plans = progress.moved_to(plans, None, T0 - timedelta(seconds=5))
    assert {p.phase: p for p in plans}[I].ended_at == T0


def test_a_new_session_is_at_its_first_phase():
    assert progress.current_phase(rules.default_phases()) is N


def clocked(minutes: int, started_after: timedelta):
    now = [T0]
    box = Timebox(minutes, T0, clock=lambda: now[0])
    now[0] = T0 + started_after
    return box, now


def test_timebox_states_at_their_edges():
    assert Timebox(10).state() is TimeboxState.IDLE
    box, _ = clocked(10, timedelta(minutes=7, seconds=59))
    assert (box.state(), box.display()) == (TimeboxState.RUNNING, "02:01")
    box, _ = clocked(10, timedelta(minutes=8))
    assert (box.state(), box.display()) == (TimeboxState.WARNING, "02:00")
    box, _ = clocked(10, timedelta(minutes=10))
    assert (box.state(), box.display()) == (TimeboxState.WARNING, "00:00")
    box, _ = clocked(10, timedelta(minutes=71, seconds=3))
    assert (box.state(), box.display()) == (TimeboxState.OVER, "+61:03")


def test_paused_time_does_not_count_and_an_ended_phase_stands_still():
    box, now = clocked(10, timedelta(minutes=2))
    box.pause()
    now[0] += timedelta(minutes=30)
    assert box.display() == "08:00"
    box.resume()
    now[0] += timedelta(minutes=1)
    assert box.display() == "07:00"
    box.ended_at = now[0]
    now[0] += timedelta(hours=3)
    assert box.display() == "07:00"


def test_capturing_starts_a_phase_that_is_not_running_unless_the_session_is_completed():
    fresh = rules.default_phases()
    assert progress.capture_starts(fresh, N, SessionStatus.PLANNED)
    running = progress.moved_to(fresh, N, T0)
    assert not progress.capture_starts(running, N, SessionStatus.RUNNING)
    assert progress.capture_starts(running, B, SessionStatus.RUNNING)
    finished = progress.moved_to(running, None, T0 + timedelta(minutes=30))
    assert not progress.capture_starts(finished, N, SessionStatus.COMPLETED)
