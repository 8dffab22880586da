"""Cross-outlet linking in the window: candidates for the selected event, the event cards, their commands."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox, QSplitter

from desktop.commands import short_text
from desktop.jobs import Job
from desktop.link_commands import CardCommand, Operation, RejectCandidateCommand
from desktop.side_by_side_dialog import SideBySideDialog
from exports import compare, link_profiles
from exports.link_index import CandidateRow, LinkIndex
from models import cards, links
from models.records import Changes
from widgets.event_cards import EventCardsPanel
from widgets.link_candidates import CandidateList
from widgets.link_keys import LinkKeys

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


# Below this many event mentions the index is read on first use in well under a second.
BUILD_IN_BACKGROUND_FROM = 20_000


class LinkController(QObject):
    """Owns the linking dock (candidates above, cards below) and turns its requests into commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.candidates = CandidateList()
        self.cards = EventCardsPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.candidates)
        self.splitter.addWidget(self.cards)
        self.splitter.setSizes([330, 420])
        self.dock = QDockWidget("Event linking", window)
        self.dock.setObjectName("linkingDock")
        self.dock.setWidget(self.splitter)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.keys = LinkKeys(window.review.view, active=lambda: not window.roles.picker.picking())
        self._index: LinkIndex | None = None
        self._builder: Job | None = None  # reads a large project's index off the GUI thread
        self._stale: set[int] = set()  # articles changed while the builder read
        self._retired: list[Job] = []
        self._target = ""
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.review.span_shown.connect(self.show_target)
        self.keys.assign_requested.connect(lambda _uid: self.assign_current())
        self.keys.new_card_requested.connect(self.new_card)
        self.keys.next_requested.connect(lambda _uid: self.candidates.step(1))
        self.keys.previous_requested.connect(lambda _uid: self.candidates.step(-1))
        self.keys.reject_requested.connect(lambda _uid: self.reject_current())
        self.keys.unlink_requested.connect(lambda uid: self.unlink([uid]))
        self.keys.compare_requested.connect(lambda _uid: self.compare_current())
        c = self.candidates
        c.assign_requested.connect(lambda kind, uid: self.assign(kind, uid))
        c.candidate_activated.connect(lambda kind, uid: self.assign(kind, uid))
        c.new_card_requested.connect(lambda: self.new_card(self._target))
        c.reject_requested.connect(lambda kind, uid: self.reject(kind, uid))
        c.unlink_requested.connect(lambda: self.unlink([self._target]))
        c.compare_requested.connect(lambda kind, uid: self.compare_current())
        p = self.cards
        p.card_selected.connect(self.show_members)
        p.member_activated.connect(self.open_mention)
        p.merge_requested.connect(self.merge)
        p.split_requested.connect(self.split)
        p.unlink_requested.connect(self.unlink)
        p.confirm_requested.connect(self.confirm)
        p.rename_requested.connect(self.rename)

    # -- showing -------------------------------------------------------------------------------

    @property
    def index(self) -> LinkIndex:
        if self._index is None:  # built on first use: a bulk read of every event mention
            self._index = LinkIndex.build()
        return self._index

    def reload(self) -> None:
        """A project was opened: forget the old index, show the new project's cards."""
        self._index = None
        self._target = ""
        self._stale.clear()
        self.candidates.set_target(None, [])
        self.refresh_cards()
        if cards.count_event_mentions() >= BUILD_IN_BACKGROUND_FROM:
            self._build_in_background()

    def _build_in_background(self) -> None:
        """A large project's index is read on its own thread (seconds at 100,000 mentions); the text
        stays usable and the candidate list says it is getting ready."""
        if self._builder is not None:
            self._builder.succeeded.disconnect()  # an older project's index: let it finish unheard
            self._retired.append(self._builder)  # a running QThread must stay referenced
        job = Job("Preparing the linking index", lambda _progress, _cancelled: LinkIndex.build())
        job.succeeded.connect(self._index_ready)
        job.failed.connect(self.window.show_error)
        self._builder = job
        job.start()

    def _index_ready(self, index: object) -> None:
        assert isinstance(index, LinkIndex)
        self._builder = None
        if self._stale:  # articles changed while it was being read
            index.refresh_articles(sorted(self._stale))
            self._stale.clear()
        self._index = index
        if self._target:
            self.show_target(self._target)

    def wait_for_builder(self) -> None:
        """Before the window closes: the thread must not outlive it."""
        for job in [*self._retired, self._builder]:
            if job is not None:
                job.wait()
        self._retired.clear()

    def refresh_cards(self) -> None:
        self.cards.set_cards(cards.list_cards())
        if current := self.cards.current_card():
            self.show_members(current)

    def show_members(self, card_uid: str) -> None:
        self.cards.set_members(card_uid, cards.card_members(card_uid))

    def show_target(self, span_id: str) -> None:
        """Rank the candidates of the selected event mention (anything else clears the list)."""
        target = cards.link_target(span_id) if span_id else None
        self._target = target.id if target else ""
        if target is None:
            self.candidates.set_target(None, [])
            return
        if self._builder is not None:
            self.candidates.set_waiting(target, "Preparing the candidates of every event mention in the "
                                                "project… they appear here in a moment.")
            return
        rows = self.index.candidate_rows(target.id)
        if target.card_id and target.link_state == "suggested" and (card := cards.get_card(target.card_id)):
            # The link command's suggestion comes first: Space confirms it, V compares with the
            # article of a member from another article (as for any card candidate).
            other = next((m.article_id for m in cards.card_members(card.id)
                          if m.article_id != target.article_id), None)
            rows.insert(0, CandidateRow(card.id, "card", card.title, card.event_type,
                                        f"{card.outlet_count} outlets", other, 1.0,
                                        ("suggested by Link Project; Space confirms",)))
        self.candidates.set_target(target, rows)
        if target.card_id:
            self.cards.select_card(target.card_id)

    def changed(self, changes: Changes) -> None:
        """After any command: keep the index and the cards current."""
        if self._index is not None and (changes.spans or changes.clusters):
            self._index.refresh_articles(changes.article_ids)
        elif self._builder is not None:
            self._stale.update(changes.article_ids)
        if changes.spans or changes.clusters:
            self.refresh_cards()

    # -- commands ------------------------------------------------------------------------------

    def _push(self, text: str, mention: str | None, operation: Operation,
              scope: tuple[Iterable[str], Iterable[str]]) -> None:
        article = self._article_of(mention) or self.window.current_article
        if article is None:
            return
        self.window.undo_stack.push(CardCommand(
            text, article, mention, operation, scope, link_profiles.refresh_summaries,
            self.window.apply_changes, self.window.show_error))

    def _article_of(self, mention: str | None) -> int | None:
        target = cards.link_target(mention) if mention else None
        return target.article_id if target else None

    def assign_current(self) -> None:
        current = self.candidates.current_candidate()
        if current is None:
            self.window.show_error("No candidate for this event: Ctrl+Space starts a new card.")
            return
        self.assign(current.kind, current.id)

    def assign(self, kind: str, uid: str) -> None:
        mention = self._target
        if not mention:
            return
        if kind == "card":
            card = cards.get_card(uid)
            title = card.title if card else ""
            self._push(f"Link to “{short_text(title, 28)}”", mention, lambda _new: _assign(mention, uid),
                       ((mention,), (uid,)))
        else:
            self._push("Link two event mentions", mention,
                       lambda new: links.link_pair(mention, uid, link_profiles.title_for([uid, mention]),
                                                   uid=new), ((mention, uid), ()))

    def new_card(self, mention: str) -> None:
        if not mention:
            return
        self._push("New event card", mention,
                   lambda new: links.create_card(mention, link_profiles.title_for([mention]), uid=new),
                   ((mention,), ()))

    def unlink(self, mentions: list[str]) -> None:
        mentions = [m for m in mentions if m and cards.card_of(m)]
        if not mentions:
            self.window.show_error("That event mention is not in a card.")
            return
        self._push("Unlink event" if len(mentions) == 1 else f"Unlink {len(mentions)} events",
                   mentions[0], lambda _new: links.unlink(mentions), (mentions, ()))

    def merge(self, card_uids: list[str]) -> None:
        rows = cards.list_cards(card_uids)
        if len(rows) < 2:
            self.window.show_error("Select two or more event cards to merge (Shift+↓, then Ctrl+M).")
            return
        rows.sort(key=lambda r: card_uids.index(r.id))
        conflicts = compare.merge_conflicts(rows)
        if conflicts and QMessageBox.question(
                self.window, "Merge event cards?",
                "These cards disagree:\n• " + "\n• ".join(conflicts) + "\n\nMerge them anyway?",
        ) != QMessageBox.StandardButton.Yes:
            return
        first = links.members_of([rows[0].id])
        title = short_text(rows[0].title, 28)
        self._push(f"Merge {len(rows)} cards into “{title}”", first[0] if first else None,
                   lambda _new: links.merge([r.id for r in rows]), ((), [r.id for r in rows]))

    def split(self, card_uid: str, mentions: list[str]) -> None:
        self._push(f"Split {len(mentions)} off a card", mentions[0] if mentions else None,
                   lambda new: links.split(card_uid, mentions, link_profiles.title_for(mentions), uid=new),
                   (mentions, (card_uid,)))

    def split_selected(self) -> None:
        card = self.cards.current_card()
        if card:
            self.split(card, self.cards.selected_members())

    def confirm_current(self) -> None:
        if card := self.cards.current_card():
            self.confirm(card)

    def confirm(self, card_uid: str) -> None:
        first = links.members_of([card_uid])
        self._push("Confirm card", first[0] if first else None, lambda _new: links.confirm(card_uid),
                   ((), (card_uid,)))

    def rename(self, card_uid: str, title: str) -> None:
        first = links.members_of([card_uid])
        self._push(f"Rename card “{short_text(title, 28)}”", first[0] if first else None,
                   lambda _new: links.update_card(card_uid, title=title.strip()), ((), (card_uid,)))

    def reject_current(self) -> None:
        current = self.candidates.current_candidate()
        if current is not None:
            self.reject(current.kind, current.id)

    def reject(self, kind: str, uid: str) -> None:
        mention = self._target
        article = self._article_of(mention)
        if not mention or article is None:
            return
        self.window.undo_stack.push(RejectCandidateCommand(
            article, mention, uid, "Not this candidate", self.window.apply_changes, self.window.show_error))

    # -- navigation ----------------------------------------------------------------------------

    def open_mention(self, mention: str) -> None:
        article = self._article_of(mention)
        if article is not None:
            if article != self.window.current_article:
                self.window.open_article(article)
            self.window.select_span(mention)
            self.window.review.view.setFocus()

    def compare_current(self) -> None:
        """The chosen candidate's article beside this one; without one, an article the mention links to."""
        current = self.candidates.current_candidate()
        article = self.window.current_article
        if article is None:
            return
        other = current.article_id if current is not None else None
        target = self.candidates.target()
        if other is None and target is not None and target.card_id:
            linked = (m.article_id for m in cards.card_members(target.card_id) if m.article_id != article)
            other = next(linked, None)
        if other is None:
            self.window.show_error("Choose a candidate from another article to compare with (↑↓).")
            return
        self.compare(article, other)

    def compare(self, left: int, right: int) -> SideBySideDialog:
        dialog = SideBySideDialog(self.window, left, right, self.carry_links)
        dialog.show()
        return dialog

    def carry_links(self, source: int, target: int) -> int:
        """Link target's events to the cards of the matching events of source (a copy or translation)."""
        plan = compare.carry_plan(source, target)
        if not plan:
            self.window.show_error("No unlinked event of this article matches a linked event of the other.")
            return 0
        mentions = [m for m, _ in plan]
        self._push(f"Carry {len(plan)} links across", mentions[0],
                   lambda _new: _assign_all(plan),
                   (mentions, {c for _, c in plan}))
        return len(plan)


def _assign_all(plan: list[tuple[str, str]]) -> None:
    for mention, card in plan:
        links.assign(mention, card)


def _assign(mention: str, card: str) -> str:
    links.assign(mention, card)
    return card

