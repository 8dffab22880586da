"""The shapes of the plain records the event-linking widgets show, as read-only Protocols."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

CARD = "card"
MENTION = "mention"
CONFIRMED = "confirmed"


class CardRecord(Protocol):
    """One event card (a cluster of mentions); state is "suggested" (made by the link command,
    not yet confirmed) or "accepted"."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def event_type(self) -> str | None: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def participants(self) -> tuple[str, ...]: ...
    @property
    def outlet_count(self) -> int: ...
    @property
    def article_count(self) -> int: ...
    @property
    def mention_count(self) -> int: ...
    @property
    def state(self) -> str: ...


class MemberRecord(Protocol):
    """One event mention in a card; link_state is "suggested" or "confirmed"."""

    @property
    def id(self) -> str: ...
    @property
    def article_id(self) -> int: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def article_title(self) -> str | None: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def link_state(self) -> str: ...


class CandidateRecord(Protocol):
    """A ranked candidate for the selected event mention: a card or another mention."""

    @property
    def id(self) -> str: ...  # card uid or mention uid
    @property
    def kind(self) -> str: ...  # "card" or "mention"
    @property
    def title(self) -> str: ...  # card title, or the other mention's trigger + article title
    @property
    def event_type(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...  # for a card: e.g. "3 outlets"
    @property
    def article_id(self) -> int | None: ...  # the best-matching mention's article
    @property
    def score(self) -> float: ...  # 0..1
    @property
    def reasons(self) -> tuple[str, ...]: ...  # short human-readable reasons, best first


class LinkTargetRecord(Protocol):
    """The event mention being linked; link_state is None when it is in no card."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def card_id(self) -> str | None: ...
    @property
    def card_title(self) -> str | None: ...
    @property
    def link_state(self) -> str | None: ...


class RoleComparisonRecord(Protocol):
    """One role (SOURCE, TARGET, PLACE or TIME) of two linked mentions; "" for a missing side."""

    @property
    def role(self) -> str: ...
    @property
    def left(self) -> str: ...
    @property
    def right(self) -> str: ...
    @property
    def conflict(self) -> bool: ...


class AlignedPairRecord(Protocol):
    """Two linked mentions, one in each article, in the same card."""

    @property
    def card_title(self) -> str: ...
    @property
    def left_id(self) -> str: ...
    @property
    def right_id(self) -> str: ...
    @property
    def left_text(self) -> str: ...
    @property
    def right_text(self) -> str: ...
    @property
    def roles(self) -> tuple[RoleComparisonRecord, ...]: ...
