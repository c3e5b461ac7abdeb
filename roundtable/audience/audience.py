"""One session as one audience may see it: the room on the presenter screen, the readers of
the minutes, whoever sees the name of an exported file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from roundtable.audience.attribution import attribution
from roundtable.audience.file_name import file_name
from roundtable.audience.redaction import Redactor, same_words
from roundtable.audience.words import Words, words_for
from roundtable.domain.model import Item, Language, Participant, Session, SessionBundle


class Audience:
    """What an audience may see of a session, under the Chatham House Rule or not.

    Under the rule nothing names a participant or their organisation: statements are
    attributed to a sector, and names and organisations are replaced in every free text.
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
        self._redact: Callable[[str], str] = str
        if chatham_house:
            host = same_words(session.host)
            self._redact = Redactor(
                (clean(p.name) for p in people),
                (clean(p.organisation) for p in people if same_words(p.organisation) != host),
                self.words.withheld_name,
                self.words.withheld_organisation,
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
        return self._redact(self._clean(text))

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
        )

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
        return file_name(self.title(), suffix)
