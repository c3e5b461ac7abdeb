"""One way for a view to follow a session: the session it shows, the aspects it watches, one
`reload()`; it listens only to `Workspace.changed`.

Every capture changes the session; re-reading the ranking, the matrix and the barriers while
they sit in hidden tabs would cost the facilitator time on every Enter. A hidden view notes
that it is stale and re-reads when it is shown. Models have no "shown": they re-read at once,
and their views keep selection and scroll position through the model's own signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roundtable.edits import Aspect, Changes
    from roundtable.ui.workspace import Workspace


class FollowsSession:
    """Mix into a Qt model, before it: `class M(FollowsSession, QAbstractListModel)`.

    Call `follow(workspace, aspects…)` once in `__init__`; implement `reload()`.
    """

    session_id: int | None = None
    watched: frozenset[Aspect] = frozenset()

    def follow(self, workspace: Workspace, *aspects: Aspect) -> None:
        self.watched = frozenset(aspects)
        self._followed = workspace
        workspace.changed.connect(self._workspace_changed)

    def unfollow(self) -> None:
        """Stop following (the window this view is in was replaced): a view that is deleted
        later must not be called meanwhile."""
        followed: Workspace | None = getattr(self, "_followed", None)
        if followed is not None:
            followed.changed.disconnect(self._workspace_changed)
            self._followed = None

    def set_session(self, session_id: int | None) -> None:
        """Show another session (None: none); it is read at once, shown or not."""
        self.session_id = session_id
        self._read()

    def reload(self) -> None:
        """Re-read what is shown from the store."""
        raise NotImplementedError

    def follow_change(self, changes: Changes) -> None:
        """A change touched what this view watches; by default it re-reads all of it. A view
        that can re-read less for some changes overrides this."""
        self.reload()

    def _workspace_changed(self, changes: Changes) -> None:
        if changes.touches(self.session_id, self.watched):
            self._changed(changes)

    def _changed(self, changes: Changes) -> None:
        self.follow_change(changes)

    def _read(self) -> None:
        self.reload()


class SessionView(FollowsSession):
    """Mix into a QWidget, before it: `class V(SessionView, QListWidget)`. While hidden it
    only notes a change; it re-reads, all of it, when it is shown."""

    _stale = False

    def _changed(self, changes: Changes) -> None:
        if self.isVisible():  # type: ignore[attr-defined]  # the QWidget it is mixed into
            self.follow_change(changes)
        else:
            self._stale = True

    def _read(self) -> None:
        self._stale = False
        self.reload()

    def showEvent(self, event) -> None:
        if self._stale:
            self._read()
        super().showEvent(event)  # type: ignore[misc]
