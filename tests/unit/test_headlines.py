"""The synthesis's headlines: the ideas the organiser pinned, else the ideas by vote share;
pinned barrier statements always make it into the report; `insights --json` says which."""

from __future__ import annotations

import docx
from test_report_synthesis import _bundles

from roundtable.domain.model import Item, ItemKind, Phase
from roundtable.insights.headlines import headline_ideas
from roundtable.insights.summary import insights_document
from roundtable.report.synthesis import write_report


def _ideas_section(path) -> list[str]:
    paragraphs = docx.Document(str(path)).paragraphs
    start = next(n for n, p in enumerate(paragraphs) if p.text == "De vigtigste idéer")
    found = []
    for p in paragraphs[start + 1 :]:
        if p.style.name == "Heading 1":
            break
        if p.style.name == "Heading 2":
            found.append(p.text)
    return found


def test_without_pins_the_headlines_are_the_ideas_with_the_largest_share(example_doc):
    bundles = _bundles(example_doc)
    shares = headline_ideas(bundles, 2)
    assert len(shares) == 2 and shares[0].share >= shares[1].share


def test_pinned_ideas_and_only_they_head_the_report(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    last = [i for i in bundles[2].items if i.kind is ItemKind.IDEA][-1]
    last.pinned = True
    assert [s.idea for s in headline_ideas(bundles)] == [last]
    target = tmp_path / "syntese.docx"
    write_report(bundles, target, series="DI 2023")
    assert _ideas_section(target) == [last.title]


def test_a_pinned_barrier_statement_is_quoted_in_the_report(example_doc, tmp_path):
    bundles = _bundles(example_doc)
    # One more economy barrier in the second session: three statements are quoted per
    # category, one from each session, so this one only shows when it is pinned.
    chosen = Item(Phase.BARRIERS_OPPORTUNITIES, ItemKind.BARRIER, "Ingen tid til at afsøge "
                  "markedet", category="economy", id=999, session_id=2)  # fmt: skip
    bundles[1].items.append(chosen)

    def quoted() -> list[str]:
        target = tmp_path / "syntese.docx"
        write_report(bundles, target, series="DI 2023")
        return [p.text for p in docx.Document(str(target)).paragraphs if p.text.startswith("»")]

    assert not any(chosen.text in q for q in quoted())
    chosen.pinned = True
    assert any(chosen.text in q for q in quoted())


def test_insights_json_says_which_ideas_are_pinned(example_doc):
    bundles = _bundles(example_doc)
    first = next(i for i in bundles[0].items if i.kind is ItemKind.IDEA)
    first.pinned = True
    ideas = insights_document(bundles)["ideas"]
    assert [i["uid"] for i in ideas if i["pinned"]] == [first.uid]
    assert all(isinstance(i["pinned"], bool) for i in ideas)
