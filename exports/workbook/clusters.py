"""The Clusters sheet: one row per real-world event, with who reported it and when first."""

from __future__ import annotations

from typing import Any

from exports.workbook.values import MAX_CELL_CHARS, Column
from models.dataset import iter_cluster_members
from models.filters import ArticleFilter

CLUSTERS = "Clusters"
CLUSTER_COLUMNS = (
    Column("Cluster ID", 34), Column("Title", 50, wrap=True), Column("Type", 14),
    Column("Date", 12), Column("Place", 18), Column("Outlets", 9), Column("Articles", 9),
    Column("Outlet names", 36, wrap=True), Column("First reported", 14),
    Column("Mentions", 9), Column("Mentions (trigger, outlet)", 70, wrap=True), Column("State", 11),
)


def write_clusters(sheet: Any, spec: ArticleFilter | None) -> int:
    """Clusters with a mention in the exported articles; returns how many."""
    count = 0
    for cluster, members in iter_cluster_members(spec):
        outlets = sorted({m.outlet for m in members if m.outlet})
        dates = [m.published for m in members if m.published]
        mentions = "; ".join(f"{m.trigger} ({m.outlet or '?'})" for m in members)
        if len(mentions) > MAX_CELL_CHARS:  # a very large cluster: say how many were left out
            mentions = mentions[:MAX_CELL_CHARS - 40].rsplit(";", 1)[0] + "; … (more in the Events sheet)"
        sheet.append([
            cluster.id, cluster.title, cluster.event_type, cluster.date, cluster.place, len(outlets),
            len({m.article_id for m in members}), ", ".join(outlets), min(dates) if dates else None,
            len(members), mentions, cluster.state])
        count += 1
    return count
