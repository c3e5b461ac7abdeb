"""What an audience may see of a session: the Chatham House Rule in one place.

The minutes and the presenter screen both ask here, so the room and the document hide the
same names the same way::

    audience = Audience.for_session(bundle, chatham_house=True)
    audience.text("Tak til Pia Skov")      # 'Tak til [deltager]'
    audience.attribution(participant_id)   # 'en kommunal deltager'
    audience.file_name(".docx")            # the suggested name, from the hidden title

No Qt here; the words follow the session's language (or the one asked for).
"""

from __future__ import annotations

from roundtable.audience.audience import Audience
from roundtable.audience.words import Words, words_for

__all__ = ["Audience", "Words", "words_for"]
