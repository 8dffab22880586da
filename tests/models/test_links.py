"""Event cards through models/: one card per mention, merge, split, unlink, rejections, snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import articles, cards, link_store, links, spans
from models.articles import NewArticle
from models.errors import EditError

BODIES = (
    "Putin dan Kim menandatangani perjanjian di Pyongyang, Rabu (19/6). Keduanya juga bertemu.",
    "Rusia dan Korea Utara meneken pakta pertahanan di Pyongyang pada 19 Juni 2024.",
    "Kremlin menyebut pakta itu sebagai kemitraan strategis komprehensif.",
)


def _events() -> list[str]:
    rows = articles.add_articles([NewArticle(body=b, raw_text=b, source_file=f"{i}.txt")
                                  for i, b in enumerate(BODIES)])
    found = []
    for row, word in zip(rows, ("menandatangani", "pakta", "pakta"), strict=True):
        at = row_body(row.id).index(word)
        found.append(spans.add_span(row.id, at, at + len(word), "AGREE").span.id)
    return found


def row_body(article_id: int) -> str:
    return articles.get_article_text(article_id).body


def test_create_assign_and_one_card_per_mention(project: Path) -> None:
    a, b, _ = _events()
    card = links.create_card(a, "Treaty")
    links.assign(b, card)
    assert [m.id for m in cards.card_members(card)] == [a, b]
    [row] = cards.list_cards()
    assert (row.mention_count, row.article_count, row.state) == (2, 2, "accepted")
    other = links.create_card(b, "Other")  # b leaves the first card: a mention is in one card only
    assert cards.card_of(b) == other and [m.id for m in cards.card_members(card)] == [a]
    assert "Pyongyang" in cards.card_members(card)[0].sentence


def test_merge_split_unlink_and_empty_cards_go(project: Path) -> None:
    a, b, c = _events()
    first, second = links.create_card(a, "One"), links.create_card(b, "Two")
    links.assign(c, second)
    before = links.snapshot([], [first, second])
    assert links.merge([first, second]) == first
    assert {m.id for m in cards.card_members(first)} == {a, b, c}
    assert cards.get_card(second) is None
    new = links.split(first, [c], "Split")
    assert [m.id for m in cards.card_members(new)] == [c]
    with pytest.raises(EditError, match="empty"):
        links.split(new, [c], "x")
    links.unlink([c])
    assert cards.get_card(new) is None and cards.card_of(c) is None
    links.restore(before)  # undo of all of it, through one snapshot
    assert {m.id for m in cards.card_members(second)} == {b, c}
    assert [m.id for m in cards.card_members(first)] == [a]
    assert cards.get_card(new) is None


def test_suggested_links_confirm_and_rejections(project: Path) -> None:
    a, b, c = _events()
    summary = link_store.CardSummaryFields("Treaty", "AGREE", None, "Pyongyang", ("Rusia",))
    card = link_store.store_suggestion([a, b, c], None, summary)
    assert cards.get_card(card).state == "suggested"
    assert cards.link_target(a).link_state == "suggested"
    links.unlink([c])  # taking out a suggested link rejects it for next time
    assert links.rejected_for(c) == {card}
    links.confirm(card)
    assert cards.get_card(card).state == "accepted"
    assert link_store.confirmed_links() == {a: card, b: card}
    assert link_store.clear_suggestions() == 0  # confirmed links stay
    assert cards.card_of(a) == card


def test_event_contexts_carry_roles_and_sentence(project: Path) -> None:
    a, *_ = _events()
    article = spans.get_span(a).article_id
    body = row_body(article)
    putin = spans.add_span(article, 0, 5, "PERSON").span.id
    spans.add_span(article, body.index("Pyongyang"), body.index("Pyongyang") + 9, "GPE")
    from models import roles
    roles.add_role(a, putin, "SOURCE")
    [context] = [c for c in cards.event_contexts([article]) if c.uid == a]
    assert context.sentence.startswith("Putin") and context.sentence.endswith("(19/6).")
    assert [(e.text, e.role) for e in context.entities] == [("Putin", "SOURCE"), ("Pyongyang", None)]


def test_linking_an_entity_is_refused(project: Path) -> None:
    a, *_ = _events()
    article = spans.get_span(a).article_id
    entity = spans.add_span(article, 0, 5, "PERSON").span.id
    with pytest.raises(EditError, match="Only event mentions"):
        links.create_card(entity, "x")
