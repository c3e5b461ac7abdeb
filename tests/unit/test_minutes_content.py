"""What the minutes say, checked on the plain blocks (no Word involved)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from roundtable.domain.model import Language
from roundtable.minutes import labels as lb
from roundtable.minutes.blocks import Heading, Paragraph, Style, Table
from roundtable.minutes.content import build_minutes, canonical_category
from roundtable.minutes.text import word_safe
from roundtable.sessionfile import parse_session_document

NOW = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)


def bundle_of(doc: dict[str, Any]):
    return parse_session_document(doc).bundle


def minutes_of(doc: dict[str, Any], *, chatham_house: bool = False, language: str = "da"):
    return build_minutes(
        bundle_of(doc), chatham_house=chatham_house, language=Language(language), now=NOW
    )


def all_text(minutes) -> str:
    parts = []
    for block in minutes.blocks:
        if isinstance(block, Table):
            parts += [*block.header, *(cell for row in block.rows for cell in row)]
        else:
            parts.append(block.text)
    p = minutes.properties
    return "\n".join([*parts, p.title, p.subject, p.author])


def headings(minutes, level: int) -> list[str]:
    return [b.text for b in minutes.blocks if isinstance(b, Heading) and b.level == level]


def paragraph_after(minutes, heading: str) -> Any:
    blocks = minutes.blocks
    index = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    return blocks[index + 1]


# -- labels and dates ---------------------------------------------------------------------


def test_danish_and_english_dates_do_not_depend_on_the_locale():
    cest = timezone(timedelta(hours=2))
    start = datetime(2023, 3, 14, 9, 0, tzinfo=cest)
    end = datetime(2023, 3, 14, 11, 30, tzinfo=cest)
    assert lb.format_when(start, end, lb.DA) == "tirsdag den 14. marts 2023 kl. 09.00–11.30"
    assert lb.format_when(start, None, lb.EN) == "Tuesday 14 March 2023, 09:00"
    assert lb.format_date(date(2024, 6, 1), lb.DA) == "1. juni 2024"
    assert lb.format_date(date(2024, 6, 1), lb.EN) == "1 June 2024"
    assert lb.format_duration(timedelta(minutes=2, seconds=30), lb.DA) == "2 min. 30 sek."
    assert lb.format_duration(timedelta(seconds=45), lb.EN) == "45 s"
    assert lb.format_duration(timedelta(minutes=20), lb.EN) == "20 min"
    # Whole seconds, as the window's talk time shows 1:58 for 1 min 58.7 s.
    assert lb.format_duration(timedelta(minutes=1, seconds=58.7), lb.EN) == "1 min 58 s"
    assert lb.format_share(0.625, lb.DA) == "62 %"
    assert lb.format_share(0.625, lb.EN) == "62%"


def test_both_languages_label_everything():
    for labels in (lb.DA, lb.EN):
        for value in vars(labels).values():
            if isinstance(value, dict):
                assert all(value.values())
            elif isinstance(value, str):
                assert value
    assert set(lb.DA.categories) == set(lb.EN.categories)


# -- a named session ---------------------------------------------------------------------


def test_danish_named_session(example_doc):
    m = minutes_of(example_doc)
    assert m.blocks[0] == Heading("Rundbordsdialog om emissionsfrie arbejdsmaskiner", 0)
    title_block = m.blocks[2].text
    assert "Tema: Grøn omstilling" in title_block
    assert "Værtskommune: Vestby Kommune" in title_block
    assert "Tidspunkt: torsdag den 2. maj 2024 kl. 13.00–15.15" in title_block
    assert "Sted: Vestby Rådhus, mødelokale 2" in title_block
    assert "Facilitator: Anders Lund" in title_block
    assert headings(m, 1) == [
        "Hovedpointer",
        "Idéer i overblik",
        "Effekt og indsats",
        "Opfølgning",
        "Deltagere",
        "Program",
        "1. Kommunens fortælling",
        "2. Barrierer og muligheder",
        "3. Idéer og næste skridt",
        "Taletid",
    ]
    assert "Kommunale deltagere (2)" in headings(m, 2)
    participants = paragraph_after(m, "Private deltagere (2)")
    assert participants.rows == (
        ("Pia Skov", "ElMaskiner A/S", "Salgsdirektør"),
        ("Tarek Haddad", "Batteri & Co ApS", "Ingeniør"),
    )
    programme = paragraph_after(m, "Program")
    assert programme.rows[0] == ("1. Kommunens fortælling", "13.05–13.37", "30 min.", "32 min.")
    quote = paragraph_after(m, "Citater")
    assert quote.style is Style.QUOTE
    assert quote.text == (
        "»Vi vil gerne være først, men vi har ikke råd til at tage hele risikoen selv.«"
        "\n– Karsten Ølund (Vestby Kommune)"
    )
    question = paragraph_after(m, "Opklarende spørgsmål")
    assert question.style is Style.BULLET
    assert question.text.endswith("– Tarek Haddad (Batteri & Co ApS)")
    assert paragraph_after(m, "Udbud").text == (
        "Barriere: Rammeaftalerne har ingen krav om emissionsfrihed. – Pia Skov (ElMaskiner A/S)"
    )
    assert m.properties.title == "Rundbordsdialog om emissionsfrie arbejdsmaskiner"
    assert m.properties.subject == "Grøn omstilling"
    assert m.properties.author == "Anders Lund"
    assert m.properties.language_tag == "da-DK"
    assert (m.page_before, m.page_middle) == ("Side ", " af ")


def test_ideas_ranked_with_every_detail(example_doc):
    example_doc["session"]["items"][7]["votes"] = 9  # "Fælles indkøb" now leads
    m = minutes_of(example_doc)
    # Numbers in the overview table, not in the headings (Word's navigation pane).
    assert [row[:3] for row in paragraph_after(m, "Idéer i overblik").rows] == [
        ("1", "Fælles indkøb med nabokommuner", "9"),
        ("2", "Markedsdialog før udbud", "6"),
    ]
    blocks = m.blocks
    i = blocks.index(Heading("Markedsdialog før udbud", 2))
    assert blocks[i + 1].text == (
        "Kommunen holder en åben markedsdialog om behovet, før udbuddet skrives."
    )
    assert blocks[i + 2].text.splitlines() == [
        "Stemmer: 6 · Effekt: 4 af 5 · Indsats: 2 af 5 · Status: i gang",
        "Foreslået af: Ulla Bech (Center for innovative indkøb)",
        "Ansvarlig: Lise Mørk (Vestby Kommune)",
        "Næste skridt: Invitere leverandører til dialogmøde i juni.",
        "Imødegår barrieren: Rammeaftalerne har ingen krav om emissionsfrihed.",
    ]


def test_an_idea_answering_several_barriers_lists_them(example_doc):
    example_doc["session"]["items"][6]["addresses"] = ["b1", "b2"]
    m = minutes_of(example_doc, language="en")
    texts = [b.text for b in m.blocks if isinstance(b, Paragraph)]
    at = texts.index("Answers the barriers:")
    assert texts[at + 1 : at + 3] == [
        "Elmaskiner koster op til det dobbelte i indkøb.",
        "Rammeaftalerne har ingen krav om emissionsfrihed.",
    ]


def test_actions_and_speaking_time(example_doc):
    m = minutes_of(example_doc)
    opening = paragraph_after(m, "Opfølgning")
    assert opening.text == "Aftaler"
    actions = m.blocks[m.blocks.index(opening) + 1]
    assert actions.header == ("Hvad", "Ansvarlig", "Frist")
    assert actions.rows == (
        (
            "Sende eksempler på behovsbeskrivelser til kommunen.",
            "Ulla Bech (Center for innovative indkøb)",
            "1. juni 2024",
        ),
    )
    by_sector = paragraph_after(m, "Pr. sektor")
    assert by_sector.rows == (
        ("Kommunal", "20 min.", "75 %", "1"),
        ("Privat", "6 min. 30 sek.", "25 %", "2"),
        ("Øvrige", "0 sek.", "0 %", "0"),
    )
    by_person = paragraph_after(m, "Pr. deltager")
    # Those who never spoke are not listed with "0 sek.".
    assert [row[0] for row in by_person.rows] == ["Lise Mørk", "Pia Skov", "Tarek Haddad"]
    # The summary opens page 1; at the end it would be read last.
    assert paragraph_after(m, "Hovedpointer").text.startswith("Kommunen og")


def test_english_session(example_doc):
    m = minutes_of(example_doc, language="en")
    assert headings(m, 1)[6:9] == [
        "1. Municipal narrative",
        "2. Barriers and opportunities",
        "3. Ideas and next steps",
    ]
    assert "Date and time: Thursday 2 May 2024, 13:00–15:15" in m.blocks[2].text
    assert "Procurement" in headings(m, 2)
    assert paragraph_after(m, "Quotes").text.startswith("“Vi vil gerne")
    follow_up = m.blocks.index(Heading("Follow-up", 1))
    assert m.blocks[follow_up + 1].text == "Agreed actions"
    assert m.blocks[follow_up + 2].rows[0][2] == "1 June 2024"
    assert m.properties.language_tag == "en-GB"
    assert (m.page_before, m.page_middle) == ("Page ", " of ")


def test_categories_group_by_key_or_label_in_either_language(example_doc):
    items = example_doc["session"]["items"]
    items[3]["category"] = "Udbud"  # b1: the Danish label
    items[4]["category"] = "PROCUREMENT"  # b2: the key in capitals
    items[5]["category"] = "Borgerinddragelse"  # o1: the facilitator's own
    items.insert(6, {**items[5], "id": "o2", "category": "borgerinddragelse"})
    items.insert(7, {**items[5], "id": "o3", "category": ""})
    m = minutes_of(example_doc)
    phase = headings(m, 2)
    assert phase[phase.index("Udbud") :][:3] == ["Udbud", "Borgerinddragelse", "Uden kategori"]
    assert canonical_category(" Etik og tillid ") == "ethics_trust"
    assert canonical_category("Ethics and trust") == "ethics_trust"
    assert canonical_category("Eget emne") == "Eget emne"


def test_notes_outside_the_narrative_are_kept(example_doc):
    items = example_doc["session"]["items"]
    items.append({"id": "n8", "phase": "ideas", "kind": "note", "text": "Husk kaffe."})
    items.append(
        {"id": "n9", "phase": "barriers_opportunities", "kind": "note", "text": "Pause 14.25."}
    )
    text = all_text(minutes_of(example_doc))
    assert "Husk kaffe." in text and "Pause 14.25." in text


def test_a_session_that_never_started_exports_as_an_agenda():
    doc = {"format": "roundtable-session", "version": 1, "session": {"title": "Tom"}}
    doc["session"]["purpose"] = "At finde veje til færre tomgangstimer."
    m = minutes_of(doc)
    text = all_text(m)
    assert m.blocks[1].text == "Dagsorden"
    assert "Intet registreret." not in text
    assert headings(m, 1) == ["Formål", "Program", "Deltagere"]
    assert "At finde veje til færre tomgangstimer." in text
    assert "Der er ikke registreret nogen deltagere." in text


def test_an_agendas_programme_times_each_phase_from_the_planned_start():
    # Its "Tidsrum" was empty though the start was known, and "Faktisk" showed "–".
    doc = {"format": "roundtable-session", "version": 1, "session": {"title": "Tom"}}
    doc["session"]["starts_at"] = "2025-06-10T13:00:00+02:00"
    programme = next(b for b in minutes_of(doc).blocks if isinstance(b, Table))
    assert programme.header == ("Fase", "Tidsrum", "Planlagt")
    assert [row[1] for row in programme.rows] == ["13.00–13.30", "13.30–14.15", "14.15–15.00"]


def test_a_started_session_with_nothing_captured_says_so_instead_of_leaving_gaps():
    doc = {"format": "roundtable-session", "version": 1, "session": {"title": "Tom"}}
    doc["session"]["phases"] = [
        {"key": "narrative", "planned_minutes": 30, "started_at": "2024-05-02T13:00:00+02:00"}
    ]
    m = minutes_of(doc)
    text = all_text(m)
    assert m.blocks[1].text == "Referat"
    assert text.count("Intet registreret.") == 3  # the three phases
    assert "Der blev ikke registreret nogen idéer." in text
    assert "Der er ikke registreret taletid." in text
    # No planned start: when it was held comes from its phase; no other facts, no gaps.
    assert m.blocks[2].text == "Tidspunkt: torsdag den 2. maj 2024 kl. 13.00"
    assert m.blocks[3] == Heading("Hovedpointer", 1)


def test_a_meeting_held_at_another_time_than_planned_is_dated_as_held(example_doc):
    # Planned for 09:00, run from 19:19 to 19:25: "kl. 09.00–19.25" read as ten hours.
    session = example_doc["session"]
    session["starts_at"] = "2024-05-02T09:00:00+02:00"
    for phase, (start, end) in zip(
        session["phases"],
        [("19:19", "19:21"), ("19:21", "19:23"), ("19:23", "19:25")],
        strict=True,
    ):
        phase["started_at"] = f"2024-05-02T{start}:00+02:00"
        phase["ended_at"] = f"2024-05-02T{end}:00+02:00"
    assert "Tidspunkt: torsdag den 2. maj 2024 kl. 19.19–19.25" in all_text(minutes_of(example_doc))
    # Begun within the hour of the plan (13:05 for 13:00), it reads from the planned start.
    session["starts_at"] = "2024-05-02T19:00:00+02:00"
    assert "kl. 19.00–19.25" in all_text(minutes_of(example_doc))


# -- the Chatham House Rule ----------------------------------------------------------------


def terms_of(doc: dict[str, Any], *, except_host: bool = True) -> set[str]:
    session = doc["session"]
    host = session.get("host", "")
    terms = set()
    for p in session["participants"]:
        terms.add(p["name"])
        if p.get("organisation") and not (except_host and p["organisation"] == host):
            terms.add(p["organisation"])
    return terms


@pytest.mark.parametrize("language", ["da", "en"])
def test_chatham_house_names_nobody(crowded_doc, language):
    m = minutes_of(crowded_doc, chatham_house=True, language=language)
    text = all_text(m)
    for term in terms_of(crowded_doc):
        assert term not in text, term
    # The host is the session's subject and stays (the title block and the opening
    # paragraph name it as host); nothing is attributed to it.
    assert text.count("Vestby Kommune") == 2
    labels = lb.labels_for(Language(language))
    assert labels.chatham_house_rule in text
    assert paragraph_after(m, labels.participants).text == labels.chatham_house_rule
    counts = m.blocks[m.blocks.index(Heading(labels.participants, 1)) + 2]
    assert counts.rows == (
        (labels.sector_names["municipal"], "2"),
        (labels.sector_names["private"], "2"),
        (labels.sector_names["other"], "2"),
        (labels.total, "6"),
    )
    assert labels.by_participant not in headings(m, 2)
    speaker = labels.sector_speakers
    assert f"– {speaker['municipal']}" in paragraph_after(m, labels.quotes).text
    assert (
        paragraph_after(m, labels.follow_up).text == labels.actions
        and m.blocks[m.blocks.index(Heading(labels.follow_up, 1)) + 2].rows[0][1]
        == speaker["other"][:1].upper() + (speaker["other"][1:])
    )


@pytest.mark.parametrize(("language", "anyone"), [("da", "en deltager"), ("en", "a participant")])
def test_chatham_house_with_a_sector_of_one_attributes_to_no_sector(example_doc, language, anyone):
    # Ulla Bech is the example's one participant from another sector: her sector is her.
    m = minutes_of(example_doc, chatham_house=True, language=language)
    text = all_text(m)
    labels = lb.labels_for(Language(language))
    assert paragraph_after(m, labels.participants).text == labels.chatham_house_rule_unattributed
    assert labels.chatham_house_rule not in text
    for sector in labels.sector_speakers.values():
        assert sector not in text and sector[:1].upper() + sector[1:] not in text
    assert paragraph_after(m, labels.quotes).text.endswith(f"– {anyone}")
    owner = m.blocks[m.blocks.index(Heading(labels.follow_up, 1)) + 2].rows[0][1]
    assert owner == anyone[:1].upper() + anyone[1:]
    # A sector's row of speaking time would be her figures: only the total is given.
    assert labels.by_sector not in headings(m, 2)
    talk = paragraph_after(m, labels.speaking_time)
    assert [row[0] for row in talk.rows] == [labels.total]
    assert talk.header == ("", labels.speaking_time, labels.turns)
    assert talk.rows[0][2] == "3"
    for term in terms_of(example_doc):
        assert term not in text, term


def test_chatham_house_takes_names_out_of_free_text(example_doc):
    session = example_doc["session"]
    session["title"] = "Møde med ElMaskiner A/S og Vestby Kommune"
    session["summary"] = "Tak til lise  MØRK og Pia\nSkov. Bornholm og Piasko er ikke navne."
    session["items"][0]["text"] = "Ifølge Batteri & Co ApS (Tarek Haddad) holder batteriet."
    m = minutes_of(example_doc, chatham_house=True)
    text = all_text(m)
    assert m.properties.title == "Møde med [organisation] og Vestby Kommune"
    assert "Tak til [deltager] og [deltager]. Bornholm og Piasko er ikke navne." in text
    assert "Ifølge [organisation] ([deltager]) holder batteriet." in text
    for term in terms_of(example_doc):
        assert term.casefold() not in text.casefold(), term


def test_word_safe_keeps_emoji_and_right_to_left_text():
    assert word_safe("a\x00b\x0bc\x1fd\ufffee") == "abcde"
    assert word_safe("line\r\nnext\rlast\ttab") == "line\nnext\nlast\ttab"
    assert word_safe("🙂 مرحبا שלום") == "🙂 مرحبا שלום"


def _action_owned_as_text(example_doc, owner_text: str) -> dict[str, Any]:
    session = dict(example_doc["session"])
    action = {k: v for k, v in session["items"][-1].items() if k != "owner"}
    session["items"] = [*session["items"][:-1], action | {"owner_text": owner_text}]
    return example_doc | {"session": session}


def test_an_action_owned_by_someone_not_at_the_table_names_them(example_doc):
    doc = _action_owned_as_text(example_doc, "KL's sekretariat")
    table = next(b for b in minutes_of(doc).blocks if isinstance(b, Table) and "Frist" in b.header)
    assert list(table.rows[-1][:2]) == [
        "Sende eksempler på behovsbeskrivelser til kommunen.",
        "KL's sekretariat",
    ]


def test_under_the_rule_an_owner_typed_as_text_is_hidden_like_any_text(example_doc):
    doc = _action_owned_as_text(example_doc, "Lise Mørk fra Vestby Kommune")
    shown = all_text(minutes_of(doc, chatham_house=True))
    assert "Lise Mørk" not in shown


def test_under_the_rule_an_organisation_that_is_an_everyday_word_is_hidden_as_owner(example_doc):
    # "KL" opening a sentence may be "kl." written by hand; standing alone as an owner it is
    # the organisation (a participant's here), and the rule hides it.
    session = example_doc["session"]
    people = [*session["participants"], {"id": "p9", "name": "Anna Berg", "organisation": "KL",
                                          "sector": "other"}]  # fmt: skip
    doc = _action_owned_as_text(example_doc | {"session": session | {"participants": people}},
                                "KL's sekretariat")  # fmt: skip
    table = next(b for b in minutes_of(doc, chatham_house=True).blocks
                 if isinstance(b, Table) and "Frist" in b.header)  # fmt: skip
    assert "KL" not in table.rows[-1][1] and "sekretariat" in table.rows[-1][1]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("da", "1 idé er ikke vurderet", "2 idéer er ikke vurderet"),
        ("en", "1 idea has no impact and effort scores", "2 ideas have no impact"),
    ],
)
def test_unscored_ideas_are_counted_in_the_singular_or_the_plural(example_doc, language, one, two):
    items = example_doc["session"]["items"]
    idea = next(i for i in items if i["kind"] == "idea")
    for n, expected in ((1, one), (2, two)):
        unscored = {k: v for k, v in idea.items() if k not in ("impact", "effort", "uid")}
        items.append(unscored | {"id": f"u{n}", "title": f"Uvurderet {n}"})
        assert expected in all_text(minutes_of(example_doc, language=language))


def test_the_key_messages_name_every_idea_tied_for_the_last_place_named(example_doc):
    doc = json.loads(json.dumps(example_doc))
    items = doc["session"]["items"]
    base = next(i for i in items if i["kind"] == "idea")
    for n, votes in enumerate((5, 3, 2, 2, 1)):
        items.append({**base, "id": f"tie{n}", "title": f"Idé {n}", "votes": votes})
        items[-1].pop("uid", None)
    for item in items:
        if item["kind"] == "idea" and not item["id"].startswith("tie"):
            item["votes"] = 0
    said = all_text(minutes_of(doc, language="en"))
    line = next(t for t in said.splitlines() if t.startswith("Most votes went to"))
    # Shown tied in the ranking and on the presenter screen: the minutes name both.
    assert "Idé 2 (2 votes)" in line and "Idé 3 (2 votes)" in line, line
    assert "Idé 4" not in line


def test_recipients_are_listed_so_that_one_with_a_comma_stays_one(example_doc):
    example_doc["session"]["distribution"] = "Ældreudvalget, Nordhavn Kommune\nDeltagerne"
    text = all_text(minutes_of(example_doc))
    assert "Udsendt til: Ældreudvalget, Nordhavn Kommune; Deltagerne" in text


def test_ideas_tied_at_the_tenth_place_are_all_written_in_full(example_doc):
    # One idea with as many votes as the ninth and tenth was left to "Øvrige idéer", as "9".
    items = [i for i in example_doc["session"]["items"] if i["kind"] != "idea"]
    votes = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1, 0]
    for n, v in enumerate(votes):
        items.append(
            {"id": f"idea{n}", "phase": "ideas", "kind": "idea", "title": f"Idé nummer {n}",
             "text": f"Idé nummer {n} i tekst", "votes": v}
        )  # fmt: skip
    example_doc["session"]["items"] = items
    m = minutes_of(example_doc)
    overview = next(b for b in m.blocks if isinstance(b, Table) and "Stemmer" in b.header)
    shown = [row[1] for row in overview.rows]
    assert shown[-3:] == ["Idé nummer 8", "Idé nummer 9", "Idé nummer 10"] and len(shown) == 11
    headings = [b.text for b in m.blocks if isinstance(b, Heading)]
    assert {"Idé nummer 8", "Idé nummer 9", "Idé nummer 10"} <= set(headings)
    assert "Idé nummer 11" not in headings


def test_the_count_of_barriers_on_page_one_says_what_it_counts(example_doc):
    # A bare "2 barrierer." bullet read as a fragment.
    text = all_text(minutes_of(example_doc))
    assert "barrierer registreret" in text
    assert "barriers recorded" in all_text(minutes_of(example_doc, language="en"))


def test_ideas_without_votes_are_no_tie_that_writes_them_all_in_full(example_doc):
    items = [i for i in example_doc["session"]["items"] if i["kind"] != "idea"]
    for n in range(14):
        items.append(
            {"id": f"idea{n}", "phase": "ideas", "kind": "idea", "title": f"Idé nummer {n}",
             "text": f"Idé nummer {n} i tekst", "votes": 0}
        )  # fmt: skip
    example_doc["session"]["items"] = items
    m = minutes_of(example_doc)
    overview = next(b for b in m.blocks if isinstance(b, Table) and "Stemmer" in b.header)
    assert len(overview.rows) == 10
    headings = [b.text for b in m.blocks if isinstance(b, Heading)]
    assert "Idé nummer 9" in headings and "Idé nummer 10" not in headings


@pytest.mark.parametrize(
    ("language", "purpose", "sentence"),
    [
        ("da", "At afklare, hvordan maskinerne kommer i drift", "Formålet var at afklare, hvordan"),
        ("en", "To find out how the machines can run", "The purpose was to find out how"),
        ("da", "To kommuner vil dele maskiner.", "To kommuner vil dele maskiner."),  # "two"
        ("da", "Kommunen vil høre leverandørerne.", "Kommunen vil høre leverandørerne."),
    ],
)
def test_a_purpose_typed_as_an_aim_reads_as_a_sentence_in_the_opening(
    example_doc, language, purpose, sentence
):
    # "… var vært for rundbordssamtalen. At afklare, hvordan …" read as a fragment.
    example_doc["session"]["purpose"] = purpose
    m = minutes_of(example_doc, language=language)
    opening = next(b for b in m.blocks if "rundbordssamtalen" in b.text or "hosted the" in b.text)
    assert sentence in opening.text


def test_the_narrators_role_loses_its_capital_inside_the_sentence(example_doc):
    m = minutes_of(example_doc)
    opening = next(b for b in m.blocks if "rundbordssamtalen" in b.text)
    assert "Lise Mørk (Vestby Kommune), vej- og parkchef." in opening.text


def test_an_untitled_idea_is_named_by_more_than_its_first_eight_words_in_the_tables(example_doc):
    # "Fælles testlab for velfærdsteknologi på tværs af tre …" with room to spare in the
    # overview's table, the key messages and the matrix.
    said = "Fælles testlab for velfærdsteknologi på tværs af tre kommuner med fælles drift"
    example_doc["session"]["items"].append(
        {"id": "n99", "phase": "ideas", "kind": "idea", "text": said, "votes": 9}
    )
    m = minutes_of(example_doc)
    overview = next(b for b in m.blocks if isinstance(b, Table) and "Idé" in b.header)
    assert any(said in row for row in overview.rows)
