"""One session as one audience may see it: the room on the presenter screen, the readers of
the minutes, whoever sees the name of an exported file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from roundtable.audience.attribution import attribution, sector_speaker, sectors_hide_people
from roundtable.audience.file_name import file_name
from roundtable.audience.redaction import Found, Redactor
from roundtable.audience.terms import session_terms
from roundtable.audience.words import Words, words_for
from roundtable.domain.model import Item, Language, Participant, Session, SessionBundle


class Audience:
    """What an audience may see of a session, under the Chatham House Rule or not.

    Under the rule nothing names a participant or their organisation: statements are
    attributed to a sector (to "a participant" when a sector at the table has only one),
    and names and organisations are replaced in every free text.
    The host municipality is the one organisation left named: the session is about its
    narrative, even when some participants come from it.

    `clean` makes text fit for where it goes (the minutes strip what Word cannot hold); it
    is applied to the names before they are looked for, so a cleaned text still matches.
    """

    def __init__(
        self,
        session: Session,
        participants: Iterable[Participant],
        chatham_house: bool,
        *,
        language: Language | None = None,
        clean: Callable[[str], str] = str,
    ) -> None:
        self.session = session
        self.chatham_house = chatham_house
        self.words: Words = words_for(language or session.language)
        self._clean = clean
        people = list(participants)
        self._people = {p.id: p for p in people if p.id is not None}
        self.by_sector = sectors_hide_people(people)
        self._redactor: Redactor | None = None
        if chatham_house:
            terms = session_terms(people, session.host, clean)
            self._redactor = Redactor(
                terms.names,
                terms.organisations,
                self.words.withheld_name,
                self.words.withheld_organisation,
                first_names=terms.first_names,
            )

    @classmethod
    def for_session(
        cls,
        bundle: SessionBundle,
        chatham_house: bool,
        *,
        language: Language | None = None,
        clean: Callable[[str], str] = str,
    ) -> Audience:
        """The audience of `bundle`; the caller decides whether the rule applies (the
        session's setting, or a request to apply it anyway)."""
        return cls(
            bundle.session,
            bundle.participants,
            chatham_house,
            language=language,
            clean=clean,
        )

    def text(self, text: str) -> str:
        """Free text as the audience may read it."""
        text = self._clean(text)
        return text if self._redactor is None else self._redactor(text)

    def value(self, text: str) -> str:
        """A value standing alone (an owner typed as text) as the audience may read it: its
        first word opens no sentence, so 'KL' or 'Tryg' there is the organisation."""
        text = self._clean(text)
        return text if self._redactor is None else self._redactor(text, alone=True)

    def names_hidden(self, text: str) -> str:
        """`text` with the participants' names and organisations hidden, other e-mail
        addresses kept: for what an organisation's template brings (its own footer address)."""
        return text if self._redactor is None else self._redactor(text, emails=False)

    def leaks(self, text: str) -> list[Found]:
        """The participants' names and organisations left in `text` (none without the rule):
        the last look before anything is shown or written."""
        return [] if self._redactor is None else self._redactor.find(text)

    def guarded(self, text: str) -> str:
        """`text` as is when nothing in it names a participant, else with the names hidden:
        for text put together from labels and hidden parts (the presenter screen)."""
        return self.names_hidden(text) if self.leaks(text) else text

    def attribution(self, participant_id: int | None, *, organisation: bool = True) -> str:
        """Who said it: 'Name (Organisation)', or under the rule 'en kommunal deltager';
        '' for nobody (or someone no longer in the session)."""
        person = self._people.get(participant_id) if participant_id is not None else None
        return attribution(
            person,
            self.words,
            chatham_house=self.chatham_house,
            organisation=organisation,
            clean=self._clean,
            by_sector=self.by_sector,
        )

    def sector_speaker(self, participant_id: int | None) -> str:
        """Who said it by sector, rule or not ('en kommunal deltager'), or 'en deltager'
        when naming the sector would name the person; '' for nobody."""
        person = self._people.get(participant_id) if participant_id is not None else None
        return sector_speaker(person, self.words, by_sector=self.by_sector)

    def item(self, item: Item) -> Item:
        """`item` with its free text as the audience may read it.

        Take names out before a title or text is cut short for display: a name cut in
        half is no longer recognised.
        """
        return dataclasses.replace(
            item,
            title=self.text(item.title),
            text=self.text(item.text),
            next_step=self.text(item.next_step),
        )

    def title(self) -> str:
        return self.text(self.session.title)

    def file_name(self, suffix: str) -> str:
        """The name to suggest for a file about the session: 'Møde med [organisation]' becomes
        'Møde med _organisation_.docx' under the rule."""
        name = file_name(self.title(), suffix)
        return file_name("", suffix) if self.leaks(name) else name
