"""What the minutes say, in what order and attributed to whom: a session turned into blocks.

No Word here. Under the Chatham House Rule the participants section gives numbers only and
per-person speaking time is left out; what the readers may see of names, organisations and
who said what is decided by roundtable.audience, the same rule the presenter screen follows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from roundtable.audience import Audience
from roundtable.domain import figures, rules
from roundtable.domain.model import (
    Item,
    ItemKind,
    Language,
    Participant,
    Phase,
    Sector,
    SessionBundle,
)
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import (
    Block,
    Heading,
    Minutes,
    Paragraph,
    Properties,
    Span,
    Style,
    Table,
    para,
)
from roundtable.minutes.front_page import FrontPage, is_unstarted
from roundtable.minutes.ideas_section import IdeasSection
from roundtable.minutes.labels import canonical_category
from roundtable.minutes.programme_section import programme_blocks
from roundtable.minutes.speaking_time_section import speaking_time_blocks
from roundtable.minutes.text import word_safe
from roundtable.minutes.when import held_from_to

if TYPE_CHECKING:
    from roundtable.insights.builds_on import Linked

_SEPARATOR = " · "


def build_minutes(
    bundle: SessionBundle,
    *,
    chatham_house: bool,
    language: Language,
    now: datetime | None = None,
    earlier: Mapping[str, Linked] | None = None,
) -> Minutes:
    """The minutes of `bundle` in `language`; `chatham_house` applies the rule.

    The caller decides whether the rule applies (the session's setting or a request);
    this function does as told.
    """
    audience = Audience.for_session(bundle, chatham_house, language=language, clean=word_safe)
    return _Builder(bundle, audience, lb.labels_for(language), now, earlier or {}).build()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Builder:
    def __init__(
        self,
        bundle: SessionBundle,
        audience: Audience,
        labels: lb.Labels,
        now: datetime | None,
        earlier: Mapping[str, Linked],
    ) -> None:
        self.now = now or datetime.now(UTC)
        self.bundle = bundle
        self.session = bundle.session
        self.audience = audience
        self.chatham_house = audience.chatham_house
        self.labels = labels
        self.people: dict[int | None, Participant] = {p.id: p for p in bundle.participants}
        self.text = audience.text
        self.attribution = audience.attribution
        self.blocks: list[Block] = []
        self.earlier = earlier

    # -- helpers ------------------------------------------------------------------------

    def owner(self, item: Item) -> str:
        """Who takes it on: a participant (as the rule attributes them), or the owner typed
        as text (an organisation, someone not at the table), hidden by the rule as any text."""
        if item.owner_id is not None:
            return self.attribution(item.owner_id)
        return " ".join(self.audience.value(item.owner_text).split())

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def lead(self, item: Item) -> list[Span]:
        """The item's own title, bold, before its text."""
        title = self.text(item.title).strip()
        return [Span(f"{title}: ", bold=True)] if title else []

    def statement(self, item: Item, *, kind_label: str = "", remark: str = "") -> Paragraph:
        """A bullet: [kind:] [title:] text – attribution [(remark)]."""
        spans = [Span(f"{kind_label}: ", bold=True)] if kind_label else []
        spans += self.lead(item)
        spans.append(Span(self.text(item.text)))
        who = self.attribution(item.by_id)
        if who:
            spans.append(Span(f" – {who}", italic=True))
        if remark:
            spans.append(Span(f" ({remark})", bold=True))
        if builds_on := self.builds_on(item):
            spans.append(Span(f" ({self.labels.builds_on}: {builds_on})", italic=True))
        return Paragraph(tuple(spans), Style.BULLET)

    def builds_on(self, item: Item) -> str:
        """'<title> (<session>)' of the earlier item this one builds on, or ""."""
        linked = self.earlier.get(item.builds_on) if item.builds_on else None
        if linked is None:
            return ""
        said = self.text(linked.said).strip()
        return f"{said} ({self.text(linked.session_title)})" if linked.session_title else said

    def field_lines(self, *lines: Iterable[tuple[str, str]]) -> Paragraph:
        """One paragraph of 'Label: value · Label: value' lines, the labels bold.

        Fields with no value are left out, and lines left empty. One paragraph rather than
        one per line keeps a block of facts tight on the page, and its lines are kept on one
        page: an idea's 'Ansvarlig' and 'Imødegår barrieren' went on alone over the page.
        """
        spans: list[Span] = []
        for line in lines:
            fields = [(label, value) for label, value in line if value]
            if not fields:
                continue
            if spans:
                spans.append(Span("\n"))
            for n, (label, value) in enumerate(fields):
                if n:
                    spans.append(Span(_SEPARATOR))
                spans += [Span(f"{label}: ", bold=True), Span(value)]
        return Paragraph(tuple(spans), keep_together=True)

    def of_phase(self, phase: Phase, *kinds: ItemKind) -> list[Item]:
        return [i for i in self.bundle.items if i.phase is phase and i.kind in kinds]

    def phase_heading(self, phase: Phase) -> Heading:
        number = rules.PHASE_ORDER.index(phase) + 1
        return Heading(f"{number}. {self.labels.phases[phase]}", 1)

    def phase_notes(self, phase: Phase) -> list[Block]:
        notes = self.of_phase(phase, ItemKind.NOTE)
        if not notes:
            return []
        return [Heading(self.labels.notes, 2), *(self.statement(n) for n in notes)]

    # -- sections -----------------------------------------------------------------------

    def build(self) -> Minutes:
        if is_unstarted(self):
            # Nothing happened yet: the programme people are invited to, not empty minutes.
            self.title_block(self.labels.agenda)
            purpose = " ".join(self.text(self.session.purpose).split())
            if purpose:
                self.add(Heading(self.labels.purpose, 1), para(purpose))
            self.programme()
            self.participants()
        else:
            self.title_block(self.labels.minutes)
            FrontPage(self).write()
            self.participants()
            self.programme()
            self.narrative()
            self.barriers_and_opportunities()
            self.ideas()
            self.speaking_time()
        s, labels = self.session, self.labels
        properties = Properties(
            title=self.text(s.title).strip(),
            subject=self.text(s.theme).strip(),
            author=self.text(s.facilitator).strip(),
            language_tag=labels.language_tag,
            created=self.now,
        )
        return Minutes(self.blocks, properties, labels.page_before, labels.page_middle)

    def title_block(self, kind: str) -> None:
        s, labels = self.session, self.labels
        self.add(Heading(self.text(s.title), 0), para(kind, style=Style.SUBTITLE))
        when = ""
        held = held_from_to(s.starts_at, self.bundle.phases)
        if held is not None:
            when = lb.format_when(*held, labels)
        facts = self.field_lines(
            *(
                [(label, value.strip())]
                for label, value in (
                    (labels.theme, self.text(s.theme)),
                    (labels.host, self.text(s.host)),
                    (labels.when, when),
                    (labels.venue, self.text(s.venue)),
                    (labels.facilitator, self.text(s.facilitator)),
                )
            )
        )
        if facts.spans:
            self.add(facts)

    def participants(self) -> None:
        labels = self.labels
        self.add(Heading(labels.participants, 1))
        people = self.bundle.participants
        if not people:
            self.add(para(labels.no_participants))
            return
        by_sector = {s: [p for p in people if p.sector is s] for s in Sector}
        present = [s for s in Sector if by_sector[s]]
        if self.chatham_house:
            rows = [(labels.sector_names[s], str(len(by_sector[s]))) for s in present]
            rows.append((labels.total, str(len(people))))
            notice = (
                labels.chatham_house_rule
                if self.audience.by_sector
                else labels.chatham_house_rule_unattributed
            )
            self.add(
                # On the page of the count it explains, not at the foot of the page before.
                Paragraph((Span(notice),), keep_with_next=True),
                Table((labels.sector, labels.count), tuple(rows), (3, 1), total_row=True),
            )
            return
        for sector in present:
            group = by_sector[sector]
            rows = tuple(
                (word_safe(p.name), word_safe(p.organisation), word_safe(p.role)) for p in group
            )
            self.add(
                Heading(f"{labels.sector_headings[sector]} ({len(group)})", 2),
                Table((labels.name, labels.organisation, labels.role), rows, (3, 3, 3)),
            )

    def programme(self) -> None:
        self.add(
            *programme_blocks(
                rules.phases_with_defaults(self.bundle.phases),
                self.session.starts_at,
                self.labels,
                lambda phase: self.phase_heading(phase).text,
                held=not is_unstarted(self),
            )
        )

    def narrative(self) -> None:
        labels, phase = self.labels, Phase.NARRATIVE
        self.add(self.phase_heading(phase))
        notes = self.of_phase(phase, ItemKind.NOTE)
        quotes = self.of_phase(phase, ItemKind.QUOTE)
        questions = self.of_phase(phase, ItemKind.QUESTION)
        if not (notes or quotes or questions):
            self.add(para(labels.nothing_recorded))
        if notes:
            self.add(Heading(labels.key_points, 2), *(self.statement(n) for n in notes))
        if quotes:
            self.add(Heading(labels.quotes, 2), *(self.quote(q) for q in quotes))
        if questions:
            self.add(Heading(labels.questions, 2), *(self.statement(q) for q in questions))

    def quote(self, item: Item) -> Paragraph:
        opening, closing = self.labels.quote_marks
        spans = self.lead(item)
        spans.append(Span(f"{opening}{self.text(item.text)}{closing}"))
        who = self.attribution(item.by_id)
        if who:
            # A line break, not a new paragraph: the attribution stays with its quote.
            spans.append(Span(f"\n– {who}"))
        return Paragraph(tuple(spans), Style.QUOTE)

    def barriers_and_opportunities(self) -> None:
        labels, phase = self.labels, Phase.BARRIERS_OPPORTUNITIES
        self.add(self.phase_heading(phase))
        found = self.of_phase(phase, ItemKind.BARRIER, ItemKind.OPPORTUNITY)
        notes = self.phase_notes(phase)
        if not found and not notes:
            self.add(para(labels.nothing_recorded))
        unanswered = {i.id for i in figures.unanswered_barriers(self.bundle.items)}
        groups: dict[str, list[Item]] = {}
        free: dict[str, str] = {}  # free-text categories: one group per spelling, any case
        for item in found:
            key = canonical_category(item.category)
            if key not in rules.SUGGESTED_CATEGORIES:
                key = free.setdefault(key.casefold(), key)
            groups.setdefault(key, []).append(item)
        # Suggested categories in their usual order, then the facilitator's own, then none.
        order = [c for c in rules.SUGGESTED_CATEGORIES if c in groups]
        order += [c for c in groups if c not in rules.SUGGESTED_CATEGORIES and c]
        order += [""] if "" in groups else []
        for key in order:
            # The app's own labels are never redacted: an organisation "Data" leaves "Data".
            suggested = key in rules.SUGGESTED_CATEGORIES
            name = lb.category_label(key, labels) if key else labels.no_category
            self.add(Heading(name if suggested or not key else self.text(name), 2))
            # Barriers before opportunities: what stands in the way, then the openings.
            for kind in (ItemKind.BARRIER, ItemKind.OPPORTUNITY):
                self.add(
                    *(
                        self.statement(
                            i,
                            kind_label=labels.kinds[kind],
                            remark=labels.unanswered if i.id in unanswered else "",
                        )
                        for i in groups[key]
                        if i.kind is kind
                    )
                )
        self.add(*notes)

    def ideas(self) -> None:
        IdeasSection(self).write()

    def action_table(self, actions: list[Item]) -> Table:
        labels = self.labels
        rows = []
        for action in actions:
            title = self.text(action.title).strip()
            what = self.text(action.text)
            rows.append(
                (
                    f"{title}: {what}" if title else what,
                    _capitalised(self.owner(action)),
                    "" if action.due is None else lb.format_date(action.due, labels),
                )
            )
        # A due date on one line: "15. januar / 2025" reads as two things.
        return Table((labels.what, labels.owner, labels.due), tuple(rows), one_line=(2,))

    def speaking_time(self) -> None:
        self.add(
            *speaking_time_blocks(
                self.bundle.participants,
                self.bundle.speaking_turns,
                self.labels,
                chatham_house=self.chatham_house,
                by_sector=self.audience.by_sector,
            )
        )
