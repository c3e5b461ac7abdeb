"""The minutes' speaking-time section: by sector, and by person unless the Chatham House Rule
holds (then numbers by sector only, or only the total when a sector at the table was one
person, whose figures its row would be: see audience.attribution)."""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.domain import figures
from roundtable.domain.model import Participant, SpeakingTurn
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import Block, Heading, Table, para
from roundtable.minutes.label_fields import Labels
from roundtable.minutes.text import word_safe


def speaking_time_blocks(
    participants: Sequence[Participant],
    turns: Sequence[SpeakingTurn],
    labels: Labels,
    *,
    chatham_house: bool,
    by_sector: bool = True,
) -> list[Block]:
    blocks: list[Block] = [Heading(labels.speaking_time, 1)]
    talk = figures.speaking_time(participants, turns)
    if not talk.total.turns:
        return [*blocks, para(labels.no_speaking_time)]

    def figures_of(t: figures.Talk) -> tuple[str, str, str]:
        return (
            lb.format_duration(t.time, labels),
            lb.format_share(talk.share(t), labels),
            str(t.turns),
        )

    header = (labels.speaking_time, labels.share, labels.turns)
    if chatham_house and not by_sector:
        time, _share, turns = figures_of(talk.total)
        return [
            *blocks,
            Table(
                ("", labels.speaking_time, labels.turns),
                ((labels.total, time, turns),),
                one_line=(1,),
            ),
        ]
    blocks += (
        Heading(labels.by_sector, 2),
        Table(
            (labels.sector, *header),
            tuple((labels.sector_names[s], *figures_of(t)) for s, t in talk.by_sector.items()),
            one_line=(1, 2),
        ),
    )
    if chatham_house:
        return blocks
    # Those who never spoke are left out: a list of "0 sek." says nothing about them.
    people = sorted(
        (p for p in participants if p.id is not None and talk.by_participant[p.id].turns),
        key=lambda p: -talk.by_participant[p.id].time,
    )
    blocks += (
        Heading(labels.by_participant, 2),
        Table(
            (labels.name, labels.organisation, *header),
            tuple(
                (
                    word_safe(p.name),
                    word_safe(p.organisation),
                    *figures_of(talk.by_participant[p.id]),
                )
                for p in people
            ),
            # A time and a share each on one line, however long the names beside them.
            one_line=(2, 3),
        ),
    )
    return blocks
