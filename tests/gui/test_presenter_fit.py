"""The presenter screen as the room reads it: type that grows with the window, the newest
capture always whole, tied ideas sharing a place, who is next in the queue, and a window
that comes to the front on a laptop with one screen."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import Qt

from roundtable.domain.model import Item, ItemKind, Participant, Phase, Sector, Session

LONG = (
    "Nattevagten er alene med tredive borgere, og når en alarm går, står resten af "
    "afdelingen uden hjælp, indtil vagten er tilbage igen: det er der, vi mister tilliden "
)


@pytest.fixture
def room(start_app, qtbot):
    running = start_app()
    ws = running.workspace
    session = ws.create_session(Session(title="Ældrepleje", host="Vestby Kommune"))
    people = [
        Participant("Lise Mørk", "Vestby Kommune", sector=Sector.MUNICIPAL),
        Participant("Pia Skov", "Omsorg ApS", sector=Sector.PRIVATE),
        Participant("Tarek Haddad", "Robotik A/S", sector=Sector.PRIVATE),
        Participant("Ole Dahl", "Ældresagen", sector=Sector.OTHER),
    ]
    ws.add_participants(session.id, people, "add")
    running.window.open_session(session.id, "run")
    running.window.toggle_presenter()
    presenter = running.window.presenter
    qtbot.waitExposed(presenter)
    return running, session.id, presenter


def capture(running, text: str, kind: ItemKind = ItemKind.NOTE) -> Item:
    return running.window.run.capture_item(text, kind, "", "")


def fits(label) -> bool:
    return label.heightForWidth(label.width()) <= label.height()


def test_the_presenters_type_grows_with_its_window(room, qtbot):
    _running, _sid, presenter = room
    presenter.resize(960, 540)
    small = presenter.body.font().pixelSize()
    presenter.resize(1920, 1080)
    assert presenter.body.font().pixelSize() >= 1.8 * small


@pytest.mark.parametrize("size", [(1024, 640), (800, 450), (1920, 1080)])
def test_the_newest_capture_is_always_shown_whole(room, size):
    running, _sid, presenter = room
    presenter.resize(*size)
    for n in range(12):
        capture(running, f"{n}: {LONG * (1 + n % 3)}")
    capture(running, "Den nyeste: " + LONG * 2)
    assert "Den nyeste" in presenter.body.text()
    assert fits(presenter.body)
    presenter.resize(size[0] // 2 + 200, size[1] // 2 + 100)  # made smaller while shown
    assert "Den nyeste" in presenter.body.text() and fits(presenter.body)


@pytest.mark.parametrize("size", [(1024, 640), (800, 450)])
def test_the_ranked_ideas_shown_all_fit_and_the_newest_is_among_them(room, size):
    running, _sid, presenter = room
    running.window.run.go_to(Phase.IDEAS)
    presenter.resize(*size)
    for n in range(11):
        idea = capture(running, LONG, ItemKind.IDEA)
        running.workspace.update_item(idea.id, "", title=f"Idé {n} " + "lang titel " * 4, votes=n)
    capture(running, "Den nyeste idé", ItemKind.IDEA)
    assert "Den nyeste idé" in presenter.body.text()
    assert fits(presenter.body)


def test_a_finished_sessions_ranking_shows_the_top_ideas_not_the_last_one_captured(room):
    running, sid, presenter = room
    running.window.run.go_to(Phase.IDEAS)
    presenter.resize(1024, 640)
    for n in range(11):
        idea = capture(running, f"Idé {n}", ItemKind.IDEA)
        running.workspace.update_item(idea.id, "", title=f"Idé {n}", votes=20 - n)
    capture(running, "Den sidste idé", ItemKind.IDEA)  # no votes: the last place
    running.workspace.move_to_phase(sid, None, "Finish")
    shown = presenter.body.text()
    assert "Den sidste idé" not in shown and "Idé 0" in shown
    assert "12." not in shown  # the places run on from 1, with no jump to the last


WORDS = (
    "Vi burde samle en fælles vikarpulje for hele regionen, så nattevagterne på "
    "plejecentrene aldrig står alene, og så vikarerne kender borgerne i forvejen"
)


def shown_names(presenter) -> list[str]:
    """The ideas' names as the body shows them, one per ranked row."""
    return [
        unescape(name) for name in re.findall(r"<td width='75%'>(.*?)</td>", presenter.body.text())
    ]


def one_line_each(presenter) -> bool:
    body = presenter.body
    return body.heightForWidth(body.width()) < 1.6 * body.fontMetrics().height() * len(
        shown_names(presenter)
    )


