"""JSONL export: one article a line, Prodigy's format extended with ids, kinds, states and clusters."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.dataset import Document, iter_documents
from models.filters import ArticleFilter


def document_record(doc: Document) -> dict[str, Any]:
    a = doc.article
    return {
        "text": doc.body,
        "meta": {
            "source_file": a.source_file, "outlet": a.outlet, "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "authors": list(a.authors), "status": a.status,
        },
        "spans": [
            {"id": s.id, "start": s.start, "end": s.end, "text": s.text, "label": s.label,
             "kind": s.kind, "origin": s.origin, "state": s.state, "cluster": s.cluster,
             "cluster_state": doc.link_states.get(s.id)}
            for s in doc.spans
        ],
        "relations": [{"head": r.event, "child": r.entity, "label": r.label} for r in doc.roles],
    }


def export_jsonl(out: Path, progress: Callable[[int], None] | None = None,
                 spec: ArticleFilter | None = None) -> int:
    """Write every article (matching spec) to out; returns the number of lines. Written aside, then
    renamed."""
    tmp = out.with_name(out.name + ".part")
    count = 0
    with tmp.open("w", encoding="utf-8") as handle:
        for doc in iter_documents(spec=spec):
            handle.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
            count += 1
            if progress:
                progress(count)
    tmp.replace(out)
    return count
