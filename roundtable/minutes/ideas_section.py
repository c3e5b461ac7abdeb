"""Section 3 of the minutes: the ideas ranked by votes, the top ones in full and every further
one as a row of a compact table, then the phase's notes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from roundtable.domain import figures
from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.minutes.blocks import Block, Heading, Paragraph, Span, Style, Table, para
from roundtable.minutes.front_page import TOP_IDEAS

if TYPE_CHECKING:
    from roundtable.minutes.content import _Builder

HEADING_CHARS = 80
ANSWER_CHARS = 45  # a barrier named in the compact table by its first words


def shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,.;:–-") + "…"


class IdeasSection:
    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        self.labels = builder.labels
        self.barriers = {i.id: i for i in builder.bundle.items if i.kind is ItemKind.BARRIER}

    def answers(self, idea: Item) -> list[Item]:
        return [self.barriers[b] for b in idea.barrier_ids if b in self.barriers]

    def write(self) -> None:
        labels, phase = self.labels, Phase.IDEAS
        self.b.add(self.b.phase_heading(phase))
        ranked = figures.ranked_ideas(self.b.bundle.items)
        places = figures.shared_places(ranked)
        notes = self.b.phase_notes(phase)
        if not ranked and not notes:
            self.b.add(para(labels.nothing_recorded))
        shown = figures.shown_with_ties(ranked, TOP_IDEAS)  # a tie is not split at the cut
        for idea in ranked[:shown]:
            self.idea(idea)
        if len(ranked) > shown:
            self.other_ideas(ranked[shown:], places[shown:])
        self.b.add(*notes)

    def score(self, value: int | None) -> str:
        return "" if value is None else self.labels.out_of.format(value)

    def idea(self, idea: Item) -> None:
        """One idea in full. Its heading carries no number: numbered headings under a
        numbered section read as sections in Word's navigation pane."""
        labels, text_of = self.labels, self.b.text
        if idea.title.strip():
            title, body = text_of(idea.title).strip(), text_of(idea.text)
        else:
            # No title: the start of the text is the heading, the rest follows it, so the
            # text is shown once.
            text = " ".join(text_of(idea.text).split())
            title = shortened(text, HEADING_CHARS)
            body = "…" + text[len(title) - 1 :].lstrip() if title.endswith("…") else ""
            title = text_of(title)  # a cut can leave a name kept whole alone ("fra Anders…")
        parts: list[Block] = [Heading(title or labels.untitled_idea, 2)]
        if body.strip():
            parts.append(para(body))
        status = labels.statuses[idea.status] if idea.status is not None else ""
        answers = self.answers(idea)
        lines = [
            [
                (labels.votes, "" if idea.votes is None else str(idea.votes)),
                (labels.impact, self.score(idea.impact)),
                (labels.effort, self.score(idea.effort)),
                (labels.status, status),
            ],
            [(labels.raised_by, self.b.attribution(idea.by_id))],
            [(labels.owner, self.b.owner(idea))],
            [(labels.next_step, text_of(idea.next_step).strip())],
            [(labels.builds_on, self.b.builds_on(idea))],
        ]
        if len(answers) == 1:
            lines.append([(labels.answers_one, text_of(answers[0].text))])
        details = self.b.field_lines(*lines)
        if details.spans:
            parts.append(details)
        if len(answers) > 1:
            parts.append(para(Span(f"{labels.answers_many}:", bold=True)))
            parts += [para(text_of(b.text), style=Style.BULLET) for b in answers]
        # The idea's paragraphs stay on one page with each other and with its heading.
        last = len(parts) - 1
        self.b.add(
            *(
                replace(p, keep_with_next=True) if isinstance(p, Paragraph) and n < last else p
                for n, p in enumerate(parts)
            )
        )

    def other_ideas(self, ideas: list[Item], places: list[int | None]) -> None:
        """The ideas beyond the top ones, one row each: all of it, in a fraction of the pages.
        Only the votes get a column; the rest goes in the idea's cell, which then has the
        width of the page."""
        labels, text_of = self.labels, self.b.text
        rows = []
        for place, idea in zip(places, ideas, strict=True):
            title, text = text_of(idea.title).strip(), text_of(idea.text).strip()
            # The barriers by their first words: given in full in section 2.
            answers = [
                text_of(shortened(text_of(b.text), ANSWER_CHARS)) for b in self.answers(idea)
            ]
            facts = " · ".join(
                f"{label}: {value}"
                for label, value in (
                    (labels.impact, self.score(idea.impact)),
                    (labels.effort, self.score(idea.effort)),
                    (labels.owner, self.b.owner(idea)),
                )
                if value
            )
            next_step = text_of(idea.next_step).strip()
            # One run of text: a line per field would leave half of each line empty.
            what = " · ".join(
                part
                for part in (
                    f"{title}: {text}" if title else text,
                    f"{labels.next_step}: {next_step}" if next_step else "",
                    f"{labels.answers_many}: {'; '.join(answers)}" if answers else "",
                    facts,
                )
                if part
            )
            rows.append(
                (figures.place_text(place), what, "" if idea.votes is None else str(idea.votes))
            )
        header = (labels.rank, labels.idea, labels.votes)
        self.b.add(Heading(labels.other_ideas, 2), Table(header, tuple(rows)))
