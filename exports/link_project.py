"""The link command: near-duplicate articles and suggested event cards for a whole project.

One place for it, which `main.py link` and the window's Project menu both call. Confirmed links are
never changed: earlier suggestions are taken back and computed anew around them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN

from exports.link_index import LinkIndex
from exports.link_profiles import summary_fields
from models import link_store
from models.schema import Article, Outlet, database
from nlp.linking.grouping import suggest_groups
from nlp.linking.near_duplicates import ArticleDoc, find_near_duplicates

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LinkReport:
    mentions: int
    near_duplicates: int
    new_cards: int
    joined_cards: int
    suggested_links: int
    confirmed_links: int

    def summary(self) -> str:
        return (f"{self.mentions} event mentions: {self.new_cards} suggested cards, "
                f"{self.joined_cards} suggestions to join confirmed cards ({self.suggested_links} links to "
                f"review); {self.confirmed_links} confirmed links kept; "
                f"{self.near_duplicates} near-duplicate article pairs.")


def _documents() -> list[ArticleDoc]:
    query = (Article.select(Article.id, Article.body, Article.language, Outlet.name.alias("outlet_name"))
             .join(Outlet, join_type=JOIN.LEFT_OUTER).order_by(Article.id).objects())
    return [ArticleDoc(a.id, a.body, a.language, a.outlet_name) for a in query]


def find_relations() -> int:
    """Find syndicated copies and partial translations and store them as article relations."""
    pairs = find_near_duplicates(_documents())
    return link_store.replace_relations((p.a, p.b, p.kind, p.score) for p in pairs)


def link_project(progress: Progress | None = None, threshold: float | None = None) -> LinkReport:
    """Compute and store suggestions for the whole project, in one transaction."""
    report = progress or (lambda done, total, message: None)
    with database.atomic():
        report(0, 4, "Finding near-duplicate articles…")
        relations = find_relations()
        report(1, 4, "Taking back earlier suggestions…")
        link_store.clear_suggestions()
        report(2, 4, "Reading event mentions…")
        index = LinkIndex.build()
        confirmed = link_store.confirmed_links()
        found = index.all_profiles()
        report(3, 4, f"Grouping {len(found)} event mentions…")
        options = {"threshold": threshold} if threshold is not None else {}
        groups = suggest_groups(found, index.index, confirmed, link_store.rejections(),
                                near_duplicates=index.near_duplicates, **options)
        by_uid = {p.uid: p for p in found}
        new = joined = links_made = 0
        for group in groups:
            members = [u for u in group.members if u not in confirmed]
            if not members:
                continue
            summary = summary_fields([by_uid[u] for u in group.members])
            link_store.store_suggestion(members, group.join, summary)
            links_made += len(members)
            joined += group.join is not None
            new += group.join is None
        report(4, 4, "Done")
    return LinkReport(len(found), relations, new, joined, links_made, len(confirmed))
