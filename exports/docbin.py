"""The reviewed (done) articles as a spaCy DocBin (.spacy), for training."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import DocBin

from exports.workbook import ExportCancelledError
from models.dataset import iter_documents
from models.filters import ArticleFilter
from nlp.training.docbin import blank, training_doc

REVIEWED = ("done",)


def export_docbin(out: Path, spec: ArticleFilter | None = None,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Accepted spans of the done articles matching spec; returns how many articles were written.
    Articles' languages pick the tokenizer (spacy.blank), so no model is needed."""
    spec = dataclasses.replace(spec or ArticleFilter(), statuses=REVIEWED)
    docs = DocBin(store_user_data=True)  # keeps each doc's article id, source file and outlet
    count = 0
    for document in iter_documents(spec=spec):
        if cancelled and cancelled():
            raise ExportCancelledError("Export cancelled")
        a = document.article
        accepted = [s for s in document.spans if s.state == "accepted"]
        docs.add(training_doc(
            blank(a.language), document.body,
            [(s.start, s.end, s.label) for s in accepted if s.kind == "entity"],
            [(s.start, s.end, s.label) for s in accepted if s.kind == "event"],
            {"article_uid": a.uid, "source_file": a.source_file, "outlet": a.outlet or ""}))
        count += 1
        if progress:
            progress(count)
    tmp = out.with_name(out.name + ".part")
    docs.to_disk(tmp)
    tmp.replace(out)
    return count
