"""The speaker queue's balance order and live talk time, with a clock the test controls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from roundtable.domain.figures import unanswered_barriers
from roundtable.domain.model import Item, ItemKind, Participant, Phase, Sector, SpeakingTurn
from roundtable.domain.speakers import balanced_queue, current_turn, talk_so_far

T0 = datetime(2024, 5, 2, 13, 0, tzinfo=UTC)
MUN1 = Participant("Lise", sector=Sector.MUNICIPAL, id=1)
MUN2 = Participant("Karsten", sector=Sector.MUNICIPAL, id=2)
PRIV1 = Participant("Ulla", sector=Sector.PRIVATE, id=3)
PRIV2 = Participant("Ahmed", sector=Sector.PRIVATE, id=4)
OTHER = Participant("Mette", sector=Sector.OTHER, id=5)
PEOPLE = [MUN1, MUN2, PRIV1, PRIV2, OTHER]


def turn(by: int, start_min: float, end_min: float | None) -> SpeakingTurn:
    end = None if end_min is None else T0 + timedelta(minutes=end_min)
    return SpeakingTurn(by, T0 + timedelta(minutes=start_min), end)


def test_the_running_turn_counts_up_to_now():
    turns = [turn(1, 0, 4), turn(3, 4, None)]
    talk = talk_so_far(PEOPLE, turns, T0 + timedelta(minutes=5, seconds=30))
    assert talk.by_participant[1].time == timedelta(minutes=4)
    assert talk.by_participant[3].time == timedelta(minutes=1, seconds=30)
    assert talk.by_sector[Sector.MUNICIPAL].time == timedelta(minutes=4)
    assert talk.by_sector[Sector.PRIVATE].time == timedelta(minutes=1, seconds=30)
    assert talk.total.time == timedelta(minutes=5, seconds=30)
    assert current_turn(turns) == turns[1]
    assert current_turn(turns[:1]) is None


def test_balance_puts_the_quieter_sector_first_and_keeps_order_within_it():
    # The municipality has spoken 6 minutes, the private side 2, "other" not at all.
    turns = [turn(1, 0, 6), turn(3, 6, 8)]
    now = T0 + timedelta(minutes=9)
    queue = [2, 1, 4, 3, 5]
    assert balanced_queue(queue, PEOPLE, turns, now) == [5, 4, 3, 2, 1]
    # Without turns, nothing to balance: the queue keeps its order.
    assert balanced_queue(queue, PEOPLE, [], now) == queue


def test_balance_counts_the_running_turn():
    # The municipality spoke 3 minutes; a private turn is running since minute 3.
    turns = [turn(1, 0, 3), turn(3, 3, None)]
    queue = [2, 4]
    # At minute 4 the private side has spoken 1 minute: it goes first.
    assert balanced_queue(queue, PEOPLE, turns, T0 + timedelta(minutes=4)) == [4, 2]
    # At minute 13 its running turn has made it 10 minutes: the municipality goes first.
    assert balanced_queue(queue, PEOPLE, turns, T0 + timedelta(minutes=13)) == [2, 4]


def test_barriers_without_an_answering_idea():
    b1 = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Law", id=1)
    b2 = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Data", id=2)
    b3 = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Money", id=3)
    opportunity = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.OPPORTUNITY, "Pilot", id=4)
    idea = Item(Phase.IDEAS, ItemKind.IDEA, "Share data", barrier_ids=[2], id=5)
    assert unanswered_barriers([b1, b2, b3, opportunity, idea]) == [b1, b3]
    assert unanswered_barriers([b1, b2, b3, opportunity]) == [b1, b2, b3]