def test_a_ranked_idea_shows_as_much_of_its_text_as_the_line_holds(room):
    running, _sid, presenter = room
    running.window.run.go_to(Phase.IDEAS)
    presenter.resize(1920, 700)
    capture(running, WORDS, ItemKind.IDEA)  # captured live: no title, only its text
    capture(running, "Fælles indkøb", ItemKind.IDEA)
    wide, short = shown_names(presenter)
    assert short == "Fælles indkøb", "a short name is whole, with no '…'"
    eight = "Vi burde samle en fælles vikarpulje for hele"  # the caption's eight words
    assert wide.startswith(eight + " regionen"), "more than eight words: the line has room"
    assert wide.endswith("…") and WORDS.startswith(wide.removesuffix("…"))
    assert one_line_each(presenter), "cut to the line, not wrapped onto the next"
    presenter.resize(1100, 700)  # a narrower window: cut again to its shorter line
    narrow, _ = shown_names(presenter)
    assert len(narrow) < len(wide) and WORDS.startswith(narrow.removesuffix("…"))
    assert one_line_each(presenter)
    presenter.resize(1920, 700)
    assert shown_names(presenter)[0] == wide


def test_a_longer_name_on_the_presenter_still_hides_who_is_named_in_it(room):
    running, sid, presenter = room
    running.window.run.go_to(Phase.IDEAS)
    running.workspace.update_session(sid, "rule", chatham_house=True)
    # The names come after the caption's eight words, where the longer line reaches them.
    text = "Vi burde samle en fælles vikarpulje for hele regionen sammen med Pia Skov og Omsorg ApS"
    capture(running, text, ItemKind.IDEA)
    seen = set()
    for width in range(1000, 2600, 41):  # the cut falls before, inside and after the names
        presenter.resize(width, 700)
        (name,) = shown_names(presenter)
        seen.add(name)
        assert not any(part in name for part in ("Pia", "Skov", "Omsorg")), name
        assert not name.split()[-1].startswith(("Sk", "Om")), f"a name cut in half: {name}"
        assert name.count("[") == name.count("]"), f"a mark cut in half: {name}"
    assert any("[deltager]" in name for name in seen), seen
    assert len(seen) > 3, "the cut moved with the width"


def test_tied_ideas_share_a_place_on_the_presenter_as_in_the_ranking(room):
    running, _sid, presenter = room
    running.window.run.go_to(Phase.IDEAS)
    for title, votes in (("A", 5), ("B", 4), ("C", 4), ("D", 2)):
        idea = capture(running, title, ItemKind.IDEA)
        running.workspace.update_item(idea.id, "", title=title, votes=votes)
    places = [
        row.split("</td>")[0].split(">")[-1] for row in presenter.body.text().split("<tr>")[1:]
    ]
    assert places == ["1.", "2.", "2.", "4."]


def test_the_room_sees_who_is_next_and_the_line_can_be_switched_off(room):
    running, sid, presenter = room
    ws, window = running.workspace, running.window
    ids = {p.name.split()[0]: p.id for p in ws.participants(sid)}
    assert not presenter.next_line.isVisible()  # no hands: no empty line
    for name in ("Pia", "Lise", "Tarek", "Ole"):
        window.run.speakers.raise_hand(ids[name])
    assert presenter.next_line.isVisible()
    assert presenter.next_line.text() == "Næste: Pia Skov, Lise Mørk, Tarek Haddad …"
    window.run.speakers.next_speaker()  # Pia has the floor: the room sees it too
    assert presenter.next_line.text() == (
        "Ordet: Pia Skov  ·  Næste: Lise Mørk, Tarek Haddad, Ole Dahl"
    )

    ws.update_session(sid, "rule", chatham_house=True)
    # Lise and Ole are their sectors' only ones at this table: no sector is named.
    assert presenter.next_line.text() == "Ordet: en deltager  ·  Næste: 3 deltagere"
    ws.add_participants(
        sid,
        [
            Participant("Bo Lund", "Vestby Kommune", sector=Sector.MUNICIPAL),
            Participant("Eva Krog", "KL", sector=Sector.OTHER),
        ],
        "add",
    )
    assert presenter.next_line.text() == (
        "Ordet: en privat deltager  ·  "
        "Næste: en kommunal deltager, en privat deltager, en deltager fra en anden sektor"
    )

    window.menus.presenter_queue_action.trigger()
    assert not presenter.next_line.isVisible()
    assert window.settings.value("presenter/queue", type=bool) is False
    window.menus.presenter_queue_action.trigger()
    assert presenter.next_line.isVisible()


def test_on_one_screen_the_presenter_opens_in_front_inside_the_screen(room):
    running, _sid, presenter = room
    window = running.window
    assert presenter.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    area = window.screen().availableGeometry()
    assert area.contains(presenter.frameGeometry())
    assert presenter.width() == area.width() * 3 // 4  # sized by the screen, not 1024×640
    assert window.isActiveWindow() or not presenter.isActiveWindow()  # typing goes on there
