"""What the synthesis report says, in the issue's order: a selection of sessions turned into
blocks (roundtable.minutes.blocks), which the minutes' writer puts into Word.

The figures come from roundtable.insights, so the report agrees with the overview and
`roundtable insights`. Under the Chatham House Rule every free text goes through its own
session's audience and every statement is attributed to a sector.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from roundtable.audience import Audience
from roundtable.domain import rules
from roundtable.domain.model import (
    Item,
    ItemKind,
    Language,
    Sector,
    SessionBundle,
    SessionStatus,
)
from roundtable.insights.across import distinct_people, participation
from roundtable.insights.followup import register
from roundtable.insights.headlines import headline_ideas
from roundtable.insights.summary import theme_rows
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import Block, Heading, Minutes, Properties, Span, Style, Table, para
from roundtable.minutes.prose import mid_sentence, prose
from roundtable.minutes.text import word_safe
from roundtable.report.chart import chart_blocks, recurring_barriers
from roundtable.report.report_words import ReportWords, report_words
from roundtable.report.selection_audience import SelectionAudience, selection_audience
from roundtable.report.sheet_words import sheet_words

_CATEGORIES_SHOWN = 8
_STATEMENTS = 3
_HEADLINE_IDEAS = 5
_TOP_IDEAS = 3


def build_report(
    bundles: Sequence[SessionBundle],
    *,
    series: str,
    synthesis: str,
    chatham_house: bool,
    language: Language,
    today: date,
    now: datetime | None = None,
) -> Minutes:
    labels = lb.labels_for(language)
    words = report_words(language)
    seen = selection_audience(bundles, chatham_house, language)
    # A meeting not held yet is no roundtable of the synthesis: it is named, not counted.
    held = [b for b in bundles if b.session.status != SessionStatus.PLANNED]
    planned = [b for b in bundles if b.session.status == SessionStatus.PLANNED]
    builder = _Report(held or list(bundles), seen, labels, words, today)
    blocks = builder.build(series, synthesis, planned if held else [])
    properties = Properties(
        title=series or words.untitled,
        subject=words.untitled,
        author="",
        language_tag=labels.language_tag,
        created=now or datetime.now(UTC),
    )
    return Minutes(blocks, properties, labels.page_before, labels.page_middle)


def _joined(names: Sequence[str], words: ReportWords) -> str:
    names = [n for n in dict.fromkeys(names) if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {words.and_word} {names[-1]}"


class _Report:
    def __init__(
        self,
        bundles: Sequence[SessionBundle],
        seen: SelectionAudience,
        labels: lb.Labels,
        words: ReportWords,
        today: date,
    ) -> None:
        self.bundles = list(bundles)
        self.by_id = {b.session.id: b for b in bundles}
        self.seen = seen
        self.labels = labels
        self.words = words
        self.today = today
        self.blocks: list[Block] = []

    def audience(self, session_id: int) -> Audience:
        return self.seen.by_session[session_id]

    def title_of(self, session_id: int) -> str:
        return self.audience(session_id).title()

    def day(self, bundle: SessionBundle) -> str:
        starts = bundle.session.starts_at
        return lb.format_date(starts.date(), self.labels) if starts else ""

    def build(self, series: str, synthesis: str, planned: Sequence[SessionBundle]) -> list[Block]:
        self.blocks.append(Heading(word_safe(series) or self.words.untitled, 0))
        self.opening()
        if planned:
            self.planned(planned)
        self.synthesis(synthesis)
        self.barriers()
        self.ideas()
        self.follow_up()
        self.sessions()
        self.participation()
        return self.blocks

    def opening(self) -> None:
        w, count = self.words, len(self.bundles)
        noun = w.roundtable_one if count == 1 else w.roundtable_many
        text = w.opening.format(n=count, roundtables=noun)
        days = [self.day(b) for b in self.bundles if b.session.starts_at]
        if len(set(days)) > 1:
            text += w.between.format(first=days[0], last=days[-1])
        elif days:
            text += w.on_day.format(day=days[0])
        venues = [self.audience(b.session.id).text(b.session.venue) for b in self.bundles]
        if any(v.strip() for v in venues):
            text += w.at.format(venues=_joined(venues, w))
        hosts = [h for h in dict.fromkeys(word_safe(b.session.host) for b in self.bundles) if h]
        if hosts:
            hosted = w.hosted_by if len(hosts) == 1 else w.hosted_by_many
            text += hosted.format(hosts=_joined(hosts, w))
        names = [
            name
            for b in self.bundles
            for name in (b.session.host, b.session.venue, *(p.organisation for p in b.participants))
        ]
        themes = [
            mid_sentence(self.audience(b.session.id).text(b.session.theme).strip(), names)
            for b in self.bundles
        ]
        if any(themes):
            text += w.about.format(themes=_joined(themes, w))
        seen = participation(self.bundles)
        # People, not attendances: five who came to three meetings are five participants.
        people = distinct_people(self.bundles)
        sectors = people.by_sector
        parts = [
            f"{sectors[s]} {w.sector_counts[str(s)][sectors[s] > 1]}" for s in Sector if sectors[s]
        ]
        organisations = len(seen.organisations)
        came = w.came.format(
            people=sum(sectors.values()),
            sectors=_joined(parts, w) or "0",
            organisations=w.organisation_count[organisations != 1].format(n=organisations),
        )
        if people.returning:
            came += w.came_again.format(n=sum(seen.sectors().values()))
        self.blocks.append(para(text + ". " + came))
        if any(a.chatham_house for a in self.seen.by_session.values()):
            self.blocks.append(para(Span(w.under_rule, italic=True)))

    def planned(self, planned: Sequence[SessionBundle]) -> None:
        meetings = []
        for bundle in planned:
            title, day = self.title_of(bundle.session.id), self.day(bundle)
            meetings.append(f"{title} ({day})" if day else title)
        self.blocks.append(para(self.words.planned.format(meetings=_joined(meetings, self.words))))

    def synthesis(self, text: str) -> None:
        chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n") if c.strip()]
        if not chunks:
            return  # no section saying to its readers that the organiser wrote none
        self.blocks.append(Heading(self.words.synthesis, 1))
        for chunk in chunks:
            self.blocks.append(para(word_safe(self.seen.names_hidden(chunk))))

    def statement(self, session_id: int, item: Item) -> Block:
        audience = self.audience(session_id)
        shown = audience.item(item)
        quote = self.labels.quote_marks
        # By sector whether or not the rule applies: the synthesis speaks for the sectors
        # (not where a sector was one person at that table: see audience.attribution).
        who = audience.sector_speaker(item.by_id)
        source = ", ".join(p for p in (who, self.title_of(session_id)) if p)
        return para(
            f"{quote[0]}{shown.title or shown.text}{quote[1]}",
            Span(f" — {source}", italic=True) if source else "",
            style=Style.QUOTE,
        )

    def barriers(self) -> None:
        w, total = self.words, len(self.bundles)
        self.blocks.append(Heading(w.barriers, 1))
        rows = recurring_barriers(self.bundles)
        if total > 1:
            # What came up at one meeting only does not recur: under this heading it read
            # as a finding of the series ("Kompetencer — på 1 af 4 møder").
            recurring = [row for row in rows if row.sessions > 1]
            if rows and not recurring:
                self.blocks.append(para(w.none_recurring))
            rows = recurring
        elif not rows:
            self.blocks.append(para(w.nothing))
        for row in rows[:_CATEGORIES_SHOWN]:
            label = lb.category_label(row.category, self.labels)
            heading = f"{label} — {w.in_sessions.format(n=row.sessions, total=total)}"
            self.blocks.append(Heading(heading, 2))
            for session_id, item in _representative(row.by_session):
                self.blocks.append(self.statement(session_id, item))
        themes = theme_rows(self.bundles)
        if themes:
            self.blocks.append(Heading(w.themes, 2))
            for theme in themes:
                counted = w.in_sessions.format(n=theme["sessions"], total=total)
                name = self.seen.names_hidden(word_safe(theme["name"]))
                self.blocks.append(para(Span(name, bold=True), f" — {counted}", style=Style.BULLET))

    def status_of(self, item: Item) -> str:
        return sheet_words(self.labels.language).statuses[str(item.status)] if item.status else ""

    def owner_of(self, session_id: int, item: Item) -> str:
        audience = self.audience(session_id)
        if item.owner_id is not None:
            return audience.attribution(item.owner_id, organisation=False)
        return audience.value(item.owner_text)

    def owner_line(self, session_id: int, item: Item) -> str:
        """The owner with its label (Ansvarlig: en kommunal deltager): unlabelled, a reader
        takes the owner for the one who proposed it."""
        owner = self.owner_of(session_id, item)
        return f"{self.labels.owner}: {owner}" if owner else ""

    def ideas(self) -> None:
        w = self.words
        self.blocks.append(Heading(w.ideas, 1))
        shares = headline_ideas(self.bundles, _HEADLINE_IDEAS)
        if not shares:
            self.blocks.append(para(w.nothing))
        for share in shares:
            audience = self.audience(share.session_id)
            idea = audience.item(share.idea)
            self.blocks.append(Heading(idea.title or idea.text, 2))
            if idea.title and idea.text and idea.text.strip() != idea.title.strip():
                self.blocks.append(para(idea.text))
            source = w.idea_source.format(
                session=self.title_of(share.session_id),
                share=lb.format_share(share.share, self.labels),
            )
            facts = [
                source,
                self.status_of(share.idea).capitalize(),
                self.owner_line(share.session_id, share.idea),
            ]
            self.blocks.append(para(" · ".join(f for f in facts if f)))
            items = {i.id: i for i in self.by_id[share.session_id].items}
            answered = [
                audience.item(items[b]).title or audience.item(items[b]).text
                for b in share.idea.barrier_ids
                if b in items
            ]
            if answered:
                answered = [a.rstrip().rstrip(".;") for a in answered]  # not "….; …"
                self.blocks.append(para(Span(w.answers, bold=True), "; ".join(answered)))

    def follow_up(self) -> None:
        w, sw = self.words, sheet_words(self.labels.language)
        self.blocks.append(Heading(w.follow_up, 1))
        rows = register(self.bundles, self.today)
        if not rows:
            self.blocks.append(para(w.nothing))
            return
        counts = Counter((str(r.item.kind), str(r.item.status or "")) for r in rows)
        table_rows = tuple(
            (sw.kinds[kind].capitalize(), sw.statuses.get(status, "–").capitalize(), str(n))
            for (kind, status), n in sorted(counts.items(), key=_progress)
        )
        self.blocks.append(
            Table((self.labels.what, self.labels.status, self.labels.count), table_rows)
        )
        late = [r for r in rows if r.overdue]
        if late:
            self.blocks.append(Heading(w.overdue, 2))
            for r in late:
                item = self.audience(r.session_id).item(r.item)
                due = w.due.format(day=lb.format_date(r.item.due, self.labels))
                owner = self.owner_line(r.session_id, r.item)
                tail = " · ".join(p for p in (due, owner, self.title_of(r.session_id)) if p)
                self.blocks.append(
                    para(Span(item.title or item.text, bold=True), f" — {tail}", style=Style.BULLET)
                )
        done = [r for r in rows if r.item.outcome.strip()]
        if done:
            self.blocks.append(Heading(w.outcomes, 2))
            for r in done:
                audience = self.audience(r.session_id)
                item = audience.item(r.item)
                # "Sende eksempler til kommunen: …", not "kommunen.: …"
                name = (item.title or item.text).rstrip().removesuffix(".")
                self.blocks.append(
                    para(
                        Span(name, bold=True),
                        f": {audience.text(r.item.outcome)} ({self.title_of(r.session_id)})",
                        style=Style.BULLET,
                    )
                )

    def sessions(self) -> None:
        w = self.words
        self.blocks.append(Heading(w.sessions, 1))
        for bundle in self.bundles:
            sid = bundle.session.id
            audience = self.audience(sid)
            self.blocks.append(Heading(self.title_of(sid), 2))
            facts = [self.day(bundle), word_safe(bundle.session.host)]
            self.blocks.append(para(" · ".join(f for f in facts if f)))
            if bundle.session.summary.strip():
                # As the minutes show it: "- " lines a list, web addresses links.
                summary = prose(audience.text(bundle.session.summary))
                label = Span(w.key_messages, bold=True)
                if summary and summary[0].style is Style.BODY:
                    summary[0] = replace(summary[0], spans=(label, *summary[0].spans))
                else:
                    summary.insert(0, para(Span(w.key_messages.strip(), bold=True)))
                self.blocks.extend(summary)
            ideas = [i for i in bundle.items if i.kind is ItemKind.IDEA]
            ideas.sort(key=lambda i: -(i.votes or 0))
            if ideas:
                names = [audience.item(i).title or audience.item(i).text for i in ideas]
                self.blocks.append(
                    para(Span(w.top_ideas, bold=True), "; ".join(names[:_TOP_IDEAS]))
                )

    def participation(self) -> None:
        w, labels = self.words, self.labels
        self.blocks.append(Heading(w.participation, 1))
        seen = participation(self.bundles)
        sectors = list(Sector)
        rows = [
            (self.title_of(sid), *(str(counts[s]) for s in sectors), str(sum(counts.values())))
            for sid, counts in seen.by_session.items()
        ]
        total = seen.sectors()
        rows.append((labels.total, *(str(total[s]) for s in sectors), str(sum(total.values()))))
        header = (w.session, *(labels.sector_names[s] for s in sectors), labels.total)
        self.blocks.append(Table(header, tuple(rows), total_row=True))
        self.chart()

    def chart(self) -> None:
        categories = recurring_barriers(self.bundles)[:_CATEGORIES_SHOWN]
        if categories:
            self.blocks.append(Heading(self.words.chart, 2))
            titles = [self.title_of(b.session.id) for b in self.bundles]
            names = [lb.category_label(row.category, self.labels) for row in categories]
            ids = [b.session.id for b in self.bundles]
            self.blocks += chart_blocks(categories, ids, titles, names)


def _progress(entry: tuple[tuple[str, str], int]) -> tuple[int, int]:
    """Ideas before actions, each in the order of their statuses' progress."""
    (kind, status), _n = entry
    order = [str(s) for s in rules.statuses_of(ItemKind(kind))]
    return (kind == ItemKind.ACTION, order.index(status) if status in order else len(order))


def _representative(by_session: dict[int, list[Item]]) -> list[tuple[int, Item]]:
    """Every pinned statement, then more up to two or three, from as many sessions as
    possible, barriers first."""
    pinned = [(sid, i) for sid, items in by_session.items() for i in items if i.pinned]
    queues = {
        sid: sorted(
            (i for i in items if not i.pinned), key=lambda i: i.kind is not ItemKind.BARRIER
        )
        for sid, items in by_session.items()
    }
    picked: list[tuple[int, Item]] = pinned
    while len(picked) < _STATEMENTS and any(queues.values()):
        for sid, queue in queues.items():
            if queue and len(picked) < _STATEMENTS:
                picked.append((sid, queue.pop(0)))
    return picked
