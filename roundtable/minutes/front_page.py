"""Page 1 of the minutes, what recipients read: an opening paragraph, the key messages, the
ideas at a glance, the impact/effort quadrants and the follow-up.

It goes through the builder in `content` for every text (so the Chatham House Rule holds
here as everywhere) and for every attribution.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from roundtable.domain import figures
from roundtable.domain.figures import Quadrant
from roundtable.domain.model import Item, ItemKind, Phase, Sector
from roundtable.domain.recipients import recipients_line
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import Heading, Paragraph, Span, Style, Table, para
from roundtable.minutes.prose import mid_sentence, prose

if TYPE_CHECKING:
    from roundtable.minutes.content import _Builder
    from roundtable.minutes.label_fields import Labels

TOP_IDEAS = 10  # on page 1, and shown in full in the detail; the rest in a compact table
NAMED_TOP_IDEAS = 3  # named in the key messages
PER_QUADRANT = 5  # ideas named in a quadrant of the matrix


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class FrontPage:
    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        self.labels = builder.labels
        self.ranked = figures.ranked_ideas(builder.bundle.items)
        self.places = figures.shared_places(self.ranked)

    def caption(self, idea: Item) -> str:
        caption = figures.idea_caption(idea, figures.LONG_CAPTION_WORDS)
        return self.b.text(caption) or self.labels.untitled_idea

    def write(self) -> None:
        self.opening()
        self.key_messages()
        self.overview()
        self.matrix()
        self.follow_up()

    def opening(self) -> None:
        s, labels = self.b.session, self.labels
        host, theme = self.b.text(s.host).strip(), self.b.text(s.theme).strip()
        sentences = []
        if host:
            names = [s.host, s.venue, *(p.organisation for p in self.b.bundle.participants)]
            about = labels.about.format(theme=mid_sentence(theme, names)) if theme else ""
            sentences.append(labels.hosted.format(host=host) + about + ".")
        purpose = as_sentence(" ".join(self.b.text(s.purpose).split()), labels)
        if purpose:
            sentences.append(purpose if purpose[-1] in ".!?" else purpose + ".")
        who = self.narrator()
        if who:
            sentences.append(labels.narrative_by.format(who=who))
        if sentences:
            self.b.add(para(" ".join(sentences)))

    def narrator(self) -> str:
        """Who gave the municipal narrative: the municipal participant behind most of what
        was captured in that phase (anyone's, when no municipal participant spoke)."""
        counts = Counter(
            i.by_id for i in self.b.bundle.items if i.phase is Phase.NARRATIVE and i.by_id
        )
        if not counts:
            return ""
        sector = {p.id: p.sector for p in self.b.bundle.participants}
        municipal = [pid for pid, _ in counts.most_common() if sector.get(pid) is Sector.MUNICIPAL]
        chosen = municipal[0] if municipal else counts.most_common(1)[0][0]
        if self.b.chatham_house:
            return self.b.attribution(chosen)
        person = self.b.people.get(chosen)
        if person is None:
            return ""
        # Inside the sentence a role loses its capital as a theme does ("…, vej- og
        # parkchef."), an acronym or a named place in it keeping theirs.
        s = self.b.session
        names = [s.host, s.venue, *(p.organisation for p in self.b.bundle.participants)]
        role = mid_sentence(self.b.text(person.role).strip(), names)
        who = self.b.attribution(chosen)
        return f"{who}, {role}" if role else who

    def key_messages(self) -> None:
        labels, items = self.labels, self.b.bundle.items
        self.b.add(Heading(labels.key_messages, 1))
        self.b.add(*prose(self.b.text(self.b.session.summary)))
        facts: list[str] = []
        if self.ranked:
            # The first few, and every idea sharing the last place named: the ranking and
            # the presenter show them as tied, so the minutes cannot leave one out.
            named = self.ranked[: figures.shown_with_ties(self.ranked, NAMED_TOP_IDEAS)]
            votes = self.b.audience.words.votes
            top = [f"{self.caption(i)} ({votes(i.votes or 0)})" for i in named]
            facts.append(labels.top_ideas.format(ideas=_listed(top, labels)))
        else:
            facts.append(labels.no_ideas)
        barriers = [i for i in items if i.kind is ItemKind.BARRIER]
        if barriers:
            one, many = labels.barriers_found
            line = one if len(barriers) == 1 else many.format(n=len(barriers))
            open_ = len(figures.unanswered_barriers(items))
            if open_:
                line += labels.barriers_unanswered.format(n=open_)
            facts.append(capitalised(line) + ".")
        self.b.add(Paragraph((Span(labels.data_says, bold=True),), keep_with_next=True))
        self.b.add(*(para(f, style=Style.BULLET) for f in facts))

    def overview(self) -> None:
        labels = self.labels
        if not self.ranked:
            return
        rows = []
        shown = figures.shown_with_ties(self.ranked, TOP_IDEAS)
        for place, idea in zip(self.places[:shown], self.ranked[:shown], strict=True):
            quadrant = figures.quadrant(idea)
            rows.append(
                (
                    figures.place_text(place),
                    self.caption(idea),
                    str(idea.votes or 0),
                    labels.quadrants[quadrant] if quadrant else "",
                    capitalised(self.b.owner(idea)),
                    labels.statuses[idea.status] if idea.status else "",
                )
            )
        header = (labels.rank, labels.idea, labels.votes, labels.quadrant, labels.owner)
        self.b.add(
            Heading(labels.ideas_overview, 1),
            Table((*header, labels.status), tuple(rows)),
        )
        if len(self.ranked) > shown:
            section = self.b.phase_heading(Phase.IDEAS).text
            self.b.add(para(labels.all_ideas_below.format(n=len(self.ranked), section=section)))

    def matrix(self) -> None:
        """The quadrants as a 2×2 Word table: high impact on top, low effort at the left,
        as on the matrix in the app."""
        labels = self.labels
        placed: dict[Quadrant, list[Item]] = {q: [] for q in Quadrant}
        unscored = 0
        for idea in self.ranked:
            quadrant = figures.quadrant(idea)
            if quadrant is None:
                unscored += 1
            else:
                placed[quadrant].append(idea)
        if not any(placed.values()):
            return

        def cell(quadrant: Quadrant) -> str:
            ideas = placed[quadrant]
            lines = [labels.quadrants[quadrant].upper()]
            lines += [f"• {self.caption(i)}" for i in ideas[:PER_QUADRANT]]
            if len(ideas) > PER_QUADRANT:
                lines.append(labels.more.format(n=len(ideas) - PER_QUADRANT))
            return "\n".join(lines)

        rows = (
            (labels.high_impact, cell(Quadrant.QUICK_WIN), cell(Quadrant.BIG_BET)),
            (labels.low_impact, cell(Quadrant.FILL_IN), cell(Quadrant.MONEY_PIT)),
        )
        self.b.add(
            Heading(labels.matrix, 1),
            Table(("", labels.low_effort, labels.high_effort), rows, (2, 5, 5), row_headers=True),
        )
        if unscored:
            one, many = labels.not_scored
            self.b.add(para((one if unscored == 1 else many).format(n=unscored)))

    def follow_up(self) -> None:
        labels, s = self.labels, self.b.session
        self.b.add(Heading(labels.follow_up, 1))
        actions = [i for i in self.b.bundle.items if i.kind is ItemKind.ACTION]
        if actions:
            self.b.add(Heading(labels.actions, 2))
            self.b.add(self.b.action_table(actions))
        distribution = recipients_line(self.b.text(s.distribution))
        next_meeting = "" if s.next_meeting is None else lb.format_date(s.next_meeting, labels)
        self.b.add(
            self.b.field_lines(
                [(labels.next_meeting, next_meeting)],
                [(labels.minute_taker, self.b.text(s.minute_taker).strip())],
                [(labels.distribution, distribution)],
                [(labels.minutes_date, lb.format_date(self.b.now.date(), labels))],
            )
        )


def _listed(parts: list[str], labels: lb.Labels) -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(parts) < 2:
        return "".join(parts)
    word = " og " if labels.language_tag.startswith("da") else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]


def is_unstarted(builder: _Builder) -> bool:
    """A session nobody has run yet: no phase started and nothing captured."""
    bundle = builder.bundle
    return not bundle.items and all(p.started_at is None for p in bundle.phases)


def as_sentence(purpose: str, labels: Labels) -> str:
    """A purpose as a sentence of the opening paragraph. Typed as an aim, as a heading of its
    own would have it ("At afklare, hvordan …", "To find …"), it read as a fragment after
    "… var vært for rundbordssamtalen."; it is led in: "Formålet var at afklare, hvordan …".
    """
    first, _, rest = purpose.partition(" ")
    if first.casefold() != labels.aim_word or not rest:
        return purpose
    return labels.purpose_was.format(aim=f"{labels.aim_word} {rest}")
